/**
 * Quotation detection on passages of the kinds found in real Chinese policy documents beyond the
 * four fixtures: Party congress and plenum reports, government work reports, State Council and
 * ministry opinions, provincial documents, People's Daily theory articles, commentaries and news
 * reports of meetings. Passages are written from knowledge of those texts; every expectation was
 * worked out by reading the passage (who says it, which verb introduces it, whether the mark closes),
 * not copied from the detector.
 *
 * Each row lists every quotation of the passage in order (outer before inner) as
 * [content, kind, speaker, cue, closed, depth].
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import type { QuotationKind } from '../../src/core/types';

type Row = [content: string, kind: QuotationKind, speaker: string | null, cue: string | null, closed: boolean, depth: number];

interface Case {
  name: string;
  text: string;
  expect: Row[];
}

const S = (content: string, speaker: string | null, cue: string | null, closed = true, depth = 0): Row => [
  content,
  'speech',
  speaker,
  cue,
  closed,
  depth,
];
const P = (content: string, depth = 0, closed = true): Row => [content, 'phrase', null, null, closed, depth];

const XI = '习近平';

const ATTRIBUTED: Case[] = [
  {
    name: '习近平总书记强调：“…”',
    text: '习近平总书记强调：“高质量发展是全面建设社会主义现代化国家的首要任务。”',
    expect: [S('高质量发展是全面建设社会主义现代化国家的首要任务。', XI, '强调')],
  },
  {
    name: '习近平在…时指出，“…”',
    text: '习近平在参加十四届全国人大二次会议江苏代表团审议时指出，“要牢牢把握高质量发展这个首要任务，因地制宜发展新质生产力”。',
    expect: [S('要牢牢把握高质量发展这个首要任务，因地制宜发展新质生产力', XI, '指出')],
  },
  {
    name: '正如习近平总书记所指出的，“…”',
    text: '正如习近平总书记所指出的，“中国式现代化是人口规模巨大的现代化”。',
    expect: [S('中国式现代化是人口规模巨大的现代化', XI, '指出')],
  },
  {
    name: '正如总书记所说：“…”',
    text: '正如总书记所说：“江山就是人民，人民就是江山。”',
    expect: [S('江山就是人民，人民就是江山。', XI, '说')],
  },
  {
    name: '总书记深刻指出：“…”',
    text: '总书记深刻指出：“打铁必须自身硬。”',
    expect: [S('打铁必须自身硬。', XI, '深刻指出')],
  },
  {
    name: 'pronoun subject → speaker null',
    text: '他强调：“要坚定不移推进全面从严治党，深入推进党风廉政建设和反腐败斗争。”',
    expect: [S('要坚定不移推进全面从严治党，深入推进党风廉政建设和反腐败斗争。', null, '强调')],
  },
  {
    name: '李强在会上说，“…”',
    text: '李强在会上说，“今年发展主要预期目标的设定，综合考虑了国内外形势和各方面因素”。',
    expect: [S('今年发展主要预期目标的设定，综合考虑了国内外形势和各方面因素', '李强', '说')],
  },
  {
    name: '会议指出，“…”',
    text: '会议指出，“做好明年经济工作，要以习近平新时代中国特色社会主义思想为指导”。',
    expect: [S('做好明年经济工作，要以习近平新时代中国特色社会主义思想为指导', '会议', '指出')],
  },
  {
    name: '全会强调：“…”',
    text: '全会强调：“必须坚持以人民为中心的发展思想。”',
    expect: [S('必须坚持以人民为中心的发展思想。', '全会', '强调')],
  },
  {
    name: '《决定》提出，“…”',
    text: '《决定》提出，“进一步全面深化改革的总目标是继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化”。',
    expect: [S('进一步全面深化改革的总目标是继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化', '《决定》', '提出')],
  },
  {
    name: '《意见》明确要求：“…”',
    text: '《意见》明确要求：“各地区各部门要结合实际认真贯彻落实。”',
    expect: [S('各地区各部门要结合实际认真贯彻落实。', '《意见》', '明确要求')],
  },
  {
    name: '党的二十届三中全会《决定》指出：“…”',
    text: '党的二十届三中全会《决定》指出：“中国式现代化是在改革开放中不断推进的，也必将在改革开放中开辟广阔前景。”',
    expect: [S('中国式现代化是在改革开放中不断推进的，也必将在改革开放中开辟广阔前景。', '党的二十届三中全会《决定》', '指出')],
  },
  {
    name: '文章强调：“…” after a 《…》 title sentence',
    text: '《求是》杂志发表习近平总书记的重要文章《开创我国高质量发展新局面》。文章强调：“必须牢牢把握高质量发展这个首要任务。”',
    expect: [S('必须牢牢把握高质量发展这个首要任务。', '文章', '强调')],
  },
  {
    name: '评论员文章指出',
    text: '人民日报评论员文章指出：“以钉钉子精神抓好改革落实。”',
    expect: [S('以钉钉子精神抓好改革落实。', '人民日报评论员文章', '指出')],
  },
  {
    name: 'two speakers in one paragraph',
    text: '习近平总书记指出：“发展是党执政兴国的第一要务。”李强强调：“要坚持稳中求进、以进促稳、先立后破。”',
    expect: [S('发展是党执政兴国的第一要务。', XI, '指出'), S('要坚持稳中求进、以进促稳、先立后破。', '李强', '强调')],
  },
  {
    name: 'two cues of the same meeting',
    text: '会议强调，“要坚持稳中求进工作总基调”。会议要求：“各地区各部门要抓好落实，确保取得实效。”',
    expect: [S('要坚持稳中求进工作总基调', '会议', '强调'), S('各地区各部门要抓好落实，确保取得实效。', '会议', '要求')],
  },
  {
    name: 'quotation then attribution: ”他说。',
    text: '“我们要把科技的命脉牢牢掌握在自己手中。”他说。',
    expect: [S('我们要把科技的命脉牢牢掌握在自己手中。', null, '说')],
  },
  {
    name: 'quotation then attribution: ”习近平总书记说。',
    text: '“人民对美好生活的向往，就是我们的奋斗目标。”习近平总书记说。',
    expect: [S('人民对美好生活的向往，就是我们的奋斗目标。', XI, '说')],
  },
  {
    name: 'interrupted quotation: “…，”习近平说，“…。”',
    text: '“我们既要绿水青山，也要金山银山，”习近平说，“宁要绿水青山，不要金山银山，而且绿水青山就是金山银山。”',
    expect: [
      S('我们既要绿水青山，也要金山银山，', XI, '说'),
      S('宁要绿水青山，不要金山银山，而且绿水青山就是金山银山。', XI, '说'),
    ],
  },
  {
    name: 'interrupted quotation with a pronoun: “…，”他说，“…。”',
    text: '“乡村振兴，关键是产业要振兴，”他说，“要因地制宜发展特色产业。”',
    expect: [S('乡村振兴，关键是产业要振兴，', null, '说'), S('要因地制宜发展特色产业。', null, '说')],
  },
  {
    name: '习近平总书记在…集体学习时强调，“…”',
    text: '习近平总书记在主持中共中央政治局第十一次集体学习时强调，“发展新质生产力是推动高质量发展的内在要求和重要着力点”。',
    expect: [S('发展新质生产力是推动高质量发展的内在要求和重要着力点', XI, '强调')],
  },
  {
    name: '在…会议上，习近平总书记深刻指出：“…”',
    text: '在中央经济工作会议上，习近平总书记深刻指出：“必须把坚持高质量发展作为新时代的硬道理。”',
    expect: [S('必须把坚持高质量发展作为新时代的硬道理。', XI, '深刻指出')],
  },
  {
    name: 'title + name as speaker is kept as written',
    text: '国务院总理李强在政府工作报告中指出：“实现今年预期目标并非易事，需要政策聚焦发力。”',
    expect: [S('实现今年预期目标并非易事，需要政策聚焦发力。', '国务院总理李强', '指出')],
  },
  {
    name: '政府工作报告提出，“…”',
    text: '政府工作报告提出，“今年发展主要预期目标是：国内生产总值增长5%左右”。',
    expect: [S('今年发展主要预期目标是：国内生产总值增长5%左右', '政府工作报告', '提出')],
  },
  {
    name: '总书记语重心长地说：“…”',
    text: '总书记语重心长地说：“让老百姓过上好日子是我们一切工作的出发点和落脚点。”',
    expect: [S('让老百姓过上好日子是我们一切工作的出发点和落脚点。', XI, '说')],
  },
  {
    name: '习近平总书记在回信中勉励：“…”',
    text: '习近平总书记在给北京大学援疆援藏毕业生代表的回信中勉励：“希望你们到祖国最需要的地方去。”',
    expect: [S('希望你们到祖国最需要的地方去。', XI, '勉励')],
  },
  {
    name: '会议强调指出',
    text: '会议强调指出：“要全面贯彻落实党的二十大精神。”',
    expect: [S('要全面贯彻落实党的二十大精神。', '会议', '强调指出')],
  },
  {
    name: 'cue at the end of one line, quotation on the next',
    text: '习近平总书记指出：\n“中国式现代化，民生为大。”',
    expect: [S('中国式现代化，民生为大。', XI, '指出')],
  },
  {
    name: '专家表示 with an expert named after their post',
    text: '中国宏观经济研究院研究员张林山表示，“这些举措将有效激发经营主体活力”。',
    expect: [S('这些举措将有效激发经营主体活力', '中国宏观经济研究院研究员张林山', '表示')],
  },
  {
    name: '习近平总书记曾经指出',
    text: '习近平总书记曾经指出：“幸福都是奋斗出来的。”',
    expect: [S('幸福都是奋斗出来的。', XI, '指出')],
  },
  {
    name: '会议认为，“…”',
    text: '会议认为，“当前外部环境的复杂性、严峻性、不确定性上升”。',
    expect: [S('当前外部环境的复杂性、严峻性、不确定性上升', '会议', '认为')],
  },
  {
    name: 'the speaker named in the sentence before, then 他强调 → that speaker',
    text: '习近平总书记在新时代推动中部地区崛起座谈会上发表重要讲话。他强调：“要以科技创新引领产业创新，积极培育和发展新质生产力。”',
    expect: [S('要以科技创新引领产业创新，积极培育和发展新质生产力。', XI, '强调')],
  },
  {
    name: '党的二十大报告鲜明提出',
    text: '党的二十大报告鲜明提出：“从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国。”',
    expect: [S('从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国。', '党的二十大报告', '提出')],
  },
  {
    name: 'a long document title as the speaker',
    text: '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》明确提出：“聚焦构建高水平社会主义市场经济体制。”',
    expect: [S('聚焦构建高水平社会主义市场经济体制。', '《中共中央关于进一步全面深化改革、推进中国式现代化的决定》', '明确提出')],
  },
  {
    name: 'a joint document title with a space as the speaker',
    text: '《中共中央 国务院关于全面推进美丽中国建设的意见》指出，“建设美丽中国是全面建设社会主义现代化国家的重要目标”。',
    expect: [S('建设美丽中国是全面建设社会主义现代化国家的重要目标', '《中共中央 国务院关于全面推进美丽中国建设的意见》', '指出')],
  },
  {
    name: 'a quoted sentence without attribution is speech with no speaker',
    text: '“必须坚持人民至上。”这是习近平新时代中国特色社会主义思想的根本立场。',
    expect: [S('必须坚持人民至上。', null, null)],
  },
  {
    name: 'a provincial document quoting the Party committee',
    text: '省委十四届四次全会强调，“要奋力推进中国式现代化浙江新实践”。',
    expect: [S('要奋力推进中国式现代化浙江新实践', '省委十四届四次全会', '强调')],
  },
  {
    name: 'a date between the speaker and 在…时',
    text: '习近平总书记2023年4月在广东考察时强调，“要坚持把发展经济的着力点放在实体经济上”。',
    expect: [S('要坚持把发展经济的着力点放在实体经济上', XI, '强调')],
  },
  {
    name: '有关负责人介绍，“…”',
    text: '国家发展改革委有关负责人介绍，“今年以来，重大项目建设进展顺利，投资结构持续优化”。',
    expect: [S('今年以来，重大项目建设进展顺利，投资结构持续优化', '国家发展改革委有关负责人', '介绍')],
  },
  {
    name: 'attribution after the quotation with an adverbial: ”习近平总书记在…时说。',
    text: '“我们的目标很宏伟，也很朴素，归根结底就是让老百姓过上更好的日子。”习近平总书记在看望参加政协会议的委员时说。',
    expect: [S('我们的目标很宏伟，也很朴素，归根结底就是让老百姓过上更好的日子。', XI, '说')],
  },
  {
    name: 'two sentences split by 他说，: “…。”他说，“…。”',
    text: '“这里的村民过上了好日子。”他说，“我们还要继续努力，让日子越过越红火。”',
    expect: [S('这里的村民过上了好日子。', null, '说'), S('我们还要继续努力，让日子越过越红火。', null, '说')],
  },
  {
    name: 'a PDF line break inside the speaker name',
    text: '习近\n平总书记强调：“要坚持以人民为中心的发展思想。”',
    expect: [S('要坚持以人民为中心的发展思想。', XI, '强调')],
  },
  {
    name: 'a quoted term right after a sentence with a cue is not its speech',
    text: '“十四五”规划纲要指出，要加快建设现代化经济体系。',
    expect: [P('十四五')],
  },
  {
    name: 'a second quotation right after a speech continues it (“…”，“…”)',
    text: '习近平总书记强调，“要坚持把发展经济的着力点放在实体经济上”，“要加快建设以实体经济为支撑的现代化产业体系”。',
    expect: [S('要坚持把发展经济的着力点放在实体经济上', XI, '强调'), S('要加快建设以实体经济为支撑的现代化产业体系', XI, '强调')],
  },
  {
    name: 'short terms right after a speech stay phrases',
    text: '全会强调：“必须坚持党的全面领导。”“两个确立”“两个维护”是根本政治保证。',
    expect: [S('必须坚持党的全面领导。', '全会', '强调'), P('两个确立'), P('两个维护')],
  },
];

const PHRASES: Case[] = [
  { name: '“一带一路”', text: '高质量共建“一带一路”取得新成效。', expect: [P('一带一路')] },
  { name: '“放管服”', text: '深化“放管服”改革，持续优化营商环境。', expect: [P('放管服')] },
  { name: '“三农”', text: '坚持把解决好“三农”问题作为全党工作重中之重。', expect: [P('三农')] },
  { name: '“卡脖子”', text: '加快攻克一批“卡脖子”关键核心技术。', expect: [P('卡脖子')] },
  { name: '“国之大者”', text: '领导干部要心怀“国之大者”，做到对党忠诚。', expect: [P('国之大者')] },
  {
    name: '“两个确立” and friends in a row',
    text: '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    expect: [P('两个确立'), P('四个意识'), P('四个自信'), P('两个维护')],
  },
  { name: '“十五五”', text: '科学谋划“十五五”时期经济社会发展目标任务。', expect: [P('十五五')] },
  { name: 'book titles are not quotations', text: '全会审议通过了《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。', expect: [] },
  {
    name: 'a cue verb followed directly by a coined term',
    text: '习近平总书记提出“新质生产力”这一重大概念。',
    expect: [P('新质生产力')],
  },
  {
    name: 'a quoted slogan used as a modifier',
    text: '牢固树立和践行“绿水青山就是金山银山”的理念，坚持“以人民为中心”的发展思想。',
    expect: [P('绿水青山就是金山银山'), P('以人民为中心')],
  },
  { name: '提出了“…”的目标 is a modifier', text: '报告提出了“加快建设农业强国”的目标。', expect: [P('加快建设农业强国')] },
  { name: '被誉为“…”', text: '这里被誉为“世界超市”。', expect: [P('世界超市')] },
  {
    name: 'a quoted slogan with 、 and no cue',
    text: '经济工作要坚持“稳字当头、稳中求进”，多出有利于稳预期、稳增长、稳就业的政策。',
    expect: [P('稳字当头、稳中求进')],
  },
  {
    name: 'nested ‘…’ for emphasis inside a speech quotation',
    text: '习近平总书记强调：“要完整、准确、全面贯彻新发展理念，坚持‘两个毫不动摇’。”',
    expect: [S('要完整、准确、全面贯彻新发展理念，坚持‘两个毫不动摇’。', XI, '强调'), P('两个毫不动摇', 1)],
  },
  {
    name: 'two nested terms inside a speech quotation',
    text: '总书记指出：“领导干部要胸怀‘国之大者’，把‘三农’工作抓紧抓好。”',
    expect: [S('领导干部要胸怀‘国之大者’，把‘三农’工作抓紧抓好。', XI, '指出'), P('国之大者', 1), P('三农', 1)],
  },
  {
    name: 'a short cue without punctuation is not a cue (说“不”)',
    text: '对违规行为要敢于说“不”。',
    expect: [P('不')],
  },
];

const LAYOUT: Case[] = [
  {
    name: 'paragraph indented with two ideographic spaces',
    text: '　　习近平总书记指出：“科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。”\n　　各地要认真贯彻落实。',
    expect: [S('科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。', XI, '指出')],
  },
  {
    name: 'indented paragraphs with a phrase',
    text: '　　推进“数字政府”建设。\n　　加快“互联网+政务服务”发展。',
    expect: [P('数字政府'), P('互联网+政务服务')],
  },
  {
    name: 'CRLF line endings',
    text: '会议强调：“要坚持系统观念。”\r\n\r\n会议要求，“要统筹发展和安全”。\r\n',
    expect: [S('要坚持系统观念。', '会议', '强调'), S('要统筹发展和安全', '会议', '要求')],
  },
  {
    name: 'a quotation running over indented paragraphs, each reopening with “',
    text:
      '　　习近平总书记指出：“我们要坚持以人民为中心的发展思想。\n' +
      '　　“我们要坚持在发展中保障和改善民生。\n' +
      '　　“我们要坚持共同富裕方向。”\n' +
      '　　这些重要论述为我们指明了方向。',
    expect: [S('我们要坚持以人民为中心的发展思想。\n我们要坚持在发展中保障和改善民生。\n我们要坚持共同富裕方向。', XI, '指出')],
  },
  {
    name: 'a quotation left open at the end of its paragraph',
    text: '会议强调：“要坚持稳中求进工作总基调。\n\n二、下一步工作安排\n\n各地要抓好落实。',
    expect: [S('要坚持稳中求进工作总基调。', '会议', '强调', false)],
  },
  {
    name: 'an unclosed quotation mid-sentence at paragraph end, next paragraph unrelated',
    text: '　　他指出：“要坚持问题导向\n\n三、工作要求\n\n　　各地区要高度重视。',
    expect: [S('要坚持问题导向', null, '指出', false)],
  },
  {
    name: 'straight ASCII quotes around terms',
    text: '共建"一带一路"和"数字丝绸之路"取得积极进展。',
    expect: [P('一带一路'), P('数字丝绸之路')],
  },
  {
    name: 'straight ASCII quotes around speech',
    text: '习近平总书记指出:"人民是历史的创造者，是决定党和国家前途命运的根本力量。"',
    expect: [S('人民是历史的创造者，是决定党和国家前途命运的根本力量。', XI, '指出')],
  },
  { name: 'a closing mark without an opening one', text: '这就是”新时代的要求。我们要坚持下去。', expect: [] },
  {
    name: 'a speech quotation split by a PDF line break',
    text: '习近平总书记强调：“要加快构建新发展\n格局，着力推动高质量发展。”',
    expect: [S('要加快构建新发展格局，着力推动高质量发展。', XI, '强调')],
  },
  {
    name: 'a phrase split by a PDF line break',
    text: '加快建设“数字\n中国”，推进数字政府建设。',
    expect: [P('数字中国')],
  },
  {
    name: 'a speech quotation split by a blank line from layout',
    text: '《意见》指出，“到2025年，与政府治理能力现代化相适应的数字政府顶层设计更加完善\n\n、统筹协调机制更加健全”。',
    expect: [S('到2025年，与政府治理能力现代化相适应的数字政府顶层设计更加完善、统筹协调机制更加健全', '《意见》', '指出')],
  },
  {
    name: 'a news report: dateline paragraph, then attributed speech',
    text: '　　新华社北京3月5日电　国务院总理李强5日在政府工作报告中说，“我们要坚持稳中求进工作总基调”。\n　　报告说，今年是实现“十四五”规划目标任务的关键一年。',
    expect: [S('我们要坚持稳中求进工作总基调', '国务院总理李强', '说'), P('十四五')],
  },
  {
    name: 'hard-wrapped PDF lines: a line ending with 。 inside a quotation that closes on the next line',
    text: '习近平总书记指出：“要坚持稳中求进，统筹发展和安全。\n要加强统筹协调，形成工作合力。”\n各地要抓好落实。',
    expect: [S('要坚持稳中求进，统筹发展和安全。要加强统筹协调，形成工作合力。', XI, '指出')],
  },
  {
    name: 'an indented next paragraph is a new paragraph: the quotation stays unclosed, the stray ” is ignored',
    text: '　　习近平总书记指出：“要坚持稳中求进。\n　　各地要抓好落实。”',
    expect: [S('要坚持稳中求进。', XI, '指出', false)],
  },
];

function rows(text: string): Row[] {
  const qs = detectQuotations(text);
  for (const q of qs) assert.equal(q.text, text.slice(q.start, q.end));
  return qs.map((q) => [q.content, q.kind, q.speaker, q.cue, q.closed, q.depth]);
}

describe('detectQuotations on passages beyond the fixtures', () => {
  for (const [group, cases] of [
    ['attributed speech', ATTRIBUTED],
    ['phrases, titles and nesting', PHRASES],
    ['layout damage', LAYOUT],
  ] as const) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, () => {
          assert.deepEqual(rows(c.text), c.expect, c.text);
        });
      }
    });
  }
});
