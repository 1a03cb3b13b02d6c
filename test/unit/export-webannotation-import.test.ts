/**
 * Web Annotation import: anchored by the same code as the editor (issue 9), every annotation valid
 * before it is written (issue 12 finding 4), `target.source` checked (issue 12 finding 5).
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { anchorOne, refreshSelectors } from '../../src/core/annotations/anchoring';
import { createAnnotation } from '../../src/core/annotations/create';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { fromWebAnnotation, toWebAnnotation } from '../../src/core/export/webannotation';
import { readFixture, mulberry32 } from './helpers';

const report = readFixture('government-work-report-2023.txt');


function exportOf(text: string, quotes: [string, number][], source = 'file:///docs/report.txt') {
  const annotations = quotes.map(([q, occurrence], i) => {
    let at = -1;
    for (let k = 0; k <= occurrence; k++) at = text.indexOf(q, at + 1);
    assert.ok(at >= 0, q);
    const a = createAnnotation(text, at, at + q.length, { note: `n${i}`, author: 't', id: `a-${i}`, now: new Date(0) });
    return { annotation: a, start: at, end: at + q.length, status: 'exact' as const };
  });
  return toWebAnnotation({ path: 'report.txt', text, annotations }, { documentUri: source });
}

/** Whatever an import returns must make a sidecar the tool reads back. */
function assertWritable(annotations: ReturnType<typeof fromWebAnnotation>['annotations'], why: string): void {
  const parsed = parseSidecar(serializeSidecar({ version: 1, document: 'd.txt', annotations }), why);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
}

describe('import anchors like the editor (issue 9)', () => {
  const cases: [string, string, number, (t: string) => string][] = [
    ['a sentence inserted above', '本届政府任期即将结束', 0, (t) => '新增的说明。\n' + t],
    ['a character changed in the quote', '国内生产总值增长3%，城镇新增就业1206万人', 0, (t) => t.replace('1206万人', '1207万人')],
    ['a PDF line break inside the quote', '粮食产量连年稳定在1.3万亿斤以上', 0, (t) => t.replace('连年稳定在', '连年稳\n定在')],
    ['a recurring phrase revised in place', '稳就业', 0, (t) => t.replace('稳增长稳就业稳物价', '稳增长保就业稳物价')],
    ['the sentence of a recurring phrase deleted', '稳就业', 0, (t) => t.replace('突出稳增长稳就业稳物价，推动经济企稳回升。', '')],
    ['a percentage revised to a value it has elsewhere', '5.5%', 0, (t) => t.replace('降到5.5%', '降到3%')],
  ];
  for (const [name, quote, occurrence, edit] of cases) {
    it(`${name}: the same place and status as anchorOne`, () => {
      const json = exportOf(report, [[quote, occurrence]]);
      const edited = edit(report);
      const imported = fromWebAnnotation(json, { text: edited });
      assert.deepEqual(imported.errors, []);
      const original = createAnnotation(report, report.indexOf(quote), report.indexOf(quote) + quote.length, { note: 'n0', author: 't', id: 'a-0', now: new Date(0) });
      const editor = anchorOne(edited, original);
      const a = imported.annotations[0];
      if (editor.status === 'orphan') {
        assert.equal(a.orphan, true);
      } else {
        assert.equal(a.orphan, undefined);
        assert.deepEqual(a.target, refreshSelectors(edited, editor).target);
      }
    });
  }
});

