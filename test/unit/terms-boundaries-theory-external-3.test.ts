import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { loadJieba } from '../../src/node/jieba';
import { boundaryTableTests } from './boundaryTable';

/*
 * The short strings (four characters or fewer) that theory-external-3.json brought into the glossary, in
 * ordinary words (negatives, '-') and really used (positives, '+'), in the style of
 * terms-boundaries-external-2.test.ts. The bracketed span is the glossary string. Sentences written for
 * this table; expectations written before running the code. '=' marks negatives the rules alone must catch.
 */
const ROWS: string[] = [
  // 政治机关 — not 政治|机关党建 read as a unit elsewhere
  '+中央和国家机关首先是[政治机关]。',
  '+各部门要把建设模范[政治机关]作为首要任务。',
  // 立行立改
  '+对巡视反馈的问题能改的[立行立改]。',
  '+检视出的问题坚持[立行立改]、即知即改。',
  // 东升西降
  '+有评论认为国际格局呈现[东升西降]的态势。',
  // 潜舰国造
  '+台湾当局推动[潜舰国造]计划。',
  // 蓝白合
  '+岛内舆论关注[蓝白合]能否成局。',
  '-他穿着一件[蓝白合]身的运动服。',
  // 监察院 / 考试院 / 司法院 (Taiwan)
  '+台湾[监察院]通过了弹劾案。',
  '+[台湾考试院]负责公务人员考选。',
  '+台湾[司法院]大法官作出解释。',
  '-他考进了一所公安[司法院]校。',
  '-他报考了[监察院]校的研究生。',
  // 简约公屋 / 白居二 / 绿置居
  '+首批[简约公屋]已经入伙。',
  '+合资格人士可申请[白居二]购买居屋单位。',
  '+房委会推出新一期[绿置居]项目。',
  // 全动署
  '+[全动署]负责后备军人管理。',
  // 北约东扩
  '+俄方一再反对[北约东扩]。',
  // 综援 / 建制派 / 本土派 / 习五点
  '+他一家靠[综援]维持生活。',
  '+领取[综援]的住户有所减少。',
  '+[建制派]在立法会占多数议席。',
  '+[本土派]团体在2016年前后活跃。',
  '+岛内媒体把这篇讲话称为[习五点]。',
  '-大家要认真学[习五点]要求。',
  '-支部组织学[习五点]意见。',
  // HK housing and welfare, Taiwan opinion, discipline (batch 3)
  '+[劏房]住户的居住面积很小。',
  '+[简朴房]须符合面积和窗户的最低标准。',
  '-室内陈设[简朴房]间明亮。',
  '+[长生津]申请人须通过资产审查。',
  '+他们打出[真普选]的口号。',
  '+泛民提出[公民提名]方案。',
  '+这些年轻人被称为[天然独]世代。',
  '-这种茶有一种[天然独]特的香气。',
  '+岛内[疑美论]明显升温。',
  '+台湾当局指控大陆开展[认知战]。',
  '+法国一再呼吁[欧洲战略自主]。',
  '+纪委通报了一批[违规吃喝]问题。',
  '+新任干部接受任前[廉政谈话]。',
  '+在职党员到社区[双报到]。',
  '+有干部收受字画构成[雅贿]。',
  // 利得税
  '+香港[利得税]实行两级税率。',
];

describe('theory-external-3 short strings at word boundaries (table)', function () {
  this.timeout(60000);
  boundaryTableTests(ROWS, new TermMatcher(builtinGlossary()), loadJieba()?.cut, { positives: 15, negatives: 4 });
});
