/**
 * Which findings an editor draws. A large document draws only those in the lines around what is
 * visible (a window), refreshed when the view scrolls out of it; and an editor is not sent the same
 * ranges twice. Pure: offsets and lines in, offsets out.
 */

export interface OffsetSpan {
  start: number;
  end: number;
}

/** Lines above and below the visible ones that are drawn too (scrolling a page stays inside). */
export const WINDOW_MARGIN_LINES = 150;

/** Documents with more findings than this are drawn by window; smaller ones whole (overview ruler). */
export const WINDOW_MIN_FINDINGS = 4000;

export interface LineWindow {
  firstLine: number;
  lastLine: number;
}

/** The lines to draw for the visible lines, clamped to the document. */
export function windowAround(visible: readonly LineWindow[], lineCount: number, margin = WINDOW_MARGIN_LINES): LineWindow {
  if (visible.length === 0 || lineCount <= 0) return { firstLine: 0, lastLine: Math.max(0, Math.min(lineCount - 1, margin)) };
  const first = Math.min(...visible.map((v) => v.firstLine));
  const last = Math.max(...visible.map((v) => v.lastLine));
  return { firstLine: Math.max(0, first - margin), lastLine: Math.min(lineCount - 1, last + margin) };
}

/** Whether the visible lines still lie inside the drawn window with `slack` lines to spare at each end. */
export function insideWindow(visible: readonly LineWindow[], drawn: LineWindow, lineCount: number, slack = WINDOW_MARGIN_LINES / 3): boolean {
  for (const v of visible) {
    const top = drawn.firstLine === 0 ? 0 : drawn.firstLine + slack;
    const bottom = drawn.lastLine >= lineCount - 1 ? lineCount - 1 : drawn.lastLine - slack;
    if (v.firstLine < top || v.lastLine > bottom) return false;
  }
  return true;
}

/** The spans that overlap [from, to) (an empty span at `from` counts), in their order. */
export function spansIn<T extends OffsetSpan>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (const s of spans) if (s.end > from ? s.start < to : s.start === from && s.end === from) out.push(s);
  return out;
}

/** Same ranges in the same order (what an editor shows would not change). */
export function sameSpans(a: readonly OffsetSpan[] | undefined, b: readonly OffsetSpan[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start || a[i].end !== b[i].end) return false;
  return true;
}
