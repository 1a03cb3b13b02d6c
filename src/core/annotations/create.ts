/**
 * Building annotations and their W3C selectors from a selection in the current text.
 * Pure apart from the random id (crypto) and the default clock.
 */
import { randomBytes } from 'node:crypto';
import type { StoredAnnotation } from './model';
import { targetFor } from './selectors';

// The selector helpers lived here before selectors.ts; kept importable from this path.
export { CONTEXT_LENGTH, splitsSurrogatePair, targetFor } from './selectors';

export interface AnnotationFields {
  note: string;
  tag?: string | null;
  link?: string | null;
  author: string;
  now?: Date;
  id?: string;
}

export type AnnotationChanges = Partial<Pick<StoredAnnotation, 'note' | 'tag' | 'link' | 'author'>>;

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
