/**
 * Glossary term matching: a trie over the folded UTF-16 code units of every term and variant,
 * built once per glossary, walked from each offset where a pattern can start.
 *
 * Semantics of `find`:
 * - leftmost-longest, non-overlapping: among matches the one starting first wins, and among those
 *   starting at the same place the longest (构建新发展格局 over 新发展格局 when both are patterns;
 *   一带一路倡议 over 一带一路); the scan then resumes after it;
 * - a variant reports its entry's canonical term; so does a derived form (variants.ts: 生产者责任延伸制
 *   for …制度, 区域医疗中心 for 国家区域医疗中心), which never displaces an entry's own pattern;
 * - characters are folded (see fold.ts): full-width/half-width, letter case and the kind of
 *   quotation mark do not matter; offsets are always those of the original text;
 * - a term may cross one line break (PDF/print extraction: 新发展\n格局, with optional spaces or
 *   an indent around the break, \r\n included); a blank line (paragraph break) or any other
 *   character stops it. `text` then contains the break. Turn off with `crossLineBreaks: false`.
 *
 * Cost: construction O(total pattern length) (the root's children in a direct table, every edge in
 * a hash table, a filter of the pattern-starting character pairs); `find` O(n · longest pattern) in
 * the worst case, in practice about one table look-up per character: most offsets start no pattern
 * (one look-up) or no two-character pattern prefix (the pair filter), and walks are short. Memory
 * O(1) besides the result.
 */
import type { TermMatch } from '../types';
import { foldString, foldTable } from './fold';
import type { GlossaryEntry } from './types';
import { derivedForms } from './variants';

export interface TermMatcherOptions {
  /** Let a term cross a single line break (default true). */
  crossLineBreaks?: boolean;
}

const NONE = -1;
/** Size of the pair filter, in bits (a power of two; 2^20 bits = 128 KB). */
const PAIR_BITS = 1 << 20;

function edgeHash(state: number, c: number): number {
  return Math.imul(state ^ Math.imul(c, 0x85ebca77), 0x9e3779b1) >>> 7;
}

function pairHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca77)) >>> 12;
}

/** Hash of three (folded) code units for the triple filter; c3 = END for a two-unit pattern. */
function tripleHash(c1: number, c2: number, c3: number): number {
  return (Math.imul(c1, 0x85ebca77) ^ Math.imul(c2, 0xc2b2ae35) ^ Math.imul(c3, 0x9e3779b1)) >>> 12;
}

/** Not a code unit: the "third unit" of a two-unit pattern in the triple filter. */
const END = 0x10000;

/** Hash of two raw (unfolded) code units for the raw pair filter of `find`'s skip loop. */
function rawPairHash(c1: number, c2: number): number {
  return (Math.imul(c1, 0x85ebca77) ^ Math.imul(c2, 0x9e3779b1)) >>> 12;
}

/** The whitespace units a term may cross (a line break with spaces or an indent around it). */
const SPACES = [9, 10, 13, 32, 0x3000];

let preimages: Map<number, number[]> | null = null;

/** Every raw code unit that folds to `f` (`f` itself included), for the folds that are not the identity. */
function foldPreimages(): Map<number, number[]> {
  if (preimages === null) {
    const fold = foldTable();
    const m = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) {
      const f = fold[c];
      if (f === c) continue;
      let list = m.get(f);
      if (list === undefined) m.set(f, (list = [f]));
      list.push(c);
    }
    preimages = m;
  }
  return preimages;
}

export class TermMatcher {
  /** The entries, in the order given (later entries win when two claim the same pattern). */
  readonly entries: readonly GlossaryEntry[];
  /** Number of distinct (folded) patterns of the entries themselves (derived forms not counted). */
  readonly patternCount: number;
  private readonly crossLineBreaks: boolean;
  /** folded pattern -> index into `entries`. */
  private readonly patternEntry = new Map<string, number>();

  // Trie, state 0 = root: a direct table for the root's children, a hash table for every edge.
  /** The root's child on the folded form of a raw (unfolded) code unit: one look-up per character. */
  private readonly rootNext: Int32Array; // 65536 entries
  /** For a state that ends a pattern: the pattern's length; 0 otherwise. */
  private readonly outLen: Int32Array;
  /** For a state that ends a pattern: index into `entries`. */
  private readonly outEntry: Int32Array;

