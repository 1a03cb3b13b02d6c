import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createAnnotation } from '../../src/core/annotations/create';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { SidecarFile } from '../../src/core/annotations/model';
import { fixturePath } from './helpers';

const text = '（一）加大资金投入。中央财政安排专项资金。\n';
const a = (tag: string | null, id = 'a-1') => createAnnotation(text, 3, 9, { id, author: '甲', tag, note: '多行\n笔记', link: null, now: new Date('2024-01-01T00:00:00Z') });

describe('sidecar version 2 (codes and document variables)', () => {
  it('reading version 1 gives every annotation the code of its tag; nothing else changes', () => {
    const v1 = serializeSidecar({ version: 1, document: 'd.txt', annotations: [a('重点'), a('自定义', 'a-2'), a(null, 'a-3')] });
    const r = parseSidecar(v1);
    assert.ok(r.ok);
    assert.deepEqual(r.file.annotations.map((x) => x.codes), [['tag.important'], ['tag:自定义'], []]);
    assert.deepEqual(r.file.annotations.map((x) => [x.tag, x.note]), [['重点', '多行\n笔记'], ['自定义', '多行\n笔记'], [null, '多行\n笔记']]);
    assert.equal(serializeSidecar(r.file), v1, 'tags only: written back as the same version-1 text');
  });

  it('the real version-1 sidecars of the fixtures migrate without loss', () => {
    const dir = fixturePath('annotations');
    let migrated = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.annotations.json'))) {
      const t = readFileSync(`${dir}/${name}`, 'utf8');
      const r = parseSidecar(t, name);
      if (!r.ok || r.file.version !== 1) continue;
      migrated++;
      for (const x of r.file.annotations) assert.deepEqual(x.codes, x.tag ? [x.tag === '重点' ? 'tag.important' : x.tag === '存疑' ? 'tag.doubt' : x.tag === '待核实' ? 'tag.verify' : x.tag === '引用' ? 'tag.quote' : x.tag === '笔记' ? 'tag.note' : `tag:${x.tag}`] : []);
      assert.equal(serializeSidecar(r.file), serializeSidecar(JSON.parse(t.replace(/^\uFEFF/, ''))));
    }
    assert.ok(migrated >= 1, 'at least one real version-1 file');
  });

  it('codes of a codebook or variables make the file version 2, which reads back the same', () => {
    const coded = { ...a(null), codes: ['supply.funding', 'stage.goal'] };
    const file: SidecarFile = { version: 1, document: 'd.txt', variables: { issuer: '国务院', date: '2019-01-24' }, annotations: [coded] };
    const text2 = serializeSidecar(file);
    assert.match(text2, /"version": 2/);
    assert.match(text2, /"codes": \[\n\s+"supply\.funding",\n\s+"stage\.goal"\n\s+\]/);
    const r = parseSidecar(text2);
    assert.ok(r.ok, !r.ok ? r.message : '');
    assert.deepEqual(r.file.annotations[0].codes, ['supply.funding', 'stage.goal']);
    assert.deepEqual(r.file.variables, { date: '2019-01-24', issuer: '国务院' });
    assert.equal(serializeSidecar(r.file), text2);
  });

  it('a tag whose codes were changed is version 2 too', () => {
    assert.match(serializeSidecar({ version: 1, document: 'd.txt', annotations: [{ ...a('重点'), codes: ['tag.important', 'tag.verify'] }] }), /"version": 2/);
  });

  it('version-2 fields in a version-1 file, unknown variables and empty codes are refused', () => {
    const bad = serializeSidecar({ version: 1, document: 'd.txt', annotations: [{ ...a(null), codes: ['x'] }] }).replace('"version": 2', '"version": 1');
    const r = parseSidecar(bad);
    assert.ok(!r.ok);
    assert.match(r.message, /need "version": 2/);
    const unknown = parseSidecar('{"version":2,"document":"d","variables":{"colour":"x"},"annotations":[]}');
    assert.ok(!unknown.ok);
    const empty = parseSidecar(JSON.stringify({ version: 2, document: 'd', annotations: [{ ...a(null), codes: [''] }] }));
    assert.ok(!empty.ok);
  });
});
