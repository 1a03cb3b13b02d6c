/**
 * Agreement of several coders on a coded study, per code and overall, with the counts behind it.
 *
 * For every code, each unit gets one value per coder: 1 when the coder's codings give the unit that
 * code, 0 when not, and missing when the coder coded nothing in that document (did not take part).
 * Units are the clause units (default), sentences, or characters (code points), as NVivo counts;
 * by character the figures are also given over the coded text alone (characters that at least one
 * coder coded), so that large uncoded parts do not inflate agreement. "Overall" pools the values
 * of all codes. Pure: no `vscode`.
 */
import { agreementFigures, type AgreementFigures, type Value } from './agreement';
import { codableCodes, type Codebook } from './codebook';
import { unitCodes, type CodedDocument } from './tables';
import { splitUnits } from './units';

export type AgreementUnit = 'clause' | 'sentence' | 'character';

export interface CodeAgreement {
  code: string;
  name: string;
  figures: AgreementFigures;
  /** Units by how many coders gave them the code: [0 coders, 1 coder, …]. */
  byCoders: number[];
  /** By character only: the same figures over the characters at least one coder coded. */
  coded?: AgreementFigures;
}

export interface StudyAgreement {
  coders: string[];
  unit: AgreementUnit;
  codes: CodeAgreement[];
  overall: AgreementFigures;
  overallCoded?: AgreementFigures;
}

/** Coders in a study, sorted. */
export function codersOf(docs: readonly CodedDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => d.codings.map((c) => c.coder)))].sort();
}

function unitMatrices(codebook: Codebook, docs: readonly CodedDocument[], coders: readonly string[], unit: 'clause' | 'sentence'): Map<string, Value[][]> {
  const codes = codableCodes(codebook).map((c) => c.code.id);
  const out = new Map<string, Value[][]>(codes.map((c) => [c, []]));
  for (const doc of docs) {
    const d = unit === 'sentence' ? { ...doc, units: splitUnits(doc.text, { docNumber: doc.number, sentences: true }) } : doc;
    const took = coders.map((c) => doc.codings.some((k) => k.coder === c));
    const perCoder = coders.map((c) => unitCodes(d, new Set([c])));
    for (const u of d.units) {
      for (const code of codes) out.get(code)!.push(coders.map((_, i) => (took[i] ? (perCoder[i].get(u.id)?.has(code) ? 1 : 0) : null)));
    }
  }
  return out;
}

function characterMatrices(codebook: Codebook, docs: readonly CodedDocument[], coders: readonly string[]): Map<string, { all: Value[][]; coded: Value[][] }> {
  const codes = codableCodes(codebook).map((c) => c.code.id);
  const out = new Map(codes.map((c) => [c, { all: [] as Value[][], coded: [] as Value[][] }]));
  for (const doc of docs) {
    const length = doc.text.length;
    const took = coders.map((c) => doc.codings.some((k) => k.coder === c));
    for (const code of codes) {
      const marks = coders.map(() => new Uint8Array(length));
      doc.codings.forEach((k) => {
        const i = coders.indexOf(k.coder);
        if (i < 0 || !k.codes.includes(code)) return;
        marks[i].fill(1, Math.max(0, k.start), Math.min(length, k.end));
      });
      const m = out.get(code)!;
      for (let p = 0; p < length; p++) {
        // Count code points, not UTF-16 units: skip the low half of a surrogate pair.
        const cu = doc.text.charCodeAt(p);
        if (cu >= 0xdc00 && cu <= 0xdfff) continue;
        const row = coders.map((_, i) => (took[i] ? marks[i][p] : null));
        m.all.push(row);
        if (row.some((v) => v === 1)) m.coded.push(row);
      }
    }
  }
  return out;
}

function byCoders(matrix: readonly Value[][], n: number): number[] {
  const counts = new Array<number>(n + 1).fill(0);
  for (const row of matrix) if (row.filter((v) => v !== null).length >= 2) counts[row.filter((v) => v === 1).length]++;
  return counts;
}

/** Agreement of the given coders (default: all coders in the study). */
export function studyAgreement(codebook: Codebook, docs: readonly CodedDocument[], options: { coders?: readonly string[]; unit?: AgreementUnit } = {}): StudyAgreement {
  const coders = options.coders && options.coders.length > 0 ? [...options.coders] : codersOf(docs);
  const unit = options.unit ?? 'clause';
  const names = new Map(codableCodes(codebook).map((c) => [c.code.id, c.path.slice(1).join(' › ')]));
  if (unit === 'character') {
    const ms = characterMatrices(codebook, docs, coders);
    const codes = [...ms].map(([code, m]) => ({ code, name: names.get(code) ?? code, figures: agreementFigures(m.all), byCoders: byCoders(m.all, coders.length), coded: agreementFigures(m.coded) }));
    const used = [...ms.values()].filter((m) => m.coded.length > 0);
    return { coders, unit, codes, overall: agreementFigures(used.flatMap((m) => m.all)), overallCoded: agreementFigures(used.flatMap((m) => m.coded)) };
  }
  const ms = unitMatrices(codebook, docs, coders, unit);
  const codes = [...ms].map(([code, m]) => ({ code, name: names.get(code) ?? code, figures: agreementFigures(m), byCoders: byCoders(m, coders.length) }));
  // Codes nobody used are left out of the pooled figure: thousands of agreeing zeros would inflate it.
  const used = [...ms.values()].filter((m) => m.some((row) => row.includes(1)));
  return { coders, unit, codes, overall: agreementFigures(used.flat()) };
}

const fmt = (x: number | null): string | number => (x === null ? '—' : Number(x.toFixed(3)));

/** The agreement as a table (one row per code, then overall), for CSV/Markdown/JSON/XLSX. */
export function agreementTable(a: StudyAgreement): import('./tables').Table {
  const character = a.unit === 'character';
  const columns = ['编码', '单元数', '取值数', '百分比一致', "Cohen's κ", "Fleiss' κ", "Krippendorff's α", `按编码者人数的单元分布 (0…${a.coders.length})`];
  if (character) columns.push('已编码文本: 单元数', '已编码文本: 百分比一致', "已编码文本: Krippendorff's α");
  const row = (name: string, f: AgreementFigures, by: number[] | null, coded?: AgreementFigures): (string | number)[] => {
    const r: (string | number)[] = [name, f.units, f.values, fmt(f.percent), fmt(f.cohen), fmt(f.fleiss), fmt(f.alpha), by ? by.join(' / ') : ''];
    if (character) r.push(coded?.units ?? '', fmt(coded?.percent ?? null), fmt(coded?.alpha ?? null));
    return r;
  };
  const rows = a.codes.map((c) => row(c.name, c.figures, c.byCoders, c.coded));
  rows.push(row('合计 (codes in use, pooled)', a.overall, null, a.overallCoded));
  return {
    name: 'agreement',
    title: `编码者一致性 (${a.coders.join(', ')}; unit: ${a.unit})`,
    columns,
    rows,
    note: 'Per code, each unit is 1 (coded) or 0 (not coded) for each coder; a coder who coded nothing in a document is a missing value there. Percent agreement counts agreeing pairs of values within units; Cohen’s κ needs exactly two coders; Fleiss’ κ uses the units every coder coded; Krippendorff’s α (nominal) allows missing values.',
  };
}
