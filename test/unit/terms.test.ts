import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { suggestTerms, type KeywordExtractor } from '../../src/core/glossary/suggest';
import { detectTerms, mergeGlossaries } from '../../src/core/glossary/terms';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import type { TermMatch } from '../../src/core/types';
import { fixturePath, readFixture } from './helpers';
import { readFileSync } from 'node:fs';

function entry(term: string, variants?: string[], explanation = '用于测试的解释文字，至少十个字。'): GlossaryEntry {
  return { term, variants, category: '发展理念与战略', explanation, source: { text: '测试', year: 2020 } };
}

describe('detectTerms', () => {
  it('glossary matches and formulas, glossary wins on overlap, sorted', () => {
    const m = new TermMatcher([entry('三城一区'), entry('新发展格局')]);
    const text = '“三城一区”建设，增强“四个意识”，加快构建新发展格局，坚持“两个毫不动摇”。';
    const r = detectTerms(text, m);
    assert.deepEqual(
      r.map((t) => [t.term, t.explained, t.category]),
      [
        ['三城一区', true, '发展理念与战略'],
        ['四个意识', false, '数字概括'],
        ['新发展格局', true, '发展理念与战略'],
        ['两个毫不动摇', false, '数字概括'],
      ],
    );
    for (const t of r) assert.equal(t.text, text.slice(t.start, t.end));
  });

  it('a glossary match overlapping a formula partly also wins', () => {
    const m = new TermMatcher([entry('两不愁三保障问题')]);
    const r = detectTerms('重点解决两不愁三保障问题', m);
    assert.deepEqual(r.map((t) => [t.term, t.explained]), [['两不愁三保障问题', true]]);
  });
});

describe('mergeGlossaries', () => {
  const builtin = [entry('新发展格局', ['构建新发展格局'], '内置解释：新发展格局。'), entry('一带一路', ['一带一路倡议']), entry('双一流')];

  it('a user entry overrides the built-in one; later layers override earlier ones', () => {
    const farther = [entry('新发展格局', undefined, '外层用户解释：新发展格局。')];
    const nearer = [entry('新发展格局', undefined, '内层用户解释：新发展格局。')];
    const merged = mergeGlossaries(builtin, farther, nearer);
    const e = merged.filter((x) => x.term === '新发展格局');
    assert.equal(e.length, 1);
    assert.equal(e[0].explanation, '内层用户解释：新发展格局。');
    assert.equal(merged.length, 3);
    // The override replaced the whole entry: the built-in variant is gone.
    const m = new TermMatcher(merged);
    assert.deepEqual(m.find('加快构建新发展格局').map((t) => t.text), ['新发展格局']);
  });

  it('a user variant equal to another entry’s variant or term moves to the user entry', () => {
    const user = [entry('共建一带一路', ['一带一路倡议']), entry('世界一流大学和一流学科', ['双一流'])];
    const merged = mergeGlossaries(builtin, user);
    assert.deepEqual(merged.find((e) => e.term === '一带一路')?.variants, []);
    assert.ok(merged.some((e) => e.term === '双一流'), 'the built-in entry stays for look-up by its term');
    const m = new TermMatcher(merged);
    assert.deepEqual(m.find('一带一路倡议').map((t) => t.term), ['共建一带一路']);
    assert.deepEqual(m.find('“双一流”建设').map((t) => t.term), ['世界一流大学和一流学科']);
    assert.deepEqual(m.find('一带一路').map((t) => t.term), ['一带一路']);
    // Inputs are not mutated.
    assert.deepEqual(builtin[1].variants, ['一带一路倡议']);
  });

  it('no layers: the built-in entries unchanged', () => {
    assert.deepEqual(mergeGlossaries(builtin), builtin);
  });
});

describe('suggestTerms', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as { extract: KeywordExtractor };
  const text = readFixture('000_b29511bdb28f9b3d.txt');

  it('with nodejieba: frequent, unexplained, Chinese multi-character terms, counted right, sorted', function () {
    this.timeout(60_000);
    const none = suggestTerms(text, new TermMatcher([]), jieba.extract, { limit: 40 });
    assert.ok(none.length >= 10, JSON.stringify(none));
    const words = none.map((s) => s.term);
    // Terms a reader sees as the document's own vocabulary (checked by reading the text).
    for (const w of ['科技创新', '基础学科', '人才培养']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
    // Common single words are not suggested.
    for (const w of ['创新', '科技', '发展', '建设', '北京', '国际']) assert.ok(!words.includes(w), w);
    for (const s of none) {
      assert.match(s.term, /^[\u4e00-\u9fff]{2,}$/);
      assert.ok(s.count >= 2);
      assert.equal(s.count, text.split(s.term).length - 1, s.term);
    }
    for (let i = 1; i < none.length; i++) {
      assert.ok(none[i - 1].count > none[i].count || (none[i - 1].count === none[i].count && none[i - 1].weight >= none[i].weight));
    }
    // With a glossary explaining 科技创新, neither it nor anything containing it is suggested.
    const some = suggestTerms(text, new TermMatcher([entry('科技创新')]), jieba.extract, { limit: 40 });
    assert.ok(some.every((s) => !s.term.includes('科技创新')), JSON.stringify(some));
    assert.ok(some.some((s) => s.term === '基础学科'));
  });

  it('empty text', () => {
    assert.deepEqual(suggestTerms('', new TermMatcher([]), () => []), []);
  });
});

describe('fixture policy terms are explained by the built-in glossary', () => {
  const gold = JSON.parse(readFileSync(fixturePath('gold/terms-expected.json'), 'utf8')) as { fixtures: Record<string, string[]> };
  const matcher = new TermMatcher(builtinGlossary());
  const strip = (s: string): string => s.replace(/[\s“”"「」『』]+/g, '');
  // Detected: an explained match whose canonical term or matched text is the expected term, or
  // that contains it while the glossary maps the expected term to that same entry (a variant),
  // or whose term is the expected term plus at most 3 characters (共建“一带一路”, 中央八项规定精神).
  const covers = (m: TermMatch, want: string): boolean => {
    if (!m.explained) return false;
    const t = strip(m.text);
    const term = strip(m.term);
    if (term === want || t === want) return true;
    if (!t.includes(want)) return false;
    return matcher.lookup(want)?.term === m.term || (term.includes(want) && term.length - want.length <= 3);
  };
  for (const [name, wanted] of Object.entries(gold.fixtures)) {
    it(`${name}: ${wanted.length} expected terms detected with explained:true`, () => {
      const found = detectTerms(readFixture(name), matcher);
      const missing = wanted.filter((w) => !found.some((m) => covers(m, w)));
      assert.deepEqual(missing, [], `not explained yet: ${missing.join(' ')}`);
    });
  }
});
