/**
 * Error lines of the command-line tool: one short line each, no stack trace. Expected failures of
 * the environment (permissions, a full disk, a file that exists, a sidecar another process changed
 * or holds) are bad inputs (exit 2), not internal errors (exit 3).
 */
import { describeFsError } from '../node/files';

const EXPECTED_CODES = new Set(['EACCES', 'EPERM', 'ENOSPC', 'EEXIST', 'ENOENT', 'EROFS', 'EISDIR', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EDQUOT', 'ELOCKED', 'EREFUSED', 'EBUSY']);

/** Whether an exception is an expected failure with a one-line explanation. */
export function isExpectedFailure(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'string' && EXPECTED_CODES.has(code);
}

/** The one line for an expected failure: "<path>: permission denied", or the error's own message. */
export function describeFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ELOCKED' || err.code === 'EREFUSED') return firstLine(err.message);
  const what = describeFsError(err);
  const path = (err as { dest?: string }).dest ?? err.path;
  const verb = err.syscall ? ` (${err.syscall})` : '';
  return path ? `${path}: ${what}${verb}` : what;
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return i === -1 ? s : s.slice(0, i);
}

/**
 * Long runs without spaces (a 10,000-character glossary term, a pasted document) are shortened in
 * error lines to their start and end, with the number of characters left out.
 */
export function shortenRuns(line: string, max = 80): string {
  return line.replace(new RegExp(`[^\\s"'“”‘’]{${max + 1},}`, 'gu'), (run) => {
    const chars = [...run];
    if (chars.length <= max) return run;
    return `${chars.slice(0, 40).join('')}…(${chars.length - 50} characters)…${chars.slice(-10).join('')}`;
  });
}
