/**
 * Speaker classes, third round (issues 11 and 16): the classes a third held-out set showed failing.
 * Partial quotations inside reported speech (中方“…”, 政府将「…」), pronouns and titles pointing back
 * to a person named earlier in the passage (他指出 after 考察中，李强…; 这位老船长), people named inside
 * quoted words (they are nobody 他/她 means), the speaker after a quotation with a long tail, transcript
 * labels, first-person bylines, possessives (他的太太). Passages written for these tables, not taken
 * from the gold sets (test/fixtures/extra-gold/speakers*); negatives in each class, where a careful
 * reader cannot say who speaks or where the quoted words are a keyword, not speech.
 */
import { P, S, runTable, type Row } from './quotations-tables';

const PARTIAL: Row[] = [
  ['发言人汪文斌在记者会上表示，中方“坚定支持联合国发挥核心作用”。', S('坚定支持联合国', '发言人汪文斌')],
  ['财政部部长蓝海涛在会上指出，积极的财政政策“要更加给力”。', S('要更加给力', '财政部部长蓝海涛')],
  ['市长李明华接受采访时说，城市更新“绝不是推倒重来”。', S('绝不是推倒重来', '市长李明华')],
  ['運輸及物流局局長陳美寶表示，政府會「盡快檢討收費機制」。', S('盡快檢討收費', '運輸及物流局局長陳美寶')],
  ['议员张国钧批评，有关安排「脱离现实」。', S('脱离现实', '议员张国钧')],
  ['会议认为，当前就业形势“总体稳定”。', S('总体稳定', '会议')],
  ['《纲要》提出，到2035年“基本实现社会主义现代化”。', S('基本实现社会主义', '《纲要》')],
  ['外交部发言人林立在例行记者会上说，中方“坚决反对”任何形式的单边制裁。', S('坚决反对', '外交部发言人林立')],
  // negatives: a keyword named by the sentence (object of a verb, head of a noun, a counted formula)
  ['会议强调，要坚持“两个毫不动摇”。', P('两个毫不动摇')],
  ['他表示，将继续推进“放管服”改革。', P('放管服')],
  ['她说，这就是所谓的“内卷”。', P('内卷')],
  ['会议指出，要深入践行“两山”理念。', P('两山')],
  ['部长介绍，全国已建成“智慧工地”一千多个。', P('智慧工地')],
  ['报告认为，我们正在建设“数字中国”。', P('数字中国')],
  ['调查显示，不少年轻人把“躺平”挂在嘴边。', P('躺平')],
  ['局长陈美华强调，政府会推出“青年发展蓝图”。', P('青年发展蓝图')],
  ['他说，政府推出“青年发展蓝图”。', P('青年发展蓝图')],
  ['他表示，政府将会“全力以赴”。', S('全力以赴', null)],
];

const TOLD_PEOPLE: Row[] = [
  ['会议要求各级党委“扛起主体责任，抓好工作落实”。', S('扛起主体责任', '会议')],
  ['总书记希望广大青年“勇做走在时代前列的奋进者”。', S('勇做走在时代', '习近平')],
  ['省长王建平在调研时要求各地“把群众的事当成自己的事”。', S('把群众的事', '省长王建平')],
  ['习近平在座谈会上强调，“要守好生态红线”。他希望当地干部群众“再接再厉，久久为功”。', S('要守好生态红线', '习近平'), S('再接再厉', '习近平')],
  // negatives: what is asked for is a thing, not words (要求各地落实“放管服”改革); no people told
  ['会议要求各地落实“放管服”改革。', P('放管服')],
  ['会议强调，要稳住经济大盘，并要求各地“守住民生底线”。', S('守住民生底线', '会议')],
  ['各地积极行动，并要求各级干部“下沉一线”。', S('下沉一线', null)],
  ['他希望这部“接地气”的作品多拿奖。', P('接地气')],
];

