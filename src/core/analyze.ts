/**
 * `analyze(text, options) -> Analysis`: the one entry point of the analysis core, shared by the
 * command-line tool, the extension's worker thread and the tests. Pure: no I/O, no `vscode`.
 */
import type { Analysis, Tagger, TermMatch, NumericClaim } from './types';
import { detectQuotations } from './quotations';
import { detectNumericClaims } from './numeric';
import { detectHeadings } from './headings';
import { lineSpans } from './text';
import { detectTerms } from './glossary/terms';
import type { TermMatcher } from './glossary/matcher';
import type { Segmenter } from './glossary/boundaries';

export interface AnalyzeOptions {
  /** Term matcher built from the built-in glossary merged with the user's; without it no terms are found. */
  matcher?: TermMatcher;
  /**
   * Part-of-speech tagger (nodejieba's `tag`), used to refine claim subjects and to find person names
   * around speech quotations no rule attributes; optional, called only when one of those is there.
   */
  tagger?: Tagger;
  /**
   * Word segmenter for the boundary check of short glossary matches (nodejieba's `cut`); when
   * absent, the tagger's words are used, and without either, rules alone decide.
   */
  segmenter?: Segmenter;
  /** Report candidate terms no glossary has (explained: false, category 候选术语); default true. */
  candidateTerms?: boolean;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const lines = lineSpans(text); // shared by the quotation and heading detectors
  const quotations = detectQuotations(text, lines, { nameTagger: options.tagger });
  const headings = detectHeadings(text, lines);
  const tagger = options.tagger;
  const segmenter = options.segmenter ?? (tagger ? (s: string) => tagger(s).map((w) => w.word) : undefined);
  const terms = options.matcher ? detectTerms(text, options.matcher, { segmenter, candidates: options.candidateTerms ?? true }) : [];
  const numericClaims = dropClaimsInsideTerms(detectNumericClaims(text, { tagger: options.tagger }), terms);
  return { quotations, numericClaims, terms, headings };
}

/**
 * A number that is part of a named term (三城一区, 18亿亩耕地红线 as a glossary entry) is the term's
 * name, not a claim. Both lists are sorted by start, so one merge-like pass suffices.
 */
function dropClaimsInsideTerms(claims: NumericClaim[], terms: TermMatch[]): NumericClaim[] {
  if (terms.length === 0) return claims;
  const out: NumericClaim[] = [];
  let t = 0;
  for (const c of claims) {
    while (t < terms.length && terms[t].end <= c.start) t++;
    let inside = false;
    for (let k = t; k < terms.length && terms[k].start <= c.start; k++) {
      if (terms[k].start <= c.start && c.end <= terms[k].end) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(c);
  }
  return out;
}
