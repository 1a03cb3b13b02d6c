import * as assert from 'node:assert/strict';
import { studyAgreement } from '../../src/core/coding/studyAgreement';
import { krippendorffAlpha, cohenKappa } from '../../src/core/coding/agreement';
import { READING_CODEBOOK } from '../../src/core/coding/templates';
import { splitUnits } from '../../src/core/coding/units';
import { extractMeta } from '../../src/core/coding/meta';
import type { CodedDocument, Coding } from '../../src/core/coding/tables';

// Four clause units; two coders code 重点 (tag.important). Hand count for 重点 over the 4 units:
// 甲: 1 1 0 0   乙: 1 0 0 1  → values (1,1) (1,0) (0,0) (0,1): percent agreement 2/4 = 0.5.
const text = '一、甲\n（一）第一项。内容甲。\n（二）第二项。内容乙。\n（三）第三项。内容丙。\n（四）第四项。内容丁。\n';
const at = (phrase: string, codes: string[], coder: string): Coding => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, codes, coder };
};
const doc = (codings: Coding[]): CodedDocument => ({ file: 'a.txt', number: 1, text, meta: extractMeta(text), units: splitUnits(text), codings });

describe('study agreement', () => {
  const codings = [
    at('（一）第一项。内容甲。', ['tag.important'], '甲'),
    at('（二）第二项。内容乙。', ['tag.important'], '甲'),
    at('（一）第一项。内容甲。', ['tag.important'], '乙'),
    at('（四）第四项。内容丁。', ['tag.important'], '乙'),
  ];

  it('by clause: per code with the counts, equal to the coefficients on the hand-made matrix', () => {
    const r = studyAgreement(READING_CODEBOOK, [doc(codings)]);
    assert.deepEqual(r.coders, ['乙', '甲']);
    const imp = r.codes.find((c) => c.code === 'tag.important')!;
    assert.equal(imp.figures.units, 4);
    assert.equal(imp.figures.percent, 0.5);
    assert.deepEqual(imp.byCoders, [1, 2, 1], 'one unit neither, two units one coder, one unit both');
    const matrix = [[1, 1], [0, 1], [0, 0], [1, 0]]; // [乙, 甲]
    assert.equal(imp.figures.alpha, krippendorffAlpha(matrix));
    assert.equal(imp.figures.cohen, cohenKappa(matrix));
    const doubt = r.codes.find((c) => c.code === 'tag.doubt')!;
    assert.equal(doubt.figures.percent, 1, 'nobody used 存疑: they agree on every unit');
    assert.equal(doubt.figures.alpha, null, 'but without any variation alpha is undefined');
  });

  it('a coder who coded nothing in a document is missing there, not disagreeing', () => {
    const other = { ...doc([at('（三）第三项。内容丙。', ['tag.note'], '丙')]), file: 'b.txt', number: 2 };
    const r = studyAgreement(READING_CODEBOOK, [doc(codings), other], { coders: ['甲', '乙', '丙'] });
    const imp = r.codes.find((c) => c.code === 'tag.important')!;
    // Document 1: 甲 and 乙 took part (丙 missing); document 2: only 丙 (nothing pairable).
    assert.equal(imp.figures.units, 4);
    assert.equal(imp.figures.values, 8);
  });

  it('by character: coded text reported apart from all text', () => {
    const r = studyAgreement(READING_CODEBOOK, [doc(codings)], { unit: 'character' });
    const imp = r.codes.find((c) => c.code === 'tag.important')!;
    assert.equal(imp.figures.units, text.length);
    // coded characters: (一) line 11 chars (both), (二) line 11 (甲), (四) line 11 (乙) → 33 characters, 11 agreeing.
    assert.equal(imp.coded!.units, 33);
    assert.equal(Number(imp.coded!.percent!.toFixed(4)), Number((11 / 33).toFixed(4)));
    assert.ok(imp.figures.percent! > imp.coded!.percent!, 'uncoded text inflates the all-text figure');
  });
});
