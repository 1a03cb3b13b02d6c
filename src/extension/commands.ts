/** The command table: one place that maps every contributed command id to its handler. */
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from './extension';
import type { FindingKind } from '../core/findings';

export interface NavigationFns {
  revealRange(uri: string, start: number, end: number): Promise<vscode.TextEditor>;
  toggleKind(kind: FindingKind | 'annotation'): Promise<boolean>;
}

type Handler = (...args: never[]) => unknown;

export function commandTable(api: PolicyAnnotatorApi, nav: NavigationFns): Record<string, Handler> {
  return {
    'policyAnnotator.reveal': (uri: string, start: number, end: number) => nav.revealRange(uri, start, end),
    'policyAnnotator.nextFinding': () => api.navigation.go(1),
    'policyAnnotator.previousFinding': () => api.navigation.go(-1),
    'policyAnnotator.toggleQuotations': () => nav.toggleKind('quotation'),
    'policyAnnotator.toggleNumericClaims': () => nav.toggleKind('numericClaim'),
    'policyAnnotator.toggleTerms': () => nav.toggleKind('term'),
    'policyAnnotator.toggleAnnotations': () => nav.toggleKind('annotation'),
    'policyAnnotator.refresh': () => api.analyses.reanalyzeAll(),
    'policyAnnotator.showTermOccurrences': (uri?: string, term?: string) => showTermOccurrences(api, uri, term),
  };
}

export function registerCommands(api: PolicyAnnotatorApi, nav: NavigationFns, extra: Record<string, Handler> = {}): vscode.Disposable {
  const table = { ...commandTable(api, nav), ...extra };
  return vscode.Disposable.from(...Object.entries(table).map(([id, fn]) => vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown)));
}

/** Peeks every occurrence of a term (from a hover link, or the term under the cursor). */
async function showTermOccurrences(api: PolicyAnnotatorApi, uriString?: string, term?: string): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  const document = uriString ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriString)) : editor?.document;
  if (!document) return 0;
  const result = await api.analyses.analyzeNow(document);
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
