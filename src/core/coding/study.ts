/**
 * From annotations to codings: what a coded document is made of. Version-2 annotations carry code
 * ids (`codes`); a version-1 annotation's tag is read as the reading codebook's code of that name
 * (重点 → tag.important …), so old files count without being rewritten. The document's variables
 * are the ones extracted from its text, overridden field by field by the user's own values.
 * Pure: no `vscode`.
 */
import type { AnchoredAnnotation } from '../annotations/model';
import { extractMeta, META_FIELDS, type DocumentMeta } from './meta';
import { codeOfTag } from '../annotations/sidecar';
import type { CodedDocument, Coding } from './tables';
import { splitUnits } from './units';

/** The code ids of an annotation: its `codes`, else its tag mapped to the reading codebook. */
export function annotationCodeIds(a: { tag: string | null; codes?: readonly string[] }): string[] {
  if (a.codes && a.codes.length > 0) return [...a.codes];
  if (a.tag) return [codeOfTag(a.tag)];
  return [];
}

/** Codings of the anchored (not orphaned) annotations. */
export function codingsOf(anchored: readonly AnchoredAnnotation[]): Coding[] {
  const out: Coding[] = [];
  for (const a of anchored) {
    if (a.start === null || a.end === null) continue;
    const codes = annotationCodeIds(a.annotation as { tag: string | null; codes?: string[] });
    if (codes.length > 0) out.push({ start: a.start, end: a.end, codes, coder: a.annotation.author || '(unknown)' });
  }
  return out;
}

/** Extracted variables with the user's values on top (a user value, even null, always wins). */
export function documentVariables(text: string, user: Partial<Record<string, string | null>> | undefined): DocumentMeta {
  const meta = extractMeta(text);
  if (!user) return meta;
  const out = { ...meta } as DocumentMeta & Record<string, unknown>;
  for (const f of META_FIELDS) if (Object.prototype.hasOwnProperty.call(user, f)) (out as Record<string, unknown>)[f] = user[f] ?? null;
  return out;
}

export interface StudyInput {
  file: string;
  text: string;
  anchored: readonly AnchoredAnnotation[];
  /** The user's variables stored in the sidecar, if any. */
  variables?: Partial<Record<string, string | null>>;
}

/** Numbers the documents 1…n in the order given (callers sort by path) and builds coded documents. */
export function buildStudy(inputs: readonly StudyInput[]): CodedDocument[] {
  return inputs.map((d, i) => ({
    file: d.file,
    number: i + 1,
    text: d.text,
    meta: documentVariables(d.text, d.variables),
    units: splitUnits(d.text, { docNumber: i + 1 }),
    codings: codingsOf(d.anchored),
  }));
}
