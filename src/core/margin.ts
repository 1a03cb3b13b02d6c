/**
 * The notes margin, pure part: which annotations lie in the visible part of the editor, where their
 * balloons go (the row of their first visible line × the line height), and how balloons that would
 * overlap are pushed down, in order, as Word does with its comment balloons. No `vscode` import: the
 * extension computes what is visible, the webview script measures the balloons and calls `stack`.
 *
 * The editor API gives visible *model* lines, not view rows. With word wrap a paragraph takes several
 * rows, so the row of a line is estimated (`columnBounds`, `rowsOf`) from the display width of the
 * visible lines and the height of the viewport: approximate, never out of order, never overlapping.
 */

/**
 * A range of visible model lines, both ends included (0-based, as `TextEditor.visibleRanges`), and
 * `hidden`: the display width of the first line's part scrolled out above (a wrapped paragraph
 * whose first rows are above the viewport; the range then starts inside the line).
 */
export interface LineRange {
  start: number;
  end: number;
  hidden?: number;
}

/** Something with a place in the document: a passage [start, end] or a visible range (offsets). */
export interface Span {
  start: number;
  end: number;
}

/** A passage placed in the margin: its first line and the display width before it in that line. */
export interface MarginAnchor {
  id: string;
  line: number;
  column: number;
}

/** What the margin lists for the visible part: annotations in view, and how many lie above and below. */
export interface MarginSelection<T extends Span & { id: string }> {
  visible: T[];
  /** The nearest annotation above the visible part, and how many there are. */
  above: { count: number; nearest: string | null };
  below: { count: number; nearest: string | null };
}

/** VS Code's rule for the editor's line height (`editor.lineHeight`, `editor.fontSize`). */
export function editorLineHeight(fontSize: number, lineHeight: number, isMac: boolean): number {
  const size = fontSize > 0 ? fontSize : 14;
  if (!(lineHeight > 0)) return Math.round(size * (isMac ? 1.5 : 1.35));
  if (lineHeight < 8) return Math.round(lineHeight * size); // a multiple of the font size
  return Math.round(lineHeight);
}

/**
 * The passages that meet a visible span (offsets; in document order, ties by their end), and the
 * counts around them. A passage inside a folded region between two visible spans is neither.
 */
export function selectVisible<T extends Span & { id: string }>(passages: readonly T[], visibleSpans: readonly Span[]): MarginSelection<T> {
  const sorted = [...passages].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = visibleSpans.length ? Math.min(...visibleSpans.map((r) => r.start)) : 0;
  const last = visibleSpans.length ? Math.max(...visibleSpans.map((r) => r.end)) : -1;
  const visible: T[] = [];
  const above: T[] = [];
  const below: T[] = [];
  for (const a of sorted) {
    if (visibleSpans.some((r) => a.start <= r.end && a.end >= r.start)) visible.push(a);
    else if (a.end < first) above.push(a);
    else if (a.start > last) below.push(a);
  }
  return {
    visible,
    above: { count: above.length, nearest: above.length ? above[above.length - 1].id : null },
    below: { count: below.length, nearest: below.length ? below[0].id : null },
  };
}

/** Display columns of a line as the editor wraps it: full-width (CJK) characters take two, a tab `tabSize`. */
export function displayWidth(text: string, tabSize = 4): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '\t') w += tabSize - (w % tabSize);
    else w += isFullWidth(c) ? 2 : 1;
  }
  return w;
}

