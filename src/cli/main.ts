/**
 * policy-annotator: the command-line tool over the analysis core.
 *
 *   policy-annotator analyze <file...|-> [--format json|table]
 *   policy-annotator terms --suggest <file>
 *
 * Bad inputs give one line on stderr each and exit code 2; the other files are still processed.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { suggestTerms } from '../core/glossary/suggest';
import { TermMatcherCache } from '../node/termMatchers';
import { readBounded, DEFAULT_MAX_BYTES } from '../node/files';
import { loadJieba } from '../node/jieba';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { anchorAll } from '../core/annotations/anchoring';
import { isExportFormat, EXPORT_FORMATS } from '../core/export/types';
import { locateSidecar, readAllSidecars } from '../node/sidecarStore';
import { runAgreement, runMerge, runMergeDriver, runMeta, runQdpxExport, runQdpxImport, runReport, runUnits } from './coding';
import { expandInputs, runExport, runImport, DEFAULT_IMPORT_MAX_BYTES } from '../node/exportRunner';
import { analyzeFile, encodingNote, glossaryFor, lazyTagger, matcherFor, readInput, type AnalyzeOptions, type StdinReader } from './analyzeFile';
import { analyzeInParallel } from './parallel';
import { describeFailure, isExpectedFailure, shortenRuns } from './errors';
import type { WriteIO } from '../node/atomicWrite';
import { keepYoungGenerationSmall } from './heap';
import { prebuiltMatcherPath } from './prebuilt';

export { writePrebuiltMatcher } from './prebuilt';

export { toJson } from './analyzeFile';

const USAGE = `Usage:
  policy-annotator analyze <file|dir...|-> [--format json|table] [--pretty] [--glossary FILE]... [--jieba] [--max-size MB] [--jobs N] [--quiet]
  policy-annotator terms --suggest <file> [--top N] [--glossary FILE]...
  policy-annotator annotations <file> [--pretty]
  policy-annotator export <file|dir...> --format md|csv|jsonld|brat|html [--out DIR] [--findings] [--jieba] [--force] [--jobs N]
  policy-annotator import <annotations.jsonld> --into <document> [--max-size MB]
  policy-annotator export <file|dir...> --format qdpx|qdc [--out FILE|DIR] [--codebook FILE] [--force]
  policy-annotator import <project.qdpx|codebook.qdc> --into <folder>
  policy-annotator units <file...> [--format json|table] [--pretty]
  policy-annotator meta <file...> [--format json|table] [--pretty]
  policy-annotator report <file|dir...> --table coding|frequency|document|cross|cooccurrence|binary
                   [--rows DIM --cols DIM] [--by year|issuer|level|docType] [--coders A,B]
                   [--codebook FILE] --format csv|md|json|xlsx [--out FILE]
  policy-annotator agreement <file|dir...> [--coders A,B,...] [--unit clause|sentence|character]
                   [--codebook FILE] [--format md|csv|json|xlsx] [--out FILE]
  policy-annotator merge <ours> <theirs> [--base FILE] [--out FILE]
  policy-annotator merge-sidecar %O %A %B            (git merge driver)
  policy-annotator --help | --version

analyze   quotations, numeric claims, policy terms and headings of each file.
          json (default): one JSON object per file, one per line (--pretty indents).
          Folders are walked for .txt/.md/.markdown/.text files. --jobs N (default: the number of
          cores) analyses them in N worker threads and prints each result as soon as it is done
          (each JSON line names its file); progress on stderr (--quiet: none).
          --jieba refines claim subjects with nodejieba's part-of-speech tags (its dictionary takes
          seconds to load, so it is off by default; --no-jieba is accepted and is the default).
Encodings: UTF-8, UTF-16 (with or without BOM), GB18030/GBK and Big5 are detected and decoded;
          a document not in UTF-8 is named on stderr with its encoding (JSON: field "encoding");
          offsets are in the decoded text. Sidecars and exports are always written in UTF-8.
terms     --suggest lists frequent terms of a document that no glossary explains.
annotations  the document's annotations (from <file>.annotations.json) re-anchored on its current
          text: each with its current start and end, or status "orphan".
export    Markdown / CSV (one combined file), W3C Web Annotation JSON-LD, brat standoff or HTML
          (one file per document) into --out (default: the current folder). --findings adds the
          detected quotations, claims and terms (analysed in --jobs N worker threads, default: the
          number of cores). Existing files are kept unless --force.
import    merges Web Annotation JSON(-LD) into the document's sidecar (by id; newer wins).
units     the document split into units of analysis (clauses; sentences in long or unstructured
          text) with stable ids like 3-2-4 (document, chapter, clause); UTF-16 offsets.
meta      document variables read from the text: title, issuer, docNumber (文号), docType (文种),
          date (成文日期), published (发布日期), level; the user's values in the sidecar win.
report    the tables of a coding study over the documents' annotations and the codebook
          (policy-codebook.json near the documents, or --codebook; the reading tags otherwise).
qdpx/qdc  REFI-QDA 1.5 exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder: export a project (documents,
          codebook, codings, coders, notes, variables) or the codebook alone; import writes the
          documents, their annotation files and policy-codebook.json into --into.
merge     merges two annotation files of one document by id (three-way with --base); the result
          replaces <ours>; deletions, conflicts and edits kept over deletions are listed.
agreement inter-coder agreement per code and overall (percent, Cohen's kappa, Fleiss' kappa,
          Krippendorff's alpha) with the counts; coders are the annotations' authors.

User glossaries: every policy-glossary.json in the document's folder and its parents
(nearer ones win) plus each --glossary FILE, merged over the built-in glossary.
Exit codes: 0 ok, 1 usage error, 2 one or more files could not be read or written (permission,
          full disk, a locked or changed sidecar: one line each), 3 internal error.`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /**
   * Raw standard output (no newline added): `analyze` writes a large document's JSON through it in
   * chunks instead of building one string. Without it the JSON goes through `out` in one piece.
   */
  write?: (chunk: string) => void;
  /** Standard input, for the file name `-` (tests pass their own). */
  readStdin?: () => Buffer;
  /** File-system calls of the export's writes (tests inject ENOSPC, EACCES…). */
  writeIO?: WriteIO;
}

