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
 * a hash table whose slots are the states, Bloom filters of the raw forms of the patterns' first two
 * and three units); `find` O(n · longest pattern) in the worst case, in practice one hash and one
 * look-up per character: a skip loop passes over the offsets whose raw pair (or triple) starts no
 * pattern, and walks are short. Memory O(1) besides the result.
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
/** The trie's root state (states are the slots of the edge table, 0 and up). */
const ROOT = -2;
/** Flag of an edge slot whose state ends a pattern (above the 16 bits of the code unit). */
const ENDS = 0x10000;
/** Flag of an edge slot whose state has children (a walk stops at a state without, with no probe). */
const KIDS = 0x20000;
/** The entry index of a state that ends a pattern, in the slot's bits 18-31, when below FAR. */
const ENTRY_SHIFT = 18;
/** Marks an entry index too large for the slot: then it is in `outEntry`. */
const FAR = 0x3fff;
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

/** A second hash of a raw pair: the raw filters are Bloom filters with two hashes (fewer false positives). */
function rawPairHash2(c1: number, c2: number): number {
  return (Math.imul(c1, 0xcc9e2d51) ^ Math.imul(c2, 0x1b873593)) >>> 12;
}

/** A second hash of a raw triple. */
function tripleHash2(c1: number, c2: number, c3: number): number {
  return (Math.imul(c1, 0x1b873593) ^ Math.imul(c2, 0x9e3779b1) ^ Math.imul(c3, 0xcc9e2d51)) >>> 12;
}

/**
 * Sets the raw filters' bits for every raw form of folded units: (f1, f2, NONE) a new two-unit
 * prefix; (f1, f2, f3) a new three-unit prefix; (f1, f2, END) a two-unit pattern (a pair after which
 * the third unit does not matter). Whitespace needs no bits: the skip loop stops at it.
 */
function addRawForms(pairs: Uint32Array, always: Uint32Array, triples: Uint32Array, pre: Preimages, f1: number, f2: number, f3: number): void {
  // Most units (Han characters) have no other raw form: one table look-up, no Map.
  const l1 = pre.has[f1] === 0 ? undefined : pre.lists.get(f1);
  const l2 = pre.has[f2] === 0 ? undefined : pre.lists.get(f2);
  const l3 = f3 === NONE || f3 === END || pre.has[f3] === 0 ? undefined : pre.lists.get(f3);
  const n1 = l1 === undefined ? 1 : l1.length;
  const n2 = l2 === undefined ? 1 : l2.length;
  const n3 = l3 === undefined ? 1 : l3.length;
  for (let x1 = 0; x1 < n1; x1++) {
    const a = l1 === undefined ? f1 : l1[x1];
    for (let x2 = 0; x2 < n2; x2++) {
      const b = l2 === undefined ? f2 : l2[x2];
      if (f3 === NONE) {
        setBit(pairs, rawPairHash(a, b));
        setBit(pairs, rawPairHash2(a, b));
      } else if (f3 === END) {
        setBit(always, rawPairHash(a, b));
      } else {
        for (let x3 = 0; x3 < n3; x3++) {
          const c = l3 === undefined ? f3 : l3[x3];
          setBit(triples, tripleHash(a, b, c));
          setBit(triples, tripleHash2(a, b, c));
        }
      }
    }
  }
}

function setBit(bits: Uint32Array, h: number): void {
  bits[h >>> 5] |= 1 << (h & 31);
}

interface Preimages {
  /** 1 for a folded unit that other raw units fold to. */
  has: Uint8Array;
  /** Such a unit -> every raw unit that folds to it (itself included). */
  lists: Map<number, number[]>;
}

let preimages: Preimages | null = null;

/** Every raw code unit that folds to `f` (`f` itself included), for the folds that are not the identity. */
function foldPreimages(): Preimages {
  if (preimages === null) {
    const fold = foldTable();
    const has = new Uint8Array(0x10000);
    const lists = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) {
      const f = fold[c];
      if (f === c) continue;
      let list = lists.get(f);
      if (list === undefined) lists.set(f, (list = [f]));
      list.push(c);
      has[f] = 1;
    }
    preimages = { has, lists };
  }
  return preimages;
}

/**
 * A built matcher's tables (`TermMatcher.state`), to keep a matcher and load it again without
 * building it (`TermMatcher.fromState`, the command line's prebuilt matcher of the built-in glossary).
 */
