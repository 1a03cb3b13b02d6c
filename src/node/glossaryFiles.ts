/**
 * User glossary files on disk (node fs only, no vscode): the CLI and the extension use the same
 * rules.
 * - Every file named policy-glossary.json in the document's folder and its parent folders up to
 *   (and including) a root folder applies to the document; a nearer file overrides a farther one.
 * - Explicitly configured files come after those (they override them).
 * Loading never throws: a missing, unreadable, oversized, non-UTF-8 or invalid file becomes an
 * error naming it; the valid entries of a partly invalid file still load (see validate.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseGlossaryText } from '../core/glossary/validate';
import type { GlossaryEntry, GlossaryError } from '../core/glossary/types';

export const USER_GLOSSARY_FILE_NAME = 'policy-glossary.json';
/** A glossary is hand-written; anything bigger than this is a mistake (a wrong file configured). */
export const MAX_GLOSSARY_BYTES = 10 * 1024 * 1024;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Is `dir` equal to `root` or inside it? */
function isWithin(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The policy-glossary.json files that apply to the document at `docPath`, farthest first (so that
 * merging them in order lets the nearer ones win). The search goes from the document's folder up
 * to `rootDir`; when the document is not inside `rootDir`, only its own folder is searched.
 */
export function findUserGlossaryFiles(docPath: string, rootDir: string): string[] {
  const root = resolve(rootDir);
  let dir = dirname(resolve(docPath));
  const inside = isWithin(dir, root);
  const found: string[] = [];
  for (;;) {
    const candidate = join(dir, USER_GLOSSARY_FILE_NAME);
    if (isFile(candidate)) found.push(candidate);
    if (!inside || dir === root) break;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return found.reverse();
}

function fileError(file: string, message: string): GlossaryError {
  return { file, line: 1, column: 1, field: '', message: `${file}: ${message}` };
}

/**
 * Loads and checks glossary files. `entries[i]` holds the valid entries of `paths[i]` (empty when
 * the file could not be used), so the result can be passed straight to mergeGlossaries.
 */
export function loadGlossaryFiles(paths: readonly string[]): { entries: GlossaryEntry[][]; errors: GlossaryError[] } {
  const entries: GlossaryEntry[][] = [];
  const errors: GlossaryError[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of paths) {
    let bytes: Buffer;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
      if (st.size > MAX_GLOSSARY_BYTES) {
        errors.push(fileError(path, `glossary file is ${st.size} bytes, over the limit of ${MAX_GLOSSARY_BYTES}`));
        entries.push([]);
        continue;
      }
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'glossary file not found' : code === 'ENOTFILE' || code === 'EISDIR' ? 'not a regular file' : `cannot read the glossary file (${(e as Error).message})`;
      errors.push(fileError(path, why));
      entries.push([]);
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      errors.push(fileError(path, 'the glossary file is not valid UTF-8'));
      entries.push([]);
      continue;
    }
    const parsed = parseGlossaryText(text, path);
    errors.push(...parsed.errors);
    entries.push(parsed.file ? parsed.file.entries : []);
  }
  return { entries, errors };
}
