import * as assert from 'node:assert/strict';
import { chineseMagnitude, labelled, withQualifier } from '../../src/core/display';

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