  /**
   * Bit set over hashed pairs of (folded) code units that start a pattern of two or more units: a
   * filter that rejects most offsets whose first character starts a pattern but whose first two
   * do not, without walking the trie.
   */
  private readonly pairBits: Uint32Array;
  /**
   * Bit set over hashed triples of (folded) code units that start a pattern of three or more units,
   * and over (c1, c2, END) for every two-unit pattern: rejects most offsets that pass the pair
   * filter (a common two-character prefix) but whose third character continues no pattern, before
   * two probes of the edge table.
   */
  private readonly tripleBits: Uint32Array;
  /**
   * Bit set over hashed pairs of raw (unfolded) code units: every raw pair that folds to the first
   * two units of a pattern, and every raw form of a pattern's first unit followed by whitespace.
   * With no one-unit pattern, an offset whose raw pair is not in it starts no match: `find` skips
   * such offsets with one hash and one look-up each, before any fold or trie table is read.
   */
  private readonly rawPairBits: Uint32Array;
  /**
   * The raw pairs of `rawPairBits` after which the third unit does not matter: the raw forms of
   * every two-unit pattern, and a first unit followed by whitespace.
   */
  private readonly rawPairAlways: Uint32Array;
  /**
   * Bit set over hashed raw triples: every raw triple that folds to the first three units of a
   * pattern, and every raw form of a pattern's first two units followed by whitespace.
   */
  private readonly rawTripleBits: Uint32Array;
  /** Some pattern is a single unit: then every offset is examined (no skip loop). */
  private readonly hasSingle: boolean;
  /** Every trie edge in an open-addressing hash table keyed by (state, code unit), for `find`. */
  private readonly hashMask: number;
  private readonly hashState: Int32Array;
  private readonly hashCode: Uint16Array;
  private readonly hashTarget: Int32Array;

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
    // Derived forms (variants.ts: 生产者责任延伸制, 区域医疗中心) after every entry's own patterns,
    // so that an explicit pattern of any entry wins; the first entry deriving a form keeps it.
    entries.forEach((e, i) => {
      for (const p of [e.term, ...(e.variants ?? [])]) {
        for (const d of derivedForms(p)) {
          const f = foldString(d);
          if (!this.patternEntry.has(f)) this.patternEntry.set(f, i);
        }
      }
    });

