/**
 * Building annotations and their W3C selectors from a selection in the current text.
 * Pure apart from the random id (crypto) and the default clock.
 */
import { randomBytes } from 'node:crypto';
import type { AnnotationTarget, StoredAnnotation } from './model';

/** Characters of context stored either side of the quote (UTF-16 code units), as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

export interface AnnotationFields {
  note: string;
  tag?: string | null;
  link?: string | null;
  author: string;
  now?: Date;
  id?: string;
}

export type AnnotationChanges = Partial<Pick<StoredAnnotation, 'note' | 'tag' | 'link' | 'author'>>;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/**
 * The selectors of `text.slice(start, end)`: the quote with up to CONTEXT_LENGTH code units of
 * prefix and suffix, clipped at the document bounds, never cutting a surrogate pair in half
 * (the context is shortened by one unit instead). A range that itself splits a pair is widened.
 */
export function targetFor(text: string, start: number, end: number): AnnotationTarget {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid annotation range ${start}..${end} in a text of length ${text.length}`);
  }
  if (splitsSurrogatePair(text, start)) start -= 1;
  if (splitsSurrogatePair(text, end)) end += 1;
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** A new random id: `a-` and 12 base-36 characters (about 62 bits). */
export function newAnnotationId(): string {
  const bytes = randomBytes(8);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return 'a-' + (n % 36n ** 12n).toString(36).padStart(12, '0');
}

/** A new annotation on `text.slice(start, end)`. Throws RangeError for an empty or out-of-bounds range. */
export function createAnnotation(
  text: string,
  start: number,
  end: number,
  fields: AnnotationFields,
): StoredAnnotation {
  const stamp = (fields.now ?? new Date()).toISOString();
  return {
    id: fields.id ?? newAnnotationId(),
    created: stamp,
    modified: stamp,
    author: fields.author,
    tag: fields.tag ?? null,
    note: fields.note,
    link: fields.link ?? null,
    target: targetFor(text, start, end),
  };
}

/** A copy with the user-editable fields changed and `modified` set to `now`. */
export function updateAnnotation(
  annotation: StoredAnnotation,
  changes: AnnotationChanges,
  now: Date = new Date(),
): StoredAnnotation {
  const next: StoredAnnotation = { ...annotation, modified: now.toISOString() };
  if (changes.note !== undefined) next.note = changes.note;
  if (changes.tag !== undefined) next.tag = changes.tag;
  if (changes.link !== undefined) next.link = changes.link;
  if (changes.author !== undefined) next.author = changes.author;
  return next;
}
