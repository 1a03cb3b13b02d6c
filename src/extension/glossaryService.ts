/**
 * User glossaries for the editor: finds the policy-glossary.json files that apply to a document,
 * loads and validates them (errors become diagnostics on the glossary file and one message),
 * watches them, and keeps the merged entry lookup that hovers use.
 */
import * as vscode from 'vscode';
import { createHash } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { Disposable } from './lifecycle';
import { config, Settings } from './settings';
import { builtinGlossary } from '../core/glossary/data';
import { mergeGlossaries } from '../core/glossary/terms';
import type { GlossaryEntry } from '../core/glossary/types';
import { findUserGlossaryFiles, loadGlossaryFiles } from '../node/glossaryFiles';

export const USER_GLOSSARY_NAME = 'policy-glossary.json';

export interface GlossaryContext {
  /** Identifies this set of layers (paths and contents) for the worker's matcher cache. */
  key: string;
  layers: GlossaryEntry[][];
  lookup: Map<string, GlossaryEntry>;
}

export class GlossaryService extends Disposable {
  private readonly diagnostics = this._register(vscode.languages.createDiagnosticCollection('policyAnnotator.glossary'));
  private readonly contexts = new Map<string, GlossaryContext>();
  /** Context per document URI; cleared with `contexts` when a glossary file or the setting changes. */
  private readonly byDocument = new Map<string, GlossaryContext>();
  private readonly builtinLookup: Map<string, GlossaryEntry>;
  private readonly warned = new Set<string>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires when a user glossary file changed: every document must be analysed again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.builtinLookup = lookupOf(builtinGlossary());
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(`**/${USER_GLOSSARY_NAME}`));
    const reload = () => {
      this.contexts.clear();
      this.byDocument.clear();
      this.changed.fire();
    };
    this._register(watcher.onDidChange(reload));
    this._register(watcher.onDidCreate(reload));
    this._register(watcher.onDidDelete(reload));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`policyAnnotator.${Settings.glossaryFiles}`)) reload();
      }),
    );
  }

  /** Built-in entries by term and variant (for documents that are not files, e.g. untitled). */
  get builtin(): Map<string, GlossaryEntry> {
    return this.builtinLookup;
  }

  contextFor(document: vscode.TextDocument): GlossaryContext {
    if (document.uri.scheme !== 'file') return { key: 'builtin', layers: [], lookup: this.builtinLookup };
    // Hovers and every analysis ask; the folder walk is done once per document until a glossary changes.
    const known = this.byDocument.get(document.uri.toString());
    if (known) return known;
    const ctx = this.buildContext(document);
    this.byDocument.set(document.uri.toString(), ctx);
    return ctx;
  }

  private buildContext(document: vscode.TextDocument): GlossaryContext {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const root = folder?.uri.fsPath ?? join(document.uri.fsPath, '..');
    const extra = (config(document.uri).get<string[]>(Settings.glossaryFiles, []) ?? []).map((p) => (isAbsolute(p) ? p : join(root, p)));
    const paths = [...findUserGlossaryFiles(document.uri.fsPath, root), ...extra];
    const pathKey = paths.join('\n');
    const cached = this.contexts.get(pathKey);
    if (cached) return cached;
    const loaded = loadGlossaryFiles(paths);
    this.report(paths, loaded.errors);
    const key = paths.length ? createHash('sha1').update(pathKey + JSON.stringify(loaded.entries)).digest('hex').slice(0, 16) : 'builtin';
    const ctx: GlossaryContext = {
      key,
      layers: loaded.entries,
      lookup: paths.length ? lookupOf(mergeGlossaries(builtinGlossary(), ...loaded.entries)) : this.builtinLookup,
    };
    this.contexts.set(pathKey, ctx);
    return ctx;
  }

  private report(paths: string[], errors: { file: string; line: number; column: number; field?: string | null; message: string }[]): void {
    for (const p of paths) this.diagnostics.delete(vscode.Uri.file(p));
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const e of errors) {
      const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
      const d = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), e.message, vscode.DiagnosticSeverity.Error);
      d.source = 'Policy Annotator';
      const list = byFile.get(e.file) ?? [];
      list.push(d);
      byFile.set(e.file, list);
    }
    for (const [file, list] of byFile) {
      this.diagnostics.set(vscode.Uri.file(file), list);
      const first = errors.find((e) => e.file === file)!;
      const sig = `${file}:${first.line}:${first.message}`;
      if (this.warned.has(sig)) continue;
      this.warned.add(sig);
      const open = vscode.l10n.t('Open glossary');
      void vscode.window
        .showWarningMessage(
          vscode.l10n.t('Policy Annotator glossary: {0}. The rest of the glossary is still used.', first.message),
          open,
        )
        .then((choice) => {
          if (choice === open) void vscode.window.showTextDocument(vscode.Uri.file(file), { selection: new vscode.Range(first.line - 1, 0, first.line - 1, 0) });
        });
    }
  }
}

function lookupOf(entries: GlossaryEntry[]): Map<string, GlossaryEntry> {
  const m = new Map<string, GlossaryEntry>();
  for (const e of entries) m.set(e.term, e);
  return m;
}
