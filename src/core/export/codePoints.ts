/**
 * Conversion between UTF-16 offsets (what JavaScript strings, VS Code and our sidecar use) and
 * Unicode code point offsets (what the W3C Web Annotation TextPositionSelector and brat use: a
 * character outside the Basic Multilingual Plane such as 𠀀 or 😀 is one code point but two UTF-16
 * code units).
 *
 * Only the positions of surrogate pairs are stored, so building the index is one pass over the
 * text and each conversion is a binary search: no quadratic cost when thousands of spans are
 * converted on a long document.
 */
export class CodePointIndex {
  /** UTF-16 index of the high surrogate of every well-formed surrogate pair, ascending. */
  private readonly pairStarts: number[] = [];
  readonly utf16Length: number;

  constructor(text: string) {
    this.utf16Length = text.length;
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.pairStarts.push(i);
          i++;
        }
      }
    }
  }

  /** Number of code points in the text (lone surrogates count as one each, as in `Array.from`). */
  get codePointLength(): number {
    return this.utf16Length - this.pairStarts.length;
  }

  /**
   * Code point offset of a UTF-16 offset (clamped to the text). An offset that falls between the
   * two halves of a pair snaps back to the start of that character.
   */
  toCodePoint(utf16Offset: number): number {
    const offset = clamp(utf16Offset, 0, this.utf16Length);
    // Every pair starting before `offset` has one code unit more than it has code points.
    return offset - countBelow(this.pairStarts, offset, (p) => p);
  }

  /** UTF-16 offset of a code point offset (clamped to the text). */
  toUtf16(codePointOffset: number): number {
    const cp = clamp(codePointOffset, 0, this.codePointLength);
    // The code point index of pair i is pairStarts[i] - i (strictly increasing in i).
    return cp + countBelow(this.pairStarts, cp, (p, i) => p - i);
  }
}

function clamp(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(Math.max(Math.trunc(n), lo), hi);
}

/** Number of indices i with key(arr[i], i) < limit, for a key increasing in i. */
function countBelow(arr: number[], limit: number, key: (value: number, index: number) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(arr[mid], mid) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
