/**
 * The word-boundary tables (terms-boundaries*.test.ts): a row is a sign and a sentence with the glossary
 * string in brackets. `+`: the term is really used and must be found, explained; `-`: a trap only the
 * segmenter can tell; `=`: a trap the rules alone must refuse.
 */
import * as assert from 'node:assert/strict';
import { detectTerms } from '../../src/core/glossary/terms';
import type { TermMatcher } from '../../src/core/glossary/matcher';

export function parseBoundaryRow(row: string): { sign: string; text: string; start: number; end: number } {
  const body = row.slice(1);
  const start = body.indexOf('[');
  const end = body.indexOf(']') - 1;
  return { sign: row[0], text: body.replace('[', '').replace(']', ''), start, end };
}

/** Null when the row holds for `matcher` (with `segmenter` when given), else what went wrong. */
export function boundaryVerdict(matcher: TermMatcher, row: string, segmenter?: (s: string) => string[]): string | null {
  const { sign, text, start, end } = parseBoundaryRow(row);
  const terms = detectTerms(text, matcher, { segmenter });
  if (sign === '+') return terms.some((t) => t.start <= start && t.end >= end && t.explained) ? null : `${row}: term not found`;
  const bad = terms.find((t) => t.start === start && t.end === end);
  return bad ? `${row}: false match ${bad.text}` : null;
}

/**
 * The tests every boundary table runs, registered in the caller's `describe`: enough rows of both
 * kinds, every bracketed string a pattern of `matcher`, every row right with the segmenter (when
 * nodejieba loads), and every positive and rule-class (`=`) negative right with the rules alone.
 */
export function boundaryTableTests(
  rows: readonly string[],
  matcher: TermMatcher,
  segmenter: ((s: string) => string[]) | undefined,
  least: { rows?: number; positives: number; negatives: number },
): void {
  it('has rows of both kinds for the short strings', () => {
    if (least.rows !== undefined) assert.ok(rows.length >= least.rows, `${rows.length} rows`);
    assert.ok(rows.filter((r) => r[0] === '+').length >= least.positives);
    assert.ok(rows.filter((r) => r[0] !== '+').length >= least.negatives);
  });

  it('every bracketed string is a glossary pattern (the table tests the glossary it claims to)', () => {
    for (const row of rows) {
      const { text, start, end } = parseBoundaryRow(row);
      assert.ok(matcher.lookup(text.slice(start, end)), `${row}: ${text.slice(start, end)} is not in the glossary`);
    }
  });

  it('with the segmenter (nodejieba): every row', function () {
    if (!segmenter) this.skip();
    const failures = rows.map((r) => boundaryVerdict(matcher, r, segmenter)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });

  it('rules alone: every positive and every rule-class negative', () => {
    const failures = rows.filter((r) => r[0] !== '-').map((r) => boundaryVerdict(matcher, r)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });
}
