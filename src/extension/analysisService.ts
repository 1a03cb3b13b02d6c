/**
 * Runs the analysis of open documents in worker threads, debounced while typing, and caches the
 * results by document version: a result for an older version than the document's is dropped, so a
 * stale analysis is never shown.
 *
 * Two workers, both started and warmed when the extension starts: `quick` never loads nodejieba and
 * gives a document's first highlights (subjects by rules only); `full` holds the tagger and gives the
 * refined analysis that replaces the quick one. A document already analysed goes to `full` alone.
 */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { dirname, isAbsolute, join } from 'node:path';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { config, languages, Settings } from './settings';
import { containsChinese } from '../core/findings';
import { debounceFor } from '../core/debounce';
import type { Analysis } from '../core/types';
import type { GlossaryEntry } from '../core/glossary/types';
import type { AnalyzeRequest, DocumentGlossary, GlossaryScope, WorkerRequest, WorkerResponse } from '../worker/protocol';

export interface AnalysisResult {
  uri: vscode.Uri;
  version: number;
  analysis: Analysis;
  /** The document's glossary as the worker resolved it: files, their errors, the found terms' entries. */
  glossary: DocumentGlossary;
  ms: number;
  /** false for the quick first pass (no part-of-speech tagger); the refined result follows. */
  refined: boolean;
}

type Role = 'quick' | 'full';

/** Where the worker looks for the document's user glossaries (paths only: the worker reads them). */
export function glossaryScope(document: vscode.TextDocument | undefined): GlossaryScope {
  if (!document || document.uri.scheme !== 'file') return { documentPath: null, root: '', extraFiles: [] };
  const root = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath ?? dirname(document.uri.fsPath);
  const extra = config(document.uri).get<string[]>(Settings.glossaryFiles, []) ?? [];
  return { documentPath: document.uri.fsPath, root, extraFiles: extra.map((p) => (isAbsolute(p) ? p : join(root, p))) };
}

const SLOW_MS = 2000;

/** Editors that are not documents to read: the comment box, output, source control input. */
const NOT_DOCUMENTS = new Set(['output', 'vscode-scm', 'comment', 'git', 'debug', 'vscode-userdata']);

export class AnalysisService extends Disposable {
  private readonly workers: Record<Role, Worker | undefined> = { quick: undefined, full: undefined };
  private nextId = 1;
  private readonly pending = new Map<number, { uri: string; version: number; role: Role; refined: boolean }>();
  private readonly results = new Map<string, AnalysisResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Documents edited while their analysis was in the worker: asked again when that answer arrives. */
  private readonly again = new Set<string>();
  private readonly tooLargeNotified = new Set<string>();
  private readonly entryRequests = new Map<number, (entries: GlossaryEntry[]) => void>();
  private readonly changed = this._register(new vscode.EventEmitter<AnalysisResult>());
  /** Fires with each fresh result that matches its document's current version. */
  readonly onDidAnalyze = this.changed.event;
  private readonly cleared = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires when a document's result is dropped (closed, too large, language no longer enabled). */
  readonly onDidClear = this.cleared.event;

