/**
 * Inter-coder agreement with the standard formulas, each with the counts it rests on:
 * percent agreement, Cohen's kappa (two coders), Fleiss' kappa and Krippendorff's alpha (nominal,
 * any number of coders, missing values allowed).
 *
 * Data: a reliability matrix, one row per unit, one value per coder; `null` is a missing value
 * (the coder did not code that unit's document). For code presence the values are 0/1.
 * Pure: no `vscode`.
 */

export type Value = string | number | null;

export interface AgreementFigures {
  /** Units with at least two values (the units the coefficients rest on). */
  units: number;
  /** Pairable values (Krippendorff's n..). */
  values: number;
  /** Share of agreeing pairs among all pairs of values within units. */
  percent: number | null;
  /** Cohen's kappa: exactly two coders, units where both coded. */
  cohen: number | null;
  /** Fleiss' kappa: units where every coder coded (complete rows). */
  fleiss: number | null;
  /** Krippendorff's alpha, nominal metric. */
  alpha: number | null;
}

/** Pairable rows: values without the missing ones, only rows with two or more. */
function pairable(matrix: readonly (readonly Value[])[]): Value[][] {
  return matrix.map((row) => row.filter((v) => v !== null)).filter((row) => row.length >= 2);
}

/** Percent agreement: agreeing ordered pairs of values within units / all such pairs. */
export function percentAgreement(matrix: readonly (readonly Value[])[]): number | null {
  let agree = 0;
  let pairs = 0;
  for (const row of pairable(matrix)) {
    const m = row.length;
    const counts = tally(row);
    for (const n of counts.values()) agree += n * (n - 1);
    pairs += m * (m - 1);
  }
  return pairs === 0 ? null : agree / pairs;
}

function tally(values: readonly Value[]): Map<Value, number> {
  const m = new Map<Value, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/**
 * Krippendorff's alpha, nominal: 1 − D_o / D_e from the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
 */
export function krippendorffAlpha(matrix: readonly (readonly Value[])[]): number | null {
  const rows = pairable(matrix);
  const coincidence = new Map<Value, Map<Value, number>>();
  const add = (a: Value, b: Value, w: number): void => {
    let r = coincidence.get(a);
    if (!r) coincidence.set(a, (r = new Map()));
    r.set(b, (r.get(b) ?? 0) + w);
  };
  for (const row of rows) {
    const m = row.length;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(row[i], row[j], 1 / (m - 1));
  }
  const nc = new Map<Value, number>();
  let n = 0;
  for (const [c, r] of coincidence) {
    const s = [...r.values()].reduce((a, b) => a + b, 0);
    nc.set(c, s);
    n += s;
  }
  if (n <= 1) return null;
  let observedDisagree = 0;
  for (const [c, r] of coincidence) for (const [k, w] of r) if (c !== k) observedDisagree += w;
  let expectedDisagree = 0;
  for (const [c, a] of nc) for (const [k, b] of nc) if (c !== k) expectedDisagree += a * b;
  expectedDisagree /= n - 1;
  // No variation at all (every value the same): alpha is undefined, not perfect (Krippendorff 2011).
  if (expectedDisagree === 0) return null;
  return 1 - observedDisagree / expectedDisagree;
}

/** Cohen's kappa for two coders over the units both coded. */
export function cohenKappa(matrix: readonly (readonly Value[])[]): number | null {
  const pairs = matrix.filter((r) => r.length === 2 && r[0] !== null && r[1] !== null) as [Value, Value][];
  const n = pairs.length;
  if (n === 0 || matrix.some((r) => r.length !== 2)) return null;
  let agree = 0;
  const a = new Map<Value, number>();
  const b = new Map<Value, number>();
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [c, na] of a) pe += (na / n) * ((b.get(c) ?? 0) / n);
  if (pe === 1) return null; // one category only: kappa is undefined
  return (po - pe) / (1 - pe);
}

/**
 * Fleiss' kappa from a subject × category count table (each row sums to the number of raters).
 * Fleiss (1971), "Measuring nominal scale agreement among many raters".
 */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): number | null {
  const N = counts.length;
  if (N === 0) return null;
  const n = counts[0].reduce((a, b) => a + b, 0);
  if (n < 2 || counts.some((r) => r.reduce((a, b) => a + b, 0) !== n)) return null;
  const k = counts[0].length;
  const p = new Array<number>(k).fill(0);
  let pBar = 0;
  for (const row of counts) {
    let s = 0;
    row.forEach((c, j) => {
      p[j] += c;
      s += c * (c - 1);
    });
    pBar += s / (n * (n - 1));
  }
  pBar /= N;
  const pe = p.map((x) => x / (N * n)).reduce((a, x) => a + x * x, 0);
  if (pe === 1) return null; // one category only: kappa is undefined
  return (pBar - pe) / (1 - pe);
}

/** Fleiss' kappa over the complete rows of a reliability matrix. */
export function fleissKappa(matrix: readonly (readonly Value[])[]): number | null {
  const complete = matrix.filter((r) => r.length >= 2 && r.every((v) => v !== null));
  if (complete.length === 0) return null;
  const categories = [...new Set(complete.flat())];
  return fleissKappaFromCounts(complete.map((r) => categories.map((c) => r.filter((v) => v === c).length)));
}

/** All four figures for one reliability matrix. */
export function agreementFigures(matrix: readonly (readonly Value[])[]): AgreementFigures {
  const rows = pairable(matrix);
  return {
    units: rows.length,
    values: rows.reduce((a, r) => a + r.length, 0),
    percent: percentAgreement(matrix),
    cohen: matrix.length > 0 && matrix.every((r) => r.length === 2) ? cohenKappa(matrix) : null,
    fleiss: fleissKappa(matrix),
    alpha: krippendorffAlpha(matrix),
  };
}
