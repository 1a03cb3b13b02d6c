/**
 * Where a stored quote is now: candidates scored together, and the place whose context still fits
 * preferred to another copy of the same words (issue 11, issue 12 finding 1).
 *
 *  1. exact in place — the quote and its whole stored context at the expected position;
 *  2. in place      — candidates overlapping the expected range whose prefix or suffix still fits
 *                     (found by the context around the expected position, by approximate search
 *                     near it, or as the exact quote there). When there are such candidates, the
 *                     annotation's own place is there: the best credible one wins, and when none is
 *                     credible (the passage was deleted or rewritten beyond recognition) the
 *                     annotation is an orphan. A copy elsewhere is never taken instead;
 *  3. elsewhere     — exact copies (the best by context and the nearest) and approximate matches
 *                     (Myers' bit-parallel algorithm from `approx-string-match`, as Hypothesis's
 *                     match-quote.ts), near the position first, then in the whole text. A place
 *                     elsewhere is credible only when its context fits there (both sides, or one
 *                     side almost verbatim):
 *                     a short or recurring quote whose prefix and suffix no longer fit is an orphan,
 *                     not a move; the same for a deleted paragraph whose text occurs elsewhere;
 *  4. orphan        — nothing credible: kept, listed, re-attachable, never dropped.
 *
 * Each candidate is scored on quote similarity, prefix and suffix similarity (anchored at the
 * candidate's edges, tolerant of small edits such as a PDF line break) and distance.
 */
import approxSearch from 'approx-string-match';
import type { AnchorStatus, TextQuoteSelector } from './model';

/** Longest pattern given to the approximate search; longer quotes are matched by head and tail. */
const APPROX_PATTERN_MAX = 64;
/** Half-width of the window searched around the expected position before the whole text. */
const WINDOW_RADIUS = 2048;
/** How far (code units) from the expected position the stored context is looked for. */
const IN_PLACE_SLACK = 16;
/** How far outside the expected range a candidate may start or end and still be "in place". */
const OVERLAP_SLACK = 2;
/** At most this many approximate matches (nearest the expected position) are scored. */
const MAX_CANDIDATES = 40;
/** Exact occurrences scored: the best by verbatim context and the nearest to the hint. */
const MAX_EXACT_BY_CONTEXT = 4;
const MAX_EXACT_NEAREST = 4;
/** Occurrences of the exact quote looked at, at most (a one-character quote in a 20 MB text). */
const MAX_EXACT_SCANNED = 20000;
/** A side of the stored context fits a place from this anchored similarity on (0..1). */
const SIDE_FIT = 0.6;
/** A stored side shorter than this is no evidence of an own place (e.g. a foreign two-character suffix). */
const MIN_SIDE_EVIDENCE = 4;
/** One side of the context alone carries a place elsewhere from this similarity on. */
const SIDE_STRONG = 0.85;
/** An own place whose context fits this well is not compared with places elsewhere. */
const CONTEXT_SURE = 0.9;
/** A place elsewhere replaces a poorly fitting own place only with context better by this much. */
const CONTEXT_MARGIN = 0.15;
/** A fuzzy match is never accepted below this quote similarity, whatever its context. */
const MIN_QUOTE_SIMILARITY = 0.5;
/** Between an intact prefix and suffix, a rewritten quote is accepted down to this similarity. */
const MIN_REWRITTEN_SIMILARITY = 0.3;
/** Least length of a stored prefix or suffix that counts as evidence when found verbatim. */
const MIN_CONTEXT_EVIDENCE = 12;

const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 30;
const POSITION_WEIGHT = 20;
const TOTAL_WEIGHT = QUOTE_WEIGHT + CONTEXT_WEIGHT + POSITION_WEIGHT;