    // The trie is built straight into its flat form: a direct table for the root's children and
    // an open-addressing hash table for every edge, sized from the total pattern length (an upper
    // bound of the edge count, so the table is never more than half full). No per-state maps.
    let totalLength = 0;
    for (const p of this.patternEntry.keys()) totalLength += p.length;
    let hashSize = 16;
    while (hashSize < totalLength * 2) hashSize <<= 1;
    const hashMask = hashSize - 1;
    const hashState = new Int32Array(hashSize).fill(NONE);
    const hashCode = new Uint16Array(hashSize);
    const hashTarget = new Int32Array(hashSize);
    const rootFolded = new Int32Array(0x10000).fill(NONE);
    const pairBits = new Uint32Array(PAIR_BITS >>> 5);
    const tripleBits = new Uint32Array(PAIR_BITS >>> 5);
    // Per state (at most one per pattern unit, plus the root): the entry it ends, its depth, and
    // for a state of depth 1 its (folded) code unit, for the pair filter.
    const outEntryList = new Int32Array(totalLength + 1).fill(NONE);
    const depth = new Int32Array(totalLength + 1);
    const firstUnit = new Int32Array(totalLength + 1);
    const secondUnit = new Int32Array(totalLength + 1);
    let states = 1;
    for (const [p, entryIndex] of this.patternEntry) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let next: number;
        if (s === 0) {
          next = rootFolded[c];
        } else {
          let h = edgeHash(s, c) & hashMask;
          next = NONE;
          for (let hs = hashState[h]; hs !== NONE; hs = hashState[h]) {
            if (hs === s && hashCode[h] === c) {
              next = hashTarget[h];
              break;
            }
            h = (h + 1) & hashMask;
          }
          if (next === NONE) {
            next = states;
            hashState[h] = s;
            hashCode[h] = c;
            hashTarget[h] = next;
            if (depth[s] === 1) {
              const ph = pairHash(firstUnit[s], c);
              pairBits[ph >>> 5] |= 1 << (ph & 31);
            } else if (depth[s] === 2) {
              const th = tripleHash(firstUnit[s], secondUnit[s], c);
              tripleBits[th >>> 5] |= 1 << (th & 31);
            }
          }
        }
        if (next === NONE) {
          // A new child of the root: in the direct table, and in the hash table like every edge.
          next = states;
          rootFolded[c] = next;
          let h = edgeHash(0, c) & hashMask;
          while (hashState[h] !== NONE) h = (h + 1) & hashMask;
          hashState[h] = 0;
          hashCode[h] = c;
          hashTarget[h] = next;
        }
        if (next === states) {
          states++;
          depth[next] = depth[s] + 1;
          firstUnit[next] = depth[next] === 1 ? c : firstUnit[s];
          if (depth[next] === 2) secondUnit[next] = c;
        }
        s = next;
      }
      outEntryList[s] = entryIndex;
      if (depth[s] === 2) {
        const th = tripleHash(firstUnit[s], secondUnit[s], END);
        tripleBits[th >>> 5] |= 1 << (th & 31);
      }
    }
    const n = states;
    const fold = foldTable();
    // The raw pair filter, from the depth-2 states' (first, second) units and the first units.
    const pre = foldPreimages();
    const rawPairBits = new Uint32Array(PAIR_BITS >>> 5);
    const rawPairAlways = new Uint32Array(PAIR_BITS >>> 5);
    const rawTripleBits = new Uint32Array(PAIR_BITS >>> 5);
    const setBit = (bits: Uint32Array, h: number): void => {
      bits[h >>> 5] |= 1 << (h & 31);
    };
    const forms = (f: number): readonly number[] => pre.get(f) ?? [f];
    let hasSingle = false;
    // The third unit of each state of depth 3 (states are numbered in creation order, so a parent's
    // number is below its child's; the unit is read back from the edge table).
    const thirdOf = new Int32Array(n).fill(NONE);
    for (let h = 0; h < hashSize; h++) if (hashState[h] !== NONE && depth[hashState[h]] === 2) thirdOf[hashTarget[h]] = hashCode[h];
    const parent = new Int32Array(n);
    for (let h = 0; h < hashSize; h++) if (hashState[h] !== NONE) parent[hashTarget[h]] = hashState[h];
    for (let s = 1; s < n; s++) {
      if (depth[s] === 1) {
        if (outEntryList[s] !== NONE) hasSingle = true;
        for (const a of forms(firstUnit[s])) {
          for (const b of SPACES) {
            setBit(rawPairBits, rawPairHash(a, b));
            setBit(rawPairAlways, rawPairHash(a, b));
          }
        }
      } else if (depth[s] === 2) {
        const bs = forms(secondUnit[s]);
        for (const a of forms(firstUnit[s])) {
          for (const b of bs) {
            setBit(rawPairBits, rawPairHash(a, b));
            if (outEntryList[s] !== NONE) setBit(rawPairAlways, rawPairHash(a, b));
            for (const c of SPACES) setBit(rawTripleBits, tripleHash(a, b, c));
          }
        }
      } else if (depth[s] === 3) {
        const p = parent[s];
        const bs = forms(secondUnit[p]);
        const cs = forms(thirdOf[s]);
        for (const a of forms(firstUnit[p])) for (const b of bs) for (const c of cs) setBit(rawTripleBits, tripleHash(a, b, c));
      }
    }
    this.rawPairBits = rawPairBits;
    this.rawPairAlways = rawPairAlways;
    this.rawTripleBits = rawTripleBits;
    this.hasSingle = hasSingle;
    this.rootNext = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) this.rootNext[c] = rootFolded[fold[c]];
    this.hashMask = hashMask;
    this.hashState = hashState;
    this.hashCode = hashCode;
    this.hashTarget = hashTarget;
    this.pairBits = pairBits;
    this.tripleBits = tripleBits;

    this.outLen = new Int32Array(n);
    this.outEntry = new Int32Array(n);
    for (let s = 0; s < n; s++) {
      this.outEntry[s] = outEntryList[s];
      this.outLen[s] = outEntryList[s] === NONE ? 0 : depth[s];
    }
  }

  /** The entry a term or variant (as written in a text) maps to, if any. */
  lookup(termOrVariant: string): GlossaryEntry | undefined {
    const i = this.patternEntry.get(foldString(termOrVariant));
    return i === undefined ? undefined : this.entries[i];
  }

  /**
   * All glossary terms in `text`, leftmost-longest and non-overlapping, in text order. With `from`
   * and `to`, those of `text.slice(from, to)` with offsets in `text` (no copy of the part is made).
   */
  find(text: string, from = 0, to = text.length): TermMatch[] {
    const out: TermMatch[] = [];
    const n = to;
    if (n <= from || this.patternCount === 0) return out;
    const fold = foldTable();
    const { rootNext, outLen, outEntry, entries, pairBits, tripleBits, rawPairBits, rawPairAlways, rawTripleBits, hashMask, hashState, hashCode, hashTarget } = this;
    const skip = !this.hasSingle;
    const crossLineBreaks = this.crossLineBreaks;
    // Whitespace before this offset is known not to be a single line break (as in a streaming
    // automaton, a run is examined once, from its first character reached inside a term).
    let plainUntil = from;

    // Leftmost-longest, non-overlapping: at each offset, follow the trie as far as the text allows
    // and keep the longest pattern ending on the way; take it and resume after it, else move on.
    // A walk is at most as long as the longest pattern (plus skipped line breaks).
    for (let i = from; i < n; i++) {
      if (skip) {
        // Skip loop: with no one-unit pattern, an offset whose raw pair is not in the raw pair
        // filter starts no match (its folded pair starts no pattern and the second unit is not
        // whitespace, so the walk below would stop at the second unit, leaving plainUntil as is).
        // The same holds when the raw triple is not in the raw triple filter, unless the pair is a
        // whole pattern or the second unit is whitespace (`rawPairAlways`).
        let a = text.charCodeAt(i);
        let j = i + 1;
        for (; j < n; j++) {
          const b = text.charCodeAt(j);
          const h = rawPairHash(a, b);
          if ((rawPairBits[h >>> 5] & (1 << (h & 31))) !== 0) {
            if ((rawPairAlways[h >>> 5] & (1 << (h & 31))) !== 0 || j + 1 >= n) break;
            const t = tripleHash(a, b, text.charCodeAt(j + 1));
            if ((rawTripleBits[t >>> 5] & (1 << (t & 31))) !== 0) break;
          }
          a = b;
        }
        if (j >= n) break; // the last unit alone is no match
        i = j - 1;
      }
      const raw = text.charCodeAt(i);
      let state = rootNext[raw];
      if (state === NONE) continue;
      const c1 = fold[raw];
      let bestEnd = outLen[state] > 0 ? i + 1 : -1;
      if (bestEnd < 0 && i + 1 < n) {
        // No one-unit pattern here: most offsets are rejected by the pair filter (whitespace,
        // possibly a line break inside a term, goes the full way).
        const c2 = text.charCodeAt(i + 1);
        if (!(c2 === 10 || c2 === 13 || c2 === 32 || c2 === 9 || c2 === 0x3000)) {
          const f2 = fold[c2];
          const h = pairHash(c1, f2);
          if ((pairBits[h >>> 5] & (1 << (h & 31))) === 0) continue;
          // Then the triple filter: with no whitespace among the first three units, the walk reads
          // them as they are, and can only find a two-unit pattern or one continuing with c3.
          if (i + 2 < n) {
            const c3 = text.charCodeAt(i + 2);
            if (!(c3 === 10 || c3 === 13 || c3 === 32 || c3 === 9 || c3 === 0x3000)) {
              const t3 = tripleHash(c1, f2, fold[c3]);
              const t2 = tripleHash(c1, f2, END);
              if ((tripleBits[t3 >>> 5] & (1 << (t3 & 31))) === 0 && (tripleBits[t2 >>> 5] & (1 << (t2 & 31))) === 0) continue;
            }
          }
        }
      }
      let bestState = state;
      for (let k = i + 1; k < n; k++) {
        let c = text.charCodeAt(k);
        if (crossLineBreaks && k >= plainUntil && (c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000)) {
          // Is this whitespace run a single line break (then skip it, keeping the state)?
          let j = k;
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
            k = j;
            c = text.charCodeAt(k);
          } else {
            plainUntil = j; // consume the run's characters normally
          }
        }
        c = fold[c];
        // Goto of the trie: one probe sequence in the edge hash table.
        let h = edgeHash(state, c) & hashMask;
        let next = NONE;
        for (let hs = hashState[h]; hs !== NONE; hs = hashState[h]) {
          if (hs === state && hashCode[h] === c) {
            next = hashTarget[h];
            break;
          }
          h = (h + 1) & hashMask;
        }
        if (next === NONE) break;
        state = next;
        if (outLen[state] > 0) {
          bestEnd = k + 1;
          bestState = state;
        }
      }
      if (bestEnd < 0) continue;
      const entry = entries[outEntry[bestState]];
      out.push({ start: i, end: bestEnd, text: text.slice(i, bestEnd), term: entry.term, category: entry.category, explained: true });
      i = bestEnd - 1;
    }
    return out;
  }
}
