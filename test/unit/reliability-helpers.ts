/** Shared by the reliability tests: a seeded PRNG, real CLI processes, Web Annotation files. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { annotationIdToIri } from '../../src/core/export/webannotation';

/** The tests' seeded PRNG (mulberry32), under the name these tests use. */
export { mulberry32 as prng } from './helpers';

export const CHILD = join(__dirname, 'cli-child.js');

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI in its own process. */
export function startCli(args: string[], opts: { stdin?: 'pipe' | 'ignore'; repeat?: number } = {}): { child: ChildProcess; done: Promise<ChildResult> } {
  const env = { ...process.env, PA_REPEAT: String(opts.repeat ?? 1) };
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'], env });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<ChildResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[]): Promise<ChildResult> {
  return startCli(args).done;
}

/** A Web Annotation collection of annotations with these ids on `text` (quote + position). */
export function writeCollection(path: string, text: string, ids: string[], rnd: () => number, note = (id: string) => `note ${id}`): void {
  const items = ids.map((id) => {
    const len = 2 + Math.floor(rnd() * 10);
    const start = Math.floor(rnd() * (text.length - len));
    return {
      id: annotationIdToIri(id),
      type: 'Annotation',
      created: '2024-01-01T00:00:00Z',
      modified: '2024-01-01T00:00:00Z',
      body: [{ type: 'TextualBody', value: note(id), purpose: 'commenting' }],
      target: {
        source: 'doc.txt',
        selector: [
          { type: 'TextQuoteSelector', exact: text.slice(start, start + len), prefix: text.slice(Math.max(0, start - 8), start), suffix: text.slice(start + len, start + len + 8) },
          { type: 'TextPositionSelector', start, end: start + len },
        ],
      },
    };
  });
  writeFileSync(path, JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', items }));
}