/** At most this many warnings of one command are printed; the rest are counted. */
const MAX_WARNINGS = 20;

function printWarnings(warnings: string[], io: CliIO): void {
  for (const w of warnings.slice(0, MAX_WARNINGS)) io.err(`policy-annotator: warning: ${w}`);
  if (warnings.length > MAX_WARNINGS) io.err(`policy-annotator: warning: … and ${warnings.length - MAX_WARNINGS} more warnings`);
}

const stdio: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  write: (chunk) => process.stdout.write(chunk),
};

/** Standard input for `-`: the test's buffer, or fd 0 read in chunks that stop at the size limit. */
function stdinReader(io: CliIO): StdinReader {
  if (io.readStdin) {
    const read = io.readStdin;
    return (limit) => {
      const bytes = read();
      return bytes.length > limit ? { bytes: Buffer.alloc(0), over: true } : { bytes, over: false };
    };
  }
  return (limit) => readBounded(0, limit);
}

export async function main(argv: string[], rawIO: CliIO = stdio): Promise<number> {
  if (rawIO === stdio) keepYoungGenerationSmall();
  // Every error line is short: long runs (a 10,000-character term) are cut in the middle.
  const io: CliIO = { ...rawIO, err: (line) => rawIO.err(shortenRuns(line)) };
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 1;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return 0;
  }
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyze(rest, io);
      case 'terms':
        return runTerms(rest, io);
      case 'annotations':
        return runAnnotations(rest, io);
      case 'export':
        return await runExportCommand(rest, io);
      case 'import':
        return runImportCommand(rest, io);
      case 'units':
        return runUnits(rest, io);
      case 'meta':
        return runMeta(rest, io);
      case 'report':
        return await runReport(rest, io);
      case 'agreement':
        return await runAgreement(rest, io);
      case 'merge':
        return runMerge(rest, io);
      case 'merge-sidecar':
        return runMergeDriver(rest, io);
      default:
        io.err(`policy-annotator: unknown command '${command}'\n${USAGE}`);
        return 1;
    }
  } catch (e) {
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`policy-annotator: ${(e as Error).message}`);
      return 1;
    }
    if (isExpectedFailure(e)) {
      io.err(`policy-annotator: ${describeFailure(e)}`);
      return 2;
    }
    throw e;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

