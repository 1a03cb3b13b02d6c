/**
 * Speaker classes of central-style texts (issue 11, fifth round): words held or said right after a
 * verb the scan does not read as a cue before the mark (主张“…”, 提倡“…”, 孟子说“…”), the person heading
 * a sentence whose cue clause has no subject of its own (also past a 他 the reference rules leave
 * open), formulations set out as a 呐喊 or a 名句, the sentence after the words saying whose they are
 * (这是X…写下的话), owners of a possessive among the classic authors (孙子的“…”), adverbs that end a
 * subject (甚至, 公开), and pronouns resolved only from words quoted before them.
 * Passages written for these tables (names, numbers and wording invented or changed; modelled on no
 * held-out text); each class has negatives, where a wrong speaker would be tempting and the speaker
 * must stay null, or the words stay a phrase.
 */
import { P, S, runTable, type Row } from './quotations-tables';

/** 主张“…” / 提倡“…” / 孟子说“…” / 《论语》中讲“…”: no colon, the words are held or said all the same. */
const DIRECT_HELD: Row[] = [
  ['王夫之主张“知行相资以为用”，反对空谈心性。', S('知行相资以为用', '王夫之')],
  ['鲁迅提倡“拿来主义，运用脑髓，放出眼光”，主张自己来拿。', S('拿来主义', '鲁迅')],
  ['荀子说“不积跬步，无以至千里”，讲的是积累的道理。', S('不积跬步', '荀子')],
  ['《尚书》中讲“满招损，谦受益”，告诫人们戒骄戒躁。', S('满招损', '《尚书》')],
  ['有句老话讲“吃水不忘挖井人”。', S('吃水不忘挖井人', '俗语')],
  ['古人说“天下难事，必作于易”。', S('天下难事', '古人')],
  ['蔡元培倡导“思想自由，兼容并包”，影响深远。', S('思想自由', '蔡元培')],
  // negatives: hearsay, a body, a short term, a noun heading the words, no one named
  ['他听说“明天要下雨，大家早点回家”。', S('明天要下雨', null)],
  ['换句话说“发展才是硬道理，稳定压倒一切”。', S('发展才是硬道理', null)],
  ['文件提倡“光盘行动”。', P('光盘行动')],
  ['蔡元培倡导“思想自由，兼容并包”的办学方针。', P('思想自由')],
  ['王明提倡“全民健身”理念。', P('全民健身')],
  ['据说“这口井打了整整三年”。', P('这口井打了整整三年')],
];

/** 赞扬 / 评价 / 形容 + a topic + the words: the subject of the verb. */
const PRAISED_TOPIC: Row[] = [
  ['恩格斯曾赞扬文艺复兴是一个“需要巨人而且产生了巨人的时代”。', S('需要巨人而且', '恩格斯')],
  ['毛泽东评价鲁迅是“中国文化革命的主将”，影响了几代人。', S('中国文化革命的主将', '毛泽东')],
  ['鲁迅形容这种文章是“又长又臭的懒婆娘的裹脚”。', S('又长又臭的懒婆娘', '鲁迅')],
  ['邓小平赞扬这批青年是“敢闯敢干的一代新人”。', S('敢闯敢干的一代新人', '邓小平')],
  ['周恩来称赞他们是“最可爱的人”，鼓舞了前线的战士。', S('最可爱的人', '周恩来')],
  // negatives: the words head a noun, a short term, a subject that is no person or work
  ['媒体评价这项工程是“新时代的标志性工程”的代表。', P('新时代的标志性工程')],
  ['他形容这条路是“致富路”的样板。', P('致富路')],
  ['大家评价这次改革是“一场及时雨，一剂强心针”。', S('一场及时雨', null)],
  ['有人评价这部电影是“近年来最好看的国产片”。', P('近年来最好看的国产片')],
];

