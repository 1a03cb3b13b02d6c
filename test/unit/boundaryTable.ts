/**
 * The word-boundary tables (terms-boundaries*.test.ts): a row is a sign and a sentence with the glossary
 * string in brackets. `+`: the term is really used and must be found, explained; `-`: a trap only the
 * segmenter can tell; `=`: a trap the rules alone must refuse.
 */
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
