/**
 * Glossary term matching: an Aho–Corasick automaton over the UTF-16 code units of every term
 * and variant, built once per glossary, and a single linear pass over the text.
 *
 * Semantics of `find`:
 * - leftmost-longest, non-overlapping: among matches the one starting first wins, and among those
 *   starting at the same place the longest (构建新发展格局 over 新发展格局 when both are patterns;
 *   一带一路倡议 over 一带一路); the scan then resumes after it;
 * - a variant reports its entry's canonical term;
 * - characters are folded (see fold.ts): full-width/half-width, letter case and the kind of
 *   quotation mark do not matter; offsets are always those of the original text;
 * - a term may cross one line break (PDF/print extraction: 新发展\n格局, with optional spaces or
 *   an indent around the break, \r\n included); a blank line (paragraph break) or any other
 *   character stops it. `text` then contains the break. Turn off with `crossLineBreaks: false`.
 *
 * Cost: construction O(total pattern length · log alphabet) (CSR transition arrays + BFS for the
 * failure links); `find` O(n + number of pattern occurrences), memory O(longest pattern) besides
 * the result.
 */
import type { TermMatch } from '../types';
import { foldString, foldTable } from './fold';
import type { GlossaryEntry } from './types';

export interface TermMatcherOptions {
  /** Let a term cross a single line break (default true). */
  crossLineBreaks?: boolean;
}

const NONE = -1;

export class TermMatcher {
  /** The entries, in the order given (later entries win when two claim the same pattern). */
  readonly entries: readonly GlossaryEntry[];
  /** Number of distinct (folded) patterns. */
  readonly patternCount: number;
  private readonly crossLineBreaks: boolean;
  /** folded pattern -> index into `entries`. */
  private readonly patternEntry = new Map<string, number>();
  /** Longest pattern, in code units. */
  private readonly maxLen: number;

  // Automaton, state 0 = root. Transitions of state s: codes edgeCode[edgeStart[s] .. edgeStart[s+1]) (sorted).
  private readonly rootNext: Int32Array; // 65536 entries: direct table for the root
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly fail: Int32Array;
  /** Nearest state on the failure chain (excluding itself) that ends a pattern, or NONE. */
  private readonly dictLink: Int32Array;
  /** For a state that ends a pattern: the pattern's length; 0 otherwise. */
  private readonly outLen: Int32Array;
  /** For a state that ends a pattern: index into `entries`. */
  private readonly outEntry: Int32Array;