const BACK: Row[] = [
  ['调研中，王晓东仔细察看了生产线。他指出：“质量是企业的生命。”', S('质量是企业的生命', '王晓东')],
  ['在座谈会上，李国华就乡村振兴作了发言。他说，“产业兴旺是关键”。', S('产业兴旺是关键', '李国华')],
  ['记者在展区遇到了来自巴西的工程师马丁。“这里的技术让我大开眼界。”他说。', S('这里的技术', '工程师马丁')],
  ['“城市要有记忆。”市规划局副局长王飞在访谈中强调。他表示，要“留住老街的烟火气”。', S('城市要有记忆', '市规划局副局长王飞'), S('留住老街的烟火气', '市规划局副局长王飞')],
  ['卫生署署长林文健表示：“请市民做好防护。”\n“我们会增加诊所的医生，”他续说，“并延长服务时间。”', S('请市民做好防护', '卫生署署长林文健'), S('我们会增加', '卫生署署长林文健'), S('并延长服务时间', '卫生署署长林文健')],
  // negatives: two people named, a person and a foreign guest, no name at all
  ['调研中，王晓东和李志刚察看了生产线。他指出：“质量是企业的生命。”', S('质量是企业的生命', null)],
  ['会上，李强会见了德国总理朔尔茨。他说：“双方合作潜力巨大。”', S('双方合作潜力巨大', null)],
  ['在座谈会上，有关专家就乡村振兴作了发言。他说，“产业兴旺是关键”。', S('产业兴旺是关键', null)],
  ['记者采访了老党员王大山和村医李小川。“日子越过越红火。”他说。', S('日子越过越红火', null)],
];

const AFTER_TAIL: Row[] = [
  ['“今年的粮食生产形势很好。”农业农村部部长韩俊在田间考察时说，各地要抓好秋收。', S('今年的粮食生产', '农业农村部部长韩俊')],
  ['“必须守住安全底线。”应急管理部部长王祥喜在现场要求。', S('必须守住安全底线', '应急管理部部长王祥喜')],
  ['“开放的大门只会越开越大。”商务部部长王文涛在会见外国企业代表时表示，中国将继续扩大进口。', S('开放的大门', '商务部部长王文涛')],
  // negatives: a pronoun with nobody before it, a noun after the quotation (问题, 说法), a term before a comma
  ['“我们不会放松。”他在记者会上强调，防控仍要坚持。', S('我们不会放松', null)],
  ['「到底誰說了算？」這個問題至今沒有答案。', S('到底誰說了算', null)],
  ['“文件太多，时间太少。”这个说法在基层很普遍。', S('文件太多', null)],
  ['“绿水青山就是金山银山”，习近平说，要牢记这一理念。', P('绿水青山就是金山银山')],
];

const LABELS: Row[] = [
  ['主持人：“您怎么看平台经济的前景？”\n嘉宾（北京大学教授林毅远）：“前景广阔，但要规范发展。”', S('您怎么看', '主持人'), S('前景广阔', '北京大学教授林毅远')],
  ['新华社记者：“改革的难点在哪里？”\n国家能源局新闻发言人、发展规划司司长张星：“难点在于统筹协调。”', S('改革的难点', '新华社记者'), S('难点在于', '发展规划司司长张星')],
  ['人民网：“5G用户为何增长这么快？”\n中国电信副总经理李明：“网络覆盖不断扩大。”', S('5G用户', '人民网'), S('网络覆盖', '中国电信副总经理李明')],
  ['外交部发言人汪文斌主持例行记者会。\n\n法新社记者：“中方如何评价此次会谈？”\n发言人：“会谈是建设性的。”', S('中方如何评价', '法新社记者'), S('会谈是建设性的', '外交部发言人汪文斌')],
  ['国家发展改革委有关负责人就《促进民营经济发展的若干措施》答记者问\n\n问：“出台措施的背景是什么？”\n答：“民营经济是推动发展的重要力量。”', S('出台措施的背景', '记者'), S('民营经济是推动', '国家发展改革委有关负责人')],
  ['教育部部长怀进鹏答记者问\n\n问：今年的重点是什么？\n答：“重点是推进教育强国建设。”', S('重点是推进', '教育部部长怀进鹏')],
  // negatives: two spokespeople named before 发言人：; a headline that names no one; a role with no name in brackets (the role)
  ['外交部发言人汪文斌和发言人毛宁先后主持记者会。\n记者：“请介绍会谈情况。”\n发言人：“双方达成了共识。”', S('请介绍会谈情况', '记者'), S('双方达成了共识', '发言人')],
  ['关于秋季开学的答记者问\n\n问：“学生何时返校？”\n答：“九月一日正式开学。”', S('学生何时返校', null), S('九月一日正式开学', null)],
  ['嘉宾（某高校学者）：“就业压力不小。”', S('就业压力不小', '嘉宾')],
];

