/**
 * Speaker classes of reporting (issue 16, third round, helper spkR): a bare title resolved to the one
 * person of that post the article named, however far back; words that cannot be a speaker dropped;
 * more verbs of reporting; speakers after the quotation with a manner or a description; 他/她 and an
 * elided subject resolved to a name the passage repeats; a source in brackets after the quotation;
 * quoted Cantonese and short fragments in Hong Kong and Macao reporting. Passages written for these
 * tables (modelled on the kinds of sentences news reports use; names, numbers and wording changed);
 * negatives in each class: where a careful reader cannot say who speaks, the speaker stays null.
 */
import { P, S, runTable, type Row } from './quotations-tables';

const FILLER = '记者会上，来自各地的记者踊跃提问，话题涉及就业、物价、住房、教育和医疗等多个方面，现场气氛热烈。'.repeat(6);

const WIDE_TITLE: Row[] = [
  [`3月11日上午，国务院总理王建华在人民大会堂会见中外记者。\n\n${FILLER}\n\n一位外国记者问到经济前景。\n\n“我们有信心、有能力实现全年目标。”总理说。`, S('我们有信心', '国务院总理王建华')],
  [`行政长官周家明今日出席行政会议前会见传媒。\n\n${FILLER}\n\n被问及房屋政策，特首强调：“政府会全力增加公营房屋供应。”`, S('政府会全力增加', '行政长官周家明')],
  [`外交部长孙立新在记者会上回答提问。\n\n${FILLER}\n\n“你把最难的问题放在了最前面啊。”部长笑着说。`, S('你把最难的问题', '外交部长孙立新')],
  [`国务院总理王建华出席论坛。\n\n${FILLER}\n\n“开放的大门只会越开越大。”总理简短有力的回答，引来一片掌声。`, S('开放的大门只会', '国务院总理王建华')],
  // negatives: two premiers named; a country before the post is no name; no one of that post named at all
  [`国务院总理王建华会见来访的新西兰总理。\n\n${FILLER}\n\n“双方同意扩大合作。”总理说。`, S('双方同意扩大合作', '总理')],
  [`一位记者率先向中国总理抛出一个尖锐的问题。\n\n“这个问题问得好。”总理说。`, S('这个问题问得好', '总理')],
  [`${FILLER}\n\n“我们会继续努力。”部长说。`, S('我们会继续努力', '部长')],
];

const NOT_A_SPEAKER: Row[] = [
  ['一名记者首先用中文问好，随后“切换”到英文提问。', P('切换')],
  ['记者接着把“中方如何看待油价”抛出时，他愣了一下。', P('中方如何看待')],
  ['本报记者随即抛出一连串问题：“您第一次参会吗？最关心什么？”', S('您第一次参会吗', '本报记者')],
  ['刘教授提出了一个问题：“如果补贴退坡，市场能否自我维持？”', S('如果补贴退坡', '刘教授')],
  ['记者“抢”到了来自山西的刘海代表，并抛出一连串问题：“您第一次参会吗？”', P('抢'), S('您第一次参会吗', null)],
  ['行政长官再度举行记者会宣布新措施，希望下次宣布疫情结束：“不用戴口罩了！”', S('不用戴口罩了', null)],
  ['会议强调，要加强统筹，以及：“要守住安全底线，确保万无一失。”', S('要守住安全底线', null)],
  ['她笑着说完，还有些得意地对我说：“我开车一个小时就到了。”', S('我开车一个小时', null)],
  // kept: a person in a clause of time, a body, a long post and name, a document
  ['李强主持召开国务院常务会议时要求，“坚决守住不发生规模性返贫的底线”。', S('坚决守住', '李强主持召开国务院常务会议时')],
  ['中央全面深化改革委员会第五次会议强调，“要坚持问题导向，抓住关键环节”。', S('要坚持问题导向', '中央全面深化改革委员会第五次会议')],
  ['中共中央政治局委员、国务院副总理张国清强调：“要坚持把制造业作为主攻方向。”', S('要坚持把制造业', '中共中央政治局委员、国务院副总理张国清')],
  ['中国国家主席习近平会见来宾时，语重心长地说：“实践证明，这条路走得通。”', S('实践证明', '中国国家主席习近平')],
];


