import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * Strings that phrases-2.json (fixed phrases and metaphors of policy language, theory, Party building and
 * discipline, numbered formulas) brought into the glossary, really used (positives, '+') and in ordinary
 * words or in their everyday senses (negatives: '-' the segmenter must refuse, '=' the rules of
 * boundaries.ts alone must refuse). Sentences written for this table; expectations written before running.
 */
const ROWS: string[] = [
  // 讲政治 (political awareness) vs a lecture on political economy or a politics class
  '+建设一支[讲政治]、懂业务、精技术的干部队伍。',
  '+党员干部要旗帜鲜明[讲政治]。',
  '+各级领导干部必须[讲政治]、守规矩。',
  '=老师在课堂上[讲政治]经济学原理。',
  '=他每周给学生[讲政治]课。',
  '=这位教授主要[讲政治]哲学。',
  // 试验田 (a pilot area for reform) vs a crop trial plot
  '+把自贸试验区建设成为改革开放的[试验田]。',
  '+打造改革开放新高地、[试验田]。',
  '+这里是全面深化改革的[试验田]。',
  '=农科院在水稻[试验田]里测产。',
  '=今年新建小麦[试验田]五十亩。',
  '=育种[试验田]面积达到两百亩。',
  '=扩大玉米[试验田]种植规模。',
  '=良种[试验田]产量创新高。',
  // 动力源 (a growth region) vs a machine's power source
  '+培育更多经济增长[动力源]。',
  '+推动重点区域成为引领高质量发展的[动力源]。',
  '=新能源汽车[动力源]系统的效率不断提高。',
  '=备用[动力源]装置已经检修完毕。',
  '=氢[动力源]技术取得突破。',
  '=混合[动力源]汽车的续航更长。',
  '=这辆车的[动力源]是一组锂电池。',
  '=这台机器的[动力源]来自柴油机。',
  '=储能系统的[动力源]需要定期检测。',
  '+长三角要成为全国发展的强劲[动力源]。',
  // 大锅饭 (egalitarian distribution) vs a canteen meal
  '+打破分配上的[大锅饭]，多劳多得。',
  '+企业吃国家的[大锅饭]，职工吃企业的大锅饭。',
  '=工地食堂[大锅饭]供应充足。',
  '=一锅[大锅饭]够几十人吃。',
  '=学校食堂[大锅饭]菜品丰富。',
  // 两张皮 and 牛鼻子 in running text
  '+防止党建和业务[两张皮]。',
  '-用[两张皮]革缝制一只书包。',
  '-客厅里摆着[两张皮]质沙发。',
  '+牵住疏解非首都功能这个“[牛鼻子]”。',
  '+[牵住牛鼻子]，带动全局工作。',
  // 增长极, 新赛道, 排头兵, 开局之年, 收官之年
  '+推动形成更多[新的增长极]增长带。',
  '+积极布局数字经济[新赛道]。',
  '+勇当改革开放的[排头兵]。',
  '+今年是“十四五”规划的[开局之年]。',
  '+二〇二〇年是“十三五”规划[收官之年]。',
  // discipline and cadre vocabulary
  '+严肃查处[小官巨贪]问题。',
  '+对受到诬告的干部及时[澄清正名]。',
  '+开展[专项巡视]和机动巡视。',
  '+把年轻干部放到基层[墩苗]。',
  '+在[急难险重]任务中考察识别干部。',
  '+严格执行[任职回避]制度。',
  '+党员领导干部要过好[双重组织生活]。',
  '+严禁[妄议中央]大政方针。',
  '+落实[谈话提醒]制度。',
  '+坚决纠治[上有政策、下有对策]。',
  '+整治[吃拿卡要]等作风问题。',
  '+持续整治[推诿扯皮]问题。',
  '+查处“[一桌餐]”等隐形变异问题。',
  '+坚决防止[问责泛化简单化]。',
  '+村里设立[红白理事会]，推动移风易俗。',
  '+各级党委建立“[第一议题]”制度。',
  // phrases and theory
  '+坚持[久久为功]，一张蓝图绘到底。',
  '+改革要[蹄疾步稳]地推进。',
  '+推动经济[爬坡过坎]、持续前行。',
  '+经济发展[总体平稳、稳中有进]。',
  '+把政府的钱[用在刀刃上]。',
  '+防止[撒胡椒面]式的资金分配。',
  '+不搞[拍脑袋决策]。',
  '+党的文件多次引用[任仲平]的评论。',
  '+坚持[对立统一规律]分析问题。',
  '+[以经济体制改革为牵引]深化各领域改革。',
];

