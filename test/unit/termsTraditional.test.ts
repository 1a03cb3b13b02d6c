import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms, mergeGlossaries } from '../../src/core/glossary/terms';
import { toSimplifiedSameLength } from '../../src/core/glossary/traditional';
import { T2S_PAIRS } from '../../src/core/glossary/t2sTable';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const localRequire = createRequire(__filename);

function entry(term: string, variants?: string[]): GlossaryEntry {
  return { term, variants, category: '法治与治理', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2000 } };
}

describe('terms in traditional characters', () => {
  const matcher = new TermMatcher(builtinGlossary());

  // Sentence (traditional) -> canonical terms expected, in order. Written by hand.
  const TABLE: [string, string[]][] = [
    ['加快構建新發展格局，推動高質量發展。', ['新发展格局', '高质量发展']],
    ['全面貫徹新發展理念，堅持以人民為中心的發展思想。', ['新发展理念', '以人民为中心的发展思想']],
    ['堅持「一國兩制」方針，推進祖國和平統一進程。', ['一国两制']],
    ['統籌推進「五位一體」總體佈局，協調推進「四個全面」戰略佈局。', ['五位一体', '四个全面']],
    ['增強「四個意識」、堅定「四個自信」、做到「兩個維護」。', ['四个意识', '四个自信', '两个维护']],
    ['共建「一帶一路」高質量發展。', ['共建“一带一路”', '高质量发展']],
    ['深化供給側結構性改革，實施鄉村振興戰略。', ['供给侧结构性改革', '乡村振兴战略']],
    ['以習近平新時代中國特色社會主義思想為指導。', ['习近平新时代中国特色社会主义思想']],
    ['推動粵港澳大灣區建設，支持香港融入國家發展大局。', ['粤港澳大湾区']],
    ['扎實推進共同富裕。', ['共同富裕']],
    // Mixed scripts and simplified text are unchanged.
    ['加快构建新發展格局。', ['新发展格局']],
    ['加快构建新发展格局。', ['新发展格局']],
    ['這份文件與政策術語無關。', []],
  ];

  for (const [s, expected] of TABLE) {
    it(s, () => {
      const found = detectTerms(s, matcher).filter((t) => t.explained);
      assert.deepEqual(found.map((t) => t.term).filter((t) => expected.includes(t)), expected);
      for (const t of found) assert.equal(t.text, s.slice(t.start, t.end), 'offsets in the original text');
    });
  }

  it('marks a match made through the conversion, not one already in simplified form', () => {
    const [t] = detectTerms('構建新發展格局', matcher).filter((x) => x.term === '新发展格局');
    assert.equal(t.via, 'traditional');
    assert.equal(t.text, '新發展格局');
    const [u] = detectTerms('构建新发展格局', matcher).filter((x) => x.term === '新发展格局');
    assert.equal(u.via, undefined);
  });

  it('a formula written out by its members in traditional characters', () => {
    const s = '統籌推進經濟建設、政治建設、文化建設、社會建設、生態文明建設。';
    const t = detectTerms(s, matcher).find((x) => x.via === 'members');
    assert.equal(t?.term, '五位一体');
    assert.equal(t?.text, '經濟建設、政治建設、文化建設、社會建設、生態文明建設');
  });

  it('numbered formulas not in the glossary are found in traditional script (個)', () => {
    const s = '堅持「三個課堂」建設。';
    const f = detectTerms(s, new TermMatcher([])).map((t) => t.text);
    assert.deepEqual(f, ['三個課堂']);
  });

  it('the conversion keeps the length; simplified text gives null', () => {
    const s = '澳門特別行政區政府電信暨資訊科技發展辦公室';
    const c = toSimplifiedSameLength(s);
    assert.equal(c, '澳门特别行政区政府电信暨资讯科技发展办公室');
    assert.equal(c?.length, s.length);
    assert.equal(toSimplifiedSameLength('澳门特别行政区政府'), null);
    assert.equal(toSimplifiedSameLength(''), null);
  });

  it('simplified characters that simplified texts also use are not converted (著作, 乾坤)', () => {
    assert.equal(toSimplifiedSameLength('著作權與乾坤'), '著作权与乾坤');
  });

  it('the generated table agrees with opencc-js, one character at a time (a sample of 300 pairs)', function () {
    this.timeout(20000);
    const OpenCC = localRequire('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const n = T2S_PAIRS.length / 2;
    for (let k = 0; k < 300; k++) {
      const i = Math.floor((k * n) / 300) * 2;
      const t = T2S_PAIRS[i];
      const s = T2S_PAIRS[i + 1];
      assert.ok(tw(t) === s || hk(t) === s, `${t} -> ${s}`);
    }
  });

  it('the Macao fixture: terms of a user glossary in simplified script are found in the traditional text', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'extra', 'macao-2000-chief-executive-dispatch-223-inspector-card.txt'), 'utf8');
    const m = new TermMatcher(mergeGlossaries(builtinGlossary(), [entry('澳门特别行政区基本法', ['基本法']), entry('行政长官')]));
    const terms = detectTerms(text, m).filter((t) => t.explained);
    const names = new Set(terms.map((t) => t.term));
    assert.ok(names.has('澳门特别行政区基本法'), [...names].join(' '));
    assert.ok(names.has('行政长官'));
    for (const t of terms) assert.equal(t.text, text.slice(t.start, t.end));
    assert.ok(terms.some((t) => t.text === '澳門特別行政區基本法'));
  });
});
