/**
 * Numbered formulas written out in full: when a text lists a formula's members in a row
 * (经济建设、政治建设、文化建设、社会建设和生态文明建设), the span is that formula (五位一体),
 * explained by its entry, reported with `via: 'members'` so the hover can name the formula.
 *
 * Members are taken from the glossary entries' `members` (at least three, or two of four or more
 * characters each; every member at least two characters). They must appear in the entry's order,
 * all of them, separated only by short separators (、 ， , 和 与 及 以及 并 spaces, at most three
 * characters, at least one). Linear: one pass of a matcher over all members, then a walk over its hits.
 */
import type { TermMatch } from '../types';
import { foldString } from './fold';
import { TermMatcher } from './matcher';
import type { GlossaryEntry } from './types';

interface Formula {
  entry: GlossaryEntry;
  members: string[];
}

interface MemberIndex {
  matcher: TermMatcher;
  /** folded member -> the formulas whose first member it is. */
  firsts: Map<string, Formula[]>;
}

const cache = new WeakMap<TermMatcher, MemberIndex | null>();

function usable(members: readonly string[] | undefined): members is string[] {
  if (!members || members.length < 2) return false;
  if (members.some((m) => m.length < 2)) return false;
  return members.length >= 3 || members.every((m) => m.length >= 4);
}

function memberIndex(glossary: TermMatcher): MemberIndex | null {
  if (cache.has(glossary)) return cache.get(glossary) ?? null;
  const firsts = new Map<string, Formula[]>();
  const all = new Set<string>();
  for (const entry of glossary.entries) {
    if (!usable(entry.members)) continue;
    // Two entries listing the same members (a formula and its written-out form): keep the one
    // the matcher reports for the formula's own term.
    const f: Formula = { entry, members: entry.members };
    const key = foldString(entry.members[0]);
    const list = firsts.get(key) ?? [];
    list.push(f);
    firsts.set(key, list);
    for (const m of entry.members) all.add(m);
  }
  const index =
    firsts.size === 0
      ? null
      : { matcher: new TermMatcher([...all].map((m) => ({ term: m, category: '思想理论' as const, explanation: '', source: { text: '', year: 0 } }))), firsts };
  cache.set(glossary, index);
  return index;
}

const SEPARATOR = /^[、，,和与及以并\s]{1,3}$/;

/** The formulas of `glossary` written out by their members in `text`, in text order, non-overlapping. */
export function findMemberRuns(text: string, glossary: TermMatcher): TermMatch[] {
  const index = memberIndex(glossary);
  if (index === null) return [];
  const hits = index.matcher.find(text);
  const out: TermMatch[] = [];
  for (let i = 0; i < hits.length; i++) {
    const candidates = index.firsts.get(foldString(hits[i].term));
    if (!candidates) continue;
    let best: { f: Formula; end: number; last: number } | null = null;
    for (const f of candidates) {
      let k = 1;
      for (; k < f.members.length; k++) {
        const h = hits[i + k];
        if (!h || foldString(h.term) !== foldString(f.members[k])) break;
        if (!SEPARATOR.test(text.slice(hits[i + k - 1].end, h.start))) break;
      }
      if (k === f.members.length && (best === null || hits[i + k - 1].end > best.end)) best = { f, end: hits[i + k - 1].end, last: i + k - 1 };
    }
    if (best === null) continue;
    const start = hits[i].start;
    const entry = glossary.lookup(best.f.entry.term) ?? best.f.entry;
    out.push({ start, end: best.end, text: text.slice(start, best.end), term: entry.term, category: entry.category, explained: true, via: 'members' });
    i = best.last;
  }
  return out;
}
