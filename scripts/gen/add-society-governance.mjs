#!/usr/bin/env node
// Appends a batch of compact entries to src/core/glossary/data/society-governance.json after checks
// (helper glossF's batch tool). Batch format: one entry per line, fields separated by " | ":
//   term | variants (a/b) | category code | explanation | source text | year | members (a/b) | related (a/b) | english
// Category codes: 思 党 法 社 安 科 发 经 区 生 数. Empty field = none; english "-" = null.
// Checks: folded duplicates against every data file here and the data files of other gloss*
// worktrees (read only), lengths, years, formulas the formula table lists as unknown, self-related.
// Usage: node scripts/gen/add-society-governance.mjs BATCH.txt [--dry]
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const CAT = { 思: '思想理论', 发: '发展理念与战略', 经: '经济与改革', 科: '科技与教育', 区: '区域与城乡', 社: '社会与民生', 生: '生态文明', 党: '党的建设', 法: '法治与治理', 安: '国家安全与外交', 数: '数字与网络' };
const dataDir = join(process.cwd(), 'src', 'core', 'glossary', 'data');
const target = join(dataDir, 'society-governance.json');
const fold = (s) => {
  let out = '';
  for (const ch of s) {
    let c = ch.codePointAt(0);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ([0x201c, 0x201d, 0x22, 0xff02, 0x300c, 0x300d, 0x300e, 0x300f, 0x201e, 0x201f].includes(c)) c = 0x201c;
    if ([0x2018, 0x2019, 0x27, 0xff07, 0x201a, 0x201b].includes(c)) c = 0x2018;
    out += String.fromCodePoint(c);
  }
  return out;
};
const owner = new Map();
const addOwner = (file, e) => { for (const s of [e.term, ...(e.variants ?? [])]) owner.set(fold(s), `${e.term} (${file})`); };
for (const n of readdirSync(dataDir).filter((n) => n.endsWith('.json') && n !== 'society-governance.json')) {
  for (const e of JSON.parse(readFileSync(join(dataDir, n), 'utf8')).entries) addOwner(n, e);
}
for (const wt of readdirSync('/work/wt').filter((w) => /^gloss/.test(w) && w !== 'glossF')) {
  const d = join('/work/wt', wt, 'src/core/glossary/data');
  if (!existsSync(d)) continue;
  for (const n of readdirSync(d).filter((n) => n.endsWith('.json'))) {
    if (existsSync(join(dataDir, n)) && n !== 'society-governance.json') continue;
    try { for (const e of JSON.parse(readFileSync(join(d, n), 'utf8')).entries) addOwner(`${wt}/${n}`, e); } catch { /* being written */ }
  }
}
const file = existsSync(target) ? JSON.parse(readFileSync(target, 'utf8')) : { $schema: '../../../../schemas/glossary.schema.json', version: 1, entries: [] };
for (const e of file.entries) addOwner('self', e);
const unknownFormulas = [...readFileSync('test/unit/formulas-general.test.ts', 'utf8').matchAll(/unknown: \[([^\]]*)\]/g)]
  .flatMap((m) => m[1].split(',').map((s) => s.trim().replace(/'/g, ''))).filter(Boolean);
const list = (s) => (s ?? '').split('/').map((x) => x.trim()).filter(Boolean);
const errors = []; const added = []; const short = [];
for (const [i, line] of readFileSync(process.argv[2], 'utf8').split('\n').entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const f = line.split(' | ');
  if (f.length !== 9) { errors.push(`line ${i + 1}: ${f.length} fields: ${line.slice(0, 30)}`); continue; }
  const [term, vs, cc, expl, src, year, mem, rel, en] = f.map((x) => x.trim());
  const e = { term, ...(list(vs).length ? { variants: list(vs) } : {}), category: CAT[cc], explanation: expl, source: { text: src, year: Number(year) } };
  if (list(mem).length) e.members = list(mem);
  if (list(rel).length) e.related = list(rel);
  e.english = en === '-' || en === '' ? null : en;
  const errs = [];
  if (!e.category) errs.push(`category ${cc}`);
  if (expl.length < 10 || expl.length > 400) errs.push(`explanation length ${expl.length}`);
  if (!(e.source.year >= 1921 && e.source.year <= 2026)) errs.push(`year ${year}`);
  if (!src.includes(String(e.source.year)) ) errs.push('source text lacks the year');
  for (const s of [term, ...(e.variants ?? [])]) {
    if (s.length < 2 || s.length > 40) errs.push(`length ${s}`);
    const o = owner.get(fold(s));
    if (o) errs.push(`dup ${s} ← ${o}`);
    for (const u of unknownFormulas) if (s.includes(u) || u.includes(s)) errs.push(`unknown formula ${u}`);
    if ([...s].length <= 3) short.push(s);
  }
  if ((e.related ?? []).includes(term)) errs.push('self related');
  if ((e.variants ?? []).includes(term)) errs.push('variant repeats term');
  if (/^[一二两三四五六七八九十]+[个大项条种]/.test(term) && !e.members) errs.push('formula without members?');
  if (errs.length) { errors.push(`${term}: ${errs.join('; ')}`); continue; }
  for (const s of [term, ...(e.variants ?? [])]) owner.set(fold(s), `${term} (batch)`);
  added.push(e);
}
if (errors.length) console.log(errors.join('\n'));
console.log(`ok ${added.length}, refused ${errors.length}; short strings: ${short.join(' ')}`);
if (!process.argv.includes('--dry') && errors.length === 0) {
  file.entries.push(...added);
  writeFileSync(target, JSON.stringify(file, null, 2) + '\n');
  const all = file.entries; const en = all.filter((x) => x.english).length;
  console.log(`written: ${all.length} entries, English ${en} (${(100 * en / all.length).toFixed(1)} %)`);
} else if (errors.length) console.log('nothing written (fix the refused lines or drop them)');
