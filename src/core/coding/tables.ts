/**
 * The tables that policy-text studies publish, computed from coded units:
 * the coding table, code frequencies (within the dimension and of the total), code × document,
 * dimension × dimension cross table over co-coded units, breakdowns by a document variable,
 * code co-occurrence and the 0/1 unit × code matrix (for R or a PMC model).
 *
 * Counting rule (stated in every table's note): a unit counts once per code, however many codings
 * of that code it carries; a coding belongs to every unit it covers at least half of, and to the
 * unit that holds at least half of it. Pure: no `vscode`.
 */
import { codableCodes, codesOfDimension, findDimension, indexCodebook, type Codebook, type CodeInfo } from './codebook';
import type { DocumentMeta } from './meta';
import type { Unit } from './units';

/** One coding: a span of a document with code ids, by one coder. */
export interface Coding {
  start: number;
  end: number;
  codes: readonly string[];
  coder: string;
}

export interface CodedDocument {
  /** The path or name shown in tables. */
  file: string;
  /** The document's number in the study (the first part of its unit ids). */
  number: number;
  text: string;
  meta: DocumentMeta;
  units: readonly Unit[];
  codings: readonly Coding[];
}

export type Cell = string | number;

export interface Table {
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** How the figures were counted, printed under the table. */
  note?: string;
}

