/**
 * Speakers of quotations introduced by a pronoun (他强调：“…”) or with an elided subject (。同时强调：“…”,
 * 。并要求：“…”): passages of the kinds found in People's Daily and Xinhua reports of inspections,
 * meetings and speeches, and in theory articles. The expected speaker of every quotation was worked
 * out by reading the passage (who is meant by 他/她, whose words continue), not copied from the
 * detector. Precision comes first: where a careful annotator could not be sure from the nearby text
 * (two people named, 他 meaning someone who is not the earlier speaker, a new article or heading in
 * between), the expectation is null.
 *
 * Each row: [start of content, kind, speaker] for every quotation in order.
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import type { QuotationKind } from '../../src/core/types';

type Row = [contentStart: string, kind: QuotationKind, speaker: string | null];

interface Case {
  name: string;
  text: string;
  expect: Row[];
}

const XI = '习近平';
const S = (contentStart: string, speaker: string | null): Row => [contentStart, 'speech', speaker];
const P = (contentStart: string): Row => [contentStart, 'phrase', null];

/** A long filler paragraph of real-looking narrative without any person in it (> 400 characters). */
const FILLER =
  '近年来，当地坚持生态优先、绿色发展，统筹推进山水林田湖草沙一体化保护和系统治理，累计完成营造林面积120万亩，' +
  '治理水土流失面积800平方公里，森林覆盖率由十年前的45%提高到62%，空气质量优良天数比例连续五年保持在95%以上。' +
  '同时，依托良好生态发展特色产业，培育茶叶、中药材、林下经济等主导产业，建成现代农业产业园12个，' +
  '带动农村居民人均可支配收入年均增长8.5%。乡村旅游蓬勃发展，全年接待游客超过1500万人次，实现旅游综合收入120亿元，' +
  '生态产品价值实现机制不断健全，绿水青山正在源源不断转化为金山银山，生态惠民、生态利民、生态为民的成效日益显现。' +
  '全域推进农村人居环境整治，农村卫生厕所普及率达到90%以上，生活垃圾收运处置体系实现行政村全覆盖，' +
  '生活污水治理率明显提升，村容村貌焕然一新，群众获得感、幸福感、安全感不断增强，美丽乡村建设取得显著成效。';