/** The cue's clause has no subject: the person heading the sentence, also past a 他 left open. */
const HEAD_OF_SENTENCE: Row[] = [
  ['青年毛泽东受湖湘文化影响，重视社会调查，主张“踏着人生和社会的实际说话”，“到实际中去研究真理。”', S('踏着人生和社会', '毛泽东'), S('到实际中去研究', '毛泽东')],
  ['作为一位杰出的战略家，毛泽东深谙用兵之道，他化用孙子的“知己知彼，百战不殆”为“知彼知己，百战不殆”，强调“不打无准备之仗”。', S('知己知彼', '孙子'), P('知彼知己'), S('不打无准备之仗', '毛泽东')],
  ['晚年鲁迅身患重病，仍笔耕不辍，提倡“一面生活，一面抗争”。', S('一面生活', '鲁迅')],
  ['邓小平同志南方谈话时思路清晰，反复强调：“发展才是硬道理。”', S('发展才是硬道理', '邓小平')],
  ['毛泽东深入农村，他走访了许多农户，强调：“没有调查，没有发言权。”', S('没有调查', '毛泽东')],
  // negatives: another person heads a clause between, another subject, a body, no person at all
  ['张三来到村里，看了看庄稼，主张“先修路，再建厂”。', S('先修路', '张三')],
  ['毛泽东来到湖南，他们走访了许多农户，强调：“没有调查，没有发言权。”', S('没有调查', null)],
  ['调研组深入农村，走访了许多农户，主张“先修路，再建厂”。', P('先修路')],
  ['马克思主义政党在长期奋斗中，始终坚持理论创新，主张“理论必须联系实际，实践必须接受检验”。', P('理论必须联系实际')],
  ['鲁迅文学奖评委会成立多年，始终坚持标准，强调：“作品质量是唯一标准。”', S('作品质量是唯一标准', null)],
  ['青年们受到鼓舞，纷纷报名，主张“到基层去，到边疆去”。', P('到基层去')],
  ['老乡们围坐在一起，他们七嘴八舌，主张“先修路，再建厂”。', P('先修路')],
  ['毛泽东来到湖南，他遇到了刘某，刘某提倡“先修路，再建厂”。', S('先修路', '刘某')],
];

/** 发出“…”的呐喊 / 留下了“…”的名句: the one who set the words out. */
const SET_OUT_NOUNS: Row[] = [
  ['市委书记陈一民甚至发出“金融界不能见死不救”的呐喊。', S('金融界不能见死不救', '市委书记陈一民')],
  ['鲁迅留下了“横眉冷对千夫指，俯首甘为孺子牛”的名句。', S('横眉冷对千夫指', '鲁迅')],
  ['林则徐写下了“海纳百川，有容乃大”的名言。', S('海纳百川', '林则徐')],
  ['詹天佑喊出了“中国人自己的铁路自己修”的誓言。', S('中国人自己的铁路', '詹天佑')],
  ['李大钊发出了“青年不可一日无觉醒”的呼声。', S('青年不可一日无觉醒', '李大钊')],
  // negatives: a short term, no verb that sets the words out, nobody who sets them out
  ['全会发出了“向科学进军”的号召。', P('向科学进军')],
  ['“中国人自己的铁路自己修”的誓言至今回响。', P('中国人自己的铁路')],
  ['工地上响起了“大干一百天，建成新车站”的呐喊。', P('大干一百天')],
  ['有人发出“早知今日，何必当初”的感叹。', P('早知今日')],
];

/** The sentence after the words says whose they are. */
const THIS_WAS: Row[] = [
  ['“国家不可一日无青年，青年不可一日无觉醒。”\n\n这是李大钊在《晨钟报》创刊号上写下的话。', S('国家不可一日无青年', '李大钊')],
  ['“空谈误国，实干兴邦。”这句话出自邓小平之口。', S('空谈误国', '邓小平')],
  ['“横眉冷对千夫指，俯首甘为孺子牛”，这是鲁迅的名言。', S('横眉冷对千夫指', '鲁迅')],
  ['“为中华之崛起而读书！”这是周恩来在课堂上说过的话。', S('为中华之崛起而读书', '周恩来')],
  ['“一寸山河一寸血，十万青年十万军。”这是抗战时期流传的口号。', S('一寸山河一寸血', null)],
  // negatives: a group, a body's demand, a pronoun, a place
  ['“这次考试很难，大家都没考好。”这是学生们的心里话。', S('这次考试很难', null)],
  ['“发展是硬道理，稳定是硬任务。”这就是他说过的话。', S('发展是硬道理', null)],
  ['“山高路远，坑深水急。”这是当地的真实写照。', S('山高路远', null)],
  ['“一寸光阴一寸金。”这是许多人的座右铭。', S('一寸光阴一寸金', null)],
];

