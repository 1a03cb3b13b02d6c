/**
 * Reading documents from disk for the command-line tool: one clear error per bad input
 * (missing, directory, binary, not UTF-8, too large), never an exception.
 */
import { statSync, readFileSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export function readTextDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: `${path}: is a directory` };
    if (!st.isFile()) return { ok: false, message: `${path}: not a regular file` };
    size = st.size;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, message: `${path}: ${code === 'ENOENT' ? 'no such file' : String((e as Error).message)}` };
  }
  if (size > maxBytes) {
    return { ok: false, message: `${path}: ${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (--max-size)` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `${path}: ${(e as Error).message}` };
  }
  return decodeText(path, bytes);
}

/** UTF-8 (with or without BOM) only; a NUL byte means binary. The BOM is dropped, as VS Code does. */
export function decodeText(path: string, bytes: Uint8Array): ReadResult {
  if (bytes.indexOf(0) !== -1) return { ok: false, message: `${path}: binary file (contains NUL bytes)` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: `${path}: not valid UTF-8 text (convert it to UTF-8 first, e.g. iconv -f GB18030 -t UTF-8)` };
  }
  return { ok: true, text };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