const PRONOUN: Case[] = [
  {
    name: 'Xi named as the subject of the sentence before: 习近平总书记在…座谈会上发表重要讲话。他强调',
    text: '习近平总书记在新时代推动中部地区崛起座谈会上发表重要讲话。他强调：“要以科技创新引领产业创新，积极培育和发展新质生产力。”',
    expect: [S('要以科技创新引领产业创新', XI)],
  },
  {
    name: 'a dated inspection report: 4月22日至24日，习近平总书记在重庆考察。他强调',
    text: '4月22日至24日，习近平总书记在重庆考察。他强调：“要积极探索超大城市现代化治理新路子。”',
    expect: [S('要积极探索超大城市现代化治理新路子', XI)],
  },
  {
    name: 'Xi named in the previous paragraph of the report',
    text:
      '　　新华社重庆4月24日电　中共中央总书记、国家主席、中央军委主席习近平近日在重庆考察，看望慰问基层干部群众。\n' +
      '　　他强调：“重庆要深入贯彻落实党的二十大精神，在推进新时代西部大开发中发挥更大作用。”',
    expect: [S('重庆要深入贯彻落实', XI)],
  },
  {
    name: 'the earlier quotation speaker is the antecedent: 习近平总书记指出：“…”他强调：“…”',
    text: '习近平总书记指出：“发展新质生产力是推动高质量发展的内在要求和重要着力点。”他强调：“要因地制宜发展新质生产力。”',
    expect: [S('发展新质生产力是推动', XI), S('要因地制宜发展新质生产力', XI)],
  },
  {
    name: 'the earlier quotation is in the previous paragraph (one blank line between)',
    text:
      '习近平总书记在江苏考察时指出：“中国式现代化关键在科技现代化。”\n\n' +
      '他强调：“要加强科技创新和产业创新对接，加强以企业为主导的产学研深度融合。”',
    expect: [S('中国式现代化关键在科技现代化', XI), S('要加强科技创新和产业创新对接', XI)],
  },
  {
    name: 'a premier with his post: 国务院总理李强…作政府工作报告。他说',
    text: '国务院总理李强5日在十四届全国人大二次会议开幕会上作政府工作报告。他说：“今年发展主要预期目标是：国内生产总值增长5%左右。”',
    expect: [S('今年发展主要预期目标是', '国务院总理李强')],
  },
  {
    name: 'a spokeswoman: 外交部发言人毛宁…表示：“…”。她说',
    text: '外交部发言人毛宁在例行记者会上表示：“中方愿同各方一道，推动构建人类命运共同体。”她说：“我们欢迎各国企业来华投资兴业。”',
    expect: [S('中方愿同各方一道', '外交部发言人毛宁'), S('我们欢迎各国企业来华投资兴业', '外交部发言人毛宁')],
  },
  {
    name: 'a deputy named with her posts: …村党支部书记王秀英在审议时发言。她说',
    text: '全国人大代表、湖南省十八洞村党支部书记王秀英在审议时发言。她说：“乡亲们的日子越过越红火，我们对未来充满信心。”',
    expect: [S('乡亲们的日子越过越红火', '全国人大代表、湖南省十八洞村党支部书记王秀英')],
  },
  {
    name: 'attribution after the quotation: “…。”他说。 after Xi as subject',
    text: '习近平总书记来到村史馆，仔细察看脱贫攻坚成果展示。“乡亲们的日子越过越红火，我很高兴。”他说。',
    expect: [S('乡亲们的日子越过越红火', XI)],
  },
  {
    name: '他还说 after a quotation by Xi',
    text: '习近平总书记强调：“要坚持以人民为中心的发展思想。”他还说：“人民对美好生活的向往，就是我们的奋斗目标。”',
    expect: [S('要坚持以人民为中心的发展思想', XI), S('人民对美好生活的向往', XI)],
  },
  {
    name: 'a pronoun with an adverbial: 他在讲话中深刻指出',
    text: '习近平总书记出席庆祝大会并发表重要讲话。他在讲话中深刻指出：“江山就是人民，人民就是江山。”',
    expect: [S('江山就是人民', XI)],
  },
  {
    name: 'the same person named twice before 他 is one candidate',
    text: '习近平总书记在黑龙江考察时，听取了省委和省政府工作汇报。习近平总书记对黑龙江各项工作取得的成绩给予肯定。他强调：“要牢牢把握在国家发展大局中的战略定位。”',
    expect: [S('要牢牢把握在国家发展大局中的战略定位', XI)],
  },
  {
    name: 'a split quotation with 他说 after an explicit speaker',
    text: '国家发展改革委主任郑栅洁介绍：“今年以来，重大项目建设进展顺利。”“投资结构持续优化，”他说，“民间投资活力有所增强。”',
    expect: [
      S('今年以来，重大项目建设进展顺利', '国家发展改革委主任郑栅洁'),
      S('投资结构持续优化', '国家发展改革委主任郑栅洁'),
      S('民间投资活力有所增强', '国家发展改革委主任郑栅洁'),
    ],
  },
];

