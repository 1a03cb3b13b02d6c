import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (three characters or fewer) and the everyday-looking nouns that sectors-2.json
 * and its variants brought into the glossary (fiscal and health-insurance jargon, courts'
 * work terms, environment indicators, education and science-foundation terms), in ordinary words
 * (negatives, '-') and really used (positives, '+'), in the style of
 * terms-boundaries-society-fields.test.ts. The bracketed span is the glossary string. Expectations
 * were written by reading each sentence before running the code.
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span.
 */
const ROWS: string[] = [
  // 再审 (审判监督程序)
  '+当事人不服二审判决，向高级法院申请[再审]。',
  '+该案经[再审]改判无罪。',
  '=我们需要重新[再审]视这一制度的得失。',
  '=院庭长不[再审]核签发未参加审理案件的文书。',
  '=材料已不[再审]查，直接归档。',
  '=这份报告还须[再审]慎核对一遍。',
  // 审限 (审理期限)
  '+法院应当在[审限]内审结案件。',
  '+严格控制超[审限]案件数量。',
  '-项目评[审限]期十个工作日。',
  // 书记员 (司法辅助人员)
  '+庭审由[书记员]当庭记录。',
  '+为每个审判团队配备法官助理和[书记员]。',
  '-村党支部[书记员]工大会昨天召开。',
  '-镇党委[书记员]额不变。',
  // 院庭长
  '+推动[院庭长]带头办理疑难复杂案件。',
  '+[院庭长]不再签发未参审案件的裁判文书。',
  '-医[院庭长]廊里摆满了绿植。',
  // 审委会 / 检委会
  '+该案提交[审委会]讨论决定。',
  '+经[检委会]研究，决定不起诉。',
  '-评[审委会]议定于下周召开。',
  // 品规 (一品两规)
  '+医院采购药品实行一品两规，压缩[品规]数量。',
  '+同一通用名药品的[品规]不得超过两个。',
  '-产[品规]格齐全，价格公道。',
  '-商[品规]范摆放，明码标价。',
  // 卫计委
  '+市[卫计委]印发实施方案。',
  '+原国家[卫计委]已于2018年撤销。',
  '-保[卫计委]员会成立。',
  // 菌草
  '+[菌草]技术已推广到一百多个国家。',
  '+发展[菌草]产业带动群众增收。',
  // 氨氮
  '+化学需氧量、[氨氮]排放总量分别下降。',
  '+[氨氮]浓度达到地表水三类标准。',
  // 消费券
  '+全市发放[消费券]拉动餐饮消费。',
  '+首批电子[消费券]已被领完。',
  // 独任制 (独任审判)
  '+扩大[独任制]适用范围。',
  '+小额诉讼案件实行[独任制]审理。',
  // 面上项目 (国家自然科学基金面上项目)
  '+今年获批国家自然科学基金[面上项目]五项。',
  '+青年基金和[面上项目]申请量都在增加。',
  '=在市层[面上项目]审批时限压缩一半。',
  '=从全局层[面上项目]建设进展顺利。',
  '=这些政策在字[面上项目]单位都能理解。',
  // 统筹基金
  '+住院费用由医保[统筹基金]按比例支付。',
  '+职工医保[统筹基金]运行平稳。',
  // 结余资金
  '+项目完成后的[结余资金]收回统筹使用。',
  // 义务教育 / 学前教育
  '+全面普及九年[义务教育]。',
  '+加快发展普惠性[学前教育]。',
  // 三级医院
  '+推动[三级医院]主要提供急危重症和疑难复杂疾病诊疗服务。',
  // 负面清单 (负面清单管理)
  '+全面实行准入前国民待遇加[负面清单]管理制度。',
  // 两个基地 / 两个屏障 / 一个桥头堡
  '+在建设[两个屏障]、两个基地、一个桥头堡上展现新作为。',
  '+在建设两个屏障、[两个基地]、一个桥头堡上展现新作为。',
  '+在建设两个屏障、两个基地、[一个桥头堡]上展现新作为。',
  // 统筹城乡 (统筹城乡发展)
  '+坚持[统筹城乡]发展。',
  '+推进[城乡统筹]发展综合改革。',
  // 环评 (环境影响评价制度, a variant added to sectors.json)
  '+项目未通过[环评]不得开工建设。',
  '+严格落实规划[环评]和项目环评。',
  '-对方案进行多轮循[环评]估。',
  // 违建 (违法建设)
  '+拆除[违建]一千余处。',
  '+坚决遏制新增[违建]。',
  // 公司债 / 企业债 (企业债券)
  '+交易所[公司债]发行规模扩大。',
  '+城投平台发行[企业债]融资。',
  '=清理拖欠的[公司债]务。',
  '=依法处置该[公司债]权。',
  '-化解国有[企业债]务风险。',
  // 负债率: a firm's 资产负债率 is refused by the rules alone
  '+政府[负债率]低于国际通行的警戒线。',
  '=企业资产[负债率]保持在合理水平。',
  '=中央企业平均资产[负债率]下降。',
  // 业委会 / 城商行 / 农商行
  '+指导小区依法成立[业委会]。',
  '+推进[城商行]和农商行改革化险。',
  '+部分[农商行]资本充足率偏低。',
  // 超低排放 / 基本药物 / 大科学装置 (variants added to existing entries)
  '+钢铁企业完成[超低排放]改造。',
  '+优先使用[基本药物]。',
  '+建设一批[大科学装置]。',
  // 优青 (优秀青年科学基金, a variant added to sectors.json)
  '+今年学院新增[优青]三人。',
  '+入选国家[优青]项目。',
  '-投资者择[优青]睐龙头企业。',
  // 公办园 / 联采办 / “5080”
  '+新建改扩建[公办园]一百所。',
  '+由[联采办]统一组织报量和招标。',
  '+如期实现学前教育[“5080”]目标。',
  // 多元解纷 (a variant added to 矛盾纠纷多元化解)
  '+推进[多元解纷]和诉讼服务体系建设。',
  // 预重整 (破产重整)
  '+法院受理该公司[预重整]申请。',
  // 城乡一体 (a variant added to 城乡发展一体化); inside 城乡一体化 the longer entry wins
  '+推动[城乡一体]规划建设。',
  // 预付卡 (单用途商业预付卡) / 特大镇 (经济发达镇行政管理体制改革)
  '+整治[预付卡]“卷款跑路”问题。',
  // review (reviewJKL): multi-purpose prepaid cards are licensed by the PBOC, not the single-purpose cards.
  '=发行多用途[预付卡]须经中国人民银行批准。',
  '=清理规范多用途[预付卡]业务。',
  '+赋予[特大镇]部分县级管理权限。',
  // 再审 after 申请 / 依法 (positives with neighbours)
  '+检察院提出抗诉后依法[再审]。',
];

describe('sectors-2 short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 25, negatives: 12 });
});
