/**
 * Reading and writing the annotations sidecar (`<name>.<ext>.annotations.json`).
 *
 * Writing is deterministic (fixed key order, annotations sorted by position, 2-space indent,
 * LF, trailing newline) so that two people's changes to one sidecar merge cleanly in git.
 * Reading never guesses: a file that does not parse, does not match the schema or has a newer
 * version is reported to the caller, who must then leave it untouched.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/annotations.schema.json';
import { SIDECAR_VERSION, type SidecarFile, type StoredAnnotation } from './model';
import { READING_TAG_IDS } from '../coding/templates';

export const SIDECAR_SUFFIX = '.annotations.json';
/** The `$id` of schemas/annotations.schema.json. */
export const SIDECAR_SCHEMA_ID: string = schema.$id;

export type SidecarParseResult =
  | { ok: true; file: SidecarFile }
  | { ok: false; reason: 'syntax' | 'schema' | 'newer-version'; message: string };

let validator: ValidateFunction | undefined;

/** Compiled on first use: compiling is not free and most code paths never read a sidecar. */
function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    validator = ajv.compile(schema);
  }
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function describeSchemaError(e: ErrorObject): string {
  let field = e.instancePath || '(top level)';
  let problem = e.message ?? 'is invalid';
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty?: string }).additionalProperty;
    problem = `unknown field "${extra}"`;
  } else if (e.keyword === 'required') {
    const missing = (e.params as { missingProperty?: string }).missingProperty;
    field = `${e.instancePath}/${missing}`;
    problem = 'is missing';
  } else if (e.keyword === 'const' || e.keyword === 'enum') {
    problem = `${problem}: ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue ?? e.params)}`;
  }
  return `${field} ${problem}`;
}

/** Checks JSON Schema cannot express: position start ≤ end, ids unique. */
function semanticErrors(file: SidecarFile): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  file.annotations.forEach((a, i) => {
    const { start, end } = a.target.position;
    if (start > end) errors.push(`/annotations/${i}/target/position start ${start} is after end ${end}`);
    if (seen.has(a.id)) errors.push(`/annotations/${i}/id "${a.id}" is used twice`);
    seen.add(a.id);
  });
  return errors;
}

/**
 * Why one annotation could not be stored in a sidecar (schema and the checks beyond it), or []:
 * what an import checks before it writes, so that it never writes a file this tool refuses to read.
 */
export function annotationErrors(annotation: unknown): string[] {
  const file = { version: SIDECAR_VERSION, document: 'x', annotations: [annotation] };
  const schemaErrors = validate(file);
  if (schemaErrors.length > 0) return schemaErrors.map((e) => describeSchemaError(e).replace(/^\/annotations\/0/, '') || 'invalid');
  return semanticErrors(file as SidecarFile).map((m) => m.replace(/^\/annotations\/0/, ''));
}

/**
 * Parses and validates a sidecar. Never throws. The message names the file (when given) and the
 * place: line and column for syntax errors, the JSON pointer of the field for schema errors.
 */
export function parseSidecar(text: string, fileName?: string): SidecarParseResult {
  const name = fileName ?? 'annotations sidecar';
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const conflict = /^(<<<<<<<|=======|>>>>>>>)( |$)/m.exec(text);
  if (conflict) {
    const { line } = lineAndColumn(text, conflict.index);
    return {
      ok: false,
      reason: 'syntax',
      message: `${name}: line ${line}, column 1: unresolved git merge conflict marker "${conflict[1]}"; resolve the conflict first`,
    };
  }

  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || value === undefined) {
    const first = errors[0];
    const offset = first ? first.offset : 0;
    const { line, column } = lineAndColumn(text, offset);
    const what = first ? printParseErrorCode(first.error) : 'empty file';
    return { ok: false, reason: 'syntax', message: `${name}: line ${line}, column ${column}: invalid JSON (${what})` };
  }

  // The version is checked before the schema: a newer file is expected not to match this schema,
  // and the caller must know not to overwrite it.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const version = (value as { version?: unknown }).version;
    if (typeof version === 'number' && version > SIDECAR_VERSION) {
      return {
        ok: false,
        reason: 'newer-version',
        message: `${name}: version ${version} was written by a newer Policy Annotator (this one reads version ${SIDECAR_VERSION}); the file is left unchanged`,
      };
    }
  }

  const schemaErrors = validate(value);
  if (schemaErrors.length > 0) {
    const shown = schemaErrors.slice(0, 3).map(describeSchemaError);
    const more = schemaErrors.length > 3 ? ` (and ${schemaErrors.length - 3} more)` : '';
    return { ok: false, reason: 'schema', message: `${name}: ${shown.join('; ')}${more}` };
  }
  const file = value as SidecarFile;
  const semantic = semanticErrors(file);
  if (semantic.length > 0) {
    return { ok: false, reason: 'schema', message: `${name}: ${semantic.slice(0, 3).join('; ')}` };
  }
  if (file.version === 1 && (file.variables !== undefined || file.annotations.some((a) => a.codes !== undefined))) {
    return { ok: false, reason: 'schema', message: `${name}: "codes" and "variables" need "version": 2` };
  }
  return { ok: true, file: { ...file, annotations: file.annotations.map(withCodes) } };
}

/** The reading codebook's code of a tag (a tag outside the five: `tag:<name>`). */
export function codeOfTag(tag: string): string {
  return READING_TAG_IDS[tag] ?? `tag:${tag}`;
}

/** Version 1 → 2 in memory: an annotation without codes gets its tag's code. */
function withCodes(a: StoredAnnotation): StoredAnnotation {
  if (a.codes !== undefined) return a;
  return { ...a, codes: a.tag ? [codeOfTag(a.tag)] : [] };
}