const PRONOUN_NEGATIVE: Case[] = [
  {
    name: 'two people named before 他: a premier meets a foreign leader',
    text: '国务院总理李强在人民大会堂同德国总理朔尔茨举行会谈。他表示：“双方要深化互利合作。”',
    expect: [S('双方要深化互利合作', null)],
  },
  {
    name: 'two speakers quoted before 他',
    text: '国家统计局局长康义表示：“经济运行总体平稳。”国家发展改革委主任郑栅洁指出：“投资稳步增长。”他强调：“要巩固和增强经济回升向好态势。”',
    expect: [S('经济运行总体平稳', '国家统计局局长康义'), S('投资稳步增长', '国家发展改革委主任郑栅洁'), S('要巩固和增强经济回升向好态势', null)],
  },
  {
    name: '他 is an old party member moved by Xi’s letter, not Xi',
    text: '习近平总书记回信的消息传到村里，老党员们激动不已。他说：“总书记的回信让我们倍感温暖，更有干劲。”',
    expect: [S('总书记的回信让我们倍感温暖', null)],
  },
  {
    name: '他 is the old man Xi talks to, not Xi',
    text: '习近平总书记走进村民家中，握着老人的手，询问他身体怎么样。他笑着说：“身体好着呢，日子越过越好！”',
    expect: [S('身体好着呢', null)],
  },
  {
    name: '他 is the grain grower the reporter met',
    text: '记者来到田间，见到了正在查看麦苗长势的种粮大户。他说：“今年小麦又是好收成。”',
    expect: [S('今年小麦又是好收成', null)],
  },
  {
    name: 'only organisations and documents before 他: not antecedents',
    text: '会议审议通过了《关于进一步加强基层治理的意见》。他指出：“要把党的领导贯穿基层治理全过程。”',
    expect: [S('要把党的领导贯穿基层治理全过程', null)],
  },
  {
    name: '他 at the start of an article, after a heading and byline (a different article)',
    text:
      '习近平总书记强调：“要坚持系统观念。”\n\n' +
      '牢牢把握首要任务 推动高质量发展\n\n' +
      '他说：“高质量发展是全面建设社会主义现代化国家的首要任务。”',
    expect: [S('要坚持系统观念', XI), S('高质量发展是全面建设社会主义现代化国家的首要任务', null)],
  },
  {
    name: 'more than one blank line between the antecedent and 他',
    text: '习近平总书记在湖南考察。\n\n\n\n他强调：“要坚持守正创新。”',
    expect: [S('要坚持守正创新', null)],
  },
  {
    name: 'the antecedent is more than a paragraph back',
    text: '习近平总书记在福建考察。\n\n各地认真抓好落实。\n\n他强调：“要在服务和融入新发展格局上展现更大作为。”',
    expect: [S('要在服务和融入新发展格局上展现更大作为', null)],
  },
  {
    name: 'the antecedent is beyond the look-back window (long paragraph in between)',
    text: '习近平总书记指出：“绿水青山就是金山银山。”' + FILLER + '他强调：“要坚持生态优先。”',
    expect: [S('绿水青山就是金山银山', XI), S('要坚持生态优先', null)],
  },
  {
    name: '他们 is not resolved',
    text: '习近平总书记看望参加政协会议的委员。他们表示：“要为推进中国式现代化建言资政。”',
    expect: [S('要为推进中国式现代化建言资政', null)],
  },
  {
    name: 'a quoted term after 他 is a phrase and gets no speaker',
    text: '习近平总书记在浙江工作时提出了发展理念。他提出的“绿水青山就是金山银山”理念深入人心。',
    expect: [P('绿水青山就是金山银山')],
  },
  {
    name: 'a pronoun with no one named before it',
    text: '他强调：“要久久为功。”',
    expect: [S('要久久为功', null)],
  },
  {
    name: '他 quotes words that name Xi in the third person: not Xi speaking',
    text: '习近平总书记回信的消息传到村里。他说：“总书记的回信让我们倍感温暖。”',
    expect: [S('总书记的回信让我们倍感温暖', null)],
  },
  {
    name: '她 is not 习近平',
    text: '习近平总书记在北京考察。她说：“我们一定牢记嘱托。”',
    expect: [S('我们一定牢记嘱托', null)],
  },
  {
    name: 'a named person and a group of people (委员们) before 他',
    text: '习近平总书记同委员们亲切交流，一位来自农业界的委员发言。他说：“要把饭碗牢牢端在自己手中。”',
    expect: [S('要把饭碗牢牢端在自己手中', null)],
  },
];

const ELIDED: Case[] = [
  {
    name: '习近平总书记指出：“…”。同时强调：“…”',
    text: '习近平总书记指出：“教育是国之大计、党之大计。”同时强调：“要坚持教育优先发展。”',
    expect: [S('教育是国之大计', XI), S('要坚持教育优先发展', XI)],
  },
  {
    name: '会议指出，“…”。并要求：“…”',
    text: '会议指出，“要全面贯彻落实党的二十大精神”。并要求：“各地区各部门要结合实际抓好落实。”',
    expect: [S('要全面贯彻落实党的二十大精神', '会议'), S('各地区各部门要结合实际抓好落实', '会议')],
  },
  {
    name: '会议指出…。会议强调… keeps both explicit speakers',
    text: '会议指出：“今年以来，经济运行总体平稳。”会议强调：“要坚持稳中求进工作总基调。”',
    expect: [S('今年以来，经济运行总体平稳', '会议'), S('要坚持稳中求进工作总基调', '会议')],
  },
  {
    name: '《意见》提出，“…”。还要求：“…”',
    text: '《意见》提出，“到2025年，基本形成数字政府建设框架”。还要求：“各地区要加强组织领导。”',
    expect: [S('到2025年，基本形成数字政府建设框架', '《意见》'), S('各地区要加强组织领导', '《意见》')],
  },
  {
    name: '会议认为，…，要求：“…” (the subject named at the start of the same sentence)',
    text: '会议认为，当前经济运行总体平稳，要求：“各地区各部门要抓好各项政策落实。”',
    expect: [S('各地区各部门要抓好各项政策落实', '会议')],
  },
  {
    name: 'a sentence opening with subject + cue right after a quotation: 。”会议认为，…，要求：“…”',
    text: '全会指出：“要久久为功。”会议认为，当前形势总体向好，要求：“各地区各部门要抓好落实。”',
    expect: [S('要久久为功', '全会'), S('各地区各部门要抓好落实', '会议')],
  },
  {
    name: '习近平总书记在…时强调，…，并指出：“…”',
    text: '习近平总书记在湖南考察时强调，要坚持把解决好“三农”问题作为重中之重，并指出：“要扛稳粮食安全重任。”',
    expect: [P('三农'), S('要扛稳粮食安全重任', XI)],
  },
  {
    name: 'an elided subject in the next paragraph continues the speaker',
    text: '全会指出：“全面深化改革是推进中国式现代化的根本动力。”\n　　全会还就加强党的领导作出部署。同时强调：“要坚持党中央对进一步全面深化改革的集中统一领导。”',
    expect: [S('全面深化改革是推进中国式现代化的根本动力', '全会'), S('要坚持党中央对进一步全面深化改革的集中统一领导', '全会')],
  },
  {
    name: 'an elided subject after a speech resolved from 他',
    text: '习近平总书记在陕西考察。他指出：“要推动黄河流域生态保护和高质量发展。”同时强调：“要坚持节水优先。”',
    expect: [S('要推动黄河流域生态保护和高质量发展', XI), S('要坚持节水优先', XI)],
  },
  {
    name: '文章指出…。文章强调… and an elided 并强调 after it',
    text: '文章指出：“中国式现代化是强国建设、民族复兴的康庄大道。”文章强调：“必须坚持党的全面领导。”并强调：“必须坚持以人民为中心。”',
    expect: [S('中国式现代化是强国建设', '文章'), S('必须坚持党的全面领导', '文章'), S('必须坚持以人民为中心', '文章')],
  },
];

