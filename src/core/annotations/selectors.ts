/**
 * The one owner of W3C selectors in this code base: the context length, surrogate pairs, building
 * TextQuote/TextPosition selectors from a range of the text and reading them back from foreign JSON.
 * Shaped after hypothesis/client `src/annotator/anchoring/types.ts`: one class per selector kind,
 * each built from a range or from a selector, and turned into a selector or a range.
 *
 * Offsets are UTF-16 code units of the document text (the sidecar's unit); converting to and from
 * the code points of the Web Annotation model is the export/import's job (CodePointIndex).
 * Pure: no `vscode` import.
 */
import type { AnnotationTarget, TextPositionSelector, TextQuoteSelector } from './model';

/** Characters of context stored either side of the quote (UTF-16 code units), as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Up to CONTEXT_LENGTH code units before `start`, never starting inside a surrogate pair. */
export function prefixAt(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, from)) from += 1;
  return text.slice(from, start);
}

/** Up to CONTEXT_LENGTH code units after `end`, never ending inside a surrogate pair. */
export function suffixAt(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return text.slice(end, to);
}

/** A range of the text: start/end in UTF-16 code units, never splitting a surrogate pair. */
export class TextPositionAnchor {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /**
   * The anchor of a non-empty range inside the text, widened to whole code points; throws
   * RangeError for an empty, reversed, fractional or out-of-bounds range.
   */
  static fromRange(text: string, start: number, end: number): TextPositionAnchor {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
      throw new RangeError(`invalid annotation range ${start}..${end} in a text of length ${text.length}`);
    }
    return new TextPositionAnchor(text, splitsSurrogatePair(text, start) ? start - 1 : start, splitsSurrogatePair(text, end) ? end + 1 : end);
  }

  /** The anchor of a stored position selector, or null when it is empty or outside the text. */
  static fromSelector(text: string, selector: TextPositionSelector): TextPositionAnchor | null {
    const { start, end } = selector;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return null;
    return TextPositionAnchor.fromRange(text, start, end);
  }

  toSelector(): TextPositionSelector {
    return { type: 'TextPositionSelector', start: this.start, end: this.end };
  }

  /** The quote of this range with up to CONTEXT_LENGTH units of context either side. */
  toQuoteAnchor(): TextQuoteAnchor {
    return new TextQuoteAnchor(this.text, this.text.slice(this.start, this.end), {
      prefix: prefixAt(this.text, this.start),
      suffix: suffixAt(this.text, this.end),
    });
  }
}

/** A quote with its context; where it is now is the anchoring module's question (`anchorOne`). */
export class TextQuoteAnchor {
  constructor(
    readonly text: string,
    readonly exact: string,
    readonly context: { prefix: string; suffix: string } = { prefix: '', suffix: '' },
  ) {}

  static fromRange(text: string, start: number, end: number): TextQuoteAnchor {
    return TextPositionAnchor.fromRange(text, start, end).toQuoteAnchor();
  }

  static fromSelector(text: string, selector: TextQuoteSelector): TextQuoteAnchor {
    return new TextQuoteAnchor(text, selector.exact, { prefix: selector.prefix, suffix: selector.suffix });
  }

  toSelector(): TextQuoteSelector {
    return { type: 'TextQuoteSelector', exact: this.exact, prefix: this.context.prefix, suffix: this.context.suffix };
  }

  /** True when this quote and its whole context are at `start` in the text. */
  isAt(start: number): boolean {
    const { prefix, suffix } = this.context;
    return (
      start >= prefix.length &&
      this.text.startsWith(this.exact, start) &&
      this.text.startsWith(prefix, start - prefix.length) &&
      this.text.startsWith(suffix, start + this.exact.length)
    );
  }
}

/**
 * The selectors of `text.slice(start, end)`: the quote with up to CONTEXT_LENGTH code units of
 * prefix and suffix, clipped at the document bounds, never cutting a surrogate pair in half
 * (the context is shortened by one unit instead). A range that itself splits a pair is widened.
 */
export function targetFor(text: string, start: number, end: number): AnnotationTarget {
  const position = TextPositionAnchor.fromRange(text, start, end);
  return { quote: position.toQuoteAnchor().toSelector(), position: position.toSelector() };
}

/**
 * The quote selector of `text[start, end)`: `stored` when it still describes this place exactly
 * (so that an export keeps the sidecar's selector, whatever its context length), else rebuilt.
 */
export function quoteSelectorAt(text: string, start: number, end: number, stored: TextQuoteSelector | null = null): TextQuoteSelector {
  if (stored && stored.exact === text.slice(start, end) && TextQuoteAnchor.fromSelector(text, stored).isAt(start)) {
    return { type: 'TextQuoteSelector', exact: stored.exact, prefix: stored.prefix, suffix: stored.suffix };
  }
  return new TextPositionAnchor(text, start, end).toQuoteAnchor().toSelector();
}

type Json = Record<string, unknown>;

function typesOf(o: Json): string[] {
  const t = o.type ?? o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^(oa:|https?:\/\/www\.w3\.org\/ns\/oa#)/, ''));
}

/** A TextQuoteSelector read from foreign JSON, or null (not one, or an empty quote). */
export function readTextQuoteSelector(raw: unknown): TextQuoteSelector | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const s = raw as Json;
  if (!typesOf(s).includes('TextQuoteSelector') || typeof s.exact !== 'string' || s.exact === '') return null;
  return {
    type: 'TextQuoteSelector',
    exact: s.exact,
    prefix: typeof s.prefix === 'string' ? s.prefix : '',
    suffix: typeof s.suffix === 'string' ? s.suffix : '',
  };
}

/**
 * A TextPositionSelector read from foreign JSON, or null (not one, or not two non-negative integers
 * with start ≤ end). An empty range (a point) is returned: it is valid W3C, but it selects no text,
 * and the caller must not make an annotation of it.
 */
export function readTextPositionSelector(raw: unknown): TextPositionSelector | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const s = raw as Json;
  if (!typesOf(s).includes('TextPositionSelector')) return null;
  const start = Number(s.start);
  const end = Number(s.end);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) return null;
  return { type: 'TextPositionSelector', start, end };
}
