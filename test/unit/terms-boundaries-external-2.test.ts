import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (four characters or fewer) that external-2.json brought into the glossary, in ordinary
 * words (negatives, '-') and really used (positives, '+'), in the style of terms-boundaries-external.test.ts.
 * The bracketed span is the glossary string. Sentences written for this table; expectations written
 * before running the code. '=' marks negatives the rules alone must catch.
 */
const ROWS: string[] = [
  // 新界 (the New Territories) — not 重新界定 / 新界面
  '+[新界]北部将建设北部都会区。',
  '+他住在[新界]元朗的一条村里。',
  '-有关部门要重[新界]定职责边界。',
  '-软件更[新界]面更加简洁。',
  '-这次调整重[新界]分了两个街道的范围。',
  // 丁屋 / 丁权
  '+新界原居民可申请兴建[丁屋]。',
  '+[丁权]问题涉及新界土地的使用。',
  // 港督
  '+末代[港督]于1997年离任。',
  '+[港督]由英王任命。',
  '-深[港督]导组明天出发。',
  // 二炮
  '+[二炮]于2015年底改称火箭军。',
  // 武统 / 精省 / 冻省
  '+岛内有评论炒作[武统]议题。',
  '+1998年台湾当局推行[精省]。',
  '+[冻省]之后台湾省政府只保留名义。',
  '-这种工艺很[精省]料又省工。',
  // law short names — not 继承法国传统, 担保法律责任
  '+[继承法]规定了法定继承的顺序。',
  '+民法典施行后[收养法]同时废止。',
  '+[担保法]规定了保证和抵押。',
  '+[票据法]对汇票的承兑作了规定。',
  '+[拍卖法]规定了拍卖程序。',
  '+依照[引渡法]向外国请求引渡。',
  '+[海商法]调整海上运输关系。',
  '-这座城市[继承法]国式的街道布局。',
  '-我们要[继承法]家思想中的合理成分。',
  '=应当批判地[继承法]家的治国思想。',
  '-新公司[继承法]国母公司的管理模式。',
  '-两家企业互相提供[担保法]律风险很大。',
  '-他们拿着[票据法]院起诉。',
  '-在[拍卖法]拉利跑车的现场人很多。',
  // 国防费 / 空降兵
  '+今年[国防费]预算增长百分之七点二。',
  '+[空降兵]部队进行跳伞训练。',
  // HK / Taiwan bodies
  '+[律政司]决定对案件提出上诉。',
  '+[立法院]通过了相关预算。',
  '+[行政院]院长出席记者会。',
  '+香港[关爱队]上门探访独居长者。',
  '+南向资金通过[港股通]买入港股。',
  '+第二十届[东博会]在南宁开幕。',
  '+[贸仲委]受理了这起国际仲裁案。',
  '+台湾[大罢免]投票结果揭晓。',
  '+[通识科]改为公民与社会发展科。',
  '+[初选案]的判决于2024年作出。',
  '+两岸两会的[江陈会]签署了多项协议。',
  '+第八次[陈江会]在台北举行。',
  '+法院另组[合议庭]重新审理。',
  '+他当选[全国律协]理事。',
  // zones, expos and summits (part 2)
  '+[南沙片区]新增一批制度创新成果。',
  '+[平潭片区]推出对台贸易便利化措施。',
  '+[厦门片区]发展两岸区域性金融服务。',
  '+[张江片区]聚焦集成电路和生物医药。',
  '+[深合区]实行分线管理。',
  '+深圳[高交会]展示了一批新技术。',
  '+第二十三届[工博会]在上海开幕。',
  '+第八届[南博会]在昆明举行。',
  '-湖[南博会]展中心承办了这次活动。',
  '-化[工博会]议定于下月召开。',
  // review of external-2 (glossO): 立法院 in 设立|法院, 行政院 in 行政|院校, 新界 in 创新|界, 武统 in 文武|统一 — rules alone
  '=依法设[立法院]并明确其管辖范围。',
  '=当地决定成[立法院]专门处理知识产权纠纷。',
  '=这个县还没有建[立法院]的派出法庭。',
  '=他毕业于一所[行政院]校。',
  '=省级[行政院]校开设了公共管理课程。',
  '=科技创[新界]的代表参加座谈。',
  '=文化界和科技创[新界]人士共同发起倡议。',
  '=古人讲究文[武统]一。',
  '+[立法院]三读通过了修正草案。',
  '+台湾当局[行政院]会通过了预算案。',
];

describe('external-2 short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 30, negatives: 10 });
});