const REPEATED_NAME: Row[] = [
  ['采访周文博是在一个雨天。约定时间还没到，周文博已经坐在会客室里了。我们的话题从他的新书开始，周文博说这本书写了三年。\n“这本书卖得不错，”他不无得意地说，“出版社又加印了一次。”', S('这本书卖得不错', '周文博'), S('出版社又加印', '周文博')],
  ['1979年，严守仁来到县里任职。一次会上，有人主张把项目停掉。严守仁拍案而起，说：“停掉容易，再上就难了！”', S('停掉容易', '严守仁')],
  ['这是彭立达第一次接受媒体采访。节目录完，彭立达长舒一口气。他笑着说：“比上台讲课难多了。”', S('比上台讲课难', '彭立达')],
  ['记者见到宋海平时，他正在地里查看墒情。宋海平告诉记者，今年雨水足。他蹲下身，抓起一把土说：“你看，这土一攥就成团。”', S('你看，这土', '宋海平')],
  // negatives: two repeated names; a post and another name near; a group; a name said only once
  ['邓志远和罗晓峰是老同学。邓志远学医，罗晓峰学法律。两人见面时，邓志远和罗晓峰都很激动。他说：“二十年没见了。”', S('二十年没见了', null)],
  ['这是彭立达第一次来到县里。彭立达一下车，县长刘振华就迎了上去。他说：“欢迎欢迎！”', S('欢迎欢迎', null)],
  ['严守仁带着工友们赶到现场。严守仁一声令下，他们立即开工，说：“今天一定干完！”', S('今天一定干完', null)],
  ['周文博走进会场。他说：“大家好，我们开始吧。”', S('大家好', '周文博')],
];

const MORE_VERBS: Row[] = [
  ['北京大学教授王立群分析，“消费回暖的基础还不牢固，需要政策持续发力。”', S('消费回暖的基础', '北京大学教授王立群')],
  ['国务院总理王建华幽默插话：“你可以继续用中文，我们给你时间。”', S('你可以继续用中文', '国务院总理王建华')],
  ['村党支部书记杨秀英打趣：“现在村里的年轻人比老人还多了。”', S('现在村里的年轻人', '村党支部书记杨秀英')],
  // negatives: 分析 as a noun, and a keyword after 分析
  ['专家的分析：“风险总体可控。”', S('风险总体可控', null)],
  ['经过分析，“数字经济”成为报告的高频词。', P('数字经济')],
];

const HONG_KONG: Row[] = [
  ['被问及外国记者会的地位，林美华称一个团体是否中立，「不是由特首定性」，并重申政府的立场。', S('不是由特首定性', '林美华')],
  ['行政长官何志明回应时表示，过去一年成绩有目共睹，「我自己认为运作得好好。」 有人有不同意见，他不会逐一回应。', S('我自己认为运作', '行政长官何志明')],
  ['被问到连任，何志明回应称，自己会先做好现时工作，「其他嘅事，我未作考虑。」', S('其他嘅事', '何志明')],
  ['何志明笑言：「我哋同事都唔系睇住稿读嘅。」', S('我哋同事', '何志明')],
  // negatives: a short term after the comma (a name), a body as the head, nobody heading the sentence
  ['林美华表示，政府会推出「明日大屿」，增加土地供应。', P('明日大屿')],
  ['特区政府称，有关工作正在推进，「一国两制」行稳致远。', P('一国两制')],
  ['一个团体是否中立，「不是由谁定性」，而是看行为。', P('不是由谁定性')],
];

