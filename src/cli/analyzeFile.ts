/**
 * The analysis of one document for the command-line tool, shared by the sequential path and the
 * `--jobs` worker threads: read (any supported encoding), analyse, format. Never throws for a bad
 * input: the problem comes back as one error line.
 */
import { resolve } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis, Tagger } from '../core/types';
import type { TermMatcher } from '../core/glossary/matcher';
import type { GlossaryEntry } from '../core/glossary/types';
import type { TermMatcherCache } from '../node/termMatchers';
import { decodeText, encodingLabel, formatBytes, readTextDocument, workTreeRoot, type ReadResult, type TextEncodingName } from '../node/files';
import { loadJieba } from '../node/jieba';
import { formatTable } from './table';
import { toJson, writeJson } from './jsonOut';

export { toJson } from './jsonOut';

export interface AnalyzeOptions {
  format: 'json' | 'table';
  pretty: boolean;
  glossary: string[];
  maxBytes: number;
  /** Refine claim subjects with nodejieba's part-of-speech tags (loads its dictionary on first use). */
  jieba: boolean;
  /** Return the text and the analysis instead of formatted output (export's parallel analysis). */
  raw?: boolean;
  /** JSON: return `stream` (the output written in chunks) instead of `out` (one string). */
  stream?: boolean;
}

export interface FileOutcome {
  /** The formatted result (a JSON line or a table), absent when the file could not be read. */
  out?: string;
  /** With `stream` (JSON): writes the same line as `out` would hold, newline included, in chunks. */
  stream?: (write: (chunk: string) => void) => void;
  /** One line each (the file could not be read). */
  errors: string[];
  /** Informational lines for stderr (the encoding used when it is not UTF-8). */
  notes: string[];
  /** With `raw`: the decoded text and its analysis. */
  text?: string;
  analysis?: Analysis;
}

/** The standard-input reader: bytes up to the limit, or over: true. */
export type StdinReader = (limit: number) => { bytes: Buffer; over: boolean };

let tagger: Tagger | undefined;
/**
 * nodejieba's tagger, loaded on the first call: a document without claim subjects and without a speech
 * quotation the rules leave unattributed never pays for the dictionary. When nodejieba cannot be loaded the call throws and the subject stays unrefined.
 */
export function lazyTagger(): Tagger {
  return (tagger ??= (s: string) => {
    const j = loadJieba();
    if (!j) throw new Error('nodejieba is not available');
    return j.tag(s);
  });
}

export function readInput(file: string, maxBytes: number, stdin?: StdinReader): ReadResult {
  if (file !== '-') return readTextDocument(file, maxBytes);
  if (!stdin) return { ok: false, message: 'standard input: not available here' };
  let got: { bytes: Buffer; over: boolean };
  try {
    got = stdin(maxBytes);
  } catch (e) {
    return { ok: false, message: `standard input: ${(e as Error).message}` };
  }
  if (got.over) return { ok: false, message: `standard input: over the size limit of ${formatBytes(maxBytes)} (--max-size); stopped reading there` };
  return decodeText('standard input', got.bytes);
}

/** The note printed on stderr for a document that is not UTF-8. */
export function encodingNote(file: string, encoding: TextEncodingName, how: string): string | null {
  if (encoding === 'utf-8') return null;
  return `${file === '-' ? 'standard input' : file}: read as ${encodingLabel(encoding)} (${how === 'bom' ? 'byte-order mark' : 'detected'}); offsets are in the decoded text`;
}

export function analyzeFile(file: string, opts: AnalyzeOptions, cache: TermMatcherCache, stdin?: StdinReader): FileOutcome {
  const read = readInput(file, opts.maxBytes, stdin);
  if (!read.ok) return { errors: [read.message], notes: [] };
  const note = encodingNote(file, read.encoding, read.how);
  const matcher = matcherFor(file, opts.glossary, cache);
  const analysis = analyze(read.text, { matcher, tagger: opts.jieba ? lazyTagger() : undefined });
  if (opts.raw) return { errors: [], notes: note ? [note] : [], text: read.text, analysis };
  const notes = note ? [note] : [];
  if (opts.format === 'json' && opts.stream) return { stream: (write) => writeJson(file, analysis, read.encoding, opts.pretty, write), errors: [], notes };
  const out = opts.format === 'json' ? JSON.stringify(toJson(file, analysis, read.encoding), null, opts.pretty ? 2 : undefined) : formatTable(file, analysis);
  return { out, errors: [], notes };
}

/** The term matcher for one document: built-in glossary + user glossaries around it + explicit ones. */
export function matcherFor(file: string, explicit: string[], cache: TermMatcherCache): TermMatcher {
  const path = resolve(file === '-' ? 'standard-input' : file);
  // User glossaries are looked up from the document's folder up to the git work tree root.
  return cache.forDocument(path, workTreeRoot(path), explicit.map((p) => resolve(p)));
}

/** The glossary entries (canonical term → entry) that apply to a document, as `matcherFor` merges them. */
export function glossaryFor(file: string, explicit: string[], cache: TermMatcherCache): ReadonlyMap<string, GlossaryEntry> {
  const path = resolve(file === '-' ? 'standard-input' : file);
  return cache.resolveDocument(path, workTreeRoot(path), explicit.map((p) => resolve(p))).lookup;
}