function isFullWidth(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** Rows a line of this width takes when a row holds `columns` columns (an empty line takes one). */
export function rowsOf(width: number, columns: number): number {
  if (!(columns > 0) || !Number.isFinite(columns)) return 1;
  return Math.max(1, Math.ceil(width / columns));
}

/** The column counts of one row that agree with what is visible: `lo` ≤ the editor's ≤ `hi`. */
export interface ColumnBounds {
  lo: number;
  hi: number;
}

/**
 * How many columns one row can hold, given what is visible: the lines before the last visible one
 * fit in the viewport (`viewportRows` rows), and, unless the document ends in view, all visible
 * lines reach its bottom. Bounds from earlier views of the same editor (`previous`, while its width
 * did not change) narrow them: scrolling makes the estimate better.
 */
export function columnBounds(widths: readonly number[], viewportRows: number, documentEndsInView: boolean, previous?: ColumnBounds): ColumnBounds {
  const widest = Math.max(1, ...widths);
  if (widths.length === 0 || !(viewportRows > 0)) return previous ?? { lo: widest, hi: Infinity };
  const rows = (ws: readonly number[], c: number) => ws.reduce((n, w) => n + rowsOf(w, c), 0);
  const fully = documentEndsInView ? widths : widths.slice(0, -1);
  let next: ColumnBounds;
  // Even unwrapped they do not fit (the viewport is smaller than thought), or unwrapped they fill it
  // already: nothing says that a visible line wraps.
  if (rows(fully, widest) > viewportRows || (!documentEndsInView && widths.length >= viewportRows)) next = { lo: widest, hi: Infinity };
  else {
    let lo = 1;
    let hi = widest;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (rows(fully, mid) <= viewportRows) hi = mid;
      else lo = mid + 1;
    }
    const smallest = lo;
    if (documentEndsInView || rows(widths, smallest) < viewportRows) next = { lo: smallest, hi: documentEndsInView ? Infinity : smallest };
    else {
      hi = widest;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (rows(widths, mid) >= viewportRows) lo = mid;
        else hi = mid - 1;
      }
      next = { lo: smallest, hi: lo };
    }
  }
  if (!previous) return next;
  const lo = Math.max(previous.lo, next.lo);
  const hi = Math.min(previous.hi, next.hi);
  return lo <= hi ? { lo, hi } : next; // disagreeing: the editor was resized
}

/**
 * The column count to lay out with: the widest that agrees with what is visible (the last visible
 * line taken to end at the bottom; in simulations its worst error is smaller than the middle's),
 * or the narrowest when only that is known (the end of the document in view).
 */
export function columnsOf(bounds: ColumnBounds): number {
  return Number.isFinite(bounds.hi) ? bounds.hi : bounds.lo;
}

/** The visible width of each visible line: its display width, less the part scrolled out for a range's first line. */
export function visibleWidths(ranges: readonly LineRange[], widths: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  for (const r of ranges) {
    for (let line = r.start; line <= r.end; line++, i++) out.push(Math.max(0, (widths[i] ?? 0) - (line === r.start ? (r.hidden ?? 0) : 0)));
  }
  return out;
}

/**
 * The top (in pixels, from the first visible row) of each anchor: the rows of the visible lines
 * before its line, plus the rows of its line before its column (`columns` per row; `Infinity`
 * without wrapping), times the line height. `widths` are the display widths of the visible lines in
 * the order of `ranges`; an anchor that starts above the visible part goes to the top.
 */
export function desiredTops(anchors: readonly MarginAnchor[], ranges: readonly LineRange[], widths: readonly number[], columns: number, lineHeight: number): Map<string, number> {
  const shown = visibleWidths(ranges, widths);
  const rowOfLine = new Map<number, { row: number; hidden: number }>();
  let row = 0;
  let i = 0;
  for (const r of ranges) {
    for (let line = r.start; line <= r.end; line++) {
      rowOfLine.set(line, { row, hidden: line === r.start ? (r.hidden ?? 0) : 0 });
      row += rowsOf(shown[i++], columns);
    }
  }
  const tops = new Map<string, number>();
  for (const a of anchors) {
    const at = rowOfLine.get(a.line);
    const range = ranges.find((r) => a.line <= r.end);
    let rowOf = 0;
    if (at) rowOf = at.row + (Number.isFinite(columns) && columns > 0 ? Math.floor(Math.max(0, a.column - at.hidden) / columns) : 0);
    else if (range && a.line < range.start) rowOf = rowOfLine.get(range.start)?.row ?? 0; // starts above (or in a fold): the top of what follows
    else continue;
    tops.set(a.id, rowOf * lineHeight);
  }
  return tops;
}

export interface Balloon {
  id: string;
  /** Where it would like to be (the top of its passage). */
  top: number;
  height: number;
}

/**
 * Places balloons in order of their desired top (ties keep their order), each at its desired top or
 * just below the previous one (`gap` pixels apart), never above `minTop`: no overlap, order kept.
 */
export function stack(balloons: readonly Balloon[], gap = 4, minTop = 0): { id: string; top: number; height: number }[] {
  const ordered = balloons.map((b, i) => ({ b, i })).sort((x, y) => x.b.top - y.b.top || x.i - y.i);
  const placed: { id: string; top: number; height: number }[] = [];
  let next = minTop;
  for (const { b } of ordered) {
    const top = Math.max(b.top, next);
    placed.push({ id: b.id, top, height: b.height });
    next = top + Math.max(0, b.height) + gap;
  }
  return placed;
}
