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
import { runQdpxExport, runQdpxImport } from '../cli/coding';

export type ExportJob =
  | { kind: 'export'; inputs: string[]; format: ExportFormat; outDir: string; force: boolean; findings: boolean; root: string; storage: StorageMode; maxBytes: number }
  | { kind: 'import'; jsonPath: string; documentPath: string; storage: StorageMode; author: string }
  /** A REFI-QDA project (.qdpx) of the documents, or their codebook alone (.qdc), written to `out`. */
  | { kind: 'qdpx-export'; inputs: string[]; format: 'qdpx' | 'qdc'; out: string; force: boolean }
  /** A REFI-QDA project or codebook read into a folder: documents, their annotation files, the codebook. */
  | { kind: 'qdpx-import'; file: string; intoDir: string };

export type ExportWorkerMessage =
  | { type: 'progress'; done: number; total: number; path: string }
  | { type: 'exported'; outcome: ExportOutcome }
  | { type: 'imported'; outcome: ImportOutcome }
  /** What the command line would print for the same job: exit code, stdout and stderr lines. */
  | { type: 'exchanged'; code: number; out: string[]; err: string[] }
  | { type: 'failed'; message: string };

const job = workerData as ExportJob;
const post = (m: ExportWorkerMessage) => parentPort!.postMessage(m);

async function exchange(j: Extract<ExportJob, { kind: 'qdpx-export' | 'qdpx-import' }>): Promise<void> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s.replace(/^policy-annotator: /, '')) };
  const code = j.kind === 'qdpx-export' ? await runQdpxExport(j.inputs, j.format, j.out, undefined, j.force, io) : await runQdpxImport(j.file, j.intoDir, io);
  post({ type: 'exchanged', code, out, err });
}

try {
  if (job.kind === 'qdpx-export' || job.kind === 'qdpx-import') {
    exchange(job).catch((e: unknown) => post({ type: 'failed', message: (e as Error).stack ?? String(e) }));
  } else if (job.kind === 'import') {
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
