#!/usr/bin/env node
// Which of a list of candidate terms does the built glossary find and explain? (helper glossF)
// Each candidate is put into a neutral sentence and the built CLI (`bin/policy-annotator.js analyze
// --format json`, after `node esbuild.config.mjs`) is run on the lot; a candidate is
//   found   — an explained match covers the whole candidate,
//   partial — explained matches cover only part of it,
//   missing — no explained match touches it.
// Usage: node scripts/gen/missing-terms-f.mjs TERMS.txt [--missing]   (one term per line, # comments)
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const terms = [...new Set(readFileSync(process.argv[2], 'utf8').split('\n').map((s) => s.trim()).filter((s) => s && !s.startsWith('#')))];
const pre = '各地区各部门要认真做好'; const post = '相关工作。\n';
let text = ''; const spans = [];
for (const t of terms) { const start = text.length + pre.length; spans.push([start, start + t.length]); text += pre + t + post; }
const dir = mkdtempSync(join(tmpdir(), 'mtf-')); const path = join(dir, 'cands.txt');
writeFileSync(path, text);
const out = JSON.parse(execFileSync('node', ['bin/policy-annotator.js', 'analyze', '--format', 'json', path], { encoding: 'utf8', maxBuffer: 256 << 20 }));
const hits = out.terms.filter((t) => t.explained);
const res = { found: [], partial: [], missing: [] };
terms.forEach((t, i) => {
  const [s, e] = spans[i];
  const over = hits.filter((h) => h.start < e && h.end > s);
  if (over.some((h) => h.start <= s && h.end >= e)) res.found.push(t);
  else if (over.length) res.partial.push(`${t} (${over.map((h) => h.term).join('、')})`);
  else res.missing.push(t);
});
const n = terms.length;
console.log(`candidates ${n}: found ${res.found.length} (${(100 * res.found.length / n).toFixed(1)} %), partial ${res.partial.length}, missing ${res.missing.length}`);
if (process.argv.includes('--missing')) { console.log('PARTIAL: ' + res.partial.join('；')); console.log('MISSING: ' + res.missing.join(' ')); }