describe('import validates every annotation before writing (issue 12 finding 4)', () => {
  const text = '第一段文字。\n第二段：数字达到18.45亿户。\n第三段文字𠀀。';
  const at = (selector: unknown) => ({ type: 'Annotation', id: 'p', created: '2024-01-01T00:00:00Z', target: { source: 'd.txt', selector } });
  const rows: [string, unknown, RegExp | null][] = [
    ['an empty range (a point) without a quote', { type: 'TextPositionSelector', start: 3, end: 3 }, /empty range/],
    ['a point at the very end', { type: 'TextPositionSelector', start: 30, end: 30 }, /empty range|past the end/],
    ['a range past the end', { type: 'TextPositionSelector', start: 25, end: 40 }, /past the end/],
    ['a range wholly past the end', { type: 'TextPositionSelector', start: 100, end: 105 }, /past the end/],
    ['a reversed range', { type: 'TextPositionSelector', start: 5, end: 2 }, /no TextQuoteSelector or TextPositionSelector/],
    ['a fractional range', { type: 'TextPositionSelector', start: 1.5, end: 3 }, /no TextQuoteSelector or TextPositionSelector/],
    ['an empty quote', { type: 'TextQuoteSelector', exact: '' }, /no TextQuoteSelector or TextPositionSelector/],
    ['a valid range (negative row)', { type: 'TextPositionSelector', start: 0, end: 3 }, null],
    ['a point with a quote that is found (negative row)', [{ type: 'TextQuoteSelector', exact: '第三段' }, { type: 'TextPositionSelector', start: 4, end: 4 }], null],
    ['a past-the-end position with a quote that is found (negative row)', [{ type: 'TextQuoteSelector', exact: '18.45亿户' }, { type: 'TextPositionSelector', start: 90, end: 97 }], null],
  ];
  for (const [name, selector, error] of rows) {
    it(name, () => {
      const r = fromWebAnnotation(at(selector), { text });
      if (error) {
        assert.equal(r.annotations.length, 0, JSON.stringify(r.annotations));
        assert.match(r.errors.join('\n'), error);
      } else {
        assert.deepEqual(r.errors, []);
        assert.equal(r.annotations.length, 1);
        assert.notEqual(r.annotations[0].target.quote.exact, '');
      }
      assertWritable(r.annotations, name);
    });
  }

  it('converts readable timestamps to the sidecar form and refuses none silently', () => {
    const item = { type: 'Annotation', id: 't', created: '2024-03-05', modified: 'Tue, 05 Mar 2024 09:30:00 GMT', target: { selector: { type: 'TextQuoteSelector', exact: '第一段' } } };
    const r = fromWebAnnotation(item, { text });
    assert.deepEqual(r.errors, []);
    assert.equal(r.annotations[0].created, '2024-03-05T00:00:00.000Z');
    assert.equal(r.annotations[0].modified, '2024-03-05T09:30:00.000Z');
    assert.ok(r.warnings.some((w) => /written as/.test(w)));
    assertWritable(r.annotations, 'timestamps');
  });

  it('whatever the input, the imported annotations make a sidecar the tool reads (2,000 seeded random items)', () => {
    const rnd = mulberry32(12);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const ints = [-1, 0, 1, 2, 3, 5, 14, 20, 27, 28, 29, 30, 31, 100, 1.5, NaN, 2 ** 53];
    const strings = ['', '第一段', '18.45亿户', '𠀀', '\ud840', '不在文中', '。'];
    const times = [undefined, '', '2024-01-01', '2024-01-01T00:00:00Z', 'yesterday', '+275760-09-13T00:00:00.000Z', 12, '1999-12-31T23:59'];
    let imported = 0;
    for (let i = 0; i < 2000; i++) {
      const selectors: unknown[] = [];
      if (rnd() < 0.7) selectors.push({ type: 'TextPositionSelector', start: pick(ints), end: pick(ints) });
      if (rnd() < 0.6) selectors.push({ type: 'TextQuoteSelector', exact: pick(strings), prefix: pick(strings), suffix: pick(strings) });
      const item = { type: 'Annotation', id: rnd() < 0.2 ? '' : `x-${i % 50}`, created: pick(times), modified: pick(times), bodyValue: pick(strings), target: { selector: selectors } };
      for (const opts of [{ text }, {}]) {
        const r = fromWebAnnotation(item, opts);
        imported += r.annotations.length;
        assertWritable(r.annotations, `item ${i} ${JSON.stringify(item)}`);
      }
    }
    assert.ok(imported > 500, `only ${imported} imported: the generator must produce valid items too`);
  });
});

