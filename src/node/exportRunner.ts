/**
 * File-level export and import shared by the CLI and the extension: gather documents (files and
 * folders), anchor their sidecar annotations, optionally analyse them, render a format and write
 * the files (never overwriting without `force`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { anchorAll } from '../core/annotations/anchoring';
import { isSidecarPath } from '../core/annotations/sidecar';
import type { AnchoredAnnotation, SidecarFile } from '../core/annotations/model';
import type { Analysis } from '../core/types';
import { renderExport, type ExportDocument, type ExportFile, type ExportFormat } from '../core/export';
import { fromWebAnnotation, mergeAnnotations } from '../core/export/webannotation';
import { readTextDocument, DEFAULT_MAX_BYTES } from './files';
import { locateSidecar, newSidecar, readSidecar, writeSidecar, type StorageMode } from './sidecarStore';

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
}

export interface Problems {
  errors: string[];
  warnings: string[];
}

/** Files of the inputs: files as given, folders walked (sorted) for document extensions. */
export function expandInputs(inputs: string[], problems: Problems): { path: string; base: string }[] {
  const out: { path: string; base: string }[] = [];
  for (const input of inputs) {
    const abs = resolve(input);
    let isDir = false;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      // readTextDocument reports the missing file with the standard message
    }
    if (!isDir) {
      out.push({ path: abs, base: dirname(abs) });
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const p = join(dir, name);
        let st;
        try {
          st = statSync(p);
        } catch {
          continue;
        }
        if (st.isDirectory()) {
          if (!SKIP_DIRS.has(name)) walk(p);
        } else if (DOCUMENT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) && !isSidecarPath(name)) {
          out.push({ path: p, base: abs });
        }
      }
    };
    walk(abs);
    if (!out.some((f) => f.base === abs)) problems.warnings.push(`${input}: no documents (${DOCUMENT_EXTENSIONS.join(', ')}) found`);
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
  const sidecar = readSidecar(sidecarPath);
  let annotations: AnchoredAnnotation[] = [];
  if (sidecar.kind === 'broken') problems.errors.push(`${sidecar.message} (annotations of ${path} left out)`);
  if (sidecar.kind === 'ok') annotations = anchorAll(read.text, sidecar.file.annotations);
  const displayPath = relative(base, path).split(sep).join('/') || path.split(sep).pop()!;
  return { absPath: path, displayPath, text: read.text, annotations, sidecarPath };
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
  files.forEach((f, i) => {
    const loaded = loadDocument(f.path, f.base, req, problems);
    req.progress?.(i + 1, files.length, f.path);
    if (!loaded) return;
    docs.push({ path: loaded.displayPath, text: loaded.text, annotations: loaded.annotations, findings: req.analyzeDocument?.(loaded.text, loaded.absPath) });
  });
  const outcome: ExportOutcome = { ...problems, written: [], refused: [], documents: docs.length };
  if (docs.length === 0) return outcome;
  const rendered = renderExport(req.format, docs, { documentUri: (d) => fileUri(files.find((f) => relative(f.base, f.path).split(sep).join('/') === d.path)?.path ?? d.path) });
  writeFiles(rendered, req.outDir, req.force, outcome);
  return outcome;
}

function fileUri(path: string): string {
  return 'file://' + resolve(path).split(sep).map(encodeURIComponent).join('/').replace(/^\/?/, '/');
}

/** Writes every file, or none of those that exist already unless `force`. */
export function writeFiles(files: ExportFile[], outDir: string, force: boolean, outcome: { written: string[]; refused: string[] }): void {
  const targets = files.map((f) => ({ f, path: join(outDir, ...f.name.split('/')) }));
  if (!force) {
    for (const t of targets) if (existsSync(t.path)) outcome.refused.push(t.path);
    if (outcome.refused.length) return;
  }
  for (const t of targets) {
    mkdirSync(dirname(t.path), { recursive: true });
    writeFileSync(t.path, t.f.content, 'utf8');
    outcome.written.push(t.path);
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

/** Imports Web Annotation JSON(-LD) into a document's sidecar (merged by id; newer `modified` wins). */
export function runImport(jsonPath: string, documentPath: string, opts: { storage?: StorageMode; author?: string } = {}): ImportOutcome {
  const sidecarPath = locateSidecar(resolve(documentPath), opts.storage ?? 'beside');
  const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, orphans: 0, errors: [], warnings: [], sidecarPath };
  const doc = readTextDocument(documentPath);
  if (!doc.ok) {
    outcome.errors.push(doc.message);
    return outcome;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(jsonPath, 'utf8'));
  } catch (e) {
    outcome.errors.push(`${jsonPath}: ${(e as Error).message}`);
    return outcome;
  }
  const imported = fromWebAnnotation(json, { text: doc.text, defaultAuthor: opts.author });
  outcome.errors.push(...imported.errors);
  outcome.warnings.push(...imported.warnings);
  const current = readSidecar(sidecarPath);
  if (current.kind === 'broken') {
    outcome.errors.push(`${current.message} — not overwritten; nothing imported`);
    return outcome;
  }
  const file: SidecarFile = current.kind === 'ok' ? current.file : newSidecar(documentPath);
  const merged = mergeAnnotations(file.annotations, imported.annotations);
  outcome.added = merged.added.length;
  outcome.updated = merged.updated.length;
  outcome.unchanged = merged.unchanged.length;
  outcome.orphans = merged.merged.filter((a) => a.orphan).length;
  if (outcome.added + outcome.updated > 0) writeSidecar(sidecarPath, { ...file, annotations: merged.merged }, current.kind === 'ok' ? current.text : null);
  return outcome;
}
