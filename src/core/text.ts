/**
 * Small, generic text helpers shared by the detectors: line spans (CRLF-aware), blank-line tests,
 * trimming by offsets, sentence punctuation and Han-character tests, sentence splitting.
 * Everything works on UTF-16 offsets into the original string; nothing copies large slices.
 */

/** One line of the text: `start..end` excludes the line break; `next` is where the following line starts. */
export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

/**
 * The lines of `text`, splitting at `\n`, `\r\n` and a lone `\r`. An empty text has no lines; a text
 * ending with a line break has no empty last line.
 */
export function lineSpans(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      lines.push({ start, end: i, next: i + 1 });
      start = i + 1;
    } else if (c === 13 /* \r */) {
      const next = i + 1 < n && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lines.push({ start, end: i, next });
      start = next;
      i = next - 1;
    }
  }
  if (start < n) lines.push({ start, end: n, next: n });
  return lines;
}

/** Whitespace including the ideographic space U+3000 and no-break space (what `\s` matches). */
export function isSpace(ch: string): boolean {
  return ch.length === 1 && isSpaceCode(ch.charCodeAt(0));
}

/** `isSpace` on a UTF-16 code unit: exactly the characters `\s` matches, without a regex per character. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** First index in `[start, end)` that is not whitespace, or `end`. */
export function skipSpaceForward(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** One past the last index in `[start, end)` that is not whitespace, or `start`. */
export function skipSpaceBackward(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `[start, end)` with surrounding whitespace removed, as offsets. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  const s = skipSpaceForward(text, start, end);
  return [s, skipSpaceBackward(text, s, end)];
}

export function isBlank(text: string, start: number, end: number): boolean {
  return skipSpaceForward(text, start, end) === end;
}

/** Punctuation that ends a sentence (or a clause strongly enough to end a paragraph cleanly). */
export const TERMINAL_PUNCTUATION = '。！？；…!?;.．';

export function isTerminalPunctuation(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && TERMINAL_PUNCTUATION.includes(ch);
}

/** Closing quotation marks and brackets that may follow a sentence's final punctuation (。” 。） …). */
export const CLOSING_MARKS = '”’」』"\'）)】》〉';

/**
 * Whether the text before `end` ends a sentence: its last non-space character, skipping closing
 * marks, is terminal punctuation. Looks back at most `maxBack` characters.
 */
export function endsSentence(text: string, start: number, end: number, maxBack = 8): boolean {
  let i = skipSpaceBackward(text, start, end);
  const stop = Math.max(start, i - maxBack);
  while (i > stop && CLOSING_MARKS.includes(text[i - 1])) i--;
  return i > start && isTerminalPunctuation(text[i - 1]);
}

/** CJK unified ideographs (basic block and extension A) and the compatibility block. */
export function isHan(ch: string): boolean {
  return isHanCode(ch.charCodeAt(0));
}

export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

export function countHan(text: string, start = 0, end = text.length): number {
  let k = 0;
  for (let i = start; i < end; i++) if (isHanCode(text.charCodeAt(i))) k++;
  return k;
}

/**
 * Sentence spans inside `[start, end)`: each ends after its terminal punctuation (and any closing
 * marks right after it) or at a line break; surrounding whitespace is trimmed; empty ones are dropped.
 */
export function sentenceSpans(text: string, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  const flush = (e: number) => {
    const [a, b] = trimRange(text, s, e);
    if (b > a) out.push([a, b]);
    s = e;
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      flush(i);
    } else if ('。！？!?'.includes(ch)) {
      let e = i + 1;
      while (e < end && (CLOSING_MARKS.includes(text[e]) || '。！？!?'.includes(text[e]))) e++;
      flush(e);
      i = e - 1;
    }
  }
  flush(end);
  return out;
}

/** An ASCII digit 0-9. */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII or full-width digit (０-９). */
export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** An ASCII letter A-Z or a-z (NaN, past either end of a text, is none). */
export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
