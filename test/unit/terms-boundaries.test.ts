import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { keepAtWordBoundaries } from '../../src/core/glossary/boundaries';
import { mergeGlossaries } from '../../src/core/glossary/terms';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { loadJieba } from '../../src/node/jieba';

/*
 * Glossary strings inside ordinary words (negatives, '-') and the term really used (positives, '+'),
 * in one table. The bracketed span is the glossary string. Expectations were written by reading each
 * sentence, not by running the code. Negatives marked '=' are classes the rules alone must catch
 * (numbers, Latin words, the trap table), without a segmenter.
 * - positive: some term match covers the bracketed span;
 * - negative: no term match starts or ends strictly inside the bracketed span's word, i.e. no match
 *   has exactly that span.
 */
const ROWS: string[] = [
  // 棚改 (棚户区改造)
  '+深化[棚改]工作，改善群众住房条件。',
  '+今年继续推进城镇[棚改]和老旧小区改造。',
  '+[棚改]货币化安置比例有所下降。',
  '+各地因地制宜推进[棚改]旧改。',
  '=要加快大[棚改]造，提高蔬菜产量。',
  '=农户将温室大[棚改]为育苗基地。',
  '=蔬菜大[棚改]建项目已经完工。',
  '=塑料大[棚改]良后保温效果更好。',
  // 医改
  '+深化[医改]，推进分级诊疗制度建设。',
  '+把绩效考核作为推动深化[医改]政策落地的抓手。',
  '+[医改]进入深水区。',
  '+本轮[医改]以公益性为导向。',
  '=开展兽[医改]革试点，完善兽医管理体制。',
  '=推进中[医改]革创新，传承精华。',
  '=这位牙[医改]行做了厨师。',
  '=乡村医生和村[医改]由卫生院统一管理。',
  '=西[医改]良了这种疗法。',
  '=军[医改]编后划归地方。',
  // 低保
  '+落实[低保]政策，做到应保尽保。',
  '+将符合条件的家庭纳入[低保]范围。',
  '+[低保]户的救助标准逐年提高。',
  '+城乡[低保]标准统筹提高。',
  '+加强[低保]对象动态管理。',
  '=切实降[低保]费负担，减轻企业压力。',
  '=阶段性减[低保]险费率。',
  '=费率偏[低保]证了企业的积极性。',
  '=这种材料导热率较[低保]温性能好。',
  '=最[低保]障线以下的人口。',
  // 集采
  '+药品[集采]让患者用上了便宜药。',
  '+常态化开展[集采]，扩大覆盖面。',
  '+国家组织药品[集采]已经开展多批。',
  '=做好数据收[集采]样工作。',
  '=汇[集采]用各方意见。',
  '=公开征[集采]纳了群众建议。',
  '=记者搜[集采]访素材。',
  // 等保
  '+落实网络安全[等保]制度。',
  '+完成[等保]测评和整改。',
  '=加强生态[等保]护措施。',
  '=做好医疗、教育[等保]障工作。',
  '=水、电、气[等保]持正常供应。',
  '=文物[等保]存条件较差。',
  '=两国要平[等保]护投资。',
  // 双创
  '+深入推进[双创]，激发市场活力。',
  '+举办全国[双创]活动周。',
  '+支持“[双创]”示范基地建设。',
  '=两项指标[双创]新高。',
  '=销量与利润[双创]造了纪录。',
  // 混改
  '+稳妥推进国有企业[混改]。',
  '+[混改]试点企业名单公布。',
  '+深化[混改]，完善公司治理。',
  // 三农
  '+把解决好“[三农]”问题作为全党工作的重中之重。',
  '+[三农]工作是全面建设社会主义现代化国家的重中之重。',
  '+加大[三农]投入，强化农业科技支撑。',
  '=他在第[三农]场工作了十年。',
  '=全村共有十[三农]户参加合作社。',
  '=新建[三农]药厂的选址有争议。',
  // 两区
  '+北京市推进“[两区]”建设取得成效。',
  '=全市[两区]县实现脱贫摘帽。',
  '=城乡[两区]域差距逐步缩小。',
  '=城市分为十[两区]。',
  // 七有 五性
  '+在幼有所育、学有所教等“[七有]”上持续用力。',
  '=共计四十[七有]效样本。',
  '=在场的人数有[七有]余。',
  // 四风
  '+持续纠治[四风]，锲而不舍落实中央八项规定精神。',
  '+整治[四风]问题，重点纠治形式主义、官僚主义。',
  '=防范化解十[四风]险点。',
  // 四史 三讲
  '+在全社会开展[四史]宣传教育。',
  '+深入学习[四史]，增强历史自觉。',
  '=《中国历史》第[四史]料汇编出版。',
  '+当年开展的[三讲]教育影响深远。',
  '=这门课的第[三讲]是经济史。',
  '=本学期共十[三讲]内容。',
  // 双拥 双减 双碳
  '+大力开展[双拥]共建活动。',
  '+荣获全国[双拥]模范城称号。',
  '+全面落实[双减]政策，减轻学生负担。',
  '+[双减]工作取得阶段性成效。',
  '=企业出现收入利润[双减]少的情况。',
  '+实现[双碳]目标是一场广泛而深刻的变革。',
  '+围绕[双碳]目标推进能源转型。',
  '=这种分子含有[双碳]键结构。',
  // 党章 赶考
  '+认真学习[党章]，严格遵守党章。',
  '+[党章]是党的根本大法。',
  '+党员要自觉遵守[党章]党规。',
  '+我们党依然面临着“[赶考]”的考验。',
  '+继续走好新时代的[赶考]之路。',
  '=当年许多学生[赶考]要走几百里路。',
  '=考生[赶考]前要检查准考证。',
  '=古时书生[赶考]多在春天。',
  // 六稳 六保
  '+扎实做好[六稳]工作。',
  '+全面落实[六保]任务。',
  '=全班共十[六保]送名额。',
  '=第十[六稳]居榜首。',
  // 三字词
  '+为实现中华民族伟大复兴的[中国梦]而奋斗。',
  '+[中国梦]是国家的梦、民族的梦。',
  '-他从小怀揣[中国梦]想的种子。',
  '+坚持以习近平[新时代]中国特色社会主义思想为指导。',
  '+办好[新时代]职业教育。',
  '-我们迎来了一个崭[新时代]的开端。',
  '+奋进[新征程]，建功新时代。',
  '+踏上全面建设社会主义现代化国家[新征程]。',
  '+坚持物质文明和精神文明[两手抓]。',
  '+一手抓发展、一手抓安全，[两手抓]、两手都要硬。',
  '-他[两手抓]住栏杆不放。',
  '+我国现代化建设“[三步走]”战略目标。',
  '-他[三步走]到门口。',
  '=这是改革的第[三步走]向深入。',
  '+[民法典]是新中国第一部以法典命名的法律。',
  '+认真实施[民法典]。',
  '+推进[放管服]改革，优化营商环境。',
  '+全面推开[营改增]试点。',
  '+合理扩大地方政府[专项债]使用范围。',
  '+全面实行股票发行[注册制]。',
  '-完善商标[注册制]度，规范注册行为。',
  '+设立[科创板]并试点注册制。',
  '+深化新三板改革，设立[北交所]。',
  '+办好[进博会]、广交会、服贸会等展会。',
  '+第三届[消博会]在海口举办。',
  '+[中关村]国家自主创新示范区。',
  '+集中力量攻克“[卡脖子]”技术。',
  '+推进“[双一流]”建设。',
  '+加快[新工科]建设。',
  '-推动创[新工科]研成果转化。',
  '+推进粤港澳[大湾区]建设。',
  '+培育发展现代化[都市圈]。',
  '+实施“[菜篮子]”市长负责制。',
  '+把[稳就业]放在更加突出位置。',
  '+解决好[新市民]、青年人住房问题。',
  '+推行[居住证]制度，推进基本公共服务均等化。',
  '-办理[居住证]明需要携带身份证。',
  '+大力发展[长租房]市场。',
  '-可以申请延[长租房]合同期限。',
  '+扎实做好[保交楼]工作。',
  '-开发商要确[保交楼]质量。',
  '+坚决打好[保交房]攻坚战。',
  '-必须确[保交房]时间。',
  '+持续深化[新医改]。',
  '+稳步推进[长护险]试点。',
  '+全面推行[河长制]、湖长制。',
  '+全面推行[林长制]。',
  '+落实“[水十条]”。',
  '+实施“[土十条]”。',
  '+加快[新基建]投资。',
  '+推进“[双千兆]”网络协同发展。',
  '+移动物联网终端用户数实现“[物超人]”。',
  '-这部电影讲的是动[物超人]的故事。',
  '-宠[物超人]气店铺排行。',
  '+以电动汽车、锂电池、光伏产品为代表的“[新三样]”出口增长。',
  '+建设安全、舒适、绿色、智慧的“[好房子]”。',
  '+坚持[员额制]改革。',
  '+推行“[赛马制]”选拔人才。',
  '+坚决破除“[破四唯]”。',
  '+克服“唯论文”倾向，落实“[破五唯]”要求。',
  '+践行“[两山论]”。',
  '+积极参加[服贸会]。',
  '+第一百三十五届[广交会]开幕。',
  // 数字、拉丁字母
  '+民营经济“[56789]”特征。',
  '+我国民营经济贡献了“[56789]”。',
  '=发明专利编号为[56789]0。',
  '=账号1[56789]已经注销。',
  '+坚守[18亿亩耕地]红线。',
  '+守住[18亿亩耕地]。',
  '=全国累计2[18亿亩耕地]受灾。',
  '+区域全面经济伙伴关系协定（[RCEP]）生效实施。',
  '+积极推动加入[CPTPP]。',
  '=该公司注册了[RCEP]X商标。',
  '+实现科技创新“[从0到1]”的突破。',
  '=指数从0到10逐步增加，其中[从0到1]0的部分。',
  '=数值[从0到1].5之间波动。',
  '+推动构建[2522整体框架]。',
  '=编号为1[2522整体框架]的文件作废。',
  '-他[两手抓]紧了缰绳。',
  '-我们[三步走]进了会场。',
  '+加快[新基建]投资。',
  '+推进[新基建]项目落地。',
  '-这项研究注重创[新工科]学的交叉。',
  '-提交[居住证]明材料。',
  '-所有材料都要确[保交楼]盘按期验收。',
  '-完善产品[注册制]度。',
  '-这部动[物超人]电影很受欢迎。',
  '-表达了[中国梦]想的力量。',
  '-进入了一个全[新时代]的阶段。',
  '-进口药品收[集采]购数据。',
  '-公司进行了大[棚改]装。',
  '-开展村[医改]善服务行动。',
  '-在保证[双创]造力的前提下。',
  '-对生态[等保]护对象开展调查。',
  '+实施[中国制造2025]。',
  '=工程编号[中国制造2025]1号已撤销。',
  '+建设[21世纪海上丝绸之路]。',
  '=这是第1[21世纪海上丝绸之路]论坛的文件。',
  '+规范推广[PPP模式]。',
  '+推进[IPv6规模部署]。',
  // 长词不受影响
  '+加快构建[新发展格局]。',
  '+完整、准确、全面贯彻[新发展理念]。',
  '+推动[高质量发展]。',
  '+实施[乡村振兴战略]。',
  '+深化[供给侧结构性改革]。',
  '+坚持[以人民为中心]的发展思想。',
  '+推动[京津冀协同发展]。',
  '+坚持[总体国家安全观]。',
  '+增强“[四个意识]”。',
  '+坚定“[四个自信]”。',
  '+做到“[两个维护]”。',
  '+统筹推进“[五位一体]”总体布局。',
  '+协调推进“[四个全面]”战略布局。',
  '+共建“[一带一路]”。',
  '+坚持“[一国两制]”。',
  '+推动[共同富裕]。',
  '+牢记[国之大者]。',
  '+践行[全过程人民民主]。',
  // Short strings of the governance-local and sectors batches (helpers glossC, glossD), added as test
  // entries below so that the rows hold before and after those files are merged.
  '+各部门联合印发，[财政部]负责解释。',
  '+[教育部]等六部门联合印发通知。',
  '+报[公安部]备案。',
  '=各级[财政部]门要加强资金管理。',
  '=[公安部]门依法处理。',
  '=地方[教育部]门要落实责任。',
  '+贯彻实施[教育法]和教师法。',
  '+修订[统计法]，严惩统计造假。',
  '+依照[专利法]第二十条的规定。',
  '=加强[教育法]治建设。',
  '=完善[统计法]规体系。',
  '=健全[档案法]规制度。',
  '=开展[专利法]律状态查询。',
  '+贯彻实施[铁路法]和公路法。',
  '=由北京[铁路法]院审理。',
  '=健全[农业法]规体系。',
  '+修订[价格法]，规范政府定价。',
  '=完善[价格法]规，规范收费行为。',
  '+推行“[标准地]”出让，实现拿地即开工。',
  '=按照[标准地]图绘制。',
  '=统一[标准地]址编码。',
  '=以高[标准地]推进工作。',
  '+深化对口[援藏]工作。',
  '=积极支[援藏]区建设。',
  '=支[援疆]区发展的人才。',
  '+设立[民族乡]，保障少数民族权益。',
  '=推进少数[民族乡]村振兴。',
  '+推广“[惠民保]”，减轻大病负担。',
  '=实施[惠民保]障工程。',
  '+由[街道办]统一协调。',
  '=居民可在[街道办]理手续。',
  // 句首、句尾、换行、引号
  '+[低保]。',
  '+[三农]',
  '+“[医改]”',
  '+「[棚改]」工作',
  '=大[棚改]',
  '=兽[医改]',
  // Short strings of the economy-fields and society-governance batches (glossE, glossF) inside ordinary
  // words, found by scanning the fixtures and the three non-gold corpus texts with their entries (cands3).
  '=逐步退出建立在新[能源安全]可靠替代基础上的传统能源。',
  '=新[能源安全]性能检测中心揭牌。',
  '+保障国家[能源安全]，增强油气供应能力。',
  '=机关和企[事业单位]职工参加培训。',
  '+深化[事业单位]改革，推进政事分开。',
  '=强[化债]务风险管控，严禁新增隐性债务。',
  '=优[化债]务结构，降低融资成本。',
  '=通过发展逐步消[化债]务。',
  '+统筹推进地方[化债]和发展。',
  '=中[国企]业走出去步伐加快。',
  '=外[国企]业在华投资保持稳定。',
  '+深化[国企]改革，提高核心竞争力。',
  '=居[民企]业所得税按年计征。',
  '+优化[民企]发展环境。',
  '=提[高铁]路运输效率。',
  '+[高铁]通车里程超过四万公里。',
  '=每一[个税]种都有法定的征收对象。',
  '=整[个税]收体系更加公平。',
  '+提高[个税]起征点。',
  '=加强新[城管]理，完善配套设施。',
  '+规范[城管]执法行为。',
  '=服务业增加值[占中]国经济总量的一半以上。',
  '=财政收入[占中]央本级收入的比重。',
  '+非法“[占中]”活动严重违法。',
  '=加快融[入世]界经济体系。',
  '=我国步[入世]纪之交。',
  '+中国[入世]二十年来关税总水平大幅下降。',
  '=电[脑科学]技术课程列入必修。',
  '+实施[脑科学]与类脑研究重大项目。',
  '=首[创投]资集团参与建设。',
  '+引导[创投]基金投早投小。',
  '=风[险资]本的配置更加合理。',
  '=保[险资]金运用监管办法。',
  '+支持[险资]长期投资。',
  // 党组 in 党组织 (jieba keeps a word that starts with the match), 标准地 in 标准地膜 (cands3, dev documents).
  '=要充分发挥[党组]织在学校的领导核心作用。',
  '=选拔任用公立医院[党组]织书记。',
  '=加强基层[党组]织建设。',
  '+部门[党组]要切实履行主体责任。',
  '+[党组]书记是第一责任人。',
  '=推广应用[标准地]膜，禁止使用超薄地膜。',
  '=农户领取[标准地]膜。',
  // Later short strings of glossE/glossF (国债, 中考, 国考), checked at 08:30.
  '=中[国债]券市场规模居世界第二。',
  '=美[国债]务上限问题再次引发关注。',
  '+发行超长期特别[国债]。',
  '+[国债]收益率持续下行。',
  '=统一组织高[中考]生参加体检。',
  '=对重点岗位开展集[中考]核。',
  '=学生在期[中考]试中取得好成绩。',
  '+稳步推进[中考]改革。',
  '=全[国考]核结果已经公布。',
  '=来中[国考]察的代表团。',
  '+报名参加[国考]的人数创新高。',
];

