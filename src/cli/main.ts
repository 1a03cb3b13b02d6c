/**
 * policy-annotator: the command-line tool over the analysis core.
 *
 *   policy-annotator analyze <file...|-> [--format json|table]
 *   policy-annotator terms --suggest <file>
 *
 * Bad inputs give one line on stderr each and exit code 2; the other files are still processed.
 */
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { TermMatcher } from '../core/glossary/matcher';
import { suggestTerms } from '../core/glossary/suggest';
import { TermMatcherCache } from '../node/termMatchers';
import { readTextDocument, decodeText, formatBytes, DEFAULT_MAX_BYTES } from '../node/files';
import { loadJieba } from '../node/jieba';
import { formatTable } from './table';
import { anchorAll } from '../core/annotations/anchoring';
import { isExportFormat, EXPORT_FORMATS } from '../core/export/types';
import { locateSidecar, readSidecar } from '../node/sidecarStore';
import { runExport, runImport } from '../node/exportRunner';
import { runAgreement, runMerge, runMergeDriver, runMeta, runReport, runUnits } from './coding';

const USAGE = `Usage:
  policy-annotator analyze <file...|-> [--format json|table] [--pretty] [--glossary FILE]... [--no-jieba] [--max-size MB]
  policy-annotator terms --suggest <file> [--top N] [--glossary FILE]...
  policy-annotator annotations <file> [--pretty]
  policy-annotator export <file|dir...> --format md|csv|jsonld|brat|html [--out DIR] [--findings] [--force]
  policy-annotator import <annotations.jsonld> --into <document>
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
terms     --suggest lists frequent terms of a document that no glossary explains.
annotations  the document's annotations (from <file>.annotations.json) re-anchored on its current
          text: each with its current start and end, or status "orphan".
export    Markdown / CSV (one combined file), W3C Web Annotation JSON-LD, brat standoff or HTML
          (one file per document) into --out (default: the current folder). --findings adds the
          detected quotations, claims and terms. Existing files are kept unless --force.
import    merges Web Annotation JSON(-LD) into the document's sidecar (by id; newer wins).
units     the document split into units of analysis (clauses; sentences in long or unstructured
          text) with stable ids like 3-2-4 (document, chapter, clause); UTF-16 offsets.
meta      document variables read from the text: title, issuer, docNumber (文号), docType (文种),
          date (成文日期), published (发布日期), level; the user's values in the sidecar win.
report    the tables of a coding study over the documents' annotations and the codebook
          (policy-codebook.json near the documents, or --codebook; the reading tags otherwise).
merge     merges two annotation files of one document by id (three-way with --base); the result
          replaces <ours>; deletions, conflicts and edits kept over deletions are listed.
agreement inter-coder agreement per code and overall (percent, Cohen's kappa, Fleiss' kappa,
          Krippendorff's alpha) with the counts; coders are the annotations' authors.

User glossaries: every policy-glossary.json in the document's folder and its parents
(nearer ones win) plus each --glossary FILE, merged over the built-in glossary.
Exit codes: 0 ok, 1 usage error, 2 one or more files could not be read.`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Standard input, for the file name `-` (tests pass their own). */
  readStdin?: () => Buffer;
}

const stdio: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

