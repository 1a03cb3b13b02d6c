import * as assert from 'node:assert/strict';
import { insideWindow, sameSpans, spansIn, windowAround, type LineWindow } from '../../src/core/drawWindow';
import { mulberry32 } from './helpers';

const w = (firstLine: number, lastLine: number): LineWindow => ({ firstLine, lastLine });

/* visible lines, line count, margin → drawn lines */
const WINDOWS: [LineWindow[], number, number, LineWindow][] = [
  [[w(1000, 1040)], 5000, 300, w(700, 1340)],
  [[w(0, 40)], 5000, 300, w(0, 340)], // top of the document
  [[w(4980, 4999)], 5000, 300, w(4680, 4999)], // bottom
  [[w(10, 20)], 15, 300, w(0, 14)], // shorter than the margin
  [[w(100, 120), w(900, 930)], 5000, 50, w(50, 980)], // folded regions: several visible ranges
  [[], 5000, 300, w(0, 300)], // not laid out yet: the beginning
  [[], 0, 300, w(0, 0)],
];

/* visible lines, drawn window, line count → still inside (no redraw)? */
const INSIDE: [LineWindow[], LineWindow, number, boolean][] = [
  [[w(1000, 1040)], w(700, 1340), 5000, true],
  [[w(1200, 1240)], w(700, 1340), 5000, true], // scrolled a page down
  [[w(1260, 1300)], w(700, 1340), 5000, false], // near the bottom of the window: redraw before it shows
  [[w(720, 760)], w(700, 1340), 5000, false], // near the top
  [[w(0, 40)], w(0, 340), 5000, true], // at the top of the document there is nothing above
  [[w(4960, 4999)], w(4680, 4999), 5000, true], // at the end there is nothing below
  [[w(3000, 3040)], w(700, 1340), 5000, false], // jumped far away
  [[w(100, 120), w(1300, 1320)], w(700, 1340), 5000, false], // one of two ranges outside
];

const s = (start: number, end: number) => ({ start, end });

/* spans, [from, to) → the spans drawn */
const SPANS: [{ start: number; end: number }[], number, number, { start: number; end: number }[]][] = [
  [[s(0, 5), s(10, 20), s(30, 40)], 8, 31, [s(10, 20), s(30, 40)]],
  [[s(0, 5), s(10, 20)], 5, 10, []], // touching at the ends is not overlapping
  [[s(0, 100)], 40, 50, [s(0, 100)]], // a long quotation around the window
  [[s(5, 5)], 5, 9, [s(5, 5)]], // empty span at the start
  [[s(9, 9)], 5, 9, []], // empty span at the end: outside
  [[], 0, 10, []],
];

describe('drawWindow', () => {
  for (const [visible, lines, margin, expected] of WINDOWS) {
    it(`draws lines ${expected.firstLine}–${expected.lastLine} for ${JSON.stringify(visible)} of ${lines}`, () => assert.deepEqual(windowAround(visible, lines, margin), expected));
  }
  for (const [visible, drawn, lines, expected] of INSIDE) {
    it(`${expected ? 'keeps' : 'redraws'} window ${drawn.firstLine}–${drawn.lastLine} for ${JSON.stringify(visible)}`, () => assert.equal(insideWindow(visible, drawn, lines, 100), expected));
  }
  for (const [spans, from, to, expected] of SPANS) {
    it(`draws ${JSON.stringify(expected)} of ${JSON.stringify(spans)} in [${from}, ${to})`, () => assert.deepEqual(spansIn(spans, from, to), expected));
  }
  it('sameSpans compares offsets and order, not identity', () => {
    assert.equal(sameSpans([s(1, 2), s(3, 4)], [s(1, 2), s(3, 4)]), true);
    assert.equal(sameSpans([s(1, 2), s(3, 4)], [s(3, 4), s(1, 2)]), false);
    assert.equal(sameSpans([s(1, 2)], [s(1, 3)]), false);
    assert.equal(sameSpans([s(1, 2)], [s(1, 2), s(3, 4)]), false);
    assert.equal(sameSpans(undefined, []), false); // never drawn: draw, even nothing
    assert.equal(sameSpans([], []), true);
  });
  it('spansIn keeps every span that overlaps, seeded random spans (checked against a naive overlap test)', () => {
    const rnd = mulberry32(1313);
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: 50 }, () => {
        const start = Math.floor(rnd() * 1000);
        return s(start, start + 1 + Math.floor(rnd() * 30));
      }).sort((a, b) => a.start - b.start);
      const from = Math.floor(rnd() * 1000);
      const to = from + Math.floor(rnd() * 300);
      const naive = spans.filter((x) => Math.max(x.start, from) < Math.min(x.end, to));
      assert.deepEqual(spansIn(spans, from, to), naive);
    }
  });
});
