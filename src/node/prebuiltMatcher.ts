/**
 * A term matcher kept in a file: the command line's build writes the matcher of the built-in glossary
 * next to the bundle (`dist/cli-glossary/matcher.bin`), and each run loads its tables instead of
 * building them (~0.1 s of a cold run: the build's loops run before V8 has optimised them).
 *
 * The file is one binary blob: a 4-byte length, a JSON header (format, the fingerprint of the
 * entries, the scalars and folded patterns of `TermMatcherState`, the length of each table), then the
 * tables (little-endian 32-bit words, at 4-byte offsets). A file is used only when its format and its
 * fingerprint (every entry's term, variants and category, in order, and the options) are those of
 * the entries at hand; anything else (missing, damaged, another glossary) gives null, and the caller
 * builds the matcher as usual.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TermMatcher, type TermMatcherState } from '../core/glossary/matcher';
import type { GlossaryEntry } from '../core/glossary/types';
import { memberMatcherEntries, primeMemberIndex } from '../core/glossary/members';

const FORMAT = 'policy-annotator term matcher 1';

const TABLES = ['rootNext', 'outEntry', 'slots', 'pairBits', 'tripleBits', 'rawPairBits', 'rawPairAlways', 'rawTripleBits'] as const;
type TableName = (typeof TABLES)[number];
const SIGNED: ReadonlySet<TableName> = new Set(['rootNext', 'outEntry', 'slots']);
/** The tables are written and read as the host's 32-bit words, which the file says are little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

interface Header {
  format: string;
  fingerprint: string;
  patternCount: number;
  crossLineBreaks: boolean;
  hasSingle: boolean;
  hashMask: number;
  patterns: string[];
  lengths: Record<TableName, number>;
  /** How the entries are made from the built-in glossary's (`mergePlan`), for `readPrebuiltGlossary`. */
  merge?: { input: string; plan: MergePlan };
}

/**
 * How the merged built-in glossary (`mergeGlossaries(builtin)`: a later entry replaces an earlier one
 * of the same term and takes its variants from the others) is made of `builtin`: for each merged
 * entry, the index of the built-in entry it is, or [index, variants] for a copy of that entry that
 * kept only these variants.
 */
export type MergePlan = Array<number | [number, string[]]>;

export function mergePlan(builtin: readonly GlossaryEntry[], merged: readonly GlossaryEntry[]): MergePlan {
  const index = new Map<GlossaryEntry, number>();
  const bySource = new Map<object, number[]>();
  builtin.forEach((e, i) => {
    index.set(e, i);
    bySource.set(e.source, [...(bySource.get(e.source) ?? []), i]);
  });
  return merged.map((m) => {
    const i = index.get(m);
    if (i !== undefined) return i;
    // A copy ({ ...entry, variants }) shares every other field, its source object included, with its entry.
    const same = (bySource.get(m.source) ?? []).filter((j) => {
      const keys = Object.keys(builtin[j]);
      return keys.join() === Object.keys(m).join() && keys.every((k) => k === 'variants' || (builtin[j] as unknown as Record<string, unknown>)[k] === (m as unknown as Record<string, unknown>)[k]);
    });
    if (same.length !== 1 || !m.variants) throw new Error(`the merged entry ${m.term} is no copy of one built-in entry`);
    return [same[0], m.variants];
  });
}

function applyMergePlan(builtin: readonly GlossaryEntry[], plan: unknown): GlossaryEntry[] | null {
  if (!Array.isArray(plan)) return null;
  const out: GlossaryEntry[] = [];
  for (const p of plan) {
    const i = typeof p === 'number' ? p : Array.isArray(p) ? p[0] : -1;
    if (!Number.isInteger(i) || i < 0 || i >= builtin.length) return null;
    out.push(typeof p === 'number' ? builtin[i] : { ...builtin[i], variants: p[1] });
  }
  return out;
}

/**
 * The entries' terms, variants and categories, in order, with control-character separators (no
 * glossary text holds one), and the matcher options, as one string: kept whole in the file and
 * compared whole (no hash: hashing it in JavaScript, or loading node:crypto, would cost more at the
 * start of a cold run than the comparison).
 */