/** Strings of glossary batches not yet in this branch's data (glossC, glossD); a real entry of the same term replaces its copy here. */
const TEST_ENTRIES: GlossaryEntry[] = ['财政部', '教育部', '公安部', '教育法', '统计法', '专利法', '档案法', '标准地', '对口援藏', '对口援疆', '民族乡', '惠民保', '街道办事处', '铁路法', '农业法', '价格法',
  '能源安全', '事业单位', '化债', '国企', '民企', '高铁', '个税', '城管', '占中', '入世', '脑科学', '创投', '险资', '国债', '中考', '国考']
  .map((term): GlossaryEntry => ({ term, category: '法治与治理', explanation: '用于边界测试的条目，文字至少十个字。', source: { text: '测试', year: 2020 } }));
TEST_ENTRIES.find((e) => e.term === '对口援藏')!.variants = ['援藏'];
TEST_ENTRIES.find((e) => e.term === '对口援疆')!.variants = ['援疆'];
TEST_ENTRIES.find((e) => e.term === '街道办事处')!.variants = ['街道办'];

function parse(row: string): { sign: string; text: string; start: number; end: number } {
  const sign = row[0];
  const body = row.slice(1);
  const start = body.indexOf('[');
  const end = body.indexOf(']') - 1;
  return { sign, text: body.replace('[', '').replace(']', ''), start, end };
}

