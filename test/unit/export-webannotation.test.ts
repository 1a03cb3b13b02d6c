import * as assert from 'node:assert/strict';
import type { StoredAnnotation } from '../../src/core/annotations/model';
import type { ExportDocument } from '../../src/core/export/types';
import {
  annotationIdToIri,
  fromWebAnnotation,
  iriToAnnotationId,
  mergeAnnotations,
  toWebAnnotation,
  type WebAnnotation,
} from '../../src/core/export/webannotation';
import { annotate, claim, orphan, quotation, term } from './export-helpers';
import { readFixture } from './helpers';

const URI = 'https://example.org/docs/astral.txt';

function astralDoc(): ExportDocument {
  const text = readFixture('export/astral.txt');
  return {
    path: 'astral.txt',
    text,
    annotations: [
      annotate(text, '😀同在', { id: 'a-emoji', tag: '重点', note: '表情之后\n第二行', link: 'https://www.gov.cn/zhengce/', author: '王五',
        created: '2024-01-02T03:04:05.000Z', modified: '2024-02-03T04:05:06.000Z' }),
      annotate(text, '三个扩展B区汉字', { id: '123e4567-e89b-12d3-a456-426614174000', tag: null, note: '', link: '《人民日报》2023年5月6日' }),
      annotate(text, '达到\n18.45 亿户', { id: 'a tag only/斜线', tag: '待核实', note: '' }),
      annotate(text, '两个表情', { id: 'a-plain', tag: null, note: '', author: '' }),
    ],
  };
}

function items(json: ReturnType<typeof toWebAnnotation>): WebAnnotation[] {
  return json.first.items;
}

