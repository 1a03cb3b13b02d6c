import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { toSimplifiedSameLength } from '../../src/core/glossary/traditional';
import { CANDIDATE_CATEGORY } from '../../src/core/glossary/candidates';
import { FORMULA_CATEGORY } from '../../src/core/glossary/types';

/*
 * The term form of an unexplained term (candidate or numbered formula) is what the quick fix stores in
 * the user glossary: it must be the text's own string, never its simplified/traditional conversion
 * (么 once came out as 幺: 强军强什么 → 强军强什幺). Sentences written by hand; an empty glossary, so
 * the table does not depend on the data files.
 */
describe('unexplained terms keep the text’s own characters', () => {
  const matcher = new TermMatcher([]);
  const unexplained = (text: string) => detectTerms(text, matcher, { candidates: true }).filter((t) => !t.explained);

  // Sentence -> one unexplained term expected, with exactly this term form (= the text's span).
  const ROWS: [string, string][] = [
    ['开展“强军强什么、怎么样强军”专题讨论。', '强军强什么、怎么样强军'],
    ['深刻領悟「兩個確立」的決定性意義。', '兩個確立'],
    ['開展「強軍強什麼、怎麼樣強軍」專題討論。', '強軍強什麼、怎麼樣強軍'],
    ['推動「頭髮經濟」培育行動。', '頭髮經濟'],
    ['深入實施鄉村振興「千萬工程」。', '千萬工程'],
    ['持續鞏固「兩個屏障」建設成果。', '兩個屏障'],
    ['實施「後備幹部培養計劃」。', '後備幹部培養計劃'],
    ['推行「裡外兼修」工作法。', '裡外兼修'],
  ];
  for (const [sentence, term] of ROWS) {
    it(`${sentence} -> ${term}`, () => {
      const found = unexplained(sentence);
      const hit = found.find((t) => t.text === term || t.term === term);
      assert.ok(hit, `no unexplained term ${term} in ${JSON.stringify(found.map((t) => t.term))}`);
      assert.equal(hit.term, term);
      assert.equal(hit.text, sentence.slice(hit.start, hit.end));
      assert.ok([CANDIDATE_CATEGORY, FORMULA_CATEGORY].includes(hit.category ?? ''));
    });
  }

  it('every unexplained term form is its own span (whitespace aside) in mixed texts', () => {
    const text = '要回答好“强军强什么、怎么样强军”的时代课题。\n實施「頭髮經濟」培育行動，落實「兩個屏障」。\n深化“面向基层、干在实处”工作机制，健全“后备干部培养计划”。';
    for (const t of unexplained(text)) assert.equal(t.term, text.slice(t.start, t.end).replace(/\s+/g, ''), t.term);
  });

  // One-to-many characters: 么/麼/幺, 发/發/髮, 后/後, 干/幹/乾, 里/裡, 面/麵. A simplified character stays itself.
  const SIMPLIFIED: [string, string][] = [
    ['什么', '什么'],
    ['怎么样', '怎么样'],
    ['幺妹', '幺妹'],
    ['什麼', '什么'],
    ['頭髮', '头发'],
    ['發展', '发展'],
    ['後來', '后来'],
    ['幹部', '干部'],
    ['乾淨', '乾净'], // 乾 stays: it is also a simplified character (乾坤)
    ['裡面', '里面'],
    ['麵條', '面条'],
  ];
  for (const [input, expected] of SIMPLIFIED) {
    it(`simplified reading of ${input} is ${expected}`, () => {
      assert.equal(toSimplifiedSameLength(input) ?? input, expected);
    });
  }

  it('a simplified text with 么 is not taken for a traditional one', () => {
    assert.equal(toSimplifiedSameLength('为什么要这么做，怎么做。'), null);
  });
});
