/**
 * The notes margin's pure part (src/core/margin.ts): which annotations are in view, the line height,
 * the display width and the wrap estimate, the desired tops, and the collision pushing. Rule tables
 * (input → expected) and one seeded property test of `stack`; plus the page's CSP.
 */
import * as assert from 'node:assert/strict';
import { columnBounds, columnsOf, desiredTops, displayWidth, editorLineHeight, rowsOf, selectVisible, stack, visibleWidths, type ColumnBounds, type MarginAnchor, type Span } from '../../src/core/margin';
import { marginHtml } from '../../src/core/marginView';
import { mulberry32 } from './helpers';

/** A passage at these positions (offsets; the table uses small numbers). */
const a = (id: string, start: number, end = start): Span & { id: string } => ({ id, start, end });
const at = (id: string, line: number, column = 0): MarginAnchor => ({ id, line, column });

describe('notes margin: what is in view', () => {
  const anchors = [a('p1', 2), a('p2', 10, 12), a('p3', 20), a('p4', 35), a('p5', 50), a('p6', 18, 25)];
  const cases: { name: string; ranges: Span[]; visible: string[]; above: [number, string | null]; below: [number, string | null] }[] = [
    { name: 'the middle of the document', ranges: [{ start: 15, end: 30 }], visible: ['p6', 'p3'], above: [2, 'p2'], below: [2, 'p4'] },
    { name: 'a passage that starts above the view and reaches into it', ranges: [{ start: 11, end: 16 }], visible: ['p2'], above: [1, 'p1'], below: [4, 'p6'] },
    { name: 'a passage that starts at the last visible position', ranges: [{ start: 0, end: 10 }], visible: ['p1', 'p2'], above: [0, null], below: [4, 'p6'] },
    { name: 'nothing in view', ranges: [{ start: 26, end: 34 }], visible: [], above: [4, 'p3'], below: [2, 'p4'] },
    { name: 'a fold hides the lines between two ranges', ranges: [{ start: 0, end: 3 }, { start: 30, end: 40 }], visible: ['p1', 'p4'], above: [0, null], below: [1, 'p5'] },
    { name: 'the end of the document', ranges: [{ start: 40, end: 60 }], visible: ['p5'], above: [5, 'p4'], below: [0, null] },
    { name: 'no visible range (an editor not laid out yet)', ranges: [], visible: [], above: [0, null], below: [6, 'p1'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = selectVisible(anchors, c.ranges);
      assert.deepEqual(
        s.visible.map((x) => x.id),
        c.visible,
      );
      assert.deepEqual([s.above.count, s.above.nearest], c.above);
      assert.deepEqual([s.below.count, s.below.nearest], c.below);
    });
  }

  it('lists the visible ones in document order whatever order they come in', () => {
    const s = selectVisible([a('late', 90), a('early', 30), a('same-longer', 50, 70), a('same-shorter', 50, 60)], [{ start: 0, end: 100 }]);
    assert.deepEqual(
      s.visible.map((x) => x.id),
      ['early', 'same-shorter', 'same-longer', 'late'],
    );
  });

  it('counts the nearest above by its place, not by its id', () => {
    const s = selectVisible([a('z-first', 40, 45), a('a-second', 60, 65)], [{ start: 100, end: 200 }]);
    assert.equal(s.above.nearest, 'a-second');
  });
});

