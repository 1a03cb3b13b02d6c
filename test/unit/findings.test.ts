import * as assert from 'node:assert/strict';
import { buildHeadingTree, containsChinese, findingRanges, formatValue, nextRange, quotationsBySpeaker, termsByFrequency } from '../../src/core/findings';
import type { Analysis, Heading, Quotation, TermMatch } from '../../src/core/types';

const h = (start: number, level: number, text = 'h'): Heading => ({ start, end: start + text.length, text, level });

describe('findings views', () => {
  it('nests headings by level and closes sections at the next heading of the same level', () => {
    const tree = buildHeadingTree([h(0, 1, '一、总体要求'), h(10, 2), h(20, 2), h(30, 3), h(40, 1), h(50, 2)], 100);
    assert.equal(tree.length, 2);
    assert.deepEqual(tree[0].children.map((c) => c.heading.start), [10, 20]);
    assert.deepEqual(tree[0].children[1].children.map((c) => c.heading.start), [30]);
    assert.equal(tree[0].sectionEnd, 40);
    assert.equal(tree[0].children[0].sectionEnd, 20);
    assert.equal(tree[0].children[1].children[0].sectionEnd, 40);
    assert.equal(tree[1].sectionEnd, 100);
    assert.equal(tree[1].children[0].sectionEnd, 100);
  });

  it('keeps a heading deeper than its predecessor without a parent level in between', () => {
    const tree = buildHeadingTree([h(0, 3), h(5, 1), h(9, 3)], 20);
    assert.deepEqual(tree.map((n) => n.heading.start), [0, 5]);
    assert.deepEqual(tree[1].children.map((n) => n.heading.start), [9]);
  });

  it('finds the next and previous range, wrapping at both ends', () => {
    const ranges = [{ start: 5 }, { start: 10 }, { start: 10 }, { start: 30 }];
    assert.equal(nextRange(ranges, 0, 1)?.start, 5);
    assert.equal(nextRange(ranges, 5, 1)?.start, 10);
    assert.equal(nextRange(ranges, 10, 1)?.start, 30);
    assert.equal(nextRange(ranges, 30, 1)?.start, 5);
    assert.equal(nextRange(ranges, 31, -1)?.start, 30);
    assert.equal(nextRange(ranges, 30, -1)?.start, 10);
    assert.equal(nextRange(ranges, 10, -1)?.start, 5);
    assert.equal(nextRange(ranges, 5, -1)?.start, 30);
    assert.equal(nextRange([], 3, 1), null);
  });

  it('lists the findings of the enabled kinds only, sorted', () => {
    const a: Analysis = {
      quotations: [{ start: 20, end: 30, text: '', kind: 'speech', speaker: null, cue: null, closed: true, content: '', depth: 0 }],
      numericClaims: [{ start: 3, end: 6, text: '', value: 1, unit: null, qualifier: null, upper: null, year: null, subject: null, magnitudeClass: null }],
      terms: [{ start: 10, end: 12, text: '', term: 'x', category: null, explained: true }],
      headings: [],
    };
    assert.deepEqual(findingRanges(a, new Set(['quotation', 'numericClaim', 'term'])).map((r) => r.kind), ['numericClaim', 'term', 'quotation']);
    assert.deepEqual(findingRanges(a, new Set(['term'])).map((r) => r.start), [10]);
  });

  it('groups quotations by speaker with phrases last, and terms by frequency', () => {
    const q = (speaker: string | null, kind: 'speech' | 'phrase' = 'speech'): Quotation => ({ start: 0, end: 1, text: '', kind, speaker, cue: null, closed: true, content: '', depth: 0 });
    const groups = quotationsBySpeaker([q('文章'), q('习近平'), q(null, 'phrase'), q('习近平'), q(null)]);
    assert.deepEqual(groups.map((g) => [g.kind, g.speaker, g.items.length]), [
      ['speech', '习近平', 2],
      ['speech', '文章', 1],
      ['speech', null, 1],
      ['phrase', null, 1],
    ]);
    const t = (term: string): TermMatch => ({ start: 0, end: 1, text: term, term, category: null, explained: true });
    assert.deepEqual(termsByFrequency([t('双一流'), t('三城一区'), t('三城一区')]).map((g) => [g.term, g.items.length]), [
      ['三城一区', 2],
      ['双一流', 1],
    ]);
  });

  it('formats values with the 万/亿 reading and detects Chinese text', () => {
    assert.equal(formatValue(435000), '43.5万');
    assert.equal(formatValue(1370000000000), '1.37万亿');
    assert.equal(formatValue(2400000000000), '2.4万亿');
    assert.equal(formatValue(1200000000), '12亿');
    assert.equal(formatValue(-35000), '-3.5万');
    assert.equal(formatValue(9999), '9,999');
    assert.equal(formatValue(6), '6');
    assert.equal(formatValue(18.5), '18.5');
    assert.ok(containsChinese('abc 中文'));
    assert.ok(!containsChinese('plain ASCII text, 123'));
  });
});