const NEW_POSTS: Row[] = [
  ['2021年秋，历史学家许文远接受了本刊的访谈。这是多年来他唯一一次接受当面采访。他说：「我这一辈子，总在路上。」', S('我这一辈子', '历史学家许文远')],
  ['女工马秀兰从流水线上抬起头：“订单排到年底了！”', S('订单排到年底', '女工马秀兰')],
  ['诺贝尔奖得主斯科特·琼斯曾坦言：“这里的减贫成就前所未有。”', S('这里的减贫成就', '诺贝尔奖得主斯科特·琼斯')],
  // negatives: the description with no name after it; a body ending like a description
  ['一位历史学家说：“这段历史还需要研究。”', S('这段历史还需要', '历史学家')],
  ['女工们围在一起说：“今年的订单比去年多。”', S('今年的订单', '女工们')],
];

const NAMED_BETWEEN: Row[] = [
  ['车间里，二十多名工人正在忙碌。\n\n“今天起，我们复产了！能来的都来了！”车间主任韩玉梅把一件样衣挂上吊架，顺手理了理线头，和记者说话时手上一刻也没停，“年底了，订单排满了！”', S('今天起，我们复产了', '车间主任韩玉梅'), S('年底了，订单排满了', '车间主任韩玉梅')],
  ['记者来到合作社时，常福林正在分拣草莓。\n\n“今年一亩能多卖两千块。”看着一筐筐装车的草莓，常福林笑了，“日子越来越有奔头！”', S('今年一亩能多卖', '常福林'), S('日子越来越有奔头', '常福林')],
  ['55岁的方德顺一早就下了地。“我们的日子比城里人还好。”方德顺是村里的种粮大户，他朴实的话里满是自豪。', S('我们的日子比城里人', '方德顺')],
  // negatives: a question (the one named may answer it); two people named; a group; nobody named
  ['记者问起收成，常福林正在分拣草莓。“今年能卖多少钱？”常福林想了想，“比去年多两成。”', S('今年能卖多少钱', null), S('比去年多两成', null)],
  ['“今年一亩能多卖两千块。”县长刘振华和村支书常福林一起走进大棚，“大家辛苦了！”', S('今年一亩能多卖', null), S('大家辛苦了', null)],
  ['“我们再也不用看天吃饭了！”村民们围着新修的水渠，七嘴八舌地议论着。', S('我们再也不用看天', null)],
  ['“路通了，心也通了。”这是一句流传在山里的话。', S('路通了，心也通了', null)],
];

const BRACKETED: Row[] = [
  ['中央对他的评价是：「对他的工作一直充分肯定和高度评价」（港澳办声明）。', S('对他的工作', '港澳办')],
  ['「中央对他的工作一直充分肯定、高度评价。」（中联办声明），这一评价分量很重。', S('中央对他的工作', '中联办')],
  ['“坚持稳中求进，以进促稳。”（《人民日报》评论员）', S('坚持稳中求进', '《人民日报》评论员')],
  // negatives: a note, a date, a photo credit in brackets
  ['“对他（指梁特首）的工作要全面看。”（指梁特首）', S('对他（指梁特首）', null)],
  ['“这一年很不容易，大家辛苦了！”（2023年12月）', S('这一年很不容易', null)],
  ['“丰收了！”（新华社记者 王明 摄）', S('丰收了', null)],
  // a news outlet credited for the report is not the speaker; with a verb of saying it is
  ['“今年春播进度快于往年，墒情总体适宜。”（中新社）', S('今年春播进度', null)],
  ['“全年新增就业目标已经提前完成。”(人民网)', S('全年新增就业', null)],
  ['“新建的十座水库全部蓄水，灌区不再缺水。”（央视新闻客户端）', S('新建的十座水库', null)],
  ['“两岸同胞要携手，共谋民族复兴。”（新华社评论员语）', S('两岸同胞要携手', '新华社评论员')],
  ['“对任何挑衅都将坚决回应，决不手软。”（国台办声明）', S('对任何挑衅', '国台办')],
];