describe('notes margin: line height, display width, rows', () => {
  const heights: [number, number, boolean, number][] = [
    [14, 0, false, 19], // VS Code's default on Linux and Windows: 14 × 1.35
    [14, 0, true, 21], // on macOS: 14 × 1.5
    [14, 24, false, 24], // the [policy-text] default
    [16, 1.5, false, 24], // below 8: a multiple of the font size
    [0, 0, false, 19], // no font size set: 14
    [20, 30.4, false, 30],
  ];
  for (const [fontSize, lineHeight, mac, expected] of heights) {
    it(`editor.fontSize ${fontSize}, editor.lineHeight ${lineHeight}${mac ? ' (macOS)' : ''} → ${expected} px`, () => assert.equal(editorLineHeight(fontSize, lineHeight, mac), expected));
  }

  const widths: [string, number][] = [
    ['', 0],
    ['abc', 3],
    ['粮食产量', 8],
    ['2023年GDP增长5.2%', 4 + 2 + 3 + 4 + 4],
    ['“十四五”规划', 2 * 7 - 2], // curly quotes are narrow in the editor's monospace font
    ['，。：', 6], // full-width punctuation
    ['\tx', 5],
    ['𠀀', 2], // a supplementary-plane ideograph counts once
  ];
  for (const [text, expected] of widths) {
    it(`display width of ${JSON.stringify(text)} is ${expected}`, () => assert.equal(displayWidth(text, 4), expected));
  }

  const rows: [number, number, number][] = [
    [0, 80, 1],
    [80, 80, 1],
    [81, 80, 2],
    [400, 80, 5],
    [400, Infinity, 1],
    [400, 0, 1],
  ];
  for (const [width, columns, expected] of rows) {
    it(`a line ${width} wide in rows of ${columns} takes ${expected}`, () => assert.equal(rowsOf(width, columns), expected));
  }
});

describe('notes margin: wrap estimate', () => {
  /** The rows the editor really shows for lines this wide with this many columns, top to bottom, cut at the viewport. */
  function editorShows(all: number[], columns: number, viewportRows: number): number[] {
    const out: number[] = [];
    let used = 0;
    for (const w of all) {
      if (used >= viewportRows) break;
      out.push(w);
      used += rowsOf(w, columns);
    }
    return out;
  }

  /** A document of wrapped Chinese paragraphs and short lines, and an editor of unknown width. */
  function scene(random: () => number): { columns: number; lines: number[]; viewportRows: number } {
    return {
      columns: 40 + Math.floor(random() * 120),
      lines: Array.from({ length: 200 }, () => (random() < 0.3 ? Math.floor(random() * 30) : Math.floor(random() * 800))),
      viewportRows: 10 + Math.floor(random() * 40),
    };
  }

  it('the editor’s real row width always lies within the bounds, and scrolling narrows them (seeded)', () => {
    const random = mulberry32(7);
    for (let round = 0; round < 300; round++) {
      const { columns, lines, viewportRows } = scene(random);
      let bounds: ColumnBounds | undefined;
      let width = Infinity;
      for (let view = 0; view < 4; view++) {
        const seen = editorShows(lines.slice(Math.floor(random() * 150)), columns, viewportRows);
        bounds = columnBounds(seen, viewportRows, false, bounds);
        assert.ok(bounds.lo <= columns && (columns <= bounds.hi || Math.max(...seen) <= bounds.lo), `round ${round}, view ${view}: ${columns} outside [${bounds.lo}, ${bounds.hi}]`);
        assert.ok(bounds.hi - bounds.lo <= width, 'never wider than before');
        width = bounds.hi - bounds.lo;
      }
    }
  });

  it('places every visible passage within 40 % of the viewport of its true row, 10 % in nine cases of ten after three views (seeded)', () => {
    // Without the estimate (one row per line) the same measure gives 67 % of the viewport at the median, 95 % at worst.
    const random = mulberry32(13);
    const errors: number[] = [];
    for (let round = 0; round < 300; round++) {
      const { columns, lines, viewportRows } = scene(random);
      let bounds: ColumnBounds | undefined;
      let seen: number[] = [];
      for (let view = 0; view < 3; view++) {
        seen = editorShows(lines.slice(Math.floor(random() * 150)), columns, viewportRows);
        bounds = columnBounds(seen, viewportRows, false, bounds);
      }
      const estimate = columnsOf(bounds!);
      let truth = 0;
      let guess = 0;
      let worst = 0;
      for (const w of seen) {
        for (const at of [0, w / 2, w]) {
          const row = truth + Math.floor(at / columns);
          if (row < viewportRows) worst = Math.max(worst, Math.abs(row - (guess + Math.floor(at / estimate))));
        }
        truth += rowsOf(w, columns);
        guess += rowsOf(w, estimate);
      }
      assert.ok(worst <= 0.4 * viewportRows, `round ${round}: ${worst} rows off in ${viewportRows} (columns ${columns}, estimate ${estimate})`);
      errors.push(worst / viewportRows);
    }
    errors.sort((x, y) => x - y);
    assert.ok(errors[Math.floor(0.9 * (errors.length - 1))] <= 0.1, `90th percentile ${errors[Math.floor(0.9 * (errors.length - 1))]}`);
  });

  it('sees no wrapping when every visible line is short (then each takes one row)', () => {
    const widths = Array.from({ length: 30 }, (_, i) => 10 + i);
    const c = columnsOf(columnBounds(widths, 30, false));
    assert.ok(widths.every((w) => rowsOf(w, c) === 1));
  });

  it('at the end of the document knows only the narrowest width that fits, and keeps what scrolling taught', () => {
    // 100 + 100 + 20 columns in 30 rows fit with 8 columns or more.
    assert.deepEqual(columnBounds([100, 100, 20], 30, true), { lo: 8, hi: Infinity });
    assert.equal(columnsOf(columnBounds([100, 100, 20], 30, true)), 8);
    assert.deepEqual(columnBounds([100, 100, 20], 30, true, { lo: 40, hi: 50 }), { lo: 40, hi: 50 });
  });

  it('starts again when the views disagree (the editor was resized)', () => {
    assert.deepEqual(columnBounds([100, 100, 20], 30, true, { lo: 2, hi: 5 }), { lo: 8, hi: Infinity });
  });

  it('does not fail on nothing visible or a zero viewport', () => {
    assert.deepEqual(columnBounds([], 30, false), { lo: 1, hi: Infinity });
    assert.deepEqual(columnBounds([50], 0, false, { lo: 60, hi: 70 }), { lo: 60, hi: 70 });
  });
});

