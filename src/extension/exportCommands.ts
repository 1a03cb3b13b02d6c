/** Export (Markdown, CSV, JSON-LD, brat, HTML) and JSON-LD import from the editor, run in a worker thread. */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { dirname, extname, join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { config, Settings } from './settings';
import type { ExportJob, ExportWorkerMessage } from '../worker/exportWorker';
import type { ExportOutcome, ImportOutcome } from '../node/exportRunner';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/types';
import type { StorageMode } from '../node/sidecarStore';

/** Arguments of `policyAnnotator.exportQdpx` (all optional: the command asks). */
export interface QdpxExportArgs {
  format?: 'qdpx' | 'qdc';
  /** The file to write. */
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

/** Arguments of `policyAnnotator.importQdpx`. */
export interface QdpxImportArgs {
  file?: string;
  intoDir?: string;
  quiet?: boolean;
}

/** What a REFI-QDA exchange did: the command line's exit code and its lines. */
export interface ExchangeOutcome {
  code: number;
  out: string[];
  err: string[];
}

export interface ExportArgs {
  format?: ExportFormat;
  scope?: 'document' | 'workspace';
  findings?: boolean;
  outDir?: string;
  force?: boolean;
  /** Skip the final notification (tests). */
  quiet?: boolean;
}

function formatLabel(f: ExportFormat): string {
  switch (f) {
    case 'md':
      return vscode.l10n.t('Markdown report (.md)');
    case 'csv':
      return vscode.l10n.t('CSV for Excel (.csv, UTF-8 with BOM)');
    case 'jsonld':
      return vscode.l10n.t('W3C Web Annotation (.jsonld)');
    case 'brat':
      return vscode.l10n.t('brat standoff (.ann + .txt)');
    case 'html':
      return vscode.l10n.t('HTML report (.html, opens in the browser)');
  }
}

function runJob(workerPath: string, job: ExportJob, progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<ExportWorkerMessage> {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerPath, { workerData: job });
    w.on('message', (m: ExportWorkerMessage) => {
      if (m.type === 'progress') progress?.report({ message: `${m.done}/${m.total} ${m.path.split(/[\\/]/).pop()}`, increment: 100 / m.total });
      else {
        resolve(m);
        void w.terminate();
      }
    });
    w.on('error', reject);
    w.on('exit', (code) => code !== 0 && reject(new Error(`export worker exited with code ${code}`)));
  });
}

/**
 * Opens an exported file the way it is read: an HTML report in the browser, a Markdown report in
 * the preview, the rest (CSV, JSON-LD, brat) in the editor. Resolves with how it was opened.
 */