  constructor(entries: readonly GlossaryEntry[], options: TermMatcherOptions = {}) {
    this.entries = entries;
    this.crossLineBreaks = options.crossLineBreaks ?? true;
    entries.forEach((e, i) => {
      for (const p of [e.term, ...(e.variants ?? [])]) {
        if (p.length === 0) continue;
        this.patternEntry.set(foldString(p), i);
      }
    });
    this.patternCount = this.patternEntry.size;

    // 1. Trie with per-state child maps (construction only).
    const children: Map<number, number>[] = [new Map()];
    const outEntryList: number[] = [NONE];
    const depth: number[] = [0];
    let maxLen = 0;
    for (const [p, entryIndex] of this.patternEntry) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next = children[s].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outEntryList.push(NONE);
          depth.push(depth[s] + 1);
          children[s].set(c, next);
        }
        s = next;
      }
      outEntryList[s] = entryIndex;
      if (p.length > maxLen) maxLen = p.length;
    }
    this.maxLen = maxLen;
    const n = children.length;

    // 2. Flatten to CSR arrays with sorted codes.
    this.edgeStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) total += children[s].size;
    this.edgeCode = new Uint16Array(total);
    this.edgeTarget = new Int32Array(total);
    let k = 0;
    for (let s = 0; s < n; s++) {
      this.edgeStart[s] = k;
      const codes = [...children[s].keys()].sort((a, b) => a - b);
      for (const c of codes) {
        this.edgeCode[k] = c;
        this.edgeTarget[k] = children[s].get(c) as number;
        k++;
      }
    }
    this.edgeStart[n] = k;
    this.rootNext = new Int32Array(0x10000).fill(NONE);
    for (const [c, t] of children[0]) this.rootNext[c] = t;

    this.outLen = new Int32Array(n);
    this.outEntry = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      this.outEntry[s] = outEntryList[s];
      this.outLen[s] = outEntryList[s] === NONE ? 0 : depth[s];
    }

    // 3. Failure and dictionary links, breadth first.
    this.fail = new Int32Array(n);
    this.dictLink = new Int32Array(n).fill(NONE);
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    for (const t of children[0].values()) queue[tail++] = t; // fail = 0
    while (head < tail) {
      const s = queue[head++];
      const f = this.fail[s];
      this.dictLink[s] = this.outLen[f] > 0 ? f : this.dictLink[f];
      for (let e = this.edgeStart[s]; e < this.edgeStart[s + 1]; e++) {
        const c = this.edgeCode[e];
        const t = this.edgeTarget[e];
        let g = f;
        let next = NONE;
        for (;;) {
          next = this.step(g, c);
          if (next !== NONE || g === 0) break;
          g = this.fail[g];
        }
        this.fail[t] = next === NONE || next === t ? 0 : next;
        queue[tail++] = t;
      }
    }
  }

  /** The goto function (no failure): the child of `s` on code unit `c`, or NONE. */
  private step(s: number, c: number): number {
    if (s === 0) return this.rootNext[c];
    let lo = this.edgeStart[s];
    let hi = this.edgeStart[s + 1] - 1;
    // Most states have one or two children: a short linear scan beats bisection.
    if (hi - lo < 4) {
      for (; lo <= hi; lo++) if (this.edgeCode[lo] === c) return this.edgeTarget[lo];
      return NONE;
    }
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edgeCode[mid];
      if (m === c) return this.edgeTarget[mid];
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return NONE;
  }

  /** The entry a term or variant (as written in a text) maps to, if any. */
  lookup(termOrVariant: string): GlossaryEntry | undefined {
    const i = this.patternEntry.get(foldString(termOrVariant));
    return i === undefined ? undefined : this.entries[i];
  }

  /** All glossary terms in `text`, leftmost-longest and non-overlapping, in text order. */
  find(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const n = text.length;
    if (n === 0 || this.patternCount === 0) return out;
    const fold = foldTable();
    // Ring buffers over the "stream" of characters the automaton consumes (skipped line breaks
    // are not part of it). Stream position q: origin[q & mask] = offset in `text`;
    // bestEnd[q & mask] = 1 + stream end (inclusive) of the longest match starting at q, 0 if none.
    let size = 1;
    while (size < this.maxLen + 2) size <<= 1;
    const mask = size - 1;
    const origin = new Int32Array(size);
    const bestEnd = new Int32Array(size);
    const maxLen = this.maxLen;
    let q = 0; // stream position of the next character
    let finalized = 0; // stream positions < finalized have been decided
    let lastEnd = 0; // stream position after the last emitted match
    let state = 0;

    // Entry of the best match for each start, parallel to bestEnd.
    const bestEntry = new Int32Array(size);
    const finalizeUpTo = (limit: number): void => {
      for (; finalized < limit; finalized++) {
        const slot = finalized & mask;
        const e = bestEnd[slot];
        if (e === 0) continue;
        bestEnd[slot] = 0;
        if (finalized < lastEnd) continue; // overlaps the match already taken
        const a = origin[slot];
        const b = origin[(e - 1) & mask] + 1;
        const entry = this.entries[bestEntry[slot]];
        out.push({ start: a, end: b, text: text.slice(a, b), term: entry.term, category: entry.category, explained: true });
        lastEnd = e;
      }
    };
    const { rootNext, fail, outLen, dictLink, outEntry } = this;
    let plainUntil = 0; // whitespace before this offset is known not to be a single line break

    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (this.crossLineBreaks && state !== 0 && i >= plainUntil && (c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000)) {
        // Is this whitespace run a single line break (then skip it, keeping the state)?
        let j = i;
        let breaks = 0;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === 10) breaks++;
          else if (d === 13) {
            if (j + 1 < n && text.charCodeAt(j + 1) === 10) j++;
            breaks++;
          } else if (d !== 32 && d !== 9 && d !== 0x3000) break;
          j++;
        }
        if (breaks === 1 && j < n) {
          i = j - 1;
          continue;
        }
        // Otherwise consume the run's characters normally (they lead back to the root).
        plainUntil = j;
      }
      c = fold[c];
      // Automaton transition with failure links (the root's table inline: the common case).
      if (state === 0) state = rootNext[c] === NONE ? 0 : rootNext[c];
      else {
        for (;;) {
          const next = this.step(state, c);
          if (next !== NONE) {
            state = next;
            break;
          }
          state = fail[state];
          if (state === 0) {
            state = rootNext[c] === NONE ? 0 : rootNext[c];
            break;
          }
        }
      }
      origin[q & mask] = i;
      if (state !== 0) {
        // Record every pattern ending here: the longest match per start position.
        let t = outLen[state] > 0 ? state : dictLink[state];
        while (t !== NONE) {
          const slot = (q - outLen[t] + 1) & mask;
          if (bestEnd[slot] < q + 1) {
            bestEnd[slot] = q + 1;
            bestEntry[slot] = outEntry[t];
          }
          t = dictLink[t];
        }
      }
      q++;
      // A match starting at p ends at p + maxLen - 1 at the latest: starts <= q - maxLen are final.
      if (q - maxLen > finalized) finalizeUpTo(q - maxLen);
    }
    finalizeUpTo(q);
    return out;
  }
}