function maxBytes(v: string | undefined): number {
  if (v === undefined) return DEFAULT_MAX_BYTES;
  const mb = Number(v);
  if (!Number.isFinite(mb) || mb <= 0) throw Object.assign(new Error(`--max-size takes a number of MB, not '${v}'`), { code: 'ERR_PARSE_ARGS_INVALID' });
  return Math.round(mb * 1024 * 1024);
}

/** The document's text, or null after one line on stderr (missing, directory, binary, undecodable, too large). */
function readOrReport(file: string, maxSize: string | undefined, io: CliIO): string | null {
  const read = readInput(file, maxBytes(maxSize), stdinReader(io));
  if (!read.ok) {
    io.err(`policy-annotator: ${read.message}`);
    return null;
  }
  const note = encodingNote(file, read.encoding, read.how);
  if (note) io.err(`policy-annotator: ${note}`);
  return read.text;
}

/** The matcher cache of one command: glossary problems go to stderr; their message names file, line and field. */
function matcherCache(io: CliIO): TermMatcherCache {
  return new TermMatcherCache((e) => io.err(`policy-annotator: glossary ${e.message}`), prebuiltMatcherPath());
}

function jobsOf(v: string | undefined): number {
  if (v === undefined) return availableParallelism();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw Object.assign(new Error(`--jobs takes a whole number ≥ 1, not '${v}'`), { code: 'ERR_PARSE_ARGS_INVALID' });
  return n;
}

async function runAnalyze(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      pretty: { type: 'boolean', default: false },
      glossary: { type: 'string', multiple: true, default: [] },
      jieba: { type: 'boolean', default: false },
      'no-jieba': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'json' && values.format !== 'table') {
    io.err(`policy-annotator: --format must be json or table, not '${values.format}'`);
    return 1;
  }
  if (positionals.length === 0) {
    io.err('policy-annotator: analyze needs at least one file');
    return 1;
  }
  const opts: AnalyzeOptions = {
    format: values.format,
    pretty: values.pretty!,
    glossary: values.glossary as string[],
    maxBytes: maxBytes(values['max-size']), // a bad --max-size is a usage error before any file is read
    jieba: values.jieba! && !values['no-jieba'],
    stream: io.write !== undefined,
  };
  const jobs = jobsOf(values.jobs);
  const { files, failed: walkFailed } = documentsOf(positionals, io);
  let failed = walkFailed;
  const cache = matcherCache(io);
  const stdin = stdinReader(io);
  const one = (file: string) => {
    const r = analyzeFile(file, opts, cache, stdin);
    for (const n of r.notes) io.err(`policy-annotator: ${n}`);
    for (const e of r.errors) io.err(`policy-annotator: ${e}`);
    if (r.out !== undefined) io.out(r.out);
    if (r.stream) r.stream(io.write!);
    if (r.errors.length) failed++;
  };
  const onDisk = files.filter((f) => f !== '-');
  if (files.includes('-')) one('-');
  if (jobs > 1 && onDisk.length > 1) {
    const prefixed = { out: io.out, err: (s: string) => io.err(`policy-annotator: ${s}`) };
    failed += await analyzeInParallel(onDisk, opts, jobs, prefixed, !values.quiet);
  } else {
    for (const file of onDisk) one(file);
  }
  return failed ? 2 : 0;
}

