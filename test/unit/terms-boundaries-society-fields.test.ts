import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (three characters or fewer) that society-fields.json and its variants brought
 * into the glossary (culture, science and education, health and social security, law), in ordinary
 * words (negatives, '-') and really used (positives, '+'), in the style of
 * terms-boundaries-society.test.ts. The bracketed span is the glossary string. Expectations were
 * written by reading each sentence before running the code.
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span.
 */
const ROWS: string[] = [
  // 全运会
  '+第十五届[全运会]在三地联合举办。',
  '+本届[全运会]增设群众比赛项目。',
  // 骗保 (欺诈骗保)
  '+医保部门严查[骗保]行为。',
  '+几家定点医院因[骗保]被处罚。',
  '-警惕以免费体检为名诈[骗保]健品的团伙。',
  '-他被人诈[骗保]证金五万元。',
  // 批捕 (批准逮捕)
  '+检察机关依法[批捕]犯罪嫌疑人。',
  '+全年[批捕]人数同比下降。',
  '-这[批捕]获的走私货物已移交海关。',
  '-首[批捕]捞船今天出海作业。',
  // 帮信罪
  '+以[帮信罪]提起公诉。',
  '+出租银行卡可能构成[帮信罪]。',
  // 救急难
  '+建立健全[救急难]工作机制。',
  '+民政部门开展[救急难]综合试点。',
  // 金课 (一流本科课程)
  '+打造一批高校[金课]。',
  '+淘汰水课、建设[金课]。',
  '-成立专项资[金课]题组开展研究。',
  '-打造黄[金课]堂品牌。',
  // 五唯 (破五唯)
  '+坚决克服[五唯]顽瘴痼疾。',
  '+扭转[五唯]评价导向。',
  // 职教法
  '+新修订的[职教法]正式施行。',
  '+[职教法]明确职业教育与普通教育具有同等重要地位。',
  // 入园难 / 入园贵
  '+着力缓解[入园难]问题。',
  '+群众反映[入园贵]的问题依然存在。',
  '-景区门票便宜，游客排队[入园难]度不大。',
  // 体彩 (中国体育彩票)
  '+[体彩]公益金支持全民健身设施建设。',
  '+今年[体彩]销量稳步增长。',
  '-墙上画着立[体彩]绘。',
  '-整[体彩]色搭配协调。',
  // 抗诉
  '+检察院对该判决[抗诉]后，二审予以改判。',
  '+依法对确有错误的裁判[抗诉]。',
  '-这种对[抗诉]讼模式源自英美法系。',
  // 三俗
  '+坚决抵制[三俗]之风。',
  // 会见难 / 阅卷难
  '+律师[会见难]问题明显缓解。',
  '+着力破解[阅卷难]。',
  '-两国元首的这次[会见难]得而重要。',
  // 新课标
  '+[新课标]强调核心素养导向。',
  // 死缓 / 拒执罪 / 禁止令
  '+被告人被判处[死缓]。',
  '+[死缓]考验期满后减为无期徒刑。',
  '+以[拒执罪]追究刑事责任。',
  '+法院宣告缓刑并同时发出[禁止令]。',
  '-平台[禁止令]人反感的广告内容。',
  // 两基 / 五保户
  '+西部地区[两基]攻坚如期完成。',
  '+为农村[五保户]修缮住房。',
  // 院线制 (电影院线制); 制作 after 制 is refused by the rules alone
  '+推进电影[院线制]改革。',
  '=该片由电影[院线制]作发行。',
  // 福彩 (中国福利彩票)
  '+[福彩]公益金用于养老服务设施建设。',
  '+今年[福彩]销量保持稳定。',
  '-市民参加幸[福彩]虹跑活动。',
];

describe('society-fields short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 15, negatives: 5 });
});
