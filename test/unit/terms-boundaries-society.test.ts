import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryVerdict, parseBoundaryRow as parse } from './boundaryTable';

/*
 * The short strings (three characters or fewer) that society-governance.json and its variants brought
 * into the glossary, in ordinary words (negatives, '-') and really used (positives, '+'), one table in
 * the style of terms-boundaries.test.ts. The bracketed span is the glossary string. Expectations were
 * written by reading each sentence before running the code. '=' marks negatives the rules alone must
 * catch (Latin letters or digits around the match).
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span.
 */
const ROWS: string[] = [
  // 归侨 / 侨眷 (归侨侨眷)
  '+依法保护[归侨]侨眷的合法权益。',
  '+各级侨联要关心[归侨]的生活。',
  '-海外游子纷纷回[归侨]乡。',
  '+关心[侨眷]的生产生活。',
  '-华[侨眷]属回乡探亲。',
  // 大调解
  '+构建[大调解]工作格局。',
  '+完善[大调解]工作体系。',
  '-要加[大调解]力度，化解纠纷。',
  '-进一步扩[大调解]范围。',
  // 打拐
  '+公安机关深入开展[打拐]专项行动。',
  '+全国[打拐]工作取得明显成效。',
  '-老人用手敲[打拐]杖上的泥土。',
  // 危化品
  '+加强[危化品]运输安全管理。',
  '+[危化品]企业要落实主体责任。',
  // 敬老月
  '+全国[敬老月]期间各地开展走访慰问。',
  '+今年“[敬老月]”活动以孝老爱亲为主题。',
  // 刑诉法 / 民诉法 / 刑法
  '+根据[刑诉法]的规定，犯罪嫌疑人有权委托辩护人。',
  '+新修改的[民诉法]扩大了小额诉讼的适用范围。',
  '-三名村[民诉法]院判决不公。',
  '+这一行为已经触犯[刑法]。',
  '+依照[刑法]第二百六十四条定罪处罚。',
  '-死[刑法]律问题研究。',
  '-符合减[刑法]定条件的罪犯。',
  // 监督法 / 代表法 / 政法委
  '+修改后的[监督法]自公布之日起施行。',
  '+根据[监督法]，人大常委会听取专项工作报告。',
  '-加强民主[监督法]治化建设。',
  '-完善党内[监督法]规制度。',
  '+按照[代表法]的规定，代表享有提出建议的权利。',
  '-由他[代表法]院发言。',
  '+市委[政法委]召开全体会议。',
  '-律师协会行[政法委]员会召开年会。',
  // 限高令 / 物权法 / 合同法
  '+法院对失信被执行人发出[限高令]。',
  '+[物权法]实施以来，不动产登记制度逐步统一。',
  '+原[合同法]第五十二条规定了合同无效的情形。',
  '-公司聘请合同法律顾问，签订[合同法]律顾问协议。',
  // 思政课 / 推普
  '+办好[思政课]关键在教师。',
  '+深入开展[推普]脱贫攻坚行动。',
  // 起付线 / 封顶线
  '+降低大病保险[起付线]。',
  '+提高职工医保[封顶线]。',
  // 网暴 / 诫勉 / 函询
  '+严厉打击[网暴]。',
  '+依法惩治[网暴]，保护当事人权益。',
  '+对其进行[诫勉]。',
  '+对反映的问题进行[函询]。',
  // DRG
  '+推进按[DRG]分组付费改革。',
  '=型号为A[DRG]的设备。',
  '=编号[DRG]7的样本。',
  // 医共体 / 三不腐 / 两创 / 新高考
  '+推进紧密型[医共体]建设。',
  '+一体推进[三不腐]。',
  '+推动中华优秀传统文化[两创]。',
  '-今年以来股价[两创]新高。',
  '+[新高考]改革已覆盖多数省份。',
  '-刷[新高考]录取纪录。',
  // 保租房 / 保障房 / 非遗
  '+加快发展[保租房]。',
  '+建设筹集[保障房]。',
  '+加强[非遗]保护传承。',
  '-除[非遗]嘱另有规定，遗产按法定继承办理。',
  // 获得感 / 小康
  '+增强人民群众[获得感]。',
  '-他[获得感]谢信一封。',
  '-病人[获得感]染的风险较高。',
  '+奔向[小康]。',
  // 城管 / 社工站
  '+[城管]队员依法执法。',
  '-加强都[城管]理。',
  '-全[城管]控。',
  '+乡镇[社工站]全覆盖。',
  // 十八大 / 十九大 / 二十大 (bare congress names)
  '+[十八大]以来，党中央作出一系列部署。',
  '+[十九大]以来，改革全面推进。',
  '+贯彻[二十大]精神。',
  // 军改 / 四总部 / 优抚
  '+深化[军改]，重塑领导指挥体制。',
  '-进[军改]革开放新阶段。',
  '-援[军改]变了战局。',
  '+[四总部]撤销后组建军委机关职能部门。',
  '+做好[优抚]工作。',
  // 占中 / 回乡证 / 双普选
  '+2014年的“[占中]”行动。',
  '+违法[占中]持续79天。',
  '-出口额[占中]国总量的三成。',
  '-[占中]部地区的一半。',
  '+[回乡证]办理时间缩短。',
  '+实行[双普选]。',
  // 法官法 / 公证法 / 禁毒法 / 国旗法 / 武警法
  '+根据[法官法]的规定，法官实行员额制管理。',
  '-提升[法官法]律素养。',
  '-提供[公证法]律服务。',
  '-完善[禁毒法]律法规体系。',
  '+[国旗法]修改后增加了国旗教育的内容。',
  '+新修订的[武警法]明确了武警部队的任务。',
  // 中考 / 学雷锋 / 城居保
  '+今年[中考]改革继续推进。',
  '-深入基层[中考]察调研。',
  '-期[中考]试结束了。',
  '-高[中考]试科目调整。',
  '+开展[学雷锋]志愿服务。',
  '+[城居保]参保人数增加。',
  // 国考 / 爱卫会
  '+[国考]报名人数创新高。',
  '+各级[爱卫会]组织开展卫生城市创建。',
  // 自考 / 医保码
  '+报名参加[自考]。',
  '-领导亲[自考]察调研。',
  '-各[自考]虑实际情况。',
  '+使用[医保码]结算。',
  // 民主党派 short names (民进 and 民建 are left out: they sit inside 民进党 and 民建联)
  '+[民革]中央召开全体会议。',
  '+[民盟]中央主席出席会议。',
  '-人[民盟]友遍天下。',
  '-公[民盟]约签署仪式。',
  '+[致公党]中央开展调研。',
  '+[农工党]中央提交提案。',
  '+[台盟]中央举办座谈会。',
  // 新文科 / 新医科 / 新农科
  '+推进[新文科]建设。',
  '+发展[新医科]和新农科。',
  '+发展新医科和[新农科]。',
  '-推动创[新文科]研管理。',
];

describe('society-governance short strings at word boundaries (table)', function () {
  this.timeout(60000);
  const matcher = new TermMatcher(builtinGlossary());
  const jieba = loadJieba();

  it('has rows of both kinds for the short strings', () => {
    assert.ok(ROWS.filter((r) => r[0] === '+').length >= 40);
    assert.ok(ROWS.filter((r) => r[0] !== '+').length >= 20);
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
