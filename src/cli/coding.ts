/**
 * The research-coding commands of the CLI:
 *   units <file> [--format json|table]
 *   meta <file...> [--format json|table]
 *   report <file|dir...> --table coding|frequency|document|cross|cooccurrence|binary
 *          [--rows DIM --cols DIM] [--by VARIABLE] [--coders A,B] [--codebook FILE]
 *          --format csv|md|json|xlsx [--out FILE]
 * Bad inputs: one line on stderr and exit 2, like `analyze`.
 */
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve as resolvePath } from 'node:path';
import { splitUnits } from '../core/coding/units';
import { extractMeta } from '../core/coding/meta';
import { annotationCodeIds, buildStudy } from '../core/coding/study';
import { buildTable, TABLE_KINDS, VARIABLES, type TableKind, type Variable, type Table } from '../core/coding/tables';
import { tableToCsv, tableToJson, tableToMarkdown } from '../core/coding/render';
import { expandInputs, loadDocument, type LoadedDocument, type Problems } from '../node/exportRunner';
import { readTextDocument } from '../node/files';
import { readCodebookFile, resolveCodebook } from '../node/codebookFiles';
import { readSidecar, locateSidecar, updateSidecar } from '../node/sidecarStore';
import { writeFileAtomic } from '../node/atomicWrite';
import { agreementTable, studyAgreement, type AgreementUnit } from '../core/coding/studyAgreement';
import { CODEBOOK_FILE_NAME, formatCodebook, indexCodebook, type Codebook } from '../core/coding/codebook';
import { CODEBOOK_TEMPLATES } from '../core/coding/templates';
import type { ExchangeDocument } from '../core/exchange/qdpx';
import { nameGuid } from '../node/guid';
import { createAnnotation } from '../core/annotations/create';
import type { CodedDocument } from '../core/coding/tables';
import { describeMerge, mergeSidecars } from '../core/coding/sidecarMerge';
import { parseSidecar, serializeSidecar } from '../core/annotations/sidecar';
import type { SidecarFile } from '../core/annotations/model';

export interface CodingIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const usage = (io: CodingIO, msg: string): number => {
  io.err(`policy-annotator: ${msg}`);
  return 1;
};

export function runUnits(args: string[], io: CodingIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, pretty: { type: 'boolean', default: false } } });
  if (values.format !== 'json' && values.format !== 'table') return usage(io, `--format must be json or table, not '${values.format}'`);
  if (positionals.length === 0) return usage(io, 'units needs a file');
  let failed = 0;
  positionals.forEach((file, i) => {
    const read = readTextDocument(file);
    if (!read.ok) {
      io.err(`policy-annotator: ${read.message}`);
      failed++;
      return;
    }
    const units = splitUnits(read.text, { docNumber: positionals.length > 1 ? i + 1 : 1 });
    if (values.format === 'json') io.out(JSON.stringify({ file, units }, null, values.pretty ? 2 : undefined));
    else io.out([`# ${file}`, 'id\tlevel\tlabel\ttext', ...units.map((u) => `${u.id}\t${u.level}\t${u.label}\t${u.text.replace(/\s+/g, ' ').slice(0, 50)}`)].join('\n'));
  });
  return failed ? 2 : 0;
}

export function runMeta(args: string[], io: CodingIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, pretty: { type: 'boolean', default: false } } });
  if (values.format !== 'json' && values.format !== 'table') return usage(io, `--format must be json or table, not '${values.format}'`);
  if (positionals.length === 0) return usage(io, 'meta needs at least one file');
  let failed = 0;
  for (const file of positionals) {
    const read = readTextDocument(file);
    if (!read.ok) {
      io.err(`policy-annotator: ${read.message}`);
      failed++;
      continue;
    }
    const m = extractMeta(read.text);
    // A user's own values (stored in the sidecar) win over the extracted ones.
    const side = readSidecar(locateSidecar(file, 'beside'));
    const user = side.kind === 'ok' ? (side.file as { variables?: Record<string, string | null> }).variables : undefined;
    const merged = { ...m, ...(user ?? {}) };
    const row = { file, title: merged.title, issuer: merged.issuer, docNumber: merged.docNumber, docType: merged.docType, date: merged.date, published: merged.published, level: merged.level };
    if (values.format === 'json') io.out(JSON.stringify(row, null, values.pretty ? 2 : undefined));
    else io.out(Object.entries(row).map(([k, v]) => `${k}\t${v ?? '-'}`).join('\n') + '\n');
  }
  return failed ? 2 : 0;
}

