import * as assert from 'node:assert/strict';
import {
  CONTEXT_LENGTH,
  TextPositionAnchor,
  TextQuoteAnchor,
  quoteSelectorAt,
  readTextPositionSelector,
  readTextQuoteSelector,
  targetFor,
} from '../../src/core/annotations/selectors';
import { targetFor as targetForOldPath } from '../../src/core/annotations/create';

const text = '𠀀'.repeat(20) + '前文。研究“𠀂𠀃”一词的由来和用法。' + '𠀄'.repeat(20);

describe('selectors: one module builds and reads TextQuote/TextPosition selectors', () => {
  it('the old import path is the same function', () => {
    assert.equal(targetForOldPath, targetFor);
  });

  it('a range splitting a surrogate pair is widened; context never starts or ends inside a pair', () => {
    const start = text.indexOf('𠀂') + 1; // inside the pair
    const t = targetFor(text, start, start + 3);
    assert.equal(t.quote.exact.startsWith('𠀂'), true);
    assert.equal(t.quote.prefix.length <= CONTEXT_LENGTH, true);
    assert.notEqual(t.quote.prefix.charCodeAt(0) >= 0xdc00 && t.quote.prefix.charCodeAt(0) <= 0xdfff, true);
    const last = t.quote.suffix.charCodeAt(t.quote.suffix.length - 1);
    assert.notEqual(last >= 0xd800 && last <= 0xdbff, true);
  });

  it('position anchors go to and from selectors; empty or outside ranges give null', () => {
    const p = TextPositionAnchor.fromRange(text, 40, 44);
    assert.deepEqual(TextPositionAnchor.fromSelector(text, p.toSelector()), p);
    for (const [start, end] of [[3, 3], [5, 2], [0, text.length + 1], [-1, 2]]) {
      assert.equal(TextPositionAnchor.fromSelector(text, { type: 'TextPositionSelector', start, end }), null, `${start}..${end}`);
    }
    assert.throws(() => TextPositionAnchor.fromRange(text, 3, 3), RangeError);
  });

  it('quote anchors: from a range, to a selector, and whether they are at a place', () => {
    const start = text.indexOf('一词');
    const q = TextQuoteAnchor.fromRange(text, start, start + 2);
    assert.equal(q.exact, '一词');
    assert.equal(q.isAt(start), true);
    assert.equal(q.isAt(start + 1), false);
    assert.deepEqual(TextQuoteAnchor.fromSelector(text, q.toSelector()).toSelector(), q.toSelector());
  });

  it('quoteSelectorAt keeps a stored selector that still describes the place, else rebuilds it', () => {
    const start = text.indexOf('一词');
    const stored = { type: 'TextQuoteSelector' as const, exact: '一词', prefix: '”', suffix: '的' };
    assert.deepEqual(quoteSelectorAt(text, start, start + 2, stored), stored);
    const wrong = { ...stored, prefix: '×' };
    assert.deepEqual(quoteSelectorAt(text, start, start + 2, wrong), targetFor(text, start, start + 2).quote);
  });

  const readRows: [string, unknown, boolean, boolean][] = [
    ['a quote', { type: 'TextQuoteSelector', exact: 'x', prefix: 'a' }, true, false],
    ['an oa: quote without context', { '@type': 'oa:TextQuoteSelector', exact: 'x' }, true, false],
    ['an empty quote', { type: 'TextQuoteSelector', exact: '' }, false, false],
    ['a position', { type: 'TextPositionSelector', start: 1, end: 2 }, false, true],
    ['a point (valid W3C, read as such)', { type: 'TextPositionSelector', start: 2, end: 2 }, false, true],
    ['a reversed position', { type: 'TextPositionSelector', start: 3, end: 2 }, false, false],
    ['a negative position', { type: 'TextPositionSelector', start: -1, end: 2 }, false, false],
    ['string numbers', { type: 'TextPositionSelector', start: '1', end: '2' }, false, true],
    ['not a selector', { type: 'RangeSelector' }, false, false],
    ['not an object', 'TextQuoteSelector', false, false],
  ];
  for (const [name, raw, isQuote, isPosition] of readRows) {
    it(`reads ${name}`, () => {
      assert.equal(readTextQuoteSelector(raw) !== null, isQuote);
      assert.equal(readTextPositionSelector(raw) !== null, isPosition);
    });
  }
});