const FIRST: Row[] = [
  ['在全省经济工作会议上的讲话\n（2025年1月8日）\n王建国\n\n同志们：\n我常说：“干部干部，先干一步。”', S('干部干部', '王建国')],
  ['在全国科技大会上的讲话\n（2024年6月24日）\n习近平\n\n我常说：“科技兴则民族兴。”', S('科技兴则民族兴', '习近平')],
  ['林立新（作者系省教育厅厅长）\n\n从教三十年，我深深体会到：“教育是慢的艺术。”', S('教育是慢的艺术', '林立新')],
  ['周海燕\n\n我要强调的是：“安全生产没有旁观者。”', S('安全生产没有旁观者', '周海燕')],
  ['会议强调的是：“要稳字当头。”', S('要稳字当头', '会议')],
  // negatives: no byline, two names below a title, no subject before 的是
  ['我常说：“办法总比困难多。”', S('办法总比困难多', null)],
  ['张立新\n李文华\n\n我要强调的是：“安全生产没有旁观者。”', S('安全生产没有旁观者', null)],
  ['需要强调的是：“安全生产没有旁观者。”', S('安全生产没有旁观者', null)],
  ['关于做好安全生产的几点思考\n\n我要强调的是：“安全生产没有旁观者。”', S('安全生产没有旁观者', null)],
];

const RELATED: Row[] = [
  ['陈家明说：“这家店开了二十年。”他的太太补充：“最难的是那三年。”', S('这家店开了二十年', '陈家明'), S('最难的是那三年', '太太')],
  ['老李说：“我退休了。”他的儿子接着说：“我来接班。”', S('我来接班', '儿子')],
  ['在座谈会上，我注意到一位老农说的话，他说，“地是越种越肥的”。', S('地是越种越肥的', '老农')],
  // negatives: indefinite people, a described person among two, a possessive of a thing
  ['有同志讲：“改革到了这个份上，难啃的都是硬骨头。”', S('改革到了这个份上', null)],
  ['有朋友问：“你为什么回乡？”', S('你为什么回乡', null)],
  ['我见到一位老农和一位村医，他说：“今年雨水多。”', S('今年雨水多', null)],
  ['他的文章写道：“城市是人的城市。”', S('城市是人的城市', null)],
];

const HOLDERS: Row[] = [
  ['《礼记》中有“大道之行也，天下为公”之语。', S('大道之行也', '《礼记》')],
  ['古人早有“民为邦本”之说。', S('民为邦本', '古人')],
  ['《孟子》里有“得道者多助”的名言。', S('得道者多助', '《孟子》')],
  ['顾炎武曾言：“天下兴亡，匹夫有责。”', S('天下兴亡', '顾炎武')],
  // negatives: no source before 有, a modifier that is no saying, 之 after the quotation is no subject
  ['我们有“敢叫日月换新天”之志。', P('敢叫日月换新天')],
  ['我们有“敢叫日月换新天”的说法。', S('敢叫日月换新天', null)],
  ['“天下兴亡，匹夫有责”之说由来已久。', P('天下兴亡')],
];

