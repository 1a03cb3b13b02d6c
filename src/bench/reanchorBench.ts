/**
 * Re-anchoring benchmark: 1,000 annotations on the 2023 government work report, then random edits
 * (insertions, deletions, replacements) touching 10% of its characters; measures re-anchoring all
 * of them on the new text (best of `runs`, after a warm-up). Part of `npm run bench`; runs alone as
 * `node out/src/bench/reanchorBench.js` after `npx tsc -p tsconfig.test.json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAll } from '../core/annotations/anchoring';
import { createAnnotation } from '../core/annotations/create';
import type { StoredAnnotation } from '../core/annotations/model';
import { mulberry32 as prng } from '../core/prng'; // seeded: every run measures the same edit

export interface ReanchorBenchResult {
  /** Best wall time of one run. */
  ms: number;
  /** Best CPU time (user + system) of one run: steadier than wall time on a shared machine. */
  cpuMs: number;
  counts: Record<string, number>;
  chars: number;
}

export function reanchorBench(fixtures: string, runs = 1): ReanchorBenchResult {
  const text = readFileSync(join(fixtures, 'government-work-report-2023.txt'), 'utf8');
  const rnd = prng(20231);
  const annotations: StoredAnnotation[] = [];
  for (let i = 0; i < 1000; i++) {
    const len = 2 + Math.floor(rnd() * 40);
    const start = Math.floor(rnd() * (text.length - len));
    annotations.push(createAnnotation(text, start, start + len, { note: `note ${i}`, author: 'bench', id: `a-${i}`, now: new Date(0) }));
  }
  let edited = text;
  let budget = Math.round(text.length * 0.1);
  const filler = '改革发展稳定民生就业科技创新高质量';
  while (budget > 0) {
    const at = Math.floor(rnd() * edited.length);
    const del = Math.min(budget, 1 + Math.floor(rnd() * 30));
    const insLen = Math.floor(rnd() * 30);
    let ins = '';
    for (let k = 0; k < insLen; k++) ins += filler[Math.floor(rnd() * filler.length)];
    edited = edited.slice(0, at) + ins + edited.slice(at + del);
    budget -= Math.max(del, insLen);
  }
  anchorAll(edited, annotations); // warm-up (JIT), not timed
  let ms = Infinity;
  let cpuMs = Infinity;
  let result = anchorAll(edited, annotations);
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = anchorAll(edited, annotations);
    ms = Math.min(ms, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  const counts: Record<string, number> = {};
  for (const r of result) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { ms, cpuMs, counts, chars: text.length };
}

if (require.main === module && /reanchorBench\.js$/.test(__filename)) {
  const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures');
  const runs = Number(process.argv[2] ?? 5);
  const r = reanchorBench(fixtures, runs);
  console.log(`re-anchor 1,000 annotations (best of ${runs}): ${r.ms.toFixed(1)} ms wall, ${r.cpuMs.toFixed(1)} ms CPU; ${JSON.stringify(r.counts)}`);
}
