/**
 * Highlights: decoration types are created once with theme colours from `contributes.colors`;
 * every visible editor is rendered from the cached analysis. Never runs the analysis itself.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { enabledKinds } from './settings';
import type { AnalysisService } from './analysisService';
import type { FindingKind } from '../core/findings';
import type { Span } from '../core/types';

function decorationType(kind: string, extra: vscode.DecorationRenderOptions = {}): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`policyAnnotator.${kind}Background`),
    overviewRulerColor: new vscode.ThemeColor(`policyAnnotator.${kind}Ruler`),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    ...extra,
  });
}

export class FindingDecorations extends Disposable {
  private readonly types: Record<FindingKind, vscode.TextEditorDecorationType> = {
    quotation: this._register(decorationType('quotation')),
    numericClaim: this._register(
      decorationType('numericClaim', { borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('policyAnnotator.numericClaimRuler') }),
    ),
    term: this._register(decorationType('term', { textDecoration: 'underline dotted' })),
  };
  /** What each editor shows now, for tests and the status bar: kind -> count. */
  private readonly rendered = new WeakMap<vscode.TextEditor, Record<FindingKind, number>>();

  constructor(private readonly analyses: AnalysisService) {
    super();
    this._register(analyses.onDidAnalyze((r) => this.renderUri(r.uri)));
    this._register(analyses.onDidClear((u) => this.renderUri(u)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.render(e))));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyAnnotator.highlight')) this.renderAll();
      }),
    );
    this.renderAll();
  }

  renderAll(): void {
    for (const e of vscode.window.visibleTextEditors) this.render(e);
  }

  private renderUri(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.render(e);
  }

  /** Counts of highlighted ranges per kind in this editor (0 for a kind switched off). */
  renderedCounts(editor: vscode.TextEditor): Record<FindingKind, number> {
    return this.rendered.get(editor) ?? { quotation: 0, numericClaim: 0, term: 0 };
  }

  private render(editor: vscode.TextEditor): void {
    const result = this.analyses.get(editor.document);
    // An older result would be misplaced on the edited text; the editor moves the current
    // decorations with the edits until the fresh result arrives.
    if (!result && this.analyses.latest(editor.document)) return;
    const kinds = enabledKinds(editor.document.uri);
    const doc = editor.document;
    const toRanges = (spans: Span[]) => spans.map((s) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)));
    const lists: Record<FindingKind, Span[]> = {
      quotation: result && kinds.has('quotation') ? result.analysis.quotations.filter((q) => q.depth === 0) : [],
      numericClaim: result && kinds.has('numericClaim') ? result.analysis.numericClaims : [],
      term: result && kinds.has('term') ? result.analysis.terms : [],
    };
    const counts = { quotation: 0, numericClaim: 0, term: 0 };
    for (const kind of Object.keys(lists) as FindingKind[]) {
      editor.setDecorations(this.types[kind], toRanges(lists[kind]));
      counts[kind] = lists[kind].length;
    }
    this.rendered.set(editor, counts);
  }
}
