/**
 * Views over an Analysis that the editor needs (outline tree, navigation, grouping), kept pure so
 * they are unit-tested in plain mocha and the extension only maps them to editor types.
 */
import type { Analysis, Heading, Quotation, TermMatch } from './types';
import { chineseMagnitude } from './display';

export type FindingKind = 'quotation' | 'numericClaim' | 'term';

export interface HeadingNode {
  heading: Heading;
  /** End of the section: the start of the next heading of the same or a higher level, or the text's end. */
  sectionEnd: number;
  children: HeadingNode[];
}

/** Nests headings by level: a heading owns the following headings of deeper levels. */
export function buildHeadingTree(headings: Heading[], textLength: number): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  for (const h of headings) {
    const node: HeadingNode = { heading: h, sectionEnd: textLength, children: [] };
    while (stack.length && stack[stack.length - 1].heading.level >= h.level) {
      stack.pop()!.sectionEnd = h.start;
    }
    if (stack.length) stack[stack.length - 1].children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

/** Every finding's start and end of the enabled kinds, sorted, for next/previous navigation. */
export function findingRanges(a: Analysis, kinds: ReadonlySet<FindingKind>): { start: number; end: number; kind: FindingKind }[] {
  const out: { start: number; end: number; kind: FindingKind }[] = [];
  if (kinds.has('quotation')) for (const q of a.quotations) out.push({ start: q.start, end: q.end, kind: 'quotation' });
  if (kinds.has('numericClaim')) for (const c of a.numericClaims) out.push({ start: c.start, end: c.end, kind: 'numericClaim' });
  if (kinds.has('term')) for (const t of a.terms) out.push({ start: t.start, end: t.end, kind: 'term' });
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/**
 * The next (or previous) range strictly after (before) the cursor offset, wrapping around at the
 * ends of the document; null when there are none. Binary search: documents can hold many findings.
 */
export function nextRange<T extends { start: number }>(ranges: T[], offset: number, direction: 1 | -1): T | null {
  if (ranges.length === 0) return null;
  const lo = firstStartAfter(ranges, offset);
  if (direction === 1) return ranges[lo < ranges.length ? lo : 0];
  let i = lo - 1;
  while (i >= 0 && ranges[i].start >= offset) i--;
  return ranges[i >= 0 ? i : ranges.length - 1];
}

/** Index of the first range (sorted by start) that starts after `offset`; `ranges.length` if none. */
export function firstStartAfter(ranges: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotations grouped by speaker (speech without a speaker under null; phrases apart), biggest group first. */
export function quotationsBySpeaker(quotations: Quotation[]): { speaker: string | null; kind: 'speech' | 'phrase'; items: Quotation[] }[] {
  const groups = new Map<string, { speaker: string | null; kind: 'speech' | 'phrase'; items: Quotation[] }>();
  for (const q of quotations) {
    const key = q.kind === 'phrase' ? '\u0000phrase' : `s:${q.speaker ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { speaker: q.kind === 'phrase' ? null : q.speaker, kind: q.kind, items: [] }));
    g.items.push(q);
  }
  return [...groups.values()].sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'speech' ? -1 : 1) || (a.speaker === null ? 1 : 0) - (b.speaker === null ? 1 : 0) || b.items.length - a.items.length,
  );
}

/** Terms by frequency: one group per canonical term with all its occurrences. */
export function termsByFrequency(terms: TermMatch[]): { term: string; category: string | null; explained: boolean; items: TermMatch[] }[] {
  const groups = new Map<string, { term: string; category: string | null; explained: boolean; items: TermMatch[] }>();
  for (const t of terms) {
    let g = groups.get(t.term);
    if (!g) groups.set(t.term, (g = { term: t.term, category: t.category, explained: t.explained, items: [] }));
    g.items.push(t);
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.term.localeCompare(b.term, 'zh'));
}

/** Whether a text is worth analysing: it contains at least one CJK ideograph in its first 64 KB. */
export function containsChinese(text: string): boolean {
  return /[\u3400-\u9fff]/.test(text.length > 65536 ? text.slice(0, 65536) : text);
}

/** Exact digits for the hover's second look: "1,370,000,000,000". */
export function formatDigits(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

/** 435000 -> "43.5万", 1.37e12 -> "1.37万亿": the reading Chinese readers expect. */
export function formatValue(v: number): string {
  return chineseMagnitude(v);
}

/**
 * Items grouped by the top-level section they start in (the last heading of the lowest level at or
 * before them); items before the first heading under null. Sections in document order.
 */
export function bySection<T extends { start: number }>(items: readonly T[], headings: readonly Heading[]): { heading: Heading | null; items: T[] }[] {
  const top = headings.length ? Math.min(...headings.map((h) => h.level)) : 0;
  const sections = headings.filter((h) => h.level === top).sort((a, b) => a.start - b.start);
  const groups = new Map<Heading | null, T[]>();
  for (const item of items) {
    const i = firstStartAfter(sections, item.start) - 1;
    const key = i >= 0 ? sections[i] : null;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(item);
  }
  return [...groups.entries()].map(([heading, list]) => ({ heading, items: list })).sort((a, b) => (a.heading?.start ?? -1) - (b.heading?.start ?? -1));
}

/** Items grouped by year, newest first; those without a year last. */
export function byYear<T extends { year: number | null }>(items: readonly T[]): { year: number | null; items: T[] }[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    let g = groups.get(item.year);
    if (!g) groups.set(item.year, (g = []));
    g.push(item);
  }
  return [...groups.entries()].map(([year, list]) => ({ year, items: list })).sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.year - a.year));
}
