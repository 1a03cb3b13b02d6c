#!/usr/bin/env node
/**
 * Held-out evaluation of quotation speakers and kinds on the passages in
 * test/fixtures/extra-gold/speakers/*.json (written by reading, before the rules were changed; never
 * tuned on). Usage: node scripts/eval/speakers.mjs [--verbose] [--gold DIR] [--jieba]
 * (--gold: another folder of gold files, relative to the repository root or absolute; default
 * test/fixtures/extra-gold/speakers; test/fixtures/extra-gold/speakers-fresh is the second set).
 * --jieba: pass nodejieba's tagger as the name tagger (as `analyze --jieba` and the editor do); off by
 * default, so that figures stay comparable with earlier runs.
 *
 * Each gold row is [start of content, kind, speaker]; speaker is a string, a list of acceptable
 * written forms, or null (a careful reader could not say). A detected speaker is right when it
 * equals an accepted form or contains it (国务院总理李强 for 李强). Per set it prints:
 *  - speech: speech quotations with a gold speaker; right / wrong (another speaker) / missing (none);
 *  - nullWrong: speech quotations whose gold speaker is null but which got one (also wrong);
 *  - kind: rows whose kind is right; notFound: rows with no detected quotation of that content.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const verbose = process.argv.includes('--verbose');
const useJieba = process.argv.includes('--jieba');
const goldAt = process.argv.indexOf('--gold');
const goldArg = goldAt >= 0 ? process.argv[goldAt + 1] : undefined;
if (goldAt >= 0 && goldArg === undefined) throw new Error('--gold needs a folder');

const bundle = await build({
  entryPoints: [join(root, 'src/core/quotations.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'silent',
  sourcemap: 'inline',
});
const bundled = join(tmpdir(), `speakers-eval-${process.pid}.mjs`);
writeFileSync(bundled, bundle.outputFiles[0].text);
const { detectQuotations } = await import(pathToFileURL(bundled).href).finally(() => rmSync(bundled, { force: true }));

let nameTagger;
if (useJieba) {
  const nodejieba = createRequire(import.meta.url)('nodejieba');
  nodejieba.load();
  nameTagger = (sentence) => nodejieba.tag(sentence);
}

const dir = goldArg === undefined ? join(root, 'test/fixtures/extra-gold/speakers') : resolve(root, goldArg);
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const total = { speech: 0, right: 0, wrong: 0, missing: 0, nullSpeech: 0, nullWrong: 0, rows: 0, kind: 0, notFound: 0 };
const matches = (got, gold) => {
  if (got === null) return false;
  const forms = Array.isArray(gold) ? gold : [gold];
  return forms.some((f) => got === f || got.includes(f));
};
for (const file of files) {
  const set = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const s = { speech: 0, right: 0, wrong: 0, missing: 0, nullSpeech: 0, nullWrong: 0, rows: 0, kind: 0, notFound: 0 };
  for (const p of set.passages) {
    const found = detectQuotations(p.text, undefined, { nameTagger });
    const used = new Set();
    for (const [prefix, kind, speaker] of p.q) {
      s.rows++;
      const q = found.find((x) => !used.has(x) && x.content.startsWith(prefix));
      if (q) used.add(q);
      else s.notFound++;
      if (q && q.kind === kind) s.kind++;
      const got = q && q.kind === 'speech' ? q.speaker : null;
      let verdict = '';
      if (kind === 'speech' && speaker !== null) {
        s.speech++;
        if (matches(got, speaker)) s.right++;
        else if (got === null) {
          s.missing++;
          verdict = 'MISSING';
        } else {
          s.wrong++;
          verdict = 'WRONG';
        }
      } else if (kind === 'speech') {
        s.nullSpeech++;
        if (got !== null) {
          s.nullWrong++;
          verdict = 'WRONG(null)';
        }
      }
      if (q && q.kind !== kind) verdict += ' KIND';
      if (!q) verdict += ' NOTFOUND';
      if (verbose && verdict) {
        console.log(`  ${p.id} ${verdict.trim()}: 「${prefix}」 gold ${kind}/${JSON.stringify(speaker)} got ${q ? q.kind : '-'}/${JSON.stringify(got)}`);
      }
    }
  }
  for (const k of Object.keys(total)) total[k] += s[k];
  report(set.name ?? file, s);
}
report('ALL', total);

function report(name, s) {
  const pct = (a, b) => (b === 0 ? '-' : ((100 * a) / b).toFixed(1) + '%');
  console.log(
    `${name.padEnd(26)} speech ${String(s.speech).padStart(3)}  right ${String(s.right).padStart(3)} (${pct(s.right, s.speech)})` +
      `  wrong ${s.wrong}  missing ${s.missing}  null-gold ${s.nullSpeech} (wrongly given ${s.nullWrong})` +
      `  kind ${s.kind}/${s.rows} (${pct(s.kind, s.rows)})  notFound ${s.notFound}`,
  );
}
