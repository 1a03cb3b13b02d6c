/**
 * Term detection (glossary terms + numbered formulas) and the merging of glossary layers.
 */
import type { TermMatch } from '../types';
import { findFormulas, runsIntoLongerNoun } from './formulas';
import { foldString } from './fold';
import type { TermMatcher } from './matcher';
import { FORMULA_CATEGORY, type GlossaryEntry } from './types';
import { keepAtWordBoundaries, type Segmenter } from './boundaries';
import { findCandidates, withCandidates } from './candidates';
import { findMemberRuns } from './members';
import { toSimplifiedSameLength } from './traditional';
import { refineGlossaryMatches } from './refine';
import { explainLocalFormulas } from './localFormulas';

export interface DetectTermsOptions {
  /**
   * Word segmenter (nodejieba's `cut`) for the boundary check of doubtful glossary matches (short
   * strings, abbreviations); without it rules alone decide. See boundaries.ts.
   */
  segmenter?: Segmenter;
  /** Also report candidate terms no glossary has (explained: false, category 候选术语). Default false. */
  candidates?: boolean;
}

/** Merges two sorted lists of non-overlapping matches; `first` wins where they overlap. */
function mergeNonOverlapping(first: TermMatch[], second: TermMatch[]): TermMatch[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const out: TermMatch[] = [];
  let a = 0;
  for (const m of second) {
    while (a < first.length && first[a].end <= m.start) out.push(first[a++]);
    // Drop m when it overlaps the next match of `first`, or the last one already out.
    const prev = out.length > 0 ? out[out.length - 1] : null;
    if (prev && prev.end > m.start) continue;
    if (a < first.length && first[a].start < m.end) continue;
    out.push(m);
  }
  while (a < first.length) out.push(first[a++]);
  return out;
}

/**
 * Glossary matches, in simplified or traditional characters: `simplified` is the text's same-length
 * conversion (null when it has no traditional character), so offsets are those of the original text.
 */
function glossaryMatches(text: string, simplified: string | null, matcher: TermMatcher): TermMatch[] {
  const own = matcher.find(text);
  if (simplified === null) return own;
  // The simplified reading finds at least what the original does, except where a character kept
  // in simplified texts (著) was converted: take the converted matches, then any original ones left.
  return mergeNonOverlapping(inOriginal(text, matcher.find(simplified)), own);
}

/** Matches found in the converted text, with `text` taken from the original (marked `traditional` where it differs). */
function inOriginal(text: string, found: TermMatch[]): TermMatch[] {
  return found.map((m): TermMatch => {
    const original = text.slice(m.start, m.end);
    return original === m.text ? m : { ...m, text: original, via: m.via ?? 'traditional' };
  });
}

/**
 * Replaces the matches a formula-by-its-members span covers with that span: a reader who meets
 * 政治意识、大局意识、核心意识、看齐意识 learns that this is 四个意识, and the entry lists the members,
 * even when each member has an entry of its own. Members that are long proper names with entries of
 * their own (全球发展倡议、全球安全倡议、全球文明倡议, five characters or more each) stay separate
 * explained terms: each is a programme in its own right, not a part of a slogan.
 */
/** Members at least this long with entries of their own are proper names that stay separate terms. */
const PROPER_NAME_MEMBER = 5;

function withMemberRuns(matches: TermMatch[], allRuns: TermMatch[], matcher: TermMatcher): TermMatch[] {
  if (allRuns.length === 0) return matches;
  // Both lists are sorted by start: one pointer over the matches counts those inside each run.
  const runs = allRuns.filter((run) => {
    const members = matcher.lookup(run.term)?.members ?? [];
    return !(members.length > 0 && members.every((m) => m.length >= PROPER_NAME_MEMBER && matcher.lookup(m) !== undefined));
  });
  const out: TermMatch[] = [];
  let r = 0;
  for (const m of matches) {
    while (r < runs.length && runs[r].end <= m.start) out.push(runs[r++]);
    if (r < runs.length && runs[r].start < m.end) continue; // covered (or crossed) by the run
    out.push(m);
  }
  while (r < runs.length) out.push(runs[r++]);
  return out;
}

const SPACES = /[\s\u3000]+/g;

/** A match found on the converted text, with its text and term in the text's own characters. */
function ownForm(text: string, base: string, m: TermMatch): TermMatch {
  if (base === text) return m;
  const own = text.slice(m.start, m.end);
  // The term is the span without whitespace (line breaks inside a quoted phrase): the same characters of the text.
  const term = m.term === base.slice(m.start, m.end).replace(SPACES, '') ? own.replace(SPACES, '') : m.term;
  return { ...m, text: own, term };
}

