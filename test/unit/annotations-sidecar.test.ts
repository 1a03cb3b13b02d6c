import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { createAnnotation, newAnnotationId, targetFor, updateAnnotation } from '../../src/core/annotations/create';
import { SIDECAR_VERSION, type SidecarFile, type StoredAnnotation } from '../../src/core/annotations/model';
import {
  emptySidecar,
  isSidecarPath,
  parseSidecar,
  serializeSidecar,
  sidecarPathFor,
  SIDECAR_SCHEMA_ID,
} from '../../src/core/annotations/sidecar';
import schema from '../../schemas/annotations.schema.json';
import { readFixture } from './helpers';

function sidecarFixture(name: string): string {
  return readFixture(`annotations/${name}`);
}

function annotation(id: string, start: number, end: number, extra: Partial<StoredAnnotation> = {}): StoredAnnotation {
  return {
    id,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    author: 'me',
    tag: null,
    note: '',
    link: null,
    target: {
      quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
    },
    ...extra,
  };
}

describe('annotations schema', () => {
  it('is a valid draft-07 schema that ajv v8 compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true });
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, SIDECAR_SCHEMA_ID);
    const validate = ajv.compile(schema);
    assert.equal(validate(JSON.parse(sidecarFixture('valid.annotations.json'))), true);
    assert.equal(validate({ version: 1, document: 'a.txt' }), false);
  });
});

