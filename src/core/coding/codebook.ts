/**
 * Codebooks for research coding (policy-codebook.json, schemas/codebook.schema.json, version 1).
 *
 * A codebook is a tree: the top-level codes are dimensions (政策工具, 政策阶段 …), their
 * descendants are the codes a unit is coded with. Codings store code ids, never names, so renaming
 * or moving a code keeps every coding; merging two codes maps the old id onto the kept one.
 * Every operation here returns a new codebook and never mutates its input. Pure: no `vscode`.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/codebook.schema.json';

export const CODEBOOK_VERSION = 1;
export const CODEBOOK_FILE_NAME = 'policy-codebook.json';

export interface Code {
  id: string;
  name: string;
  definition?: string;
  /** Decision rule: when to use the code, when not. */
  rule?: string;
  example?: string;
  /** #RRGGBB */
  color?: string;
  /** false for a grouping node; dimensions (top level) are not codable unless they say so. */
  codable?: boolean;
  children?: Code[];
}

export interface Codebook {
  $schema?: string;
  version: 1;
  name: string;
  description?: string;
  codes: Code[];
}

/** A code with where it sits in the tree. */
export interface CodeInfo {
  code: Code;
  /** Names from the dimension down to the code (政策工具 › 供给型 › 人才培养). */
  path: string[];
  /** The id of the top-level code (the dimension) it belongs to. */
  dimension: string;
  parent: string | null;
  depth: number;
  codable: boolean;
}

export interface CodebookError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedCodebook {
  codebook: Codebook | null;
  errors: CodebookError[];
}

