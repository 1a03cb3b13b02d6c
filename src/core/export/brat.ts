import { CodePointIndex } from './codePoints';
import { collectItems, formatClaimValue, type ExportItem } from './items';
import { DEFAULT_TAGS } from './labels';
import type { ExportDocument } from './types';

/**
 * brat standoff export (https://brat.nlplab.org/standoff.html).
 *
 * - `txt` is the document text unchanged; `ann` holds the annotations.
 * - Offsets count Unicode code points, as brat does (it indexes Python 3 strings): a character
 *   outside the BMP such as 𠀀 or 😀 counts once.
 * - Entity types are ASCII: `Annotation` for user annotations, `Quotation`, `NumericClaim`, `Term`
 *   for findings. The user's tag is an attribute `A<n>\tTag T<n> <tag>` (attribute values cannot
 *   contain spaces: whitespace, `|`, `,` and `:` in a tag become `_`).
 * - The note (and the link, after ` | `) is an `#<n>\tAnnotatorNotes T<n>\t<note>` line; findings get
 *   a note with their details (speaker, value, unit …; a term a rule explains, the rule's explanation
 *   first). Line breaks and tabs in notes become spaces.
 * - brat needs every line of `ann` to be one record and a text span not to cross a line break, so a
 *   span that contains a line break (or a tab) is split into fragments `T1\tType 0 5;6 10\ttext text`
 *   (the text field joins the fragments' text with a space, as brat checks it). Line breaks here are
 *   every character Python's `str.splitlines` splits on.
 * - Orphan annotations have no position and cannot be expressed; their ids are listed in `skipped`.
 */
export interface BratExport {
  txt: string;
  ann: string;
  /** Ids of annotations that could not be exported (orphans, empty spans). */
  skipped: string[];
}

/** Characters that end a line for Python's `str.splitlines`, plus the tab that separates `.ann` fields. */
const BREAKS = /[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]/;
const BREAKS_GLOBAL = /[\n\r\t\v\f\x1c-\x1e\x85\u2028\u2029]+/g;

const TYPE_OF_KIND: Record<ExportItem['kind'], string> = {
  annotation: 'Annotation',
  quotation: 'Quotation',
  'numeric-claim': 'NumericClaim',
  term: 'Term',
};

export function toBrat(doc: ExportDocument): BratExport {
  const cps = new CodePointIndex(doc.text);
  const lines: string[] = [];
  const skipped: string[] = [];
  let t = 0;
  let a = 0;
  let n = 0;

  for (const item of collectItems(doc)) {
    if (item.orphan || item.start === null || item.end === null) {
      if (item.annotation) skipped.push(item.annotation.id);
      continue;
    }
    const fragments = splitFragments(doc.text, item.start, item.end);
    if (fragments.length === 0) {
      if (item.annotation) skipped.push(item.annotation.id);
      continue;
    }
    const id = `T${++t}`;
    const offsets = fragments.map(([s, e]) => `${cps.toCodePoint(s)} ${cps.toCodePoint(e)}`).join(';');
    const text = fragments.map(([s, e]) => doc.text.slice(s, e)).join(' ');
    lines.push(`${id}\t${TYPE_OF_KIND[item.kind]} ${offsets}\t${text}`);
    if (item.tag) lines.push(`A${++a}\tTag ${id} ${bratValue(item.tag)}`);
    const note = noteOf(item);
    if (note !== '') lines.push(`#${++n}\tAnnotatorNotes ${id}\t${note}`);
  }
  return { txt: doc.text, ann: lines.map((l) => l + '\n').join(''), skipped };
}

/** The non-empty pieces of `[start, end)` between line breaks and tabs. */
function splitFragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || BREAKS.test(text[i])) {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out;
}

function noteOf(item: ExportItem): string {
  const parts: string[] = [];
  if (item.note.trim() !== '') parts.push(item.note);
  if (item.link) parts.push(item.link);
  if (item.quotation) {
    const q = item.quotation;
    parts.push([q.speaker && `speaker: ${q.speaker}`, q.cue && `cue: ${q.cue}`, !q.closed && 'unclosed'].filter(Boolean).join('; '));
  }
  if (item.claim) {
    const c = item.claim;
    parts.push([`value: ${formatClaimValue(c)}`, c.unit && `unit: ${c.unit}`, c.qualifier && `qualifier: ${c.qualifier}`,
      c.year !== null && `year: ${c.year}`, c.subject && `subject: ${c.subject}`].filter(Boolean).join('; '));
  }
  if (item.term) parts.push([`term: ${item.term.term}`, item.term.category && `category: ${item.term.category}`].filter(Boolean).join('; '));
  return parts.filter((p) => p !== '').join(' | ').replace(BREAKS_GLOBAL, ' ').trim();
}

/**
 * An attribute value brat can read in both files: no whitespace, and none of the separators of
 * annotation.conf's `Value:a|b` list (`|`, `,`, `:`).
 */
function bratValue(tag: string): string {
  return tag.trim().replace(/[\s|,:]+/g, '_');
}

/**
 * A minimal `annotation.conf` for the exported files: the four entity types and the `Tag`
 * attribute with the default tags plus any given ones.
 */
export function bratConf(tags: Iterable<string> = []): string {
  const values = [...new Set([...DEFAULT_TAGS, ...tags].map(bratValue).filter((v) => v !== ''))];
  return [
    '[entities]',
    'Annotation',
    'Quotation',
    'NumericClaim',
    'Term',
    '',
    '[relations]',
    '# Findings and annotations may overlap and nest.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `Tag\tArg:<ENTITY>, Value:${values.join('|')}`,
    '',
  ].join('\n');
}