export interface Placement {
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

interface Scored extends Candidate {
  quote: number;
  prefix: number | null;
  suffix: number | null;
  distance: number;
  score: number;
}

/** How many characters just before `end` in `text` agree with the end of `prefix`. */
export function agreeingBefore(text: string, end: number, prefix: string): number {
  let k = 0;
  const max = Math.min(prefix.length, end);
  while (k < max && text.charCodeAt(end - 1 - k) === prefix.charCodeAt(prefix.length - 1 - k)) k++;
  return k;
}

/** How many characters from `start` in `text` agree with the start of `suffix`. */
export function agreeingAfter(text: string, start: number, suffix: string): number {
  let k = 0;
  const max = Math.min(suffix.length, text.length - start);
  while (k < max && text.charCodeAt(start + k) === suffix.charCodeAt(k)) k++;
  return k;
}

function contextAgreement(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  return agreeingBefore(text, start, quote.prefix) + agreeingAfter(text, end, quote.suffix);
}

/**
 * Similarity 0..1 of a stored side of context to the text touching a candidate's edge: the edit
 * distance of the whole side to the text that ends at `boundary` (prefix) or starts there
 * (suffix), the other end free. 1 − errors / length.
 */
function sideSimilarity(text: string, boundary: number, side: string, before: boolean): number {
  const m = side.length;
  const agreed = before ? agreeingBefore(text, boundary, side) : agreeingAfter(text, boundary, side);
  if (agreed === m) return 1;
  const span = m + Math.ceil(m / 2) + 2;
  const seg = before ? text.slice(Math.max(0, boundary - span), boundary) : text.slice(boundary, boundary + span);
  const n = seg.length;
  // prev[j]: distance of the first i side units (from the boundary outwards) to the first j text units.
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = before ? side.charCodeAt(m - i) : side.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const t = before ? seg.charCodeAt(n - j) : seg.charCodeAt(j - 1);
      cur[j] = Math.min(prev[j - 1] + (c === t ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) best = Math.min(best, prev[j]);
  return 1 - best / m;
}

function maxErrorsFor(length: number): number {
  return Math.min(256, Math.floor(length / 4));
}

/** Levenshtein distance of two strings (UTF-16 units), two rows. */
function editDistance(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (c === b.charCodeAt(j - 1) ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Quotes and candidates up to this product of lengths are compared by a full edit distance. */
const FULL_DISTANCE_CELLS = 20000;

/** Similarity 0..1 of the quote to `piece` (1 − errors / length), the length difference counted too. */
function quoteSimilarity(text: string, c: Candidate, exact: string): number {
  const piece = text.slice(c.start, c.end);
  let errors = c.errors;
  if (errors === undefined) {
    if (piece === exact) errors = 0;
    else if (piece.length === 0) errors = exact.length;
    else if (piece.length * exact.length <= FULL_DISTANCE_CELLS) errors = editDistance(piece, exact);
    else {
      // A long quote: below half similar it is rejected anyway, so search with that many errors.
      const matches = approxSearch(piece, exact, Math.floor(exact.length / 2));
      errors = matches.length === 0 ? exact.length : Math.min(...matches.map((m) => m.errors));
    }
  }
  const lengthGap = Math.abs(piece.length - exact.length);
  return Math.max(0, 1 - Math.max(errors, lengthGap) / exact.length);
}

export function score(text: string, quote: TextQuoteSelector, c: Candidate, hint: number): Scored {
  const q = quoteSimilarity(text, c, quote.exact);
  const prefix = quote.prefix.length === 0 ? null : sideSimilarity(text, c.start, quote.prefix, true);
  const suffix = quote.suffix.length === 0 ? null : sideSimilarity(text, c.end, quote.suffix, false);
  const distance = Math.abs(c.start - hint);
  const context = contextScore({ prefix, suffix }, quote) ?? 0.5;
  const position = 1 / (1 + distance / (quote.exact.length + 2 * IN_PLACE_SLACK));
  const total = (QUOTE_WEIGHT * q + CONTEXT_WEIGHT * context + POSITION_WEIGHT * position) / TOTAL_WEIGHT;
  return { ...c, quote: q, prefix, suffix, distance, score: total };
}

/** The stored sides' similarities weighted by their lengths; null when no context was stored. */
function contextScore(s: { prefix: number | null; suffix: number | null }, quote: TextQuoteSelector): number | null {
  const lp = s.prefix === null ? 0 : quote.prefix.length;
  const ls = s.suffix === null ? 0 : quote.suffix.length;
  if (lp + ls === 0) return null;
  return ((s.prefix ?? 0) * lp + (s.suffix ?? 0) * ls) / (lp + ls);
}

/** Some side of the context fits and is long enough to be evidence of the place (not two characters). */
function someSideFits(s: Scored, quote: TextQuoteSelector): boolean {
  return (
    (s.prefix !== null && s.prefix >= SIDE_FIT && quote.prefix.length >= MIN_SIDE_EVIDENCE) ||
    (s.suffix !== null && s.suffix >= SIDE_FIT && quote.suffix.length >= MIN_SIDE_EVIDENCE)
  );
}

/**
 * The context is evidence enough for a place away from the expected one: every stored side fits,
 * or one side fits almost verbatim (a paragraph moved whose other neighbour was edited).
 */
function contextCarries(s: Scored): boolean {
  if (s.prefix === null && s.suffix === null) return false;
  const every = (s.prefix === null || s.prefix >= SIDE_FIT) && (s.suffix === null || s.suffix >= SIDE_FIT);
  return every || (s.prefix ?? 0) >= SIDE_STRONG || (s.suffix ?? 0) >= SIDE_STRONG;
}

/** Whether the quote text at a candidate is close enough to the stored quote to be "the same passage". */
function quoteCredible(s: Scored): boolean {
  if (s.end <= s.start) return false;
  if (s.evidence === 'both-sides') return s.quote >= MIN_REWRITTEN_SIMILARITY;
  if (s.evidence === 'one-side') return true; // at least half of the quote is still attached to it
  return s.quote >= MIN_QUOTE_SIMILARITY;
}

function best(items: Scored[]): Scored | null {
  let top: Scored | null = null;
  for (const s of items) if (!top || s.score > top.score || (s.score === top.score && s.distance < top.distance)) top = s;
  return top;
}

function nearest<T extends { start: number }>(items: T[], hint: number, limit: number): T[] {
  if (items.length <= limit) return items;
  return [...items].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, limit);
}

/** Exact occurrences worth scoring: the best few by verbatim context and the few nearest the hint. */
function exactCandidates(text: string, quote: TextQuoteSelector, hint: number): { candidates: Candidate[]; count: number } {
  const { exact } = quote;
  const byContext: { start: number; agreement: number }[] = [];
  const all: number[] = [];
  let count = 0;
  for (let i = text.indexOf(exact); i !== -1 && count < MAX_EXACT_SCANNED; i = text.indexOf(exact, i + 1), count++) {
    all.push(i);
    const agreement = contextAgreement(text, i, i + exact.length, quote);
    byContext.push({ start: i, agreement });
  }
  byContext.sort((a, b) => b.agreement - a.agreement || Math.abs(a.start - hint) - Math.abs(b.start - hint));
  const starts = new Set<number>(byContext.slice(0, MAX_EXACT_BY_CONTEXT).map((o) => o.start));
  for (const i of nearest(all.map((start) => ({ start })), hint, MAX_EXACT_NEAREST)) starts.add(i.start);
  return { candidates: [...starts].map((start) => ({ start, end: start + exact.length, errors: 0 })), count };
}

/**
 * The best approximate match of `piece` in text[from, to) whose end (atEnd) or start lies within
 * `target` ± IN_PLACE_SLACK: the fewest errors, then nearest `target`; -1 when there is none.
 * The region is wider than the accepted positions so that no match is cut short at its edge.
 */
function matchNear(text: string, piece: string, target: number, atEnd: boolean): number {
  if (piece.length === 0) return -1;
  const reach = piece.length + IN_PLACE_SLACK + maxErrorsFor(piece.length);
  const from = Math.max(0, target - (atEnd ? reach : IN_PLACE_SLACK + maxErrorsFor(piece.length)));
  const to = Math.min(text.length, target + (atEnd ? IN_PLACE_SLACK + maxErrorsFor(piece.length) : reach));
  if (to <= from) return -1;
  // Verbatim first (no error is the best match there is): the common case, and far cheaper.
  let bestAt = -1;
  for (let i = text.indexOf(piece, Math.max(0, target - IN_PLACE_SLACK - (atEnd ? piece.length : 0))); i !== -1; i = text.indexOf(piece, i + 1)) {
    const at = atEnd ? i + piece.length : i;
    if (at > target + IN_PLACE_SLACK) break;
    if (Math.abs(at - target) <= IN_PLACE_SLACK && (bestAt < 0 || Math.abs(at - target) < Math.abs(bestAt - target))) bestAt = at;
  }
  if (bestAt >= 0) return bestAt;
  let bestErrors = Infinity;
  for (const m of approxSearch(text.slice(from, to), piece, maxErrorsFor(piece.length))) {
    const at = from + (atEnd ? m.end : m.start);
    if (Math.abs(at - target) > IN_PLACE_SLACK) continue;
    if (m.errors < bestErrors || (m.errors === bestErrors && Math.abs(at - target) < Math.abs(bestAt - target))) {
      bestAt = at;
      bestErrors = m.errors;
    }
  }
  return bestAt;
}

/**
 * Candidates delimited by the stored context found next to the expected range: the prefix ending
 * near `hint`, the suffix starting near the expected end (approximately, so that a line break or a
 * changed character in the context does not hide the place).
 */
function contextProbe(text: string, quote: TextQuoteSelector, hint: number): Candidate[] {
  const { prefix, suffix, exact } = quote;
  const L = exact.length;
  const prefixEnd = matchNear(text, prefix, hint, true);
  // The suffix is looked for after the prefix found, or after the expected end; an edit inside the
  // quote moves it by up to a quote length.
  let suffixStart = -1;
  for (const target of prefixEnd >= 0 ? [prefixEnd + L, hint + L] : [hint + L]) {
    suffixStart = matchNear(text, suffix, target, false);
    if (suffixStart >= 0) break;
  }
  if (suffixStart < 0 && L > IN_PLACE_SLACK) suffixStart = matchNear(text, suffix, (prefixEnd >= 0 ? prefixEnd : hint) + 2 * IN_PLACE_SLACK, false);
  const out: Candidate[] = [];
  const prefixOk = prefixEnd >= 0;
  const suffixOk = suffixStart >= 0;
  if (prefixOk && suffixOk && suffixStart > prefixEnd) out.push({ start: prefixEnd, end: suffixStart, evidence: 'both-sides' });
  // One side only: the part of the quote still attached to it when at least half is, else a quote-long range.
  const minPart = Math.ceil(L / 2);
  if (prefixOk) {
    const head = agreeingAfter(text, prefixEnd, exact);
    out.push(head >= minPart ? { start: prefixEnd, end: prefixEnd + head, evidence: 'one-side' } : { start: prefixEnd, end: Math.min(text.length, prefixEnd + L) });
  }
  if (suffixOk) {
    const tail = agreeingBefore(text, suffixStart, exact);
    out.push(tail >= minPart ? { start: suffixStart - tail, end: suffixStart, evidence: 'one-side' } : { start: Math.max(0, suffixStart - L), end: suffixStart });
  }
  return out.filter((c) => c.end > c.start);
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

/** Approximate matches of the quote within text[lo, hi). */
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
 * Candidates from the stored context found verbatim in text[lo, hi) (each side at least
 * MIN_CONTEXT_EVIDENCE characters): the text between prefix and suffix (a short quote rewritten,
 * a number revised: approximate search cannot find those), or, when only one side survived, the
 * part of the quote still attached to it (a quote cut short by a deletion).
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

/**
 * A candidate is in place when it overlaps the expected range itself (give or take OVERLAP_SLACK):
 * a copy of the passage a few characters away (a repeated sentence) is not in place.
 */
function overlapsExpected(c: Candidate, hint: number, length: number): boolean {
  return c.start < hint + length + OVERLAP_SLACK && c.end > hint - OVERLAP_SLACK;
}

function statusOf(text: string, quote: TextQuoteSelector, s: Scored, stored: number): Placement['status'] {
  if (text.slice(s.start, s.end) !== quote.exact) return 'fuzzy';
  return s.start === stored ? 'exact' : 'moved';
}

interface InPlace {
  /** The best credible candidate in place, or null when the place is there but its text is not. */
  top: Scored | null;
  /** How well the context fits there (of `top`, else the best of the candidates in place). */
  context: number;
}

/** Stage 2: the annotation's own place, if its context is still found there; null: no own place. */
function findInPlace(text: string, quote: TextQuoteSelector, hint: number): InPlace | null {
  const L = quote.exact.length;
  // Wide enough that no match overlapping the expected range is cut short at the region's edge.
  const lo = Math.max(0, hint - 2 * L - IN_PLACE_SLACK - maxErrorsFor(L));
  const hi = Math.min(text.length, hint + 2 * L + IN_PLACE_SLACK + maxErrorsFor(L));
  const inPlaceOf = (raw: Candidate[]) =>
    raw
      .filter((c) => overlapsExpected(c, hint, L))
      .map((c) => score(text, quote, c, hint))
      .filter((s) => someSideFits(s, quote) || (s.quote === 1 && s.errors === 0 && contextScore(s, quote) === null));
  const raw: Candidate[] = [...contextProbe(text, quote, hint)];
  for (let i = text.indexOf(quote.exact, lo); i !== -1 && i + L <= hi; i = text.indexOf(quote.exact, i + 1)) raw.push({ start: i, end: i + L, errors: 0 });
  let inPlace = inPlaceOf(raw);
  // The approximate search is the costly part: only when the context did not settle the place.
  const settled = inPlace.some((s) => quoteCredible(s) && (contextScore(s, quote) ?? 0) >= CONTEXT_SURE);
  if (!settled) {
    const approx: Candidate[] = [];
    if (L <= APPROX_PATTERN_MAX && maxErrorsFor(L) > 0) {
      for (const m of approxSearch(text.slice(lo, hi), quote.exact, maxErrorsFor(L))) approx.push({ start: lo + m.start, end: lo + m.end, errors: m.errors });
    } else if (L > APPROX_PATTERN_MAX) {
      approx.push(...approximateCandidates(text, quote, lo, Math.min(text.length, hi + L), hint));
    }
    inPlace = [...inPlace, ...inPlaceOf(approx)];
  }
  if (inPlace.length === 0) return null;
  const top = best(inPlace.filter(quoteCredible));
  const context = top ? contextScore(top, quote) ?? 1 : Math.max(...inPlace.map((s) => contextScore(s, quote) ?? 0));
  return { top, context };
}

/** Stage 3: the most credible place elsewhere (the context carries it: see contextCarries), or null. */
function findElsewhere(text: string, quote: TextQuoteSelector, hint: number, exactOnly: boolean): Scored | null {
  const exact = exactCandidates(text, quote, hint);
  const noContext = quote.prefix.length === 0 && quote.suffix.length === 0;
  const credible = (s: Scored) => quoteCredible(s) && (contextCarries(s) || (noContext && exact.count === 1 && s.errors === 0));
  const pick = (candidates: Candidate[]) => best(candidates.map((c) => score(text, quote, c, hint)).filter(credible));
  // An exact copy whose context fits this well is not beaten by an approximate match elsewhere
  // (one near the expected position would have been found in place): skip the costly search.
  const exactTop = pick(exact.candidates);
  if (exactOnly || (exactTop && (contextScore(exactTop, quote) ?? 0) >= CONTEXT_SURE)) return exactTop;
  const lo = Math.max(0, hint - WINDOW_RADIUS);
  const hi = Math.min(text.length, hint + quote.exact.length + WINDOW_RADIUS);
  const top = pick([...exact.candidates, ...approximateCandidates(text, quote, lo, hi, hint)]);
  if (top || (lo === 0 && hi === text.length)) return top;
  return pick(approximateCandidates(text, quote, 0, text.length, hint));
}

/**
 * Where `quote` (stored at `stored`) is in `text` now, expected at `hint`; null for an orphan.
 */
export function locateQuote(text: string, quote: TextQuoteSelector, stored: number, hint: number): Placement | null {
  const { exact } = quote;
  if (exact.length === 0 || text.length === 0) return null;
  // Fast path: the quote and its whole context are where they were (or where they are expected).
  for (const at of hint === stored ? [stored] : [hint, stored]) {
    if (at >= 0 && at + exact.length <= text.length && text.startsWith(exact, at) && contextAgreement(text, at, at + exact.length, quote) === quote.prefix.length + quote.suffix.length) {
      return { start: at, end: at + exact.length, status: at === stored ? 'exact' : 'moved' };
    }
  }
  const own = findInPlace(text, quote, hint);
  // The own place wins unless its context fits poorly and a place elsewhere fits clearly better
  // (the expected position was off, and the quote recurs a few characters away).
  let top = own?.top ?? null;
  if (!own) top = findElsewhere(text, quote, hint, false);
  else if (own.context < CONTEXT_SURE) {
    // Against an own place, only exact copies elsewhere are weighed (an approximate match far off
    // with better context is too rare to pay a search of the whole window for).
    const other = findElsewhere(text, quote, hint, true);
    const otherContext = other ? contextScore(other, quote) ?? 0 : 0;
    if (other && otherContext >= own.context + CONTEXT_MARGIN) top = other;
  }
  return top ? { start: top.start, end: top.end, status: statusOf(text, quote, top, stored) } : null;
}
