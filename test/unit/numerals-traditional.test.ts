/**
 * Numerals in traditional characters (issue 16): 萬, 億, 兩, 點, 〇/零, 負, financial forms.
 * Expected values worked out by hand; negatives (not numerals) included.
 */
import assert from 'node:assert/strict';
import { parseFractionWords, parseNumeral, parsePercent } from '../../src/core/numerals';

const NUMERALS: [string, number | null][] = [
  ['兩萬', 20_000],
  ['二十萬億', 2e13],
  ['一萬億', 1e12],
  ['三千萬', 30_000_000],
  ['十億四千萬', 1_040_000_000],
  ['兩千零二十', 2020],
  ['一百零五', 105],
  ['三千〇五', 3005],
  ['五點二', 5.2],
  ['十一點六', 11.6],
  ['零點五', 0.5],
  ['三點五萬', 35_000],
  ['負三點八', -3.8],
  ['兩', 2],
  ['貳萬', 20_000],
  ['參拾', 30],
  ['陸億', 6e8],
  ['1.5萬', 15_000],
  ['20萬億', 2e13],
  // not numerals
  ['萬', null],
  ['點', null],
  ['五點', null],
  ['點五', null],
  ['兩岸', null],
  ['萬億元', null],
];

describe('numerals: traditional characters', () => {
  for (const [input, expected] of NUMERALS) {
    it(`${input} -> ${expected}`, () => {
      const got = parseNumeral(input);
      if (expected === null) assert.equal(got, null);
      else {
        assert.notEqual(got, null);
        assert.ok(Math.abs((got as number) - expected) <= Math.abs(expected) * 1e-12, `got ${got}`);
      }
    });
  }

  it('percentages and fractions', () => {
    assert.equal(parsePercent('百分之五點二'), 5.2);
    assert.equal(parsePercent('百分之負三點八'), -3.8);
    assert.equal(parsePercent('百分之一百'), 100);
    assert.equal(parseFractionWords('三分之二') !== null, true);
    assert.equal(parsePercent('五點二'), null);
  });
});