/** The inputs with folders walked for documents; a folder without any is one error. */
function documentsOf(inputs: string[], io: CliIO): { files: string[]; failed: number } {
  const files: string[] = [];
  let failed = 0;
  for (const input of inputs) {
    if (input === '-') {
      files.push('-');
      continue;
    }
    const problems = { errors: [] as string[], warnings: [] as string[] };
    const found = expandInputs([input], problems);
    for (const e of problems.errors) io.err(`policy-annotator: ${e}`);
    if (problems.warnings.length && found.length === 0) {
      io.err(`policy-annotator: ${input}: is a directory without documents (.txt, .md, .markdown, .text)`);
      failed++;
      continue;
    }
    // A file keeps the name it was given; documents of a folder are named by their path.
    for (const f of found) files.push(found.length === 1 && resolve(input) === f.path ? input : f.path);
  }
  return { files, failed };
}

function runTerms(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      suggest: { type: 'boolean', default: false },
      top: { type: 'string', default: '30' },
      glossary: { type: 'string', multiple: true, default: [] },
      format: { type: 'string', default: 'table' },
      'max-size': { type: 'string' },
    },
  });
  if (!values.suggest || positionals.length !== 1) {
    io.err('policy-annotator: usage: terms --suggest <file> [--top N]');
    return 1;
  }
  const file = positionals[0];
  const text = readOrReport(file, values['max-size'], io);
  if (text === null) return 2;
  const jieba = loadJieba(); // keyword extraction needs jieba's dictionary
  if (!jieba) {
    io.err('policy-annotator: terms --suggest needs nodejieba, which could not be loaded (run npm install)');
    return 2;
  }
  const top = Math.max(1, Number(values.top) || 30);
  const matcher = matcherFor(file, values.glossary as string[], matcherCache(io));
  const suggestions = suggestTerms(text, matcher, jieba.extract, { limit: top });
  if (values.format === 'json') {
    io.out(JSON.stringify({ file, suggestions }));
  } else {
    io.out(`# ${file}: ${suggestions.length} frequent terms no glossary explains`);
    io.out('count\tterm');
    for (const s of suggestions) io.out(`${s.count}\t${s.term}`);
  }
  return 0;
}

function runAnnotations(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pretty: { type: 'boolean', default: false }, 'max-size': { type: 'string' } } });
  if (positionals.length !== 1) {
    io.err('policy-annotator: usage: annotations <file>');
    return 1;
  }
  const file = positionals[0];
  const text = readOrReport(file, values['max-size'], io);
  if (text === null) return 2;
  const sidecarPath = locateSidecar(resolve(file), 'beside');
  const sidecar = readAllSidecars(resolve(file), 'beside');
  if (sidecar.kind === 'broken') {
    io.err(`policy-annotator: ${sidecar.message}`);
    return 2;
  }
  const anchored = sidecar.kind === 'ok' ? anchorAll(text, sidecar.file.annotations) : [];
  const out = {
    file,
    sidecar: sidecar.kind === 'ok' ? sidecarPath : null,
    annotations: anchored.map((a) => ({
      id: a.annotation.id,
      start: a.start,
      end: a.end,
      status: a.status,
      text: a.start !== null && a.end !== null ? text.slice(a.start, a.end) : null,
      exact: a.annotation.target.quote.exact,
      tag: a.annotation.tag,
      note: a.annotation.note,
      link: a.annotation.link,
      author: a.annotation.author,
      created: a.annotation.created,
      modified: a.annotation.modified,
    })),
  };
  io.out(JSON.stringify(out, null, values.pretty ? 2 : undefined));
  return 0;
}

/**
 * With --findings and several documents, the analyses run first in `jobs` worker threads; the
 * export then uses each one whose text is still the text it loads (else it analyses again).
 */
async function analyzeAhead(inputs: string[], opts: AnalyzeOptions, jobs: number, io: CliIO, progress: boolean): Promise<Map<string, { text: string; analysis: Analysis }>> {
  const ahead = new Map<string, { text: string; analysis: Analysis }>();
  if (jobs < 2) return ahead;
  const files = expandInputs(inputs, { errors: [], warnings: [] }).map((f) => f.path);
  if (files.length < 2) return ahead;
  // Unreadable documents are reported once, by the export itself; glossary problems here.
  const err = (s: string) => {
    if (s.startsWith('glossary ') || s.startsWith('[')) io.err(`policy-annotator: ${s}`);
  };
  await analyzeInParallel(files, { ...opts, raw: true }, jobs, { out: () => {}, err }, progress, (file, r) => {
    if (r.text !== undefined && r.analysis) ahead.set(resolve(file), { text: r.text, analysis: r.analysis });
  });
  return ahead;
}

