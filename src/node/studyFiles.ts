/**
 * A study's documents read from disk without blocking: each document, its sidecar (re-anchored on
 * the current text; the shared sidecar and every coder's own) and the user's variables, one file at a
 * time with a yield in between (sidecars are small and read synchronously). For the
 * editor's tables and charts; the CLI reads synchronously (src/cli/coding.ts).
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { anchorAll } from '../core/annotations/anchoring';
import type { StudyInput } from '../core/coding/study';
import { readAllSidecars, type StorageMode } from './sidecarStore';

export async function readStudyInputs(files: readonly string[], root: string, storage: StorageMode = 'beside'): Promise<StudyInput[]> {
  const out: StudyInput[] = [];
  for (const file of [...files].sort()) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    let anchored: StudyInput['anchored'] = [];
    let variables: StudyInput['variables'];
    const read = readAllSidecars(file, storage);
    if (read.kind === 'ok') {
      anchored = anchorAll(text, read.file.annotations);
      variables = read.file.variables;
    }
    out.push({ file: relative(root, file).split(sep).join('/'), text, anchored, variables });
    await new Promise((r) => setImmediate(r));
  }
  return out;
}
