/**
 * Sidecar files on disk: read (never guessing at a broken file), atomic write (a temporary file in
 * the same folder, then rename), and the rule that a sidecar that does not parse or has a newer
 * version is never overwritten. Node only, no `vscode`: shared by the extension and the CLI.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { emptySidecar, parseSidecar, serializeSidecar, sidecarPathFor } from '../core/annotations/sidecar';
import type { SidecarFile } from '../core/annotations/model';

export type StorageMode = 'beside' | 'folder';

export type SidecarState =
  | { kind: 'none'; path: string }
  | { kind: 'ok'; path: string; file: SidecarFile; text: string }
  | { kind: 'broken'; path: string; reason: 'syntax' | 'schema' | 'newer-version' | 'unreadable'; message: string };

/** Where the document's sidecar is: an existing one in either place wins over the configured mode. */
export function locateSidecar(documentPath: string, mode: StorageMode): string {
  const preferred = sidecarPathFor(documentPath, mode);
  if (existsSync(preferred)) return preferred;
  const other = sidecarPathFor(documentPath, mode === 'beside' ? 'folder' : 'beside');
  return existsSync(other) ? other : preferred;
}

export function readSidecar(path: string): SidecarState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none', path };
    return { kind: 'broken', path, reason: 'unreadable', message: `${path}: ${(e as Error).message}` };
  }
  const parsed = parseSidecar(text, path);
  if (!parsed.ok) return { kind: 'broken', path, reason: parsed.reason, message: parsed.message };
  return { kind: 'ok', path, file: parsed.file, text };
}

export class SidecarWriteRefused extends Error {}

/**
 * Writes the sidecar atomically. Refuses (throws SidecarWriteRefused) when the file on disk is
 * broken or newer than this version understands, or when it changed since `expectedText` was read
 * (someone else wrote it: reload first). Returns the text written. An empty annotation list removes
 * nothing: the file stays, so a deletion is visible in git.
 */
export function writeSidecar(path: string, file: SidecarFile, expectedText?: string | null): string {
  const current = readSidecar(path);
  if (current.kind === 'broken') throw new SidecarWriteRefused(`${current.message} — not overwritten; fix or remove the file first`);
  if (expectedText !== undefined) {
    const onDisk = current.kind === 'ok' ? current.text : null;
    if (onDisk !== expectedText) throw new SidecarWriteRefused(`${path} changed on disk since it was read; reload it before saving`);
  }
  const text = serializeSidecar(file);
  if (current.kind === 'ok' && current.text === text) return text;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${dirname(path)}/.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // the temporary file may not exist
    }
    throw e;
  }
  return text;
}

export function newSidecar(documentPath: string): SidecarFile {
  return emptySidecar(basename(documentPath));
}