/** Whether the file can be written as version 1 (only tags, their codes derived, no variables). */
function fitsVersion1(file: SidecarFile): boolean {
  if (file.variables !== undefined && Object.keys(file.variables).length > 0) return false;
  return file.annotations.every((a) => {
    const derived = a.tag ? [codeOfTag(a.tag)] : [];
    const codes = a.codes ?? derived;
    return codes.length === derived.length && codes.every((c, i) => c === derived[i]);
  });
}

function compareAnnotations(a: StoredAnnotation, b: StoredAnnotation): number {
  const pa = a.target.position;
  const pb = b.target.position;
  if (pa.start !== pb.start) return pa.start - pb.start;
  if (pa.end !== pb.end) return pa.end - pb.end;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The annotation with its keys in the fixed order (JSON.stringify keeps insertion order). */
function orderedAnnotation(a: StoredAnnotation, version: number): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: a.id,
    created: a.created,
    modified: a.modified,
    author: a.author,
    tag: a.tag ?? null,
  };
  if (version >= 2) out.codes = a.codes ?? (a.tag ? [codeOfTag(a.tag)] : []);
  out.note = a.note;
  out.link = a.link ?? null;
  if (a.orphan) out.orphan = true;
  const { quote, position } = a.target;
  out.target = {
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
  };
  return out;
}

/**
 * Deterministic text of a sidecar; `serializeSidecar(parse(serializeSidecar(x)))` is the same string.
 * Written as version 1 when the content fits it (tags only), else version 2.
 */
export function serializeSidecar(file: SidecarFile): string {
  const version = fitsVersion1(file) ? 1 : 2;
  const out: Record<string, unknown> = {};
  if (file.$schema !== undefined) out.$schema = file.$schema;
  out.version = version;
  out.document = file.document;
  if (version >= 2 && file.variables && Object.keys(file.variables).length > 0) {
    const v: Record<string, string | null> = {};
    for (const k of Object.keys(file.variables).sort()) v[k] = file.variables[k as keyof typeof file.variables] ?? null;
    out.variables = v;
  }
  out.annotations = [...file.annotations].sort(compareAnnotations).map((a) => orderedAnnotation(a, version));
  return JSON.stringify(out, null, 2) + '\n';
}

/** A sidecar with no annotations. `schemaUrl` is written as `$schema` when given. */
export function emptySidecar(documentName: string, schemaUrl?: string): SidecarFile {
  const file: SidecarFile = { version: 1, document: documentName, annotations: [] };
  return schemaUrl === undefined ? file : { $schema: schemaUrl, ...file };
}

/**
 * Where the sidecar of `documentPath` lives. Pure string logic, for POSIX and Windows paths:
 * `beside` → `<dir>/<name>.<ext>.annotations.json`;
 * `folder` → `<dir>/.annotations/<name>.<ext>.annotations.json`.
 */
export function sidecarPathFor(documentPath: string, mode: 'beside' | 'folder'): string {
  const cut = Math.max(documentPath.lastIndexOf('/'), documentPath.lastIndexOf('\\'));
  const sep = cut >= 0 ? documentPath[cut] : '/';
  const dir = cut >= 0 ? documentPath.slice(0, cut + 1) : '';
  const base = documentPath.slice(cut + 1);
  if (base === '') throw new Error(`not a file path: ${documentPath}`);
  return mode === 'beside' ? `${dir}${base}${SIDECAR_SUFFIX}` : `${dir}.annotations${sep}${base}${SIDECAR_SUFFIX}`;
}

/** True for a file name (or path) that is a sidecar. */
export function isSidecarPath(path: string): boolean {
  return path.endsWith(SIDECAR_SUFFIX);
}

/** The infix of a coder's own sidecar: `<name>.<ext>.coder-<slug>.annotations.json`. */
export const CODER_INFIX = '.coder-';

/**
 * A coder's name as a file-name part: letters (any script) and digits kept, lower-cased, every
 * other run of characters one hyphen, at most 40 characters. A name with nothing left (only
 * punctuation) gets a stable `x` + hex of its code points, so two such names never share a file.
 */
export function coderSlug(coder: string): string {
  const slug = [...coder.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '')].slice(0, 40).join('').replace(/-+$/, '');
  if (slug !== '') return slug;
  return 'x' + [...coder].map((c) => c.codePointAt(0)!.toString(16)).join('').slice(0, 40);
}

/**
 * Where `coder`'s own sidecar of `documentPath` lives when each coder keeps a file of their own
 * (setting `policyAnnotator.coding.filePerCoder`): beside the shared sidecar, named by the coder.
 */
export function coderSidecarPathFor(documentPath: string, mode: 'beside' | 'folder', coder: string): string {
  const shared = sidecarPathFor(documentPath, mode);
  return shared.slice(0, shared.length - SIDECAR_SUFFIX.length) + CODER_INFIX + coderSlug(coder) + SIDECAR_SUFFIX;
}

/**
 * For a file name in the sidecar folder: the coder slug when it is a coder's sidecar of the document
 * named `documentName` (`<documentName>.coder-<slug>.annotations.json`), else null.
 */
export function coderOfSidecarName(fileName: string, documentName: string): string | null {
  const head = documentName + CODER_INFIX;
  if (!fileName.startsWith(head) || !fileName.endsWith(SIDECAR_SUFFIX)) return null;
  const slug = fileName.slice(head.length, fileName.length - SIDECAR_SUFFIX.length);
  return /^[\p{L}\p{N}-]+$/u.test(slug) ? slug : null;
}
