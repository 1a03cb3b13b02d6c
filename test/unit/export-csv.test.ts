import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, guardFormula, toCsv } from '../../src/core/export/csv';
import type { ExportDocument } from '../../src/core/export/types';
import { annotate, claim, orphan, quotation, term } from './export-helpers';
import { readFixture } from './helpers';

/** A small RFC 4180 parser (quoted fields, doubled quotes, CRLF records), independent of the exporter. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"') {
      assert.equal(field, '', 'a quote may only open a field');
      quoted = true; i++; continue;
    }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r') {
      assert.equal(input[i + 1], '\n', 'records end with CRLF');
      row.push(field); rows.push(row); row = []; field = ''; i += 2; continue;
    }
    assert.notEqual(c, '\n', 'a bare LF outside quotes');
    field += c; i++;
  }
  assert.equal(quoted, false, 'unterminated quoted field');
  assert.equal(field, '', 'the last record must end with CRLF');
  assert.equal(row.length, 0);
  return rows;
}

const HEADER = ['file', 'line', 'column', 'kind', 'tag', 'text', 'note', 'link', 'value', 'unit', 'qualifier', 'year', 'subject', 'speaker'];

function fixtureDoc(withFindings: boolean): ExportDocument {
  const text = readFixture('000_b29511bdb28f9b3d.txt');
  return {
    path: 'corpus/000_b29511bdb28f9b3d.txt',
    text,
    annotations: [
      annotate(text, '统筹推进国际科技创新中心', { id: 'a-1', tag: '重点', note: '第一行,带逗号\n第二行 "引号"', link: 'https://www.gov.cn/a?x=1,2' }),
      annotate(text, '研发经费投入强度保持在6%以上', { id: 'a-2', tag: '待核实', note: '=HYPERLINK("http://evil")' }),
      annotate(text, '人才密度达到62%', { id: 'a-3', tag: null, note: '-负号开头', link: '@mention' }),
      orphan('已经删掉的一句话', { id: 'a-4', note: '+1' }),
    ],
    findings: withFindings
      ? {
        quotations: [quotation(text, '“要加快建设北京国际科技创新中心和高水平人才高地，着力打造我国自主创新的重要源头和原始创新的主要策源地。”', '习近平', '指出')],
        numericClaims: [
          claim(text, '781.3万人', { value: 7813000, unit: '人', year: 2020, subject: '人才资源总量' }),
          claim(text, '24.7个百分点', { value: 24.7, unit: '个百分点', qualifier: '+' }),
          claim(text, '800余名', { value: -800, unit: '名', qualifier: '+', subject: '两院院士' }),
        ],
        terms: [term(text, '新发展格局', '新发展格局', '发展理念')],
        headings: [],
      }
      : undefined,
  };
}

describe('export CSV', () => {
  it('starts with a BOM and the exact header, and ends every record with CRLF', () => {
    const csv = toCsv([fixtureDoc(false)]);
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.ok(csv.startsWith('\uFEFFfile,line,column,kind,tag,text,note,link,value,unit,qualifier,year,subject,speaker\r\n'));
    assert.deepEqual([...CSV_COLUMNS], HEADER);
    assert.ok(csv.endsWith('\r\n'));
  });

  it('round-trips commas, quotes and line breaks through an RFC 4180 parser', () => {
    const doc = fixtureDoc(false);
    const rows = parseCsv(toCsv([doc]).slice(1));
    assert.deepEqual(rows[0], HEADER);
    assert.equal(rows.length, 1 + 4);
    for (const r of rows) assert.equal(r.length, HEADER.length);
    const first = Object.fromEntries(HEADER.map((h, i) => [h, rows[1][i]]));
    assert.deepEqual(first, {
      file: 'corpus/000_b29511bdb28f9b3d.txt',
      // 党的二十大报告提出：“统筹… is line 13; 统 is its 12th character (read from the fixture).
      line: '13', column: '12', kind: 'annotation', tag: '重点',
      text: '统筹推进国际科技创新中心',
      note: '第一行,带逗号\n第二行 "引号"',
      link: 'https://www.gov.cn/a?x=1,2',
      value: '', unit: '', qualifier: '', year: '', subject: '', speaker: '',
    });
  });

  it('guards free-text fields against formula injection but leaves generated numbers alone', () => {
    const rows = parseCsv(toCsv([fixtureDoc(true)]).slice(1));
    const byText = (t: string) => rows.find((r) => r[5] === t || r[5] === `'${t}`)!;
    assert.equal(byText('研发经费投入强度保持在6%以上')[6], `'=HYPERLINK("http://evil")`);
    const a3 = byText('人才密度达到62%');
    assert.equal(a3[6], "'-负号开头");
    assert.equal(a3[7], "'@mention");
    assert.equal(a3[4], '', 'untagged: empty tag');
    // A negative value and the qualifier "+" are ours, not user text: no apostrophe.
    const negative = byText('800余名');
    assert.equal(negative[8], '-800');
    assert.equal(negative[10], '+');
    assert.equal(guardFormula('\tx'), "'\tx");
    assert.equal(guardFormula('正常'), '正常');
  });

  it('marks an orphan by empty line and column and gives its stored quote', () => {
    const rows = parseCsv(toCsv([fixtureDoc(false)]).slice(1));
    const last = rows[rows.length - 1];
    assert.deepEqual(last.slice(0, 8), ['corpus/000_b29511bdb28f9b3d.txt', '', '', 'annotation', '存疑', '已经删掉的一句话', "'+1", '']);
  });

  it('includes findings with their kinds and fields only when present, in reading order', () => {
    assert.equal(parseCsv(toCsv([fixtureDoc(false)]).slice(1)).filter((r) => r[3] !== 'annotation').length, 1, 'only the header');
    const rows = parseCsv(toCsv([fixtureDoc(true)]).slice(1)).slice(1);
    assert.deepEqual(rows.map((r) => r[3]).sort(), ['annotation', 'annotation', 'annotation', 'annotation', 'numeric-claim', 'numeric-claim', 'numeric-claim', 'quotation', 'term'].sort());
    const q = rows.find((r) => r[3] === 'quotation')!;
    assert.equal(q[13], '习近平');
    assert.equal(q[1], '13');
    const people = rows.find((r) => r[5] === '781.3万人')!;
    assert.deepEqual(people.slice(8), ['7813000', '人', '', '2020', '人才资源总量', '']);
    const t = rows.find((r) => r[3] === 'term')!;
    assert.equal(t[12], '新发展格局');
    // Placed rows are sorted by line, the orphan comes last.
    const lines = rows.filter((r) => r[1] !== '').map((r) => Number(r[1]));
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
    assert.equal(rows[rows.length - 1][1], '');
  });

  it('writes a range as lower–upper and never uses exponent notation', () => {
    const text = '期限为3至5年，规模1e21元。';
    const doc: ExportDocument = {
      path: 'x.txt', text, annotations: [],
      findings: {
        quotations: [], terms: [], headings: [],
        numericClaims: [claim(text, '3至5年', { value: 3, upper: 5, qualifier: 'range', unit: '年' }), claim(text, '1e21元', { value: 1e21, unit: '元' })],
      },
    };
    const rows = parseCsv(toCsv([doc]).slice(1));
    assert.equal(rows[1][8], '3–5');
    assert.equal(rows[1][10], 'range');
    assert.equal(rows[2][8], '1000000000000000000000');
  });

  it('combines several documents in one table', () => {
    const text = readFixture('export/astral.txt');
    const other: ExportDocument = { path: 'b/astral.txt', text, annotations: [annotate(text, '三个扩展B区汉字', { id: 'b-1' })] };
    const rows = parseCsv(toCsv([fixtureDoc(false), other]).slice(1));
    assert.equal(rows.length, 1 + 4 + 1);
    // Line 4 of astral.txt is 𠀁𠀂𠀃 三个…: 三 is the 5th code point.
    assert.deepEqual(rows[5].slice(0, 6), ['b/astral.txt', '4', '5', 'annotation', '重点', '三个扩展B区汉字']);
  });

  it('quotes exactly the fields that need it', () => {
    assert.equal(csvField('plain 文本'), 'plain 文本');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('line\r\nbreak'), '"line\r\nbreak"');
  });
});
