import assert from 'node:assert/strict';
import { readFixture } from './helpers';
import { parseNumeral, parsePercent, parseFractionWords, toHalfWidth } from '../../src/core/numerals';

/** Parse a TSV fixture (first line: header) into records; fields may be CSV-style quoted. */
function readTsv(name: string): Record<string, string>[] {
  const lines = readFixture(name).split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t').map((c) => (c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
}

/** Equal up to the last bits of a double (expected values come from decimal strings). */
function assertNumber(actual: number | null, expected: number, label: string): void {
  assert.notEqual(actual, null, `${label}: got null, expected ${expected}`);
  const a = actual as number;
  const tolerance = Math.abs(expected) * 1e-12;
  assert.ok(Math.abs(a - expected) <= tolerance, `${label}: got ${a}, expected ${expected}`);
}

/** Money notation (元/圆 with 角/分/整/正) belongs to cheque writing, not to policy texts. */
const MONEY = /[元圆角分整正]/;

describe('numerals: cn2an table (Ailln/cn2an, MIT)', () => {
  const rows = readTsv('numerals/cn2an-cases.tsv');
  // Out of scope, by predicate:
  //  - money rows (壹拾壹元整, 壹拾壹元壹角): cheque notation, see MONEY;
  //  - error rows 一一 and 壹壹: cn2an's strict mode rejects them but its normal mode reads 11, and
  //    parseNumeral is a single lenient reader that follows normal mode (digit strings like 二〇二二).
  const NORMAL_MODE_ACCEPTS = new Set(['一一', '壹壹']);
  const valueRows = rows.filter((r) => r.kind === 'value' && !MONEY.test(r.input));
  const errorRows = rows.filter((r) => r.kind === 'ValueError' && !NORMAL_MODE_ACCEPTS.has(r.input));
  const excluded = rows.length - valueRows.length - errorRows.length;

  it(`reads every in-scope value row (${valueRows.length} rows; strict, normal, smart and direct modes)`, () => {
    for (const r of valueRows) assertNumber(parseNumeral(r.input), Number(r.expected), `${r.mode} ${r.input}`);
  });

  it(`rejects every in-scope error row (${errorRows.length} rows)`, () => {
    for (const r of errorRows) assert.equal(parseNumeral(r.input), null, `${r.input} should be rejected`);
  });

  it('excludes only the documented rows', () => {
    // 11 money rows in strict/normal mode + 一一 and 壹壹 in the error list.
    assert.equal(excluded, 11 + 2, `excluded ${excluded}`);
    assert.equal(valueRows.length, 128);
    assert.equal(errorRows.length, 17);
  });
});

describe('numerals: nzh table (cnwhy/nzh, BSD-2-Clause)', () => {
  const rows = readTsv('numerals/nzh-cases.tsv');
  // In scope: decoding the simplified-Chinese side of toCN (encode+decode) rows.
  // Out of scope: toMoney / custom.testMoney (人民币…元整 cheque notation) and custom.testCL
  // (a custom 兆 = 10^12, 京 = 10^16 character set that policy texts do not use).
  const inScope = rows.filter((r) => r.group.startsWith('toCN'));

  it(`decodes every toCN row (${inScope.length} rows)`, () => {
    assert.ok(inScope.length >= 55);
    for (const r of inScope) assertNumber(parseNumeral(r.chinese), Number(r.arabic), `${r.suite} ${r.chinese}`);
  });
});

describe('numerals: parseNumeral on policy-text forms', () => {
  const cases: [string, number][] = [
    ['43.5万', 435000],
    ['1,206', 1206],
    ['1 206', 1206],
    ['1.37万亿', 1370000000000],
    ['十一点六', 11.6],
    ['两千', 2000],
    ['九十', 90],
    ['十亿四千万', 1040000000],
    ['二〇二二', 2022],
    ['零', 0],
    ['负一', -1],
    ['１２３', 123],
    ['１．５万', 15000],
    ['18.45\n亿', 1845000000],
    ['500亿', 50000000000],
    ['两', 2],
    ['三点五万', 35000],
    ['壹佰贰拾', 120],
    ['五萬', 50000],
    ['三億', 300000000],
    ['一万万', 100000000],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => assertNumber(parseNumeral(input), expected, input));
  }

  const rejected = ['', '百', '万人', '十四五x', '三心二意', '1,2', '1,2345', '点', '.5.', 'abc', '一点', '第一'];
  for (const input of rejected) {
    it(`${JSON.stringify(input)} -> null`, () => assert.equal(parseNumeral(input), null));
  }
});

describe('numerals: percentages and fractions', () => {
  it('reads 百分之 forms and percent signs', () => {
    assert.equal(parsePercent('百分之十八点五'), 18.5);
    assert.equal(parsePercent('百分之负三点八'), -3.8);
    assert.equal(parsePercent('6%'), 6);
    assert.equal(parsePercent('６％'), 6);
    assert.equal(parsePercent('5.5 %'), 5.5);
    assert.equal(parsePercent('百分之'), null);
    assert.equal(parsePercent('6'), null);
  });

  it('reads 分之 fractions and 一半', () => {
    assert.equal(parseFractionWords('二分之一'), 0.5);
    assertNumber(parseFractionWords('三分之二'), 2 / 3, '三分之二');
    assert.equal(parseFractionWords('一半'), 0.5);
    assert.equal(parseFractionWords('零分之一'), null);
    assert.equal(parseFractionWords('分之一'), null);
  });

  it('maps full-width characters', () => {
    assert.equal(toHalfWidth('１２．５％'), '12.5%');
  });
});
