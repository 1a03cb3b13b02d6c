/**
 * Units of analysis in the Outline, breadcrumbs and Go to Symbol: one group "分析单元" per document
 * with a symbol per unit (its id and the start of its text). Computed on request; documents over
 * two million characters are left out.
 */
import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import { config, languages, Settings } from '../settings';
import { clip } from '../../core/display';
import { splitUnits } from '../../core/coding/units';

/**
 * Outline, breadcrumbs and Go to Symbol ask again after every edit, on the extension host: units are
 * offered up to this size (a long report) and computed once per document version.
 */
const MAX_CHARS = 300_000;

export class UnitSymbols extends Disposable implements vscode.DocumentSymbolProvider {
  private readonly cache = new WeakMap<vscode.TextDocument, { version: number; symbols: vscode.DocumentSymbol[] }>();

  constructor() {
    super();
    this._register(vscode.languages.registerDocumentSymbolProvider(languages().map((language) => ({ language })), this, { label: vscode.l10n.t('Units of analysis') }));
  }

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    if (!config(document.uri).get<boolean>(Settings.unitsInOutline, true)) return [];
    const cached = this.cache.get(document);
    if (cached && cached.version === document.version) return cached.symbols;
    const symbols = this.compute(document);
    this.cache.set(document, { version: document.version, symbols });
    return symbols;
  }

  private compute(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const text = document.getText();
    if (text.length > MAX_CHARS || text.length === 0) return [];
    const units = splitUnits(text);
    if (units.length === 0) return [];
    const whole = new vscode.Range(document.positionAt(units[0].start), document.positionAt(units[units.length - 1].end));
    const group = new vscode.DocumentSymbol(vscode.l10n.t('Units of analysis'), String(units.length), vscode.SymbolKind.Namespace, whole, new vscode.Range(whole.start, whole.start));
    group.children = units.map((u) => {
      const range = new vscode.Range(document.positionAt(u.start), document.positionAt(u.end));
      return new vscode.DocumentSymbol(u.id, clip(u.text.replace(/\s+/g, ' '), 30), vscode.SymbolKind.Field, range, range);
    });
    return [group];
  }
}
