import * as assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { POLICY_INSTRUMENT_CODEBOOK } from '../../src/core/coding/templates';
import { binaryTable, buildTable, codingCoversUnit, cooccurrenceTable, crossTable, documentTable, frequencyTable, variableTable, type CodedDocument } from '../../src/core/coding/tables';
import { splitUnits } from '../../src/core/coding/units';
import { extractMeta } from '../../src/core/coding/meta';
import { tableToCsv, tableToMarkdown } from '../../src/core/coding/render';
import { tablesToXlsx } from '../../src/node/xlsx';

// A study of two small documents coded by hand; every expected figure below is counted by hand.
const A = '关于加强某工作的意见\n2023年1月5日\n一、主要措施\n（一）加大资金投入。中央财政安排专项资金。\n（二）加强人才培养。开展职业技能培训。\n（三）落实税收优惠。免征企业所得税。\n';
const B = '某市促进创新办法\n第一条　为了支持企业创新，制定本办法。\n第二条　政府采购创新产品，并给予贷款贴息。\n';

function doc(text: string, number: number, file: string, coded: [string, string[]][], coder = '甲'): CodedDocument {
  const units = splitUnits(text, { docNumber: number });
  const codings = coded.map(([phrase, codes]) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    return { start, end: start + phrase.length, codes, coder };
  });
  return { file, number, text, meta: extractMeta(text), units, codings };
}

const study = (): CodedDocument[] => [
  doc(A, 1, 'a.txt', [
    ['（一）加大资金投入。中央财政安排专项资金。', ['supply.funding', 'stage.implementation']],
    ['开展职业技能培训', ['supply.talent']],
    ['（二）加强人才培养。', ['stage.implementation']],
    ['（三）落实税收优惠。免征企业所得税。', ['environment.tax', 'stage.goal']],
  ]),
  doc(B, 2, 'b.txt', [['政府采购创新产品，并给予贷款贴息。', ['demand.procurement', 'environment.finance', 'stage.implementation']]]),
];

