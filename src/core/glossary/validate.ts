/**
 * Parsing and checking of glossary files (the built-in data and users' policy-glossary.json).
 *
 * Policy on errors (why): a user's glossary is hand-written and grows over time; one typo must
 * not silently disable the whole file. So
 * - a JSON syntax error, a missing/unknown `version` or a missing `entries` array make the file
 *   unusable: `file` is null and the errors say where;
 * - an entry that breaks the schema (wrong type, missing field, unknown field …) is skipped and
 *   reported, and the file's other, valid entries still load;
 * - an entry whose term or variant repeats an earlier entry's term or variant (after character
 *   folding, so 互联网+ = 互联网＋) is skipped and reported naming both entries: the first one wins;
 * - a variant equal to its own entry's term is dropped (reported), the entry is kept.
 * Every error carries the file name, the 1-based line and column of the offending value and its
 * JSON pointer, and its message repeats them in words.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/glossary.schema.json';
import { foldString } from './fold';
import type { GlossaryEntry, GlossaryError, GlossaryFile } from './types';

export interface ParsedGlossary {
  /** null when the file cannot be used at all (syntax error, wrong version, no entries array). */
  file: GlossaryFile | null;
  errors: GlossaryError[];
}

let validators: { root: ValidateFunction; entry: ValidateFunction } | null = null;

/** Compiled lazily: no work at module load. */
function getValidators(): { root: ValidateFunction; entry: ValidateFunction } {
  if (validators === null) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema);
    const id = (schema as { $id: string }).$id;
    const root = ajv.getSchema(id);
    const entry = ajv.getSchema(`${id}#/definitions/entry`);
    if (!root || !entry) throw new Error('glossary schema failed to compile');
    validators = { root, entry };
  }
  return validators;
}

/** Validates one entry against the schema's entry definition (used by tests of the built-in data). */
export function validateEntry(entry: unknown): ErrorObject[] {
  const v = getValidators().entry;
  return v(entry) ? [] : [...(v.errors ?? [])];
}

