/**
 * Commands that move through findings, reveal ranges, peek a term's occurrences and switch a kind
 * of highlight on or off; the status-bar summary.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { config, enabledKinds, KIND_SETTING } from './settings';
import type { AnalysisService } from './analysisService';
import { TermOccurrenceNode } from './findingsView';
import { findingRanges, nextRange, type FindingKind } from '../core/findings';

export async function revealRange(uriString: string, start: number, end: number): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.parse(uriString);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: true });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export class FindingNavigation extends Disposable {
  constructor(private readonly analyses: AnalysisService) {
    super();
    this._register(
      registerCommands({
        'policyAnnotator.reveal': (uri: string, start: number, end: number) => revealRange(uri, start, end),
        'policyAnnotator.nextFinding': () => this.go(1),
        'policyAnnotator.previousFinding': () => this.go(-1),
        'policyAnnotator.toggleQuotations': () => toggleKind('quotation'),
        'policyAnnotator.toggleNumericClaims': () => toggleKind('numericClaim'),
        'policyAnnotator.toggleTerms': () => toggleKind('term'),
        'policyAnnotator.toggleAnnotations': () => toggleKind('annotation'),
        'policyAnnotator.showTermOccurrences': (target?: string | TermOccurrenceNode, term?: string) =>
          target instanceof TermOccurrenceNode ? this.showTermOccurrences(target.uri.toString(), target.term.term) : this.showTermOccurrences(target, term),
      }),
    );
  }

  /** Peeks every occurrence of a term (from a hover link, the view, or the term under the cursor). */
  async showTermOccurrences(uriString?: string, term?: string): Promise<number> {
    const editor = vscode.window.activeTextEditor;
    const document = uriString ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriString)) : editor?.document;
    if (!document) return 0;
    const result = await this.analyses.analyzeNow(document);
    if (!result) return 0;
    let name = term;
    if (!name && editor) {
      const offset = document.offsetAt(editor.selection.active);
      name = result.analysis.terms.find((t) => t.start <= offset && offset <= t.end)?.term;
    }
    if (!name) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor on a policy term first.'));
      return 0;
    }
    const locations = result.analysis.terms
      .filter((t) => t.term === name)
      .map((t) => new vscode.Location(document.uri, new vscode.Range(document.positionAt(t.start), document.positionAt(t.end))));
    if (locations.length) {
      const at = editor?.document.uri.toString() === document.uri.toString() ? editor.selection.active : locations[0].range.start;
      await vscode.commands.executeCommand('editor.action.peekLocations', document.uri, at, locations, 'peek');
    }
    return locations.length;
  }

  /** Moves the cursor to the next (1) or previous (-1) finding of the enabled kinds, wrapping around. */
  async go(direction: 1 | -1): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const result = this.analyses.get(editor.document) ?? (await this.analyses.analyzeNow(editor.document));
    if (!result) return false;
    const ranges = findingRanges(result.analysis, enabledKinds(editor.document.uri));
    const offset = editor.document.offsetAt(editor.selection.active);
    const target = nextRange(ranges, offset, direction);
    if (!target) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Policy Annotator: no findings in this document'), 3000);
      return false;
    }
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(target.start), doc.positionAt(target.end));
    // Cursor at the start, finding selected: the next call starts after it.
    editor.selection = new vscode.Selection(range.end, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }
}

export async function toggleKind(kind: FindingKind | 'annotation'): Promise<boolean> {
  const key = KIND_SETTING[kind];
  const c = config();
  const now = c.get<boolean>(key, true);
  const inspect = c.inspect<boolean>(key);
  const target = inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update(key, !now, target);
  return !now;
}

export class StatusSummary extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('policyAnnotator.summary', vscode.StatusBarAlignment.Right, 100));
  private last: vscode.TextDocument | undefined;

  constructor(private readonly analyses: AnalysisService) {
    super();
    this.item.name = 'Policy Annotator';
    this.item.command = 'policyAnnotator.findings.focus';
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(analyses.onDidAnalyze(() => this.update()));
    this._register(analyses.onDidClear(() => this.update()));
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  /**
   * The document the counts are about: the active editor's, or, while focus is in a comment box
   * (or no editor has focus), the last analysed one that is still open.
   */
  private shownDocument(): vscode.TextDocument | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.analyses.isEnabledFor(editor.document)) {
      this.last = editor.document;
      return editor.document;
    }
    const keep = !editor || editor.document.uri.scheme === 'comment';
    return keep && this.last && !this.last.isClosed ? this.last : undefined;
  }

  update(): void {
    const document = this.shownDocument();
    const result = document && this.analyses.latest(document);
    const active = !!document && !!result && this.analyses.isEnabledFor(document);
    void vscode.commands.executeCommand('setContext', 'policyAnnotator.active', active);
    if (!active) {
      this.item.hide();
      return;
    }
    const a = result.analysis;
    const q = a.quotations.filter((x) => x.depth === 0).length;
    this.item.text = `$(quote) ${q}  $(symbol-number) ${a.numericClaims.length}  $(book) ${a.terms.length}`;
    const summary = vscode.l10n.t(
      'Policy Annotator: {0} quotations, {1} numeric claims, {2} policy terms, {3} headings (analysed in {4} ms)',
      q,
      a.numericClaims.length,
      a.terms.length,
      a.headings.length,
      Math.round(result.ms),
    );
    // The legend of the highlight colours (the squares approximate the theme's colours).
    const legend = [
      `🟦 ${vscode.l10n.t('quotation')}`,
      `🟨 ${vscode.l10n.t('numeric claim')}`,
      `🟩 ${vscode.l10n.t('policy term')}`,
      `🟥 重点 · 🟪 存疑 · 🟧 待核实 · ${vscode.l10n.t('your annotations by tag')}`,
    ].join('  \n');
    this.item.tooltip = new vscode.MarkdownString(`${summary}\n\n${legend}`);
    this.item.show();
  }
}
