/**
 * TermMatcherCache as the analysis worker uses it: a document's whole glossary (files, errors,
 * matcher, entries) resolved once, and resolved again from disk after `clear()` (a glossary changed).
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectTerms } from '../../src/core/glossary/terms';
import { TermMatcherCache } from '../../src/node/termMatchers';

const entry = (term: string, explanation: string) => ({ term, category: '经济与改革', explanation, source: { text: '测试，2024年', year: 2024 } });

describe('TermMatcherCache (the worker resolves a document glossary)', () => {
  let root: string;
  let doc: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'pa-matchers-'));
    mkdirSync(join(root, 'sub'));
    doc = join(root, 'sub', 'doc.txt');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('returns the files, their errors, a matcher and the merged entries of a document', () => {
    writeFileSync(join(root, 'policy-glossary.json'), JSON.stringify({ version: 1, entries: [entry('试点新词', '外层解释，用来确认合并。'), { term: '坏条目', explanation: '缺少类别和出处。' }] }));
    const extra = join(root, 'extra.json');
    writeFileSync(extra, JSON.stringify({ version: 1, entries: [entry('新发展格局', '配置的词表覆盖内置条目。')] }));
    const errors: string[] = [];
    const cache = new TermMatcherCache((e) => errors.push(e.message));
    const g = cache.resolveDocument(doc, root, [extra]);
    assert.deepEqual(g.files, [join(root, 'policy-glossary.json'), extra]);
    assert.equal(g.errors.length, errors.length);
    assert.ok(g.errors.length >= 1 && g.errors.every((e) => e.file === join(root, 'policy-glossary.json')), JSON.stringify(g.errors));
    assert.equal(g.lookup.get('试点新词')?.explanation, '外层解释，用来确认合并。');
    assert.match(g.lookup.get('新发展格局')!.explanation, /^配置的词表/);
    assert.ok(g.lookup.get('三城一区'), 'the built-in entries too');
    assert.deepEqual(detectTerms('推进试点新词', g.matcher).map((t) => t.term), ['试点新词']);
    assert.equal(cache.resolveDocument(doc, root, [extra]), g, 'resolved once');
  });

  it('a missing configured file is an error, not an exception', () => {
    const g = new TermMatcherCache().resolveDocument(doc, root, [join(root, 'nope.json')]);
    assert.equal(g.errors.length, 1);
    assert.match(g.errors[0].message, /not found/);
  });

  it('sees a new or changed glossary file only after clear()', () => {
    const cache = new TermMatcherCache();
    assert.deepEqual(cache.resolveDocument(doc, root).files, []);
    writeFileSync(join(root, 'sub', 'policy-glossary.json'), JSON.stringify({ version: 1, entries: [entry('试点新词', '第一版的解释文字，够十个字。')] }));
    assert.deepEqual(cache.resolveDocument(doc, root).files, [], 'the folder walk is cached');
    cache.clear();
    assert.equal(cache.resolveDocument(doc, root).lookup.get('试点新词')?.explanation, '第一版的解释文字，够十个字。');
    writeFileSync(join(root, 'sub', 'policy-glossary.json'), JSON.stringify({ version: 1, entries: [entry('试点新词', '第二版的解释文字，够十个字。')] }));
    assert.equal(cache.resolveDocument(doc, root).lookup.get('试点新词')?.explanation, '第一版的解释文字，够十个字。', 'the files are cached');
    cache.clear();
    assert.equal(cache.resolveDocument(doc, root).lookup.get('试点新词')?.explanation, '第二版的解释文字，够十个字。');
  });
});
