import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (three characters or fewer) and ordinary-looking nouns that theory-phrases.json and
 * its variants brought into the glossary (theory vocabulary, fixed phrases, bodies' short names, fiscal,
 * statistical, farm and market-regulation jargon), in ordinary words (negatives, '-') and really used
 * (positives, '+'), one table in the style of terms-boundaries-society.test.ts. The bracketed span is the
 * glossary string. Expectations were written by reading each sentence before running the code.
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span; '=' marks negatives the rules alone must
 *   catch (the trap table of boundaries.ts).
 */
const ROWS: string[] = [
  // 党性 / 人民性
  '+共产党员要不断加强[党性]修养。',
  '+这是对每一名党员[党性]的检验。',
  '+增强[党性]、锤炼作风。',
  '-这个政[党性]质发生了根本变化。',
  '-两[党性]质不同，不能混为一谈。',
  '+文艺作品要体现[人民性]。',
  '+坚持党性和[人民性]相统一。',
  '-中国[人民性]格坚韧。',
  // 约谈
  '+市场监管部门[约谈]了五家平台企业。',
  '+对整改不力的单位负责人进行[约谈]。',
  '+生态环境部公开[约谈]三个城市的政府负责人。',
  '-请提前预[约谈]话时间。',
  '-两位老同学相[约谈]天说地。',
  // bodies' short names: 中办 / 中纪委 / 中农办 / 中财办 / 中编办 / 银监会 / 保监会 / 银保监会
  '+[中办]、国办印发《意见》。',
  '+[中办]国办联合印发通知。',
  '-各类证件可以集[中办]理。',
  '-会议期间集[中办]公。',
  '+[中纪委]网站通报了八起典型问题。',
  '+[中农办]负责同志介绍有关情况。',
  '+[中财办]负责人答记者问。',
  '+[中编办]印发了通知。',
  '+原[银监会]发布监管指引。',
  '+原[保监会]批准设立这家保险公司。',
  '+原[银保监会]发布通知。',
  // 增加值 / 逆回购 / 再贴现 / 荣枯线 / 一般债 / 认缴制
  '+第三产业[增加值]占比继续提高。',
  '+规模以上工业[增加值]同比增长6%。',
  '=周末需要[增加值]班人员。',
  '=今年计划[增加值]守力量。',
  '=节假日期间[增加值]勤民警。',
  '=班级[增加值]日生人数。',
  '+央行开展7天期[逆回购]操作。',
  '+人民银行今日进行[逆回购]操作。',
  '+增加支农支小再贷款和[再贴现]额度。',
  '+制造业PMI连续三个月位于[荣枯线]以上。',
  '+新增[一般债]额度主要用于公益性项目。',
  '-对[一般债]权人按比例清偿。',
  '+实行注册资本[认缴制]。',
  '+[认缴制]实施以后，市场主体快速增长。',
  // 新动能 / 压舱石 / 经济大盘 / 基本路线 / 核心价值观
  '+加快培育[新动能]。',
  '+推动[新旧动能转换]。',
  '-不断增强创[新动能]力。',
  '-要激发创[新动能]。',
  '+粮食安全是稳定经济社会的[压舱石]。',
  '+[经济大盘]总体稳定。',
  '+稳住[经济大盘]。',
  '+坚持党的[基本路线]一百年不动摇。',
  '+坚定不移贯彻[基本路线]。',
  '+把[核心价值观]融入法治建设。',
  '+培育和践行社会主义[核心价值观]。',
  '=这家企业的[核心价值观]是客户第一。',
  '=公司[核心价值观]包括诚信和创新。',
  '=他们宣扬美国所谓的[核心价值观]，实为霸权逻辑。',
  '=西方[核心价值观]并不具有普世性。',
  '=各国都有自己的[核心价值观]。',
  '=本行业[核心价值观]是安全第一。',
  '+弘扬[核心价值观]，凝聚社会共识。',
  '=这次旅行的[基本路线]图已经画好。',
  // 两手发力 / 猪粮比 / 托市粮 / 3C认证 / 年报公示 / 限上企业 / 债务限额 / 反垄断
  '+坚持政府和市场[两手发力]。',
  '+当前[猪粮比]处于过度下跌区间。',
  '+[猪粮比]价连续三周下降。',
  '+组织拍卖[托市粮]。',
  '+产品须通过[3C认证]方可出厂销售。',
  '+企业应按时完成[年报公示]。',
  '+全市[限上企业]零售额增长5%。',
  '+新增[债务限额]分配向重点地区倾斜。',
  '+强化[反垄断]和防止资本无序扩张。',
  '+加强平台经济领域[反垄断]执法。',
  // 主观主义 / 本本主义 / 党八股 / 独立自主 / 组织生活
  '+反对[主观主义]以整顿学风。',
  '+克服[本本主义]。',
  '+反对[党八股]，改进文风。',
  '+坚持[独立自主]的和平外交政策。',
  '+严格党的[组织生活]制度。',
  // second batch: 党费 / 十一五 / 十二五 / 灯下黑 / 支出法 / 南繁 / 供销社 / 农信社 / 两点论 / 重点论 / 预工委 …
  '+党员应当按月交纳[党费]。',
  '+[党费]收缴和使用情况要定期公布。',
  '-这个政[党费]用来源不明。',
  '+“[十一五]”时期主要目标顺利完成。',
  '+[十二五]规划纲要提出加快转变经济发展方式。',
  '+纪检监察机关要防止[灯下黑]。',
  '+按[支出法]计算，最终消费支出的贡献率上升。',
  '+加快建设国家[南繁基地]。',
  '+基层[供销社]承担农资供应。',
  '+[农信社]改制为农村商业银行。',
  '+坚持[两点论]和重点论相统一。',
  '+坚持两点论和[重点论]相统一。',
  '-这是本次会议讨论的[重点论]题。',
  '+全国人大常委会[预工委]负责人介绍预算审查情况。',
  '+资管产品投资[非标资产]受到限制。',
  '+资管新规要求[打破刚兑]。',
  '+这次[三中全会]专门研究全面深化改革问题。',
  '+取消不必要的[一票否决]事项。',
  '+[中央编译局]组织翻译马克思主义经典著作。',
];

describe('theory-phrases short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 40, negatives: 10 });
});
