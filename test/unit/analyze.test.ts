/**
 * The whole pipeline on messy input: nothing crashes, offsets always address the text, and the
 * work stays linear (a 5 MB text, a 200,000-character line, thousands of unbalanced marks).
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { builtinGlossary } from '../../src/core/glossary/data';
import type { Analysis } from '../../src/core/types';
import { readFixture } from './helpers';

const matcher = new TermMatcher(builtinGlossary());

function assertConsistent(text: string, a: Analysis): void {
  for (const list of [a.quotations, a.numericClaims, a.terms, a.headings]) {
    let last = -1;
    for (const x of list) {
      assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end, `span ${x.start}..${x.end}`);
      assert.equal(text.slice(x.start, x.end), x.text);
      assert.ok(x.start >= last, 'sorted by start');
      last = x.start;
    }
  }
  for (const c of a.numericClaims) assert.ok(Number.isFinite(c.value), `finite value for ${c.text}`);
}

describe('analyze() on messy input', function () {
  this.timeout(120000);

  it('returns empty findings for empty text and text without Chinese', () => {
    assert.deepEqual(analyze('', { matcher }), { quotations: [], numericClaims: [], terms: [], headings: [] });
    const en = analyze('The quick brown fox jumps over 13 lazy dogs. "Quoted" text, 42%.\n\nAnother line.', { matcher });
    assert.equal(en.terms.length, 0);
    assertConsistent('', analyze('', { matcher }));
  });

  it('gives the same findings with CRLF line endings, shifted by the extra characters', () => {
    const lf = readFixture('000_b29511bdb28f9b3d.txt').replace(/\r\n/g, '\n');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = analyze(lf, { matcher });
    const b = analyze(crlf, { matcher });
    assertConsistent(crlf, b);
    assert.deepEqual(b.numericClaims.map((c) => [c.value, c.unit, c.qualifier]), a.numericClaims.map((c) => [c.value, c.unit, c.qualifier]));
    assert.deepEqual(b.quotations.map((q) => [q.kind, q.speaker, q.closed]), a.quotations.map((q) => [q.kind, q.speaker, q.closed]));
    assert.deepEqual(b.terms.map((t) => t.term), a.terms.map((t) => t.term));
    assert.deepEqual(b.headings.map((h) => [h.text, h.level]), a.headings.map((h) => [h.text, h.level]));
  });

  it('handles a 5 MB text built from every fixture', () => {
    const docs = ['000_b29511bdb28f9b3d.txt', 'government-work-report-2023.txt', 'state-council-digital-government-opinion-2022.txt', 'digital-china-development-report-2022.txt'].map(readFixture);
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < 5 * 1024 * 1024; i++) {
      parts.push(docs[i % docs.length]);
      n += Buffer.byteLength(docs[i % docs.length]);
    }
    const big = parts.join('\n\n');
    const a = analyze(big, { matcher });
    assertConsistent(big, a);
    assert.ok(a.numericClaims.length > 10000 && a.terms.length > 10000);
  });

  it('handles a 200,000-character line, unbalanced and nested marks, and control characters', () => {
    const line = '国内生产总值增长3%，“新发展格局'.repeat(12500).slice(0, 200000);
    assertConsistent(line, analyze(line, { matcher }));
    const marks = '“'.repeat(5000) + '”'.repeat(3000) + '「『‘'.repeat(2000) + '习近平总书记指出：“要坚持';
    assertConsistent(marks, analyze(marks, { matcher }));
    const noisy = '\u0000\u0001\ufeff政府工作报告\u200b\n\n一、\n（一）\n1.\n第一条\n\u2028增长 \n 3 %\n\n“”「」『』';
    assertConsistent(noisy, analyze(noisy, { matcher }));
  });

  it('keeps a number broken by a PDF line break as one claim', () => {
    const text = '全国移动电话用户达到\n18.45 亿户，其中5G用户';
    const a = analyze(text, { matcher });
    const c = a.numericClaims.find((x) => x.text.includes('18.45'));
    assert.ok(c, JSON.stringify(a.numericClaims));
    assert.equal(c.value, 1845000000);
    assert.equal(c.unit, '户');
  });

  it('does not report the number inside a numbered formula as a claim', () => {
    const text = '北京加快推进“三城一区”建设，打造五个千亿级产业集群。';
    const a = analyze(text, { matcher });
    assert.ok(a.terms.some((t) => t.term === '三城一区'));
    assert.deepEqual(a.numericClaims.map((c) => [c.value, c.unit, c.magnitudeClass]), [[5, '个', 1e11]]);
  });
});