const SURNAME_ONLY: Row[] = [
  ['行政长官周家明明日将出席答问会。周家明今日出席会庆，致辞时提及此事，周又称「我会回答所有议员的任何问题」，「其他问题，无任欢迎」。', S('我会回答所有', '周家明'), S('其他问题，无任欢迎', '周家明')],
  ['立法委员叶文彬今日质询部长。叶则指「这个说法非常奇怪，我不能接受」。', S('这个说法非常奇怪', '叶文彬')],
  ['卫生署长陈志远出席记者会，陈续指，「疫情已经明显缓和，大家可以放心」。', S('疫情已经明显缓和', '陈志远')],
  // negatives: two of that surname; nobody of that surname (the surname stays as written)
  ['局长李文海和议员李国华都出席了会议。李又称「会再研究」。', S('会再研究', null)],
  ['被问到家人是否出席，李则称「代太太讲几句」，随后离开。', S('代太太讲几句', '李')],
];

const PRONOUN_IN_CLAUSE: Row[] = [
  ['卫生福利部长陈志远是热门人选，他在今天下午的记者会中被问到是否参选时，并未承认或否认，仅称「有机会再回答」。', S('有机会再回答', '卫生福利部长陈志远')],
  ['记者多次联系上了吴德林。吴德林被问到是否参选时，仅称「有机会再回答」。', S('有机会再回答', '吴德林')],
  ['老人叫孟秀芝，丈夫是军人。说起往事，孟秀芝老人的眼睛闪闪发光。提起儿子，她流下了眼泪。“那年冬天太冷了，孩子冻得直哭。”', S('那年冬天太冷了', '孟秀芝')],
  // negatives: two persons before 他; a group; 他 in a sentence naming another person
  ['部长陈志远和局长王海涛一同出席。他在会上被问到时，仅称「有机会再回答」。', S('有机会再回答', null)],
  ['孟秀芝和邻居们坐在院子里。她们流下了眼泪。“那年冬天太冷了。”', S('那年冬天太冷了', null)],
];

const SAME_HEAD: Row[] = [
  ['社长胡文玲今日表示，这个案例很特殊；胡文玲还说，作为国家通讯社，任何涉及国家元首的报道，「我们会尽量保护」，不论元首属于哪个政党。', S('我们会尽量保护', '社长胡文玲')],
  ['部长邱文山受访时表示，「士兵在大陆我想是确认了」，对岸已经告知。', S('士兵在大陆', '部长邱文山')],
  // negative: two different people head the sentence
  ['社长胡文玲今日表示，这个案例很特殊；民代叶文彬则说，作为国家通讯社，任何涉及国家元首的报道，「我们会尽量保护」。', S('我们会尽量保护', null)],
  ['市长王立新表示，项目已经开工；王立新还说，按照计划，「我们会每月公布进度」，接受市民监督。', S('我们会每月公布', '市长王立新')],
  ['署长何国栋指出，疫情已经缓和；何国栋又称，假期将至，「大家可以放心出行」。', S('大家可以放心', '署长何国栋')],
];

const CONTINUED: Row[] = [
  ['今年57岁的罗建平，是黑石村的党支部书记。“从2005年开始，我就在村委会任职。”十五年的光阴，看似漫长，却仿若弹指一挥间。“长期以来，村里的年轻人纷纷外出打工。”', S('从2005年开始', '罗建平'), S('长期以来', '罗建平')],
  ['村支书孙德明告诉记者：“今年通了路。”说到这里，他停了一下。“明年还要修水渠。”', S('今年通了路', '村支书孙德明'), S('明年还要修水渠', '村支书孙德明')],
  // negatives: another person in between; a question before; a new paragraph; a verb of saying in between
  ['村支书孙德明告诉记者：“今年通了路。”村民们听了都很高兴。“明年还要修水渠。”', S('今年通了路', '村支书孙德明'), S('明年还要修水渠', null)],
  ['记者问村支书孙德明：“路什么时候通？”十五年的光阴，看似漫长。“明年还要修水渠。”', S('路什么时候通', '记者'), S('明年还要修水渠', null)],
  ['村支书孙德明告诉记者：“今年通了路。”\n\n“明年的计划还没有定下来，大家在商量。”', S('今年通了路', '村支书孙德明'), S('明年的计划', '村支书孙德明')],
  ['村支书孙德明告诉记者：“今年通了路。”有人说，“明年还要修水渠。”', S('今年通了路', '村支书孙德明'), S('明年还要修水渠', null)],
];

