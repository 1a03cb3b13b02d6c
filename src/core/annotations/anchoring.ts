/**
 * Re-anchoring stored annotations on a text that may have changed since they were made
 * (a git pull, an edit outside the editor, an import onto another version of the document).
 * Where one quote is now is placement.ts's job (candidates scored together; the place whose
 * context still fits wins over another copy of the same words; otherwise an orphan).
 *
 * The expected position of an annotation is its stored start shifted by the displacement of the
 * nearest annotation before it that has already been placed: after an insertion near the top,
 * everything below is found where it should be without scanning the whole text.
 *
 * Every function here returns new objects and never changes its arguments.
 */
import { locateQuote, type Placement } from './placement';
import { targetFor } from './selectors';
import { applyEdits, type TextEdit } from './tracking';
import type { AnchoredAnnotation, StoredAnnotation } from './model';

export interface AnchorOptions {
  /** Where the quote is expected to start now; defaults to the stored start. */
  hint?: number;
}

function anchored(annotation: StoredAnnotation, p: Placement | null): AnchoredAnnotation {
  return p ? { annotation, start: p.start, end: p.end, status: p.status } : { annotation, start: null, end: null, status: 'orphan' };
}

function place(text: string, annotation: StoredAnnotation, hint: number): Placement | null {
  const { quote, position } = annotation.target;
  return locateQuote(text, quote, position.start, Math.min(text.length, Math.max(0, hint)));
}

/** Anchors one annotation on `text`. */
export function anchorOne(text: string, annotation: StoredAnnotation, opts: AnchorOptions = {}): AnchoredAnnotation {
  return anchored(annotation, place(text, annotation, opts.hint ?? annotation.target.position.start));
}

/**
 * Anchors every annotation on `text`; results are in the order of `annotations`. The expected
 * position of each is its stored start shifted like its nearest placed predecessor.
 */
export function anchorAll(text: string, annotations: readonly StoredAnnotation[]): AnchoredAnnotation[] {
  const order = annotations.map((_, i) => i);
  order.sort((a, b) => annotations[a].target.position.start - annotations[b].target.position.start || a - b);
  const results: AnchoredAnnotation[] = new Array(annotations.length);
  let shift = 0;
  for (const i of order) {
    const a = annotations[i];
    const stored = a.target.position.start;
    const p = place(text, a, stored + shift);
    if (p) shift = p.start - stored;
    results[i] = anchored(a, p);
  }
  return results;
}

/**
 * The stored form after anchoring: selectors rebuilt from the current text (position, prefix,
 * suffix; for a fuzzy match the exact quote too). An orphan keeps its selectors, marked orphan.
 * `modified` is not touched: re-anchoring is not a user's change.
 */
export function refreshSelectors(text: string, result: AnchoredAnnotation): StoredAnnotation {
  const { annotation } = result;
  if (result.status === 'orphan' || result.start === null || result.end === null) {
    return { ...annotation, orphan: true, target: { quote: { ...annotation.target.quote }, position: { ...annotation.target.position } } };
  }
  const { orphan: _dropped, ...rest } = annotation;
  return { ...rest, target: targetFor(text, result.start, result.end) };
}

/**
 * What a store persists: every anchored annotation with its selectors refreshed from `text`, and
 * the anchored list over the refreshed annotations (new objects; the arguments are not changed).
 */
export function refreshAll(
  text: string,
  results: readonly AnchoredAnnotation[],
): { annotations: StoredAnnotation[]; anchored: AnchoredAnnotation[] } {
  const annotations = results.map((r) => refreshSelectors(text, r));
  return { annotations, anchored: results.map((r, i) => ({ ...r, annotation: annotations[i] })) };
}

/**
 * The anchored annotations after one editor change event (`edits` in offsets of the text before
 * it, `text` the text after it): ranges follow the edits; a range whose text was removed is
 * anchored again from its quote; an orphan comes back when the edits bring its quote back (undo,
 * a restored paragraph). New objects; the arguments are not changed.
 */
export function followEdits(text: string, results: readonly AnchoredAnnotation[], edits: readonly TextEdit[]): AnchoredAnnotation[] {
  const live = results.filter((r) => r.start !== null && r.end !== null);
  const mapped = applyEdits(
    live.map((r) => ({ start: r.start!, end: r.end! })),
    edits,
  );
  const next = new Map<AnchoredAnnotation, AnchoredAnnotation>();
  live.forEach((r, i) => {
    const m = mapped[i];
    next.set(r, m && m.end > m.start ? { ...r, start: m.start, end: m.end } : anchorOne(text, r.annotation));
  });
  const inserted = edits.reduce((n, e) => n + e.newText.length, 0);
  return results.map((r) => {
    const moved = next.get(r);
    if (moved) return moved;
    if (inserted < r.annotation.target.quote.exact.length || !text.includes(r.annotation.target.quote.exact)) return { ...r };
    return anchorOne(text, r.annotation);
  });
}

/** Re-targets an annotation (typically an orphan) to a new selection; clears `orphan`. */
export function reattach(annotation: StoredAnnotation, text: string, start: number, end: number, now: Date = new Date()): StoredAnnotation {
  const { orphan: _dropped, ...rest } = annotation;
  return { ...rest, modified: now.toISOString(), target: targetFor(text, start, end) };
}

/** The annotations that could not be anchored. */
export function orphansOf(results: readonly AnchoredAnnotation[]): AnchoredAnnotation[] {
  return results.filter((r) => r.status === 'orphan');
}
