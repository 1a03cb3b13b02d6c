/**
 * User glossaries in the editor, host side: watches the policy-glossary.json files and the
 * glossaryFiles setting (a change makes the worker resolve the glossaries again), and shows the
 * problems the worker found in them as diagnostics on the glossary file and one message each.
 * The worker does the folder walk, the reading and the checking; nothing here touches the disk.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { Settings } from './settings';
import type { AnalysisService } from './analysisService';
import type { GlossaryError } from '../core/glossary/types';
import { USER_GLOSSARY_FILE_NAME } from '../node/glossaryFiles';

export const USER_GLOSSARY_NAME = USER_GLOSSARY_FILE_NAME;

export class GlossaryService extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.glossary'));
  /** Problems already shown as a message (file, line, message). */
  private readonly warned = new Set<string>();
  /** What each file's diagnostics were built from, so that an unchanged list is not set again. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly analyses: AnalysisService) {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${USER_GLOSSARY_NAME}`));
    const changed = () => {
      this.diagnostics.clear();
      this.shown.clear();
      analyses.glossaryChanged();
    };
    this._register(watcher.onDidChange(changed));
    this._register(watcher.onDidCreate(changed));
    this._register(watcher.onDidDelete(changed));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`policyAnnotator.${Settings.glossaryFiles}`)) changed();
      }),
    );
    this._register(analyses.onDidAnalyze((r) => this.report(r.glossary.files, r.glossary.errors)));
  }

  private report(files: readonly string[], errors: readonly GlossaryError[]): void {
    const byFile = new Map<string, GlossaryError[]>(files.map((f) => [f, []]));
    for (const e of errors) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    for (const [file, mine] of byFile) {
      const key = JSON.stringify(mine);
      if (this.shown.get(file) === key) continue;
      this.shown.set(file, key);
      this.diagnostics.set(vscode.Uri.file(file), mine.map(toDiagnostic));
      if (mine.length) this.warnOnce(file, mine[0]);
    }
  }

  private warnOnce(file: string, first: GlossaryError): void {
    const sig = `${file}:${first.line}:${first.message}`;
    if (this.warned.has(sig)) return;
    this.warned.add(sig);
    const open = vscode.l10n.t('Open glossary');
    void vscode.window.showWarningMessage(vscode.l10n.t('Policy Annotator glossary: {0}. The rest of the glossary is still used.', first.message), open).then((choice) => {
      if (choice === open) void vscode.window.showTextDocument(vscode.Uri.file(file), { selection: new vscode.Range(first.line - 1, 0, first.line - 1, 0) });
    });
  }
}

function toDiagnostic(e: GlossaryError): vscode.Diagnostic {
  const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
  const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), e.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Policy Annotator';
  return d;
}
