/**
 * Units of analysis: a document split into the clauses that researchers code (条款), numbered
 * document-chapter-clause (3-2-4), from the document's own structure.
 *
 * - Structure comes from the heading detector: 第X章/节/条, 一、, （一）, 1., （1）. Unnumbered title
 *   lines (the document title, article titles) do not take part in the numbering and are not units.
 * - A heading that runs into its body on the same line ((一)创新宏观调控，……, 第三条　任何单位……)
 *   starts a clause unit; the paragraphs that follow it without a heading of their own (a 条's
 *   款 and 项) belong to the same unit. A heading alone on its line (一、总体要求, 第二章　总则) is
 *   structure only: the paragraphs under it are units of their own, numbered 1, 2, … in the section.
 * - A unit longer than `maxUnitChars`, and every paragraph of a document without structure, is
 *   split into sentences (。！？；), numbered with a dot (3-2-4.1, 3-2-4.2).
 * - Lines broken inside a sentence (PDF extraction) are joined into one paragraph first.
 * Ids count within their section, so an edit in another section never changes them.
 * Offsets are UTF-16 indices into the text, like `analyze`. Pure: no `vscode`.
 */
import { detectHeadings } from '../headings';
import type { Heading } from '../types';
import { countHan, endsSentence, lineSpans, trimRange, type LineSpan } from '../text';

export interface Unit {
  /** Readable, stable id: document number, then the section path (3-2-4), `.n` for a sentence. */
  id: string;
  start: number;
  end: number;
  /** Depth in the document's structure: 0 for text before the first numbered heading. */
  level: number;
  /** The structure the unit sits in, as a reader says it (第二章 第四条; 三、（二）第2段). */
  label: string;
  text: string;
}

export interface UnitOptions {
  /** The document's number in its folder (the first part of every id); default 1. */
  docNumber?: number;
  /** Longer clause units are split into sentences; default 300 characters. */
  maxUnitChars?: number;
  /** Split every unit into sentences (agreement by sentence). */
  sentences?: boolean;
  /** Headings already detected for this text (saves a second pass). */
  headings?: readonly Heading[];
}

const NUMBERED = /^(第[一二三四五六七八九十百零〇两\d]{1,6}(编|部分|章|节|条)|[一二三四五六七八九十百零〇两]{1,4}、|[（(][一二三四五六七八九十百零〇两]{1,4}[）)]|[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[）)])/;
const MIN_UNIT_HAN = 2;

interface Paragraph {
  start: number;
  end: number;
  heading: Heading | null;
}

/** Non-blank paragraphs, with lines broken inside a sentence joined (PDF extraction). */
function paragraphs(text: string, lines: readonly LineSpan[], headingAt: ReadonlyMap<number, Heading>): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const [s, e] = trimRange(text, line.start, line.end);
    if (e <= s) {
      open = null;
      continue;
    }
    const heading = headingAt.get(s) ?? null;
    const brokenHeading = open?.heading != null && open.heading.end === open.end && /[，,]/.test(open.heading.text);
    const joinable = open !== null && heading === null && (open.heading?.end !== open.end || brokenHeading) && e - s >= 2 && open.end - open.start >= 25 && !endsSentence(text, open.start, open.end) && !/[：:]$/.test(text.slice(open.end - 1, open.end));
    if (open !== null && joinable) {
      open.end = e;
      continue;
    }
    open = { start: s, end: e, heading };
    out.push(open);
  }
  return out;
}

/** Splits a span into sentence spans at 。！？； (closing marks stay with their sentence). */
function sentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    if ('。！？；!?;\n'.includes(text[i])) {
      let e = i + 1;
      while (e < end && '”’」』）)'.includes(text[e])) e++;
      const [a, b] = trimRange(text, s, e);
      if (b > a) out.push([a, b]);
      s = e;
      i = e - 1;
    }
  }
  const [a, b] = trimRange(text, s, end);
  if (b > a) out.push([a, b]);
  return out;
}

function markerOf(h: Heading): string {
  const m = NUMBERED.exec(h.text);
  return m ? m[0].replace(/[.．、]$/, '、').replace(/、$/, h.text.startsWith('第') ? '' : '、') : h.text;
}

/** Splits `text` into units of analysis. */
export function splitUnits(text: string, options: UnitOptions = {}): Unit[] {
  const doc = options.docNumber ?? 1;
  const maxChars = options.maxUnitChars ?? 300;
  const lines = lineSpans(text);
  const headings = (options.headings ?? detectHeadings(text, lines)).filter((h) => NUMBERED.test(h.text));
  const headingAt = new Map(headings.map((h) => [h.start, h]));
  const ranks = [...new Set(headings.map((h) => h.level))].sort((a, b) => a - b);
  const rankOf = new Map(ranks.map((l, i) => [l, i]));
  const structured = headings.length > 0;

  const counters: number[] = ranks.map(() => 0);
  const markers: string[] = ranks.map(() => '');
  let depth = 0; // ranks in force (the deepest heading seen so far + 1)
  let paraInSection = 0;
  const units: Unit[] = [];

  const emit = (start: number, end: number, path: number[], label: string): void => {
    const base = `${doc}-${path.join('-')}`;
    const level = structured && path[0] === 0 ? 0 : path.length;
    const pieces = !structured || options.sentences || end - start > maxChars ? sentences(text, start, end) : [[start, end] as [number, number]];
    const keep = pieces.filter(([a, b]) => countHan(text, a, b) >= MIN_UNIT_HAN);
    if (keep.length === 1 && pieces.length === 1) {
      units.push({ id: base, start, end, level, label, text: text.slice(start, end) });
      return;
    }
    keep.forEach(([a, b], i) => units.push({ id: `${base}.${i + 1}`, start: a, end: b, level, label: `${label} 第${i + 1}句`, text: text.slice(a, b) }));
  };
  const sectionLabel = (): string => markers.slice(0, depth).filter((m) => m).join(' ');

  let clause: { start: number; end: number; path: number[]; label: string } | null = null;
  const flushClause = (): void => {
    if (clause) emit(clause.start, clause.end, clause.path, clause.label);
    clause = null;
  };

  for (const p of paragraphs(text, lines, headingAt)) {
    if (p.heading) {
      flushClause();
      const r = rankOf.get(p.heading.level) ?? 0;
      counters[r]++;
      for (let k = r + 1; k < counters.length; k++) {
        counters[k] = 0;
        markers[k] = '';
      }
      markers[r] = markerOf(p.heading);
      depth = r + 1;
      paraInSection = 0;
      const titleOnly = p.heading.end >= p.end && !p.heading.text.startsWith('第') ? true : p.heading.end >= p.end && /[章节编分]$/.test(markerOf(p.heading));
      if (!titleOnly) clause = { start: p.start, end: p.end, path: counters.slice(0, depth), label: sectionLabel() };
      continue;
    }
    if (clause) {
      clause.end = p.end;
      continue;
    }
    if (countHan(text, p.start, p.end) < MIN_UNIT_HAN) continue;
    paraInSection++;
    // Free paragraphs come before the section's first sub-heading: a 0 in the sub-heading's place
    // keeps their ids apart from the sub-headings' (3-1-0-2 is the second paragraph of 一、).
    const gap = depth < ranks.length ? [0] : [];
    const path = depth > 0 ? [...counters.slice(0, depth), ...gap, paraInSection] : structured ? [0, paraInSection] : [paraInSection];
    const label = depth === 0 ? `正文前 第${paraInSection}段` : `${sectionLabel()} 第${paraInSection}段`;
    emit(p.start, p.end, path, label);
  }
  flushClause();
  return units;
}