export async function runReport(args: string[], io: CodingIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      table: { type: 'string', default: 'frequency' },
      rows: { type: 'string' },
      cols: { type: 'string' },
      by: { type: 'string' },
      coders: { type: 'string' },
      codebook: { type: 'string' },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    },
  });
  const kinds = TABLE_KINDS.filter((k) => k !== 'variable');
  if (!(kinds as readonly string[]).includes(values.table!)) return usage(io, `--table must be one of ${kinds.join(', ')}, not '${values.table}'`);
  if (!['csv', 'md', 'json', 'xlsx'].includes(values.format!)) return usage(io, `--format must be csv, md, json or xlsx, not '${values.format}'`);
  if (values.by !== undefined && !(VARIABLES as readonly string[]).includes(values.by)) return usage(io, `--by must be one of ${VARIABLES.join(', ')}, not '${values.by}'`);
  if (values.format === 'xlsx' && !values.out) return usage(io, '--format xlsx needs --out FILE');
  if (positionals.length === 0) return usage(io, 'report needs at least one file or folder');

  const loadedStudy = loadStudy(positionals, values.codebook, io);
  if (!loadedStudy) return 2;
  const { codebook, docs, problems } = loadedStudy;
  const kind: TableKind = values.by && (values.table === 'frequency' || values.table === 'document') ? 'variable' : (values.table as TableKind);
  let table: Table;
  try {
    table = buildTable(codebook, docs, {
      kind,
      rows: values.rows,
      cols: values.cols,
      by: values.by as Variable | undefined,
      coders: values.coders ? new Set(values.coders.split(',').map((s) => s.trim()).filter(Boolean)) : undefined,
    });
  } catch (e) {
    io.err(`policy-annotator: ${(e as Error).message}`);
    return 2;
  }
  await writeTable(table, values.format as TableFormat, values.out, io);
  return problems.errors.length > 0 ? 2 : 0;
}

type TableFormat = 'csv' | 'md' | 'json' | 'xlsx';

async function writeTable(table: Table, format: TableFormat, out: string | undefined, io: CodingIO): Promise<void> {
  const data = format === 'xlsx' ? await (await import('../node/xlsx')).tablesToXlsx([table]) : format === 'csv' ? tableToCsv(table) : format === 'json' ? tableToJson(table) : tableToMarkdown(table);
  if (out) {
    writeFileSync(out, data);
    io.err(`policy-annotator: wrote ${out}`);
  } else io.out(typeof data === 'string' ? data.replace(/\n$/, '') : data.toString('utf8'));
}

/** Documents (files and folders, sorted) with their sidecars, and the codebook for them. */
function loadStudy(inputs: string[], explicitCodebook: string | undefined, io: CodingIO): { codebook: Codebook; docs: CodedDocument[]; problems: Problems; loaded: LoadedDocument[] } | null {
  const problems: Problems = { errors: [], warnings: [] };
  const files = expandInputs(inputs, problems);
  const loaded = files.map((f) => loadDocument(f.path, f.base, {}, problems)).filter((d) => d !== null);
  for (const w of problems.warnings) io.err(`policy-annotator: ${w}`);
  for (const e of problems.errors) io.err(`policy-annotator: ${e}`);
  if (loaded.length === 0) return null;
  const cb = resolveCodebook(explicitCodebook, loaded[0].absPath);
  for (const e of cb.errors) io.err(`policy-annotator: codebook ${e.message}`);
  if (!cb.codebook) return null;
  const docs = buildStudy(
    loaded.map((d) => {
      const side = readSidecar(d.sidecarPath);
      const variables = side.kind === 'ok' ? (side.file as { variables?: Record<string, string | null> }).variables : undefined;
      return { file: d.displayPath, text: d.text, anchored: d.annotations, variables };
    }),
  );
  return { codebook: cb.codebook, docs, problems, loaded };
}