describe('import checks target.source (issue 12 finding 5)', () => {
  const json = exportOf(report, [['本届政府任期即将结束', 0], ['稳就业', 2]], 'file:///docs/report-2023.txt');
  const other = readFixture('state-council-digital-government-opinion-2022.txt');
  const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

  it('imports annotations whose source names the document (negative row)', () => {
    const r = fromWebAnnotation(json, { text: report, documentName: 'report-2023.txt' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.annotations.length, 2);
  });

  it('refuses annotations made for another document whose quotes are not in this one', () => {
    const r = fromWebAnnotation(json, { text: other, documentName: 'digital-government.txt' });
    assert.equal(r.annotations.length, 0);
    assert.equal(r.errors.length, 2);
    assert.match(r.errors[0], /made for file:\/\/\/docs\/report-2023\.txt, not digital-government\.txt; not imported/);
  });

  it('imports with a warning when another name is given but the quote and context are found (a renamed file)', () => {
    const r = fromWebAnnotation(json, { text: report, documentName: 'renamed.txt' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.annotations.length, 2);
    assert.equal(r.warnings.filter((w) => /made for .* not renamed\.txt; imported because/.test(w)).length, 2);
  });

  it('imports everything with a warning each when other sources are allowed', () => {
    const r = fromWebAnnotation(json, { text: other, documentName: 'digital-government.txt', allowOtherSource: true });
    assert.equal(r.annotations.length, 2);
    assert.ok(r.annotations.every((a) => a.orphan));
    assert.equal(r.warnings.filter((w) => /imported as asked/.test(w)).length, 2);
  });

  it('a content hash decides: matching imports a renamed file, differing refuses another one', () => {
    const withHash = (hash: string) => ({ type: 'Annotation', id: 'h', target: { source: { id: 'file:///x/old-name.txt', digest: `sha256:${hash}` }, selector: { type: 'TextQuoteSelector', exact: '本届政府任期即将结束' } } });
    const ok = fromWebAnnotation(withHash(sha(report)), { text: report, documentName: 'new-name.txt' });
    assert.deepEqual(ok.errors, []);
    assert.match(ok.warnings.join('\n'), /content hash is that of new-name\.txt/);
    const bad = fromWebAnnotation(withHash(sha(other)), { text: report, documentName: 'new-name.txt' });
    assert.equal(bad.annotations.length, 0);
    assert.match(bad.errors[0], /content hash differs/);
    const sameNameOtherVersion = fromWebAnnotation(withHash(sha(other)), { text: report, documentName: 'old-name.txt' });
    assert.equal(sameNameOtherVersion.annotations.length, 1);
    assert.match(sameNameOtherVersion.warnings.join('\n'), /another version of old-name\.txt/);
  });

  it('without a source or without a document name nothing is checked (negative rows)', () => {
    const noSource = { type: 'Annotation', id: 'n', target: { selector: { type: 'TextQuoteSelector', exact: '稳就业' } } };
    assert.equal(fromWebAnnotation(noSource, { text: other, documentName: 'x.txt' }).errors.length, 0);
    assert.equal(fromWebAnnotation(json, { text: other }).errors.length, 0);
  });
});

describe('codes as tagging bodies (issue 14)', () => {
  it('exports each code as a tagging body (value: the name, id: the code) and imports it back as the code', () => {
    const at = report.indexOf('1206万人');
    const a = { ...createAnnotation(report, at, at + 6, { note: '', author: '甲', id: 'c-1', tag: '重点', now: new Date(0) }), codes: ['tag.important', 'supply.funding', 'stage.goal'] };
    const names: Record<string, string> = { 'supply.funding': '资金投入', 'stage.goal': '目标设定' };
    const json = toWebAnnotation({ path: 'report.txt', text: report, annotations: [{ annotation: a, start: at, end: at + 6, status: 'exact' }] }, { documentUri: 'file:///docs/report.txt', codeName: (id) => names[id] });
    const bodies = (json.first.items[0].body as { value: string; id?: string; purpose: string }[]).filter((b) => b.purpose === 'tagging');
    assert.deepEqual(bodies.map((b) => [b.value, b.id ?? null]), [['重点', null], ['资金投入', 'urn:policy-annotator:code:supply.funding'], ['目标设定', 'urn:policy-annotator:code:stage.goal']]);
    const back = fromWebAnnotation(JSON.parse(JSON.stringify(json)), { text: report });
    assert.deepEqual(back.annotations[0].codes, ['tag.important', 'supply.funding', 'stage.goal']);
    assert.equal(back.annotations[0].tag, '重点');
    assertWritable(back.annotations, 'codes');
  });

  it('another tool’s tags come in as codings (every tag, not only the first)', () => {
    const at = report.indexOf('1206万人');
    const item = {
      '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation', motivation: 'tagging',
      body: [{ type: 'TextualBody', value: '就业', purpose: 'tagging' }, { type: 'TextualBody', value: '待核实', purpose: 'tagging' }],
      target: { selector: { type: 'TextQuoteSelector', exact: '1206万人', prefix: report.slice(at - 10, at), suffix: report.slice(at + 6, at + 16) } },
    };
    const r = fromWebAnnotation(item, { text: report });
    assert.deepEqual(r.annotations[0].codes, ['tag:就业', 'tag.verify']);
    assert.equal(r.annotations[0].tag, '就业');
    assertWritable(r.annotations, 'tags');
  });
});
