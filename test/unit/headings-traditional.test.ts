/**
 * Headings and clause units in traditional characters (Macao and Hong Kong ordinances, Taiwan laws,
 * traditional copies of mainland documents): 第一條 / 第二章 / 第三節 / 第一編, 一、, （一）, read
 * in a simplified view of the same length; spans and text are the original's. Each row is the full
 * outline of the passage, worked out by reading it; negatives included.
 */
import * as assert from 'node:assert/strict';
import { detectHeadings } from '../../src/core/headings';
import { simplifiedView } from '../../src/core/simplifiedView';
import { readFixture } from './helpers';

const paragraphs = (...ps: string[]): string => ps.join('\n\n');

const CASES: Array<[name: string, text: string, expect: Array<[string, number]>]> = [
  [
    'law with 章 and 條',
    paragraphs(
      '第一章　總則',
      '第一條　為規範財政預算管理，制定本法。',
      '第二條　本法適用於各級政府。',
      '第二章　預算編製',
      '第三條　預算應當綜合平衡。',
    ),
    [
      ['第一章　總則', 1],
      ['第一條　為規範財政預算管理，制定本法。', 2],
      ['第二條　本法適用於各級政府。', 2],
      ['第二章　預算編製', 1],
      ['第三條　預算應當綜合平衡。', 2],
    ],
  ],
  [
    'a long article body: the marker alone',
    paragraphs('第一條　為規範澳門特別行政區公共財政的管理，提高財政資金的使用效益，保障公共利益，根據《澳門特別行政區基本法》，制定本法律。'),
    [['第一條', 1]],
  ],
  [
    'only 條 (a dispatch)',
    paragraphs('第一條　核准證件式樣。', '第二條　本批示自公佈翌日起生效。'),
    [['第一條　核准證件式樣。', 1], ['第二條　本批示自公佈翌日起生效。', 1]],
  ],
  [
    '編, 章 and 節',
    paragraphs('第一編　總則', '第一章　一般規定', '第一節　適用範圍', '本法規範民事關係。'),
    [['第一編　總則', 1], ['第一章　一般規定', 2], ['第一節　適用範圍', 3]],
  ],
  [
    '一、 and （一） headings in a policy address',
    paragraphs('一、發展經濟', '（一）鞏固傳統產業', '政府會繼續支持金融業發展。', '（二）發展新興產業', '二、改善民生'),
    [['一、發展經濟', 1], ['（一）鞏固傳統產業', 2], ['（二）發展新興產業', 2], ['二、改善民生', 1]],
  ],
  [
    'negatives: a reference to an article inside a wrapped sentence, and a list of items ending with ；',
    paragraphs(
      '第一條　本法的目的',
      '按照本法\n第二十條的規定辦理。',
      '申請人應提交下列文件：',
      '（一）身份證明文件；',
      '（二）住址證明；',
      '（三）其他文件。',
    ),
    [['第一條　本法的目的', 1]],
  ],
];

describe('headings in traditional characters', () => {
  for (const [name, text, expect] of CASES) {
    it(name, () => {
      const got = detectHeadings(text).map((h) => [h.text, h.level]);
      assert.deepEqual(got, expect);
    });
  }

  it('spans point into the original text, and the outline is that of the simplified conversion', () => {
    const text = paragraphs('第一章　總則', '第一條　為規範管理，制定本辦法。', '一、總體要求', '（一）指導思想');
    const got = detectHeadings(text);
    for (const h of got) assert.equal(h.text, text.slice(h.start, h.end));
    const simplified = detectHeadings(simplifiedView(text)).map((h) => [h.start, h.end, h.level]);
    assert.deepEqual(got.map((h) => [h.start, h.end, h.level]), simplified);
  });

  it('Macao dispatch 223/2000: the title and the numbered points a reader outlines', () => {
    const text = readFixture('extra/macao-2000-chief-executive-dispatch-223-inspector-card.txt');
    const got = detectHeadings(text);
    for (const h of got) assert.equal(h.text, text.slice(h.start, h.end));
    const texts = got.map((h) => h.text);
    assert.ok(texts.includes('第223/2000號行政長官批示'), JSON.stringify(texts));
    assert.ok(texts.some((t) => t.startsWith('一、核准附於本批示')), JSON.stringify(texts));
    // The same outline as the simplified conversion of the dispatch: the script changes nothing.
    const simplified = detectHeadings(simplifiedView(text)).map((h) => [h.start, h.end, h.level]);
    assert.deepEqual(got.map((h) => [h.start, h.end, h.level]), simplified);
  });
});
