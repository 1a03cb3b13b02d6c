import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractMeta, levelOf, META_FIELDS, parseChineseDate } from '../../src/core/coding/meta';
import { fixturePath, readFixture } from './helpers';

interface Gold {
  documents: Record<string, Record<string, string | null>>;
}

describe('document variables', () => {
  it('dates in Arabic and Chinese numerals', () => {
    const table: [string, string | null][] = [
      ['2018年12月29日', '2018-12-29'],
      ['2019年01月21日', '2019-01-21'],
      ['二〇〇四年六月二十六日', '2004-06-26'],
      ['二○○四年六月十六日', '2004-06-16'],
      ['二零零零年十二月六日', '2000-12-06'],
      ['2018 年 11 月 6 日', '2018-11-06'],
      ['2018年13月1日', null],
      ['2018年', null],
      ['国务院', null],
    ];
    for (const [s, want] of table) assert.equal(parseChineseDate(s), want, s);
  });

  it('level from the issuer', () => {
    const table: [string, string | null][] = [
      ['国务院', 'central'], ['国务院办公厅', 'central'], ['教育部', 'central'], ['国家发展改革委', 'central'],
      ['上海市人民政府', 'provincial'], ['广东省人民政府', 'provincial'], ['广西壮族自治区人民政府', 'provincial'], ['上海市财政局', 'provincial'],
      ['上海市浦东新区人民政府', 'county'], ['上海市崇明区人民政府', 'county'], ['杭州市西湖区人民政府', 'county'], ['浙江省杭州市桐庐县人民政府', 'county'],
      ['杭州市人民政府', 'municipal'], ['深圳市发展和改革委员会', 'municipal'],
      ['澳門特別行政區行政長官', 'sar'],
    ];
    for (const [issuer, want] of table) assert.equal(levelOf(issuer, null), want, issuer);
  });

  it('a gov.cn metadata block, a 文号 line, a signature; a cited 文号 in a sentence is not the document’s', () => {
    const text = '索 引 号：\t000014349/2018-00230\t主题分类：\t城乡建设\n发文机关：\t国务院办公厅\t成文日期：\t2018年12月29日\n标　　题：\t国务院办公厅关于印发某方案的通知\n发文字号：\t国办发〔2018〕128号\t发布日期：\t2019年01月21日\n主 题 词：\n国务院办公厅关于印发某方案的通知\n国办发〔2018〕128号\n各省、自治区、直辖市人民政府：\n根据《某意见》（国发〔2015〕43号），现印发。\n国务院办公厅\n2018年12月29日\n';
    const m = extractMeta(text);
    assert.deepEqual({ ...m, extra: undefined }, { title: '国务院办公厅关于印发某方案的通知', issuer: '国务院办公厅', docNumber: '国办发〔2018〕128号', docType: '通知', date: '2018-12-29', published: '2019-01-21', level: 'central', extra: undefined });
    assert.equal(m.extra.topic, '城乡建设');
    const cited = extractMeta('某某关于做好工作的通知\n各区：\n根据《某意见》（国发〔2015〕43号），现通知如下。\n');
    assert.equal(cited.docNumber, null);
  });

  it('nothing is invented: a text without a head gives nulls', () => {
    const m = extractMeta('我们要坚持稳中求进工作总基调。\n');
    for (const f of META_FIELDS) assert.equal(m[f], null, f);
  });

  it('the 20 extra real documents: at least 95% of the fields right against the gold', () => {
    const gold = JSON.parse(readFileSync(fixturePath('extra-gold/meta.json'), 'utf8')) as Gold;
    let right = 0;
    let all = 0;
    const wrong: string[] = [];
    for (const [file, want] of Object.entries(gold.documents)) {
      const got = extractMeta(readFixture(`extra/${file}`)) as unknown as Record<string, string | null>;
      for (const f of META_FIELDS) {
        all++;
        if (got[f] === want[f]) right++;
        else wrong.push(`${file} ${f}: ${got[f]} ≠ ${want[f]}`);
      }
    }
    console.log(`      document variables: ${right}/${all} fields right (${((100 * right) / all).toFixed(1)}%); wrong: ${wrong.join('; ') || 'none'}`);
    assert.ok(right / all >= 0.95, wrong.join('\n'));
  });
});