  constructor(
    private readonly workerPath: string,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(registerCommands({ 'policyAnnotator.refresh': () => this.reanalyzeAll() }));
    // No debounce on open. A language switch (plain text -> policy-text) closes and reopens the same
    // document: a result or a request for its version is kept, not asked for again.
    this._register(vscode.workspace.onDidOpenTextDocument((d) => (this.isEnabledFor(d) && this.hasOrAwaits(d) ? undefined : this.schedule(d, 0))));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && this.schedule(e.document)));
    this._register(
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
        // After the events of this tick: a reopened document (language switch) keeps its result.
        setTimeout(() => {
          if (!vscode.workspace.textDocuments.some((x) => x.uri.toString() === key)) this.results.delete(key);
        }, 0);
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`policyAnnotator.${Settings.languages}`) || e.affectsConfiguration(`policyAnnotator.${Settings.useJieba}`)) {
          this.reanalyzeAll();
        }
      }),
    );
    this._register({ dispose: () => this.stopWorkers() });
    this.warm();
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Starts both workers now, so that the first document finds a built matcher and a loaded tagger. */
  private warm(): void {
    this.ensureWorker('quick').postMessage({ type: 'warm', loadTagger: false } satisfies WorkerRequest);
    if (config().get<boolean>(Settings.useJieba, true)) this.ensureWorker('full').postMessage({ type: 'warm', loadTagger: true } satisfies WorkerRequest);
  }

  /** A result for the document's version, or a request on its way for it. */
  private hasOrAwaits(document: vscode.TextDocument): boolean {
    if (this.get(document)) return true;
    const key = document.uri.toString();
    for (const p of this.pending.values()) if (p.uri === key && p.version === document.version) return true;
    return false;
  }

  /** The cached analysis of the document's current version, if there is one. */
  get(document: vscode.TextDocument): AnalysisResult | undefined {
    const r = this.results.get(document.uri.toString());
    return r && r.version === document.version ? r : undefined;
  }

  /** The latest analysis even if the document was edited since (decorations move with edits). */
  latest(document: vscode.TextDocument): AnalysisResult | undefined {
    return this.results.get(document.uri.toString());
  }

  isEnabledFor(document: vscode.TextDocument): boolean {
    return !NOT_DOCUMENTS.has(document.uri.scheme) && languages(document.uri).includes(document.languageId);
  }

  reanalyzeAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** A user glossary file or the glossaryFiles setting changed: the worker resolves them again. */
  glossaryChanged(): void {
    for (const w of Object.values(this.workers)) w?.postMessage({ type: 'glossaryChanged' } satisfies WorkerRequest);
    this.reanalyzeAll();
  }

  /** Every entry of the glossary that applies to the document (the built-in one without a document). */
  glossaryEntries(document: vscode.TextDocument | undefined): Promise<GlossaryEntry[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.entryRequests.set(id, resolve);
      // The quick worker: never blocked by the tagger's dictionary load.
      this.ensureWorker('quick').postMessage({ type: 'entries', id, glossary: glossaryScope(document) } satisfies WorkerRequest);
    });
  }

  /** Analyses now (no debounce) and resolves with the refined result for the document's current version. */
  analyzeNow(document: vscode.TextDocument): Promise<AnalysisResult | undefined> {
    const have = this.get(document);
    if (have?.refined) return Promise.resolve(have);
    return new Promise((resolve) => {
      const sub = this.onDidAnalyze((r) => {
        if (r.uri.toString() === document.uri.toString() && r.version === document.version && r.refined) {
          sub.dispose();
          clear.dispose();
          resolve(r);
        }
      });
      const clear = this.onDidClear((u) => {
        if (u.toString() === document.uri.toString()) {
          sub.dispose();
          clear.dispose();
          resolve(undefined);
        }
      });
      if (!have && !this.hasOrAwaits(document) && !this.schedule(document, 0)) {
        sub.dispose();
        clear.dispose();
        resolve(undefined);
      }
    });
  }

  /** Returns false when the document is not analysed at all (language, no Chinese, too large). */
  private schedule(document: vscode.TextDocument, delay?: number): boolean {
    const key = document.uri.toString();
    if (!this.isEnabledFor(document)) {
      this.drop(document.uri);
      return false;
    }
    const maxMB = config(document.uri).get<number>(Settings.maxFileSizeMB, 10);
    const maxBytes = maxMB * 1024 * 1024;
    // The length without building the text (this runs on every keystroke): the offset of the end.
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    // A UTF-16 unit is at most 3 UTF-8 bytes; only a document near the limit is measured exactly.
    if (length * 3 > maxBytes && Buffer.byteLength(document.getText(), 'utf8') > maxBytes) {
      this.drop(document.uri);
      if (!this.tooLargeNotified.has(key)) {
        this.tooLargeNotified.add(key);
        void vscode.window.showInformationMessage(
          vscode.l10n.t('Policy Annotator: {0} is larger than {1} MB and is not analysed (setting policyAnnotator.maxFileSizeMB).', document.fileName, maxMB),
        );
      }
      return false;
    }
    // Whether there is Chinese at all is decided once per document (a result exists afterwards).
    if (!this.results.has(key) && !containsChinese(document.getText())) {
      this.drop(document.uri);
      return false;
    }
    clearTimeout(this.timers.get(key));
    const wait = delay ?? debounceFor(config(document.uri).get<number>(Settings.debounceMs, 300), this.results.get(key)?.ms);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.send(document);
      }, wait),
    );
    return true;
  }

  private drop(uri: vscode.Uri): void {
    if (this.results.delete(uri.toString())) this.cleared.fire(uri);
  }

  private send(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const key = document.uri.toString();
    // One request per document in the worker at a time: a newer version waits for the answer in
    // flight (older versions' answers would be dropped as stale after costing a full analysis).
    if ([...this.pending.values()].some((p) => p.uri === key && p.refined)) {
      this.again.add(key);
      return;
    }
    const useTagger = config(document.uri).get<boolean>(Settings.useJieba, true);
    const request = (role: Role, tagger: boolean) => {
      const id = this.nextId++;
      const req: AnalyzeRequest = { type: 'analyze', id, uri: key, version: document.version, text, glossary, useTagger: tagger };
      this.pending.set(id, { uri: key, version: document.version, role, refined: tagger === useTagger });
      this.ensureWorker(role).postMessage(req);
    };
    const text = document.getText();
    const glossary = glossaryScope(document);
    // The first analysis of a document: a quick pass without the tagger is shown at once.
    if (!useTagger || !this.results.has(key)) request('quick', false);
    if (useTagger) request('full', true);
  }

  private ensureWorker(role: Role): Worker {
    const have = this.workers[role];
    if (have) return have;
    const w = new Worker(this.workerPath);
    w.on('message', (msg: WorkerResponse) => this.onMessage(msg));
    w.on('error', (e) => this.log.error(`analysis worker (${role}) failed: ${e.stack ?? e}`));
    w.on('exit', (code) => this.onExit(w, role, code));
    this.workers[role] = w;
    return w;
  }

  private sendAgain(key: string): void {
    if (!this.again.delete(key)) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && !this.timers.has(key)) this.send(doc);
  }

  private onExit(w: Worker, role: Role, code: number): void {
    if (this.workers[role] !== w) return;
    this.workers[role] = undefined;
    if (role === 'quick') {
      // Look-ups in flight are lost with the worker: answer them with nothing.
      for (const resolve of this.entryRequests.values()) resolve([]);
      this.entryRequests.clear();
    }
    if (code !== 0) this.log.warn(`analysis worker (${role}) exited with code ${code}; it restarts with the next request`);
    // Requests in flight are lost with the worker: ask again for the documents that waited.
    for (const [id, p] of [...this.pending]) {
      if (p.role !== role) continue;
      this.pending.delete(id);
      this.again.delete(p.uri);
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri);
      if (doc && code !== 0) this.schedule(doc);
    }
  }

  private stopWorkers(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const role of ['quick', 'full'] as const) {
      const w = this.workers[role];
      this.workers[role] = undefined;
      void w?.terminate();
    }
  }

  private onMessage(msg: WorkerResponse): void {
    if (msg.type === 'warmed') {
      this.log.info(`analysis worker ready in ${Math.round(msg.ms)} ms (tagger ${msg.taggerAvailable ? 'loaded' : 'not loaded'})`);
      return;
    }
    if (msg.type === 'entries' || (msg.type === 'error' && this.entryRequests.has(msg.id))) {
      this.entryRequests.get(msg.id)?.(msg.type === 'entries' ? msg.entries : []);
      this.entryRequests.delete(msg.id);
      if (msg.type === 'error') this.log.error(`glossary look-up failed: ${msg.message}`);
      return;
    }
    const req = this.pending.get(msg.id);
    this.pending.delete(msg.id);
    if (req?.refined) this.sendAgain(req.uri);
    if (msg.type === 'error') {
      this.log.error(`analysis failed: ${msg.message}`);
      return;
    }
    if (!req) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === msg.uri);
    // Stale: the document changed (or closed) while the worker was busy; a newer request is on its way.
    if (!document || document.version !== msg.version) return;
    const have = this.results.get(msg.uri);
    // The quick pass came after the refined result of the same version (or a newer one): not needed.
    if (!req.refined && have && have.version >= msg.version) return;
    if (msg.ms > SLOW_MS) this.log.warn(`analysis of ${document.fileName} took ${Math.round(msg.ms)} ms`);
    const result: AnalysisResult = { uri: document.uri, version: msg.version, analysis: msg.analysis, glossary: msg.glossary, ms: msg.ms, refined: req.refined };
    this.results.set(msg.uri, result);
    this.changed.fire(result);
  }
}