export interface TermMatcherState {
  /** The folded patterns and the entry index of each (derived forms included). */
  patterns: string[];
  patternEntries: Int32Array;
  patternCount: number;
  crossLineBreaks: boolean;
  hasSingle: boolean;
  hashMask: number;
  rootNext: Int32Array;
  outEntry: Int32Array;
  slots: Int32Array;
  pairBits: Uint32Array;
  tripleBits: Uint32Array;
  rawPairBits: Uint32Array;
  rawPairAlways: Uint32Array;
  rawTripleBits: Uint32Array;
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
  /** For a state that ends a pattern: index into `entries`; NONE otherwise. */
  private readonly outEntry: Int32Array;
  /** Each entry's term and category, side by side for `find` (no visit to the entry objects). */
  private readonly terms: string[];
  private readonly categories: string[];

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
   * Bloom filter (two hashes) over raw (unfolded) pairs of code units: every raw pair that folds to
   * the first two units of a pattern. With no one-unit pattern, an offset whose raw pair is not in
   * it (and whose next unit is not whitespace) starts no match: `find` skips such offsets with one
   * hash and one look-up each, before any fold or trie table is read.
   */
  private readonly rawPairBits: Uint32Array;
  /**
   * The raw pairs of `rawPairBits` after which the third unit does not matter: the raw forms of
   * every two-unit pattern.
   */
  private readonly rawPairAlways: Uint32Array;
  /**
   * Bloom filter (two hashes) over raw triples: every raw triple that folds to the first three
   * units of a pattern.
   */
  private readonly rawTripleBits: Uint32Array;
  /** Some pattern is a single unit: then every offset is examined (no skip loop). */
  private readonly hasSingle: boolean;
  /**
   * Every trie edge in an open-addressing hash table keyed by (state, code unit), for `find`: slot
   * h is the pair (slots[2h] = parent state or NONE when empty, slots[2h + 1] = code unit | ENDS
   * when the state ends a pattern), and the state the edge leads to is h itself.
   */
  private readonly hashMask: number;
  private readonly slots: Int32Array;