export async function openExport(path: string): Promise<'browser' | 'preview' | 'editor'> {
  const uri = vscode.Uri.file(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.html' && (await vscode.env.openExternal(uri))) return 'browser';
  if (ext === '.md') {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return 'preview';
  }
  await vscode.commands.executeCommand('vscode.open', uri);
  return 'editor';
}

export class ExportCommands extends Disposable {
  constructor(private readonly workerPath: string) {
    super();
    this._register(
      registerCommands({
        'policyAnnotator.export': (args?: ExportArgs) => this.export(args ?? {}),
        'policyAnnotator.exportWorkspace': (args?: ExportArgs) => this.export({ ...(args ?? {}), scope: 'workspace' }),
        'policyAnnotator.openExport': (path: string) => openExport(path),
        'policyAnnotator.importWebAnnotations': (jsonPath?: string, documentPath?: string) => this.import(jsonPath, documentPath),
        'policyAnnotator.exportQdpx': (args?: QdpxExportArgs) => this.exportQdpx(args ?? {}),
        'policyAnnotator.importQdpx': (args?: QdpxImportArgs) => this.importQdpx(args ?? {}),
      }),
    );
  }

  async export(args: ExportArgs): Promise<ExportOutcome | undefined> {
    const editor = vscode.window.activeTextEditor;
    const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    const scope = args.scope ?? (editor?.document.uri.scheme === 'file' ? 'document' : 'workspace');
    const inputs = scope === 'document' ? (editor && editor.document.uri.scheme === 'file' ? [editor.document.uri.fsPath] : []) : folder ? [folder.uri.fsPath] : [];
    if (!inputs.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a saved document or a folder to export.'));
      return undefined;
    }
    if (scope === 'document' && editor?.document.isDirty) await editor.document.save();
    let format = args.format;
    if (!format) {
      const pick = await vscode.window.showQuickPick(
        EXPORT_FORMATS.map((f) => ({ label: formatLabel(f), format: f })),
        { title: vscode.l10n.t('Export format') },
      );
      if (!pick) return undefined;
      format = pick.format;
    }
    let findings = args.findings;
    if (findings === undefined) {
      const yes = vscode.l10n.t('Annotations and detected findings');
      const pick = await vscode.window.showQuickPick([vscode.l10n.t('Annotations only'), yes], { title: vscode.l10n.t('What to export') });
      if (!pick) return undefined;
      findings = pick === yes;
    }
    let outDir = args.outDir;
    if (!outDir) {
      // `exports/` beside the document (or in the folder) exists before the dialog offers it.
      const base = scope === 'document' ? vscode.Uri.file(dirname(inputs[0])) : (folder?.uri ?? vscode.Uri.file(dirname(inputs[0])));
      const proposed = vscode.Uri.joinPath(base, 'exports');
      await mkdir(proposed.fsPath, { recursive: true }).catch(() => undefined);
      const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: proposed, openLabel: vscode.l10n.t('Export here') });
      if (!chosen?.length) return undefined;
      outDir = chosen[0].fsPath;
    }
    const job: ExportJob = {
      kind: 'export',
      inputs,
      format,
      outDir,
      force: args.force ?? false,
      findings,
      root: folder?.uri.fsPath ?? dirname(inputs[0]),
      storage: config().get<StorageMode>(Settings.annotationStorage, 'beside'),
      maxBytes: config().get<number>(Settings.maxFileSizeMB, 10) * 1024 * 1024,
    };
    const result = await vscode.window.withProgress({ location: args.quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations'), cancellable: false }, (p) => runJob(this.workerPath, job, p));
    if (result.type === 'failed') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', result.message.split('\n')[0]));
      return undefined;
    }
    if (result.type !== 'exported') return undefined;
    const outcome = result.outcome;
    if (outcome.refused.length && !args.force) {
      const overwrite = vscode.l10n.t('Overwrite');
      const answer = args.quiet ? undefined : await vscode.window.showWarningMessage(vscode.l10n.t('{0} exists already. Overwrite?', outcome.refused.join(', ')), { modal: true }, overwrite);
      if (answer === overwrite) return this.export({ ...args, format, findings, outDir, scope, force: true });
      return outcome;
    }
    for (const e of outcome.errors) void vscode.window.showWarningMessage(e);
    if (!args.quiet && outcome.written.length) {
      const open = vscode.l10n.t('Open');
      void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} document(s) to {1}', outcome.documents, outDir), open).then((c) => {
        if (c === open) void openExport(outcome.written[0]);
      });
    }
    return outcome;
  }

  async import(jsonPath?: string, documentPath?: string): Promise<ImportOutcome | undefined> {
    const editor = vscode.window.activeTextEditor;
    const doc = documentPath ?? (editor?.document.uri.scheme === 'file' ? editor.document.uri.fsPath : undefined);
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open the document to import annotations into first.'));
      return undefined;
    }
    let json = jsonPath;
    if (!json) {
      const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Web Annotation': ['jsonld', 'json'] }, defaultUri: vscode.Uri.file(dirname(doc)) });
      if (!chosen?.length) return undefined;
      json = chosen[0].fsPath;
    }
    const job: ExportJob = { kind: 'import', jsonPath: json, documentPath: doc, storage: config().get<StorageMode>(Settings.annotationStorage, 'beside'), author: config().get<string>(Settings.annotationAuthor, '') };
    const result = await runJob(this.workerPath, job);
    if (result.type !== 'imported') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Import failed: {0}', result.type === 'failed' ? result.message.split('\n')[0] : ''));
      return undefined;
    }
    const o = result.outcome;
    for (const e of o.errors) void vscode.window.showWarningMessage(e);
    void vscode.window.showInformationMessage(vscode.l10n.t('Imported into {0}: {1} added, {2} updated, {3} unchanged, {4} orphans', join(o.sidecarPath), o.added, o.updated, o.unchanged, o.orphans));
    return o;
  }

  /**
   * Exports the workspace folder's documents, annotations and codebook as a REFI-QDA project for
   * NVivo, ATLAS.ti, MAXQDA or QualCoder (.qdpx), or the codebook alone (.qdc), in the export worker.
   */
  async exportQdpx(args: QdpxExportArgs): Promise<ExchangeOutcome | undefined> {
    const editor = vscode.window.activeTextEditor;
    const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with the documents to export as a project.'));
      return undefined;
    }
    let format = args.format;
    if (!format) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Project with documents, codings and notes (.qdpx)'), format: 'qdpx' as const },
          { label: vscode.l10n.t('Codebook only (.qdc)'), format: 'qdc' as const },
        ],
        { title: vscode.l10n.t('Export for NVivo, ATLAS.ti, MAXQDA (REFI-QDA)') },
      );
      if (!pick) return undefined;
      format = pick.format;
    }
    let out = args.out;
    if (!out) {
      const proposed = vscode.Uri.joinPath(folder.uri, 'exports', format === 'qdpx' ? `${folder.name}.qdpx` : `${folder.name}.qdc`);
      await mkdir(dirname(proposed.fsPath), { recursive: true }).catch(() => undefined);
      const chosen = await vscode.window.showSaveDialog({ defaultUri: proposed, filters: { 'REFI-QDA': [format] } });
      if (!chosen) return undefined;
      out = chosen.fsPath;
    }
    // The save dialog has asked about an existing file already.
    const job: ExportJob = { kind: 'qdpx-export', inputs: [folder.uri.fsPath], format, out, force: args.force ?? !args.out };
    const result = await vscode.window.withProgress({ location: args.quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the project') }, () => runJob(this.workerPath, job));
    return this.reportExchange(result, args.quiet, out);
  }

  /** Imports a REFI-QDA project (.qdpx) or codebook (.qdc) into a folder, in the export worker. */
  async importQdpx(args: QdpxImportArgs): Promise<ExchangeOutcome | undefined> {
    const base = vscode.workspace.workspaceFolders?.[0]?.uri;
    let file = args.file;
    if (!file) {
      const chosen = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'REFI-QDA': ['qdpx', 'qdc'] }, defaultUri: base, openLabel: vscode.l10n.t('Import') });
      if (!chosen?.length) return undefined;
      file = chosen[0].fsPath;
    }
    let intoDir = args.intoDir;
    if (!intoDir) {
      const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: base, openLabel: vscode.l10n.t('Import into this folder') });
      if (!chosen?.length) return undefined;
      intoDir = chosen[0].fsPath;
    }
    const result = await runJob(this.workerPath, { kind: 'qdpx-import', file, intoDir });
    return this.reportExchange(result, args.quiet, intoDir);
  }

  /** Shows what the exchange said (every warning: what could not be carried over) and returns it. */
  private reportExchange(result: ExportWorkerMessage, quiet: boolean | undefined, target: string): ExchangeOutcome | undefined {
    if (result.type !== 'exchanged') {
      void vscode.window.showErrorMessage(vscode.l10n.t('REFI-QDA exchange failed: {0}', result.type === 'failed' ? result.message.split('\n')[0] : ''));
      return undefined;
    }
    const outcome: ExchangeOutcome = { code: result.code, out: result.out, err: result.err };
    if (quiet) return outcome;
    const notes = result.err.filter((l) => !l.startsWith('wrote '));
    if (result.code !== 0) void vscode.window.showErrorMessage(notes.join(' · ') || vscode.l10n.t('REFI-QDA exchange failed: {0}', target));
    else {
      for (const n of notes) void vscode.window.showWarningMessage(n);
      void vscode.window.showInformationMessage(result.out.join(' ') || vscode.l10n.t('Wrote {0}', target));
    }
    return outcome;
  }
}