describe('notes margin: tops and collisions', () => {
  it('places a balloon at the row of its passage: rows of the lines before, then rows of its line before it', () => {
    const ranges = [{ start: 10, end: 14 }];
    const widths = [50, 250, 0, 180, 40]; // lines 10..14 in rows of 100 columns: 1, 3, 1, 2, 1 rows
    const tops = desiredTops([at('x', 10), at('y', 11), at('y2', 11, 230), at('z', 13, 120), at('w', 5)], ranges, widths, 100, 24);
    assert.equal(tops.get('x'), 0);
    assert.equal(tops.get('y'), 24);
    assert.equal(tops.get('y2'), (1 + 2) * 24, 'the third row of line 11');
    assert.equal(tops.get('z'), (1 + 3 + 1 + 1) * 24, 'the second row of line 13');
    assert.equal(tops.get('w'), 0, 'a passage that starts above the view goes to the top');
  });

  it('starts counting at the first visible row of a paragraph scrolled half out', () => {
    // Line 10 is 500 columns wide; its first 300 (three rows of 100) are above the viewport.
    const ranges = [{ start: 10, end: 11, hidden: 300 }];
    assert.deepEqual(visibleWidths(ranges, [500, 80]), [200, 80]);
    const tops = desiredTops([at('in-hidden-part', 10, 120), at('fourth-row', 10, 350), at('next', 11)], ranges, [500, 80], 100, 20);
    assert.equal(tops.get('in-hidden-part'), 0);
    assert.equal(tops.get('fourth-row'), 0, 'the fourth row of the line is the first visible row');
    assert.equal(tops.get('next'), 2 * 20);
  });

  it('without wrapping every line is one row, whatever its width', () => {
    const tops = desiredTops([at('a', 0, 900), at('b', 2, 10)], [{ start: 0, end: 3 }], [1000, 1000, 1000, 5], Infinity, 19);
    assert.equal(tops.get('a'), 0);
    assert.equal(tops.get('b'), 2 * 19);
  });

  it('counts rows across a fold as consecutive', () => {
    const tops = desiredTops([at('after', 30)], [{ start: 0, end: 2 }, { start: 30, end: 31 }], [1, 1, 1, 1, 1], 80, 20);
    assert.equal(tops.get('after'), 60);
  });

  const stacks: { name: string; input: [string, number, number][]; expected: [string, number][] }[] = [
    { name: 'apart: each at its place', input: [['a', 0, 30], ['b', 100, 30]], expected: [['a', 0], ['b', 100]] },
    { name: 'colliding: the second pushed below the first', input: [['a', 0, 50], ['b', 20, 30]], expected: [['a', 0], ['b', 54]] },
    { name: 'a chain pushes all that follow', input: [['a', 0, 50], ['b', 10, 50], ['c', 60, 10], ['d', 200, 10]], expected: [['a', 0], ['b', 54], ['c', 108], ['d', 200]] },
    { name: 'same line: the order given is kept', input: [['first', 48, 20], ['second', 48, 20]], expected: [['first', 48], ['second', 72]] },
    { name: 'out of order input: sorted by place', input: [['low', 300, 10], ['high', 0, 10]], expected: [['high', 0], ['low', 300]] },
    { name: 'never above the top bar', input: [['a', 0, 10]], expected: [['a', 18]] },
  ];
  for (const c of stacks) {
    it(c.name, () => {
      const minTop = c.name.includes('top bar') ? 18 : 0;
      const placed = stack(
        c.input.map(([id, top, height]) => ({ id, top, height })),
        4,
        minTop,
      );
      assert.deepEqual(
        placed.map((p) => [p.id, p.top]),
        c.expected,
      );
    });
  }

  it('never overlaps, keeps order, and never moves a balloon up (seeded)', () => {
    const random = mulberry32(2026);
    for (let round = 0; round < 300; round++) {
      const input = Array.from({ length: 1 + Math.floor(random() * 15) }, (_, i) => ({ id: `b${i}`, top: Math.floor(random() * 800), height: 10 + Math.floor(random() * 120) }));
      const placed = stack(input, 4);
      assert.equal(placed.length, input.length);
      const want = new Map(input.map((b) => [b.id, b.top]));
      for (let i = 0; i < placed.length; i++) {
        assert.ok(placed[i].top >= want.get(placed[i].id)!, 'never above its passage');
        if (i > 0) {
          assert.ok(placed[i].top >= placed[i - 1].top + placed[i - 1].height + 4, `round ${round}: ${placed[i - 1].id} and ${placed[i].id} overlap`);
          assert.ok(want.get(placed[i].id)! >= want.get(placed[i - 1].id)!, 'in the order of their passages');
        }
      }
    }
  });
});

describe('notes margin: the page', () => {
  const html = marginHtml({ cspSource: 'vscode-resource:', nonce: 'N0nce', scriptUri: 'vscode-resource:/dist/margin.js', lang: 'zh-cn', title: '页边批注 <b>', labels: { edit: 'Edit', delete: 'Delete', save: 'Save', cancel: 'Cancel', confirmDelete: 'Delete "this"?', yes: 'Delete', no: 'Keep', above: '▲ {0}', below: '▼ {0}', orphans: '{0}', noTag: '(no tag)', saveHint: 'Ctrl+Enter' } });

  it('has a strict CSP: scripts and styles only with the nonce, nothing inline or remote', () => {
    const csp = /content="([^"]*)"/.exec(html.slice(html.indexOf('Content-Security-Policy')))![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
    assert.match(html, /<script nonce="N0nce" src="vscode-resource:\/dist\/margin.js"><\/script>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
  });

  it('escapes what it writes into the page', () => {
    assert.match(html, /<title>页边批注 &lt;b&gt;<\/title>/);
    assert.match(html, /data-labels="[^"]*Delete \\&quot;this\\&quot;\?/);
  });
});
