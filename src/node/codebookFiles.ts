/**
 * Finding and reading a codebook for documents on disk: an explicit file, else the nearest
 * policy-codebook.json in the document's folder or a parent folder, else the reading codebook.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CODEBOOK_FILE_NAME, parseCodebookText, type Codebook, type CodebookError } from '../core/coding/codebook';
import { READING_CODEBOOK } from '../core/coding/templates';

export interface ResolvedCodebook {
  codebook: Codebook | null;
  /** The file it came from; null for the built-in reading codebook. */
  path: string | null;
  errors: CodebookError[];
}

export function findCodebookFile(documentPath: string, stopAt?: string): string | null {
  let dir = dirname(resolve(documentPath));
  for (;;) {
    const candidate = join(dir, CODEBOOK_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir || (stopAt !== undefined && dir === resolve(stopAt))) return null;
    dir = up;
  }
}

export function readCodebookFile(path: string): ResolvedCodebook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { codebook: null, path, errors: [{ file: path, line: 1, column: 1, message: `${path}: ${(e as Error).message}` }] };
  }
  const parsed = parseCodebookText(text, path);
  return { codebook: parsed.codebook, path, errors: parsed.errors };
}

/** The codebook for a set of documents: explicit, else nearest to the first document, else reading. */
export function resolveCodebook(explicit: string | undefined, firstDocument: string | undefined): ResolvedCodebook {
  if (explicit) return readCodebookFile(resolve(explicit));
  const found = firstDocument ? findCodebookFile(firstDocument) : null;
  if (found) return readCodebookFile(found);
  return { codebook: READING_CODEBOOK, path: null, errors: [] };
}