describe('parseSidecar', () => {
  it('reads a valid sidecar, orphan flag, null tag/link and multi-line note included', () => {
    const r = parseSidecar(sidecarFixture('valid.annotations.json'), 'valid.annotations.json');
    assert.ok(r.ok);
    assert.equal(r.file.version, 1);
    assert.equal(r.file.document, 'government-work-report-2023.txt');
    assert.equal(r.file.annotations.length, 2);
    const [first, second] = r.file.annotations;
    assert.equal(first.tag, '重点');
    assert.equal(first.target.quote.exact, '本届政府任期即将结束');
    assert.equal(second.orphan, true);
    assert.equal(second.tag, null);
    assert.equal(second.note, '第一行\n第二行');
  });

  it('the valid fixture matches the government work report it quotes', () => {
    const text = readFixture('government-work-report-2023.txt');
    const r = parseSidecar(sidecarFixture('valid.annotations.json'));
    assert.ok(r.ok);
    const { quote, position } = r.file.annotations[0].target;
    assert.equal(text.slice(position.start, position.end), quote.exact);
    assert.deepEqual(targetFor(text, position.start, position.end).quote, quote);
  });

  it('reports a syntax error with file name, line and column', () => {
    const r = parseSidecar(sidecarFixture('syntax-error.annotations.json'), 'a.txt.annotations.json');
    assert.equal(r.ok, false);
    assert.ok(!r.ok);
    assert.equal(r.reason, 'syntax');
    // The trailing comma is followed by `}` on line 5, column 20.
    assert.match(r.message, /^a\.txt\.annotations\.json: line 5, column 20: /);
  });

  it('reports a syntax error on the first line of a truncated file', () => {
    const r = parseSidecar('{"version": 1, "document": "a.txt", "annotations": [', 'x.json');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'syntax');
    assert.match(r.message, /x\.json: line 1, column \d+/);
  });

  it('reports unresolved git merge conflict markers as a syntax error with their line', () => {
    const r = parseSidecar(sidecarFixture('conflict.annotations.json'), 'c.json');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'syntax');
    assert.match(r.message, /c\.json: line 4, column 1: .*conflict/);
  });

  it('reports an empty file and a non-object as errors, never throws', () => {
    const empty = parseSidecar('', 'e.json');
    assert.ok(!empty.ok);
    assert.equal(empty.reason, 'syntax');
    const arr = parseSidecar('[]', 'arr.json');
    assert.ok(!arr.ok);
    assert.equal(arr.reason, 'schema');
  });

  it('reports a schema error naming the field', () => {
    const r = parseSidecar(sidecarFixture('schema-error.annotations.json'), 's.json');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'schema');
    assert.match(r.message, /^s\.json: /);
    assert.match(r.message, /\/annotations\/0\/target\/quote\/exact/);
  });

  it('names a missing field and an unknown field', () => {
    const missing = parseSidecar('{"version": 1, "annotations": []}', 'm.json');
    assert.ok(!missing.ok);
    assert.equal(missing.reason, 'schema');
    assert.match(missing.message, /\/document is missing/);
    const unknown = parseSidecar('{"version": 1, "document": "a", "annotations": [], "colour": "red"}', 'u.json');
    assert.ok(!unknown.ok);
    assert.match(unknown.message, /unknown field "colour"/);
  });

  it('rejects a start after the end and a duplicated id', () => {
    const file: SidecarFile = { version: 1, document: 'a.txt', annotations: [annotation('a-1', 5, 9), annotation('a-1', 10, 12)] };
    const dup = parseSidecar(serializeSidecar(file), 'd.json');
    assert.ok(!dup.ok);
    assert.equal(dup.reason, 'schema');
    assert.match(dup.message, /"a-1" is used twice/);
    const reversed = annotation('a-2', 5, 9);
    reversed.target.position = { type: 'TextPositionSelector', start: 9, end: 5 };
    const bad = parseSidecar(serializeSidecar({ version: 1, document: 'a.txt', annotations: [reversed] }));
    assert.ok(!bad.ok);
    assert.match(bad.message, /start 9 is after end 5/);
  });

  it('reports a newer version as newer-version (even though it has unknown fields)', () => {
    const r = parseSidecar(sidecarFixture('newer-version.annotations.json'), 'n.json');
    assert.ok(!r.ok);
    assert.equal(r.reason, 'newer-version');
    assert.match(r.message, /n\.json: version 3/);
    assert.ok(SIDECAR_VERSION < 3);
  });

  it('rejects version 0 or a string version as a schema error', () => {
    for (const v of ['0', '"1"']) {
      const r = parseSidecar(`{"version": ${v}, "document": "a", "annotations": []}`);
      assert.ok(!r.ok);
      assert.equal(r.reason, 'schema');
      assert.match(r.message, /\/version/);
    }
  });

  it('accepts a UTF-8 byte order mark and CRLF line ends', () => {
    const text = '\ufeff' + sidecarFixture('valid.annotations.json').replace(/\n/g, '\r\n');
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.equal(r.file.annotations.length, 2);
  });
});

