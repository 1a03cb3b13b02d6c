// Checks src/core/glossary/data/party-state.json against the other data files (and, when the
// branch exists, glossB's economy-society.json): duplicate terms/variants after folding, numbered
// formulas without members, English share, unresolved related names.
// Usage: node scripts/glossary/check-party-state.mjs
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const dir = 'src/core/glossary/data/';
const fold = (s) => [...s].map((ch) => {
  let c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  if ([0x201c, 0x201d, 0x22, 0xff02, 0x300c, 0x300d, 0x300e, 0x300f, 0x201e, 0x201f].includes(c)) c = 0x201c;
  if ([0x2018, 0x2019, 0x27, 0xff07, 0x201a, 0x201b].includes(c)) c = 0x2018;
  if (c === 0x3000) c = 0x20;
  return String.fromCharCode(c);
}).join('');

const files = {};
for (const n of ['politics.json', 'development.json', 'party-state.json', 'economy-society.json']) files[n] = JSON.parse(readFileSync(dir + n, 'utf8')).entries;
try {
  files['glossB:economy-society.json'] = JSON.parse(execFileSync('git', ['show', 'glossB:src/core/glossary/data/economy-society.json'], { encoding: 'utf8' })).entries;
} catch { /* branch absent */ }

const owner = new Map();
const clashes = [];
for (const [name, entries] of Object.entries(files)) {
  for (const e of entries) {
    for (const s of [e.term, ...(e.variants ?? [])]) {
      const k = fold(s);
      const prev = owner.get(k);
      if (prev && !(prev.term === e.term && prev.file.endsWith(name.replace('glossB:', '')))) clashes.push(`${s}: ${prev.file}“${prev.term}” / ${name}“${e.term}”`);
      owner.set(k, { term: e.term, file: name });
    }
  }
}
const mine = files['party-state.json'];
const numbered = /^(?:[一二三四五六七八九十两]+|[0-9]+)(?:个|大|项|种|条|点|不|要|化|有|讲|严|实|心|新|为|自|型|型|基本|重|步|支|位|张|老|化|会|查|权|在|规|维|统|个)/;
const noMembers = mine.filter((e) => numbered.test(e.term) && !e.members).map((e) => e.term);
const withEn = mine.filter((e) => typeof e.english === 'string' && e.english.length > 0).length;
const known = new Set(Object.values(files).flat().flatMap((e) => [e.term, ...(e.variants ?? [])]));
const unresolved = mine.flatMap((e) => (e.related ?? []).filter((r) => !known.has(r)));
const cats = {};
for (const e of mine) cats[e.category] = (cats[e.category] ?? 0) + 1;
console.log(`party-state.json: ${mine.length} entries, ${withEn} with English (${((100 * withEn) / Math.max(1, mine.length)).toFixed(1)}%)`);
console.log('categories:', JSON.stringify(cats));
console.log(`duplicates across files: ${clashes.length}`);
for (const c of clashes) console.log('  ' + c);
console.log(`numbered-looking terms without members: ${noMembers.length}${noMembers.length ? ' — ' + noMembers.join('、') : ''}`);
console.log(`related names that name no entry: ${unresolved.length}`);
process.exitCode = clashes.length > 0 ? 1 : 0;
