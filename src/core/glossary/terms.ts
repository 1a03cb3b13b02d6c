/**
 * Term detection (glossary terms + numbered formulas) and the merging of glossary layers.
 */
import type { TermMatch } from '../types';
import { findFormulas, runsIntoLongerNoun } from './formulas';
import { foldString } from './fold';
import type { TermMatcher } from './matcher';
import { FORMULA_CATEGORY, type GlossaryEntry } from './types';

/**
 * Every term of `text`: the glossary's matches (explained: true) and the numbered formulas no
 * glossary match overlaps (explained: false, category 数字概括), sorted by start. Linear.
 */
export function detectTerms(text: string, matcher: TermMatcher): TermMatch[] {
  // A numbered glossary term that runs on into a longer noun counts something else (三个代表团).
  const glossary = matcher.find(text).filter((m) => !runsIntoLongerNoun(text, m.start, m.end));
  const formulas = findFormulas(text);
  const out: TermMatch[] = [];
  let g = 0;
  for (const f of formulas) {
    // Both lists are sorted and non-overlapping: advance past glossary matches ending before f.
    while (g < glossary.length && glossary[g].end <= f.start) out.push(glossary[g++]);
    const overlaps = g < glossary.length && glossary[g].start < f.end;
    if (!overlaps) out.push({ start: f.start, end: f.end, text: f.text, term: f.term, category: FORMULA_CATEGORY, explained: false });
  }
  while (g < glossary.length) out.push(glossary[g++]);
  return out;
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