export async function main(argv: string[], io: CliIO = stdio): Promise<number> {
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
        return runAnalyze(rest, io);
      case 'terms':
        return runTerms(rest, io);
      case 'annotations':
        return runAnnotations(rest, io);
      case 'export':
        return runExportCommand(rest, io);
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

/** The document's text, or null after one line on stderr (missing, directory, binary, not UTF-8, too large). */
function readOrReport(file: string, maxSize: string | undefined, io: CliIO): string | null {
  const read = file === '-' ? readStdin(maxBytes(maxSize), io) : readTextDocument(file, maxBytes(maxSize));
  if (read.ok) return read.text;
  io.err(`policy-annotator: ${read.message}`);
  return null;
}

/** `-` as a file name: the text comes from standard input, with the same checks as a file. */
function readStdin(limit: number, io: CliIO): ReturnType<typeof readTextDocument> {
  let bytes: Buffer;
  try {
    bytes = io.readStdin ? io.readStdin() : readFileSync(0);
  } catch (e) {
    return { ok: false, message: `standard input: ${(e as Error).message}` };
  }
  if (bytes.length > limit) return { ok: false, message: `standard input: ${formatBytes(bytes.length)} is over the size limit of ${formatBytes(limit)} (--max-size)` };
  return decodeText('standard input', bytes);
}

/** The matcher cache of one command: glossary problems go to stderr; their message names file, line and field. */
function matcherCache(io: CliIO): TermMatcherCache {
  return new TermMatcherCache((e) => io.err(`policy-annotator: glossary ${e.message}`));
}

/** The term matcher for one document: built-in glossary + user glossaries around it + explicit ones. */
function matcherFor(file: string, explicit: string[], cache: TermMatcherCache): TermMatcher {
  const path = resolve(file);
  return cache.forDocument(path, rootOf(path), explicit.map((p) => resolve(p)));
}

/** User glossaries are looked up from the document's folder up to the git work tree root or the file system root. */
function rootOf(file: string): string {
  let dir = dirname(file);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

function runAnalyze(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      pretty: { type: 'boolean', default: false },
      glossary: { type: 'string', multiple: true, default: [] },
      'no-jieba': { type: 'boolean', default: false },
      'max-size': { type: 'string' },
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
  maxBytes(values['max-size']); // a bad --max-size is a usage error before any file is read
  const jieba = values['no-jieba'] ? null : loadJieba();
  const cache = matcherCache(io);
  let failed = 0;
  for (const file of positionals) {
    const text = readOrReport(file, values['max-size'], io);
    if (text === null) {
      failed++;
      continue;
    }
    const analysis = analyze(text, { matcher: matcherFor(file, values.glossary as string[], cache), tagger: jieba?.tag });
    if (values.format === 'json') io.out(JSON.stringify(toJson(file, analysis), null, values.pretty ? 2 : undefined));
    else io.out(formatTable(file, analysis));
  }
  return failed ? 2 : 0;
}

/** The documented JSON shape: a field the text does not give is null. */
export function toJson(file: string, a: Analysis): object {
  return {
    file,
    quotations: a.quotations.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, cue: q.cue, closed: q.closed, depth: q.depth })),
    numericClaims: a.numericClaims.map((c) => ({
      start: c.start, end: c.end, text: c.text, value: c.value, unit: c.unit, qualifier: c.qualifier,
      upper: c.upper, year: c.year, subject: c.subject, magnitudeClass: c.magnitudeClass,
    })),
    terms: a.terms.map((t) => ({ start: t.start, end: t.end, text: t.text, term: t.term, category: t.category, explained: t.explained })),
    headings: a.headings.map((h) => ({ start: h.start, end: h.end, text: h.text, level: h.level })),
  };
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
  const jieba = loadJieba();
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
  const sidecar = readSidecar(sidecarPath);
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

function runExportCommand(args: string[], io: CliIO): number {
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
    },
  });
  const format = values.format ?? '';
  if (!isExportFormat(format)) {
    io.err(`policy-annotator: export needs --format ${EXPORT_FORMATS.join('|')}`);
    return 1;
  }
  if (positionals.length === 0) {
    io.err('policy-annotator: export needs at least one file or folder');
    return 1;
  }
  const cache = matcherCache(io);
  const jieba = values.findings ? loadJieba() : null;
  const outcome = runExport({
    inputs: positionals,
    format,
    outDir: values.out!,
    force: values.force!,
    maxBytes: maxBytes(values['max-size']),
    analyzeDocument: values.findings ? (text, path) => analyze(text, { matcher: matcherFor(path, values.glossary as string[], cache), tagger: jieba?.tag }) : undefined,
    progress: values.quiet ? undefined : (done, total, path) => total > 1 && io.err(`[${done}/${total}] ${path}`),
  });
  for (const e of outcome.errors) io.err(`policy-annotator: ${e}`);
  for (const w of outcome.warnings) io.err(`policy-annotator: warning: ${w}`);
  if (outcome.refused.length) {
    io.err(`policy-annotator: not overwritten (use --force): ${outcome.refused.join(', ')}`);
    return 2;
  }
  for (const w of outcome.written) io.out(w);
  return outcome.errors.length ? 2 : 0;
}

function runImportCommand(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { into: { type: 'string' } } });
  if (positionals.length !== 1 || !values.into) {
    io.err('policy-annotator: usage: import <annotations.jsonld> --into <document>');
    return 1;
  }
  const r = runImport(positionals[0], values.into);
  for (const e of r.errors) io.err(`policy-annotator: ${e}`);
  for (const w of r.warnings) io.err(`policy-annotator: warning: ${w}`);
  io.out(`${r.sidecarPath}: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.orphans} orphans`);
  return r.errors.length ? 2 : 0;
}
