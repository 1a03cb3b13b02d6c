#!/usr/bin/env node
/**
 * Term evaluation on documents not used to build the glossary or the matcher.
 *
 *   node esbuild.config.mjs && node scripts/eval/terms.mjs [--gold DIR] [--list] [--missed] [--matches] [--json]
 *
 * `--gold DIR`: read every *.json of DIR instead of the fixture gold lists. A gold file names its
 * document (`document`, relative to the repository root, or absolute) or carries the text inline
 * (`text`; it is written to a temporary .txt file for the CLI). When gold files carry `genre` and/or
 * `field`, the report adds a breakdown by each. `--matches` prints every term match (explained or
 * not) with its context, for a judgement by hand of false matches; with `--json` each match also carries
 * its `start`/`end` offsets in the document (UTF-16 code units), so verdicts can be keyed without
 * recovering the offset from the printed context.
 *
 * Reads the hand-written gold lists test/fixtures/extra-gold/terms/<doc>.json (terms a careful
 * reader wants explained, written before any change), runs the BUILT analyzer (dist/cli.js through
 * bin/policy-annotator.js, built-in glossary only) on each test/fixtures/extra/<doc>.txt and reports:
 * - recall: share of gold terms found (some occurrence of the term is covered by a term match, or
 *   covers a match of at least 60% of its length), and found AND explained (that match explained);
 * - boundary candidates: term matches whose start or end does not fall on a word boundary of the
 *   sentence as nodejieba segments it (candidates for "a match inside another word"; jieba is wrong
 *   often enough that every candidate needs a manual look: --list prints them with context).
 */
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const jieba = require('nodejieba');
jieba.load();

const args = new Set(process.argv.slice(2));

/**
 * `--candidates FILE…`: print every distinct candidate term (category 候选术语) of the given documents
 * with the context of its first occurrence, one per line, for a judgement by hand; nothing else.
 */
