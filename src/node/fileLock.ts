/**
 * A lock file beside a file that several processes write (the editor and any number of CLI runs on
 * one sidecar): `.<name>.lock`, created exclusively, holding the owner's process id, host and a
 * random token. Synchronous, because the sidecar writers are (proper-lockfile's lockSync cannot
 * wait). A lock whose process is gone (same host) or that is older than `staleMs` is stale and
 * taken over; two processes recovering the same stale lock cannot both win (the one that finds it
 * moved a live lock puts it back).
 */
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { processAlive } from './atomicWrite';

export interface LockOptions {
  /** Give up after this long (ms): the error has code ELOCKED. */
  timeoutMs?: number;
  /** A lock older than this is stale whatever its process (ms). */
  staleMs?: number;
}

export class LockTimeout extends Error {
  readonly code = 'ELOCKED';
}

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.lock`);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

interface Owner {
  pid: number;
  host: string;
  token: string;
}

function readOwner(lock: string): { text: string; owner: Owner | null; ageMs: number } | null {
  try {
    const text = readFileSync(lock, 'utf8');
    const ageMs = Date.now() - statSync(lock).mtimeMs;
    const [pid, host, token] = text.split('\n');
    return { text, owner: pid && host && token ? { pid: Number(pid), host, token } : null, ageMs };
  } catch {
    return null; // released meanwhile
  }
}

function isStale(info: { owner: Owner | null; ageMs: number }, staleMs: number): boolean {
  if (info.ageMs > staleMs) return true;
  if (!info.owner) return info.ageMs > 2000; // being written, or garbage
  return info.owner.host === hostname() && !processAlive(info.owner.pid);
}

/** Removes a stale lock unless it changed since it was judged stale. */
function breakStale(lock: string, judgedText: string): void {
  const aside = `${lock}.${process.pid}-${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else moved it
  }
  let moved = '';
  try {
    moved = readFileSync(aside, 'utf8');
  } catch {
    // gone
  }
  if (moved !== judgedText) {
    // We moved a fresh lock someone just took: put it back (fails if yet another one exists).
    try {
      linkSync(aside, lock);
    } catch {
      // nothing to do
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // gone
  }
}

/** Runs `fn` holding the lock of `path`; waits (with jitter) while another live process holds it. */
export function withFileLock<T>(path: string, fn: () => T, opts: LockOptions = {}): T {
  const lock = lockPathFor(path);
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const staleMs = opts.staleMs ?? 30_000;
  const text = `${process.pid}\n${hostname()}\n${randomBytes(8).toString('hex')}\n`;
  const deadline = Date.now() + timeoutMs;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, text, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const info = readOwner(lock);
    if (info && isStale(info, staleMs)) {
      breakStale(lock, info.text);
      continue;
    }
    if (Date.now() > deadline) {
      const who = info?.owner ? ` (process ${info.owner.pid} on ${info.owner.host})` : '';
      throw new LockTimeout(`${path} is being written by another process${who}; try again, or remove ${lock} if no such process runs`);
    }
    sleep(Math.min(50, 2 + attempt) + Math.floor(Math.random() * 5));
  }
  try {
    return fn();
  } finally {
    try {
      if (readFileSync(lock, 'utf8') === text) unlinkSync(lock);
    } catch {
      // already removed (taken over as stale)
    }
  }
}