const PERSON_AFTER: Row[] = [
  ['“今年的就业形势总体稳定。”\n在“部长通道”上，人力资源和社会保障部部长王晓萍的话让人安心。', S('今年的就业形势', '人力资源和社会保障部部长王晓萍'), P('部长通道')],
  ['“骑车上班又快又环保！”在展区里，《海峡时报》记者约翰·史密斯兴奋地试骑共享单车。', S('骑车上班又快', '记者约翰·史密斯')],
  ['“对这份工作，我既熟悉又敬畏。”曾在报社工作多年的刘建国1日接受本报记者专访时这样看待新角色。', S('对这份工作', '刘建国')],
  ['“几十个文件管不住一个口子”，张丽委员风趣的话引得台下一片笑声。', S('几十个文件', '张丽')],
  ['“中国的机遇属于世界。”来自巴西电视台的马修斯，是第一个提问的外国记者。', S('中国的机遇属于世界', '马修斯')],
  // negatives: two people, an unnamed person, a pronoun, a group, no person at all, a quotation inside a sentence
  ['“机会难得。”一名外国记者向外交部新闻司司长王刚提出了这个问题。', S('机会难得', null)],
  ['“这里的变化太大了！”几位游客围着讲解员李娜问个不停。', S('这里的变化太大了', null)],
  ['“这里的变化太大了！”他和村支书王明一起走进村史馆。', S('这里的变化太大了', null)],
  ['“我们要把路修到家门口。”记者了解到，全县已完成道路改造200公里。', S('我们要把路修到', null)],
  ['会议强调，“要压实责任。”省长王建平出席会议。', S('要压实责任', '会议')],
  ['“工期能保证吗？”面对这个问题，项目经理王强答道：“能。”', S('工期能保证吗', null), S('能', '项目经理王强')],
];

const NOT_SPEAKERS: Row[] = [
  ['澳门中华总商会副会长李泽云：“大家只是闲话家常。”', S('大家只是闲话家常', '澳门中华总商会副会长李泽云')],
  ['《孙子兵法》云：“知己知彼，百战不殆。”', S('知己知彼', '《孙子兵法》')],
  ['古人云：“民惟邦本，本固邦宁。”', S('民惟邦本', '古人')],
  // negatives: a place in a text, a preposition, a scare-quoted term after 非, a term inside a sentence
  ['诗的结尾处明确表态：“明日隔山岳，世事两茫茫。”', S('明日隔山岳', null)],
  // (a known limitation: after 说， the term is still read as speech; its speaker at least stays empty)
  ['从平等讨论的立场而说，“来而不往”亦非礼也。', S('来而不往', null)],
  ['局长王强表示，这次检查非“走过场”，整治会持续下去。', P('走过场')],
  ['参赞李明表示，今年有800名外国记者采访“两会”，各种问题都得到满意答复。', P('两会')],
];

const SENTENCE_HEAD: Row[] = [
  ['院长林志明强调，作为公立医院，任何涉及病人安全的决定，「我们都会从严把关」，无论压力多大。', S('我们都会从严把关', '院长林志明')],
  ['市长陈国平认为，老城区改造牵涉面广，居民意见分歧大，「这是我们必须啃下的硬骨头」。', S('这是我们必须啃下', '市长陈国平')],
  ['在座谈会上，专家王立群指出，细读这份规划，核心只有一个，“让城市更适合人居住是规划的出发点和落脚点”。', S('让城市更适合', '专家王立群')],
  ['委员李静在微博上控诉，她的孩子被校方“无故劝退”。', S('无故劝退', '委员李静')],
  // negatives: two cues in the sentence, a keyword as object, a term as subject of the next clause, a short term
  ['局长王刚表示，市民认为，当前的措施还不够，“我们希望加快进度”。', S('我们希望加快进度', null)],
  ['部长李明指出，今年用一整章谈“促进农民增收”，还要求补齐短板。', P('促进农民增收')],
  ['副总统表示，「寒冬送暖」活动起源于1991年，每年除夕举行。', P('寒冬送暖')],
  ['院长林志明强调，医院正在推进“智慧医院”，进展顺利。', P('智慧医院')],
];

