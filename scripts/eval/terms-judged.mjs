#!/usr/bin/env node
/**
 * Re-use hand verdicts on term matches across runs of `scripts/eval/terms.mjs --matches`.
 *
 *   node scripts/eval/terms-judged.mjs --gold DIR --judged MATCHES.tsv RESULT.txt [--new-only]
 *
 * RESULT.txt is the output of `terms.mjs --gold DIR --matches` (its section "Every term match"), or
 * RESULT.json the output of `terms.mjs --gold DIR --json`, whose matches carry their start/end offsets
 * (nothing is recovered from the context; use it when a match's text spans a line break, which the
 * printed list cannot carry).
 * MATCHES.tsv holds the verdicts, one line per match, tab-separated, with a header line:
 *   doc, start, end, text, glossary_term, category, explained (yes|no), verdict (right|wrong|doubtful), reason, context
 * (lines starting with # are comments). A match of RESULT.txt is keyed by doc, start, end, glossary term
 * and explained flag; its start offset is recovered from the printed context and the gold file's text
 * (the script prints no offsets). A verdict carries over only when the whole key is the same: the same
 * span explained by another entry, or turned from candidate into explained, is a new match.
 *
 * Prints: precision (lenient: doubtful counts as right; strict: doubtful counts as wrong) of explained
 * matches and of unexplained candidates over the matches that already have a verdict, how many have
 * none, and every match without a verdict as a TSV line with an empty verdict, ready to be judged and
 * appended to MATCHES.tsv. `--new-only` prints only those lines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
function opt(name) {
  const i = argv.indexOf(name);
  if (i === -1 || i + 1 >= argv.length) return null;
  return argv[i + 1];
}
const goldDir = opt('--gold');
const judgedFile = opt('--judged');
const resultFile = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--gold' && argv[i - 1] !== '--judged')[0];
if (!goldDir || !judgedFile || !resultFile) {
  console.error('usage: terms-judged.mjs --gold DIR --judged MATCHES.tsv RESULT.txt [--new-only]');
  process.exit(2);
}
const newOnly = argv.includes('--new-only');

const texts = new Map();
for (const f of readdirSync(resolve(goldDir)).filter((x) => x.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(resolve(goldDir), f), 'utf8'));
  if (typeof g.text === 'string') texts.set(f.replace(/\.json$/, ''), g.text);
}

const keyOf = (m) => [m.doc, m.start, m.end, m.term, m.explained ? 'yes' : 'no'].join('\t');

const judged = new Map();
for (const line of readFileSync(judgedFile, 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('doc\t')) continue;
  const [doc, start, end, text, term, category, explained, verdict] = line.split('\t');
  if (!['right', 'wrong', 'doubtful'].includes(verdict)) continue;
  judged.set(keyOf({ doc, start: Number(start), end: Number(end), term, explained: explained === 'yes' }), { verdict, text, category });
}

const isJson = resultFile.endsWith('.json');
const lines = isJson ? [] : readFileSync(resultFile, 'utf8').split('\n');
const from = isJson ? -1 : lines.indexOf('Every term match (judge by hand):');
if (!isJson && from === -1) {
  console.error(`${resultFile}: no section "Every term match" (run terms.mjs with --matches)`);
  process.exit(2);
}
const row = /^- (\S+): (.*?) → (.*?) \[(.*?)\] — (.*)$/;
const matches = [];
const last = new Map();
const used = new Set();
for (const line of isJson ? [] : lines.slice(from + 1)) {
  if (!line.startsWith('- ')) {
    if (line.trim()) break;
    continue;
  }
  const m = row.exec(line);
  if (!m) throw new Error(`unreadable match line: ${line}`);
  const [, doc, text, term, cat, context] = m;
  const explained = !cat.endsWith(', unexplained');
  const category = cat.replace(/, unexplained$/, '');
  const full = texts.get(doc);
  if (full === undefined) throw new Error(`${doc}: no gold file with inline text in ${goldDir}`);
  const at = context.indexOf(`[${text}]`);
  const left = context.slice(0, at);
  const probe = left + text + context.slice(at + text.length + 2);
  const prev = last.get(doc) ?? { start: -1, text: null };
  let start = null;
  for (let p = full.indexOf(probe); p !== -1; p = full.indexOf(probe, p + 1)) {
    const s = p + left.length;
    if ((s > prev.start || (s === prev.start && text !== prev.text)) && !used.has(`${doc}\t${s}\t${text}`)) {
      start = s;
      break;
    }
  }
  if (start === null) throw new Error(`${doc}: context not found in the text: ${context}`);
  used.add(`${doc}\t${start}\t${text}`);
  last.set(doc, { start, text });
  matches.push({ doc, start, end: start + text.length, text, term, category, explained, context });
}

if (isJson) {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (!Array.isArray(result.matches)) {
    console.error(`${resultFile}: no "matches" array (run terms.mjs with --json)`);
    process.exit(2);
  }
  for (const m of result.matches) {
    if (typeof m.start !== 'number' || typeof m.end !== 'number') throw new Error(`${resultFile}: a match without start/end offsets`);
    matches.push({ doc: m.doc, start: m.start, end: m.end, text: m.text, term: m.term, category: m.category, explained: m.explained, context: m.context });
  }
}

const stats = { explained: { right: 0, wrong: 0, doubtful: 0, none: 0 }, candidates: { right: 0, wrong: 0, doubtful: 0, none: 0 } };
const fresh = [];
for (const m of matches) {
  const j = judged.get(keyOf(m));
  const s = m.explained ? stats.explained : stats.candidates;
  if (j) s[j.verdict]++;
  else {
    s.none++;
    fresh.push(m);
  }
}
if (!newOnly) {
  console.log('| matches | all | judged | right | wrong | doubtful | precision lenient | precision strict | without verdict |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, s] of Object.entries(stats)) {
    const n = s.right + s.wrong + s.doubtful;
    const pct = (x) => (n ? `${((100 * x) / n).toFixed(1)}%` : '–');
    console.log(`| ${name} | ${n + s.none} | ${n} | ${s.right} | ${s.wrong} | ${s.doubtful} | ${pct(s.right + s.doubtful)} | ${pct(s.right)} | ${s.none} |`);
  }
  console.log(`\nMatches without a verdict (${fresh.length}; judge and append to ${judgedFile}):`);
}
for (const m of fresh) {
  console.log([m.doc, m.start, m.end, m.text.replace(/\n/g, '\\n'), m.term, m.category, m.explained ? 'yes' : 'no', '', '', m.context.replace(/\s/g, ' ')].join('\t'));
}