/** Adverbs ending a subject (甚至, 公开), and words that are no subject (换句话). */
const SUBJECT_ADVERBS: Row[] = [
  ['陈一民公开声称：“我们不会退让。”', S('我们不会退让', '陈一民')],
  ['王副市长甚至表示：“这笔钱一分都不能少。”', S('这笔钱一分都不能少', '王副市长')],
  ['发言人赵敏公开批评：“这种做法违反规则。”', S('这种做法违反规则', '发言人赵敏')],
  ['专家李刚甚至直言：“这个目标太保守了。”', S('这个目标太保守了', '专家李刚')],
  ['村支书张林公开承诺：“年底前一定修好路。”', S('年底前一定修好路', '村支书张林')],
  // negatives: 公开 inside a name of an activity, a pronoun, 换句话说
  ['政务公开办公室指出：“信息要及时发布。”', S('信息要及时发布', '政务公开办公室')],
  ['他甚至说：“这不行。”', S('这不行', null)],
  ['换句话说：“发展才是硬道理，稳定压倒一切。”', S('发展才是硬道理', null)],
];

/** 他 is resolved only from words quoted before it, never from the words it goes on to quote. */
const PRONOUN_BEFORE: Row[] = [
  ['毛泽东深谙兵法，他化用孙子的“知己知彼，百战不殆”，强调“不打无准备之仗”。', S('知己知彼', '孙子'), S('不打无准备之仗', '毛泽东')],
  ['邓小平思路清晰，他引用孟子的“得道者多助，失道者寡助”，强调“人心向背决定成败”。', S('得道者多助', '孟子'), S('人心向背决定成败', '邓小平')],
  ['鲁迅笔锋犀利，他借用孔子的“知之为知之，不知为不知”，提醒“做学问不能装懂”。', S('知之为知之', '孔子'), S('做学问不能装懂', '鲁迅')],
  ['习近平总书记考察时，他引用荀子的“不积跬步，无以至千里”，叮嘱大家“一步一个脚印”。', S('不积跬步', '荀子'), S('一步一个脚印', '习近平')],
  ['周恩来工作繁忙，他借用孟子的“民为贵，社稷次之”，强调“人民利益高于一切”。', S('民为贵', '孟子'), S('人民利益高于一切', '周恩来')],
  // negatives: the pronoun's person is not named before (only quoted after), two people named
  ['会场安静下来，他引用孟子的“得道者多助，失道者寡助”，强调“人心向背决定成败”。', S('得道者多助', '孟子'), S('人心向背决定成败', null)],
  ['张三和李四聊天，他引用孟子的“得道者多助，失道者寡助”，强调“人心向背决定成败”。', S('得道者多助', '孟子'), S('人心向背决定成败', null)],
];

/** 总书记 / 习近平总书记 heading the clause before a colon, doing something, no verb of saying. */
const XI_BEFORE_COLON: Row[] = [
  ['沿途，麦田连着村庄，总书记透过车窗看了又看：“我年轻时来过这里，那时候还是一片荒滩。”', S('我年轻时来过这里', '习近平')],
  ['习近平总书记停下脚步：“乡亲们的日子过得怎么样？”', S('乡亲们的日子', '习近平')],
  ['总书记拿起一把稻穗仔细端详：“今年的收成不错啊。”', S('今年的收成不错', '习近平')],
  ['习近平总书记环顾四周：“这里的变化真大。”', S('这里的变化真大', '习近平')],
  ['在展板前，总书记驻足良久：“这些数字来之不易。”', S('这些数字来之不易', '习近平')],
  // negatives: a title of a work, another person in the clause, a modifier
  ['习近平新时代中国特色社会主义思想：“十个明确”“十四个坚持”。', P('十个明确'), P('十四个坚持')],
  ['总书记看望了老党员王大爷，他激动地握着手：“总书记，您辛苦了！”', S('总书记，您辛苦了', null)],
  ['总书记和村干部交谈后，村支书李强感慨万千：“总书记的话说到了我们心坎上。”', S('总书记的话说到了', '村支书李强')],
];

