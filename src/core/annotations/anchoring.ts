/**
 * Re-anchoring stored annotations on a text that may have changed since they were made
 * (a git pull, an edit outside the editor).
 *
 * Order of attempts, cheapest and surest first:
 *  1. exact  — the quote is still at the stored position (with its context, or with no better place);
 *  2. moved  — the exact quote occurs elsewhere: the occurrence whose prefix/suffix agree best,
 *              then the one nearest the expected position;
 *  3. fuzzy  — approximate matching (Myers' bit-parallel algorithm from `approx-string-match`,
 *              the approach of the Hypothesis client's match-quote.ts), scored on quote, prefix,
 *              suffix and distance, first in a window around the expected position, then in the
 *              whole text; only matches above a threshold are accepted;
 *  4. orphan — nothing good enough: kept, listed, re-attachable, never dropped.
 *
 * The expected position of an annotation is its stored start shifted by the displacement of the
 * nearest annotation before it that has already been placed: after an insertion near the top,
 * everything below is found where it should be without scanning the whole text.
 */
import approxSearch from 'approx-string-match';
import { targetFor } from './create';
import type { AnchoredAnnotation, AnchorStatus, StoredAnnotation, TextQuoteSelector } from './model';

/** Longest pattern given to the approximate search; longer quotes are matched by head and tail. */
const APPROX_PATTERN_MAX = 64;
/** Half-width of the window searched around the expected position before the whole text. */
const WINDOW_RADIUS = 2048;
/** At most this many approximate matches (nearest the expected position) are scored. */
const MAX_CANDIDATES = 40;
/** Minimum combined score of a fuzzy match (0..1). */
const ACCEPT_SCORE = 0.7;
/** Long quotes match by content alone from this length on, at this quote similarity. */
const LONG_QUOTE = 32;
const LONG_QUOTE_SIMILARITY = 0.8;
/** A fuzzy match is never accepted below this quote similarity, whatever its context. */
const MIN_QUOTE_SIMILARITY = 0.5;
/** Between an intact prefix and suffix, a rewritten quote is accepted down to this similarity. */
const MIN_REWRITTEN_SIMILARITY = 0.3;
/** Least length of a stored prefix or suffix that counts as evidence when found verbatim. */
const MIN_CONTEXT_EVIDENCE = 12;

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

export interface AnchorOptions {
  /** Where the quote is expected to start now; defaults to the stored start. */
  hint?: number;
}

interface Placement {
  start: number;
  end: number;
  status: Exclude<AnchorStatus, 'orphan'>;
}

interface Candidate {
  start: number;
  end: number;
  /** Errors of the quote against text.slice(start, end), when already known. */
  errors?: number;
  /** Found through the stored context rather than the quote: on both sides, or one side only. */
  evidence?: 'both-sides' | 'one-side';
}

/** How many characters just before `end` in `text` agree with the end of `prefix`. */
function agreeingBefore(text: string, end: number, prefix: string): number {
  let k = 0;
  const max = Math.min(prefix.length, end);
  while (k < max && text.charCodeAt(end - 1 - k) === prefix.charCodeAt(prefix.length - 1 - k)) k++;
  return k;
}

/** How many characters from `start` in `text` agree with the start of `suffix`. */
function agreeingAfter(text: string, start: number, suffix: string): number {
  let k = 0;
  const max = Math.min(suffix.length, text.length - start);
  while (k < max && text.charCodeAt(start + k) === suffix.charCodeAt(k)) k++;
  return k;
}

function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  return agreeingBefore(text, start, quote.prefix) + agreeingAfter(text, end, quote.suffix);
}

/**
 * The occurrence of the exact quote to use: most context agreeing, then nearest `hint`.
 * Linear in the number of occurrences; stops early once past the hint with a perfect match behind.
 */
