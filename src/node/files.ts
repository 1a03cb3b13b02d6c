/**
 * Reading documents from disk for the command-line tool and the export: one clear error per bad
 * input (missing, directory, binary, undecodable, too large), never an exception.
 *
 * Documents arrive as UTF-8, but also as GB18030/GBK (Windows), UTF-16 (Word's "Unicode text") and
 * Big5 (Taiwan, Hong Kong). The encoding is taken from a byte-order mark, else UTF-8 if the bytes
 * are valid UTF-8, else UTF-16 without BOM when the code units look like text, else chardet's guess
 * among GB18030 and Big5; the bytes are decoded with Node's (WHATWG) TextDecoder, strictly. The
 * result says which encoding was used; all offsets are in the decoded text.
 */
import { closeSync, existsSync, openSync, readSync, statSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyse as chardetAnalyse } from 'chardet';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** WHATWG encoding labels this reader can produce. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export type ReadResult =
  | { ok: true; text: string; encoding: TextEncodingName; /** how it was found: 'bom', 'valid' (UTF-8), 'heuristic' (UTF-16), 'detected' (chardet) */ how: 'bom' | 'valid' | 'heuristic' | 'detected' }
  | { ok: false; message: string };

export function readTextDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, message: `${path}: is a directory` };
    if (!st.isFile()) return { ok: false, message: `${path}: not a regular file` };
    size = st.size;
  } catch (e) {
    return { ok: false, message: `${path}: ${describeFsError(e)}` };
  }
  if (size > maxBytes) {
    return { ok: false, message: `${path}: ${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)} (--max-size)` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `${path}: ${describeFsError(e)}` };
  }
  if (bytes.length > maxBytes) return { ok: false, message: `${path}: ${formatBytes(bytes.length)} is over the size limit of ${formatBytes(maxBytes)} (--max-size)` };
  return decodeText(path, bytes);
}

/** One short phrase for a file-system error (no stack, no errno number). */
export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EEXIST':
      return 'already exists';
    case 'EISDIR':
      return 'is a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return err.code ? `${err.code}: ${firstLine(err.message)}` : firstLine(String(err?.message ?? e));
  }
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a document's bytes (see the file comment). Never throws. */
export function decodeText(path: string, bytes: Uint8Array): ReadResult {
  const bom = bomOf(bytes);
  if (bom) {
    try {
      return { ok: true, text: new TextDecoder(bom, { fatal: true, ignoreBOM: false }).decode(bytes), encoding: bom, how: 'bom' };
    } catch {
      return { ok: false, message: `${path}: starts with a ${bom.toUpperCase()} byte-order mark but is not valid ${bom.toUpperCase()}` };
    }
  }
  const hasNul = bytes.indexOf(0) !== -1;
  if (!hasNul) {
    try {
      return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', how: 'valid' };
    } catch {
      // not UTF-8: try the others below
    }
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ok: true, text: utf16.text, encoding: utf16.encoding, how: 'heuristic' };
  if (hasNul) return { ok: false, message: `${path}: binary file (contains NUL bytes)` };
  // Mostly valid UTF-8 with a few bad bytes is damaged UTF-8, not another encoding: say where.
  const stats = utf8Stats(bytes);
  if (stats.validMulti >= stats.invalid) return { ok: false, message: damagedUtf8Message(path, bytes, stats) };
  const detected = detectChinese(bytes);
  if (detected) return { ok: true, text: detected.text, encoding: detected.encoding, how: 'detected' };
  return { ok: false, message: notUtf8Message(path, bytes) };
}

function bomOf(b: Uint8Array): TextEncodingName | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** A UTF-16 code unit that is common in Chinese (or Latin) text. */
function plausibleUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09 ||
    (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2000 && u <= 0x206f) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x00a0 && u <= 0x00ff)
  );
}

/**
 * UTF-16 without a byte-order mark: even length, NUL bytes (the high bytes of ASCII characters:
 * line breaks, digits) mostly on one side of the byte pairs, decodes strictly, and at least 95% of
 * the code units (in a sample) are ordinary text characters in that byte order. A file without
 * NUL bytes is never taken for UTF-16 (short Latin-1 or GBK texts would otherwise pass).
 */
