/**
 * Sidecar files on disk: read (never guessing at a broken file), atomic write (a temporary file in
 * the same folder, then rename), and the rule that a sidecar that does not parse or has a newer
 * version is never overwritten. Node only, no `vscode`: shared by the extension and the CLI.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { analyse as chardetAnalyse } from 'chardet';
import { coderOfSidecarName, emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor } from '../core/annotations/sidecar';
import type { SidecarFile } from '../core/annotations/model';
import { writeFileAtomic } from './atomicWrite';
import { withFileLock, type LockOptions } from './fileLock';
import { describeFsError, firstInvalidUtf8 } from './files';

export type StorageMode = 'beside' | 'folder';

export type SidecarState =
  | { kind: 'none'; path: string }
  | { kind: 'ok'; path: string; file: SidecarFile; text: string }
  | { kind: 'broken'; path: string; reason: 'syntax' | 'schema' | 'newer-version' | 'unreadable' | 'encoding'; message: string };

/** Where the document's sidecar is: an existing one in either place wins over the configured mode. */
export function locateSidecar(documentPath: string, mode: StorageMode): string {
  const preferred = sidecarPathFor(documentPath, mode);
  if (existsSync(preferred)) return preferred;
  const other = sidecarPathFor(documentPath, mode === 'beside' ? 'folder' : 'beside');
  return existsSync(other) ? other : preferred;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function readSidecar(path: string): SidecarState {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none', path };
    return { kind: 'broken', path, reason: 'unreadable', message: `${path}: ${describeFsError(e)}` };
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { kind: 'broken', path, reason: 'encoding', message: encodingMessage(path, bytes) };
  }
  const parsed = parseSidecar(text, path);
  if (!parsed.ok) return { kind: 'broken', path, reason: parsed.reason, message: parsed.message };
  return { kind: 'ok', path, file: parsed.file, text };
}

/** A sidecar that is not UTF-8 (re-saved by an editor in GB18030, UTF-16…): never decoded lossily. */
function encodingMessage(path: string, bytes: Buffer): string {
  const at = firstInvalidUtf8(bytes);
  const guess = chardetAnalyse(bytes.subarray(0, 1 << 16)).find((c) => c.name !== 'UTF-8' && c.name !== 'ASCII');
  const from = guess?.name ?? 'ENCODING';
  const where = at >= 0 ? ` (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte ${at})` : '';
  return (
    `${path}: not valid UTF-8${where}${guess ? `; it looks like ${guess.name}` : ''}. Annotation files must be UTF-8: ` +
    `re-save it as UTF-8 in your editor, or run iconv -f ${from} -t UTF-8 "${basename(path)}" > fixed.json and move fixed.json over it. ` +
    'It is left unchanged until then'
  );
}

export class SidecarWriteRefused extends Error {
  readonly code = 'EREFUSED';
}

/**
 * Writes the sidecar atomically. Refuses (throws SidecarWriteRefused) when the file on disk is
 * broken or newer than this version understands, or when it changed since `expectedText` was read
 * (someone else wrote it: reload first). Returns the text written. An empty annotation list removes
 * nothing: the file stays, so a deletion is visible in git.
 */
export function writeSidecar(path: string, file: SidecarFile, expectedText?: string | null, lock?: LockOptions): string {
  mkdirSync(dirname(path), { recursive: true });
  return withFileLock(path, () => {
    const current = readSidecar(path);
    if (current.kind === 'broken') throw new SidecarWriteRefused(`${current.message} — not overwritten; fix or remove the file first`);
    if (expectedText !== undefined) {
      const onDisk = current.kind === 'ok' ? current.text : null;
      if (onDisk !== expectedText) throw new SidecarWriteRefused(`${path} changed on disk since it was read; reload it before saving`);
    }
    const text = serializeSidecar(file);
    if (current.kind === 'ok' && current.text === text) return text;
    writeFileAtomic(path, text);
    return text;
  }, lock);
}

/**
 * Read-modify-write under the sidecar's lock: `update` gets the file as it is on disk now (a new
 * empty one if there is none) and returns the file to write, or null to leave it. Concurrent
 * updaters (two imports, the editor and the CLI) serialise, so each sees the other's result.
 * Refuses (SidecarWriteRefused) a broken sidecar. Returns what was written (null: nothing).
 */
export function updateSidecar<T>(
  path: string,
  documentPath: string,
  update: (current: SidecarFile, existed: boolean) => { file: SidecarFile; result: T } | { file: null; result: T },
  lock?: LockOptions,
): { result: T; text: string | null } {
  mkdirSync(dirname(path), { recursive: true });
  return withFileLock(path, () => {
    const current = readSidecar(path);
    if (current.kind === 'broken') throw new SidecarWriteRefused(`${current.message} — not overwritten; fix or remove the file first`);
    const base = current.kind === 'ok' ? current.file : newSidecar(documentPath);
    const next = update(base, current.kind === 'ok');
    if (!next.file) return { result: next.result, text: null };
    const text = serializeSidecar(next.file);
    if (current.kind !== 'ok' || current.text !== text) writeFileAtomic(path, text);
    return { result: next.result, text };
  }, lock);
}

export function newSidecar(documentPath: string): SidecarFile {
  return emptySidecar(basename(documentPath));
}

/**
 * The coders' own sidecars of a document (`<name>.coder-<slug>.annotations.json`) in the folder of
 * its shared sidecar, sorted by name. Empty when there are none or the folder cannot be read.
 */
export function coderSidecarPaths(documentPath: string, mode: StorageMode): string[] {
  const dir = dirname(locateSidecar(documentPath, mode));
  const name = basename(documentPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => coderOfSidecarName(n, name) !== null).sort().map((n) => join(dir, n));
}

/**
 * Everything annotated on a document for reading (tables, agreement, export): the shared sidecar
 * and every coder's own sidecar, their annotations together (an id that occurs twice is kept once,
 * the shared file's first), the variables of the shared file. Broken if any of them is broken: its
 * message names that file, and the caller leaves the document's annotations out rather than
 * report a part as the whole. `path` is the shared sidecar's.
 */
export function readAllSidecars(documentPath: string, mode: StorageMode): SidecarState {
  const main = readSidecar(locateSidecar(documentPath, mode));
  const coders = coderSidecarPaths(documentPath, mode).map(readSidecar);
  if (main.kind === 'broken' || coders.length === 0) return main;
  const broken = coders.find((c) => c.kind === 'broken');
  if (broken) return { ...broken, path: main.path };
  const ok = [main, ...coders].filter((c): c is Extract<SidecarState, { kind: 'ok' }> => c.kind === 'ok');
  if (ok.length === 0) return main;
  const seen = new Set<string>();
  const annotations: SidecarFile['annotations'] = [];
  for (const a of ok.flatMap((c) => c.file.annotations)) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    annotations.push(a);
  }
  const file: SidecarFile = main.kind === 'ok' ? { ...main.file, annotations } : { ...newSidecar(documentPath), annotations };
  return { kind: 'ok', path: main.path, file, text: main.kind === 'ok' ? main.text : '' };
}