async function runExportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', default: '.' },
      findings: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      glossary: { type: 'string', multiple: true, default: [] },
      'max-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      jieba: { type: 'boolean', default: false },
      'no-jieba': { type: 'boolean', default: false },
      jobs: { type: 'string' },
      codebook: { type: 'string' },
    },
  });
  const format = values.format ?? '';
  if ((format === 'qdpx' || format === 'qdc') && positionals.length > 0) return runQdpxExport(positionals, format, values.out === '.' ? undefined : values.out, values.codebook, values.force!, io);
  if (!isExportFormat(format)) {
    io.err(`policy-annotator: export needs --format ${[...EXPORT_FORMATS, 'qdpx', 'qdc'].join('|')}`);
    return 1;
  }
  if (positionals.length === 0) {
    io.err('policy-annotator: export needs at least one file or folder');
    return 1;
  }
  const cache = matcherCache(io);
  const useJieba = values.jieba! && !values['no-jieba'];
  const tagger = useJieba ? lazyTagger() : undefined;
  const limit = maxBytes(values['max-size']);
  const jobs = jobsOf(values.jobs);
  const ahead = values.findings
    ? await analyzeAhead(positionals, { format: 'json', pretty: false, glossary: values.glossary as string[], maxBytes: limit, jieba: useJieba }, jobs, io, !values.quiet)
    : new Map<string, { text: string; analysis: Analysis }>();
  const analyzeDocument = (text: string, path: string): Analysis => {
    const done = ahead.get(resolve(path));
    return done && done.text === text ? done.analysis : analyze(text, { matcher: matcherFor(path, values.glossary as string[], cache), tagger });
  };
  const outcome = runExport({
    inputs: positionals,
    format,
    outDir: values.out!,
    force: values.force!,
    maxBytes: limit,
    analyzeDocument: values.findings ? analyzeDocument : undefined,
    glossaryFor: (path) => glossaryFor(path, values.glossary as string[], cache),
    progress: values.quiet ? undefined : (done, total, path) => total > 1 && io.err(`[${done}/${total}] ${path}`),
    writeIO: io.writeIO,
  });
  for (const e of outcome.errors) io.err(`policy-annotator: ${e}`);
  printWarnings(outcome.warnings, io);
  if (outcome.refused.length) {
    io.err(`policy-annotator: not overwritten (use --force): ${outcome.refused.join(', ')}`);
    return 2;
  }
  for (const w of outcome.written) io.out(w);
  return outcome.errors.length ? 2 : 0;
}

function runImportCommand(args: string[], io: CliIO): number | Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { into: { type: 'string' }, 'max-size': { type: 'string' } } });
  if (positionals.length === 1 && /\.(qdpx|qdc)$/i.test(positionals[0])) return runQdpxImport(positionals[0], values.into ?? '.', io);
  if (positionals.length !== 1 || !values.into) {
    io.err('policy-annotator: usage: import <annotations.jsonld> --into <document>');
    return 1;
  }
  const r = runImport(positionals[0], values.into, { maxBytes: values['max-size'] === undefined ? DEFAULT_IMPORT_MAX_BYTES : maxBytes(values['max-size']) });
  for (const e of r.errors.slice(0, MAX_WARNINGS)) io.err(`policy-annotator: ${e}`);
  if (r.errors.length > MAX_WARNINGS) io.err(`policy-annotator: … and ${r.errors.length - MAX_WARNINGS} more errors`);
  printWarnings(r.warnings, io);
  io.out(`${r.sidecarPath}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.orphans} orphans`);
  return r.errors.length ? 2 : 0;
}
