/**
 * File-level export and import shared by the CLI and the extension: gather documents (files and
 * folders), anchor their sidecar annotations, optionally analyse them, render a format and write
 * the files (never overwriting without `force`).
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { anchorAll } from '../core/annotations/anchoring';
import { isSidecarPath } from '../core/annotations/sidecar';
import type { AnchoredAnnotation, SidecarFile } from '../core/annotations/model';
import type { Analysis } from '../core/types';
import { renderExport, type ExportDocument, type ExportFile, type ExportFormat } from '../core/export';
import { outputStems } from '../core/export/render';
import { renderHtmlReports } from '../core/export/htmlReports';
import type { GlossaryEntry } from '../core/glossary/types';
import { TermMatcherCache } from './termMatchers';
import { fromWebAnnotation, mergeAnnotations } from '../core/export/webannotation';
import { readTextDocument, DEFAULT_MAX_BYTES, describeFsError, encodingLabel, workTreeRoot, type TextEncodingName } from './files';
import { locateSidecar, readAllSidecars, updateSidecar, SidecarWriteRefused, type StorageMode } from './sidecarStore';
import { writeFileAtomic, type WriteIO } from './atomicWrite';

/** Size limit of an import file (Web Annotation JSON), like the documents' default. */
export const DEFAULT_IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Extensions of documents picked up when a folder is exported. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];
const SKIP_DIRS = new Set(['node_modules', '.git', '.annotations', '.vscode', 'out', 'dist']);

export interface LoadedDocument {
  absPath: string;
  /** Relative POSIX path shown in reports. */
  displayPath: string;
  text: string;
  annotations: AnchoredAnnotation[];
  sidecarPath: string;
  /** The document's encoding on disk (the text is decoded; exports are UTF-8). */
  encoding: TextEncodingName;
}

export interface Problems {
  errors: string[];
  warnings: string[];
}

/**
 * Files of the inputs: files as given, folders walked (sorted) for document extensions. Each real
 * directory is walked once and each real file taken once, so symbolic-link loops neither repeat
 * documents nor hang.
 */
export function expandInputs(inputs: string[], problems: Problems): { path: string; base: string }[] {
  const out: { path: string; base: string }[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const real = (p: string): string | null => {
    try {
      return realpathSync(p);
    } catch {
      return null;
    }
  };
  for (const input of inputs) {
    const abs = resolve(input);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // readTextDocument reports the missing file with the standard message
    }
    if (!isDir) {
      const r = real(abs) ?? abs;
      if (!seenFiles.has(r)) out.push({ path: abs, base: dirname(abs) });
      seenFiles.add(r);
      continue;
    }
    const before = out.length;
    const stack: string[] = [abs];
    // Depth-first, in sorted order, without recursion (deep trees cannot overflow the stack).
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const realDir = real(dir);
      if (realDir === null || seenDirs.has(realDir)) continue;
      seenDirs.add(realDir);
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch (e) {
        problems.errors.push(`${dir}: ${describeFsError(e)}`);
        continue;
      }
      const subdirs: string[] = [];
      for (const name of names) {
        const p = join(dir, name);
        let st;
        try {
          st = statSync(p);
        } catch {
          continue;
        }
        if (st.isDirectory()) {
          if (!SKIP_DIRS.has(name)) subdirs.push(p);
        } else if (st.isFile() && DOCUMENT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && !isSidecarPath(name)) {
          const r = real(p) ?? p;
          if (seenFiles.has(r)) continue;
          seenFiles.add(r);
          out.push({ path: p, base: abs });
        }
      }
      for (let k = subdirs.length - 1; k >= 0; k--) stack.push(subdirs[k]);
    }
    if (out.length === before) problems.warnings.push(`${input}: no documents (${DOCUMENT_EXTENSIONS.join(', ')}) found`);
  }
  return out;
}