function findExactQuote(text: string, quote: TextQuoteSelector, hint: number): number {
  const { exact } = quote;
  const perfect = quote.prefix.length + quote.suffix.length;
  let best = -1;
  let bestAgreement = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    const distance = Math.abs(i - hint);
    if (bestAgreement === perfect && i > hint && distance >= bestDistance) break;
    const agreement = contextAgreement(text, i, i + exact.length, quote);
    if (agreement > bestAgreement || (agreement === bestAgreement && distance < bestDistance)) {
      best = i;
      bestAgreement = agreement;
      bestDistance = distance;
    }
  }
  return best;
}

/** Similarity 0..1 of `piece` to the best-matching part of `window` (1 − errors / length). */
function similarity(window: string, piece: string): number {
  if (piece.length === 0) return 1;
  if (window.length === 0) return 0;
  const matches = approxSearch(window, piece, piece.length);
  return matches.length === 0 ? 0 : 1 - matches[0].errors / piece.length;
}

function maxErrorsFor(length: number): number {
  return Math.min(256, Math.floor(length / 4));
}

interface Scored {
  start: number;
  end: number;
  score: number;
  quoteSimilarity: number;
  evidence?: Candidate['evidence'];
}

function scoreCandidate(text: string, quote: TextQuoteSelector, c: Candidate, hint: number): Scored {
  const { exact, prefix, suffix } = quote;
  const errors = c.errors ?? (c.end > c.start ? exact.length * (1 - similarity(text.slice(c.start, c.end), exact)) : exact.length);
  // A candidate much longer or shorter than the quote is penalised by the length difference too.
  const lengthGap = Math.abs(c.end - c.start - exact.length);
  const quoteSimilarity = Math.max(0, 1 - Math.max(errors, lengthGap) / exact.length);
  // An empty stored context means the quote touched a document bound; it is only evidence there.
  const prefixScore =
    prefix.length === 0 ? (c.start === 0 ? 1 : 0.5) : similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
  const suffixScore =
    suffix.length === 0 ? (c.end === text.length ? 1 : 0.5) : similarity(text.slice(c.end, c.end + suffix.length), suffix);
  const positionScore = 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
  const score =
    (QUOTE_WEIGHT * quoteSimilarity + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore) /
    TOTAL_WEIGHT;
  return { start: c.start, end: c.end, score, quoteSimilarity, evidence: c.evidence };
}

function acceptable(s: Scored, quoteLength: number): boolean {
  if (s.end <= s.start) return false;
  // Verbatim context is strong evidence of the place even when the quote itself was rewritten.
  if (s.evidence === 'both-sides') return s.quoteSimilarity >= MIN_REWRITTEN_SIMILARITY;
  if (s.evidence === 'one-side') return true; // at least half of the quote is still attached to it
  if (s.quoteSimilarity < MIN_QUOTE_SIMILARITY) return false;
  return s.score >= ACCEPT_SCORE || (quoteLength >= LONG_QUOTE && s.quoteSimilarity >= LONG_QUOTE_SIMILARITY);
}

/** The end of the best approximate match of `tail` in text[from, to), or -1. */
function findTailEnd(text: string, from: number, to: number, tail: string): number {
  if (to <= from) return -1;
  const matches = approxSearch(text.slice(from, to), tail, maxErrorsFor(tail.length));
  return matches.length === 0 ? -1 : from + matches[matches.length - 1].end;
}

/** The start of the best approximate match of `head` in text[from, to), or -1. */
function findHeadStart(text: string, from: number, to: number, head: string): number {
  if (to <= from) return -1;
  const matches = approxSearch(text.slice(from, to), head, maxErrorsFor(head.length));
  return matches.length === 0 ? -1 : from + matches[0].start;
}

function nearest<T extends { start: number }>(items: T[], hint: number, limit: number): T[] {
  if (items.length <= limit) return items;
  return [...items].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, limit);
}

