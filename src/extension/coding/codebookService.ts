/**
 * The codebook of a document: the nearest policy-codebook.json in its folder or a parent folder
 * up to the workspace folder, else the first file of `policyAnnotator.coding.codebookFiles`, else
 * the built-in reading codebook (today's five tags). Files are read asynchronously and watched;
 * errors become diagnostics on the file (line and field) and one message.
 */
import * as vscode from 'vscode';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Disposable } from '../lifecycle';
import { config, Settings } from '../settings';
import { CODEBOOK_FILE_NAME, formatCodebook, parseCodebookText, type Codebook } from '../../core/coding/codebook';
import { READING_CODEBOOK } from '../../core/coding/templates';

export interface ResolvedCodebook {
  codebook: Codebook;
  /** null for the built-in reading codebook. */
  path: string | null;
}

export class CodebookService extends Disposable {
  private readonly cache = new Map<string, Promise<ResolvedCodebook>>();
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.codebook'));
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly told = new Set<string>();

  constructor() {
    super();
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${CODEBOOK_FILE_NAME}`));
    const reset = () => {
      this.cache.clear();
      this.changed.fire();
    };
    this._register(watcher.onDidChange(reset));
    this._register(watcher.onDidCreate(reset));
    this._register(watcher.onDidDelete(reset));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`policyAnnotator.${Settings.codebookFiles}`) && reset()));
  }

  /** The codebook that applies to a document (or to the first workspace folder). */
  forDocument(uri?: vscode.Uri): Promise<ResolvedCodebook> {
    const key = uri ? dirname(uri.fsPath) : '';
    let p = this.cache.get(key);
    if (!p) {
      p = this.resolve(uri);
      this.cache.set(key, p);
    }
    return p;
  }

  private async resolve(uri?: vscode.Uri): Promise<ResolvedCodebook> {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : vscode.workspace.workspaceFolders?.[0];
    const candidates: string[] = [];
    if (uri && uri.scheme === 'file') {
      let dir = dirname(uri.fsPath);
      const stop = folder?.uri.fsPath;
      for (;;) {
        candidates.push(join(dir, CODEBOOK_FILE_NAME));
        const up = dirname(dir);
        if (up === dir || dir === stop) break;
        dir = up;
      }
    } else if (folder) candidates.push(join(folder.uri.fsPath, CODEBOOK_FILE_NAME));
    for (const f of config(uri).get<string[]>(Settings.codebookFiles, [])) candidates.push(folder && !f.startsWith('/') && !/^[A-Za-z]:/.test(f) ? join(folder.uri.fsPath, f) : f);
    for (const path of candidates) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch {
        continue;
      }
      const parsed = parseCodebookText(text, path);
      this.diagnostics.set(
        vscode.Uri.file(path),
        parsed.errors.map((e) => new vscode.Diagnostic(new vscode.Range(e.line - 1, Math.max(0, e.column - 1), e.line - 1, Math.max(0, e.column - 1) + 1), e.message, vscode.DiagnosticSeverity.Error)),
      );
      if (parsed.codebook) return { codebook: parsed.codebook, path };
      if (!this.told.has(path)) {
        this.told.add(path);
        void vscode.window.showWarningMessage(vscode.l10n.t('The codebook {0} has errors: {1}. The reading tags are used until it is fixed.', path, parsed.errors[0]?.message ?? ''));
      }
    }
    return { codebook: READING_CODEBOOK, path: null };
  }

  /** Writes a codebook file (2-space JSON) and forgets the cached one. */
  async write(path: string, codebook: Codebook): Promise<void> {
    await writeFile(path, formatCodebook(codebook), 'utf8');
    this.cache.clear();
    this.changed.fire();
  }
}
