/**
 * Speakers of the classes seen in central documents (issue 11): generic and ancient sources, quoted
 * works with or without author, the first person of a speech or article (its byline or its
 * 在…上的讲话 line), and bodies or documents that set out a formulation. Passages written for these
 * tables (not the held-out set); negatives in each class: where a reader could not say, none.
 */
import { P, S, runTable, type Row } from './quotations-tables';

const GENERIC: Row[] = [
  ['正如古人所言：“不积跬步，无以至千里。”', S('不积跬步', '古人')],
  ['古人云：“凡事预则立，不预则废。”', S('凡事预则立', '古人')],
  ['古语讲：“千里之堤，溃于蚁穴。”', S('千里之堤', '古人')],
  ['俗话说得好：“一个篱笆三个桩。”', S('一个篱笆三个桩', '俗语')],
  ['常言说：“细节决定成败。”', S('细节决定成败', '俗语')],
  ['有句老话说：“吃水不忘挖井人。”', S('吃水不忘挖井人', '俗语')],
  ['中国有句古话叫：“民齐者强。”', S('民齐者强', '古人')],
  ['谚语讲：“不怕慢，就怕站。”', S('不怕慢', '俗语')],
  // negatives
  ['有人说：“这事办不成。”', S('这事办不成', null)],
  ['人们常说“时间就是金钱”。', P('时间就是金钱')],
];

const WORKS: Row[] = [
  ['毛泽东同志在《实践论》中写道：“通过实践而发现真理，又通过实践而证实真理和发展真理。”', S('通过实践而发现真理', '毛泽东')],
  ['正如宋代诗人陆游所写：“纸上得来终觉浅，绝知此事要躬行。”', S('纸上得来终觉浅', '陆游')],
  ['《孟子》中说：“得道者多助，失道者寡助。”', S('得道者多助', '《孟子》')],
  ['《周易》有云：“穷则变，变则通，通则久。”', S('穷则变', '《周易》')],
  ['《荀子》曰：“不闻不若闻之，闻之不若见之。”', S('不闻不若闻之', '《荀子》')],
  ['王安石诗云：“不畏浮云遮望眼，自缘身在最高层。”', S('不畏浮云遮望眼', '王安石')],
  ['于谦有诗：“粉骨碎身浑不怕，要留清白在人间。”', S('粉骨碎身浑不怕', '于谦')],
  ['恩格斯有一句名言：“没有哪一次巨大的历史灾难不是以历史的进步为补偿的。”', S('没有哪一次巨大的历史灾难', '恩格斯')],
  ['《道德经》里有这样的句子：“合抱之木，生于毫末。”', S('合抱之木', '《道德经》')],
  ['鲁迅先生写道：“真的猛士，敢于直面惨淡的人生。”', S('真的猛士', '鲁迅')],
  // negatives: a work named as a phrase; someone quoting an unnamed source
  ['他常读《资本论》，对“剩余价值”理论很熟悉。', P('剩余价值')],
  ['文中引用了这样一句话：“路虽远，行则将至。”', S('路虽远', null)],
];

const FIRST_PERSON: Row[] = [
  [
    '在全县脱贫攻坚总结大会上的讲话\n县委书记　杨志强\n（2021年2月20日）\n\n同志们：\n我们反复强调：“脱贫不是终点，而是新生活的起点。”',
    S('脱贫不是终点', '县委书记杨志强'),
  ],
  ['温家宝在十一届全国人大五次会议记者会上答中外记者问\n\n我说过：“我们不能对不起人民。”', S('我们不能对不起人民', null)],
  ['胡春华在全国春季农业生产工作会议上的讲话\n\n……我们强调：“粮食安全是国之大者。”', S('粮食安全是国之大者', '胡春华')],
  ['作者：赵立新\n\n我认为：“乡村振兴首先是人的振兴。”', S('乡村振兴首先是人的振兴', '赵立新')],
  [
    '以改革激发活力\n周明远\n\n我们常说：“改革是被问题倒逼而产生的。”',
    S('改革是被问题倒逼而产生的', '周明远'),
  ],
  ['我们党历来强调：“群众路线是党的生命线。”', S('群众路线是党的生命线', '中国共产党')],
  // negatives: no byline, or two names
  ['同志们，我们一再强调：“纪律面前人人平等。”', S('纪律面前人人平等', null)],
  [
    '在座谈会上的发言\n张伟\n李强\n\n我们认为：“要加快推进立法。”',
    S('要加快推进立法', null),
  ],
];

const BODIES: Row[] = [
  ['国务院印发《“十四五”数字经济发展规划》，提出“到2025年，数字经济核心产业增加值占国内生产总值比重达到10%”的目标。', S('到2025年，数字经济', '国务院')],
  ['中共中央、国务院印发《质量强国建设纲要》，明确“到2035年，质量强国建设基础更加牢固”。', S('到2035年，质量强国', '中共中央、国务院')],
  ['全会通过的《决议》指出：“党的百年奋斗从根本上改变了中国人民的前途命运。”', S('党的百年奋斗', '《决议》')],
  ['国务院办公厅日前印发通知，要求“全面清理规范涉企收费”。', S('全面清理规范涉企收费', '国务院办公厅')],
  ['中央全面深化改革委员会第三次会议审议通过了《关于全面加强资源节约工作的意见》。会议强调：“要完善资源节约制度。”', S('要完善资源节约制度', '会议')],
  ['《意见》要求：“各地要建立健全工作机制。”', S('各地要建立健全工作机制', '《意见》')],
  // negatives: a keyword set out by a body, a goal quoted without any body
  ['国务院提出“放管服”改革。', P('放管服')],
  ['确立了“到2030年碳达峰”的目标。', P('到2030年碳达峰')],
];

describe('quotation speakers of the central-document classes (issue 11)', () => {
  describe('generic and ancient sources', () => runTable(GENERIC));
  describe('quoted works and their authors', () => runTable(WORKS));
  describe('the first person: byline or speech line', () => runTable(FIRST_PERSON));
  describe('bodies and documents setting out formulations', () => runTable(BODIES));
});
