import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryInScript, readerScript, toScript } from '../../src/core/glossary/script';
import type { GlossaryEntry } from '../../src/core/glossary/types';

/*
 * Glossary entries in the reader's script (traditional Chinese UI): the generated table
 * (scripts/gen/s2t-table.mjs) must convert every built-in entry exactly as opencc-js does.
 */
const ROOT = join(__dirname, '..', '..', '..');
/** The data files the table was generated from (rerun the generator when entries are added). */
const FILES = ['politics', 'development', 'party-state', 'economy-society'];
const entries: GlossaryEntry[] = FILES.flatMap((f) => (JSON.parse(readFileSync(join(ROOT, 'src', 'core', 'glossary', 'data', `${f}.json`), 'utf8')) as { entries: GlossaryEntry[] }).entries);

describe('glossary entries in the reader\'s script', function () {
  this.timeout(120000);

  it('reads the script from the VS Code UI language', () => {
    const rows: [string, string][] = [
      ['zh-tw', 'tw'], ['zh-TW', 'tw'], ['zh-hant', 'tw'], ['zh-Hant-TW', 'tw'], ['zh_TW', 'tw'],
      ['zh-hk', 'hk'], ['zh-HK', 'hk'], ['zh-mo', 'hk'], ['zh-hant-hk', 'hk'],
      ['zh-cn', 'hans'], ['zh-CN', 'hans'], ['zh', 'hans'], ['zh-hans', 'hans'], ['zh-sg', 'hans'], ['en', 'hans'], ['en-us', 'hans'], ['ja', 'hans'],
    ];
    for (const [lang, want] of rows) assert.equal(readerScript(lang), want, lang);
  });

  it('converts characters and the phrases that read otherwise, keeping Latin letters, digits and length', () => {
    const rows: [string, string][] = [
      ['新发展格局', '新發展格局'],
      ['稳健的货币政策', '穩健的貨幣政策'],
      ['干部队伍建设', '幹部隊伍建設'],
      ['1+X证书制度', '1+X證書制度'],
      ['“十四五”规划', '“十四五”規劃'],
      ['RCEP', 'RCEP'],
    ];
    for (const [s, want] of rows) assert.equal(toScript(s, 'tw'), want, s);
    assert.equal(toScript('新发展格局', 'hans'), '新发展格局');
  });

  it('gives every built-in entry as opencc-js converts it (tw and hk)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/cn2t') as { Converter(o: { from: string; to: string }): (s: string) => string };
    for (const script of ['tw', 'hk'] as const) {
      const ref = OpenCC.Converter({ from: 'cn', to: script });
      const wrong: string[] = [];
      for (const e of entries) {
        const got = entryInScript(e, script);
        const texts: [string, string][] = [[e.term, got.term], [e.explanation, got.explanation], [e.source.text, got.source.text]];
        (e.members ?? []).forEach((m, i) => texts.push([m, got.members![i]]));
        (e.related ?? []).forEach((r, i) => texts.push([r, got.related![i]]));
        for (const [s, t] of texts) {
          assert.equal(t.length, s.length, s);
          if (t !== ref(s)) wrong.push(`${script}: ${s} → ${t} (opencc-js: ${ref(s)})`);
        }
        assert.equal(got.source.year, e.source.year);
        assert.equal(got.english, e.english);
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} texts differ`);
    }
  });

  it('leaves an entry unchanged for a simplified-Chinese or non-Chinese UI', () => {
    const e = entries[0];
    assert.equal(entryInScript(e, readerScript('zh-cn')), e);
    assert.equal(entryInScript(e, readerScript('en')), e);
  });
});
