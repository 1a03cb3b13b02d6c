import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (four characters or fewer) that policy-nouns.json (the working vocabulary of
 * State Council, ministry and provincial documents: employment, government services, supervision,
 * rural work, grassroots work methods) brought into the glossary, really used (positives, '+') and
 * inside ordinary words or across a word boundary (negatives, '-' for the segmenter, '=' for the
 * rules alone). Sentences are written for this table; the bracketed span is the glossary string.
 */
const ROWS: string[] = [
  // 就业
  '+街道新建了一个[零工市场]，每天早上有上百人来找活。',
  '+社区[零工驿站]免费发布临时用工信息。',
  '+今年[新职业]目录里增加了无人机装调检修工。',
  '-这所学院正在探索创[新职业]教育的办学模式。',
  '-学校着力创[新职业]培训方式。',
  '-要创[新职业]技能评价方式。',
  // 党建与基层工作方法
  '+全县坚持[大抓基层]的鲜明导向。',
  '+由党委农村工作领导小组[牵头抓总]。',
  '+市里为重大项目成立了[工作专班]。',
  '+对排查出的问题建立[问题台账]，逐项销号。',
  '+县级领导实行[领导包联]乡镇制度。',
  '+对这起积案实行[领导包案]，一包到底。',
  '+今年共化解[信访积案]八十余件。',
  '+对重大隐患实行[挂牌督办]。',
  '+形成发现、交办、反馈的[闭环管理]。',
  // 政务服务
  '+大厅设有[帮办代办]窗口，为老年人提供服务。',
  '+园区为企业提供全程[帮代办]服务。',
  '+对次要材料暂缺的申请实行[容缺受理]。',
  '+企业在同一区内增设门店可以申请[一照多址]。',
  '+工业项目推行[模拟审批]，拿地后直接转正式批文。',
  '+新建商品房实现[交房即发证]。',
  '+市民可以在[掌上办事]大厅查询进度。',
  '+窗口实行[首问负责制]和[限时办结制]。',
  // 财政与监管
  '+村内道路建设实行[以奖代补]。',
  '+小型水利设施采用[先建后补]的方式。',
  '+执法部门推行[柔性执法]，首次轻微违法以教育为主。',
  '+对违法单位及责任人员实行[双罚制]。',
  '+生态环境部门加强[非现场监管]。',
  // 民生与乡村
  '+今年确定了十项[民生实事]。',
  '+现行标准下[绝对贫困]问题得到历史性解决。',
  '+要建立解决[相对贫困]的长效机制。',
  '+园区为引进的博士提供[人才公寓]。',
  '+教育部门对[公参民学校]进行了清理规范。',
  '+县里对[种粮大户]给予每亩五十元补贴。',
  '+越来越多的[新农人]通过直播卖农产品。',
  '+村规民约把[薄养厚葬]列为要改的陋习。',
  '+强化用地用能等[要素保障]。',
  '+市里对重点企业的惠企资金实行[直达快享]。',
];

describe('policy-nouns glossary strings at word boundaries (table)', () => {
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 30, negatives: 3 });
});
