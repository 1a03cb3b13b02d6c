/**
 * Numeric claims on Hong Kong, Macao and Taiwan pages and statistical releases (helper claims7):
 * compound magnitudes with an Arabic rest (3兆1,648億元, 4萬4181美元), 兆 as a trillion before a
 * currency, Republic-calendar year labels (114年度, 115年底), 年升 after a magnitude (year on year),
 * tenths of a 成 (三成一, 九成二), 百份之, amounts written digit by digit (一八八一億美元), a change
 * followed by the level it reached (增長8.2倍至828.2萬), nights (1.7晚) and time frames (15年新高,
 * 未來兩個財政年度, 截至8月底的3個月). Sentences written for this table (names and figures invented).
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
  // --- a magnitude followed by the rest of the number in Arabic digits is one number
  ['compound', '本年度歲出編列3兆1,275億元。', [['3兆1,275億元', 3127500000000, '元', null]]],
  ['compound', '總預算歲入共編列2兆6418億，較上年度增加。', [['2兆6418億', 2641800000000, null, null]]],
  ['compound', '預估年底債務餘額5兆803億。', [['5兆803億', 5080300000000, null, null]]],
  ['compound', '平均每人GDP為3萬6502美元。', [['3萬6502美元', 36502, '美元', null]]],
  ['compound', '每人GNI預測為4萬218美元，首度突破4萬美元。', [['4萬218美元', 40218, '美元', null], ['突破4萬美元', 40000, '美元', '>']]],
  ['compound', '项目总投资2亿3500万元。', [['2亿3500万元', 235000000, '元', null]]],
  // negatives: a rest too large, a date after the magnitude, a list, a gap
  ['compound', '全年新增3万2024年计划的岗位。', [['3万', 30000, null, null]]],
  ['compound', '分别为4万、5万和6万人。', [['4万', 40000, '人', null], ['5万', 50000, '人', null], ['6万人', 60000, '人', null]]],
  ['compound', '资助金额5万12345元不等。', [['5万', 50000, null, null], ['12345元', 12345, '元', null]]],
  // --- 兆 is a trillion before a currency, and only there
  ['trillion', '國內生產毛額首度突破1兆美元。', [['突破1兆美元', 1000000000000, '美元', '>']]],
  ['trillion', '距上限尚有約3.6兆元。', [['約3.6兆元', 3600000000000, '元', '~']]],
  ['trillion', '全年營收達2.5兆新台幣。', [['2.5兆新台幣', 2500000000000, '新台币', null]]],
  // negatives: 兆瓦 is a unit; 兆 before anything else is not read as a magnitude (the bare 5 after
  // 达到 is reported as it was before)
  ['trillion', '新增装机容量300兆瓦。', [['300兆瓦', 300, '兆瓦', null]]],
  ['trillion', '存储容量达到5兆字节。', [['5', 5, null, null]]],
  ['trillion', '瑞雪兆丰年，粮食增产3%。', [['3%', 3, '%', null]]],
  // --- Republic-calendar years: 114年度, 115年底, 114年第3季, 113年8月 are dates, not durations
  ['ROC year', '行政院通過114年度中央政府總預算案。', []],
  ['ROC year', '預估115年底累計債務未償餘額6兆7503億。', [['6兆7503億', 6750300000000, null, null]]],
  ['ROC year', '審議114年第3季國民所得統計。', []],
  ['ROC year', '行政院於113年8月30日函送立法院。', []],
  ['ROC year', '八十七年度施政計畫。', []],
  // negatives: a duration that is the content stays a claim
  ['ROC year', '貸款期限延長至10年。', [['10年', 10, '年', null]]],
  ['ROC year', '服務年資滿25年者可申請。', [['25年', 25, '年', '>=']]],
  // --- bounds in traditional characters: 滿 and 以內 as in simplified text
  ['traditional bound', '城鎮調查失業率控制在5.5%以內。', [['5.5%以內', 5.5, '%', '<=']]],
  ['traditional bound', '在境內居住累計滿183天的個人。', [['183天', 183, '天', '>=']]],
  ['traditional bound', '辦理時限壓縮至10個工作日以內。', [['10個工作日以內', 10, '个工作日', '<=']]],
  ['traditional bound', '連續居住滿五年者。', [['五年', 5, '年', '>=']]],
  ['traditional bound', '貨物進口總值在國內生產毛額中佔12%。', [['12%', 12, '%', null]]],
  // --- 年升/年增 after a magnitude is "year on year", not the unit 年
  ['year on year', '8月零售業銷貨額達324億年升13.7%', [['324億', 32400000000, null, null], ['13.7%', 13.7, '%', null]]],
  ['year on year', '出口總值達618億年增近五成。', [['618億', 61800000000, null, null], ['近五成', 5, '成', '~']]],
  ['year on year', '營收1.2萬億年減3%。', [['1.2萬億', 1200000000000, null, null], ['3%', 3, '%', null]]],
  // negatives: 年 without a change verb after it, or without a magnitude, stays the unit
  ['year on year', '地球已有46亿年历史。', [['46亿年', 4600000000, '年', null]]],
  ['year on year', '经营期限为20年。', [['20年', 20, '年', null]]],
  // --- tenths of a 成 written as one more digit (Hong Kong, Macao)
  ['tenths of 成', '珠寶首飾銷貨價值上升三成一，服裝上升一成。', [['三成一', 3.1, '成', null], ['一成', 1, '成', null]]],
  ['tenths of 成', '當中九成二是內地旅客。', [['九成二', 9.2, '成', null]]],
  ['tenths of 成', '入境旅客回復至疫前的八成五。', [['八成五', 8.5, '成', null]]],
  // negatives: the digit starts a word (二手, 一线, 三级)
  ['tenths of 成', '成交个案中八成二手房位于新界。', [['八成', 8, '成', null]]],
  ['tenths of 成', '九成一线城市已完成改造。', [['九成', 9, '成', null]]],
  ['tenths of 成', '约七成三级医院参与试点。', [['约七成', 7, '成', '~']]],
  // 一成 after a change verb is a figure (10%), not an article; 一成不变 is an idiom
  ['tenths of 成', '百貨公司貨品下跌一成。', [['一成', 1, '成', null]]],
  ['tenths of 成', '管理模式一成不变。', []],
  // --- 百份之 is written for 百分之 on some pages
  ['百份之', '酒店平均入住率為百份之六十七點二。', [['百份之六十七點二', 67.2, '%', null]]],
  ['百份之', '失業率下降至百份之三點五。', [['百份之三點五', 3.5, '%', null]]],
  ['百份之', '旅客人次按年上升百份之12。', [['百份之12', 12, '%', null]]],
  // negatives: 份 as a measure word
  ['百份之', '印制一百份之后分发。', [['一百份', 100, '份', null]]],
  ['百份之', '回收问卷三百份。', [['三百份', 300, '份', null]]],
  // --- an amount written digit by digit before its magnitude (Taiwanese news)
  ['digit by digit', '第四季商品出口達一八八一億美元。', [['一八八一億美元', 188100000000, '美元', null]]],
  ['digit by digit', '較預測數一七二三億美元多出一百五十八億美元。', [['一七二三億美元', 172300000000, '美元', null], ['一百五十八億美元', 15800000000, '美元', null]]],
  ['digit by digit', '全年稅收三二五四億元。', [['三二五四億元', 325400000000, '元', null]]],
  // negatives: two digits are a vague number; digits without a magnitude are a year or a code
  ['digit by digit', '每年吸引二三万游客。', []],
  ['digit by digit', '二〇二五年全年经济成长率创新高。', []],
  ['digit by digit', '编号一二三四五。', []],
  // --- a change followed by the level it reached is not a range
  ['change to level', '入境旅客人次按年增長8.2倍至828.2萬。', [['8.2倍', 8.2, '倍', null], ['828.2萬', 8282000, null, null]]],
  ['change to level', '年末总人口增长3%至500万。', [['3%', 3, '%', null], ['500万', 5000000, null, null]]],
  ['change to level', '住客增加1.7倍至1357万人次。', [['1.7倍', 1.7, '倍', null], ['1357万人次', 13570000, '人次', null]]],
  // negatives: ranges
  ['change to level', '补助标准为3万至5万元。', [['3万至5万元', 30000, '元', 'range']]],
  ['change to level', '预计增长5%至6%。', [['5%至6%', 5, '%', 'range']]],
  ['change to level', '每户补贴2至3万元。', [['2至3万元', 20000, '元', 'range']]],
  // --- nights are a unit (住客平均留宿1.7晚)
  ['nights', '住客平均留宿時間為1.7晚。', [['1.7晚', 1.7, '晚', null]]],
  ['nights', '旅客平均逗留2.1晚，按年增加0.2晚。', [['2.1晚', 2.1, '晚', null], ['0.2晚', 0.2, '晚', null]]],
  ['nights', '套票包括酒店住宿三晚。', [['三晚', 3, '晚', null]]],
  // negatives: 晚 as evening or in a word
  ['nights', '今晚8时举行晚会。', []],
  ['nights', '10月1日晚举行烟花汇演。', []],
  ['nights', '连续3晚上演出。', []],
  // --- time frames: the span of a record, a coming period of fiscal years, the months a statistic covers
  ['time frame', '今年經濟成長率上修至7.37%，創下15年新高。', [['7.37%', 7.37, '%', null]]],
  ['time frame', '失业率降至3.1%，为十年最低。', [['3.1%', 3.1, '%', null]]],
  ['time frame', '在未來兩個財政年度每年轉撥750億元。', [['750億元', 75000000000, '元', null]]],
  ['time frame', '今后三个年度每年安排资金2亿元。', [['2亿元', 200000000, '元', null]]],
  ['time frame', '截至今年8月底的3個月，零售總額下跌3.8%。', [['3.8%', 3.8, '%', null]]],
  ['time frame', '與先前3個月比較，就業人數增加約3900人。', [['約3900人', 3900, '人', '~']]],
  ['time frame', '二〇二一至二〇二五年這五年民間投資平均成長超過百分之六。', [['超過百分之六', 6, '%', '>']]],
  // negatives: the same durations as content
  ['time frame', '该岗位已连续15年保持零事故。', [['15年', 15, '年', null]]],
  ['time frame', '連續兩個財政年度錄得盈餘。', [['兩個', 2, '个', null]]],
  ['time frame', '要求提前3个月提交申请。', [['3个月', 3, '个月', null]]],
  ['time frame', '该项目建设期为3个月。', [['3个月', 3, '个月', null]]],
  // --- an order of magnitude after a bound, without unit: a claim of that order (like 千亿级)
  ['bare order', '着力培育一批超千亿重点产业集群。', [['超千亿', 100000000000, null, '>']]],
  ['bare order', '打造超百亿龙头企业3家。', [['超百亿', 10000000000, null, '>'], ['3家', 3, '家', null]]],
  ['bare order', '全省数字经济规模超万亿，', [['超万亿', 1000000000000, null, '>']]],
  ['bare order', '带动投资近百亿。', [['近百亿', 10000000000, null, '~']]],
  // negatives: a bound before a thousand or a hundred without unit is not read; with a unit as before
  ['bare order', '吸引超千名志愿者。', [['超千名', 1000, '名', '>']]],
  ['bare order', '参观人数超百，', []],
  ['bare order', '超亿元项目开工。', [['超亿元', 100000000, '元', '>']]],
  // --- a level passed: 首破, 首度破, 升破 (>), 跌破 (<)
  ['level passed', '人均GDP首破4萬美元。', [['首破4萬美元', 40000, '美元', '>']]],
  ['level passed', '每人GNI首度破4萬美元。', [['首度破4萬美元', 40000, '美元', '>']]],
  ['level passed', '匯價升破7.2元。', [['升破7.2元', 7.2, '元', '>']]],
  ['level passed', '汇价跌破7元关口。', [['跌破7元', 7, '元', '<']]],
  ['level passed', '出口首次突破500亿美元。', [['突破500亿美元', 50000000000, '美元', '>']]],
  // negatives: 打破 a record is not a bound
  ['level passed', '打破3项赛会纪录。', [['3项', 3, '项', null]]],
  // --- N届 after a counting verb is a count of cohorts or sessions; otherwise an ordinal
  ['sessions', '资助每届最多一千名学生，惠及三届学生。', [['最多一千名', 1000, '名', '<='], ['三届', 3, '届', null]]],
  ['sessions', '该项赛事已连续举办五届。', [['五届', 5, '届', null]]],
  ['sessions', '他连续两届当选人大代表。', [['两届', 2, '届', null]]],
  ['sessions', '博览会至今已举办了十届。', [['十届', 10, '届', null]]],
  // negatives: ordinals
  ['sessions', '十四届全国人大一次会议表决通过。', []],
  ['sessions', '党的十九届五中全会提出目标。', []],
  ['sessions', '第三届进博会成交额726.2亿美元。', [['726.2亿美元', 72620000000, '美元', null]]],
  // --- 零 alone before a measure word is a word (零件, 零部件), not a count of zero
  ['zero word', '汽車及汽車零件下跌22.9%。', [['22.9%', 22.9, '%', null]]],
  ['zero word', '新能源汽车零部件产业产值120亿元。', [['120亿元', 12000000000, '元', null]]],
  ['zero word', '凌晨零点起实施交通管制。', []],
  ['zero word', '零星项目3个。', [['3个', 3, '个', null]]],
  // negatives: 零 inside a numeral
  ['zero word', '增长零点五个百分点。', [['零点五个百分点', 0.5, '个百分点', null]]],
  ['zero word', '共计一百零五人。', [['一百零五人', 105, '人', null]]],
  // --- 卅 (three tens) and 卌 (four tens) inside a numeral
  ['卅', '去年成長至七百卅九億美元。', [['七百卅九億美元', 73900000000, '美元', null]]],
  ['卅', '前年出口為三百廿三億美元。', [['三百廿三億美元', 32300000000, '美元', null]]],
  ['卅', '創卅八年以來單季最高紀錄。', []],
  ['卅', '全縣共有卅二所學校。', [['卅二所', 32, '所', null]]],
  ['卅', '參加人數達卌五人。', [['卌五人', 45, '人', null]]],
  // negatives: a name
  ['卅', '紀念五卅運動。', []],
];

/** [text, claim text, year, subject] */
const CONTEXT: [string, string, number | null, string | null][] = [
  // the year after 与 … 比较/相比 is the base of a comparison, not the year of the claim
  ['2023年1月与2022年1月比较，服装的销货价值上升6.0%。', '6.0%', 2023, '服装的销货价值'],
  ['2024年上半年與2023年同期相比，入境旅客增加12%。', '12%', 2024, '入境旅客'],
  ['与2022年同期比较，2023年首11个月合计的销货价值上升17.1%。', '17.1%', 2023, '合计的销货价值'],
  // negatives: 与 between two years of the claim itself; 较 as before
  ['2022年与2023年全县粮食产量分别为80万吨和82万吨。', '80万吨', 2023, '全县粮食产量'],
  ['2023年全县粮食产量较2022年增长3%。', '3%', 2023, null],
  // the subject of a Hong Kong or Macao release: 按年(实质)增长 and the period after the year are not part of it
  ['2023年第3季本地生产总值按年实质增长116.1%。', '116.1%', 2023, '本地生产总值'],
  ['2023年首3季本地生产总值按年实质增长77.7%。', '77.7%', 2023, '本地生产总值'],
  ['2024年1月的零售业总销货价值为373亿元。', '373亿元', 2024, '零售业总销货价值'],
  ['2023年上半年私人消费支出按年上升5.1%。', '5.1%', 2023, '私人消费支出'],
  ['2023年全年入境旅客按年增长3.9倍。', '3.9倍', 2023, '入境旅客'],
  // negatives: a subject without a period, or a period word that is part of the noun
  ['2023年货物出口按年下跌9.0%。', '9.0%', 2023, '货物出口'],
  ['2023年第三产业增加值增长6.7%。', '6.7%', 2023, '第三产业增加值'],
];

describe('numeric: Hong Kong, Macao and Taiwan pages (compound magnitudes, 兆, ROC years, 成 tenths, digit strings, time frames)', () => {
  for (const [kind, sentence, expected] of CASES) {
    it(`${kind}: ${sentence.replace(/\n/g, '⏎')}`, () => {
      const claims = detectNumericClaims(sentence);
      for (const c of claims) assert.equal(c.text, sentence.slice(c.start, c.end), 'offsets consistent with the text');
      assert.deepEqual(found(claims), expected.map(([t, v, u, q]) => key(t, v, u, q)));
    });
  }
});

describe('numeric: year and subject of statistical releases (comparison base, 按年, the period after the year)', () => {
  for (const [sentence, text, year, subject] of CONTEXT) {
    it(`${text} in ${sentence}`, () => {
      const claim = detectNumericClaims(sentence).find((c) => c.text === text);
      assert.ok(claim, `claim ${text} found`);
      assert.deepEqual({ year: claim.year, subject: claim.subject }, { year, subject });
    });
  }
});
