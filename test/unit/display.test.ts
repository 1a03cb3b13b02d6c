import * as assert from 'node:assert/strict';
import { chineseMagnitude, labelled, withQualifier } from '../../src/core/display';
import { bySection, byYear } from '../../src/core/findings';

/* value → how a Chinese reader writes it (written by reading, not by running). */
const MAGNITUDES: [number, string][] = [
  [1.37e12, '1.37万亿'],
  [2.4e12, '2.4万亿'],
  [1.21e14, '121万亿'],
  [1.2e9, '12亿'],
  [1e8, '1亿'],
  [12060000, '1206万'],
  [435000, '43.5万'],
  [10000, '1万'],
  [9999, '9,999'],
  [5.5, '5.5'],
  [0, '0'],
  [-3.5e4, '-3.5万'],
];

/* value, qualifier, interface language → the words a reader expects. */
const QUALIFIED: [string, string | null, string, string][] = [
  ['2.4万亿元', '>', 'zh-cn', '超过2.4万亿元'],
  ['6%', '>=', 'zh-cn', '6%以上'],
  ['5.5%', '~', 'zh-cn', '约5.5%'],
  ['3%', '<', 'zh-cn', '不足3%'],
  ['3%', '<=', 'zh-cn', '3%以下'],
  ['1206万人', null, 'zh-cn', '1206万人'],
  ['2.4万亿元', '>', 'en', 'over 2.4万亿元'],
  ['6%', '>=', 'en', 'at least 6%'],
  ['5.5%', '~', 'en', 'about 5.5%'],
  ['3%', '<', 'en', 'under 3%'],
  ['1206万人', null, 'en', '1206万人'],
  ['5%', 'range', 'en', '5%'],
];

describe('display: numbers the way readers write them', () => {
  for (const [v, expected] of MAGNITUDES) it(`${v} → ${expected}`, () => assert.equal(chineseMagnitude(v), expected));
  for (const [value, q, lang, expected] of QUALIFIED) it(`${value} ${q} (${lang}) → ${expected}`, () => assert.equal(withQualifier(value, q, lang), expected));
  it('uses a full-width colon in Chinese, a colon and space in English', () => {
    assert.equal(labelled('来源', 'zh-cn'), '来源：');
    assert.equal(labelled('Source', 'en'), 'Source: ');
  });
});

describe('findings grouped by section and by year', () => {
  const h = (start: number, level: number, text: string) => ({ start, end: start + text.length, text, level });
  const headings = [h(10, 1, '一、回顾'), h(30, 2, '（一）经济'), h(100, 1, '二、建议')];
  const claims = [
    { start: 5, year: null },
    { start: 12, year: 2022 },
    { start: 40, year: 2023 },
    { start: 100, year: 2023 },
    { start: 150, year: null },
  ];
  it('puts each item under the top-level section it starts in, preamble first', () => {
    const groups = bySection(claims, headings);
    assert.deepEqual(groups.map((g) => [g.heading?.text ?? null, g.items.map((c) => c.start)]), [
      [null, [5]],
      ['一、回顾', [12, 40]],
      ['二、建议', [100, 150]],
    ]);
  });
  it('without headings everything is in one group', () => {
    assert.deepEqual(bySection(claims, []).map((g) => g.items.length), [5]);
  });
  it('groups by year, newest first, no year last', () => {
    assert.deepEqual(byYear(claims).map((g) => [g.year, g.items.length]), [[2023, 2], [2022, 1], [null, 2]]);
  });
});