/**
 * Every term of `text`: the glossary's matches (explained: true) that line up with word boundaries,
 * in simplified or traditional characters; numbered formulas written out by their members (explained,
 * `via: 'members'`); the numbered formulas no glossary match overlaps (explained: false, category
 * 数字概括); with `candidates`, likely terms no glossary has (explained: false, category 候选术语).
 * Sorted by start, non-overlapping. Linear (the segmenter runs only on short windows around doubtful matches).
 */
export function detectTerms(text: string, matcher: TermMatcher, options: DetectTermsOptions = {}): TermMatch[] {
  // A numbered glossary term that runs on into a longer noun counts something else (三个代表团).
  // Traditional characters: formulas, members and candidates are read on the simplified form.
  const simplified = toSimplifiedSameLength(text);
  const base = simplified ?? text;
  const found = glossaryMatches(text, simplified, matcher).filter((m) => !runsIntoLongerNoun(base, m.start, m.end));
  const runs = inOriginal(text, findMemberRuns(base, matcher));
  const glossary = refineGlossaryMatches(text, base, withMemberRuns(keepAtWordBoundaries(base, found, options.segmenter), runs, matcher), matcher);
  const formulas = findFormulas(base);
  const out: TermMatch[] = [];
  let g = 0;
  for (const f of formulas) {
    // Both lists are sorted and non-overlapping: advance past glossary matches ending before f.
    while (g < glossary.length && glossary[g].end <= f.start) out.push(glossary[g++]);
    const overlaps = g < glossary.length && glossary[g].start < f.end;
    if (!overlaps) out.push(ownForm(text, base, { start: f.start, end: f.end, text: f.text, term: f.term, category: FORMULA_CATEGORY, explained: false }));
  }
  while (g < glossary.length) out.push(glossary[g++]);
  if (!options.candidates) return explainLocalFormulas(text, base, out);
  // A candidate's term is the text's own string (what the quick fix stores), never its converted form.
  const candidates = findCandidates(base, out, options.segmenter).map((c) => ownForm(text, base, c));
  // Numbered formulas (and numbered candidates) the document lists the members of: explained from it.
  return explainLocalFormulas(text, base, withCandidates(out, candidates));
}

/**
 * Merges glossary layers: the built-in entries, then each user layer in order (farther
 * policy-glossary.json files first, nearer ones and explicitly configured files later).
 * - An entry whose term equals an earlier entry's term replaces it (whole entry, no field merge).
 * - A term or variant of a later entry that equals an earlier entry's variant is taken away from
 *   the earlier entry; a variant that equals an earlier entry's term makes that string match the later
 *   entry (the TermMatcher lets later entries win), while the earlier entry stays available for
 *   look-up by its term.
 * Comparison uses the matcher's character folding. Inputs are not mutated.
 */
export function mergeGlossaries(builtin: readonly GlossaryEntry[], ...userLayers: (readonly GlossaryEntry[])[]): GlossaryEntry[] {
  // folded term -> entry, in insertion order (a replacing entry goes to the end, after the ones it overrides).
  const byTerm = new Map<string, GlossaryEntry>();
  // folded variant -> folded term of the entry that currently lists it (index, so merging stays linear).
  const variantOwner = new Map<string, string>();
  const add = (entry: GlossaryEntry): void => {
    const key = foldString(entry.term);
    const replaced = byTerm.get(key);
    if (replaced) {
      for (const v of replaced.variants ?? []) if (variantOwner.get(foldString(v)) === key) variantOwner.delete(foldString(v));
      byTerm.delete(key);
    }
    // Strings this entry now owns: earlier entries lose them as variants.
    for (const s of [entry.term, ...(entry.variants ?? [])]) {
      const fs = foldString(s);
      const ownerKey = variantOwner.get(fs);
      if (ownerKey === undefined || ownerKey === key) continue;
      const other = byTerm.get(ownerKey);
      if (other?.variants) byTerm.set(ownerKey, { ...other, variants: other.variants.filter((v) => foldString(v) !== fs) });
      variantOwner.delete(fs);
    }
    byTerm.set(key, entry);
    for (const v of entry.variants ?? []) variantOwner.set(foldString(v), key);
  };
  for (const e of builtin) add(e);
  for (const layer of userLayers) for (const e of layer) add(e);
  return [...byTerm.values()];
}