export function loadDocument(path: string, base: string, opts: { maxBytes?: number; storage?: StorageMode }, problems: Problems): LoadedDocument | null {
  const read = readTextDocument(path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!read.ok) {
    problems.errors.push(read.message);
    return null;
  }
  const sidecarPath = locateSidecar(path, opts.storage ?? 'beside');
  const sidecar = readAllSidecars(path, opts.storage ?? 'beside');
  let annotations: AnchoredAnnotation[] = [];
  if (sidecar.kind === 'broken') problems.errors.push(`${sidecar.message} (annotations of ${path} left out)`);
  if (sidecar.kind === 'ok') annotations = anchorAll(read.text, sidecar.file.annotations);
  const displayPath = relative(base, path).split(sep).join('/') || path.split(sep).pop()!;
  if (read.encoding !== 'utf-8') problems.warnings.push(`${path}: read as ${encodingLabel(read.encoding)}`);
  return { absPath: path, displayPath, text: read.text, annotations, sidecarPath, encoding: read.encoding };
}

export interface ExportRequest {
  inputs: string[];
  format: ExportFormat;
  outDir: string;
  force: boolean;
  /** Analyse the documents and include their findings. */
  analyzeDocument?: (text: string, path: string) => Analysis;
  maxBytes?: number;
  storage?: StorageMode;
  /** Called once per document loaded: (done, total, path). */
  progress?: (done: number, total: number, path: string) => void;
  /** File-system calls of the writes (tests inject failures). */
  writeIO?: WriteIO;
  /**
   * The glossary of a document (canonical term → entry), for the HTML report's explanations of the
   * terms found. Default: the built-in glossary with the user glossaries from the document's folder
   * up to its git work tree (as the CLI finds them).
   */
  glossaryFor?: (absPath: string) => ReadonlyMap<string, GlossaryEntry>;
}

export interface ExportOutcome extends Problems {
  written: string[];
  /** Output files that exist already and were not overwritten (no --force). */
  refused: string[];
  documents: number;
}

export function runExport(req: ExportRequest): ExportOutcome {
  const problems: Problems = { errors: [], warnings: [] };
  const files = expandInputs(req.inputs, problems);
  const docs: ExportDocument[] = [];
  const absOf = new Map<ExportDocument, string>();
  files.forEach((f, i) => {
    const loaded = loadDocument(f.path, f.base, req, problems);
    req.progress?.(i + 1, files.length, f.path);
    if (!loaded) return;
    const doc: ExportDocument = { path: loaded.displayPath, text: loaded.text, annotations: loaded.annotations, findings: req.analyzeDocument?.(loaded.text, loaded.absPath) };
    absOf.set(doc, loaded.absPath);
    docs.push(doc);
  });
  const outcome: ExportOutcome = { ...problems, written: [], refused: [], documents: docs.length };
  if (docs.length === 0) return outcome;
  if (req.format !== 'md' && req.format !== 'csv') outcome.warnings.push(...renamedOutputs(docs.map((d) => d.path)));
  const glossaryFor = req.format === 'html' && req.analyzeDocument ? (req.glossaryFor ?? defaultGlossary()) : undefined;
  const rendered = glossaryFor
    ? renderHtmlReports(docs, (d) => glossaryFor(absOf.get(d) ?? d.path))
    : renderExport(req.format, docs, { documentUri: (d) => fileUri(absOf.get(d) ?? d.path) });
  writeFiles(rendered, req.outDir, req.force, outcome, { inputs: [...absOf.values()], io: req.writeIO });
  return outcome;
}

/** The default `glossaryFor`: one cache of resolved glossaries per export. */
function defaultGlossary(): (absPath: string) => ReadonlyMap<string, GlossaryEntry> {
  const cache = new TermMatcherCache();
  return (absPath) => cache.resolveDocument(absPath, workTreeRoot(absPath)).lookup;
}

function fileUri(path: string): string {
  return 'file://' + resolve(path).split(sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/');
}

/** One warning per group of documents whose output names would have collided. */
export function renamedOutputs(paths: string[]): string[] {
  const stems = outputStems(paths);
  const groups = new Map<string, string[]>();
  paths.forEach((p, i) => {
    const plain = p.replace(/(?<=[^/])\.[^./]*$/, '');
    if (stems[i] === plain) return;
    const key = plain.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), `${p} → ${stems[i]}.*`]);
  });
  return [...groups.values()].map((g) => `documents with the same name but for the extension get distinct output names: ${g.join(', ')}`);
}