describe('coding tables (hand-counted study)', () => {
  it('units of the study', () => {
    assert.deepEqual(study()[0].units.map((u) => u.id), ['1-0-1', '1-0-2', '1-1-1', '1-1-2', '1-1-3']);
    assert.deepEqual(study()[1].units.map((u) => u.id), ['2-0-1', '2-1', '2-2']);
  });

  it('a coding covers a unit when it covers half of it or half of the coding lies in it', () => {
    assert.equal(codingCoversUnit({ start: 0, end: 10 }, { start: 0, end: 10 }), true);
    assert.equal(codingCoversUnit({ start: 2, end: 4 }, { start: 0, end: 10 }), true, 'a short selection inside a unit');
    assert.equal(codingCoversUnit({ start: 8, end: 30 }, { start: 0, end: 10 }), false, 'two characters spilling over');
    assert.equal(codingCoversUnit({ start: 0, end: 30 }, { start: 0, end: 10 }), true, 'a selection over several units');
    assert.equal(codingCoversUnit({ start: 10, end: 20 }, { start: 0, end: 10 }), false, 'touching is not covering');
  });

  it('frequency: counts, % within the dimension, % of the total', () => {
    const t = frequencyTable(POLICY_INSTRUMENT_CODEBOOK, study());
    const row = (id: string) => t.rows.find((r) => r[2] === id);
    // instrument codings: funding, talent, tax, procurement, finance = 5; stage: impl ×3, goal ×1 = 4; total 9.
    assert.deepEqual(row('supply')?.slice(3), [2, '40.00%', '22.22%']);
    assert.deepEqual(row('supply.funding')?.slice(3), [1, '20.00%', '11.11%']);
    assert.deepEqual(row('environment')?.slice(3), [2, '40.00%', '22.22%']);
    assert.deepEqual(row('demand')?.slice(3), [1, '20.00%', '11.11%']);
    assert.deepEqual(row('supply.technology')?.slice(3), [0, '0.00%', '0.00%']);
    assert.deepEqual(row('stage.implementation')?.slice(3), [3, '75.00%', '33.33%']);
    assert.deepEqual(row('stage.goal')?.slice(3), [1, '25.00%', '11.11%']);
  });

  it('cross table instrument × stage over co-coded units, with totals', () => {
    const t = crossTable(POLICY_INSTRUMENT_CODEBOOK, study(), 'instrument', '政策阶段');
    const cols = t.columns;
    const cell = (rowName: string, colName: string) => t.rows.find((r) => r[0] === rowName)?.[cols.indexOf(colName)];
    assert.equal(cell('供给型 › 资金投入', '组织实施'), 1);
    assert.equal(cell('供给型 › 人才培养', '组织实施'), 1, 'talent and implementation fall on the same unit by two codings');
    assert.equal(cell('环境型 › 税收优惠', '目标设定'), 1);
    assert.equal(cell('环境型 › 税收优惠', '组织实施'), 0);
    assert.equal(cell('需求型 › 政府采购', '组织实施'), 1);
    assert.equal(cell('环境型 › 金融支持', '组织实施'), 1);
    assert.equal(cell('合计', '组织实施'), 4);
    assert.equal(cell('合计', '目标设定'), 1);
    assert.equal(cell('合计', '合计'), 5);
    assert.throws(() => crossTable(POLICY_INSTRUMENT_CODEBOOK, study(), 'instrument', 'nope'), /no dimension "nope"/);
  });

  it('code × document, by variable, co-occurrence, binary matrix', () => {
    const d = documentTable(POLICY_INSTRUMENT_CODEBOOK, study());
    assert.deepEqual(d.rows.find((r) => r[0] === '政策阶段 › 组织实施')?.slice(1), [2, 1, 3]);
    const v = variableTable(POLICY_INSTRUMENT_CODEBOOK, study(), 'year');
    assert.deepEqual(v.columns, ['编码', '2023', '（未知）', '合计']);
    assert.deepEqual(v.rows.find((r) => r[0] === '政策阶段 › 组织实施')?.slice(1), [2, 1, 3]);
    const c = cooccurrenceTable(POLICY_INSTRUMENT_CODEBOOK, study());
    const ci = c.columns.indexOf('金融支持');
    assert.equal(c.rows.find((r) => r[0] === '政策工具 › 需求型 › 政府采购')?.[ci], 1);
    assert.equal(c.rows.find((r) => r[0] === '政策工具 › 环境型 › 金融支持')?.[ci], 1, 'diagonal');
    const b = binaryTable(POLICY_INSTRUMENT_CODEBOOK, study());
    assert.equal(b.rows.length, 8);
    const r22 = b.rows.find((r) => r[0] === '2-2')!;
    assert.equal(r22.slice(2).reduce((x, y) => Number(x) + Number(y), 0), 3);
    assert.equal(b.rows.find((r) => r[0] === '2-1')!.slice(2).every((x) => x === 0), true);
  });

  it('filter by coder', () => {
    const docs = study();
    docs[1] = { ...docs[1], codings: docs[1].codings.map((c) => ({ ...c, coder: '乙' })) };
    const t = buildTable(POLICY_INSTRUMENT_CODEBOOK, docs, { kind: 'frequency', coders: new Set(['乙']) });
    assert.equal(t.rows.find((r) => r[2] === 'demand')?.[3], 1);
    assert.equal(t.rows.find((r) => r[2] === 'supply')?.[3], 0);
  });

  it('CSV with BOM and a formula guard; Markdown escapes pipes', () => {
    const t = { name: 'x', title: 't', columns: ['a', 'b'], rows: [['=1+1', 'x|y'], ['say "hi", ok', 3]] };
    const csv = tableToCsv(t);
    assert.ok(csv.startsWith('\uFEFFa,b\r\n'));
    assert.ok(csv.includes("'=1+1"));
    assert.ok(csv.includes('"say ""hi"", ok",3'));
    assert.ok(tableToMarkdown(t).includes('x\\|y'));
  });

  it('XLSX written with exceljs reads back with the same cells', async () => {
    const t = frequencyTable(POLICY_INSTRUMENT_CODEBOOK, study());
    const buf = await tablesToXlsx([t]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), t.columns);
    const second = (ws.getRow(2).values as unknown[]).slice(1);
    assert.deepEqual(second, t.rows[0]);
  });
});