if (args.has('--candidates')) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const out = JSON.parse(execFileSync('node', [join(root, 'bin', 'policy-annotator.js'), 'analyze', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const seen = new Set();
    console.log(`## ${file.replace(/^.*\//, '')}`);
    for (const m of out.terms) {
      if (m.category !== "候选术语" || seen.has(m.term)) continue;
      seen.add(m.term);
      const ctx = text.slice(Math.max(0, m.start - 10), m.start) + '[' + m.text + ']' + text.slice(m.end, m.end + 6);
      console.log(`${m.term}\t${ctx.replace(/\s+/g, ' ')}`);
    }
  }
  process.exit(0);
}
const argv = process.argv.slice(2);
const goldIdx = argv.indexOf('--gold');
if (goldIdx !== -1 && (goldIdx + 1 >= argv.length || argv[goldIdx + 1].startsWith('--'))) {
  console.error('--gold needs a directory');
  process.exit(2);
}
const goldDir = goldIdx === -1 ? join(root, 'test', 'fixtures', 'extra-gold', 'terms') : resolve(argv[goldIdx + 1]);
const docs = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const tmp = mkdtempSync(join(tmpdir(), 'terms-eval-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** The document file of a gold list: its `document` path, or its inline `text` written to a temporary file. */
function documentOf(gold, f) {
  if (typeof gold.text === 'string') {
    const file = join(tmp, f.replace(/\.json$/, '.txt'));
    writeFileSync(file, gold.text, 'utf8');
    return file;
  }
  if (typeof gold.document !== 'string') throw new Error(`${f}: neither "document" nor "text"`);
  return isAbsolute(gold.document) ? gold.document : join(root, gold.document);
}

/** The sentence around [start, end): bounded by 。！？；\n. */
function sentenceAround(text, start, end) {
  let s = start;
  while (s > 0 && !'。！？；\n'.includes(text[s - 1])) s--;
  let e = end;
  while (e < text.length && !'。！？；\n'.includes(text[e])) e++;
  return [s, e];
}

function boundaries(sentence) {
  const set = new Set([0]);
  let p = 0;
  for (const w of jieba.cut(sentence)) {
    p += w.length;
    set.add(p);
  }
  return set;
}

let goldTotal = 0, foundTotal = 0, explainedTotal = 0, matchTotal = 0, candTotal = 0;
const rows = [];
const candidates = [];
const missed = [];
const allMatches = [];
for (const f of docs) {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  const file = documentOf(gold, f);
  const text = readFileSync(file, 'utf8');
  const out = JSON.parse(execFileSync('node', [join(root, 'bin', 'policy-annotator.js'), 'analyze', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const terms = out.terms;
  let found = 0, explained = 0;
  for (const g of gold.terms) {
    let best = null; // 'explained' | 'found'
    for (let i = text.indexOf(g); i !== -1; i = text.indexOf(g, i + 1)) {
      const gs = i, ge = i + g.length;
      for (const m of terms) {
        const covers = m.start <= gs && m.end >= ge;
        const inside = m.start >= gs && m.end <= ge && (m.end - m.start) >= 0.6 * g.length;
        if (!covers && !inside) continue;
        if (m.explained) best = 'explained';
        else if (best === null) best = 'found';
      }
      if (best === 'explained') break;
    }
    if (best) found++;
    if (best === 'explained') explained++;
    if (best !== 'explained') missed.push(`${f.replace(/\.json$/, '')}: ${g}${best === 'found' ? ' (found, not explained)' : ''}`);
  }
  for (const m of terms) {
    const [s, e] = sentenceAround(text, m.start, m.end);
    allMatches.push({ doc: f.replace(/\.json$/, ''), start: m.start, end: m.end, text: m.text, term: m.term, category: m.category, explained: m.explained, context: text.slice(Math.max(s, m.start - 12), m.start) + '[' + m.text + ']' + text.slice(m.end, Math.min(e, m.end + 12)) });
  }
  let cand = 0;
  for (const m of terms) {
    const [s, e] = sentenceAround(text, m.start, m.end);
    const b = boundaries(text.slice(s, e));
    if (b.has(m.start - s) && b.has(m.end - s)) continue;
    cand++;
    candidates.push({ doc: f.replace(/\.json$/, ''), text: m.text, term: m.term, explained: m.explained, context: text.slice(Math.max(s, m.start - 12), m.start) + '[' + m.text + ']' + text.slice(m.end, Math.min(e, m.end + 12)) });
  }
  goldTotal += gold.terms.length; foundTotal += found; explainedTotal += explained; matchTotal += terms.length; candTotal += cand;
  rows.push({ doc: f.replace(/\.json$/, ''), genre: gold.genre, field: gold.field, gold: gold.terms.length, found, explained, matches: terms.length, unexplainedMatches: terms.filter((m) => !m.explained).length, boundaryCandidates: cand });
}

/** Rows summed by a key (genre or field); null when no gold file carries it. */
function breakdown(key) {
  if (!rows.some((r) => r[key] !== undefined)) return null;
  const by = new Map();
  for (const r of rows) {
    const k = r[key] ?? '(none)';
    const a = by.get(k) ?? { [key]: k, docs: 0, gold: 0, found: 0, explained: 0, matches: 0, boundaryCandidates: 0 };
    a.docs++; a.gold += r.gold; a.found += r.found; a.explained += r.explained; a.matches += r.matches; a.boundaryCandidates += r.boundaryCandidates;
    by.set(k, a);
  }
  return [...by.values()].sort((x, y) => String(x[key]).localeCompare(String(y[key])));
}
const byGenre = breakdown('genre');
const byField = breakdown('field');
const pct = (a, b) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);
if (args.has('--json')) {
  console.log(JSON.stringify({ goldDir, rows, byGenre, byField, goldTotal, foundTotal, explainedTotal, matchTotal, candTotal, candidates, missed, matches: allMatches }, null, 2));
} else {
  console.log('| document | gold | found | found+explained | matches | boundary candidates |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.doc} | ${r.gold} | ${r.found} | ${r.explained} | ${r.matches} | ${r.boundaryCandidates} |`);
  console.log(`| **total** | ${goldTotal} | ${foundTotal} (${pct(foundTotal, goldTotal)}) | ${explainedTotal} (${pct(explainedTotal, goldTotal)}) | ${matchTotal} | ${candTotal} |`);
  for (const [key, table] of [['genre', byGenre], ['field', byField]]) {
    if (!table) continue;
    console.log(`\n| ${key} | documents | gold | found | found+explained | matches | boundary candidates |`);
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const a of table) console.log(`| ${a[key]} | ${a.docs} | ${a.gold} | ${a.found} (${pct(a.found, a.gold)}) | ${a.explained} (${pct(a.explained, a.gold)}) | ${a.matches} | ${a.boundaryCandidates} |`);
  }
  if (args.has('--list')) {
    console.log('\nBoundary candidates (check by hand):');
    for (const c of candidates) console.log(`- ${c.doc}: ${c.text}${c.explained ? '' : ' (unexplained)'} — ${c.context}`);
  }
  if (args.has('--matches')) {
    console.log('\nEvery term match (judge by hand):');
    for (const m of allMatches) console.log(`- ${m.doc}: ${m.text} → ${m.term} [${m.category}${m.explained ? '' : ', unexplained'}] — ${m.context}`);
  }
  if (args.has('--missed')) {
    console.log('\nGold terms not found and explained:');
    for (const m of missed) console.log(`- ${m}`);
  }
}