describe('serializeSidecar', () => {
  it('writes the hand-written canonical fixture back byte for byte', () => {
    const text = sidecarFixture('valid.annotations.json');
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.equal(serializeSidecar(r.file), text);
  });

  it('uses the fixed key order whatever the input order', () => {
    const a = annotation('a-1', 3, 5, { orphan: true, tag: '存疑' });
    const scrambled = {
      target: { position: { end: 5, start: 3, type: 'TextPositionSelector' }, quote: { suffix: 's', exact: 'xx', prefix: 'p', type: 'TextQuoteSelector' } },
      orphan: true,
      link: null,
      note: '',
      tag: '存疑',
      author: 'me',
      modified: a.modified,
      created: a.created,
      id: 'a-1',
    } as unknown as StoredAnnotation;
    const out = serializeSidecar({ annotations: [scrambled], document: 'd.txt', version: 1, $schema: 'S' } as SidecarFile);
    const keys = [...out.matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]);
    assert.deepEqual(keys, [
      '$schema', 'version', 'document', 'annotations',
      'id', 'created', 'modified', 'author', 'tag', 'note', 'link', 'orphan',
      'target', 'quote', 'type', 'exact', 'prefix', 'suffix', 'position', 'type', 'start', 'end',
    ]);
  });

  it('sorts annotations by start, then end, then id', () => {
    const file: SidecarFile = {
      version: 1,
      document: 'd.txt',
      annotations: [annotation('a-c', 10, 20), annotation('a-b', 10, 15), annotation('a-z', 2, 4), annotation('a-a', 10, 15)],
    };
    const r = parseSidecar(serializeSidecar(file));
    assert.ok(r.ok);
    assert.deepEqual(r.file.annotations.map((a) => a.id), ['a-z', 'a-a', 'a-b', 'a-c']);
  });

  it('is LF only, 2-space indented, ends with one newline, omits orphan when false', () => {
    const out = serializeSidecar({
      version: 1,
      document: 'd.txt',
      annotations: [annotation('a-1', 0, 2, { note: 'line1\r\nline2', orphan: false })],
    });
    assert.ok(!out.includes('\r'));
    assert.ok(out.endsWith('}\n') && !out.endsWith('\n\n'));
    assert.ok(out.includes('\n  "version": 1,\n'));
    assert.ok(!out.includes('orphan'));
    assert.ok(out.includes('"note": "line1\\r\\nline2"'));
  });

  it('round-trips: serialize(parse(serialize(x))) === serialize(x), CJK and astral characters kept', () => {
    const text = '前言𠀀𠀁测试文本，“重点”内容。\n第二段';
    const a = createAnnotation(text, 2, 6, { note: '注：𠀀', tag: '引用', link: 'https://example.org/?q=政策', author: '王五', now: new Date(0), id: 'a-x' });
    const file: SidecarFile = { ...emptySidecar('t.txt'), annotations: [a, annotation('a-0', 0, 1)] };
    const once = serializeSidecar(file);
    const r = parseSidecar(once);
    assert.ok(r.ok);
    assert.equal(serializeSidecar(r.file), once);
    assert.ok(once.includes('"exact": "𠀀𠀁"'));
    assert.ok(once.includes('"author": "王五"'));
  });

  it('emptySidecar is version 1 with no annotations; $schema only when asked', () => {
    assert.deepEqual(emptySidecar('a.txt'), { version: 1, document: 'a.txt', annotations: [] });
    const withSchema = serializeSidecar(emptySidecar('a.txt', SIDECAR_SCHEMA_ID));
    assert.ok(withSchema.startsWith(`{\n  "$schema": "${SIDECAR_SCHEMA_ID}",\n  "version": 1,`));
    const r = parseSidecar(withSchema);
    assert.ok(r.ok);
  });
});

describe('sidecarPathFor', () => {
  it('puts the sidecar beside the document', () => {
    assert.equal(sidecarPathFor('/home/u/报告/gwr-2023.txt', 'beside'), '/home/u/报告/gwr-2023.txt.annotations.json');
    assert.equal(sidecarPathFor('notes.md', 'beside'), 'notes.md.annotations.json');
  });

  it('or in an .annotations folder beside it', () => {
    assert.equal(sidecarPathFor('/home/u/doc.txt', 'folder'), '/home/u/.annotations/doc.txt.annotations.json');
    assert.equal(sidecarPathFor('C:\\Users\\u\\doc.txt', 'folder'), 'C:\\Users\\u\\.annotations\\doc.txt.annotations.json');
    assert.equal(sidecarPathFor('doc.txt', 'folder'), '.annotations/doc.txt.annotations.json');
  });

  it('recognises sidecar paths and refuses a directory path', () => {
    assert.ok(isSidecarPath('/a/b.txt.annotations.json'));
    assert.ok(!isSidecarPath('/a/b.txt'));
    assert.throws(() => sidecarPathFor('/a/b/', 'beside'));
  });
});

