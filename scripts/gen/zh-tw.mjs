#!/usr/bin/env node
// Writes the 繁體中文 interface (package.nls.zh-tw.json, l10n/bundle.l10n.zh-tw.json) from the
// 简体中文 files with opencc-js (cn → twp: characters, Taiwan variants and Taiwan interface wording:
// 文件→檔案, 文档→文件, 导入→匯入, 设置→設定, 默认→預設, 文件夹→資料夾, 用户→使用者 …). Words that
// are policy language, not interface language, keep their mainland form (KEEP below).
// Entries already in the zh-tw files are kept (a hand correction wins); new keys are converted;
// `--all` converts every entry again.
// Run after adding strings: node scripts/gen/zh-tw.mjs   (test/unit/manifest.test.ts checks both files)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const phrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
const chars = OpenCC.Converter({ from: 'cn', to: 'tw' });
// Policy words the Taiwan phrase table would rewrite (数据要素 → 資料要素): characters only.
const KEEP = ['数据要素', '信息化', '政策工具', '项目制'];
// Taiwan writes quotations with corner brackets: “…” → 「…」, ‘…’ → 『…』.
const corners = (s) => s.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
const convert = (s) => corners(s.split(new RegExp(`(${KEEP.join('|')})`)).map((part, i) => (i % 2 ? chars(part) : phrases(part))).join(''));
const all = process.argv.includes('--all');
for (const [from, to] of [['package.nls.zh-cn.json', 'package.nls.zh-tw.json'], ['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json']]) {
  const cn = JSON.parse(readFileSync(from, 'utf8'));
  const old = existsSync(to) ? JSON.parse(readFileSync(to, 'utf8')) : {};
  const out = {};
  for (const [k, v] of Object.entries(cn)) out[k] = k in old && !all ? old[k] : convert(v);
  writeFileSync(to, JSON.stringify(out, null, 2) + '\n');
  console.log(`${to}: ${Object.keys(out).length} strings (${Object.keys(out).filter((k) => old[k] !== out[k]).length} changed)`);
}