export async function runAgreement(args: string[], io: CodingIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { coders: { type: 'string' }, unit: { type: 'string', default: 'clause' }, codebook: { type: 'string' }, format: { type: 'string', default: 'md' }, out: { type: 'string' } },
  });
  if (!['clause', 'sentence', 'character'].includes(values.unit!)) return usage(io, `--unit must be clause, sentence or character, not '${values.unit}'`);
  if (!['csv', 'md', 'json', 'xlsx'].includes(values.format!)) return usage(io, `--format must be csv, md, json or xlsx, not '${values.format}'`);
  if (values.format === 'xlsx' && !values.out) return usage(io, '--format xlsx needs --out FILE');
  if (positionals.length === 0) return usage(io, 'agreement needs at least one file or folder');
  const study = loadStudy(positionals, values.codebook, io);
  if (!study) return 2;
  const coders = values.coders ? values.coders.split(',').map((s) => s.trim()).filter(Boolean) : undefined;
  const result = studyAgreement(study.codebook, study.docs, { coders, unit: values.unit as AgreementUnit });
  if (result.coders.length < 2) {
    io.err(`policy-annotator: agreement needs at least two coders; found ${result.coders.length ? result.coders.join(', ') : 'none'} (annotation authors)`);
    return 2;
  }
  if (values.format === 'json') {
    const text = JSON.stringify(result, null, 2) + '\n';
    if (values.out) writeFileSync(values.out, text);
    else io.out(text.trimEnd());
  } else await writeTable(agreementTable(result), values.format as TableFormat, values.out, io);
  return study.problems.errors.length > 0 ? 2 : 0;
}

