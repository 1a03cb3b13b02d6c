#!/usr/bin/env node
// Checks the built-in glossary data files for terms/variants that occur twice (after the same
// folding the matcher uses: full-width ASCII, case, quotation marks), and, optionally, against a
// data file on another git branch (another writer's file that is not merged yet).
// Usage: node scripts/glossary/check-duplicates.mjs [--branch glossA:src/core/glossary/data/party-state.json]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(process.cwd(), 'src', 'core', 'glossary', 'data');

function fold(s) {
  let out = '';
  for (const ch of s) {
    let c = ch.codePointAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ([0x201c, 0x201d, 0x22, 0xff02, 0x300c, 0x300d, 0x300e, 0x300f, 0x201e, 0x201f].includes(c)) c = 0x201c;
    if ([0x2018, 0x2019, 0x27, 0xff07, 0x201a, 0x201b].includes(c)) c = 0x2018;
    if (c === 0x3000) c = 0x20;
    out += String.fromCodePoint(c);
  }
  return out;
}

const files = [];
for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.json'))) {
  files.push({ name, entries: JSON.parse(readFileSync(join(dataDir, name), 'utf8')).entries });
}
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--branch') {
    const spec = args[++i];
    try {
      const text = execFileSync('git', ['show', spec], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const local = spec.split(':')[1].split('/').pop();
      const idx = files.findIndex((f) => f.name === local);
      const entry = { name: spec, entries: JSON.parse(text).entries };
      if (idx >= 0) files[idx] = entry; else files.push(entry);
    } catch (e) {
      console.error(`cannot read ${spec}: ${e.message}`);
    }
  }
}

const owner = new Map();
const clashes = [];
const known = new Set();
for (const f of files) {
  for (const e of f.entries) {
    for (const s of [e.term, ...(e.variants ?? [])]) {
      known.add(s);
      const key = fold(s);
      const prev = owner.get(key);
      if (prev && !(prev.term === e.term && prev.file === f.name && s === e.term)) {
        clashes.push(`${s}: “${prev.term}” (${prev.file}) and “${e.term}” (${f.name})`);
      }
      owner.set(key, { term: e.term, file: f.name });
    }
  }
}
let total = 0;
const unresolved = [];
for (const f of files) {
  total += f.entries.length;
  for (const e of f.entries) for (const r of e.related ?? []) if (!known.has(r)) unresolved.push(`${e.term} → ${r}`);
  const withEnglish = f.entries.filter((e) => typeof e.english === 'string' && e.english.length > 0).length;
  console.log(`${f.name}: ${f.entries.length} entries, ${withEnglish} with English`);
}
console.log(`total ${total} entries; ${unresolved.length} related names unresolved`);
if (process.env.VERBOSE) for (const u of unresolved) console.log(`  unresolved: ${u}`);
if (clashes.length > 0) {
  console.log(`${clashes.length} clashes:`);
  for (const c of clashes) console.log(`  ${c}`);
  process.exit(1);
}
console.log('no duplicate terms or variants');