describe('export W3C Web Annotation', () => {
  it('has the required fields of the model: @context, ids, types, targets with selectors', () => {
    const json = toWebAnnotation(astralDoc(), { documentUri: URI });
    assert.equal(json['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(json.type, 'AnnotationCollection');
    assert.match(json.id, /^https:\/\/example\.org\/docs\/astral\.txt#annotations$/);
    assert.equal(json.total, 4);
    assert.equal(json.first.type, 'AnnotationPage');
    for (const a of items(json)) {
      assert.match(a.id, /^[a-z][a-z0-9+.-]*:\S+$/i, 'id is an IRI');
      assert.equal(a.type, 'Annotation');
      assert.equal(a.target.source, URI);
      assert.deepEqual(a.target.selector.map((s) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
      assert.ok(a.created && a.modified);
      for (const b of a.body ?? []) {
        assert.ok(b.type === 'TextualBody' || b.type === 'SpecificResource');
        assert.ok(b.purpose);
      }
    }
    const [emoji, uuid, tagOnly, plain] = items(json);
    assert.equal(uuid.id, 'urn:uuid:123e4567-e89b-12d3-a456-426614174000');
    assert.equal(emoji.motivation, 'commenting');
    assert.deepEqual(emoji.creator, { type: 'Person', name: '王五' });
    assert.deepEqual(emoji.body, [
      { type: 'TextualBody', value: '表情之后\n第二行', format: 'text/plain', language: 'zh', purpose: 'commenting' },
      { type: 'TextualBody', value: '重点', format: 'text/plain', language: 'zh', purpose: 'tagging' },
      { type: 'SpecificResource', source: 'https://www.gov.cn/zhengce/', purpose: 'linking' },
    ]);
    assert.equal(uuid.motivation, 'linking');
    assert.deepEqual(uuid.body, [{ type: 'TextualBody', value: '《人民日报》2023年5月6日', format: 'text/plain', purpose: 'linking' }]);
    assert.equal(tagOnly.motivation, 'tagging');
    assert.equal(plain.motivation, 'highlighting');
    assert.equal(plain.body, undefined);
    assert.equal(plain.creator, undefined);
  });

  it('counts TextPositionSelector offsets in code points', () => {
    const doc = astralDoc();
    const json = toWebAnnotation(doc, { documentUri: URI });
    const chars = Array.from(doc.text);
    for (const a of items(json)) {
      const [quote, position] = a.target.selector as unknown as [{ exact: string }, { start: number; end: number }];
      assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
    }
    // 😀 is the 10th character of line 1 (第一行：𠀀字与表情😀): code point 9, UTF-16 offset 10.
    const emoji = items(json)[0].target.selector[1] as { start: number };
    assert.equal(emoji.start, 9);
    assert.equal(doc.annotations[0].start, 10);
  });

  it('round-trips: export then import gives back the same annotations', () => {
    const doc = astralDoc();
    const json = JSON.parse(JSON.stringify(toWebAnnotation(doc, { documentUri: URI })));
    const result = fromWebAnnotation(json, { text: doc.text });
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.annotations, doc.annotations.map((a) => a.annotation));
  });

  it('round-trips the fixture document with the sidecar selectors untouched', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    const doc: ExportDocument = {
      path: 'a.txt', text,
      annotations: [
        annotate(text, '加快建设北京国际科技创新中心', { id: 'a-h', occurrence: 2, note: '第三次出现', tag: '引用' }),
        annotate(text, '科技创新', { id: 'a-k', occurrence: 5, tag: '笔记', note: 'x' }),
      ],
    };
    const back = fromWebAnnotation(toWebAnnotation(doc, { documentUri: 'file:///a.txt' }), { text });
    assert.deepEqual(back.annotations, doc.annotations.map((a) => a.annotation));
  });

  it('exports an orphan with its stored quote only, and imports it as an orphan when the quote is gone', () => {
    const doc = astralDoc();
    doc.annotations.push(orphan('不再存在的句子', { id: 'a-gone', note: '旧笔记' }));
    const json = toWebAnnotation(doc, { documentUri: URI });
    const gone = items(json)[4];
    assert.deepEqual(gone.target.selector, [{ type: 'TextQuoteSelector', exact: '不再存在的句子', prefix: '旧的前文', suffix: '旧的后文' }]);
    const back = fromWebAnnotation(json, { text: doc.text });
    const imported = back.annotations.find((a) => a.id === 'a-gone')!;
    assert.equal(imported.orphan, true);
    assert.equal(imported.target.quote.exact, '不再存在的句子');
    assert.equal(imported.note, '旧笔记');
    assert.equal(back.warnings.length, 1);
  });

  it('exports findings as software-generated annotations, which import skips', () => {
    const doc = astralDoc();
    const text = doc.text;
    doc.findings = {
      quotations: [quotation(text, '“引语”', null, null)],
      numericClaims: [claim(text, '18.45 亿户', { value: 1845000000, unit: '户' })],
      terms: [term(text, '扩展B区', '中日韩统一表意文字扩展B区', '字符集')],
      headings: [],
    };
    const json = toWebAnnotation(doc, { documentUri: URI });
    assert.equal(json.total, 7);
    const found = items(json).slice(4);
    assert.deepEqual(found.map((f) => f.motivation), ['identifying', 'describing', 'identifying']);
    const number = found[1];
    assert.match(String(number.body![1] && (number.body![1] as { value: string }).value), /value: 1845000000\nunit: 户/);
    assert.equal(number.generator?.type, 'Software');
    // 18.45 starts line 3; code point offset: verify with Array.from.
    const pos = number.target.selector[1] as { start: number; end: number };
    assert.equal(Array.from(text).slice(pos.start, pos.end).join(''), '18.45 亿户');
    const back = fromWebAnnotation(json, { text });
    assert.equal(back.skippedFindings, 3);
    assert.equal(back.annotations.length, 4);
  });

  it('maps ids to IRIs and back', () => {
    for (const id of ['a-1', '123e4567-e89b-12d3-a456-426614174000', 'https://hypothes.is/a/abc', 'a b/斜线?#']) {
      assert.equal(iriToAnnotationId(annotationIdToIri(id)), id);
    }
    assert.equal(annotationIdToIri('a-1'), 'urn:policy-annotator:annotation:a-1');
  });
});

describe('import W3C Web Annotation from other tools', () => {
  const text = '第一段文字。\n第二段：数字达到18.45亿户。\n第三段文字。';

  it('accepts a single annotation, an array, a page and JSON text; @id/@type, bodyValue, string creator, HTML body', () => {
    const single = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      '@id': 'https://hypothes.is/a/XYZ',
      '@type': 'oa:Annotation',
      created: '2023-05-01T00:00:00Z',
      creator: 'acct:reader@hypothes.is',
      body: [
        { type: 'TextualBody', value: '<p>需要<b>核对</b></p><p>a &amp; b</p>', format: 'text/html' },
        { type: 'TextualBody', value: 'check', purpose: 'tagging' },
        { type: 'TextualBody', value: 'todo', purpose: 'tagging' },
      ],
      target: [{ source: 'https://x/doc', selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: '18.45亿户', prefix: '数字达到', suffix: '。' }] }],
    };
    const r1 = fromWebAnnotation(single, { text });
    assert.deepEqual(r1.errors, []);
    const a = r1.annotations[0];
    assert.equal(a.id, 'https://hypothes.is/a/XYZ');
    assert.equal(a.author, 'acct:reader@hypothes.is');
    assert.equal(a.tag, 'check');
    assert.equal(a.note, '需要核对\n\na & b');
    assert.deepEqual(a.codes, ['tag:check', 'tag:todo'], 'every tag is a coding (the first is also the tag)');
    assert.equal(a.modified, '2023-05-01T00:00:00Z');
    assert.deepEqual(a.target.position, { type: 'TextPositionSelector', start: text.indexOf('18.45亿户'), end: text.indexOf('18.45亿户') + 7 });

    const page = { type: 'AnnotationPage', items: [single, { type: 'Annotation', bodyValue: '一条笔记', target: { source: 'x', selector: { type: 'TextPositionSelector', start: 0, end: 5 } } }] };
    const r2 = fromWebAnnotation(JSON.stringify(page), { text, now: '2024-06-01T00:00:00.000Z' });
    assert.deepEqual(r2.errors, []);
    assert.equal(r2.annotations.length, 2);
    const second = r2.annotations[1];
    assert.equal(second.note, '一条笔记');
    assert.equal(second.target.quote.exact, '第一段文字');
    assert.equal(second.created, '2024-06-01T00:00:00.000Z');
    assert.match(second.id, /^a-import-[0-9a-f]{16}$/);
    // The generated id is stable, so a second import merges instead of duplicating.
    assert.equal(fromWebAnnotation(page, { text, now: '2024-06-01T00:00:00.000Z' }).annotations[1].id, second.id);

    assert.equal(fromWebAnnotation([single, single], { text }).annotations.length, 2);
  });

  it('reports one clear error per bad item and imports the rest', () => {
    const good = { type: 'Annotation', id: 'urn:policy-annotator:annotation:a-ok', body: { type: 'TextualBody', value: 'ok', purpose: 'commenting' },
      target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '第三段' } } };
    const r = fromWebAnnotation([
      good,
      42,
      { type: 'Annotation', id: 'no-target' },
      { type: 'Annotation', id: 'iri-target', target: 'https://x/doc' },
      { type: 'Person', id: 'not-an-annotation' },
    ], { text });
    assert.equal(r.annotations.length, 1);
    assert.equal(r.annotations[0].id, 'a-ok');
    assert.equal(r.errors.length, 4);
    assert.match(r.errors[0], /^item 2: not an object/);
    assert.match(r.errors[1], /^item 3 \(no-target\): no target/);
    assert.match(r.errors[2], /^item 4 \(iri-target\): the target has no TextQuoteSelector/);
    assert.match(r.errors[3], /^item 5 \(not-an-annotation\): type is Person/);
    assert.match(fromWebAnnotation('{oops', {}).errors[0], /^not JSON/);
  });

  it('finds the quote when the position is wrong, and needs the text for a position-only target', () => {
    const moved = { type: 'Annotation', id: 'm', created: '2024-01-01T00:00:00Z',
      target: { selector: [{ type: 'TextQuoteSelector', exact: '第三段', prefix: '', suffix: '文字' }, { type: 'TextPositionSelector', start: 0, end: 3 }] } };
    const r = fromWebAnnotation(moved, { text });
    assert.equal(r.annotations[0].target.position.start, text.indexOf('第三段'));
    assert.equal(r.warnings.length, 1);
    const positionOnly = { type: 'Annotation', id: 'p', target: { selector: { type: 'TextPositionSelector', start: 0, end: 3 } } };
    assert.match(fromWebAnnotation(positionOnly).errors[0], /needs the document text/);
  });
});

