/**
 * Following annotation ranges through edits while the user types.
 *
 * One event carries several changes, each in the offsets of the text before the event (like
 * VS Code's `contentChanges`: rangeOffset, rangeLength, text), non-overlapping, in any order.
 * Applying them from the last to the first keeps every change's offsets valid, because a change
 * only moves the text after it.
 */

export interface TextEdit {
  /** Start offset of the replaced range in the text before the event. */
  start: number;
  /** End offset (exclusive) of the replaced range in the text before the event. */
  end: number;
  newText: string;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** The edits from the last to the first (the order in which they can be applied one by one). */
function lastFirst(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
}

/**
 * Where one range goes through one edit, or null when the edit removes all of it.
 * - before the range / after it: unchanged / shifted;
 * - an insertion exactly at the start goes before the range, exactly at the end stays outside;
 * - an edit inside the range grows or shrinks it;
 * - an edit overlapping one end cuts the range there; replacement text at that end joins it
 *   (it replaced annotated text);
 * - an edit that covers the whole range (deletion or replacement) collapses it: null, and the
 *   caller re-anchors the annotation on the new text.
 */
function mapRange(range: OffsetRange, edit: TextEdit): OffsetRange | null {
  const { start: s, end: e, newText } = edit;
  const delta = newText.length - (e - s);
  const { start: a, end: b } = range;
  if (s < e && s <= a && e >= b) return null;
  let start: number;
  if (a < s) start = a;
  else if (a >= e) start = a + delta;
  else start = s; // the range starts inside the replaced text
  let end: number;
  if (b <= s) end = b;
  else if (b > e) end = b + delta;
  else end = s + newText.length; // the range ends inside the replaced text
  return start < end ? { start, end } : null;
}

/** The ranges after the edits of one event (offsets before the event); null for a collapsed range. */
export function applyEdits(ranges: readonly OffsetRange[], edits: readonly TextEdit[]): (OffsetRange | null)[] {
  const ordered = lastFirst(edits);
  return ranges.map((range) => {
    let current: OffsetRange | null = { start: range.start, end: range.end };
    for (const edit of ordered) {
      current = mapRange(current, edit);
      if (!current) break;
    }
    return current;
  });
}

/** The text after the edits of one event (offsets before the event). */
export function applyEditsToText(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of lastFirst(edits)) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