export function entriesFingerprint(entries: readonly GlossaryEntry[], crossLineBreaks = true): string {
  const parts = entries.map((e) => `${e.term}\u0001${e.variants ? e.variants.join('\u0002') : ''}\u0001${e.category}`);
  return `${crossLineBreaks ? 'x' : '-'}${entries.length}\u0003${parts.join('\u0003')}`;
}

/** The matcher's tables as the bytes of a file for `readMatcherFile` (with `merge`, for `readPrebuiltGlossary` too). */
export function matcherFileBytes(matcher: TermMatcher, fingerprint: string, merge?: Header['merge']): Buffer {
  const st = matcher.state();
  const lengths = {} as Record<TableName, number>;
  for (const t of TABLES) lengths[t] = st[t].length;
  const header: Header = {
    format: FORMAT, fingerprint, patternCount: st.patternCount, crossLineBreaks: st.crossLineBreaks, hasSingle: st.hasSingle, hashMask: st.hashMask, lengths,
    patterns: st.patterns, ...(merge ? { merge } : {}),
  };
  let json = Buffer.from(JSON.stringify({ ...header, patternEntries: Array.from(st.patternEntries) }), 'utf8');
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  if (pad) json = Buffer.concat([json, Buffer.alloc(pad, 0x20)]);
  const parts: Buffer[] = [Buffer.alloc(4), json];
  parts[0].writeUInt32LE(json.length, 0);
  for (const t of TABLES) {
    const a = st[t];
    if (LITTLE_ENDIAN) {
      parts.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
      continue;
    }
    const b = Buffer.alloc(a.length * 4);
    for (let i = 0; i < a.length; i++) {
      if (SIGNED.has(t)) b.writeInt32LE(a[i], i * 4);
      else b.writeUInt32LE(a[i], i * 4);
    }
    parts.push(b);
  }
  return Buffer.concat(parts);
}

export function writeMatcherFile(path: string, matcher: TermMatcher, fingerprint: string, merge?: Header['merge']): void {
  writeFileSync(path, matcherFileBytes(matcher, fingerprint, merge));
}

/** The matcher of `entries` from a file written by `writeMatcherFile` for the same entries, or null. */
export function matcherFromBytes(bytes: Uint8Array, entries: readonly GlossaryEntry[], fingerprint: string): TermMatcher | null {
  return fromBytes(bytes, () => entries, fingerprint)?.matcher ?? null;
}

/** The matcher of a file, over the entries `entriesOf` gives from its header (null: refused), when their fingerprint is the file's. */
function fromBytes(bytes: Uint8Array, entriesOf: (header: Header) => readonly GlossaryEntry[] | null, fingerprint?: string): { matcher: TermMatcher; entries: readonly GlossaryEntry[] } | null {
  if (bytes.length < 4 || !LITTLE_ENDIAN) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.length) return null;
  let header: Header & { patternEntries: number[] };
  try {
    header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, headerLength).toString('utf8'));
  } catch {
    return null;
  }
  if (header.format !== FORMAT) return null;
  const entries = entriesOf(header);
  if (!entries || header.fingerprint !== (fingerprint ?? entriesFingerprint(entries))) return null;
  if (!Array.isArray(header.patterns) || !Array.isArray(header.patternEntries) || header.patterns.length !== header.patternEntries.length) return null;
  // Tables are read in place when the bytes sit at a 4-byte boundary (a file's own buffer), else copied.
  const aligned = bytes.byteOffset % 4 === 0;
  let at = 4 + headerLength;
  const tables = {} as Record<TableName, Int32Array | Uint32Array>;
  for (const t of TABLES) {
    const n = header.lengths?.[t];
    if (!Number.isInteger(n) || n < 0 || at + n * 4 > bytes.length) return null;
    const Kind = SIGNED.has(t) ? Int32Array : Uint32Array;
    tables[t] = aligned ? new Kind(bytes.buffer, bytes.byteOffset + at, n) : new Kind(Uint8Array.prototype.slice.call(bytes, at, at + n * 4).buffer);
    at += n * 4;
  }
  if (at !== bytes.length) return null;
  const state: TermMatcherState = {
    patterns: header.patterns,
    patternEntries: Int32Array.from(header.patternEntries),
    patternCount: header.patternCount,
    crossLineBreaks: header.crossLineBreaks,
    hasSingle: header.hasSingle,
    hashMask: header.hashMask,
    ...(tables as { rootNext: Int32Array; outEntry: Int32Array; slots: Int32Array; pairBits: Uint32Array; tripleBits: Uint32Array; rawPairBits: Uint32Array; rawPairAlways: Uint32Array; rawTripleBits: Uint32Array }),
  };
  return { matcher: TermMatcher.fromState(entries, state), entries };
}