/** Candidate ranges for the quote within text[lo, hi). */
function approximateCandidates(text: string, quote: TextQuoteSelector, lo: number, hi: number, hint: number): Candidate[] {
  const { exact } = quote;
  const region = text.slice(lo, hi);
  const candidates: Candidate[] = [];
  if (exact.length <= APPROX_PATTERN_MAX) {
    const maxErrors = maxErrorsFor(exact.length);
    if (maxErrors > 0) {
      for (const m of approxSearch(region, exact, maxErrors)) candidates.push({ start: lo + m.start, end: lo + m.end, errors: m.errors });
    }
  } else {
    // Long quote: find its head (or, if the head was edited, its tail) and extend to the other end.
    const head = exact.slice(0, APPROX_PATTERN_MAX);
    const tail = exact.slice(-APPROX_PATTERN_MAX);
    const slack = Math.ceil(exact.length / 2) + APPROX_PATTERN_MAX;
    const heads = nearest(approxSearch(region, head, maxErrorsFor(head.length)), hint - lo, 8);
    for (const m of heads) {
      const start = lo + m.start;
      const end = findTailEnd(text, start, Math.min(text.length, start + exact.length + slack), tail);
      candidates.push({ start, end: end > start ? end : Math.min(text.length, start + exact.length) });
    }
    if (candidates.length === 0) {
      const tails = nearest(approxSearch(region, tail, maxErrorsFor(tail.length)), hint - lo, 8);
      for (const m of tails) {
        const end = lo + m.end;
        const start = findHeadStart(text, Math.max(0, end - exact.length - slack), end, head);
        candidates.push({ start: start >= 0 && start < end ? start : Math.max(0, end - exact.length), end });
      }
    }
  }
  return [...nearest(candidates, hint, MAX_CANDIDATES), ...contextCandidates(text, quote, lo, hi, hint)];
}

/**
 * Candidates from the stored context found verbatim near `hint` (each side at least
 * MIN_CONTEXT_EVIDENCE characters): the text between prefix and suffix (a short quote rewritten
 * in place, a number revised: approximate search cannot find those), or, when only one side
 * survived, the part of the quote still attached to it (a quote cut short by a deletion).
 */
function contextCandidates(text: string, quote: TextQuoteSelector, lo: number, hi: number, hint: number): Candidate[] {
  const { prefix, suffix, exact } = quote;
  const out: Candidate[] = [];
  const maxGap = 2 * exact.length + 16;
  const minPart = Math.max(1, Math.ceil(exact.length / 2));
  if (prefix.length >= MIN_CONTEXT_EVIDENCE) {
    let tries = 0;
    for (let i = text.indexOf(prefix, lo); i !== -1 && i < hi && tries < 16; i = text.indexOf(prefix, i + 1), tries++) {
      const start = i + prefix.length;
      const j = suffix.length >= MIN_CONTEXT_EVIDENCE ? text.indexOf(suffix, start) : -1;
      if (j > start && j - start <= maxGap) {
        out.push({ start, end: j, evidence: 'both-sides' });
        continue;
      }
      const head = agreeingAfter(text, start, exact);
      if (head >= minPart) out.push({ start, end: start + head, evidence: 'one-side' });
    }
  }
  if (suffix.length >= MIN_CONTEXT_EVIDENCE) {
    let tries = 0;
    for (let j = text.indexOf(suffix, lo); j !== -1 && j < hi && tries < 16; j = text.indexOf(suffix, j + 1), tries++) {
      const tail = agreeingBefore(text, j, exact);
      if (tail >= minPart) out.push({ start: j - tail, end: j, evidence: 'one-side' });
    }
  }
  return nearest(out, hint, 8);
}

function bestIn(text: string, quote: TextQuoteSelector, lo: number, hi: number, hint: number): Scored | null {
  let best: Scored | null = null;
  for (const c of approximateCandidates(text, quote, lo, hi, hint)) {
    const s = scoreCandidate(text, quote, c, hint);
    if (acceptable(s, quote.exact.length) && (!best || s.score > best.score)) best = s;
  }
  return best;
}

