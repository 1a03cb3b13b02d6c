/**
 * `analyze --jobs N`: documents are analysed in N worker threads; each result is printed as soon as
 * its document is done (JSON lines carry the file name, so the order is that of completion).
 * Progress goes to stderr. A document that crashes its worker is reported and the worker replaced:
 * one bad document among thousands costs one error line.
 *
 * The worker runs this same file (the bundle dist/cli.js, or the compiled module in tests).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { TermMatcherCache } from '../node/termMatchers';
import { analyzeFile, type AnalyzeOptions, type FileOutcome } from './analyzeFile';
import { prebuiltMatcherPath } from './prebuilt';

interface WorkerInit {
  policyAnnotatorCli: 'analyze';
  opts: AnalyzeOptions;
}

interface Job {
  index: number;
  file: string;
}

type Reply = { index: number; glossaryErrors: string[] } & FileOutcome;

export interface ParallelIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Analyses `files` with `jobs` worker threads; resolves to the number of files that failed.
 * `onResult` hears every outcome (with `opts.raw`: the text and the analysis).
 */
export function analyzeInParallel(
  files: string[],
  opts: AnalyzeOptions,
  jobs: number,
  io: ParallelIO,
  progress: boolean,
  onResult?: (file: string, outcome: FileOutcome) => void,
): Promise<number> {
  const total = files.length;
  let next = 0;
  let done = 0;
  let failed = 0;
  let live = 0;
  let lastProgress = 0;
  const glossarySeen = new Set<string>();
  const report = (final: boolean) => {
    if (!progress) return;
    const now = Date.now();
    if (!final && now - lastProgress < 1000) return;
    lastProgress = now;
    io.err(`[${done}/${total}] documents analysed${failed ? `, ${failed} failed` : ''}`);
  };
  return new Promise((resolvePromise) => {
    const start = () => {
      live++;
      const worker = new Worker(__filename, { workerData: { policyAnnotatorCli: 'analyze', opts: { ...opts, stream: false } } satisfies WorkerInit, stdout: false, stderr: false });
      let current: number | null = null;
      const feed = () => {
        if (next < total) {
          current = next++;
          worker.postMessage({ index: current, file: files[current] } satisfies Job);
        } else {
          current = null;
          void worker.terminate();
        }
      };
      worker.on('message', (r: Reply) => {
        for (const g of r.glossaryErrors) {
          if (!glossarySeen.has(g)) io.err(g);
          glossarySeen.add(g);
        }
        for (const n of r.notes) io.err(n);
        for (const e of r.errors) io.err(e);
        if (r.out !== undefined) io.out(r.out);
        onResult?.(files[r.index], r);
        if (r.errors.length) failed++;
        done++;
        report(done === total);
        feed();
      });
      worker.on('error', (e) => {
        if (current !== null) {
          io.err(`${files[current]}: could not be analysed (${e.message.split('\n')[0]})`);
          failed++;
          done++;
          current = null;
          report(done === total);
        }
      });
      worker.on('exit', () => {
        live--;
        if (current !== null) {
          io.err(`${files[current]}: could not be analysed (the worker stopped)`);
          failed++;
          done++;
          current = null;
          report(done === total);
        }
        if (next < total) start();
        else if (live === 0) resolvePromise(failed);
      });
      feed();
    };
    const n = Math.max(1, Math.min(jobs, total));
    for (let i = 0; i < n; i++) start();
    if (total === 0) resolvePromise(0);
  });
}

function runWorker(init: WorkerInit): void {
  const glossaryErrors: string[] = [];
  const cache = new TermMatcherCache((e) => glossaryErrors.push(`glossary ${e.message}`), prebuiltMatcherPath());
  parentPort!.on('message', (job: Job) => {
    let outcome: FileOutcome;
    try {
      outcome = analyzeFile(job.file, init.opts, cache);
    } catch (e) {
      outcome = { errors: [`${job.file}: could not be analysed (${String((e as Error)?.message ?? e).split('\n')[0]})`], notes: [] };
    }
    parentPort!.postMessage({ index: job.index, glossaryErrors: glossaryErrors.splice(0), ...outcome } satisfies Reply);
  });
}

if (!isMainThread && (workerData as WorkerInit | undefined)?.policyAnnotatorCli === 'analyze') runWorker(workerData as WorkerInit);
