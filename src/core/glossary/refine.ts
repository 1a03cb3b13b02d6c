/**
 * The second reading of the glossary's matches, one hook called by `detectTerms` (terms.ts) after the
 * boundary check and the formulas-by-members: the classes of helper termsfix, each in its own module.
 * 1. headings: a generic heading word used as a heading is not the doctrine (headingTerms.ts);
 * 2. places: a place term inside a longer place name or a count is none (places.ts);
 * 3. place senses: Hong Kong entries in a Macao passage, laws inside longer law titles (regions.ts);
 * 4. terms a rule explains: numbered meetings (meetings.ts) and document numbers (docNumbers.ts), which
 *    replace the glossary matches inside them; a plenum the glossary has keeps its entry and grows to
 *    the rule's span (中共十八屆六中全會 → the entry 十八届六中全会);
 *    Numbered five-year plans (plans.ts) the same way, before them; a plan the glossary has by the same
 *    span keeps its entry;
 * 5. document titles the glossary cites as an entry's source, explained by rule (titles.ts);
 * 6. quoted terms with a generic head grow to the whole span (spans.ts).
 * All offsets are those of `text`; `base` is its simplified reading (the same length).
 */
import type { TermMatch } from '../types';
import type { TermMatcher } from './matcher';
import { isHeadingWord } from './headingTerms';
import { isPlaceInLongerName } from './places';
import { withPlaceSenses } from './regions';
import { findMeetings } from './meetings';
import { findDocNumbers } from './docNumbers';
import { findPlans } from './plans';
import { withQuotedHeads } from './spans';
import { findCitedTitles } from './titles';

/**
 * Rule-explained spans merged into the sorted, non-overlapping glossary matches (see the module comment).
 * With `keepEqual`, a single glossary match covering exactly the rule's span keeps its entry (the five-year
 * plans: “十四五”规划 has its own entry, richer than the rule's note).
 */
function withRuleTerms(text: string, matches: TermMatch[], rules: TermMatch[], keepEqual = false): TermMatch[] {
  if (rules.length === 0) return matches;
  const out: TermMatch[] = [];
  let i = 0;
  for (const r of rules) {
    while (i < matches.length && matches[i].end <= r.start) out.push(matches[i++]);
    // Glossary matches overlapping the rule's span.
    let j = i;
    while (j < matches.length && matches[j].start < r.end) j++;
    const inside = matches.slice(i, j);
    const crosses = inside.some((m) => m.start < r.start || m.end > r.end);
    if (crosses) continue; // a glossary match runs across the span's edge: the glossary's reading stands
    if (keepEqual && inside.length === 1 && inside[0].start === r.start && inside[0].end === r.end) continue;
    const plenum = inside.length === 1 && /全会$/.test(inside[0].term) && r.term.endsWith('全会') ? inside[0] : null;
    out.push(plenum ? { ...plenum, start: r.start, end: r.end, text: text.slice(r.start, r.end), via: 'head' } : { ...r, text: text.slice(r.start, r.end) });
    i = j;
  }
  while (i < matches.length) out.push(matches[i++]);
  return out;
}

/** The glossary matches of `detectTerms` read a second time (see the module comment). Sorted, non-overlapping. */
export function refineGlossaryMatches(text: string, base: string, matches: TermMatch[], matcher: TermMatcher): TermMatch[] {
  const kept = matches.filter((m) => !(m.explained && (isHeadingWord(base, m) || isPlaceInLongerName(base, m))));
  const senses = withPlaceSenses(text, base, kept, matcher);
  const rules = [...findMeetings(base), ...findDocNumbers(base)].sort((a, b) => a.start - b.start);
  const planned = withRuleTerms(text, senses, findPlans(base), true);
  const ruled = withRuleTerms(text, planned, dropOverlaps(rules));
  // Titles the glossary cites as sources (titles.ts); a title that is itself a glossary term keeps its match.
  // Both lists are sorted by start: one pointer finds a match spanning exactly a title's content.
  const titles: TermMatch[] = [];
  let j = 0;
  for (const t of findCitedTitles(base, matcher)) {
    while (j < ruled.length && ruled[j].start < t.start + 1) j++;
    if (j < ruled.length && ruled[j].start === t.start + 1 && ruled[j].end === t.end - 1) continue;
    titles.push(t);
  }
  return withQuotedHeads(base, text, withRuleTerms(text, ruled, titles));
}

/** Sorted spans with later ones overlapping an earlier one dropped. */
function dropOverlaps(spans: TermMatch[]): TermMatch[] {
  const out: TermMatch[] = [];
  for (const s of spans) if (out.length === 0 || out[out.length - 1].end <= s.start) out.push(s);
  return out;
}