/** Quoted words opening the items of a list under a cue and a colon. */
const LISTED: Row[] = [
  ['习近平总书记强调：\n（一）“坚持党的全面领导，这是根本。”\n（二）“坚持以人民为中心，这是宗旨。”', S('坚持党的全面领导', '习近平'), S('坚持以人民为中心', '习近平')],
  ['会议指出：\n一是“稳中求进，以进促稳”；\n二是“先立后破，不破不立”。', S('稳中求进', '会议'), S('先立后破', '会议')],
  ['《意见》明确提出：\n1.“到2027年，城乡人居环境明显改善。”\n2.“到2035年，美丽中国目标基本实现。”', S('到2027年', '《意见》'), S('到2035年', '《意见》')],
  ['省委书记王林在会上强调：\n①“抓落实要有钉钉子精神，一锤一锤接着敲。”\n②“干部要敢于担当，善于作为。”', S('抓落实要有', '省委书记王林'), S('干部要敢于担当', '省委书记王林')],
  ['会议强调：\n一是坚持问题导向，推动工作落实；\n二是“先立后破，不破不立”。', S('先立后破', '会议')],
  // negatives: no cue on the line that introduces the list, a pronoun, the words inside an item, a formula
  ['主要内容如下：\n1.“坚持党的全面领导，这是根本。”\n2.“坚持以人民为中心，这是宗旨。”', S('坚持党的全面领导', null), S('坚持以人民为中心', null)],
  ['他说：\n（一）“坚持党的全面领导，这是根本。”', S('坚持党的全面领导', null)],
  ['会议指出：\n一是坚持“两个确立”；\n二是做到“两个维护”。', P('两个确立'), P('两个维护')],
  ['会议指出：\n（一）“四个全面”战略布局。', P('四个全面')],
];

/** A saying cited as such (引用古语“…”, “…”这句俗语): the kind of source. */
const CITED_SAYINGS: Row[] = [
  ['习近平总书记引用古语“民惟邦本，本固邦宁”，强调要坚持人民至上。', S('民惟邦本', '古人')],
  ['总书记多次引用“治大国如烹小鲜”这句古语。', S('治大国如烹小鲜', '古人')],
  ['他借用一句俗语：“众人拾柴火焰高。”', S('众人拾柴火焰高', '俗语')],
  ['县长在会上引用了一句老话“磨刀不误砍柴工”。', S('磨刀不误砍柴工', '俗语')],
  ['文章援引民间谚语“春争日，夏争时”，讲农时的重要。', S('春争日', '俗语')],
  // negatives: a saying as a modifier (的古话), a short term, a citation of no saying
  ['久而久之，就出现了“东家不管，西家不收”的古话。', P('东家不管')],
  ['他引用古语“民本”。', P('民本')],
  ['他引用了“四个全面”这个说法。', P('四个全面')],
  ['文章引用“绿水青山就是金山银山”这一理念。', P('绿水青山就是金山银山')],
];

/** A document referred back to by its kind (该意见指出, 报告提出): the one title of that kind named before. */
const DOCUMENT_BACK: Row[] = [
  ['国务院日前印发《关于加快建设全国统一大市场的意见》。该意见指出：“建设全国统一大市场是构建新发展格局的基础支撑。”', S('建设全国统一大市场', '《关于加快建设全国统一大市场的意见》')],
  ['《政府工作报告》提请大会审议。报告提出“今年经济增长预期目标为5%左右”。', S('今年经济增长预期目标', '《政府工作报告》')],
  ['省政府发布《全省数字经济发展规划》。\n这份规划强调：“到2030年，数字经济核心产业增加值占比达到15%。”', S('到2030年', '《全省数字经济发展规划》')],
  ['《安全生产条例》自明年施行。条例规定：“生产经营单位必须建立安全生产责任制。”', S('生产经营单位必须', '《安全生产条例》')],
  ['《十四五规划》和《政府工作报告》都作了部署。报告提出“今年城镇新增就业1200万人以上”。', S('今年城镇新增就业', '《政府工作报告》')],
  // negatives: two titles of the kind, another report named after the title, no title at all
  ['《工作报告》与《政府工作报告》不同。报告提出“今年经济增长预期目标为5%左右”。', S('今年经济增长预期目标', '报告')],
  ['《政府工作报告》提请审议。会议还听取了最高法工作报告。报告提出“今年审结案件三百万件左右，比去年有所增长”。', S('今年审结案件', '报告')],
  ['会议听取了有关报告。报告提出“今年经济增长预期目标为5%左右”。', S('今年经济增长预期目标', '报告')],
];

