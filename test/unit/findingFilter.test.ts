import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { filterAnalysis, formatFindingFilter, parseFindingFilter } from '../../src/core/findingFilter';
import { TermMatcherCache } from '../../src/node/termMatchers';

const TEXT =
  '一、经济发展\n2023年国内生产总值增长5.2%，城镇新增就业1244万人。习近平总书记指出：“高质量发展是首要任务。”\n' +
  '二、生态环境\n2020年单位国内生产总值二氧化碳排放下降18%，推进碳达峰碳中和。李强说：“要坚持稳中求进。”居民消费价格上涨约0.2%。\n';

/* filter line → the texts (quotations, claims, terms) that stay, in document order per kind */
const CASES: [string, string[]][] = [
  ['习近平', ['“高质量发展是首要任务。”']], // speaker
  ['稳中求进', ['“要坚持稳中求进。”', '稳中求进']], // a quotation and the term it contains
  ['kind:claim', ['5.2%', '1244万人', '18%', '约0.2%']],
  ['kind:数字 万人', ['1244万人']],
  ['year:2023', ['5.2%', '1244万人']], // only claims have years
  ['year:2020-2022', ['18%']],
  ['year:2025', []],
  ['年份：2020', ['18%']], // Chinese field name, full-width colon
  ['category:生态', ['单位国内生产总值二氧化碳排放', '碳达峰碳中和']], // both 生态文明 entries of the built-in glossary
  ['类别:经济 kind:term', ['国内生产总值', '稳中求进']],
  ['kind:quotation kind:term 发展', ['“高质量发展是首要任务。”', '高质量发展是首要任务']], // the quoted sentence is the 20th-congress formula (phrases-2)
  ['居民消费价格', ['约0.2%']], // subject
  ['kind:nonsense', []], // an unknown kind is a word no finding contains
  ['碳达峰　国内生产总值', []], // ideographic space separates words, both must match one finding
  ['QUOTATION', []], // words match the text, not kind names
];

describe('findings filter', () => {
  const matcher = new TermMatcherCache().resolve([]).matcher;
  const analysis = analyze(TEXT, { matcher });
  const texts = (line: string) => {
    const a = filterAnalysis(analysis, parseFindingFilter(line));
    return [...a.quotations, ...a.numericClaims, ...a.terms].map((f) => f.text);
  };
  it('the sample has what the rules below filter', () => {
    assert.deepEqual(texts(''), ['“高质量发展是首要任务。”', '“要坚持稳中求进。”', '5.2%', '1244万人', '18%', '约0.2%', '国内生产总值', '城镇新增就业', '高质量发展是首要任务', '单位国内生产总值二氧化碳排放', '碳达峰碳中和', '稳中求进']);
  });
  for (const [line, expected] of CASES) {
    it(`${JSON.stringify(line)} keeps ${JSON.stringify(expected)}`, () => assert.deepEqual(texts(line), expected));
  }
  it('an empty or blank line is no filter; headings are never filtered', () => {
    assert.equal(parseFindingFilter(''), null);
    assert.equal(parseFindingFilter('  \u3000 '), null);
    assert.equal(filterAnalysis(analysis, parseFindingFilter('year:1999')).headings.length, analysis.headings.length);
  });
  it('writes the filter back in a canonical order', () => {
    assert.equal(formatFindingFilter(parseFindingFilter('碳 year:2021-2020 kind:数字')!), 'kind:claim year:2020-2021 碳');
    assert.equal(formatFindingFilter(parseFindingFilter('year:2020 category:生态')!), 'year:2020 category:生态');
  });
});