/** `matcherFromBytes` of a file; null when it cannot be read. */
export function readMatcherFile(path: string, entries: readonly GlossaryEntry[], fingerprint: string): TermMatcher | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return matcherFromBytes(bytes, entries, fingerprint);
}

/** The files of the glossary's two member matchers (members.ts) beside `path`: X-members.bin, X-member-pairs.bin. */
function memberPaths(path: string): { all: string; pairs: string } {
  const base = path.replace(/\.bin$/, '');
  return { all: `${base}-members.bin`, pairs: `${base}-member-pairs.bin` };
}

/**
 * Writes the matcher of `matcher.entries` to `path`, and its member matchers (when it has formulas
 * with members) beside it. With `builtin` (the entries `matcher.entries` were merged from), the file
 * also says how to merge them again (`readPrebuiltGlossary`).
 */
export function writePrebuiltMatchers(path: string, matcher: TermMatcher, builtin?: readonly GlossaryEntry[]): void {
  const merge = builtin ? { input: entriesFingerprint(builtin), plan: mergePlan(builtin, matcher.entries) } : undefined;
  writeMatcherFile(path, matcher, entriesFingerprint(matcher.entries), merge);
  const members = memberMatcherEntries(matcher);
  if (!members) return;
  const p = memberPaths(path);
  writeMatcherFile(p.all, new TermMatcher(members.all), entriesFingerprint(members.all));
  if (members.pairs.length > 0) writeMatcherFile(p.pairs, new TermMatcher(members.pairs), entriesFingerprint(members.pairs));
}

/**
 * The matcher of `entries` from `path` (null when missing or refused), with its member matchers from
 * the files beside it when they are there and were written for its members (else they are built on
 * first use, as for any matcher).
 */
export function readPrebuiltMatchers(path: string, entries: readonly GlossaryEntry[]): TermMatcher | null {
  const matcher = readMatcherFile(path, entries, entriesFingerprint(entries));
  return matcher ? withMembers(path, matcher) : null;
}

/**
 * The merged built-in glossary (`mergeGlossaries(builtin)`) and its matcher from a file written with
 * `builtin` (`writePrebuiltMatchers`), without merging or building: null when the file is missing,
 * damaged, or was written for other built-in entries.
 */
export function readPrebuiltGlossary(path: string, builtin: readonly GlossaryEntry[]): { entries: GlossaryEntry[]; matcher: TermMatcher } | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const r = fromBytes(bytes, (h) => (h.merge && h.merge.input === entriesFingerprint(builtin) ? applyMergePlan(builtin, h.merge.plan) : null));
  return r ? { entries: r.entries as GlossaryEntry[], matcher: withMembers(path, r.matcher) } : null;
}

function withMembers(path: string, matcher: TermMatcher): TermMatcher {
  const members = memberMatcherEntries(matcher);
  if (members) {
    const p = memberPaths(path);
    const all = readMatcherFile(p.all, members.all, entriesFingerprint(members.all));
    const pairs = members.pairs.length > 0 ? readMatcherFile(p.pairs, members.pairs, entriesFingerprint(members.pairs)) : null;
    if (all && (pairs || members.pairs.length === 0)) primeMemberIndex(matcher, all, pairs);
  }
  return matcher;
}