/** 他 back to an author a theory article names alone at the head of a clause (青年毛泽东…。他…). */
const FAMOUS_ANTECEDENT: Row[] = [
  ['青年毛泽东受湖湘文化影响，重视调查研究。他反对空谈，提倡“不说大话，不好虚名，不行架空之事”。', S('不说大话', '毛泽东')],
  ['在早年办报的实践中，毛泽东就十分注意用事实说话。1925年，他创办了《政治周报》，在发刊词中，他就鲜明地指出：“我们反攻敌人的方法，并不多用辩论。”', S('我们反攻敌人', '毛泽东')],
  ['晚年鲁迅病体日重，笔耕不辍。他在日记里写道：“要赶快做。”', S('要赶快做', '鲁迅')],
  ['在南方视察途中，邓小平一路看一路想。他对随行人员说：“胆子要大一些，步子要快一些。”', S('胆子要大一些', '邓小平')],
  ['年轻时，马克思广泛阅读各国典籍。他认为：“哲学家们只是用不同的方式解释世界，问题在于改变世界。”', S('哲学家们只是', '马克思')],
  // negatives: the name heads a noun, two people named, the name only as an object
  ['毛泽东思想是党的指导思想。他强调：“实事求是。”', S('实事求是', null)],
  ['毛泽东和周恩来一起来到延安。他强调：“要团结一切可以团结的力量。”', S('要团结一切', null)],
  ['大家都读过毛泽东的著作。他强调：“要联系实际。”', S('要联系实际', null)],
  ['纪念毛泽东诞辰的活动很多。他强调：“要联系实际。”', S('要联系实际', null)],
  ['在深圳，邓小平接见了一批年轻干部。他说：“我们这一代人赶上了好时候。”', S('我们这一代人', null)],
  ['马克思恩格斯合作写下了《神圣家族》。他写道：“思想永远不能超出旧世界秩序的范围。”', S('思想永远不能', null)],
];

/** Telling someone, the one told between the verb and the words (寄望其“…”, 勉励同学们“…”). */
const TOLD: Row[] = [
  ['在给老县委书记王伯祥的回信中，习近平寄望其“珍惜荣誉、保重身体”。', S('珍惜荣誉', '习近平')],
  ['校长勉励同学们“珍惜时光，努力学习”。', S('珍惜时光', '校长')],
  ['总书记叮嘱大家“要把乡村振兴的事情办好”。', S('要把乡村振兴', '习近平')],
  ['省委书记王林告诫全党同志“打铁必须自身硬，正人必先正己”。', S('打铁必须自身硬', '省委书记王林')],
  ['老支书李明嘱咐青年们“要守住绿水青山，才能换来金山银山”。', S('要守住绿水青山', '老支书李明')],
  // negatives: a pronoun subject, no subject (the sentence's head is not who tells), a body
  ['他们叮嘱大家“注意安全，早去早回”。', S('注意安全', null)],
  ['村里收到了省里的通知，并鼓励大家“积极报名，踊跃参加”。', S('积极报名', null)],
  ['她们寄语你们“青春不负韶华”。', S('青春不负韶华', null)],
];

describe('central speakers (fifth round): held or said right before the mark (主张“…”, 孟子说“…”)', () => runTable(DIRECT_HELD));
describe('central speakers (fifth round): 赞扬 / 评价 / 形容 + a topic + the words', () => runTable(PRAISED_TOPIC));
describe('central speakers (fifth round): the person heading a sentence whose cue clause has no subject', () => runTable(HEAD_OF_SENTENCE));
describe('central speakers (fifth round): 发出“…”的呐喊, 留下“…”的名句', () => runTable(SET_OUT_NOUNS));
describe('central speakers (fifth round): the sentence after the words says whose they are', () => runTable(THIS_WAS));
describe('central speakers (fifth round): 甚至 and 公开 end a subject; 换句话 is none', () => runTable(SUBJECT_ADVERBS));
describe('central speakers (fifth round): 他 resolved only from words quoted before it', () => runTable(PRONOUN_BEFORE));
describe('central speakers (fifth round): 总书记 heading the clause before a colon', () => runTable(XI_BEFORE_COLON));
describe('central speakers (fifth round): quoted words opening the items of a list under a cue', () => runTable(LISTED));
describe('central speakers (fifth round): a saying cited as such', () => runTable(CITED_SAYINGS));
describe('central speakers (fifth round): a document referred back to by its kind', () => runTable(DOCUMENT_BACK));
describe('central speakers (fifth round): 他 back to an author named alone at the head of a clause', () => runTable(FAMOUS_ANTECEDENT));
describe('central speakers (fifth round): telling someone, the one told before the words', () => runTable(TOLD));
