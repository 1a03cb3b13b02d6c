#!/usr/bin/env node
// Which candidate terms does the built-in glossary not find? Reads candidate terms (one a line, '#'
// comments allowed) from the files given (or stdin) and runs the compiled matcher (out/, from
// `npx tsc -p tsconfig.test.json`) on each term alone and inside a neutral sentence.
// Prints MISSING (no glossary match covers it), PARTIAL (a shorter term inside it is found) or, with
// --all, FOUND (some match covers the whole string, with the entry's term).
// With --ref <commit>, the glossary is the data files of that commit (git show), to measure before/after.
// Usage: node scripts/gen/missing-terms.mjs [--all] [--ref <commit>] terms.txt ...
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const out = join(process.cwd(), 'out', 'src');
const { builtinGlossary } = require(join(out, 'core/glossary/data/index.js'));
const { TermMatcher } = require(join(out, 'core/glossary/matcher.js'));
const { detectTerms } = require(join(out, 'core/glossary/terms.js'));
let segmenter;
try { segmenter = require(join(out, 'node/jieba.js')).loadJieba()?.cut; } catch { segmenter = undefined; }

const args = process.argv.slice(2);
const all = args.includes('--all');
const refAt = args.indexOf('--ref');
const ref = refAt >= 0 ? args[refAt + 1] : null;
const files = args.filter((a, i) => a !== '--all' && (refAt < 0 || (i !== refAt && i !== refAt + 1)));

/** The built-in entries at a git commit: every data file of src/core/glossary/data there. */
function entriesAt(commit) {
  const dir = 'src/core/glossary/data/';
  const names = execFileSync('git', ['ls-tree', '--name-only', commit, dir], { encoding: 'utf8' }).split('\n').filter((n) => n.endsWith('.json'));
  return names.flatMap((n) => JSON.parse(execFileSync('git', ['show', `${commit}:${n}`], { encoding: 'utf8', maxBuffer: 64 << 20 })).entries);
}
const text = files.length ? files.map((f) => readFileSync(f, 'utf8')).join('\n') : readFileSync(0, 'utf8');
const terms = [...new Set(text.split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean))];
const matcher = new TermMatcher(ref ? entriesAt(ref) : builtinGlossary());
let missing = 0, partial = 0, found = 0;
for (const t of terms) {
  const sentence = `各地要认真推进${t}工作。`;
  const off = '各地要认真推进'.length;
  const hits = detectTerms(sentence, matcher, { segmenter }).filter((m) => m.explained);
  const cover = hits.find((m) => m.start <= off && m.end >= off + t.length);
  const inside = hits.filter((m) => m.start < off + t.length && m.end > off);
  if (cover) { found++; if (all) console.log(`FOUND\t${t}\t${cover.term}`); }
  else if (inside.length) { partial++; console.log(`PARTIAL\t${t}\t${inside.map((m) => m.text + '→' + m.term).join(' ')}`); }
  else { missing++; console.log(`MISSING\t${t}`); }
}
console.error(`${terms.length} candidates: ${found} found, ${partial} partial, ${missing} missing`);
