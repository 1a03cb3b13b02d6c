import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_GLOSSARY_FILES, builtinGlossary } from '../../src/core/glossary/data';
import { foldString } from '../../src/core/glossary/fold';
import { parseGlossaryText, validateEntry } from '../../src/core/glossary/validate';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { repoRoot } from './helpers';

describe('built-in glossary data', () => {
  it('the entry validator rejects a bad entry (so the checks below can fail)', () => {
    assert.notDeepEqual(validateEntry({ term: 'x', category: '无此类别', explanation: '短', source: { text: '', year: 1800 } }), []);
    assert.deepEqual(validateEntry({ term: '双一流', category: '科技与教育', explanation: '世界一流大学和一流学科建设。', source: { text: '国务院', year: 2015 } }), []);
  });

  for (const name of Object.keys(BUILTIN_GLOSSARY_FILES)) {
    it(`${name}: parses with no error and every entry validates against the schema`, () => {
      const text = readFileSync(join(repoRoot(), 'src', 'core', 'glossary', 'data', name), 'utf8');
      const parsed = parseGlossaryText(text, name);
      assert.deepEqual(parsed.errors.map((e) => e.message), []);
      for (const entry of BUILTIN_GLOSSARY_FILES[name].entries) {
        const errors = validateEntry(entry);
        assert.deepEqual(errors, [], `${name}: “${entry.term}”: ${JSON.stringify(errors)}`);
        assert.ok(entry.explanation.trim().length >= 10, `${entry.term}: explanation`);
        assert.ok(entry.source.text.trim().length >= 2, `${entry.term}: source`);
      }
    });
  }

  it('no term or variant appears twice across the data files (also two entries with one term in two files)', () => {
    const owner = new Map<string, { entry: GlossaryEntry; file: string }>();
    const clashes: string[] = [];
    for (const file of Object.keys(BUILTIN_GLOSSARY_FILES)) {
      for (const e of BUILTIN_GLOSSARY_FILES[file].entries) {
        for (const s of [e.term, ...(e.variants ?? [])]) {
          const key = foldString(s);
          const prev = owner.get(key);
          if (prev !== undefined && prev.entry !== e) clashes.push(`${s}: “${prev.entry.term}” (${prev.file}) and “${e.term}” (${file})`);
          else if (prev !== undefined) clashes.push(`${s}: repeated in “${e.term}”`);
          owner.set(key, { entry: e, file });
        }
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('related names are not the entry itself; unresolved related names are counted (reported, not failed)', () => {
    const known = new Set(builtinGlossary().flatMap((e) => [e.term, ...(e.variants ?? [])]));
    const selfRefs = builtinGlossary().filter((e) => (e.related ?? []).includes(e.term)).map((e) => e.term);
    assert.deepEqual(selfRefs, []);
    const unresolved = builtinGlossary().flatMap((e) => (e.related ?? []).filter((r) => !known.has(r)));
    if (unresolved.length > 0) console.log(`      note: ${unresolved.length} related names do not name an entry, e.g. ${unresolved.slice(0, 8).join('、')}`);
  });
});
