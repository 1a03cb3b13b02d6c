import { CodePointIndex } from './codePoints';

/** A 1-based position. `column` counts Unicode code points from the start of the line, plus one. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps UTF-16 offsets to 1-based line and column numbers.
 *
 * Line breaks are `\n`, `\r\n` (one break) and a lone `\r`, as in VS Code. Columns count code
 * points, not UTF-16 code units, so a line `𠀀甲` puts 甲 in column 2 (VS Code's status bar counts
 * UTF-16 units and would say 3; code points are what a reader counts and what brat and the Web
 * Annotation model use). Lookups are binary searches over the line starts.
 */
export class LineIndex {
  /** UTF-16 offset where each line starts; lineStarts[0] = 0. */
  private readonly lineStarts: number[] = [0];
  private readonly codePoints: CodePointIndex;
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      } else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
    this.codePoints = new CodePointIndex(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The 1-based line and code point column of a UTF-16 offset (clamped to the text). */
  positionAt(offset: number): LineColumn {
    const at = Math.min(Math.max(Math.trunc(Number.isFinite(offset) ? offset : 0), 0), this.length);
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    // Last line start <= at.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    const column = this.codePoints.toCodePoint(at) - this.codePoints.toCodePoint(this.lineStarts[lo]) + 1;
    return { line: lo + 1, column };
  }

  /** UTF-16 offset where a 1-based line starts (clamped to the existing lines). */
  lineStart(line: number): number {
    const i = Math.min(Math.max(Math.trunc(line) - 1, 0), this.lineStarts.length - 1);
    return this.lineStarts[i];
  }
}