export const TABLE_KINDS = ['coding', 'frequency', 'document', 'cross', 'variable', 'cooccurrence', 'binary'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
export const VARIABLES = ['year', 'issuer', 'level', 'docType', 'docNumber'] as const;
export type Variable = (typeof VARIABLES)[number];

const COUNT_NOTE = '每个分析单元对同一编码只计一次；编码跨越单元时，计入其覆盖一半以上的单元。 A unit counts once per code.';

/** Whether a coding counts for a unit (see the module comment). */
export function codingCoversUnit(c: { start: number; end: number }, u: { start: number; end: number }): boolean {
  const overlap = Math.min(c.end, u.end) - Math.max(c.start, u.start);
  if (overlap <= 0) return false;
  return overlap * 2 >= u.end - u.start || overlap * 2 >= c.end - c.start;
}

/** Code ids per unit id for one document, optionally for some coders only. */
export function unitCodes(doc: CodedDocument, coders?: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(doc.units.map((u) => [u.id, new Set<string>()]));
  const units = [...doc.units].sort((a, b) => a.start - b.start);
  for (const c of doc.codings) {
    if (coders && !coders.has(c.coder)) continue;
    // Binary search for the first unit that may overlap.
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (units[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < units.length && units[i].start < c.end; i++) {
      if (!codingCoversUnit(c, units[i])) continue;
      const set = out.get(units[i].id);
      for (const code of c.codes) set?.add(code);
    }
  }
  return out;
}

interface Study {
  codebook: Codebook;
  index: Map<string, CodeInfo>;
  docs: readonly CodedDocument[];
  /** Per document: unit id → code ids (only codes of this codebook). */
  coded: Map<string, Set<string>>[];
}

function study(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Study {
  const index = indexCodebook(codebook);
  const coded = docs.map((d) => {
    const m = unitCodes(d, coders);
    for (const set of m.values()) for (const id of [...set]) if (!index.get(id)?.codable) set.delete(id);
    return m;
  });
  return { codebook, index, docs, coded };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(2)}%`);

function variableValue(meta: DocumentMeta, v: Variable): string {
  if (v === 'year') return meta.date ? meta.date.slice(0, 4) : '（未知）';
  const value = meta[v];
  return value ?? '（未知）';
}

/** Counts of (unit, code) per code over the whole study. */
function codeCounts(s: Study): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of s.coded) for (const set of m.values()) for (const id of set) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** 编号 | 文件 | 条款内容 | 编码 | one column per dimension | document variables. */
export function codingTable(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const dims = codebook.codes;
  const rows: Cell[][] = [];
  docs.forEach((d, k) => {
    for (const u of d.units) {
      const ids = [...(s.coded[k].get(u.id) ?? [])];
      const names = ids.map((id) => s.index.get(id)?.code.name ?? id);
      const perDim = dims.map((dim) => ids.filter((id) => s.index.get(id)?.dimension === dim.id).map((id) => s.index.get(id)?.code.name ?? id).join('；'));
      rows.push([u.id, d.file, u.text.replace(/\s*\n\s*/g, ' '), names.join('；'), ...perDim, d.meta.title ?? '', d.meta.issuer ?? '', variableValue(d.meta, 'year'), d.meta.level ?? '']);
    }
  });
  return { name: 'coding', title: '政策文本内容分析单元编码表', columns: ['编号', '文件', '条款内容', '编码', ...dims.map((d) => d.name), '标题', '发文机关', '年份', '层级'], rows, note: COUNT_NOTE };
}

/** Frequency of every code, with subtotals for grouping codes; % within the dimension and of the total. */
export function frequencyTable(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const counts = codeCounts(s);
  const subtree = new Map<string, number>();
  for (const [id, info] of s.index) {
    const n = counts.get(id) ?? 0;
    for (let p: string | null = id; p !== null; p = s.index.get(p)?.parent ?? null) subtree.set(p, (subtree.get(p) ?? 0) + n);
    void info;
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const rows: Cell[][] = [];
  for (const [id, info] of s.index) {
    if (info.depth === 0) continue;
    const n = subtree.get(id) ?? 0;
    const dimTotal = subtree.get(info.dimension) ?? 0;
    rows.push([s.index.get(info.dimension)?.code.name ?? '', info.path.slice(1).join(' › '), info.code.id, n, pct(n, dimTotal), pct(n, total)]);
  }
  return { name: 'frequency', title: '编码频次分布', columns: ['维度', '编码', '编码 ID', '频次', '维度内占比', '占总数比'], rows, note: `${COUNT_NOTE} 上级编码的频次为其下各编码频次之和。 Total: ${total}.` };
}

/** Code × document counts. */
export function documentTable(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const rows: Cell[][] = codableCodes(codebook).map((c) => {
    const cells = s.coded.map((m) => [...m.values()].filter((set) => set.has(c.code.id)).length);
    return [c.path.join(' › '), ...cells, cells.reduce((a, b) => a + b, 0)];
  });
  return { name: 'document', title: '编码 × 文件', columns: ['编码', ...docs.map((d) => `${d.number}. ${d.meta.title ?? d.file}`), '合计'], rows, note: COUNT_NOTE };
}

/** Dimension X × dimension Y: units coded with both x and y. */
export function crossTable(codebook: Codebook, docs: readonly CodedDocument[], rowsDim: string, colsDim: string, coders?: ReadonlySet<string>): Table {
  const rd = findDimension(codebook, rowsDim);
  const cd = findDimension(codebook, colsDim);
  if (!rd || !cd) throw new Error(`no dimension "${rd ? colsDim : rowsDim}" in the codebook (dimensions: ${codebook.codes.map((c) => c.name).join(', ')})`);
  const s = study(codebook, docs, coders);
  const rCodes = codesOfDimension(codebook, rd.id);
  const cCodes = codesOfDimension(codebook, cd.id);
  const grid = rCodes.map(() => cCodes.map(() => 0));
  for (const m of s.coded) {
    for (const set of m.values()) {
      rCodes.forEach((r, i) => {
        if (!set.has(r.code.id)) return;
        cCodes.forEach((c, j) => {
          if (set.has(c.code.id)) grid[i][j]++;
        });
      });
    }
  }
  const colTotals = cCodes.map((_, j) => grid.reduce((a, row) => a + row[j], 0));
  const rows: Cell[][] = rCodes.map((r, i) => [r.path.slice(1).join(' › '), ...grid[i], grid[i].reduce((a, b) => a + b, 0)]);
  rows.push(['合计', ...colTotals, colTotals.reduce((a, b) => a + b, 0)]);
  return {
    name: 'cross',
    title: `${rd.name} × ${cd.name}`,
    columns: [`${rd.name} \\ ${cd.name}`, ...cCodes.map((c) => c.path.slice(1).join(' › ')), '合计'],
    rows,
    note: `单元格为同时编码为行编码与列编码的分析单元数。 A cell counts the units coded with both codes. ${COUNT_NOTE}`,
  };
}

/** Code × values of a document variable (year, issuer, level, docType). */
export function variableTable(codebook: Codebook, docs: readonly CodedDocument[], variable: Variable, coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const values = [...new Set(docs.map((d) => variableValue(d.meta, variable)))].sort();
  const rows: Cell[][] = codableCodes(codebook).map((c) => {
    const cells = values.map((v) => s.coded.reduce((a, m, k) => a + (variableValue(docs[k].meta, variable) === v ? [...m.values()].filter((set) => set.has(c.code.id)).length : 0), 0));
    return [c.path.join(' › '), ...cells, cells.reduce((a, b) => a + b, 0)];
  });
  return { name: 'variable', title: `编码 × ${variable}`, columns: ['编码', ...values, '合计'], rows, note: COUNT_NOTE };
}

/** Code × code: units coded with both (the diagonal: units coded with the code). */
export function cooccurrenceTable(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const codes = codableCodes(codebook);
  const pos = new Map(codes.map((c, i) => [c.code.id, i]));
  const grid = codes.map(() => codes.map(() => 0));
  for (const m of s.coded) {
    for (const set of m.values()) {
      const ids = [...set].map((id) => pos.get(id)).filter((i): i is number => i !== undefined);
      for (const i of ids) for (const j of ids) grid[i][j]++;
    }
  }
  return { name: 'cooccurrence', title: '编码共现矩阵', columns: ['编码', ...codes.map((c) => c.code.name)], rows: codes.map((c, i) => [c.path.join(' › '), ...grid[i]]), note: `对角线为编码为该编码的单元数。 ${COUNT_NOTE}` };
}

/** The 0/1 unit × code matrix. */
export function binaryTable(codebook: Codebook, docs: readonly CodedDocument[], coders?: ReadonlySet<string>): Table {
  const s = study(codebook, docs, coders);
  const codes = codableCodes(codebook);
  const rows: Cell[][] = [];
  docs.forEach((d, k) => {
    for (const u of d.units) {
      const set = s.coded[k].get(u.id) ?? new Set<string>();
      rows.push([u.id, d.file, ...codes.map((c) => (set.has(c.code.id) ? 1 : 0))]);
    }
  });
  return { name: 'binary', title: '单元 × 编码 0/1 矩阵', columns: ['编号', '文件', ...codes.map((c) => c.code.id)], rows };
}

export interface TableRequest {
  kind: TableKind;
  rows?: string;
  cols?: string;
  by?: Variable;
  coders?: ReadonlySet<string>;
}

/** One entry point for the CLI and the editor. */
export function buildTable(codebook: Codebook, docs: readonly CodedDocument[], req: TableRequest): Table {
  switch (req.kind) {
    case 'coding':
      return codingTable(codebook, docs, req.coders);
    case 'frequency':
      return frequencyTable(codebook, docs, req.coders);
    case 'document':
      return documentTable(codebook, docs, req.coders);
    case 'cross': {
      const dims = codebook.codes;
      return crossTable(codebook, docs, req.rows ?? dims[0]?.id ?? '', req.cols ?? dims[1]?.id ?? '', req.coders);
    }
    case 'variable':
      return variableTable(codebook, docs, req.by ?? 'year', req.coders);
    case 'cooccurrence':
      return cooccurrenceTable(codebook, docs, req.coders);
    case 'binary':
      return binaryTable(codebook, docs, req.coders);
  }
}
