/** Headings as document symbols: VS Code's Outline view, breadcrumbs and Go to Symbol. */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import type { AnalysisService } from './analysisService';
import { buildHeadingTree, type HeadingNode } from '../core/findings';

export class HeadingSymbols extends Disposable implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: AnalysisService) {
    super();
    this._register(vscode.languages.registerDocumentSymbolProvider([{ language: 'plaintext' }, { language: 'policy-text' }], this, { label: 'Policy Annotator' }));
  }

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const result = await this.analyses.analyzeNow(document);
    if (!result || result.version !== document.version) return [];
    const toSymbol = (n: HeadingNode): vscode.DocumentSymbol => {
      const h = n.heading;
      const sel = new vscode.Range(document.positionAt(h.start), document.positionAt(h.end));
      const full = new vscode.Range(sel.start, document.positionAt(Math.max(h.end, n.sectionEnd)));
      const s = new vscode.DocumentSymbol(h.text.trim() || '—', '', h.level === 1 ? vscode.SymbolKind.Module : vscode.SymbolKind.String, full.union(sel), sel);
      s.children = n.children.map(toSymbol);
      return s;
    };
    return buildHeadingTree(result.analysis.headings, document.getText().length).map(toSymbol);
  }
}