class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `source.year` for /entries/3/source/year; `(entry)` for /entries/3. */
function fieldLabel(pointer: string): string {
  const m = /^\/entries\/\d+(\/.*)?$/.exec(pointer);
  if (m) return m[1] ? m[1].slice(1).replace(/\//g, '.') : '(entry)';
  return pointer === '' ? '(file)' : pointer.slice(1).replace(/\//g, '.');
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 30 ? v.slice(0, 30) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

function ajvMessage(e: ErrorObject, value: unknown): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return `must be ${p.type === 'integer' ? 'an integer' : `of type ${String(p.type)}`}, but is ${describeValue(value)}`;
    case 'required':
      return `missing required field "${String(p.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(p.additionalProperty)}"`;
    case 'enum':
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, but is ${describeValue(value)}`;
    case 'const':
      return `must be ${JSON.stringify(p.allowedValue)}, but is ${describeValue(value)}`;
    case 'minLength':
      return `must have at least ${String(p.limit)} characters, but is ${describeValue(value)}`;
    case 'maxLength':
      return `must have at most ${String(p.limit)} characters`;
    case 'uniqueItems':
      return `must not repeat items (items ${String(p.j)} and ${String(p.i)} are equal)`;
    default:
      return `${e.message ?? e.keyword}${value !== undefined ? ` (is ${describeValue(value)})` : ''}`;
  }
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character (comments are not allowed in a .json glossary)',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes (is there a trailing comma?)',
  ValueExpected: 'expected a value (is there a trailing comma, or is the file empty?)',
  ColonExpected: "expected ':' after the field name",
  CommaExpected: "expected ',' (one is probably missing at the end of the previous line)",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in a .json glossary',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string (a missing closing double quote?)',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string (a raw line break?)',
};

/**
 * Parses and checks the text of a glossary file. Never throws.
 * @param fileName used in error messages (a path or a base name).
 */
export function parseGlossaryText(text: string, fileName: string): ParsedGlossary {
  const errors: GlossaryError[] = [];
  const lines = new LineIndex(text);

  const report = (offset: number, pointer: string, term: string | null, what: string): void => {
    const { line, column } = lines.position(Math.max(0, Math.min(offset, text.length)));
    const entryMatch = /^\/entries\/(\d+)/.exec(pointer);
    const where = entryMatch
      ? `entry ${entryMatch[1]}${term !== null ? ` (“${term}”)` : ''}, field ${fieldLabel(pointer)}: `
      : pointer === ''
        ? ''
        : `field ${fieldLabel(pointer)}: `;
    errors.push({ file: fileName, line, column, field: pointer, message: `${fileName}:${line}:${column}: ${where}${what}` });
  };

  // 1. Syntax. A BOM is tolerated (editors on Windows write one).
  const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const syntax: ParseError[] = [];
  const tree = parseTree(body, syntax, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntax.length > 0 || tree === undefined) {
    for (const e of syntax.slice(0, 5)) {
      report(e.offset, '', null, `invalid JSON: ${SYNTAX_MESSAGES[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error)}`);
    }
    if (syntax.length === 0) report(0, '', null, 'invalid JSON: the file is empty');
    return { file: null, errors };
  }

  const nodeAt = (pointer: string): Node | undefined => findNodeAtLocation(tree, pointerToPath(pointer));
  const offsetOf = (pointer: string): number => {
    let path = pointer;
    for (;;) {
      const n = nodeAt(path);
      if (n) return n.offset;
      if (path === '') return 0;
      path = path.slice(0, path.lastIndexOf('/'));
    }
  };
  const value: unknown = getNodeValue(tree);

  // 2. The file level: version and entries must be right, or nothing can be trusted.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(tree.offset, '', null, `a glossary file must be a JSON object {"version": 1, "entries": [...]}, but is ${describeValue(value)}`);
    return { file: null, errors };
  }
  const obj = value as Record<string, unknown>;
  let fatal = false;
  if (!('version' in obj)) {
    report(tree.offset, '/version', null, 'missing required field "version" (must be 1)');
    fatal = true;
  } else if (obj.version !== 1) {
    report(offsetOf('/version'), '/version', null, `unsupported format version ${JSON.stringify(obj.version)}: this version of Policy Annotator reads version 1`);
    fatal = true;
  }
  if (!Array.isArray(obj.entries)) {
    if ('entries' in obj) report(offsetOf('/entries'), '/entries', null, `must be an array of entries, but is ${describeValue(obj.entries)}`);
    else report(tree.offset, '/entries', null, 'missing required field "entries" (an array of entries)');
    fatal = true;
  }
  for (const key of Object.keys(obj)) {
    if (key === '$schema' && typeof obj.$schema !== 'string') {
      report(offsetOf('/$schema'), '/$schema', null, `must be a string, but is ${describeValue(obj.$schema)}`);
    } else if (key !== '$schema' && key !== 'version' && key !== 'entries') {
      const prop = nodeAt('/' + escapePointer(key))?.parent;
      report(prop?.offset ?? tree.offset, '/' + escapePointer(key), null, `unknown field "${key}" (ignored)`);
    }
  }
  if (fatal) return { file: null, errors };

  // 3. Each entry against the schema; invalid entries are skipped.
  const rawEntries = obj.entries as unknown[];
  const validEntry = getValidators().entry;
  const kept: { index: number; entry: GlossaryEntry }[] = [];
  rawEntries.forEach((raw, index) => {
    const base = `/entries/${index}`;
    const term = raw !== null && typeof raw === 'object' && typeof (raw as { term?: unknown }).term === 'string' ? (raw as { term: string }).term : null;
    if (validEntry(raw)) {
      kept.push({ index, entry: raw as GlossaryEntry });
      return;
    }
    for (const e of validEntry.errors ?? []) {
      let pointer = base + e.instancePath;
      let offset: number;
      if (e.keyword === 'required') {
        offset = offsetOf(pointer);
        pointer += '/' + escapePointer(String((e.params as { missingProperty: string }).missingProperty));
      } else if (e.keyword === 'additionalProperties') {
        pointer += '/' + escapePointer(String((e.params as { additionalProperty: string }).additionalProperty));
        offset = nodeAt(pointer)?.parent?.offset ?? offsetOf(pointer);
      } else {
        offset = offsetOf(pointer);
      }
      const v = nodeAt(base + e.instancePath);
      report(offset, pointer, term, ajvMessage(e, v ? getNodeValue(v) : undefined) + ' — entry skipped');
    }
  });

  // 4. Duplicates across entries (folded, as the matcher sees them); the first occurrence wins.
  const owner = new Map<string, { index: number; term: string; kind: 'term' | 'variant' }>();
  const entries: GlossaryEntry[] = [];
  for (const { index, entry } of kept) {
    const base = `/entries/${index}`;
    const strings: { s: string; pointer: string; kind: 'term' | 'variant' }[] = [{ s: entry.term, pointer: base + '/term', kind: 'term' }];
    const variants: string[] = [];
    const termKey = foldString(entry.term);
    (entry.variants ?? []).forEach((v, vi) => {
      const pointer = `${base}/variants/${vi}`;
      if (foldString(v) === termKey) {
        report(offsetOf(pointer), pointer, entry.term, `variant "${v}" repeats the entry's own term — variant ignored`);
        return;
      }
      variants.push(v);
      strings.push({ s: v, pointer, kind: 'variant' });
    });
    let conflict = false;
    for (const { s, pointer, kind } of strings) {
      const prev = owner.get(foldString(s));
      if (prev) {
        report(
          offsetOf(pointer),
          pointer,
          entry.term,
          `${kind} "${s}" is already the ${prev.kind} of entry ${prev.index} (“${prev.term}”) — entry skipped`,
        );
        conflict = true;
      }
    }
    if (conflict) continue;
    for (const { s, kind } of strings) owner.set(foldString(s), { index, term: entry.term, kind });
    const copy: GlossaryEntry = { ...entry };
    if (entry.variants !== undefined) copy.variants = variants;
    entries.push(copy);
  }

  const file: GlossaryFile = { version: 1, entries };
  if (typeof obj.$schema === 'string') file.$schema = obj.$schema;
  return { file, errors };
}