/**
 * Writes every file atomically (a failure leaves the old file intact), or none of those that exist
 * already unless `force`. Never writes over an input document. A failed write is reported in
 * `errors` (one line) and the others are still written.
 */
export function writeFiles(
  files: ExportFile[],
  outDir: string,
  force: boolean,
  outcome: { written: string[]; refused: string[]; errors?: string[] },
  opts: { inputs?: string[]; io?: WriteIO } = {},
): void {
  const targets = files.map((f) => ({ f, path: join(outDir, ...f.name.split('/')) }));
  const inputs = new Set((opts.inputs ?? []).map((p) => resolve(p)));
  const errors = outcome.errors ?? [];
  const clobbers = targets.filter((t) => inputs.has(resolve(t.path)));
  if (clobbers.length) {
    for (const t of clobbers) errors.push(`${t.path}: is one of the input documents; not overwritten (choose another --out folder)`);
    return;
  }
  if (!force) {
    for (const t of targets) if (existsSync(t.path)) outcome.refused.push(t.path);
    if (outcome.refused.length) return;
  }
  for (const t of targets) {
    try {
      mkdirSync(dirname(t.path), { recursive: true });
      writeFileAtomic(t.path, t.f.content, { io: opts.io });
      outcome.written.push(t.path);
    } catch (e) {
      errors.push(`${t.path}: not written: ${describeFsError(e)}${existsSync(t.path) ? ' (the previous file is unchanged)' : ''}`);
    }
  }
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  orphans: number;
  errors: string[];
  warnings: string[];
  sidecarPath: string;
}

/**
 * Imports Web Annotation JSON(-LD) into a document's sidecar (merged by id; newer `modified` wins).
 * The merge runs under the sidecar's lock on the file as it is on disk at that moment, so concurrent
 * imports (and the editor) never lose each other's annotations.
 * Relies on `fromWebAnnotation(json, { text, defaultAuthor })` → { annotations, errors, warnings }
 * and `mergeAnnotations(existing, imported)` → { merged, added, updated, unchanged } (src/core/export/webannotation.ts).
 */
export function runImport(
  jsonPath: string,
  documentPath: string,
  opts: { storage?: StorageMode; author?: string; maxBytes?: number } = {},
): ImportOutcome {
  const sidecarPath = locateSidecar(resolve(documentPath), opts.storage ?? 'beside');
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, orphans: 0, errors: [], warnings: [], sidecarPath };
  const doc = readTextDocument(documentPath);
  if (!doc.ok) {
    outcome.errors.push(doc.message);
    return outcome;
  }
  const source = readTextDocument(jsonPath, opts.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES);
  if (!source.ok) {
    outcome.errors.push(source.message);
    return outcome;
  }
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (e) {
    outcome.errors.push(`${jsonPath}: ${(e as Error).message}`);
    return outcome;
  }
  const imported = fromWebAnnotation(json, { text: doc.text, defaultAuthor: opts.author });
  for (const e of imported.errors) outcome.errors.push(e);
  for (const w of imported.warnings) outcome.warnings.push(w);
  if (imported.annotations.length === 0) return outcome;
  try {
    updateSidecar(sidecarPath, documentPath, (file: SidecarFile) => {
      const merged = mergeAnnotations(file.annotations, imported.annotations);
      outcome.added = merged.added.length;
      outcome.updated = merged.updated.length;
      outcome.unchanged = merged.unchanged.length;
      outcome.orphans = merged.merged.filter((a) => a.orphan).length;
      return { file: outcome.added + outcome.updated > 0 ? { ...file, annotations: merged.merged } : null, result: undefined };
    });
  } catch (e) {
    if (e instanceof SidecarWriteRefused) outcome.errors.push(`${e.message}; nothing imported`);
    else outcome.errors.push(`${sidecarPath}: not written: ${describeFsError(e)}; nothing imported`);
    outcome.added = outcome.updated = outcome.unchanged = outcome.orphans = 0;
  }
  return outcome;
}
