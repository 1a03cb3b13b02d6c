import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, utimesSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation } from '../../src/core/annotations/create';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import { CodingIndex } from '../../src/node/codingIndex';

const central = '国务院关于某事的通知\n国发〔2019〕1号\n一、要求\n（一）加大资金投入。安排专项资金。\n国务院\n2019年1月2日\n';
const local = '上海市人民政府关于某事的通知\n沪府发〔2020〕2号\n一、要求\n（一）加大资金投入。落实配套资金。\n上海市人民政府\n2020年3月4日\n';

function write(dir: string, name: string, text: string, tags: [string, string][]): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  const annotations = tags.map(([phrase, tag], i) => {
    const s = text.indexOf(phrase);
    return createAnnotation(text, s, s + phrase.length, { id: `${name}-${i}`, author: '甲', tag, note: '', link: null });
  });
  writeFileSync(`${path}.annotations.json`, serializeSidecar({ version: 1, document: name, annotations }));
  return path;
}

describe('workspace coding index', () => {
  it('retrieves segments of a code across documents, filters by variables, updates one file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-index-'));
    const a = write(dir, 'a.txt', central, [['安排专项资金', '重点']]);
    const b = write(dir, 'b.txt', local, [['落实配套资金', '重点'], ['加大资金投入', '存疑']]);
    const index = new CodingIndex();
    let events = 0;
    index.onDidChange(() => events++);
    assert.equal(await index.build([a, b]), 2);
    assert.deepEqual(index.segments('tag.important').map((s) => s.text), ['安排专项资金', '落实配套资金']);
    assert.deepEqual(index.segments('tag.important', { variables: { level: 'central' } }).map((s) => s.file), [a]);
    assert.deepEqual(index.segments('tag.important', { variables: { year: '2020' } }).map((s) => s.file), [b]);
    assert.equal(index.counts().get('tag.doubt'), 1);
    assert.equal(await index.build([a, b]), 0, 'nothing changed: nothing read again');
    write(dir, 'b.txt', local, [['落实配套资金', '重点']]);
    const later = new Date(Date.now() + 5000);
    utimesSync(`${b}.annotations.json`, later, later);
    assert.equal(await index.build([a, b]), 1, 'only the changed document is read again');
    assert.equal(index.counts().get('tag.doubt'), undefined);
    unlinkSync(a);
    await index.update(a);
    assert.equal(index.size, 1);
    assert.ok(events >= 3);
  });

  it('a broken sidecar lists the document without codings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-index-'));
    const a = join(dir, 'a.txt');
    writeFileSync(a, central);
    writeFileSync(`${a}.annotations.json`, '{ not json');
    const index = new CodingIndex();
    await index.build([a]);
    assert.equal(index.size, 1);
    assert.equal(index.counts().size, 0);
  });
});