let validator: ValidateFunction | null = null;
function getValidator(): ValidateFunction {
  if (validator === null) validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** Parses and checks a codebook file's text. Never throws; errors carry file, line and field. */
export function parseCodebookText(text: string, file: string): ParsedCodebook {
  const syntax: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ''), syntax, { allowTrailingComma: false, disallowComments: true });
  if (syntax.length > 0 || !tree) {
    const e = syntax[0];
    const at = lineColumn(text, e ? e.offset : 0);
    return { codebook: null, errors: [{ file, ...at, message: `${file}:${at.line}:${at.column}: JSON syntax error (${e ? printParseErrorCode(e.error) : 'empty file'})` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { codebook: null, errors: [{ file, line: 1, column: 1, message: `${file}:1:1: ${(err as Error).message}` }] };
  }
  const validate = getValidator();
  const errors: CodebookError[] = [];
  if (!validate(value)) {
    for (const e of validate.errors ?? []) {
      const node = findNodeAtLocation(tree, pointerPath(e.instancePath));
      const at = lineColumn(text, node ? node.offset : 0);
      const field = e.instancePath === '' ? '(file)' : e.instancePath.slice(1).replace(/\//g, '.');
      const detail = e.keyword === 'additionalProperties' ? `unknown field "${String((e.params as { additionalProperty: string }).additionalProperty)}"` : e.keyword === 'required' ? `missing required field "${String((e.params as { missingProperty: string }).missingProperty)}"` : (e.message ?? e.keyword);
      errors.push({ file, ...at, message: `${file}:${at.line}:${at.column}: ${field}: ${detail}` });
    }
    return { codebook: null, errors };
  }
  const codebook = value as Codebook;
  const seen = new Map<string, string>();
  walk(codebook.codes, [], (code, path, pointer) => {
    const prev = seen.get(code.id);
    if (prev !== undefined) {
      const node = findNodeAtLocation(tree, [...pointer, 'id']);
      const at = lineColumn(text, node ? node.offset : 0);
      errors.push({ file, ...at, message: `${file}:${at.line}:${at.column}: id "${code.id}" is used twice (“${prev}” and “${code.name}”)` });
    }
    seen.set(code.id, code.name);
    void path;
  });
  return { codebook: errors.length > 0 ? null : codebook, errors };
}

function walk(codes: readonly Code[], names: string[], visit: (code: Code, path: string[], pointer: (string | number)[]) => void, pointer: (string | number)[] = ['codes']): void {
  codes.forEach((code, i) => {
    const here = [...pointer, i];
    const path = [...names, code.name];
    visit(code, path, here);
    if (code.children) walk(code.children, path, visit, [...here, 'children']);
  });
}

/** Every code by id, with its path, dimension and whether units may be coded with it. */
export function indexCodebook(codebook: Codebook): Map<string, CodeInfo> {
  const index = new Map<string, CodeInfo>();
  const visit = (codes: readonly Code[], path: string[], dimension: string | null, parent: string | null, depth: number): void => {
    for (const code of codes) {
      const dim = dimension ?? code.id;
      const codable = code.codable ?? depth > 0;
      index.set(code.id, { code, path: [...path, code.name], dimension: dim, parent, depth, codable });
      if (code.children) visit(code.children, [...path, code.name], dim, code.id, depth + 1);
    }
  };
  visit(codebook.codes, [], null, null, 0);
  return index;
}

/** The codable codes in tree order (what a quick pick or a table lists). */
export function codableCodes(codebook: Codebook): CodeInfo[] {
  return [...indexCodebook(codebook).values()].filter((c) => c.codable);
}

/** The codes of one dimension that units are coded with, in tree order. */
export function codesOfDimension(codebook: Codebook, dimensionId: string): CodeInfo[] {
  return codableCodes(codebook).filter((c) => c.dimension === dimensionId);
}

/** Finds a dimension by id or name. */
export function findDimension(codebook: Codebook, idOrName: string): Code | undefined {
  return codebook.codes.find((c) => c.id === idOrName || c.name === idOrName);
}

function mapCodes(codes: readonly Code[], f: (c: Code) => Code | null): Code[] {
  const out: Code[] = [];
  for (const c of codes) {
    const mapped = f(c);
    if (mapped === null) continue;
    out.push(mapped.children ? { ...mapped, children: mapCodes(mapped.children, f) } : mapped);
  }
  return out;
}

/** A new id that the codebook does not use yet, derived from a base. */
export function freshCodeId(codebook: Codebook, base: string): string {
  const used = indexCodebook(codebook);
  const clean = base.replace(/[^A-Za-z0-9_.:-]/g, '').slice(0, 40) || 'code';
  if (!used.has(clean)) return clean;
  for (let i = 2; ; i++) if (!used.has(`${clean}-${i}`)) return `${clean}-${i}`;
}

/** Adds a code under `parentId` (null: a new dimension). */
export function addCode(codebook: Codebook, parentId: string | null, code: Code): Codebook {
  if (indexCodebook(codebook).has(code.id)) throw new Error(`code id "${code.id}" already exists`);
  if (parentId === null) return { ...codebook, codes: [...codebook.codes, code] };
  if (!indexCodebook(codebook).has(parentId)) throw new Error(`no code "${parentId}"`);
  return { ...codebook, codes: mapCodes(codebook.codes, (c) => (c.id === parentId ? { ...c, children: [...(c.children ?? []), code] } : c)) };
}

export function renameCode(codebook: Codebook, id: string, name: string): Codebook {
  if (!indexCodebook(codebook).has(id)) throw new Error(`no code "${id}"`);
  return { ...codebook, codes: mapCodes(codebook.codes, (c) => (c.id === id ? { ...c, name } : c)) };
}

/** Moves a code (with its children) under another parent (null: to the top level). */
export function moveCode(codebook: Codebook, id: string, newParentId: string | null): Codebook {
  const index = indexCodebook(codebook);
  const info = index.get(id);
  if (!info) throw new Error(`no code "${id}"`);
  if (newParentId !== null) {
    if (!index.has(newParentId)) throw new Error(`no code "${newParentId}"`);
    for (let p: string | null = newParentId; p !== null; p = index.get(p)?.parent ?? null) {
      if (p === id) throw new Error('a code cannot move under itself');
    }
  }
  const without = { ...codebook, codes: mapCodes(codebook.codes, (c) => (c.id === id ? null : c)) };
  return addCode(without, newParentId, info.code);
}

/**
 * Merges code `fromId` into `intoId`: `from` disappears (its children move under `into`) and the
 * returned map tells which coded ids to rewrite (fromId → intoId).
 */
export function mergeCodes(codebook: Codebook, fromId: string, intoId: string): { codebook: Codebook; remap: Map<string, string> } {
  const index = indexCodebook(codebook);
  const from = index.get(fromId);
  if (!from || !index.has(intoId)) throw new Error(`no code "${from ? intoId : fromId}"`);
  if (fromId === intoId) return { codebook, remap: new Map() };
  let next: Codebook = { ...codebook, codes: mapCodes(codebook.codes, (c) => (c.id === fromId ? null : c)) };
  for (const child of from.code.children ?? []) {
    if (child.id === intoId) continue;
    next = addCode(next, intoId, child);
  }
  return { codebook: next, remap: new Map([[fromId, intoId]]) };
}

/** Rewrites coded ids with a remap from mergeCodes (duplicates removed, order kept). */
export function remapCodeIds(ids: readonly string[], remap: ReadonlyMap<string, string>): string[] {
  return [...new Set(ids.map((id) => remap.get(id) ?? id))];
}

/** Serialises a codebook the way the editor writes it (2-space JSON, final newline). */
export function formatCodebook(codebook: Codebook): string {
  return JSON.stringify(codebook, null, 2) + '\n';
}
