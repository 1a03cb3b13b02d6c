#!/usr/bin/env node
// Adds variants (short forms, older wordings seen in real text) to existing entries of any built-in
// data file (helper glossF). Input lines: `existing term => variant/variant`; # comments.
// Refuses a variant that any entry (any file here or another gloss* worktree) already owns after folding.
// Usage: node scripts/gen/add-variants-f.mjs LIST.txt [--dry]
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dataDir = join(process.cwd(), 'src', 'core', 'glossary', 'data');
const fold = (s) => {
  let out = '';
  for (const ch of s) {
    let c = ch.codePointAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCodePoint(c);
  }
  return out.replace(/[”"「」『』]/g, '“');
};
const files = {}; const owner = new Map(); const byTerm = new Map();
for (const n of readdirSync(dataDir).filter((n) => n.endsWith('.json'))) {
  files[n] = JSON.parse(readFileSync(join(dataDir, n), 'utf8'));
  for (const e of files[n].entries) { byTerm.set(e.term, { n, e }); for (const s of [e.term, ...(e.variants ?? [])]) owner.set(fold(s), `${e.term} (${n})`); }
}
for (const wt of readdirSync('/work/wt').filter((w) => /^gloss/.test(w) && w !== 'glossF')) {
  const d = join('/work/wt', wt, 'src/core/glossary/data');
  if (!existsSync(d)) continue;
  for (const n of readdirSync(d).filter((n) => n.endsWith('.json') && !files[n])) {
    try { for (const e of JSON.parse(readFileSync(join(d, n), 'utf8')).entries) for (const s of [e.term, ...(e.variants ?? [])]) owner.set(fold(s), `${e.term} (${wt}/${n})`); } catch { /* being written */ }
  }
}
const touched = new Set(); let added = 0; const errs = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [t, vs] = line.split('=>').map((s) => s.trim());
  const hit = byTerm.get(t);
  if (!hit) { errs.push(`no entry ${t}`); continue; }
  for (const v of vs.split('/').map((s) => s.trim()).filter(Boolean)) {
    const o = owner.get(fold(v));
    if (o) { errs.push(`${v}: already ${o}`); continue; }
    if (v.length < 2 || v.length > 40) { errs.push(`${v}: length`); continue; }
    if (!hit.e.variants) { hit.e.variants = []; hit.e.__new = true; }
    hit.e.variants.push(v); owner.set(fold(v), t); touched.add(hit.n); added++;
    if ([...v].length <= 3) console.log(`short: ${v}`);
  }
}
if (errs.length) console.log(errs.join('\n'));
console.log(`variants added ${added} in ${[...touched].join(', ')}`);
if (!process.argv.includes('--dry')) {
  for (const n of touched) {
    // keep key order: variants right after term
    files[n].entries = files[n].entries.map((e) => { if (!e.__new) return e; delete e.__new; return { term: e.term, variants: e.variants, ...e }; });
    writeFileSync(join(dataDir, n), JSON.stringify(files[n], null, 2) + '\n');
  }
}