describe('glossary matches at word boundaries (table)', function () {
  this.timeout(60000);
  const matcher = new TermMatcher(mergeGlossaries(builtinGlossary(), TEST_ENTRIES));
  const jieba = loadJieba();

  it('has at least 200 rows, with negatives and positives', () => {
    assert.ok(ROWS.length >= 200, `${ROWS.length} rows`);
    assert.ok(ROWS.filter((r) => r[0] === '+').length >= 100);
    assert.ok(ROWS.filter((r) => r[0] !== '+').length >= 80);
  });

  it('every bracketed string is a glossary pattern (the table tests the glossary it claims to)', () => {
    for (const row of ROWS) {
      const { text, start, end } = parse(row);
      assert.ok(matcher.lookup(text.slice(start, end)), `${row}: ${text.slice(start, end)} is not in the glossary`);
    }
  });

  const verdict = (row: string, segmenter?: (s: string) => string[]): string | null => {
    const { sign, text, start, end } = parse(row);
    const terms = detectTerms(text, matcher, { segmenter });
    if (sign === '+') return terms.some((t) => t.start <= start && t.end >= end && t.explained) ? null : `${row}: term not found`;
    const bad = terms.find((t) => t.start === start && t.end === end);
    return bad ? `${row}: false match ${bad.text}` : null;
  };

  it('with the segmenter (nodejieba): every row', function () {
    if (!jieba) this.skip();
    const failures = ROWS.map((r) => verdict(r, jieba!.cut)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });

  it('rules alone: every positive and every rule-class negative', () => {
    const failures = ROWS.filter((r) => r[0] !== '-').map((r) => verdict(r)).filter((f) => f !== null);
    assert.deepEqual(failures, []);
  });

  it('the segmenter sees only a short window around a doubtful match, never the document', () => {
    const seen: string[] = [];
    const text = '各地认真贯彻落实。'.repeat(200) + '要加快大棚改造，推进城镇棚改。' + '加快构建新发展格局。'.repeat(200);
    const found = detectTerms(text, matcher, { segmenter: (s) => (seen.push(s), [...s]) });
    assert.ok(seen.length >= 1 && seen.length <= 4, `${seen.length} calls`);
    for (const s of seen) assert.ok(s.length <= 30, s);
    assert.ok(found.some((t) => t.term === '新发展格局'));
  });

  it('keepAtWordBoundaries keeps long matches without consulting the segmenter', () => {
    let calls = 0;
    const text = '加快构建新发展格局，推动高质量发展。';
    const kept = keepAtWordBoundaries(text, matcher.find(text), (s) => (calls++, [s]));
    assert.equal(calls, 0);
    assert.equal(kept.length, matcher.find(text).length);
  });
});
