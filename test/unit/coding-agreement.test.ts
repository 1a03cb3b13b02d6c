import * as assert from 'node:assert/strict';
import { agreementFigures, cohenKappa, fleissKappa, fleissKappaFromCounts, krippendorffAlpha, percentAgreement, type Value } from '../../src/core/coding/agreement';

const near = (got: number | null, want: number, digits = 3, what = '') => {
  assert.ok(got !== null, `${what}: null`);
  assert.equal(Number(got.toFixed(digits)), want, `${what}: ${got}`);
};
const transpose = (rows: Value[][]): Value[][] => rows[0].map((_, j) => rows.map((r) => r[j]));

describe('agreement coefficients against published worked examples', () => {
  it("Krippendorff's alpha, nominal, four observers with missing values: α = 0.743", () => {
    // Source: K. Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C
    // ("nominal data, any number of observers, missing data"): 4 observers × 12 units; α = 0.743.
    const _ = null;
    const observers: Value[][] = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    near(krippendorffAlpha(transpose(observers)), 0.743, 3, 'alpha');
  });

  it("Krippendorff's alpha, binary data, two observers: α = 0.095", () => {
    // Source: Krippendorff (2011), section A ("binary or dichotomous data, two observers, no missing data"): α = 0.095.
    const observers: Value[][] = [
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ];
    near(krippendorffAlpha(transpose(observers)), 0.095, 3, 'alpha');
  });

  it("Fleiss' kappa, Fleiss (1971) Table 1: 30 patients, 6 psychiatrists, 5 diagnoses: κ = 0.430", () => {
    // Source: J. L. Fleiss (1971), "Measuring nominal scale agreement among many raters",
    // Psychological Bulletin 76(5), Table 1 (as distributed in R's irr package, data `diagnoses`;
    // kappam.fleiss(diagnoses) = 0.430, the value Fleiss reports).
    const diagnoses: Value[][] = [
      [4, 4, 4, 4, 4, 4], [2, 2, 2, 5, 5, 5], [2, 3, 3, 3, 3, 5], [5, 5, 5, 5, 5, 5], [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3], [3, 3, 3, 3, 5, 5], [1, 1, 3, 3, 3, 4], [1, 1, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4], [1, 2, 4, 4, 4, 4], [2, 2, 2, 3, 3, 3], [1, 4, 4, 4, 4, 4], [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5], [1, 1, 1, 4, 5, 5], [1, 1, 1, 1, 1, 2], [2, 2, 4, 4, 4, 4], [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5], [2, 4, 4, 4, 4, 4], [2, 2, 4, 5, 5, 5], [1, 1, 4, 4, 4, 4], [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4], [1, 1, 1, 1, 5, 5], [2, 2, 4, 4, 4, 4], [1, 3, 3, 3, 3, 3], [5, 5, 5, 5, 5, 5],
    ];
    near(fleissKappa(diagnoses), 0.43, 3, 'fleiss');
    // The same data, raters 1 and 2 only: Cohen's kappa 0.651 (irr: kappa2(diagnoses[, 1:2])).
    near(cohenKappa(diagnoses.map((r) => [r[0], r[1]])), 0.651, 3, 'cohen');
  });

  it("Fleiss' kappa, the 10 × 14 × 5 worked example: κ = 0.210", () => {
    // Source: the worked example of the Wikipedia article "Fleiss' kappa" (10 subjects, 14 raters,
    // 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210), also used by statsmodels' tests.
    const counts = [
      [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
    ];
    near(fleissKappaFromCounts(counts), 0.21, 3, 'fleiss');
  });

  it("Cohen's kappa, the textbook 2 × 2 table: po = 0.70, pe = 0.50, κ = 0.40", () => {
    // Source: the worked example of the Wikipedia article "Cohen's kappa" (50 grant proposals,
    // two readers: yes/yes 20, yes/no 5, no/yes 10, no/no 15).
    const rows: Value[][] = [
      ...Array.from({ length: 20 }, () => ['yes', 'yes']),
      ...Array.from({ length: 5 }, () => ['yes', 'no']),
      ...Array.from({ length: 10 }, () => ['no', 'yes']),
      ...Array.from({ length: 15 }, () => ['no', 'no']),
    ];
    near(cohenKappa(rows), 0.4, 3, 'cohen');
    near(percentAgreement(rows), 0.7, 3, 'percent');
  });

  it('edge cases: perfect agreement, no variation, nothing pairable', () => {
    assert.equal(krippendorffAlpha([[1, 1], [0, 0], [1, 1]]), 1);
    assert.equal(krippendorffAlpha([[1, 1], [1, 1]]), null, 'no variation: undefined, not perfect');
    assert.equal(cohenKappa([[0, 0], [0, 0]]), null);
    assert.equal(krippendorffAlpha([[1, null], [null, 0]]), null);
    assert.equal(percentAgreement([]), null);
    const f = agreementFigures([[1, 1, 0], [0, 0, 0], [1, null, 1]]);
    assert.equal(f.units, 3);
    assert.equal(f.values, 8);
    assert.equal(f.cohen, null, 'three coders: no Cohen');
    assert.ok(f.fleiss !== null && f.alpha !== null);
  });
});