const ELIDED_NEGATIVE: Case[] = [
  {
    name: 'an elided subject at the start of the text',
    text: '同时强调：“要坚持稳中求进。”',
    expect: [S('要坚持稳中求进', null)],
  },
  {
    name: 'an elided subject after only a quoted term',
    text: '加快建设“数字中国”，推进数字政府建设。同时强调：“要强化数据安全保障。”',
    expect: [P('数字中国'), S('要强化数据安全保障', null)],
  },
  {
    name: 'an elided subject after a speech with no speaker stays null',
    text: '他强调：“要坚持系统观念。”同时指出：“要统筹发展和安全。”',
    expect: [S('要坚持系统观念', null), S('要统筹发展和安全', null)],
  },
  {
    name: 'an elided subject after a heading and a blank line (a new section)',
    text: '会议指出：“要坚定不移推动高质量发展。”\n\n二、工作要求\n\n同时强调：“各地要压实责任。”',
    expect: [S('要坚定不移推动高质量发展', '会议'), S('各地要压实责任', null)],
  },
  {
    name: 'an elided subject two blank lines after the speech',
    text: '会议指出：“要坚定不移推动高质量发展。”\n\n\n\n并要求：“各地要压实责任。”',
    expect: [S('要坚定不移推动高质量发展', '会议'), S('各地要压实责任', null)],
  },
  {
    name: 'a statement introduced without a cue verb is not an elided subject',
    text: '会议指出：“要坚定不移推动高质量发展。”大家深有体会：“空谈误国，实干兴邦。”',
    expect: [S('要坚定不移推动高质量发展', '会议'), S('空谈误国，实干兴邦', null)],
  },
];

function rows(text: string): Row[] {
  return detectQuotations(text).map((q): Row => [q.content, q.kind, q.speaker]);
}

function check(c: Case): void {
  const got = rows(c.text);
  assert.equal(got.length, c.expect.length, `${c.text}\n${JSON.stringify(got)}`);
  c.expect.forEach(([start, kind, speaker], k) => {
    assert.ok(got[k][0].startsWith(start), `quotation ${k} starts with ${start}: ${got[k][0]}`);
    assert.deepEqual([got[k][1], got[k][2]], [kind, speaker], `quotation ${k} (${start}) of ${c.text}`);
  });
}

describe('quotation speakers behind pronouns and elided subjects', () => {
  for (const [group, cases] of [
    ['他/她 resolved to the one person named nearby', PRONOUN],
    ['他/她 left null when the antecedent is unsure', PRONOUN_NEGATIVE],
    ['an elided subject continues the previous speaker', ELIDED],
    ['an elided subject left null without a previous speaker', ELIDED_NEGATIVE],
  ] as const) {
    describe(group, () => {
      for (const c of cases) it(c.name, () => check(c));
    });
  }

  it('explicit speakers are not changed by a pronoun elsewhere in the paragraph', () => {
    const text = '习近平总书记强调：“要坚持稳中求进。”他指出：“要统筹发展和安全。”国务院总理李强表示：“要扩大国内需求。”';
    assert.deepEqual(
      rows(text).map((r) => r[2]),
      [XI, XI, '国务院总理李强'],
    );
  });
});
