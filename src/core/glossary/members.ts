/**
 * Numbered formulas written out in full: when a text lists a formula's members in a row
 * (经济建设、政治建设、文化建设、社会建设和生态文明建设), the span is that formula (五位一体),
 * explained by its entry, reported with `via: 'members'` so the hover can name the formula.
 *
 * Members are taken from the glossary entries' `members` (at least three, or two of four or more
 * characters each; every member at least two characters). They must appear in the entry's order,
 * all of them, in one clause, separated only by short separators (、 和 与 及 以及 并 spaces, at
 * most three characters, at least one). Linear: one pass over the text for clauses that can hold a
 * list, a matcher over all members on those clauses only, then a walk over its hits.
 */
import type { TermMatch } from '../types';
import { TermMatcher } from './matcher';
import type { GlossaryEntry } from './types';

interface Formula {
  entry: GlossaryEntry;
  members: string[];
}

interface MemberIndex {
  matcher: TermMatcher;
  /** Members of the two-member formulas only (their lists may use 和 without a 、); null when none. */
  pairMatcher: TermMatcher | null;
  /** member (as written in the entry) -> the formulas whose first member it is. */
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
  const { firsts, all, pairs } = memberSets(glossary);
  const index = firsts.size === 0 ? null : { matcher: matcherOf(all), pairMatcher: pairs.size > 0 ? matcherOf(pairs) : null, firsts };
  cache.set(glossary, index);
  return index;
}

function memberSets(glossary: TermMatcher): { firsts: Map<string, Formula[]>; all: Set<string>; pairs: Set<string> } {
  const firsts = new Map<string, Formula[]>();
  const all = new Set<string>();
  const pairs = new Set<string>();
  for (const entry of glossary.entries) {
    if (!usable(entry.members)) continue;
    // Two entries listing the same members (a formula and its written-out form): keep the one
    // the matcher reports for the formula's own term.
    const f: Formula = { entry, members: entry.members };
    const list = firsts.get(entry.members[0]) ?? [];
    list.push(f);
    firsts.set(entry.members[0], list);
    for (const m of entry.members) all.add(m);
    if (entry.members.length === 2) for (const m of entry.members) pairs.add(m);
  }
  return { firsts, all, pairs };
}

const memberEntries = (members: Set<string>): GlossaryEntry[] => [...members].map((m) => ({ term: m, category: '思想理论' as const, explanation: '', source: { text: '', year: 0 } }));
const matcherOf = (members: Set<string>): TermMatcher => new TermMatcher(memberEntries(members));

/**
 * The entries of the two member matchers of a glossary (every member; the members of two-member
 * formulas), null when it has no formula with members: for a matcher kept in a file (the CLI's
 * prebuilt matchers), given back by `primeMemberIndex`.
 */
export function memberMatcherEntries(glossary: TermMatcher): { all: GlossaryEntry[]; pairs: GlossaryEntry[] } | null {
  const { firsts, all, pairs } = memberSets(glossary);
  return firsts.size === 0 ? null : { all: memberEntries(all), pairs: memberEntries(pairs) };
}

/**
 * Gives the glossary its member matchers, built earlier over the entries `memberMatcherEntries`
 * returns for it (pairMatcher null when `pairs` is empty), instead of building them on first use.
 */
export function primeMemberIndex(glossary: TermMatcher, matcher: TermMatcher, pairMatcher: TermMatcher | null): void {
  const { firsts } = memberSets(glossary);
  cache.set(glossary, firsts.size === 0 ? null : { matcher, pairMatcher, firsts });
}

const SEPARATOR_CHARS = new Set([...'、和与及以并 \t\r\u3000']);

/** Whether text[from, to) is a short separator (one to three separator characters). */
function isSeparator(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) if (!SEPARATOR_CHARS.has(text[i])) return false;
  return true;
}

/** 1: ends a clause; 2: 、 (lists of three or more); 3: 和 与 及 (lists of two). */
const CLAUSE_CHARS = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of '，。；：！？,;:!?\n') t[c.charCodeAt(0)] = 1;
  t['、'.charCodeAt(0)] = 2;
  for (const c of '和与及') t[c.charCodeAt(0)] = 3;
  return t;
})();

/**
 * Member hits, looked for only in clauses that can hold a list: with a 、 all members, with only
 * 和/与/及 the members of two-member formulas (most of a document is never scanned).
 */
function hitsInLists(text: string, index: MemberIndex): TermMatch[] {
  const out: TermMatch[] = [];
  let from = 0;
  while (from < text.length) {
    let end = from;
    let list = 0;
    for (; end < text.length; end++) {
      const k = CLAUSE_CHARS[text.charCodeAt(end)];
      if (k === 1) break;
      if (k === 2) list = 2;
      else if (k === 3 && list === 0) list = 3;
    }
    const matcher = list === 2 ? index.matcher : list === 3 ? index.pairMatcher : null;
    if (matcher !== null && end - from >= 5) {
      for (const h of matcher.find(text, from, end)) out.push(h);
    }
    from = end + 1;
  }
  return out;
}

/** The formulas of `glossary` written out by their members in `text`, in text order, non-overlapping. */
export function findMemberRuns(text: string, glossary: TermMatcher): TermMatch[] {
  const index = memberIndex(glossary);
  if (index === null) return [];
  const hits = hitsInLists(text, index);
  const out: TermMatch[] = [];
  for (let i = 0; i < hits.length; i++) {
    const candidates = index.firsts.get(hits[i].term);
    if (!candidates || i + 1 >= hits.length || !isSeparator(text, hits[i].end, hits[i + 1].start)) continue;
    let best: { f: Formula; end: number; last: number } | null = null;
    for (const f of candidates) {
      let k = 1;
      for (; k < f.members.length; k++) {
        const h = hits[i + k];
        if (!h || h.term !== f.members[k]) break;
        if (!isSeparator(text, hits[i + k - 1].end, h.start)) break;
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
