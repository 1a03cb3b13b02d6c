/**
 * Numeric claims on web pages (helper claims6): the text of a page as it is copied, with its chrome
 * (relative timestamps in a news sidebar), statistical releases that count from the start of the year
 * (今年前10个月, 首9個月), and mirror sites that print a pinyin gloss after some characters
 * (萬(wàn), 點(diǎn)). Sentences written for this table, modelled on such pages (names and figures changed).
 * Same conventions as numeric-general.test.ts.
 */
import assert from 'node:assert/strict';
import { detectNumericClaims } from '../../src/core/numeric';
import type { NumericClaim, Qualifier } from '../../src/core/types';

/** [text, value, unit, qualifier] */
type Expected = [string, number, string | null, Qualifier];

const key = (text: string, value: number, unit: string | null, qualifier: Qualifier): string =>
  `${text}|${Number(value.toPrecision(12))}|${unit}|${qualifier}`;
const found = (claims: NumericClaim[]): string[] => claims.map((c) => key(c.text, c.value, c.unit, c.qualifier));

const CASES: [string, string, Expected[]][] = [
  // --- a relative timestamp (N分钟前, N小时前, N天前) is when a page item was posted, not a figure
  ['timestamp', '市政府召开常务会议\n5分钟前', []],
  ['timestamp', '新闻速递 2天前 全市新增就业岗位3000个', [['3000个', 3000, '个', null]]],
  ['timestamp', '10分钟前　来源：区政府网站', []],
  ['timestamp', '三天前，该项目已完成投资2.5亿元。', [['2.5亿元', 250000000, '元', null]]],
  ['timestamp', '1小時前\n澳門入境旅客達9萬人次', [['9萬人次', 90000, '人次', null]]],
  ['timestamp', '  4. 海洋公园公布新一年门票价格\n    12小時前', []],
  ['timestamp', '与两年前相比，全县粮食产量增长15%。', [['15%', 15, '%', null]]],
  // negatives: a duration before 前往/前来 or 前后 is still a duration
  ['timestamp', '救援队乘车2小时前往灾区。', [['2小时', 2, '小时', null]]],
  ['timestamp', '专家组历时3天前来指导。', [['3天', 3, '天', null]]],
  ['timestamp', '要求参会人员提前30分钟入场。', [['30分钟', 30, '分钟', null]]],
  // --- the months or quarters counted from the start of the year are the time of the figures
  ['year-to-date', '今年前10个月，全市完成固定资产投资320亿元。', [['320亿元', 32000000000, '元', null]]],
  ['year-to-date', '2023年前三季度，地区生产总值增长5.2%。', [['5.2%', 5.2, '%', null]]],
  ['year-to-date', '首9个月财政盈余达到580亿元。', [['580亿元', 58000000000, '元', null]]],
  ['year-to-date', '今年首十個月入境旅客達2000萬人次。', [['2000萬人次', 20000000, '人次', null]]],
  ['year-to-date', '前11个月，全省进出口总额同比增长6.1%。', [['6.1%', 6.1, '%', null]]],
  // negatives: a period that is the content (a rent-free period, a lead time) stays a claim
  ['year-to-date', '新入驻企业可享受前6个月免租。', [['6个月', 6, '个月', null]]],
  ['year-to-date', '要求提前3个月提交申请。', [['3个月', 3, '个月', null]]],
  ['year-to-date', '试用期为首3个月。', [['3个月', 3, '个月', null]]],
  // --- a pinyin gloss in brackets after a character (mirror sites) does not break the figure
  ['pinyin gloss', '全省財政收入達到三百二十萬(wàn)元。', [['三百二十萬(wàn)元', 3200000, '元', null]]],
  ['pinyin gloss', '國(guó)內生產總值增長5.2%。', [['5.2%', 5.2, '%', null]]],
  ['pinyin gloss', '旅客人數上升百分之十七點(diǎn)六。', [['百分之十七點(diǎn)六', 17.6, '%', null]]],
  ['pinyin gloss', '今年首十個(gè)月入境旅客達到兩千萬(wàn)人次。', [['兩千萬(wàn)人次', 20000000, '人次', null]]],
  ['pinyin gloss', '全區共有35個(gè)重點項目。', [['35個', 35, '个', null]]],
  // glosses without tone marks, when a page has several (one after another: 個(ge)(ge)); a gloss after
  // the last character of a claim stays outside its span
  ['pinyin gloss', '廣東省(sheng)常(chang)住(zhu)人口(kou)12656.8萬(wan)人。', [['12656.8萬(wan)人', 126568000, '人', null]]],
  ['pinyin gloss', '比上(shang)年末提(ti)高(gao)0.16個(ge)(ge)百分(fen)點(dian)。', [['0.16個(ge)(ge)百分(fen)點', 0.16, '个百分点', null]]],
  ['pinyin gloss', '戶籍人口(kou)(kou)10049.7萬(wan)人,增加(jia)102.8萬(wan)人。', [['10049.7萬(wan)人', 100497000, '人', null], ['102.8萬(wan)人', 1028000, '人', null]]],
  // negatives: a single plain syllable is not taken as a gloss; nor English words or units
  ['pinyin gloss', '該項目(an)投資3萬元。', [['3萬元', 30000, '元', null]]],
  ['pinyin gloss', '面積(km)(ha)(in)共12公頃。', [['12公頃', 12, '公顷', null]]],
  // negatives: a Latin letter in brackets without tone marks is a label, not a gloss
  ['pinyin gloss', '項目(a)投資3億元。', [['3億元', 300000000, '元', null]]],
  ['pinyin gloss', '選項(B)：增長5%', [['5%', 5, '%', null]]],
  ['pinyin gloss', '澳門(mén)統計暨普查局今天公布數據。', []],
  // --- a trailing 半 adds one half to the unit (三年半, 五成半, 两个半月)
  ['trailing half', '项目建设周期为三年半。', [['三年半', 3.5, '年', null]]],
  ['trailing half', '外资企业占比约五成半。', [['约五成半', 5.5, '成', '~']]],
  ['trailing half', '施工期缩短至两个半月。', [['两个半月', 2.5, '个月', null]]],
  ['trailing half', '会议持续了一个半小时。', [['一个半小时', 1.5, '个小时', null]]],
  ['trailing half', '出口额增长了2倍半。', [['2倍半', 2.5, '倍', null]]],
  ['trailing half', '刑期在1年半以上的人员', [['1年半以上', 1.5, '年', '>=']]],
  // negatives: 半 starting a word after the unit is not a half
  ['trailing half', '本地有近三成半导体企业。', [['近三成', 3, '成', '~']]],
  ['trailing half', '已连续三年半年度考核优秀。', [['三年', 3, '年', null]]],
  // --- 数 ending a noun (总数, 人数, 户数) before a numeral: only 数十/数百/数千/数万/数亿 are vague
  ['noun in 数', '内地旅客占总数三成及两成。', [['三成', 3, '成', null], ['两成', 2, '成', null]]],
  ['noun in 数', '全市参保人数一千二百万人。', [['一千二百万人', 12000000, '人', null]]],
  ['noun in 数', '入境旅客总数两百万人次。', [['两百万人次', 2000000, '人次', null]]],
  ['noun in 数', '登记企业户数三千户。', [['三千户', 3000, '户', null]]],
  ['noun in 数', '签约项目个数二十个。', [['二十个', 20, '个', null]]],
  // negatives: vague numbers
  ['noun in 数', '景区吸引了数十万游客。', []],
  ['noun in 数', '数百家企业参与。', []],
  ['noun in 数', '招募数千名志愿者。', []],
  ['noun in 数', '口岸日均通关数万人次。', []],
];

describe('numeric: claims on web pages (timestamps, year-to-date periods, pinyin glosses, trailing 半, 总数三成)', () => {
  for (const [kind, sentence, expected] of CASES) {
    it(`${kind}: ${sentence.replace(/\n/g, '⏎')}`, () => {
      const claims = detectNumericClaims(sentence);
      for (const c of claims) assert.equal(c.text, sentence.slice(c.start, c.end), 'offsets consistent with the text');
      assert.deepEqual(found(claims), expected.map(([t, v, u, q]) => key(t, v, u, q)));
    });
  }
});
