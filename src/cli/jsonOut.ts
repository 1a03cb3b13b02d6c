/**
 * The `analyze` JSON of one document, written in chunks instead of one string. A 5 MB document has
 * ~70,000 findings; `JSON.stringify` of the whole object builds an 8-million-character string (two
 * bytes per character once it holds Chinese), a copy of every finding as a plain object, and then
 * the UTF-8 buffer of the whole line. Here findings are stringified in batches of 128 (one
 * `JSON.stringify` of an array of records is their JSON joined by commas, inside brackets) and
 * appended to a chunk of about 64 K characters that is handed to `write` when full (never between
 * the two halves of a surrogate pair). The bytes are exactly those of
 * `JSON.stringify(toJson(...), null, pretty ? 2 : undefined)` (tested on the fixtures).
 */
import type { Analysis, Heading, NumericClaim, Quotation, TermMatch } from '../core/types';
import type { TextEncodingName } from '../node/files';

/** The documented JSON record of each kind of finding: a field the text does not give is null. */
export const quotationRecord = (q: Quotation) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, closed: q.closed, depth: q.depth });
export const claimRecord = (c: NumericClaim) => ({
  start: c.start, end: c.end, text: c.text, value: c.value, unit: c.unit, qualifier: c.qualifier,
  upper: c.upper, year: c.year, subject: c.subject, magnitudeClass: c.magnitudeClass,
});
/** A term explained by a rule (a numbered meeting, a document number) also carries the rule's explanation, `note`. */
export const termRecord = (t: TermMatch) => ({ start: t.start, end: t.end, text: t.text, term: t.term, category: t.category, explained: t.explained, ...(t.note !== undefined ? { note: t.note } : {}) });
export const headingRecord = (h: Heading) => ({ start: h.start, end: h.end, text: h.text, level: h.level });

/** The document's JSON object (the whole of it at once; `writeJson` writes the same bytes in chunks). */
export function toJson(file: string, a: Analysis, encoding: TextEncodingName = 'utf-8'): object {
  return {
    file,
    encoding,
    quotations: a.quotations.map(quotationRecord),
    numericClaims: a.numericClaims.map(claimRecord),
    terms: a.terms.map(termRecord),
    headings: a.headings.map(headingRecord),
  };
}

const CHUNK = 1 << 16;
/** A chunk may exceed CHUNK by less than this (the last piece appended). */
const SLACK = 1 << 14;
/** Records per JSON.stringify call (~100–200 characters each). */
const BATCH = 128;

/**
 * Writes the JSON of `toJson(file, a, encoding)` followed by a newline through `write`, in chunks
 * of about 64 K characters. `pretty` indents by two spaces like `JSON.stringify(…, null, 2)`.
 */
export function writeJson(file: string, a: Analysis, encoding: TextEncodingName, pretty: boolean, write: (chunk: string) => void): void {
  let buf = '';
  const put = (s: string) => {
    buf += s;
    while (buf.length >= CHUNK) {
      if (buf.length < CHUNK + SLACK) {
        write(buf);
        buf = '';
        break;
      }
      // A batch of long records: write CHUNK characters, never half of a surrogate pair.
      const c = buf.charCodeAt(CHUNK - 1);
      const cut = c >= 0xd800 && c <= 0xdbff ? CHUNK + 1 : CHUNK;
      write(buf.slice(0, cut));
      buf = buf.slice(cut);
    }
  };
  const nl = pretty ? '\n' : '';
  const ind = pretty ? '  ' : '';
  const colon = pretty ? ': ' : ':';
  put(`{${nl}${ind}${JSON.stringify('file')}${colon}${JSON.stringify(file)},${nl}${ind}"encoding"${colon}${JSON.stringify(encoding)}`);
  const list = <T>(key: string, items: readonly T[], record: (x: T) => object) => {
    put(`,${nl}${ind}"${key}"${colon}[`);
    if (!pretty) {
      // Records in batches: one JSON.stringify of an array of records is the records' JSON joined by commas inside [ ].
      for (let i = 0; i < items.length; i += BATCH) {
        const batch: object[] = [];
        for (let k = i; k < items.length && k < i + BATCH; k++) batch.push(record(items[k]));
        put(`${i ? ',' : ''}${JSON.stringify(batch).slice(1, -1)}`);
      }
      put(']');
      return;
    }
    for (let i = 0; i < items.length; i++) {
      const one = pretty ? JSON.stringify(record(items[i]), null, 2).replace(/\n/g, '\n    ') : JSON.stringify(record(items[i]));
      put(`${i ? ',' : ''}${nl}${pretty ? '    ' : ''}${one}`);
    }
    put(items.length ? `${nl}${ind}]` : ']');
  };
  list('quotations', a.quotations, quotationRecord);
  list('numericClaims', a.numericClaims, claimRecord);
  list('terms', a.terms, termRecord);
  list('headings', a.headings, headingRecord);
  put(`${nl}}\n`);
  if (buf) write(buf);
}