describe('phrases-2 strings at word boundaries and in everyday senses (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 40, negatives: 15 });
});

/*
 * Numbered formulas of phrases-2 written out by their members: [sentence, formula or null, span].
 * Negatives: members missing, out of order, or interrupted by other words.
 */
const MEMBER_ROWS: [string, string | null, string?][] = [
  ['推动物质文明、政治文明、精神文明、社会文明、生态文明协调发展。', '五个文明', '物质文明、政治文明、精神文明、社会文明、生态文明'],
  ['健全农村留守儿童、留守妇女、留守老人关爱服务体系。', '三留守', '留守儿童、留守妇女、留守老人'],
  ['让城市居民望得见山、看得见水、记得住乡愁。', '望得见山、看得见水、记得住乡愁', '望得见山、看得见水、记得住乡愁'],
  ['推进理论创新、实践创新、制度创新、文化创新。', '理论创新、实践创新、制度创新、文化创新', '理论创新、实践创新、制度创新、文化创新'],
  ['着力固根基、扬优势、补短板、强弱项。', '固根基、扬优势、补短板、强弱项', '固根基、扬优势、补短板、强弱项'],
  ['坚持标本兼治、综合治理、惩防并举、注重预防的方针。', '标本兼治、综合治理、惩防并举、注重预防', '标本兼治、综合治理、惩防并举、注重预防'],
  ['做到廉洁从政、廉洁用权、廉洁修身、廉洁齐家。', '廉洁从政、廉洁用权、廉洁修身、廉洁齐家', '廉洁从政、廉洁用权、廉洁修身、廉洁齐家'],
  ['按照集体领导、民主集中、个别酝酿、会议决定的原则。', '集体领导、民主集中、个别酝酿、会议决定', '集体领导、民主集中、个别酝酿、会议决定'],
  ['加强前瞻性思考、全局性谋划、战略性布局、整体性推进。', '前瞻性思考、全局性谋划、战略性布局、整体性推进', '前瞻性思考、全局性谋划、战略性布局、整体性推进'],
  ['倡导自由、平等、公正、法治。', '自由、平等、公正、法治', '自由、平等、公正、法治'],
  ['倡导爱国、敬业、诚信、友善。', '爱国、敬业、诚信、友善', '爱国、敬业、诚信、友善'],
  ['促进政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系的和谐。', '五大关系', '政党关系、民族关系、宗教关系、阶层关系、海内外同胞关系'],
  ['建设具有强大思政引领力、人才竞争力、科技支撑力、民生保障力、社会协同力、国际影响力的教育强国。', '教育强国六大特质', '思政引领力、人才竞争力、科技支撑力、民生保障力、社会协同力、国际影响力'],
  ['坚持发展为了人民、发展依靠人民、发展成果由人民共享。', '发展为了人民、发展依靠人民、发展成果由人民共享', '发展为了人民、发展依靠人民、发展成果由人民共享'],
  ['推进素质培养、知事识人、选拔任用、从严管理、正向激励五个体系建设。', '素质培养、知事识人、选拔任用、从严管理、正向激励', '素质培养、知事识人、选拔任用、从严管理、正向激励'],
  ['实现中国梦必须走中国道路、弘扬中国精神、凝聚中国力量。', '中国道路、中国精神、中国力量', '走中国道路、弘扬中国精神、凝聚中国力量'],
  // not all members, out of order, interrupted
  ['推动物质文明和精神文明协调发展。', null],
  ['关爱留守儿童和留守老人。', null],
  ['推进制度创新、理论创新和文化创新。', null],
  ['补短板、强弱项、固根基。', null],
  ['倡导自由、平等。', null],
];

describe('phrases-2 numbered formulas written out by their members', () => {
  const matcher = new TermMatcher(builtinGlossary());
  for (const [s, formula, span] of MEMBER_ROWS) {
    it(`${formula ?? 'none'}: ${s}`, () => {
      const terms = detectTerms(s, matcher);
      if (formula === null) {
        const phrases2 = new Set(['五个文明', '三留守', '理论创新、实践创新、制度创新、文化创新', '固根基、扬优势、补短板、强弱项', '自由、平等、公正、法治']);
        assert.deepEqual(terms.filter((t) => phrases2.has(t.term)).map((t) => t.term), []);
        return;
      }
      const hit = terms.find((t) => t.term === formula);
      assert.ok(hit, JSON.stringify(terms.map((t) => [t.term, t.text])));
      assert.equal(hit.explained, true);
      assert.equal(hit.text, span);
    });
  }
});