const LATER_NAMES: Row[] = [
  ['记者赵立新表示，会后他偶遇自治区主席阿不都·热合曼，后者告诉他，“今年的会开得很紧凑。”', S('今年的会开得很紧凑', '主席阿不都·热合曼')],
  ['蔡英文总统今日出席开幕式时致辞。总统强调，局势变化很大，「我们都要勇敢」。', S('我们都要勇敢', '蔡英文总统')],
  ['行政院长卓荣泰出席会议。院长表示：“要稳住物价。”', S('要稳住物价', '行政院长卓荣泰')],
  ['也曾有议员询问：“这条线路究竟通往哪里？”', S('这条线路究竟', '议员')],
  ['会议结束后，代表们走上前去。高明远自我介绍说：“我来自温州。”\n“温州的？”一听这话，总书记停下了脚步。', S('我来自温州', '高明远'), S('温州的', null)],
  // negatives: a body before its post, two people before 后者 is still the last one, no one named before 后者
  ['保安局局长邓炳强出席记者会。局长回应称：“政府不会放弃。”', S('政府不会放弃', '保安局局长邓炳强')],
  ['全国人大常委会委员长赵乐际在会上讲话。委员长强调：“要提高立法质量。”', S('要提高立法质量', '全国人大常委会委员长赵乐际')],
  ['两人在会上交谈，后者告诉记者：“合作前景广阔。”', S('合作前景广阔', null)],
];

const DESCRIBED: Row[] = [
  ['清晨六点，村委会主任钱小东长舒一口气：“水渠终于通了！”', S('水渠终于通了', '村委会主任钱小东')],
  ['说起当初的决定，返乡青年周晓梅没有丝毫犹豫：“家乡需要我。”', S('家乡需要我', '返乡青年周晓梅')],
  ['面对镜头，外卖骑手孙浩有些腼腆：“我只是做了该做的事。”', S('我只是做了', '外卖骑手孙浩')],
  ['得知单车已经出海，安德鲁·怀特非常兴奋：“这太了不起了！”', S('这太了不起了', '安德鲁·怀特')],
  ['今年70岁的吴长根在江上打了一辈子鱼。说起禁渔，这位老渔民沉默片刻：“江里的鱼回来了。”', S('江里的鱼回来了', '吴长根')],
  ['会后，这位日本记者表示：“我不太清楚这个成语。”', S('我不太清楚', '日本记者')],
  // negatives: a place, a person and someone else in the predicate, no name at all, a long clause
  ['王府井人头攒动：“快来看！”', S('快来看', null)],
  ['村支书王明拉着记者的手：“你一定要再来。”', S('你一定要再来', null)],
  ['几位老人坐在树下：“今年雨水多。”', S('今年雨水多', null)],
  ['记者王芳采访了这位“新农人”。这位“新农人”说：“种地也要讲科学。”', P('新农人'), P('新农人'), S('种地也要讲科学', null)],
];

describe('speaker classes, third round (issues 11, 16)', () => {
  describe('a partial quotation inside reported speech', () => runTable(PARTIAL));
  describe('a cue telling people, then their words with no colon', () => runTable(TOLD_PEOPLE));
  describe('他/她 and titles pointing back to the person named earlier', () => runTable(BACK));
  describe('the speaker after the quotation, with a long tail', () => runTable(AFTER_TAIL));
  describe('transcript labels and 答记者问 headlines', () => runTable(LABELS));
  describe('the first person of a bylined speech or article', () => runTable(FIRST));
  describe('possessives and people described once', () => runTable(RELATED));
  describe('the one person named right after a quoted sentence', () => runTable(PERSON_AFTER));
  describe('names ending in a cue character, places and prepositions that are no speakers', () => runTable(NOT_SPEAKERS));
  describe('the cue heading a sentence of reported speech', () => runTable(SENTENCE_HEAD));
  describe('后者, name + post, 也曾有, another person taking the floor', () => runTable(LATER_NAMES));
  describe('a person described before a colon, with no verb', () => runTable(DESCRIBED));
  describe('a saying held by a work or source (…中有“…”之语)', () => runTable(HOLDERS));
});