describe('createAnnotation / updateAnnotation / newAnnotationId', () => {
  const text = '各位代表：\n\n本届政府任期即将结束。现在，我代表国务院，向大会报告工作。';

  it('builds both selectors, timestamps and defaults', () => {
    const start = text.indexOf('本届');
    const a = createAnnotation(text, start, start + 10, { note: 'n', author: '张三', now: new Date('2024-03-05T09:30:00Z'), id: 'a-1' });
    assert.equal(a.target.quote.exact, '本届政府任期即将结束');
    assert.equal(a.target.quote.prefix, '各位代表：\n\n');
    assert.equal(a.target.quote.suffix, '。现在，我代表国务院，向大会报告工作。');
    assert.deepEqual(a.target.position, { type: 'TextPositionSelector', start, end: start + 10 });
    assert.equal(a.created, '2024-03-05T09:30:00.000Z');
    assert.equal(a.modified, a.created);
    assert.equal(a.tag, null);
    assert.equal(a.link, null);
    assert.equal(a.orphan, undefined);
  });

  it('clips prefix and suffix to 32 code units', () => {
    const long = '甲'.repeat(50) + '目标' + '乙'.repeat(50);
    const a = createAnnotation(long, 50, 52, { note: '', author: 'x' });
    assert.equal(a.target.quote.prefix, '甲'.repeat(32));
    assert.equal(a.target.quote.suffix, '乙'.repeat(32));
  });

  it('does not cut a surrogate pair at the edge of the context', () => {
    // '𠀀' is two UTF-16 code units; at offset 31 before the quote the 32-unit cut would split it.
    const before = '𠀀' + '字'.repeat(31); // 33 units
    const after = '字'.repeat(31) + '𠀀'; // 33 units
    const t = before + '引文' + after;
    const a = createAnnotation(t, before.length, before.length + 2, { note: '', author: 'x' });
    assert.equal(a.target.quote.prefix, '字'.repeat(31));
    assert.equal(a.target.quote.suffix, '字'.repeat(31));
    // With one unit less the whole pair fits.
    const t2 = '𠀀' + '字'.repeat(30) + '引文';
    const b = createAnnotation(t2, t2.length - 2, t2.length, { note: '', author: 'x' });
    assert.equal(b.target.quote.prefix.length, 32);
    assert.equal(b.target.quote.suffix, '');
  });

  it('widens a selection that splits a surrogate pair and quotes astral characters whole', () => {
    const t = '甲𠀀乙';
    const a = createAnnotation(t, 2, 4, { note: '', author: 'x' }); // starts inside the pair
    assert.equal(a.target.quote.exact, '𠀀乙');
    assert.equal(a.target.position.start, 1);
  });

  it('rejects empty and out-of-range selections', () => {
    assert.throws(() => createAnnotation(text, 3, 3, { note: '', author: 'x' }), RangeError);
    assert.throws(() => createAnnotation(text, -1, 3, { note: '', author: 'x' }), RangeError);
    assert.throws(() => createAnnotation(text, 0, text.length + 1, { note: '', author: 'x' }), RangeError);
  });

  it('updateAnnotation changes only what is given and bumps modified', () => {
    const a = createAnnotation(text, 0, 4, { note: 'old', tag: '重点', author: 'x', now: new Date('2024-01-01T00:00:00Z') });
    const b = updateAnnotation(a, { note: 'new', link: 'https://x' }, new Date('2024-02-01T00:00:00Z'));
    assert.equal(b.note, 'new');
    assert.equal(b.link, 'https://x');
    assert.equal(b.tag, '重点');
    assert.equal(b.created, '2024-01-01T00:00:00.000Z');
    assert.equal(b.modified, '2024-02-01T00:00:00.000Z');
    assert.equal(a.note, 'old', 'the original is not mutated');
    const c = updateAnnotation(b, { tag: null });
    assert.equal(c.tag, null);
  });

  it('newAnnotationId gives distinct a- + 12 base-36 ids', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const id = newAnnotationId();
      assert.match(id, /^a-[0-9a-z]{12}$/);
      ids.add(id);
    }
    assert.equal(ids.size, 500);
  });
});
