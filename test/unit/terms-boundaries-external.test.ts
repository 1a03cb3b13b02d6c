import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryVerdict, parseBoundaryRow as parse } from './boundaryTable';

/*
 * The short strings (three characters or fewer) that external-affairs.json and its variant edits brought
 * into the glossary, in ordinary words (negatives, '-') and really used (positives, '+'), one table in
 * the style of terms-boundaries-society.test.ts. The bracketed span is the glossary string. Expectations
 * were written by reading each sentence before running the code. '=' marks negatives the rules alone must
 * catch (Latin letters or digits around the match).
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span.
 */
const ROWS: string[] = [
  // 普通法 (common law) — not 普通法律 / 普通法院
  '+香港实行[普通法]，法院判例具有约束力。',
  '+基本法保留了香港原有的[普通法]和衡平法。',
  '+[普通法]地区的法官可以受聘到终审法院任职。',
  '-这是一本面向中学生的[普通法]律读物。',
  '-案件由[普通法]院而非专门法院管辖。',
  '-这是一部[普通法]规，不是法律。',
  // 保安局
  '+香港特区政府[保安局]局长出席记者会。',
  '+[保安局]负责统筹出入境和消防政策。',
  // 大校 (senior colonel)
  '+国防部新闻发言人吴谦[大校]答记者问。',
  '+他去年晋升为[大校]军衔。',
  '-北[大校]长出席了毕业典礼。',
  '-学校计划扩[大校]园绿化面积。',
  '-北[大校]友会在上海成立。',
  '-今年要加[大校]园安全投入。',
  '-各地要加[大校]外培训机构监管力度。',
  // 非盟 / 东盟 / 欧盟
  '+中方支持[非盟]成为二十国集团成员。',
  '+[非盟]轮值主席出席开幕式。',
  '+中国同[东盟]建立全面战略伙伴关系。',
  '+[东盟]秘书长对此表示欢迎。',
  '+中国和[欧盟]互为重要贸易伙伴。',
  '+[欧盟]对电动汽车加征反补贴税。',
  // 北约 — not 华北/东北 + 约
  '+[北约]峰会在华盛顿举行。',
  '+中方反对[北约]把手伸向亚太。',
  '-华[北约]有三分之一的地区出现降雨。',
  '-东[北约]占全国粮食产量的四分之一。',
  '-西[北约]有一半地区出现沙尘。',
  '-湖[北约]有两千所乡村学校。',
  // 安理会
  '+[安理会]十五个成员一致通过决议。',
  '+中方在[安理会]投了反对票。',
  // G7 / NPT — Latin letters or digits around are not the term
  '+[G7]峰会在日本广岛举行。',
  '+中方对[G7]涉华言论表示强烈不满。',
  '=型号为[G7]A的设备已经停产。',
  '=编号[G7]0的列车晚点。',
  '+[NPT]审议大会在纽约举行。',
  '=[NPT]C是一种热敏元件。',
  // 海合会 / 拉共体 / 友城
  '+首届中国—[海合会]峰会在利雅得举行。',
  '+[海合会]秘书长访华。',
  '+[拉共体]轮值主席国外长出席会议。',
  '+两市结为[友城]已有四十年。',
  '+[友城]交流日益密切。',
  '-我的好[友城]里有房子。',
  // 建军节 / 政务院
  '+[建军节]到来之际，市领导走访慰问驻军。',
  '+八一[建军节]前夕，官兵开展主题活动。',
  '+1949年成立的[政务院]由周恩来任总理。',
  '+[政务院]下设政治法律委员会等机构。',
  // Taiwan parties and bodies
  '+[民进党]当局拒不承认九二共识。',
  '+[民进党]在地方选举中失利。',
  '+[国民党]籍民意代表批评当局。',
  '+中国[国民党]主席率团访问大陆。',
  '+[民众党]主席出席记者会。',
  '+旅游“[小两会]”完成事务性协商。',
  '+[小两会]负责两岸旅游往来的商谈。',
  '+2005年的[胡连会]开启了国共两党交流。',
  '+[连胡会]后发布了两岸和平发展共同愿景。',
  // defence and security bodies
  '+市[国动委]召开全体会议。',
  '+[军科院]专家对白皮书作了解读。',
  // South China Sea
  '+中国政府公布[黄岩岛]领海基线。',
  '+[仁爱礁]补给问题引发关注。',
  // 白皮书 / 工青妇
  '+国务院新闻办公室发表[白皮书]。',
  '+《新时代的中国国防》[白皮书]全面介绍国防政策。',
  '+充分发挥[工青妇]等群团组织作用。',
  // 入世 (moved to 加入世界贸易组织) — not 出入 / 陷入 + 世界
  '+[入世]二十年来，关税总水平大幅下降。',
  '+中国[入世]承诺已全部履行。',
  '-出[入世]界各地的游客越来越多。',
  '-全球经济可能陷[入世]界性衰退。',
  '-这座城市步[入世]界前列。',
  // Hong Kong institutions and housing
  '+[廉署]拘捕了涉嫌受贿的官员。',
  '+香港[廉署]成立于上世纪七十年代。',
  '+公司计划明年在[港交所]上市。',
  '+[强积金]供款比例为入息的百分之五。',
  '+香港[公屋]平均轮候时间约五年。',
  '+特区政府增加[公屋]供应。',
  '-她老[公屋]里摆满了书。',
  '+今年推售的[居屋]单位超过八千个。',
  '-村里的民[居屋]顶铺着青瓦。',
  // defence: ships, people, units
  '+中印双方在[实控线]附近脱离接触。',
  '+为退役军人家庭悬挂[光荣牌]。',
  '+[义务兵]服役期为两年。',
  '+[辽宁舰]编队赴西太平洋训练。',
  '+[山东舰]航母编队完成远海训练。',
  '+[福建舰]采用电磁弹射技术。',
  '+[志愿军]烈士遗骸回国安葬。',
  '+陆军第七十一[集团军]某旅开展演练。',
  '-企业[集团军]工板块收入增长。',
  // 一把手 — not 一把 + 手枪 / 手工
  '+加强对[一把手]的监督。',
  '+单位[一把手]要负总责。',
  '-孩子买了[一把手]枪形状的玩具。',
  '-爷爷做了[一把手]工木凳。',
  // diplomacy
  '+日方[购岛]引发中日关系紧张。',
  '+中方代表出席[慕安会]并发表演讲。',
  '+[世行]上调中国经济增长预期。',
  '+[IMF]发布世界经济展望报告。',
  '+[IAEA]总干事访问伊朗。',
  '+[Quad]峰会在东京举行。',
  '=[Quad]rant是坐标平面的象限。',
  '+遇到紧急情况可拨打[12308]求助。',
  '=他的电话号码是[12308]56。',
  '+世界[多极化]深入发展。',
  // 两国论 — not 两国 + 论坛
  '+李登辉抛出[两国论]。',
  '-中美[两国论]坛在北京举行。',
  '-中俄[两国论]坛今天开幕。',
  // county-level armed-forces work, arms control
  '+县委常委、县[人武部]部长主持会议。',
  '+[人武部]负责本县征兵工作。',
  '+市[军分区]司令员出席会议。',
  '+[优待金]标准逐年提高。',
  '+[五核国]领导人发表联合声明。',
  '+[核五常]重申暂停核试验的承诺。',
  // the UN, the war, Macao and veterans' offices
  '+中国是[联合国]创始会员国。',
  '+维护以[联合国]为核心的国际体系。',
  '-企业[联合国]内高校开展研究。',
  '=省发改委[联合国]土资源部门开展调查。',
  '=几家银行[联合国]有企业设立基金。',
  '=多部门[联合国]务院督查组开展检查。',
  '+[联合国]秘书长发表声明。',
  '+日军强征[慰安妇]是严重的反人道罪行。',
  '+纪念[二战]胜利八十周年。',
  '-盟军开辟第[二战]场。',
  '+澳门[保安司]司长出席记者会。',
  '+市[双拥办]组织春节慰问。',
  // 代表委员 (deputies and members) — not …代表委员会 (a committee)
  '+全国两会期间，[代表委员]积极建言献策。',
  '+[代表委员]围绕民生热点提交议案提案。',
  '=公司职工[代表委员]会选举产生。',
  '=村民[代表委员]会讨论通过了方案。',
  // 科创债 / 国九条 (now their own entries)
  '+支持科技型企业发行[科创债]。',
  '+[科创债]发行利率下行。',
  '+2004年的[国九条]开启了资本市场改革。',
];

describe('external-affairs short strings at word boundaries (table)', function () {
  this.timeout(60000);
  const matcher = new TermMatcher(builtinGlossary());
  const jieba = loadJieba();

  it('has rows of both kinds for the short strings', () => {
    assert.ok(ROWS.filter((r) => r[0] === '+').length >= 40);
    assert.ok(ROWS.filter((r) => r[0] !== '+').length >= 15);
  });

  it('every bracketed string is a glossary pattern', () => {
    for (const row of ROWS) {
      const { text, start, end } = parse(row);
      assert.ok(matcher.lookup(text.slice(start, end)), `${row}: ${text.slice(start, end)} is not in the glossary`);
    }
  });

  const verdict = (row: string, segmenter?: (s: string) => string[]): string | null => boundaryVerdict(matcher, row, segmenter);

  it('with the segmenter (nodejieba): every row', function () {
    if (!jieba) this.skip();
    const failures = ROWS.map((r) => verdict(r, jieba!.cut)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });

  it('rules alone: every positive and every rule-class negative', () => {
    const failures = ROWS.filter((r) => r[0] !== '-').map((r) => verdict(r)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });
});
