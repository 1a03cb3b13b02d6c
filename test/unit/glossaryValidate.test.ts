import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_DEFINITIONS, GLOSSARY_CATEGORIES } from '../../src/core/glossary/types';
import { parseGlossaryText } from '../../src/core/glossary/validate';
import { fixturePath } from './helpers';

function parseFixture(name: string) {
  return parseGlossaryText(readFileSync(fixturePath(`glossary/${name}`), 'utf8'), name);
}

describe('glossary validation (parseGlossaryText)', () => {
  it('loads a valid file without errors', () => {
    const r = parseFixture('valid.json');
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.file?.entries.map((e) => e.term), ['新发展格局', '一带一路', '三城一区']);
    assert.equal(r.file?.$schema, '../../../schemas/glossary.schema.json');
  });

  it('invalid JSON: no file, error with the line of the problem', () => {
    const r = parseFixture('broken-syntax.json');
    assert.equal(r.file, null);
    assert.equal(r.errors.length, 1);
    // The comma is missing after line 6; the parser notices at the next field, line 7.
    assert.equal(r.errors[0].line, 7);
    assert.match(r.errors[0].message, /^broken-syntax\.json:7:\d+: invalid JSON: expected ','/);
  });

  it('wrong field type and unknown field: entry skipped with line + field, the valid entry still loads', () => {
    const r = parseFixture('wrong-type.json');
    assert.deepEqual(r.file?.entries.map((e) => e.term), ['卡脖子']);
    const year = r.errors.find((e) => e.field === '/entries/0/source/year');
    assert.ok(year, JSON.stringify(r.errors));
    assert.equal(year.line, 8);
    assert.match(year.message, /^wrong-type\.json:8:\d+: entry 0 \(“双一流”\), field source\.year: must be an integer/);
    const unknown = r.errors.find((e) => e.field === '/entries/1/note');
    assert.ok(unknown);
    assert.equal(unknown.line, 15);
    assert.match(unknown.message, /wrong-type\.json:15:\d+: .*“揭榜挂帅”.*field note: unknown field "note"/);
  });

  it('missing required field: names the field and the entry, points at the entry', () => {
    const r = parseFixture('missing-field.json');
    assert.deepEqual(r.file?.entries.map((e) => e.term), ['高质量发展']);
    assert.equal(r.errors.length, 1);
    const e = r.errors[0];
    assert.equal(e.field, '/entries/1/explanation');
    assert.equal(e.line, 10); // the opening brace of the entry
    assert.match(e.message, /^missing-field\.json:10:\d+: entry 1 \(“中国式现代化”\), field explanation: missing required field "explanation"/);
  });

  it('unknown version: the file is refused, the message names the version line', () => {
    const r = parseFixture('bad-version.json');
    assert.equal(r.file, null);
    assert.equal(r.errors[0].field, '/version');
    assert.equal(r.errors[0].line, 2);
    assert.match(r.errors[0].message, /^bad-version\.json:2:\d+: field version: unsupported format version 2/);
  });

  it('duplicate term / variant: the later entry is skipped and both entries are named', () => {
    const r = parseFixture('duplicate.json');
    assert.deepEqual(r.file?.entries.map((e) => e.term), ['新发展理念', '新发展阶段']);
    assert.equal(r.errors.length, 2);
    assert.equal(r.errors[0].field, '/entries/1/term');
    assert.equal(r.errors[0].line, 12);
    assert.match(r.errors[0].message, /^duplicate\.json:12:\d+: entry 1 \(“新发展理念”\), field term: .*already the term of entry 0 \(“新发展理念”\)/);
    assert.equal(r.errors[1].field, '/entries/2/term');
    assert.equal(r.errors[1].line, 18);
    assert.match(r.errors[1].message, /“五大发展理念”.*already the variant of entry 0 \(“新发展理念”\)/);
  });

  it('duplicates are found after character folding (互联网+ = 互联网＋)', () => {
    const entry = (term: string) => ({ term, category: '数字与网络', explanation: '一个用于测试的解释文字。', source: { text: '测试', year: 2015 } });
    const r = parseGlossaryText(JSON.stringify({ version: 1, entries: [entry('互联网+'), entry('互联网＋')] }), 'fold.json');
    assert.equal(r.file?.entries.length, 1);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].field, '/entries/1/term');
  });

  it('a variant equal to its own term is dropped, the entry kept', () => {
    const text = JSON.stringify({ version: 1, entries: [{ term: '双一流', variants: ['双一流', '“双一流”建设'], category: '科技与教育', explanation: '世界一流大学和一流学科建设。', source: { text: '国务院', year: 2015 } }] }, null, 2);
    const r = parseGlossaryText(text, 'self.json');
    assert.deepEqual(r.file?.entries[0].variants, ['“双一流”建设']);
    assert.equal(r.errors[0].field, '/entries/0/variants/0');
  });

  it('never throws on odd input', () => {
    for (const t of ['', '   ', '[]', '"x"', 'null', '{', '{"version":1}', '{"version":1,"entries":{}}', '{"version":1,"entries":[1,null,[]]}', '\ufeff{"version":1,"entries":[]}']) {
      const r = parseGlossaryText(t, 'odd.json');
      assert.ok(Array.isArray(r.errors));
      for (const e of r.errors) assert.ok(e.message.startsWith('odd.json:'), e.message);
    }
    assert.deepEqual(parseGlossaryText('\ufeff{"version":1,"entries":[]}', 'bom.json').errors, []);
    assert.equal(parseGlossaryText('{"version":1,"entries":[1,null]}', 'x.json').file?.entries.length, 0);
    assert.equal(parseGlossaryText('{"version":1}', 'x.json').file, null);
  });
});

describe('glossary categories', () => {
  it('the schema describes every category with its one-line definition', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'glossary.schema.json'), 'utf8'));
    const category = schema.definitions.entry.properties.category;
    assert.deepEqual(category.enum, [...GLOSSARY_CATEGORIES]);
    for (const c of GLOSSARY_CATEGORIES) assert.ok(category.description.includes(`${c}：${CATEGORY_DEFINITIONS[c]}`), c);
  });
});