const CUES_THIRD: Row[] = [
  ['立委叶文彬在质询时揶揄中央社，「又怕得罪今上，又怕得罪路线」，也提问是否已惩处。', S('又怕得罪今上', '立委叶文彬')],
  ['常委王立明告诉来访的客人，「没有谁比我们更重视和平的愿望」。', S('没有谁比我们', '常委王立明')],
  ['当时记者不解，房屋的主人——七旬老汉陈泽民拍着大腿叹气：“还不是穷怕了嘛！”', S('还不是穷怕了', '七旬老汉陈泽民')],
  // negatives: 告诉 with a noun after it, 揶揄 as a noun
  ['他的揶揄：“这也算新闻？”', S('这也算新闻', null)],
  ['议员林志伟嘲讽，「这样的方案连小学生都不会接受」。', S('这样的方案连', '议员林志伟')],
  ['他告诉记者的那件事：“后来再也没有发生过。”', S('后来再也没有', null)],
];

const PRONOUN_SENTENCE: Row[] = [
  ['总统指出，这些成果是无数心血的累积。今天除了恭喜所有获奖者，她要代表国家，谢谢所有反毒有功的团体，「大家辛苦了」。', S('大家辛苦了', '总统')],
  ['院士王海平在座谈会上说：“科研没有捷径。”会后，他又叮嘱在场的学生，「要耐得住寂寞」。', S('科研没有捷径', '院士王海平'), S('要耐得住寂寞', '院士王海平')],
  // negatives: after a question; a second person in the sentence; a group
  ['“你吃过早饭了吗？”王大爷问。她摇摇头，“还没呢，等会儿再吃。”', S('你吃过早饭了吗', '王大爷'), S('还没呢', null)],
  ['局长李文海说：“方案已经成熟。”随后，他和处长王明一起走访企业，「大家辛苦了」。', S('方案已经成熟', '局长李文海'), P('大家辛苦了')],
  ['“今年的收成不错。”村支书赵德明说。随后，他拉着记者的手，「你们一定要再来」。', S('今年的收成不错', '村支书赵德明'), S('你们一定要再来', '村支书赵德明')],
];

const NEXT_PARAGRAPH: Row[] = [
  ['外交部发言人林海在介绍新同事时说，新同事在外交部工作多年。“希望大家支持他的工作。”\n记者会正式开始前，周明表示，很荣幸担任发言人。', S('希望大家支持', '外交部发言人林海')],
  // kept: the attribution in the same paragraph
  ['“我们有信心完成全年目标。”王文涛在记者会上表示，外贸形势总体稳定。', S('我们有信心', '王文涛')],
  ['“这一年很不容易。”局长李文海说。\n会后，王海涛表示，明年还要加大投入。', S('这一年很不容易', '局长李文海')],
  ['“路修好了，日子就好了。”\n村民们纷纷表示，要把日子过得更红火。', S('路修好了', null)],
  ['院长张强在会上强调，要守住安全底线。“医疗安全没有小事。”\n会后，副院长刘明表示，将逐条落实。', S('医疗安全没有小事', '院长张强')],
];

