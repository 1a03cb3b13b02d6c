/**
 * Export and import run in their own worker thread: reading many files, analysing them and
 * rendering reports must not block the extension host. Progress is posted back per document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dirname, resolve } from 'node:path';
import { analyze } from '../core/analyze';
import { TermMatcherCache } from '../node/termMatchers';
import { runExport, runImport, type ExportOutcome, type ImportOutcome } from '../node/exportRunner';
import type { ExportFormat } from '../core/export/types';
import type { StorageMode } from '../node/sidecarStore';

export type ExportJob =
  | { kind: 'export'; inputs: string[]; format: ExportFormat; outDir: string; force: boolean; findings: boolean; root: string; storage: StorageMode; maxBytes: number }
  | { kind: 'import'; jsonPath: string; documentPath: string; storage: StorageMode; author: string };

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number; path: string }
  | { type: 'exported'; outcome: ExportOutcome }
  | { type: 'imported'; outcome: ImportOutcome }
  | { type: 'failed'; message: string };

const job = workerData as ExportJob;
const post = (m: ExportWorkerMessage) => parentPort!.postMessage(m);

try {
  if (job.kind === 'import') {
    post({ type: 'imported', outcome: runImport(job.jsonPath, job.documentPath, { storage: job.storage, author: job.author }) });
  } else {
    const matchers = new TermMatcherCache();
    const matcherFor = (path: string) => matchers.forDocument(resolve(path), job.root || dirname(path));
    const outcome = runExport({
      inputs: job.inputs,
      format: job.format,
      outDir: job.outDir,
      force: job.force,
      maxBytes: job.maxBytes,
      storage: job.storage,
      analyzeDocument: job.findings ? (text, path) => analyze(text, { matcher: matcherFor(path) }) : undefined,
      progress: (done, total, path) => post({ type: 'progress', done, total, path }),
    });
    post({ type: 'exported', outcome });
  }
} catch (e) {
  post({ type: 'failed', message: (e as Error).stack ?? String(e) });
}
