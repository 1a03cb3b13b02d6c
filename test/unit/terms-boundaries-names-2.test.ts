import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (three characters or fewer) and law short names that names-2.json brought into the
 * glossary (abbreviations of bodies, 审计法 / 公司法 …), in ordinary words (negatives, '-') and really
 * used (positives, '+'), in the style of terms-boundaries-external.test.ts. The bracketed span is the
 * glossary string. Expectations were written by reading each sentence before running the code.
 * - positive: an explained term match covers the bracketed span;
 * - negative: no term match has exactly the bracketed span.
 */
const ROWS: string[] = [
  // 国土部 / 环保部 / 铁道部 (bodies abolished in 2013 and 2018) — not …部门
  '+2016年[国土部]发布了新的用地标准。',
  '+原[国土部]的职责并入自然资源部。',
  '-各地[国土部]门要严格审批。',
  '-省[国土部]门负责耕地占补平衡核查。',
  '+[环保部]通报了重点城市空气质量。',
  '+原[环保部]部长就大气污染答记者问。',
  '-市[环保部]门加强了执法检查。',
  '-企业[环保部]门负责人接受约谈。',
  '+[铁道部]撤销后组建了国家铁路局。',
  '+原[铁道部]的企业职责由中国铁路总公司承担。',
  '-地方[铁道部]门配合做好春运。',
  '=他曾在[铁道部]队服役多年。',
  '=抗战时期的[公安部]队改编为地方武装。',
  '=这支[铁道部]队参加过成昆铁路建设。',
  // 新华社 / 国管局 / 少先队
  '+据[新华社]报道，会议于昨日闭幕。',
  '+[新华社]北京3月5日电',
  '+[国管局]负责中央国家机关公务用车管理。',
  '+[少先队]建队日前夕，学校组织了入队仪式。',
  '+全国[少先队]工作会议在京召开。',
  // 基金委 — not 基金委托 / 基金委员会
  '+[基金委]公布了本年度面上项目资助结果。',
  '+向[基金委]提交项目申请书。',
  '-该[基金委]托银行进行托管。',
  '-本[基金委]托人应当按期缴款。',
  '-投资[基金委]员会审议了议案。',
  // 中消协 / 中慈联 / 中志联 / 中佛协 / 中道协
  '+[中消协]发布消费提示，提醒谨慎预付。',
  '+[中慈联]发布年度慈善捐赠报告。',
  '+[中志联]组织志愿服务项目大赛。',
  '+[中佛协]召开代表会议。',
  '+[中道协]举办玄门讲经活动。',
  // law short names — not …法规 / …法人 / …法律
  '+[审计法]修正后扩大了审计监督范围。',
  '+根据[审计法]的规定，审计机关有权检查。',
  '-各单位要遵守财经和[审计法]规。',
  '-完善内部[审计法]规制度。',
  '+[会计法]要求单位负责人对会计资料真实性负责。',
  '-新的[会计法]规体系正在完善。',
  '+新[公司法]自2024年7月1日起施行。',
  '+修订后的[公司法]明确了出资期限。',
  '-[公司法]人代表签署了合同。',
  '-该[公司法]定代表人已变更。',
  '-母[公司法]务部门审核合同。',
  '+[证券法]修订后全面推行注册制。',
  '-违反[证券法]规的行为将受到处罚。',
  '+[保险法]明确了投保人的如实告知义务。',
  '-各类[保险法]规汇编已出版。',
  '+[信托法]是慈善信托的法律基础。',
  '+[建筑法]确立了施工许可制度。',
  '-学习[建筑法]规和技术标准。',
  '+[海关法]对进出境监管作了规范。',
  '-熟悉[海关法]规的报关人员很抢手。',
  '+[计量法]要求国家采用国际单位制。',
  '-完善[计量法]规体系。',
  '+依照[国籍法]，中国不承认双重国籍。',
  '+[护照法]把护照分为三种。',
  '+[婚姻法]已于民法典施行时废止。',
  '+[密码法]把密码分为三类。',
  '-更改[密码法]则要求每三个月更换一次。',
  '+[核安全法]要求营运单位承担全面责任。',
  '+[反洗钱法]修订后加强了客户尽职调查。',
  '+[车船税法]由全国人大常委会通过。',
  '+[烟叶税法]自2018年起施行。',
  '+[原子能法]是原子能领域的基础性法律。',
  // 殡葬改革 / 惠民殡葬
  '+深化[殡葬改革]，推行节地生态安葬。',
  '+推行[惠民殡葬]政策，减免基本殡葬服务费用。',
];

describe('names-2 short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 30, negatives: 15 });
});
