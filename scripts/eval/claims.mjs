#!/usr/bin/env node
// Scores the numeric-claim detector of the built CLI (dist/cli.js, via bin/policy-annotator.js
// analyze --no-jieba) against the hand-written gold in test/fixtures/extra-gold/claims/*.json.
//
//   npm run build && node scripts/eval/claims.mjs [--verbose] [--gold DIR] [--module FILE.js]
//
// --gold DIR      another gold folder (default test/fixtures/extra-gold/claims); repeat it to pool
//                 several folders into one score (e.g. the three unseen sets);
// --module FILE   score `detectNumericClaims` exported by a CommonJS bundle instead of the CLI (for
//                 example the detector of an earlier commit, bundled with esbuild; see notes/numeric.md).
//
// A gold file names its document (`document`, a path from the repository root) or carries the text
// inline (`text`, with `url` saying where it comes from): held-out third-party excerpts live outside
// git, so their gold files hold their own text. Offsets are UTF-16 offsets into that text.
//
// Matching is one-to-one, in text order:
// - span:        the detected span is exactly the gold span (same start and end);
// - overlap:     the spans overlap;
// - value+unit:  the spans overlap and value and unit are equal (qualifier not compared).
// Precision = matched detections / detections, recall = matched gold claims / gold claims.
//
// Fields (always printed): over the value+unit pairs, the share whose qualifier is the gold's, and,
// where a gold claim carries `year` or `subject` (absent = not scored), the share whose year is the
// gold's and whose subject is the gold's (exact, and loosely: one contains the other, or both null).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const goldDirs = process.argv.flatMap((a, i) => (a === '--gold' && process.argv[i + 1] ? [resolve(process.argv[i + 1])] : []));
if (goldDirs.length === 0) goldDirs.push(join(root, 'test', 'fixtures', 'extra-gold', 'claims'));
const modulePath = option('--module');
const detector = modulePath ? createRequire(import.meta.url)(resolve(modulePath)).detectNumericClaims : null;
const verbose = process.argv.includes('--verbose');

/** The claims found in a document file: by the given bundle, or by the built CLI (analyze --no-jieba). */
function detect(doc) {
  if (detector) return detector(readFileSync(doc, 'utf8'));
  const out = execFileSync(process.execPath, [join(root, 'bin', 'policy-annotator.js'), 'analyze', doc, '--no-jieba'], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n')[0]).numericClaims;
}

/** The claims found in a gold file's document: its `document` path, or its inline `text` (via a temporary file). */
function detectGold(gold) {
  if (typeof gold.text !== 'string') return detect(join(root, gold.document));
  if (detector) return detector(gold.text);
  const dir = mkdtempSync(join(tmpdir(), 'claims-eval-'));
  try {
    const file = join(dir, 'document.txt');
    writeFileSync(file, gold.text, 'utf8');
    return detect(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sameValue = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const KINDS = {
  span: (d, g) => d.start === g.start && d.end === g.end,
  overlap: overlaps,
  'value+unit': (d, g) => overlaps(d, g) && sameValue(d.value, g.value) && d.unit === g.unit,
};

/** One-to-one greedy matching in text order; returns the number of matched pairs, the pairs and the unmatched. */
function match(detected, gold, same) {
  const used = new Set();
  let hits = 0;
  const missed = [];
  const pairs = [];
  for (const g of gold) {
    const k = detected.findIndex((d, i) => !used.has(i) && same(d, g));
    if (k < 0) missed.push(g);
    else {
      used.add(k);
      hits++;
      pairs.push([detected[k], g]);
    }
  }
  return { hits, missed, pairs, spurious: detected.filter((_, i) => !used.has(i)) };
}

/** Field agreement over matched pairs: [agreeing, scored] per field. */
const fieldTotals = { qualifier: [0, 0], year: [0, 0], 'subject (exact)': [0, 0], 'subject (loose)': [0, 0] };
const looseSubject = (d, g) => (d === null || g === null ? d === g : d.includes(g) || g.includes(d));
function scoreFields(pairs, lines) {
  const add = (field, ok, d, g, shown) => {
    fieldTotals[field][1]++;
    if (ok) fieldTotals[field][0]++;
    else if (verbose && shown) lines.push(`\n    ${field.padEnd(9)} ${g.start} ${g.text}: detected ${JSON.stringify(d)}, gold ${JSON.stringify(shown)}`);
  };
  for (const [d, g] of pairs) {
    add('qualifier', (d.qualifier ?? null) === (g.qualifier ?? null), d.qualifier ?? null, g, String(g.qualifier ?? null));
    if ('year' in g) add('year', (d.year ?? null) === g.year, d.year ?? null, g, String(g.year));
    if ('subject' in g) {
      add('subject (exact)', (d.subject ?? null) === g.subject, d.subject ?? null, g, null);
      add('subject (loose)', looseSubject(d.subject ?? null, g.subject), d.subject ?? null, g, String(g.subject));
    }
  }
}

const files = goldDirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)));
const totals = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { hits: 0 }]));
let goldCount = 0;
let detectedCount = 0;
for (const f of files) {
  const gold = JSON.parse(readFileSync(f, 'utf8'));
  const detected = detectGold(gold);
  goldCount += gold.claims.length;
  detectedCount += detected.length;
  const line = [basename(f).replace(/\.json$/, '').padEnd(66), `gold ${String(gold.claims.length).padStart(3)}`, `detected ${String(detected.length).padStart(3)}`];
  for (const [kind, same] of Object.entries(KINDS)) {
    const r = match(detected, gold.claims, same);
    totals[kind].hits += r.hits;
    line.push(`${kind} ${r.hits}`);
    if (kind === 'value+unit') scoreFields(r.pairs, line);
    if (verbose && kind === 'value+unit') {
      for (const g of r.missed) line.push(`\n    missed   ${g.start} ${g.text} = ${g.value} ${g.unit ?? ''}`);
      for (const d of r.spurious) line.push(`\n    spurious ${d.start} ${d.text} = ${d.value} ${d.unit ?? ''} ${d.qualifier ?? ''}`);
    }
  }
  console.log(line.join('  '));
}
const pct = (x) => x.toFixed(3);
console.log(`\n${files.length} documents, ${goldCount} gold claims, ${detectedCount} detected`);
console.log('| match | precision | recall | F1 |\n|---|---:|---:|---:|');
for (const [kind, { hits }] of Object.entries(totals)) {
  const p = detectedCount ? hits / detectedCount : 1;
  const r = goldCount ? hits / goldCount : 1;
  console.log(`| ${kind} | ${pct(p)} | ${pct(r)} | ${pct(p + r ? (2 * p * r) / (p + r) : 0)} |`);
}
console.log('\n| field (over value+unit pairs) | agree | scored | accuracy |\n|---|---:|---:|---:|');
for (const [field, [ok, n]] of Object.entries(fieldTotals)) console.log(`| ${field} | ${ok} | ${n} | ${n ? pct(ok / n) : '-'} |`);