  /** With `state` (of a matcher of the same entries: see `fromState`) the tables are taken as they are, not built. */
  constructor(entries: readonly GlossaryEntry[], options: TermMatcherOptions = {}, state?: TermMatcherState) {
    this.entries = entries;
    this.terms = entries.map((e) => e.term);
    this.categories = entries.map((e) => e.category);
    if (state) {
      this.crossLineBreaks = state.crossLineBreaks;
      for (let i = 0; i < state.patterns.length; i++) this.patternEntry.set(state.patterns[i], state.patternEntries[i]);
      this.patternCount = state.patternCount;
      this.hasSingle = state.hasSingle;
      this.hashMask = state.hashMask;
      this.rootNext = state.rootNext;
      this.outEntry = state.outEntry;
      this.slots = state.slots;
      this.pairBits = state.pairBits;
      this.tripleBits = state.tripleBits;
      this.rawPairBits = state.rawPairBits;
      this.rawPairAlways = state.rawPairAlways;
      this.rawTripleBits = state.rawTripleBits;
      return;
    }
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
    // an open-addressing hash table for every edge. A state is the slot of its incoming edge (the
    // root is ROOT), so a probe that finds the edge has found the next state: each slot holds the
    // parent state and the code unit (plus a flag when the state ends a pattern), side by side in
    // one cache line. The table is sized from the total pattern length (an upper bound of the edge
    // count) times 1.25, so it is never more than 80% full (the built-in glossary's: ~31%). No
    // per-state maps.
    let totalLength = 0;
    for (const p of this.patternEntry.keys()) totalLength += p.length;
    let hashSize = 16;
    while (hashSize < totalLength * 1.25) hashSize <<= 1;
    const hashMask = hashSize - 1;
    const slots = new Int32Array(hashSize * 2).fill(NONE);
    const rootFolded = new Int32Array(0x10000).fill(NONE);
    const pairBits = new Uint32Array(PAIR_BITS >>> 5);
    const tripleBits = new Uint32Array(PAIR_BITS >>> 5);
    // Per state (slot): the entry it ends, its depth, its first and second (folded) code units.
    const outEntry = new Int32Array(hashSize).fill(NONE);
    const depth = new Int32Array(hashSize);
    const firstUnit = new Int32Array(hashSize);
    const secondUnit = new Int32Array(hashSize);
    // The raw filters: every raw form (pre) of the first one, two and three units of each pattern.
    const pre = foldPreimages();
    const rawPairBits = new Uint32Array(PAIR_BITS >>> 5);
    const rawPairAlways = new Uint32Array(PAIR_BITS >>> 5);
    const rawTripleBits = new Uint32Array(PAIR_BITS >>> 5);
    let hasSingle = false;
    for (const [p, entryIndex] of this.patternEntry) {
      let s = ROOT;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let h = edgeHash(s, c) & hashMask;
        let next = NONE;
        for (let hs = slots[2 * h]; hs !== NONE; hs = slots[2 * h]) {
          if (hs === s && (slots[2 * h + 1] & 0xffff) === c) {
            next = h;
            break;
          }
          h = (h + 1) & hashMask;
        }
        if (next === NONE) {
          next = h;
          slots[2 * h] = s;
          slots[2 * h + 1] = c;
          if (s !== ROOT) slots[2 * s + 1] |= KIDS;
          if (s === ROOT) {
            rootFolded[c] = next;
            depth[next] = 1;
            firstUnit[next] = c;
          } else {
            depth[next] = depth[s] + 1;
            firstUnit[next] = firstUnit[s];
            if (depth[s] === 1) {
              secondUnit[next] = c;
              const ph = pairHash(firstUnit[s], c);
              pairBits[ph >>> 5] |= 1 << (ph & 31);
              const f1 = firstUnit[s];
              if ((pre.has[f1] | pre.has[c]) === 0) {
                setBit(rawPairBits, rawPairHash(f1, c));
                setBit(rawPairBits, rawPairHash2(f1, c));
              } else addRawForms(rawPairBits, rawPairAlways, rawTripleBits, pre, f1, c, NONE);
            } else {
              secondUnit[next] = secondUnit[s];
              if (depth[s] === 2) {
                const th = tripleHash(firstUnit[s], secondUnit[s], c);
                tripleBits[th >>> 5] |= 1 << (th & 31);
                const f1 = firstUnit[s];
                const f2 = secondUnit[s];
                if ((pre.has[f1] | pre.has[f2] | pre.has[c]) === 0) {
                  setBit(rawTripleBits, tripleHash(f1, f2, c));
                  setBit(rawTripleBits, tripleHash2(f1, f2, c));
                } else addRawForms(rawPairBits, rawPairAlways, rawTripleBits, pre, f1, f2, c);
              }
            }
          }
        }
        s = next;
      }
      outEntry[s] = entryIndex;
      slots[2 * s + 1] = (slots[2 * s + 1] & (0xffff | KIDS)) | ENDS | (Math.min(entryIndex, FAR) << ENTRY_SHIFT);
      if (depth[s] === 1) hasSingle = true;
      if (depth[s] === 2) {
        const th = tripleHash(firstUnit[s], secondUnit[s], END);
        tripleBits[th >>> 5] |= 1 << (th & 31);
        addRawForms(rawPairBits, rawPairAlways, rawTripleBits, pre, firstUnit[s], secondUnit[s], END);
      }
    }
    this.rawPairBits = rawPairBits;
    this.rawPairAlways = rawPairAlways;
    this.rawTripleBits = rawTripleBits;
    this.hasSingle = hasSingle;
    // The root's child on a raw unit: on the unit itself (a folded pattern unit folds to itself; a unit
    // that folds to another is in no folded pattern), then on every other raw form of a folded unit.
    const rootNext = rootFolded.slice();
    for (const [f, list] of pre.lists) for (const c of list) rootNext[c] = rootFolded[f];
    this.rootNext = rootNext;
    this.hashMask = hashMask;
    this.slots = slots;
    this.pairBits = pairBits;
    this.tripleBits = tripleBits;
    this.outEntry = outEntry;
  }

  /**
   * A matcher of `entries` with the tables of `state`, which must come from `state()` of a matcher
   * built from the same entries (same terms, variants, categories, in the same order) by the same code.
   */
  static fromState(entries: readonly GlossaryEntry[], state: TermMatcherState): TermMatcher {
    return new TermMatcher(entries, {}, state);
  }

  /** The built tables (shared, not copied: do not change them). */
  state(): TermMatcherState {
    return {
      patterns: [...this.patternEntry.keys()],
      patternEntries: Int32Array.from(this.patternEntry.values()),
      patternCount: this.patternCount,
      crossLineBreaks: this.crossLineBreaks,
      hasSingle: this.hasSingle,
      hashMask: this.hashMask,
      rootNext: this.rootNext,
      outEntry: this.outEntry,
      slots: this.slots,
      pairBits: this.pairBits,
      tripleBits: this.tripleBits,
      rawPairBits: this.rawPairBits,
      rawPairAlways: this.rawPairAlways,
      rawTripleBits: this.rawTripleBits,
    };
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
    const { rootNext, outEntry, terms, categories, pairBits, tripleBits, rawPairBits, rawPairAlways, rawTripleBits, hashMask, slots } = this;
    const skip = !this.hasSingle;
    const crossLineBreaks = this.crossLineBreaks;
    // The last whitespace run found not to be a single line break, [plainFrom, plainUntil): later walks
    // read its characters as they are (a run is examined once, from its first character reached
    // inside a term). Only that run: a single break before it still joins a term (戊5\n丙 after a longer
    // attempt 戊5\n丙 that ran on into the run).
    let plainFrom = from;
    let plainUntil = from;

    // Leftmost-longest, non-overlapping: at each offset, follow the trie as far as the text allows
    // and keep the longest pattern ending on the way; take it and resume after it, else move on.
    // A walk is at most as long as the longest pattern (plus skipped line breaks).
    for (let i = from; i < n; i++) {
      if (skip) {
        // Skip loop: with no one-unit pattern, an offset whose second unit is not whitespace and
        // whose raw pair is not in the raw pair filter starts no match (its folded pair starts no
        // pattern, so the walk below would stop at the second unit, leaving plainUntil as is). The
        // same holds when the third unit is not whitespace either and the raw triple is not in the
        // raw triple filter, unless the pair is a whole pattern (`rawPairAlways`).
        let a = text.charCodeAt(i);
        let j = i + 1;
        for (; j < n; j++) {
          const b = text.charCodeAt(j);
          // Whitespace (code units up to 32, the ideographic space) after a unit: walk from it (a line
          // break may continue a term, a space may be in one).
          if (b <= 32 || b === 0x3000) break;
          const h = rawPairHash(a, b);
          if ((rawPairBits[h >>> 5] & (1 << (h & 31))) !== 0) {
            const h2 = rawPairHash2(a, b);
            if ((rawPairBits[h2 >>> 5] & (1 << (h2 & 31))) !== 0) {
              if ((rawPairAlways[h >>> 5] & (1 << (h & 31))) !== 0 || j + 1 >= n) break;
              const c = text.charCodeAt(j + 1);
              if (c <= 32 || c === 0x3000) break;
              const t = tripleHash(a, b, c);
              if ((rawTripleBits[t >>> 5] & (1 << (t & 31))) !== 0) {
                const t2 = tripleHash2(a, b, c);
                if ((rawTripleBits[t2 >>> 5] & (1 << (t2 & 31))) !== 0) break;
              }
            }
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
      let bestEnd = (slots[2 * state + 1] & ENDS) !== 0 ? i + 1 : -1;
      if (!skip && bestEnd < 0 && i + 1 < n) {
        // (After the skip loop, whose raw filters have done this, the walk follows directly: the
        // filters only reject offsets whose walk would stop at the second or third unit.)
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
        if (crossLineBreaks && (k < plainFrom || k >= plainUntil) && (c === 10 || c === 13 || c === 32 || c === 9 || c === 0x3000)) {
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
            plainFrom = k; // consume the run's characters normally
            plainUntil = j;
          }
        }
        // A state without children ends the walk (after the whitespace above, which must be examined
        // as before: it moves plainUntil).
        if ((slots[2 * state + 1] & KIDS) === 0) break;
        c = fold[c];
        // Goto of the trie: one probe sequence in the edge hash table.
        let h = edgeHash(state, c) & hashMask;
        let next = NONE;
        for (let hs = slots[2 * h]; hs !== NONE; hs = slots[2 * h]) {
          if (hs === state && (slots[2 * h + 1] & 0xffff) === c) {
            next = h;
            break;
          }
          h = (h + 1) & hashMask;
        }
        if (next === NONE) break;
        state = next;
        if ((slots[2 * h + 1] & ENDS) !== 0) {
          bestEnd = k + 1;
          bestState = state;
        }
      }
      if (bestEnd < 0) continue;
      let e = slots[2 * bestState + 1] >>> ENTRY_SHIFT;
      if (e === FAR) e = outEntry[bestState];
      out.push({ start: i, end: bestEnd, text: text.slice(i, bestEnd), term: terms[e], category: categories[e], explained: true });
      i = bestEnd - 1;
    }
    return out;
  }
}
