/** The sidecar on disk: atomic writes, and the files it must never overwrite. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { locateSidecar, readSidecar, SidecarWriteRefused, writeSidecar, newSidecar } from '../../src/node/sidecarStore';
import { createAnnotation } from '../../src/core/annotations/create';
import { serializeSidecar } from '../../src/core/annotations/sidecar';
import type { SidecarFile } from '../../src/core/annotations/model';

const TEXT = '党的二十大报告提出：“统筹推进国际科技创新中心、区域科技创新中心建设”。';

function sample(doc: string): SidecarFile {
  const f = newSidecar(doc);
  f.annotations.push(createAnnotation(TEXT, 11, 19, { note: 'n', tag: '重点', author: 'a', id: 'a-1', now: new Date(0) }));
  return f;
}

describe('sidecar store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pa-store-'));
  });

  it('writes the deterministic text atomically and leaves no temporary file', () => {
    const doc = join(dir, 'doc.txt');
    const path = locateSidecar(doc, 'beside');
    assert.equal(path, doc + '.annotations.json');
    const text = writeSidecar(path, sample(doc), null);
    assert.equal(readFileSync(path, 'utf8'), text);
    assert.equal(text, serializeSidecar(sample(doc)));
    assert.deepEqual(readdirSync(dir).sort(), ['doc.txt.annotations.json']);
    const read = readSidecar(path);
    assert.equal(read.kind, 'ok');
  });

  it('uses the .annotations folder by setting, and finds an existing sidecar in either place', () => {
    const doc = join(dir, 'doc.txt');
    const inFolder = locateSidecar(doc, 'folder');
    assert.equal(inFolder, join(dir, '.annotations', 'doc.txt.annotations.json'));
    writeSidecar(inFolder, sample(doc), null);
    assert.equal(locateSidecar(doc, 'beside'), inFolder, 'the existing file wins over the configured place');
  });

  for (const [name, content, reason] of [
    ['does not parse', '{ "version": 1, "annotations": [', 'syntax'],
    ['has a newer version', JSON.stringify({ version: 99, document: 'doc.txt', annotations: [], future: true }), 'newer-version'],
    ['breaks the schema', JSON.stringify({ version: 1, document: 'doc.txt', annotations: [{ id: 'x' }] }), 'schema'],
  ] as const) {
    it(`never overwrites a sidecar that ${name}`, () => {
      const doc = join(dir, 'doc.txt');
      const path = doc + '.annotations.json';
      writeFileSync(path, content);
      const read = readSidecar(path);
      assert.equal(read.kind, 'broken');
      assert.equal(read.kind === 'broken' && read.reason, reason);
      assert.throws(() => writeSidecar(path, sample(doc)), SidecarWriteRefused);
      assert.equal(readFileSync(path, 'utf8'), content, 'left as it was');
    });
  }

  it('refuses to overwrite a sidecar someone else changed since it was read', () => {
    const doc = join(dir, 'doc.txt');
    const path = doc + '.annotations.json';
    const first = writeSidecar(path, sample(doc), null);
    const theirs = sample(doc);
    theirs.annotations[0] = { ...theirs.annotations[0], note: 'their change' };
    writeSidecar(path, theirs, first);
    const mine = sample(doc);
    mine.annotations[0] = { ...mine.annotations[0], note: 'my change' };
    assert.throws(() => writeSidecar(path, mine, first), /changed on disk/);
    assert.match(readFileSync(path, 'utf8'), /their change/);
  });

  it('creates the folder for a new sidecar and reports a missing one as none', () => {
    const doc = join(dir, 'sub', 'doc.txt');
    mkdirSync(join(dir, 'sub'));
    assert.equal(readSidecar(doc + '.annotations.json').kind, 'none');
    const path = locateSidecar(doc, 'folder');
    writeSidecar(path, sample(doc), null);
    assert.ok(existsSync(path));
  });
});
