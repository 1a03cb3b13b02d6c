import { collectItems, formatClaimValue, type ExportItem } from './items';
import type { ExportDocument } from './types';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'file', 'line', 'column', 'kind', 'tag', 'text', 'note', 'link',
  'value', 'unit', 'qualifier', 'year', 'subject', 'speaker',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Columns whose content is free text from the document or the user. Only these are guarded against
 * formula injection; the columns we generate (line, column, kind, value, qualifier, year) are not,
 * so a negative value stays `-2.5` and the qualifier `+` (多/余) stays `+`.
 */
const GUARDED: ReadonlySet<CsvColumn> = new Set<CsvColumn>(['file', 'tag', 'text', 'note', 'link', 'unit', 'subject', 'speaker']);

/**
 * One CSV table of the annotations (and findings, when present) of one or more documents.
 *
 * - UTF-8 with a byte-order mark (`\uFEFF` first) so Excel detects the encoding of Chinese text;
 *   rows end with CRLF; RFC 4180 quoting: a field containing a comma, a double quote, CR or LF is
 *   wrapped in double quotes with inner quotes doubled. Line breaks inside a note are kept.
 * - kind is `annotation`, `quotation`, `numeric-claim` or `term`.
 * - line/column are 1-based, the column counted in Unicode code points; both are empty for an
 *   orphan annotation (one the anchoring could not place; its `text` is the stored quote).
 * - Findings: a quotation gives its speaker; a numeric claim value, unit, qualifier, year and
 *   subject; a term puts its glossary category in `tag` and its canonical form in `subject`, and a
 *   term a rule explains (a numbered meeting, a document number, a plan) its explanation in `note`.
 * - value: a plain decimal number (no exponent); a range is written `3–5` (en dash, which Excel
 *   does not turn into a date) with qualifier `range`.
 * - Formula injection: a free-text field (file, tag, text, note, link, unit, subject, speaker)
 *   starting with `=`, `+`, `-`, `@`, a tab or CR gets a leading apostrophe (OWASP's advice), so a
 *   spreadsheet shows text instead of running it. Excel hides the apostrophe; other tools show it.
 */
export function toCsv(docs: ExportDocument[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const doc of docs) {
    for (const item of collectItems(doc)) {
      const record = csvRecord(doc.path, item);
      rows.push(CSV_COLUMNS.map((col) => csvField(GUARDED.has(col) ? guardFormula(record[col]) : record[col])).join(','));
    }
  }
  return '\uFEFF' + rows.map((r) => r + '\r\n').join('');
}

/** The unescaped field values of one item. */
export function csvRecord(path: string, item: ExportItem): Record<CsvColumn, string> {
  const q = item.quotation;
  const c = item.claim;
  const t = item.term;
  return {
    file: path,
    line: item.line === null ? '' : String(item.line),
    column: item.column === null ? '' : String(item.column),
    kind: item.kind,
    // A term's category goes into the tag column: it is the term's label.
    tag: item.tag ?? t?.category ?? '',
    text: item.text,
    note: item.note,
    link: item.link ?? '',
    value: c ? formatClaimValue(c) : '',
    unit: c?.unit ?? '',
    qualifier: c?.qualifier ?? '',
    year: c?.year === null || c?.year === undefined ? '' : String(c.year),
    subject: c?.subject ?? t?.term ?? '',
    speaker: q?.speaker ?? '',
  };
}

/** RFC 4180: quote when the field holds a comma, a double quote, CR or LF; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Prefix an apostrophe to a field a spreadsheet would read as a formula: one starting with = + - @
 * (or their full-width forms ＝ ＋ － ＠, which spreadsheets in East Asian locales also accept), a tab
 * or a carriage return, also after leading spaces (which spreadsheets skip).
 */
export function guardFormula(value: string): string {
  return /^[ \u3000\u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(value) ? `'${value}` : value;
}