function findApproximate(text: string, quote: TextQuoteSelector, hint: number): Scored | null {
  const lo = Math.max(0, hint - WINDOW_RADIUS);
  const hi = Math.min(text.length, hint + quote.exact.length + WINDOW_RADIUS);
  const near = bestIn(text, quote, lo, hi, hint);
  if (near) return near;
  if (lo === 0 && hi === text.length) return null;
  return bestIn(text, quote, 0, text.length, hint);
}

function place(text: string, annotation: StoredAnnotation, hint: number): Placement | null {
  const { quote, position } = annotation.target;
  const { exact } = quote;
  if (exact.length === 0) return null;
  const stored = position.start;
  const atStored = stored >= 0 && stored + exact.length <= text.length && text.startsWith(exact, stored);
  // Fast path: the quote and its whole context are where they were.
  if (atStored && contextAgreement(text, stored, stored + exact.length, quote) === quote.prefix.length + quote.suffix.length) {
    return { start: stored, end: stored + exact.length, status: 'exact' };
  }
  const found = findExactQuote(text, quote, hint);
  if (found !== -1) {
    if (atStored) {
      // The stored place keeps priority unless another occurrence has strictly better context.
      const here = contextAgreement(text, stored, stored + exact.length, quote);
      const there = contextAgreement(text, found, found + exact.length, quote);
      if (here >= there) return { start: stored, end: stored + exact.length, status: 'exact' };
    }
    return { start: found, end: found + exact.length, status: found === stored ? 'exact' : 'moved' };
  }
  const approx = findApproximate(text, quote, hint);
  return approx ? { start: approx.start, end: approx.end, status: 'fuzzy' } : null;
}

function anchored(annotation: StoredAnnotation, p: Placement | null): AnchoredAnnotation {
  return p
    ? { annotation, start: p.start, end: p.end, status: p.status }
    : { annotation, start: null, end: null, status: 'orphan' };
}

/** Anchors one annotation on `text`. */
export function anchorOne(text: string, annotation: StoredAnnotation, opts: AnchorOptions = {}): AnchoredAnnotation {
  return anchored(annotation, place(text, annotation, opts.hint ?? annotation.target.position.start));
}

/**
 * Anchors every annotation on `text`; results are in the order of `annotations`. The expected
 * position of each is its stored start shifted like its nearest placed predecessor.
 */
export function anchorAll(text: string, annotations: readonly StoredAnnotation[]): AnchoredAnnotation[] {
  const order = annotations.map((_, i) => i);
  order.sort((a, b) => annotations[a].target.position.start - annotations[b].target.position.start || a - b);
  const results: AnchoredAnnotation[] = new Array(annotations.length);
  let shift = 0;
  for (const i of order) {
    const a = annotations[i];
    const stored = a.target.position.start;
    const hint = Math.min(text.length, Math.max(0, stored + shift));
    const p = place(text, a, hint);
    if (p) shift = p.start - stored;
    results[i] = anchored(a, p);
  }
  return results;
}

/**
 * The stored form after anchoring: selectors rebuilt from the current text (position, prefix,
 * suffix; for a fuzzy match the exact quote too). An orphan keeps its selectors, marked orphan.
 * `modified` is not touched: re-anchoring is not a user's change.
 */
export function refreshSelectors(text: string, result: AnchoredAnnotation): StoredAnnotation {
  const { annotation } = result;
  if (result.status === 'orphan' || result.start === null || result.end === null) {
    return { ...annotation, orphan: true };
  }
  const { orphan: _dropped, ...rest } = annotation;
  return { ...rest, target: targetFor(text, result.start, result.end) };
}

/** Re-targets an annotation (typically an orphan) to a new selection; clears `orphan`. */
export function reattach(
  annotation: StoredAnnotation,
  text: string,
  start: number,
  end: number,
  now: Date = new Date(),
): StoredAnnotation {
  const { orphan: _dropped, ...rest } = annotation;
  return { ...rest, modified: now.toISOString(), target: targetFor(text, start, end) };
}

/** The annotations that could not be anchored. */
export function orphansOf(results: readonly AnchoredAnnotation[]): AnchoredAnnotation[] {
  return results.filter((r) => r.status === 'orphan');
}
