import * as assert from 'node:assert/strict';
import { addCode, codableCodes, formatCodebook, indexCodebook, mergeCodes, moveCode, parseCodebookText, remapCodeIds, renameCode, type Codebook } from '../../src/core/coding/codebook';
import { CODEBOOK_TEMPLATES, POLICY_INSTRUMENT_CODEBOOK, READING_CODEBOOK, READING_TAG_IDS } from '../../src/core/coding/templates';

const small = (): Codebook => ({
  version: 1,
  name: 't',
  codes: [
    { id: 'tool', name: '政策工具', children: [{ id: 'supply', name: '供给型', children: [{ id: 's1', name: '人才培养' }, { id: 's2', name: '资金投入' }] }, { id: 'env', name: '环境型', children: [{ id: 'e1', name: '税收优惠' }] }] },
    { id: 'stage', name: '政策阶段', children: [{ id: 'g', name: '目标设定' }] },
  ],
});

describe('codebook', () => {
  it('the templates validate, ids are unique, and the instrument codebook has the three types with their sub-tools', () => {
    for (const [name, cb] of Object.entries(CODEBOOK_TEMPLATES)) {
      const parsed = parseCodebookText(formatCodebook(cb), `${name}.json`);
      assert.deepEqual(parsed.errors, [], name);
    }
    const idx = indexCodebook(POLICY_INSTRUMENT_CODEBOOK);
    assert.deepEqual(POLICY_INSTRUMENT_CODEBOOK.codes[0].children?.map((c) => c.name), ['供给型', '环境型', '需求型']);
    for (const name of ['人才培养', '资金投入', '技术支持', '基础设施建设', '公共服务', '目标规划', '金融支持', '税收优惠', '法规管制', '策略性措施', '政府采购', '服务外包', '贸易管制', '海外交流']) {
      const hit = [...idx.values()].find((c) => c.code.name === name);
      assert.ok(hit, name);
      assert.ok(hit.codable && (hit.code.definition ?? '').length >= 8 && (hit.code.rule ?? '').length >= 8, `${name} has a definition and a rule`);
    }
    assert.equal(idx.get('instrument')?.codable, false, 'a dimension is not codable');
    assert.equal(idx.get('supply')?.codable, true, 'a type is codable (coders may code at the type level)');
  });

  it('the reading codebook holds the five tags of version-1 files', () => {
    assert.deepEqual(Object.keys(READING_TAG_IDS), ['重点', '存疑', '待核实', '引用', '笔记']);
    assert.equal(codableCodes(READING_CODEBOOK).length, 5);
  });

  it('errors name the file, line and field', () => {
    const text = '{\n  "version": 1,\n  "name": "x",\n  "codes": [\n    { "id": "a", "name": "A", "colour": "#fff" }\n  ]\n}\n';
    const r = parseCodebookText(text, 'policy-codebook.json');
    assert.equal(r.codebook, null);
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].line, 5);
    assert.match(r.errors[0].message, /policy-codebook\.json:5:\d+: codes\.0: unknown field "colour"/);
    const syntax = parseCodebookText('{\n  "version": 1,\n  "name": "x",\n  "codes": [,]\n}', 'c.json');
    assert.equal(syntax.errors[0].line, 4);
    const dup = parseCodebookText(JSON.stringify({ version: 1, name: 'x', codes: [{ id: 'a', name: 'A', children: [{ id: 'a', name: 'B' }] }] }, null, 2), 'd.json');
    assert.match(dup.errors[0].message, /id "a" is used twice/);
    assert.match(parseCodebookText('{"version":2,"name":"x","codes":[]}', 'v.json').errors[0].message, /version/);
  });

  it('add, rename, move and merge return new codebooks and never mutate the input', () => {
    const cb = small();
    const frozen = JSON.stringify(cb);
    const added = addCode(cb, 'supply', { id: 's3', name: '技术支持' });
    assert.deepEqual(indexCodebook(added).get('s3')?.path, ['政策工具', '供给型', '技术支持']);
    const renamed = renameCode(added, 's1', '人才');
    assert.equal(indexCodebook(renamed).get('s1')?.code.name, '人才');
    const moved = moveCode(renamed, 's2', 'env');
    assert.deepEqual(indexCodebook(moved).get('s2')?.path, ['政策工具', '环境型', '资金投入']);
    assert.throws(() => moveCode(moved, 'tool', 's1'), /under itself/);
    assert.throws(() => addCode(moved, null, { id: 's1', name: 'x' }), /exists/);
    const { codebook: merged, remap } = mergeCodes(moved, 's2', 'e1');
    assert.equal(indexCodebook(merged).has('s2'), false);
    assert.deepEqual(remapCodeIds(['s2', 'e1', 'g'], remap), ['e1', 'g']);
    assert.equal(JSON.stringify(cb), frozen);
  });

  it('merging a code with children keeps the children under the kept code', () => {
    const { codebook } = mergeCodes(small(), 'supply', 'env');
    assert.deepEqual(indexCodebook(codebook).get('s1')?.path, ['政策工具', '环境型', '人才培养']);
  });
});
