/**
 * Atomic file writes for everything the tool writes (sidecars, export outputs): the content goes to
 * a temporary file in the same folder, is flushed, gets the mode of the file it replaces, and is
 * renamed over the target. A failure at any point (a full disk, a kill) leaves the old file intact;
 * the temporary file is removed on failure, and one left by a killed process is removed by the next
 * write to the same folder. File-system calls can be injected (tests simulate ENOSPC).
 */
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface WriteIO {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  fchmodSync: typeof fs.fchmodSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
}

export const realWriteIO: WriteIO = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  fchmodSync: fs.fchmodSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

const TMP = /^\.(.+)\.(\d+)-([0-9a-f]+)\.tmp$/;
/** Temporary files of the older naming (no pid): removed once they are this old. */
const OLD_TMP = /^\.(.+)\.([0-9a-f]{8})\.tmp$/;
const STALE_MS = 60_000;

/** The temporary file name for `path` written by this process. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Whether a process with this id is running on this machine. */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files of `path` left by writers that died: their process is gone, or (for
 * names without a process id) they are older than a minute. Returns the names removed.
 */
export function cleanStaleTemps(path: string, now = Date.now()): string[] {
  const dir = dirname(path);
  const base = basename(path);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TMP.exec(name);
    const old = m ? null : OLD_TMP.exec(name);
    if ((m ? m[1] : old?.[1]) !== base) continue;
    let stale: boolean;
    if (m) stale = !processAlive(Number(m[2]));
    else {
      try {
        stale = now - fs.statSync(join(dir, name)).mtimeMs > STALE_MS;
      } catch {
        continue;
      }
    }
    if (!stale) continue;
    try {
      fs.unlinkSync(join(dir, name));
      removed.push(name);
    } catch {
      // another cleaner was first
    }
  }
  return removed;
}

/**
 * Writes `content` to `path` atomically. An existing file keeps its permission bits (a 600 file
 * stays 600); a new one gets `mode` (default 0o666 less the umask). Throws the file-system error
 * (ENOSPC, EACCES…) with the old file unchanged and no temporary file left.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, opts: { mode?: number; io?: WriteIO } = {}): void {
  const io = opts.io ?? realWriteIO;
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let keepMode: number | undefined;
  try {
    keepMode = fs.statSync(path).mode & 0o7777;
  } catch {
    // a new file
  }
  cleanStaleTemps(path);
  const tmp = tempPathFor(path);
  let fd: number | undefined;
  try {
    // A new file gets `mode` less the umask (the system applies it at creation).
    fd = io.openSync(tmp, 'wx', keepMode ?? opts.mode ?? 0o666);
    let off = 0;
    while (off < data.length) off += io.writeSync(fd, data, off, data.length - off);
    io.fsyncSync(fd);
    if (keepMode !== undefined) io.fchmodSync(fd, keepMode);
    io.closeSync(fd);
    fd = undefined;
    io.renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        io.closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      io.unlinkSync(tmp);
    } catch {
      // never created
    }
    throw e;
  }
}

