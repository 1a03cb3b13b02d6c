/**
 * One file per coder (`coding.filePerCoder`): the names of the coders' own sidecars, finding them
 * beside a document, and reading all of a document's sidecars together for tables, agreement and
 * export — through the command line, as a team that keeps a file per coder would.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { createAnnotation } from '../../src/core/annotations/create';
import { coderOfSidecarName, coderSidecarPathFor, coderSlug, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { StoredAnnotation } from '../../src/core/annotations/model';
import { coderSidecarPaths, readAllSidecars } from '../../src/node/sidecarStore';
import { fixturePath } from './helpers';

describe('one sidecar per coder', () => {
  describe('coderSlug: a coder name as a file-name part', () => {
    const rows: [string, string][] = [
      ['Li Wei', 'li-wei'],
      ['王芳', '王芳'],
      ['  Zhang  San ', 'zhang-san'],
      ['A/B\\C:D', 'a-b-c-d'],
      ['coder #2', 'coder-2'],
      ['Ｌｉ', 'ｌｉ'],
      ['consensus', 'consensus'],
      ['李 伟 (PI)', '李-伟-pi'],
    ];
    for (const [name, slug] of rows) it(`${JSON.stringify(name)} → ${slug}`, () => assert.equal(coderSlug(name), slug));
    it('a name of punctuation only gets a stable name of its code points; two such names differ', () => {
      assert.equal(coderSlug('---'), 'x2d2d2d');
      assert.notEqual(coderSlug('...'), coderSlug('---'));
      assert.equal(coderSlug('---'), coderSlug('---'));
    });
    it('at most 40 characters, never ending in a hyphen', () => {
      const s = coderSlug('a'.repeat(39) + ' b');
      assert.ok(s.length <= 40 && !s.endsWith('-'), s);
    });
    it('composed and decomposed forms of a name share one file', () => assert.equal(coderSlug('Jose\u0301'), coderSlug('José')));
  });

  describe('coderSidecarPathFor / coderOfSidecarName', () => {
    it('beside and in the .annotations folder, POSIX and Windows', () => {
      assert.equal(coderSidecarPathFor('/d/report.txt', 'beside', 'Li Wei'), '/d/report.txt.coder-li-wei.annotations.json');
      assert.equal(coderSidecarPathFor('/d/report.txt', 'folder', '王芳'), '/d/.annotations/report.txt.coder-王芳.annotations.json');
      assert.equal(coderSidecarPathFor('C:\\d\\a.md', 'beside', 'x'), 'C:\\d\\a.md.coder-x.annotations.json');
    });
    const names: [string, string, string | null][] = [
      ['report.txt.coder-li-wei.annotations.json', 'report.txt', 'li-wei'],
      ['report.txt.coder-王芳.annotations.json', 'report.txt', '王芳'],
      ['report.txt.annotations.json', 'report.txt', null],
      ['report.txt2.coder-x.annotations.json', 'report.txt', null],
      ['other.txt.coder-x.annotations.json', 'report.txt', null],
      ['report.txt.coder-.annotations.json', 'report.txt', null],
      ['report.txt.coder-a b.annotations.json', 'report.txt', null],
      ['report.txt.coder-x.json', 'report.txt', null],
    ];
    for (const [file, doc, coder] of names) it(`${file} of ${doc} → ${coder}`, () => assert.equal(coderOfSidecarName(file, doc), coder));
  });

  describe('reading every sidecar of a document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-coders-'));
    const doc = join(dir, 'a.txt');
    copyFileSync(fixturePath('extra/state-council-2018-employment-stabilisation-opinions.txt'), doc);
    const text = readFileSync(doc, 'utf8');
    const tag = (phrase: string, t: string, author: string): StoredAnnotation => {
      const start = text.indexOf(phrase);
      assert.ok(start >= 0, phrase);
      return createAnnotation(text, start, start + phrase.length, { author, tag: t, note: '', link: null });
    };
    const write = (path: string, annotations: StoredAnnotation[], variables?: Record<string, string | null>) =>
      writeFileSync(path, serializeSidecar({ version: 1, document: 'a.txt', annotations, ...(variables ? { variables } : {}) } as never));
    const shared = tag('（一）加大稳岗支持力度。', '重点', '甲');
    const a1 = tag('（二）发挥政府性融资担保机构作用支持小微企业。', '重点', '甲');
    const b1 = tag('（一）加大稳岗支持力度。', '重点', '乙');
    const b2 = tag('（三）加大创业担保贷款贴息及奖补政策支持力度。', '存疑', '乙');

    it('no sidecar at all: none', () => assert.equal(readAllSidecars(doc, 'beside').kind, 'none'));

    it('only coders\' files (no shared one): their annotations together', () => {
      write(coderSidecarPathFor(doc, 'beside', '乙'), [b1, b2]);
      const r = readAllSidecars(doc, 'beside');
      assert.equal(r.kind, 'ok');
      if (r.kind === 'ok') assert.deepEqual(r.file.annotations.map((a) => a.id).sort(), [b1.id, b2.id].sort());
    });

    it('the shared file and every coder\'s, each id once, the variables of the shared file', () => {
      write(`${doc}.annotations.json`, [shared], { issuer: '国务院' });
      write(coderSidecarPathFor(doc, 'beside', '甲'), [a1, shared]);
      assert.deepEqual(coderSidecarPaths(doc, 'beside').map((p) => p.slice(dir.length + 1)), ['a.txt.coder-乙.annotations.json', 'a.txt.coder-甲.annotations.json']);
      const r = readAllSidecars(doc, 'beside');
      assert.equal(r.kind, 'ok');
      if (r.kind !== 'ok') return;
      assert.equal(r.file.annotations.length, 4);
      assert.equal(new Set(r.file.annotations.map((a) => a.id)).size, 4);
      assert.deepEqual(r.file.variables, { issuer: '国务院' });
      assert.equal(r.path, `${doc}.annotations.json`);
    });

    it('the command line agreement sees both coders in their own files', async () => {
      writeFileSync(join(dir, 'policy-codebook.json'), '{"version":1,"name":"r","codes":[{"id":"tag","name":"标签","codable":false,"children":[{"id":"tag.important","name":"重点"},{"id":"tag.doubt","name":"存疑"}]}]}');
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIO = { out: (s) => out.push(s), err: (s) => err.push(s) };
      const code = await main(['agreement', doc, '--format', 'json'], io);
      assert.equal(code, 0, err.join('\n'));
      assert.match(out.join('\n'), /乙/);
      assert.match(out.join('\n'), /甲/);
    });

    it('a coder\'s file that is broken makes the whole document unreadable, naming that file', () => {
      const bad = coderSidecarPathFor(doc, 'beside', 'broken');
      writeFileSync(bad, '{ not json');
      const r = readAllSidecars(doc, 'beside');
      assert.equal(r.kind, 'broken');
      if (r.kind === 'broken') assert.match(r.message, /coder-broken\.annotations\.json/);
    });

    it('in the .annotations folder too', () => {
      const d2 = mkdtempSync(join(tmpdir(), 'pa-coders-folder-'));
      const doc2 = join(d2, 'a.txt');
      copyFileSync(doc, doc2);
      mkdirSync(join(d2, '.annotations'));
      write(coderSidecarPathFor(doc2, 'folder', '乙'), [b1]);
      const r = readAllSidecars(doc2, 'folder');
      assert.equal(r.kind, 'ok');
      if (r.kind === 'ok') assert.deepEqual(r.file.annotations.map((a) => a.id), [b1.id]);
    });
  });
});