function guessUtf16(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 1 << 16) & ~1;
  let le = 0;
  let be = 0;
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (plausibleUnit(bytes[i] | (bytes[i + 1] << 8))) le++;
    if (plausibleUnit((bytes[i] << 8) | bytes[i + 1])) be++;
    if (bytes[i] === 0) nulEven++;
    if (bytes[i + 1] === 0) nulOdd++;
  }
  // None at all, or as many on both sides: not UTF-16 text. (A few on the other side are
  // characters like 一 U+4E00 whose low byte is zero.)
  if (Math.max(nulEven, nulOdd) < 4 * Math.min(nulEven, nulOdd) || nulEven + nulOdd === 0) return null;
  const units = n / 2;
  const encoding = nulOdd > nulEven ? 'utf-16le' : 'utf-16be';
  const best = encoding === 'utf-16le' ? le : be;
  if (best < units * 0.95) return null;
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

const CHINESE: Record<string, TextEncodingName> = { GB18030: 'gb18030', GBK: 'gb18030', GB2312: 'gb18030', Big5: 'big5' };

/** chardet's candidates among GB18030 and Big5 (ties go to GB18030), the first that decodes strictly. */
function detectChinese(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  const sample = bytes.length > 1 << 18 ? bytes.subarray(0, 1 << 18) : bytes;
  const candidates = chardetAnalyse(sample)
    .filter((c) => CHINESE[c.name] && c.confidence >= 10)
    .sort((a, b) => b.confidence - a.confidence || (CHINESE[a.name] === 'gb18030' ? -1 : 1));
  for (const c of candidates) {
    const encoding = CHINESE[c.name];
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence (-1 if all are valid). */
export function firstInvalidUtf8(b: Uint8Array): number {
  return utf8Stats(b, true).firstInvalid;
}

/**
 * A scan of the bytes as UTF-8: the first invalid byte, how many bytes are invalid and how many
 * valid multi-byte characters there are. Text in GB18030 or Big5 has almost no valid multi-byte
 * UTF-8 sequences; damaged UTF-8 (a cut last character, one stray byte) has mostly valid ones.
 */
export function utf8Stats(b: Uint8Array, stopAtFirst = false): { firstInvalid: number; invalid: number; validMulti: number } {
  let firstInvalid = -1;
  let invalid = 0;
  let validMulti = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    let cp = c & (0x3f >> need);
    for (let k = 1; ok && k <= need; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (x & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok) {
      validMulti++;
      i += need + 1;
      continue;
    }
    if (firstInvalid === -1) firstInvalid = i;
    if (stopAtFirst) break;
    invalid++;
    i++;
  }
  return { firstInvalid, invalid, validMulti };
}

function damagedUtf8Message(path: string, bytes: Uint8Array, stats: { firstInvalid: number; invalid: number }): string {
  const at = stats.firstInvalid;
  const cut = at >= bytes.length - 3 && stats.invalid <= 3;
  return (
    `${path}: not valid UTF-8 (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte ${at}; ${stats.invalid} invalid byte${stats.invalid === 1 ? '' : 's'} in all). ` +
    (cut ? 'The file seems cut off in the middle of its last character: restore it from its source' : 'The file is UTF-8 with damaged bytes: fix them there (an editor shows them as �) or restore the file')
  );
}

function notUtf8Message(path: string, bytes: Uint8Array): string {
  const at = firstInvalidUtf8(bytes);
  const guess = chardetAnalyse(bytes.length > 1 << 18 ? bytes.subarray(0, 1 << 18) : bytes).find((c) => c.name !== 'UTF-8' && c.name !== 'ASCII');
  const from = guess ? guess.name : 'ENCODING';
  const where = at >= 0 ? ` (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte ${at})` : '';
  return `${path}: not valid UTF-8${where}, nor GB18030, Big5 or UTF-16; ${guess ? `it may be ${guess.name}: ` : ''}convert it to UTF-8 first, e.g. iconv -f ${from} -t UTF-8 FILE > FILE.utf8.txt`;
}

/**
 * Reads a file descriptor (standard input) in chunks up to `limit` bytes: an endless stream stops at
 * the limit instead of filling memory. Returns the bytes, or `over: true` when the limit was passed.
 */
export function readBounded(fd: number, limit: number): { bytes: Buffer; over: boolean } {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return { bytes: Buffer.alloc(0), over: true };
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return { bytes: Buffer.concat(chunks, total), over: false };
}

/** Opens and reads a file with readBounded (for tests and named pipes). */
export function readFileBounded(path: string, limit: number): { bytes: Buffer; over: boolean } {
  const fd = openSync(path, 'r');
  try {
    return readBounded(fd, limit);
  } finally {
    closeSync(fd);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** The encoding as shown to users (GB18030, UTF-16LE, Big5, UTF-8). */
export function encodingLabel(e: TextEncodingName): string {
  return e === 'big5' ? 'Big5' : e.toUpperCase();
}

/** The folder of the nearest `.git` above a file, or the file system root. */
export function workTreeRoot(file: string): string {
  let dir = dirname(file);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}