const FRAGMENT_KIND: Row[] = [
  ['行政长官周家明称赞「这座城市充满机遇」。', S('这座城市充满机遇', '行政长官周家明')],
  ['外长孙立新称赞中方团队「专业高效」。', S('专业高效', '外长孙立新')],
  ['院士王海平形容自己是「一名普通的科研工作者」。', S('一名普通的科研工作者', '院士王海平')],
  ['部长李文海形容这次改革是「一场硬仗」。', S('一场硬仗', '部长李文海')],
  ['记者问能否按期完工，局长王刚的答案是「当然可以」。', S('当然可以', '局长王刚')],
  ['局长王刚寄语青年「要敢闯敢试」。', S('要敢闯敢试', '局长王刚')],
  ['市长陈明言辞坚定地声明：“我们绝不会退让。”', S('我们绝不会退让', '市长陈明')],
  // negatives: names of formulas and nicknames stay phrases
  ['会议提出“四个全面”战略布局。', P('四个全面')],
  ['大家称他为“铁人”。', P('铁人')],
  ['这座桥被称为「天路」。', P('天路')],
  ['他把这种做法比喻为「撒胡椒面」式投入。', P('撒胡椒面')],
  ['这里俗称「小香港」。', P('小香港')],
];

const ACTION_NOT_SPEAKER: Row[] = [
  ['王海鹏吐吐舌头，大咧咧地说，“反正又被扎了。”', S('反正又被扎了', '王海鹏')],
  ['张大爷放下锄头，指着远处的山坡说：“那片林子是我们种的。”', S('那片林子', '张大爷')],
  ['村支书赵德明放下锄头，指着远处的山坡说：“那片林子是我们种的。”', S('那片林子', '村支书赵德明')],
  ['记者递过话筒，常听人说：“好人有好报。”', S('好人有好报', null)],
  // negatives / kept: a group opening the sentence (no name); a body doubled before its post
  ['工人们放下工具，指着新厂房说：“明年就能投产。”', S('明年就能投产', null)],
  ['卫生署署长林文健表示：“请市民做好防护。”', S('请市民做好防护', '卫生署署长林文健')],
  ['外交部部长孙立新拍了拍话筒说：“大家听得见吗？”', S('大家听得见吗', '外交部部长孙立新')],
];

describe('speaker classes, third round (issue 16, spkR)', () => {
  describe('a bare title: the one person of that post the article named, however far back', () => runTable(WIDE_TITLE));
  describe('words that cannot be a speaker are dropped; persons, bodies and documents kept', () => runTable(NOT_A_SPEAKER));
  describe('他/她 and a clause without subject: the one name the passage repeats', () => runTable(REPEATED_NAME));
  describe('more verbs of reporting (分析, 插话, 打趣)', () => runTable(MORE_VERBS));
  describe('Hong Kong and Macao: a short clause quoted in reported speech, quoted Cantonese', () => runTable(HONG_KONG));
  describe('descriptions before a name (历史学家, 女工, 得主)', () => runTable(NEW_POSTS));
  describe('the one person named right after a quoted statement, and the quotation that goes on', () => runTable(NAMED_BETWEEN));
  describe('a source in brackets after the quotation', () => runTable(BRACKETED));
  describe('one surname for the person of that surname named before (李又称, 叶则指)', () => runTable(SURNAME_ONLY));
  describe('他/她 heading a clause of the sentence, or the sentence before a quotation without cue', () => runTable(PRONOUN_IN_CLAUSE));
  describe('the same person heading a sentence twice is one speaker', () => runTable(SAME_HEAD));
  describe('continued speech: a sentence of narration naming nobody between two quotations', () => runTable(CONTINUED));
  describe('more verbs and descriptions (揶揄, 告诉, 老汉)', () => runTable(CUES_THIRD));
  describe('他/她 heading a clause of the sentence that holds the words: the one who spoke last', () => runTable(PRONOUN_SENTENCE));
  describe('a new paragraph with its own reported speech does not attribute the quotation before it', () => runTable(NEXT_PARAGRAPH));
  describe('kind: a short fragment someone praises, describes or answers with is their words; names stay phrases', () => runTable(FRAGMENT_KIND));
  describe('an action or a generic source between speaker and verb is no speaker', () => runTable(ACTION_NOT_SPEAKER));
});
