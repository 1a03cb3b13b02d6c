import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms, mergeGlossaries } from '../../src/core/glossary/terms';
import { findUserGlossaryFiles, loadGlossaryFiles } from '../../src/node/glossaryFiles';
import { fixturePath } from './helpers';

describe('user glossary files (node)', () => {
  const tree = fixturePath('glossary/tree');
  const doc = join(tree, 'a', 'b', 'doc.txt');

  it('finds policy-glossary.json in the document folder and its parents up to the root, farthest first', () => {
    assert.deepEqual(findUserGlossaryFiles(doc, tree), [join(tree, 'policy-glossary.json'), join(tree, 'a', 'policy-glossary.json')]);
    // The root bounds the search.
    assert.deepEqual(findUserGlossaryFiles(doc, join(tree, 'a')), [join(tree, 'a', 'policy-glossary.json')]);
    // A document outside the root: only its own folder.
    assert.deepEqual(findUserGlossaryFiles(join(tree, 'a', 'x.txt'), join(tree, 'a', 'b')), [join(tree, 'a', 'policy-glossary.json')]);
  });

  it('the nearer glossary overrides the farther one, which overrides the built-in', () => {
    const loaded = loadGlossaryFiles(findUserGlossaryFiles(doc, tree));
    assert.deepEqual(loaded.errors, []);
    const builtin = [
      { term: '三城一区', category: '区域与城乡' as const, explanation: '内置的解释文字：三城一区。', source: { text: '内置', year: 2017 } },
    ];
    const merged = mergeGlossaries(builtin, ...loaded.entries);
    assert.match(merged.find((e) => e.term === '三城一区')?.explanation ?? '', /^内层词表/);
    assert.match(merged.find((e) => e.term === '两区')?.explanation ?? '', /^外层词表/);
    const terms = detectTerms('北京“三城一区”和“两区”建设，北京三城一区', new TermMatcher(merged));
    assert.deepEqual(terms.map((t) => [t.text, t.term, t.explained]), [
      ['三城一区', '三城一区', true],
      ['“两区”建设', '两区', true], // a quoted term with its generic head is one span (spans.ts)
      ['北京三城一区', '三城一区', true],
    ]);
  });

  it('missing, unreadable and invalid files become errors naming them; never throws; valid entries still load', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    try {
      const missing = join(dir, 'nope.json');
      const binary = join(dir, 'binary.json');
      writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
      const paths = [missing, dir, binary, fixturePath('glossary/wrong-type.json'), fixturePath('glossary/broken-syntax.json')];
      const r = loadGlossaryFiles(paths);
      assert.equal(r.entries.length, paths.length);
      assert.deepEqual(r.entries.map((e) => e.length), [0, 0, 0, 1, 0]);
      assert.match(r.errors[0].message, /nope\.json: glossary file not found/);
      assert.equal(r.errors[0].file, missing);
      assert.match(r.errors[1].message, /not a regular file/);
      assert.match(r.errors[2].message, /binary\.json: the glossary file is not valid UTF-8/);
      assert.ok(r.errors.some((e) => e.file.endsWith('wrong-type.json') && e.line === 8 && e.field === '/entries/0/source/year'));
      assert.ok(r.errors.some((e) => e.file.endsWith('broken-syntax.json') && e.line === 7 && /invalid JSON/.test(e.message)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