describe('mergeAnnotations', () => {
  const base = (id: string, modified: string, note: string): StoredAnnotation => ({
    id, created: '2024-01-01T00:00:00Z', modified, author: 'a', tag: null, note, link: null,
    target: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
  });

  it('adds new ids, takes the newer modified version, keeps the existing one otherwise', () => {
    const existing = [base('a', '2024-02-01T00:00:00Z', 'old a'), base('b', '2024-03-01T00:00:00Z', 'b mine'), base('c', '2024-01-01T00:00:00Z', 'c')];
    const imported = [
      base('a', '2024-02-02T00:00:00Z', 'new a'), // newer: replaces
      base('b', '2024-02-01T00:00:00Z', 'b theirs, older'), // older: ignored
      base('c', '2024-01-01T00:00:00Z', 'c'), // same
      base('d', '2024-01-01T00:00:00Z', 'd'), // new
    ];
    const r = mergeAnnotations(existing, imported);
    assert.deepEqual(r.merged.map((a) => `${a.id}:${a.note}`), ['a:new a', 'b:b mine', 'c:c', 'd:d']);
    assert.deepEqual(r.added, ['d']);
    assert.deepEqual(r.updated, ['a']);
    assert.deepEqual(r.unchanged.sort(), ['b', 'c']);
    assert.equal(existing[0].note, 'old a', 'the input is not mutated');
  });

  it('keeps the latest of several imported versions of one id', () => {
    const r = mergeAnnotations([], [base('x', '2024-01-02T00:00:00Z', 'v2'), base('x', '2024-01-01T00:00:00Z', 'v1'), base('x', '2024-01-03T00:00:00Z', 'v3')]);
    assert.deepEqual(r.merged.map((a) => a.note), ['v3']);
    assert.deepEqual(r.added, ['x']);
  });
});
