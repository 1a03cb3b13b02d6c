#!/usr/bin/env node
// Writes the 繁體中文 interface (package.nls.zh-tw.json, l10n/bundle.l10n.zh-tw.json) from the
// 简体中文 files with opencc-js (cn → tw: characters and Taiwan character variants, no phrase
// replacement, so that policy terms keep their mainland wording in traditional script).
// Entries already in the zh-tw files are kept (a hand correction wins); new keys are converted.
// Run after adding strings: node scripts/gen/zh-tw.mjs   (test/unit/manifest.test.ts checks both files)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const convert = OpenCC.Converter({ from: 'cn', to: 'tw' });
for (const [from, to] of [['package.nls.zh-cn.json', 'package.nls.zh-tw.json'], ['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json']]) {
  const cn = JSON.parse(readFileSync(from, 'utf8'));
  const old = existsSync(to) ? JSON.parse(readFileSync(to, 'utf8')) : {};
  const out = {};
  for (const [k, v] of Object.entries(cn)) out[k] = k in old ? old[k] : convert(v);
  writeFileSync(to, JSON.stringify(out, null, 2) + '\n');
  console.log(`${to}: ${Object.keys(out).length} strings (${Object.keys(out).filter((k) => !(k in old)).length} new)`);
}