function readSidecarArg(path: string, io: CodingIO): SidecarFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    io.err(`policy-annotator: ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return null;
  }
  // git gives an empty %O when the file did not exist at the merge base.
  if (text.trim() === '') return { version: 1, document: basename(path), annotations: [] };
  const parsed = parseSidecar(text, path);
  if (!parsed.ok) {
    io.err(`policy-annotator: ${parsed.message}`);
    return null;
  }
  return parsed.file;
}


/** merge <ours> <theirs> [--base FILE] [--out FILE]: the merged sidecar replaces <ours> (or goes to --out). */
export function runMerge(args: string[], io: CodingIO): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { base: { type: 'string' }, out: { type: 'string' } } });
  if (positionals.length !== 2) return usage(io, 'merge needs <ours> <theirs> [--base FILE]');
  return mergeFiles(positionals[0], positionals[1], values.base, values.out ?? positionals[0], io);
}

/** The git merge driver: merge-sidecar %O %A %B — the result replaces %A; exit 0 when merged. */
export function runMergeDriver(args: string[], io: CodingIO): number {
  if (args.length !== 3) return usage(io, 'merge-sidecar needs %O %A %B (base, ours, theirs), as git passes them');
  const code = mergeFiles(args[1], args[2], args[0], args[1], io);
  return code === 0 ? 0 : 1;
}

function mergeFiles(oursPath: string, theirsPath: string, basePath: string | undefined, outPath: string, io: CodingIO): number {
  const ours = readSidecarArg(oursPath, io);
  const theirs = readSidecarArg(theirsPath, io);
  const base = basePath !== undefined ? readSidecarArg(basePath, io) : undefined;
  if (!ours || !theirs || base === null) return 2;
  const { file, report } = mergeSidecars(ours, theirs, base);
  writeFileAtomic(outPath, serializeSidecar(file));
  for (const line of describeMerge(report)) io.err(`policy-annotator: ${line}`);
  io.err(`policy-annotator: merged ${file.annotations.length} annotations into ${outPath}`);
  return 0;
}

/** export --format qdpx|qdc: a REFI-QDA project of the documents (or their codebook alone). */
export async function runQdpxExport(inputs: string[], format: 'qdpx' | 'qdc', out: string | undefined, codebookPath: string | undefined, force: boolean, io: CodingIO): Promise<number> {
  const study = loadStudy(inputs, codebookPath, io);
  if (!study) return 2;
  const target = resolvePath(out && !out.endsWith('/') && extname(out) ? out : join(out ?? '.', format === 'qdpx' ? 'project.qdpx' : 'codebook.qdc'));
  if (existsSync(target) && !force) {
    io.err(`policy-annotator: ${target} exists; not overwritten (use --force)`);
    return 2;
  }
  if (format === 'qdc') {
    const { codebookToQdc } = await import('../core/exchange/qdpx');
    writeFileAtomic(target, codebookToQdc(study.codebook, nameGuid));
  } else {
    const documents: ExchangeDocument[] = study.loaded.map((d, i) => ({
      id: d.displayPath,
      name: d.displayPath,
      text: d.text,
      meta: study.docs[i].meta,
      annotations: d.annotations
        .filter((a) => a.start !== null && a.end !== null)
        .map((a) => ({ id: a.annotation.id, start: a.start!, end: a.end!, codes: annotationCodeIds(a.annotation), coder: a.annotation.author || 'unknown', note: a.annotation.note, created: a.annotation.created })),
    }));
    const orphans = study.loaded.reduce((n, d) => n + d.annotations.filter((a) => a.start === null).length, 0);
    if (orphans) io.err(`policy-annotator: ${orphans} orphaned annotations have no place in the text and are left out of the project`);
    const { writeQdpx } = await import('../node/qdpx');
    const { zip } = await writeQdpx({ name: study.codebook.name, codebook: study.codebook, documents }, new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
    writeFileAtomic(target, zip);
  }
  io.err(`policy-annotator: wrote ${target}`);
  return study.problems.errors.length ? 2 : 0;
}

/** import <project.qdpx|codebook.qdc> --into DIR: documents, their annotation files and the codebook. */
export async function runQdpxImport(file: string, intoDir: string, io: CodingIO): Promise<number> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    io.err(`policy-annotator: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    return 2;
  }
  mkdirSync(intoDir, { recursive: true });
  const existingPath = join(intoDir, CODEBOOK_FILE_NAME);
  const existing = existsSync(existingPath) ? readCodebookFile(existingPath).codebook : null;
  // A code whose GUID we made from one of our ids gets that id back; others get an id from the GUID.
  const known = new Map([...(existing ? indexCodebook(existing).keys() : [])].map((id) => [nameGuid(`code:${id}`), id]));
  const idOf = (guid: string): string => known.get(guid.toUpperCase()) ?? (knownTemplateIds().get(guid.toUpperCase()) ?? `c-${guid.replace(/[^0-9A-Fa-f]/g, '').slice(0, 12).toLowerCase()}`);
  let project;
  try {
    const { qdcToCodebook } = await import('../core/exchange/qdpx');
    const { readQdpx } = await import('../node/qdpx');
    project = /\.qdc$/i.test(file) ? { name: 'codebook', codebook: qdcToCodebook(data.toString('utf8'), idOf), documents: [], warnings: [] as string[] } : await readQdpx(data, idOf);
  } catch (e) {
    io.err(`policy-annotator: ${file}: ${(e as Error).message}`);
    return 2;
  }
  for (const w of project.warnings) io.err(`policy-annotator: ${w}`);
  if (!existing) writeFileAtomic(existingPath, formatCodebook(project.codebook));
  else io.err(`policy-annotator: ${existingPath} exists and is kept; codes of the project that it lacks keep their ids from the project`);
  let written = 0;
  for (const d of project.documents) {
    const name = basename(d.name).replace(/[\\/:*?"<>|]/g, '_') || 'document';
    const docPath = join(intoDir, extname(name) ? name : `${name}.txt`);
    if (existsSync(docPath) && readFileSync(docPath, 'utf8') !== d.text) {
      io.err(`policy-annotator: ${docPath} exists with another text; skipped with its codings`);
      continue;
    }
    writeFileAtomic(docPath, d.text);
    const annotations = d.annotations.map((a) => ({ ...createAnnotation(d.text, a.start, a.end, { author: a.coder, tag: null, note: a.note, link: null, now: a.created && !Number.isNaN(Date.parse(a.created)) ? new Date(a.created) : undefined }), codes: a.codes }));
    const variables = Object.fromEntries(Object.entries(d.meta).filter(([k, v]) => k !== 'extra' && v !== null)) as SidecarFile['variables'];
    // Into the document's annotation file under its lock: what is there already is kept (the user's
    // variables win), the project's codings are added.
    try {
      updateSidecar(`${docPath}.annotations.json`, docPath, (current) => ({
        file: { ...current, variables: { ...variables, ...(current.variables ?? {}) }, annotations: [...current.annotations, ...annotations] },
        result: null,
      }));
    } catch (e) {
      io.err(`policy-annotator: ${docPath}: ${(e as Error).message}; its codings were not imported`);
      continue;
    }
    written++;
  }
  io.out(`${intoDir}: ${written} documents with their codings; codebook ${existing ? 'kept' : 'written'} (${CODEBOOK_FILE_NAME})`);
  return 0;
}

/** GUIDs of the built-in templates' codes, so that a project from any tool that kept them maps back. */
function knownTemplateIds(): Map<string, string> {
  return new Map(Object.values(CODEBOOK_TEMPLATES).flatMap((cb) => [...indexCodebook(cb).keys()].map((id) => [nameGuid(`code:${id}`), id] as const)));
}
