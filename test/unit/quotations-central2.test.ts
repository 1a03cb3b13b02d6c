/**
 * Speaker classes of central documents, theory articles and speeches (issue 11, fourth round):
 * words of feeling or of writing a poem before the cue are no speaker (充满自责地写道, 赋诗曰),
 * footnote markers after a formulation (“…”①等著名论断), the first person in a transcript answer,
 * long posts before a name, documents heading their clause, owners of words in a named work.
 * Passages written for these tables (modelled on no held-out text, names and wording changed);
 * each class has negatives, where a wrong speaker would be tempting and the speaker must stay null
 * or be someone else.
 */
import { P, S, runTable, type Row } from './quotations-tables';

/** The clause before the cue is a feeling, a manner or a frame, not who speaks. */
const NOT_A_SUBJECT: Row[] = [
  // (the poet heading the sentence writes it: the sentence-head rule below)
  ['诗人王维晚年隐居山中，看到农夫辛勤劳作，满怀感慨地写道：“田家何所有，唯见稻花香。”', S('田家何所有', '王维')],
  ['他看到灾民流离失所，充满自责地写道：“身为父母官，不能使百姓温饱。”', S('身为父母官', null)],
  ['1962年秋，陈毅同志重游故地，心潮起伏，赋诗曰：“青山依旧在，几度夕阳红。”', S('青山依旧在', null)],
  ['登上城楼远眺，思绪万千，题诗曰：“万里长城今犹在，不见当年秦始皇。”', S('万里长城今犹在', null)],
  ['基于上述分析和判断，省委把产业转型作为头等大事，“不换思想就换人，不换产业就没出路。”', S('不换思想就换人', null)],
  ['看着满墙的奖状，带着几分骄傲地说：“这都是全村人一起干出来的。”', S('这都是全村人', null)],
  // negatives: the person before the feeling speaks; a frame before a real subject keeps the subject
  ['王维满怀感慨地写道：“田家何所有，唯见稻花香。”', S('田家何所有', '王维')],
  ['李白饱含深情地写道：“举头望明月，低头思故乡。”', S('举头望明月', '李白')],
  ['省长李华充满信心地表示：“目标一定能实现。”', S('目标一定能实现', '省长李华')],
  ['根据上述规定，委员会指出：“程序必须公开。”', S('程序必须公开', '委员会')],
  ['老人饱含深情地回忆道：“那时候家家户户都缺粮。”', S('那时候家家户户', '老人')],
  ['陆游题诗曰：“位卑未敢忘忧国。”', S('位卑未敢忘忧国', '陆游')],
];

/** Footnote markers and listed formulations between the words and 等著名论断 / 的号召. */
const NOTED_FORMULATIONS: Row[] = [
  ['邓小平作出“贫穷不是社会主义”①等著名论断，影响深远。', S('贫穷不是社会主义', '邓小平')],
  ['毛泽东提出“枪杆子里面出政权”[3]的著名论断。', S('枪杆子里面出政权', '毛泽东')],
  ['周恩来作出“知识分子已经是工人阶级的一部分”①“科学技术是生产力”②等重要论断。', S('知识分子已经是', '周恩来'), S('科学技术是生产力', '周恩来')],
  ['面对新的形势，习近平总书记进一步发出“撸起袖子加油干”③的号召。', S('撸起袖子加油干', '习近平')],
  ['陈云提出“不唯上、不唯书、只唯实”[12]的重要论断。', S('不唯上、不唯书', '陈云')],
  ['恩格斯作出“自由是对必然的认识”、“劳动创造了人本身”[5]等著名论断。', S('自由是对必然', '恩格斯'), S('劳动创造了人本身', '恩格斯')],
  // negatives: a formula, no verb setting it out, nobody who sets it out, short terms of a list
  ['文件提出“四个全面”①的战略布局。', P('四个全面')],
  ['“绿水青山就是金山银山”①成为全社会的共识。', P('绿水青山就是金山银山')],
  ['有人提出“先污染后治理”[2]的论断，这是错误的。', P('先污染后治理')],
  ['陈云作出“不唯上”、“不唯书”、“只唯实”等论断。', P('不唯上'), P('不唯书'), P('只唯实')],
];

/** 我 in a transcript answer, in a later sentence or paragraph of it: the one labelled. */
const ANSWER_FIRST_PERSON: Row[] = [
  ['张五一：我第一次见到他，是1982年。那时候，我在公社当书记。头一天，县里来了电话。我说：“行，明天我到大门口等着。”', S('行，明天我到', '张五一')],
  ['记者：那时候你们还有联系吗？\n周伟明：有联系，偶尔还见见面。\n有一次，几个老乡约我周末去正定玩。\n我跟他们说：“正定的书记跟我算朋友呢，要不请他吃顿饭？”', S('正定的书记', '周伟明')],
  ['主持人：请您谈谈当年。\n老支书李秋生：那年大旱，地里颗粒无收。乡亲们都很着急。\n我对大伙说：“咱们自己打井，不等不靠。”', S('咱们自己打井', '老支书李秋生')],
  ['问：您印象最深的是什么？\n王海燕：是第一次下乡。路很难走，车陷在泥里。我笑着说：“这就是咱们要修的路。”', S('这就是咱们', '王海燕')],
  ['记者：后来呢？\n陈立新：后来我们把厂子盘活了。\n\n工人们都很高兴。我当时就讲：“好日子是干出来的。”', S('好日子是干出来的', '陈立新')],
  // negatives: a question label nearest, 我们 (a body may speak), a heading between, no label at all
  ['李明：我先说两句。\n问：您当时怎么想？\n有一次，我对他们说：“咱们得先修路。”', S('咱们得先修路', null)],
  ['王红：我们村过去很穷。\n后来，我们一直强调：“安全第一，预防为主。”', S('安全第一', null)],
  ['王红：村里过去很穷。\n\n一、发展思路\n有一次，我跟他说：“路通了才有希望。”', S('路通了才有希望', null)],
  ['那年冬天特别冷。有一次，我跟他们说：“再坚持一下，春天就来了。”', S('再坚持一下', null)],
  ['陈立新：厂子盘活了。\n他对工人们说：“好日子是干出来的。”', S('好日子是干出来的', null)],
];

/** Several posts joined by 、 before a name, and names holding 向 / 同 (卢向东, 吴同山). */
const LONG_POSTS: Row[] = [
  ['中共中央政治局委员、中央书记处书记、中宣部部长李书磊强调：“要把学习宣传贯彻引向深入。”', S('要把学习宣传', '中共中央政治局委员、中央书记处书记、中宣部部长李书磊')],
  ['农业农村部党组成员、副部长、国务院扶贫办主任刘焕鑫表示：“脱贫攻坚要一鼓作气。”', S('脱贫攻坚', '农业农村部党组成员、副部长、国务院扶贫办主任刘焕鑫')],
  ['交通运输部综合规划司司长、新闻发言人、政策研究室主任张大伟说：“路网建设稳步推进。”', S('路网建设', '交通运输部综合规划司司长、新闻发言人、政策研究室主任张大伟')],
  ['国务院办公厅政府职能转变办公室主任、审改办协调局局长卢向东介绍：“试点共提出了10方面举措。”', S('试点共提出', '国务院办公厅政府职能转变办公室主任、审改办协调局局长卢向东')],
  ['县长陈向阳介绍：“全县新修道路120公里。”', S('全县新修道路', '县长陈向阳')],
  ['厅长吴同山强调：“安全生产没有旁观者。”', S('安全生产', '厅长吴同山')],
  // negatives: a long subject that names no one, a group with a post at its end
  ['参加会议的全国各地的基层干部代表、专家学者和企业负责人纷纷表示：“这次会议开得很及时。”', S('这次会议开得', null)],
  ['中央和国家机关各部门、各人民团体、各民主党派中央的负责同志纷纷表示：“坚决拥护。”', S('坚决拥护', null)],
];

/** A document heading the clause of its cue, with what it does in between (把…并强调, 从…到…规定). */
const DOCUMENT_HEAD: Row[] = [
  ['《中共中央关于加强新时代检察机关法律监督工作的意见》（以下简称《意见》）把检察机关定位为国家的法律监督机关并强调，“要把法律监督作为基本职责”。', S('要把法律监督', '《中共中央关于加强新时代检察机关法律监督工作的意见》')],
  ['《乡村振兴促进法》（以下简称《促进法》）把农民增收作为重点并明确，“国家采取措施促进农民持续增收”。', S('国家采取措施', '《乡村振兴促进法》')],
  ['比如，《中国共产党问责条例》从第七条到第九条概括性规定“对失职失责的，应当予以问责”。', S('对失职失责的', '《中国共产党问责条例》')],
  ['2021年3月，《纲要》对数字经济单列一篇并提出：“加快数字化发展，建设数字中国。”', S('加快数字化发展', '《纲要》')],
  ['《指导意见》把乡村治理摆在突出位置并要求“健全自治、法治、德治相结合的乡村治理体系”。', S('健全自治', '《指导意见》')],
  // negatives: the document is a time or an object, someone else speaks
  ['根据《决定》，他强调：“要抓落实。”', S('要抓落实', null)],
  ['《条例》实施以来，各地纷纷表示：“一定落实到位。”', S('一定落实到位', '各地')],
  ['《人民日报》记者从中了解到：“村里的路全修好了。”', S('村里的路', null)],
  ['读了《决定》，我们深受鼓舞并表示：“要把学习成果转化为工作动力。”', S('要把学习成果', null)],
];

/** The author of a named work: 在《…》中提到的“…”, a passage of 《…》 before a colon, “…”，X作出的这一论断. */
const WORK_OWNERS: Row[] = [
  ['到南朝范晔在《后汉书》中提到的“以身教者从，以言教者讼”，这个道理一脉相承。', S('以身教者从', '范晔')],
  ['明代王阳明在《传习录》中提到的“知是行之始，行是知之成”，强调知行合一。', S('知是行之始', '王阳明')],
  ['北宋欧阳修在《新五代史》中写道的“忧劳可以兴国，逸豫可以亡身”，发人深省。', S('忧劳可以兴国', '欧阳修')],
  ['毛泽东在《实践论》中写到的“你要知道梨子的滋味，你就得变革梨子”，至今仍被广泛引用。', S('你要知道梨子', '毛泽东')],
  ['我又读到鲁迅的杂文《拿来主义》里的这段话：“我们要运用脑髓，放出眼光，自己来拿！”', S('我们要运用脑髓', '鲁迅')],
  ['老师让大家背诵陶渊明的诗《归园田居》中的名句：“晨兴理荒秽，带月荷锄归。”', S('晨兴理荒秽', '陶渊明')],
  ['我想起《诗经》中的一句话：\n“投我以木桃，报之以琼瑶。”', S('投我以木桃', '《诗经》')],
  ['“不做调查没有发言权”，毛泽东早在1931年作出的这一著名论断堪称妇孺皆知，其实它还有下半句“不做正确的调查同样没有发言权”。', S('不做调查', '毛泽东'), S('不做正确的调查', '毛泽东')],
  ['“空谈误国，实干兴邦”，邓小平同志说过的这句话至今振聋发聩。', S('空谈误国', '邓小平')],
  ['“绿水青山就是金山银山”，习近平总书记2005年在浙江安吉提出的这一科学论断，深刻揭示了发展与保护的关系。', S('绿水青山', '习近平')],
  // negatives: a body or a group before 在《…》, a reporter, nobody named, a saying with its other half
  ['记者在《调查报告》里提到的“三分之一的村没有集体收入”，引起关注。', P('三分之一的村')],
  ['村民们在《村规民约》中写到的“不办无事酒，不比排场大”，如今已成风气。', P('不办无事酒')],
  ['我想起一段话：“人生的路很长，但紧要处只有几步。”', S('人生的路很长', null)],
  ['“发展才是硬道理”，这一论断深入人心。', P('发展才是硬道理')],
  ['“实践是检验真理的唯一标准”，有人说过的这句话被反复引用。', P('实践是检验真理')],
  ['“要想富，先修路”，村民们常说的这句话在这里变成了现实。', P('要想富')],
  ['“不做调查没有发言权”，这是老话了，它还有下半句“不做正确的调查同样没有发言权”。', P('不做调查'), P('不做正确的调查')],
];

/** 他 back to the one person named: as a subject after an age or before 一生 / 从…讲起, by 叫X, or whom 我 turns to. */
const PRONOUN_BACK: Row[] = [
  ['农业专家李振华同志曾在县里当过农技站站长。有一次，我到他家里去，他对我讲：“今年的麦子长得好。”', S('今年的麦子', '农业专家李振华')],
  ['村里有一位老教师，叫周明远，后来当过乡中心校校长。我去看望他时，他说：“孩子们的书要读好。”', S('孩子们的书', '周明远')],
  ['16岁的王小川来到县城学手艺。多年以后，他回忆说：“那几年吃的苦都值了。”', S('那几年吃的苦', '王小川')],
  ['我给习近平同志打电话说明情况，他说：“你们来吧，我在办公室等。”', S('你们来吧', '习近平')],
  ['刘建国一生扎根山区教育。他常说：“山里娃也要有出息。”', S('山里娃', '刘建国')],
  ['张卫东从什么是好干部讲起，他讲到，“好干部要心里装着群众。”', S('好干部要', '张卫东')],
  ['县长陈海说：“路要修好。”接着他又说：“桥也要修好。”', S('路要修好', '县长陈海'), S('桥也要修好', '县长陈海')],
  ['王强早年当过村支书，也当过乡长。他说：“干部就要多跑腿。”', S('干部就要', '王强')],
  // negatives: two people, 他 turning to someone, a word that looks like a name, a person not named
  ['我给习近平同志和王书记打电话，他说：“你们来吧。”', S('你们来吧', null)],
  ['李明和张华一起来到村里。他说：“这里变化真大。”', S('这里变化真大', null)],
  ['他给习近平同志写了一封信，他说：“我们村脱贫了。”', S('我们村脱贫了', null)],
  ['党课在热烈的掌声中结束。他说：“要把初心落到行动上。”', S('要把初心', null)],
  ['他们请来了一位医生，叫赵立群，还有一位护士，叫孙小梅。他说：“病人情况稳定。”', S('病人情况稳定', null)],
  ['村里有一位老教师。我去看望他时，他说：“孩子们的书要读好。”', S('孩子们的书', null)],
];

/** 正如X所述，…“…” later in the sentence, and X说的：“…”. */
const AS_SAID: Row[] = [
  ['正如习近平总书记所述，制定这个决议的目的，就是要“推动全党进一步统一思想、统一意志、统一行动”，“增长智慧、增进团结”。', S('推动全党', '习近平'), S('增长智慧', '习近平')],
  ['正如马克思所言，人们“自己创造自己的历史”。', S('自己创造自己', '马克思')],
  ['正如老支书李长顺常说的，“干部干部，先干一步”，他带头上了工地。', S('干部干部', '老支书李长顺')],
  ['这些声音的共同旋律，就是温总理说的：“政府的一切权利都是人民赋予的。”', S('政府的一切权利', '温总理')],
  ['这正是王书记讲过的：“群众的事再小也是大事。”', S('群众的事', '王书记')],
  ['正如恩格斯所指出的那样，在社会历史领域内进行活动的，全是“有意识的、经过思虑或凭激情行动的”人。', S('有意识的', '恩格斯')],
  // negatives: a group, another cue between, a new sentence, words heading a noun
  ['正如村民们常说的，“要想富，先修路”。', P('要想富')],
  ['群众说的：“干部带头，群众跟着走。”', S('干部带头', null)],
  ['正如邓小平所说，我们要“摸着石头过河”，他认为“这是一个好办法”。', S('摸着石头过河', '邓小平'), P('这是一个好办法')],
  ['正如马克思所言，人们创造自己的历史。但是，有学者认为“历史是偶然的”。', P('历史是偶然的')],
  ['正如习近平总书记所述，要实现“到2035年基本实现社会主义现代化”的目标。', P('到2035年')],
];

/** 他 heading a sentence whose cue comes clauses later without a subject of its own. */
const PRONOUN_HEAD: Row[] = [
  ['唐代诗人韦应物是位清官。有一次，他看见一位妇人拾麦穗，深表同情，充满自责地写道：“嗟我何功德，曾不事农桑。”', S('嗟我何功德', '唐代诗人韦应物')],
  ['县委书记王志强来到村里。他看了看新修的水渠，十分高兴，笑着说：“今年的庄稼不愁水了。”', S('今年的庄稼', '县委书记王志强')],
  ['老人叫李德福。后来，他拿起锄头，走到地头，说：“这块地还能种。”', S('这块地还能种', '李德福')],
  ['刘建国一生扎根山区教育。晚年，他回到母校，看着新建的教学楼，深情地说：“山里娃也有好学校了。”', S('山里娃也有', '刘建国')],
  ['诗人杜甫来到成都。他眼见茅屋为秋风所破，夜不能寐，提笔写道：“安得广厦千万间，大庇天下寒士俱欢颜！”', S('安得广厦', '诗人杜甫')],
  // negatives: two people named, 她 with nobody named, a manner or feeling taken for a subject
  ['王明和李华来到村里。他看了看水渠，说：“水渠修得真好。”', S('水渠修得真好', null)],
  ['她看了看孩子们，轻声说：“别怕。”', S('别怕', null)],
  ['大家十分高兴，纷纷表示：“一定干好。”', S('一定干好', null)],
  ['张老汉十分激动地说：“感谢党。”', S('感谢党', '张老汉')],
  ['县委书记王志强来到村里。他走进会场，主持人李芳说：“请王书记讲几句。”', S('请王书记', '主持人李芳')],
];

/** The person heading a sentence whose last clause writes a poem or speaks with no subject of its own. */
const SENTENCE_HEAD_PERSON: Row[] = [
  ['王安石罢相后，退居江宁，写下《泊船瓜洲》一诗：“春风又绿江南岸，明月何时照我还。”', S('春风又绿', '王安石')],
  ['清代郑燮任潍县县令时，体恤民情，曾在画上题诗：“衙斋卧听萧萧竹，疑是民间疾苦声。”', S('衙斋卧听', '郑燮')],
  ['一次，他到福建主持科举考试，有人暗中馈赠两根金条，李汰厉声斥责，并在礼品盒上题诗回绝：“义利源头识颇真，黄金难换腐儒贫。”', S('义利源头', '李汰')],
  ['吴隐之亲临泉边酌水而饮，饮后写诗道：“古人云此水，一歃思千金。”', S('古人云此水', '吴隐之')],
  ['杜牧在《不寝》诗中，更是直言“莫言名与利，名利是身仇”。', S('莫言名与利', '杜牧')],
  ['比如，张继在《题严陵钓台》中，借歌颂隐士严光，提醒世人“古来芳饵下，谁是不吞钩”。', S('古来芳饵下', '张继')],
  ['杜甫吟诗曰：“开缄风涛涌，中有掉尾鲸。”张某见杜甫不为所动，便说：“睡在这锦褥之上，定会神清气爽……”杜甫见对方仍不收回锦褥，又吟诗一首：“领客珍重意，顾我非公卿。”', S('开缄风涛涌', '杜甫'), S('睡在这锦褥', '张某'), S('领客珍重意', '杜甫')],
  ['于谦进京，总是两手空空。于谦于是写下《入京》诗作答：\n\n“绢帕蘑菇与线香，本资民用反为殃。”', S('绢帕蘑菇', '于谦')],
  ['宋朝有位张之才，曾经担任知县，清廉爱民。他离任时写过这样一首诗：\n\n“一官来此四经春，\n\n不愧苍天不愧民。”', S('一官来此', '张之才')],
  // negatives: another subject opens a clause between, the head is no person, a time word that looks like a name
  ['王明来到村里，村民们围了上来，纷纷说：“欢迎欢迎。”', S('欢迎欢迎', '村民们')],
  ['他们请来了老支书和村长，一起商量，又说：“明年接着干。”', S('明年接着干', null)],
  ['时间过得飞快，转眼到了年底，又写道：“一年又一年。”', S('一年又一年', null)],
  ['文化馆举办诗会，又题诗：“春来江水绿如蓝。”', S('春来江水', null)],
  ['高度重视这项工作，并写下：“民生无小事。”', S('民生无小事', null)],
];

/** A work and its author in brackets heading the words (《竹石》（郑燮）“…”). */
const SIGNED_WORKS: Row[] = [
  ['一、以竹喻气节\n《竹石》（郑燮） “咬定青山不放松，立根原在破岩中。”\n以竹自喻，表达坚韧的品格。', S('咬定青山', '郑燮')],
  ['《石灰吟》(明代于谦)\n“千锤万凿出深山，烈火焚烧若等闲。”', S('千锤万凿', '于谦')],
  ['推荐书目：\n《乡土中国》（费孝通）“从基层上看去，中国社会是乡土性的。”', S('从基层上看去', '费孝通')],
  ['《春夜喜雨》（杜甫）：“好雨知时节，当春乃发生。”', S('好雨知时节', '杜甫')],
  ['《决定》（全文）\n“全面深化改革的总目标是完善和发展中国特色社会主义制度。”', S('全面深化改革', '《决定》')],
  // negatives: a title in running text, brackets that are a note
  ['会议审议了《报告》（草案）“建议稿”部分。', P('建议稿')],
  ['大家都读过《竹石》（郑燮），其中“咬定青山不放松”一句广为传诵。', P('咬定青山不放松')],
];

/** A partial quotation after a cue and a short topic (认为文学的任务就是“…”), and 据X回忆：. */
const PARTIAL_AFTER_TOPIC: Row[] = [
  ['鲁迅认为文学的任务就是“涵养人之神思”，即培养人们的理想。', S('涵养人之神思', '鲁迅')],
  ['茅盾在《谈创作》中指出小说“必须写出真实的人，而且要写出人的变化”，这是他一贯的主张。', S('必须写出真实的人', '茅盾')],
  ['毛泽东批评这种作风“是党性不纯的表现”。', S('是党性不纯', '毛泽东')],
  ['县委书记王海认为这条路“修得值，修得及时”。', S('修得值', '县委书记王海')],
  ['《规划》强调各地“因地制宜，分类推进”。', S('因地制宜', '《规划》')],
  ['据焦方圆回忆：“父亲把最后一块饼留给了我们。”', S('父亲把最后', '焦方圆')],
  // negatives: a short term, a programme named, nobody who can speak, an unresolved pronoun
  ['会议提出要把“放管服”改革推向深入。', P('放管服')],
  ['报告强调践行“绿水青山就是金山银山”理念。', P('绿水青山')],
  ['有人认为这种做法“完全是在走过场”。', P('完全是在走过场')],
  ['专家认为这项政策“既管当前又管长远”。', P('既管当前')],
  ['他指出这是“一个伟大的创举”。', P('一个伟大的创举')],
  ['那是一段美好的回忆：“我们一起在田里劳动。”', S('我们一起', null)],
  ['2013年，李强总理访问非洲期间提出的“真、实、亲、诚”政策理念深入人心。', P('真、实、亲、诚')],
  ['王明远认为这些“勤、俭、廉、实”的做法值得推广。', P('勤、俭、廉、实')],
];

describe('central speakers (fourth round): not a subject', () => runTable(NOT_A_SUBJECT));
describe('central speakers (fourth round): footnotes and lists of formulations', () => runTable(NOTED_FORMULATIONS));
describe('central speakers (fourth round): 我 in a transcript answer, later sentences and paragraphs', () => runTable(ANSWER_FIRST_PERSON));
describe('central speakers (fourth round): long posts before a name', () => runTable(LONG_POSTS));
describe('central speakers (fourth round): a document heading the clause of its cue', () => runTable(DOCUMENT_HEAD));
describe('central speakers (fourth round): owners of words in a named work', () => runTable(WORK_OWNERS));
describe('central speakers (fourth round): 他 back to the one person named', () => runTable(PRONOUN_BACK));
describe('central speakers (fourth round): 正如X所述 later in the sentence, X说的：', () => runTable(AS_SAID));
describe('central speakers (fourth round): 他 heading a sentence, the cue clauses later', () => runTable(PRONOUN_HEAD));
describe('central speakers (fourth round): the person heading a sentence that writes or says the words', () => runTable(SENTENCE_HEAD_PERSON));
describe('central speakers (fourth round): a work and its author in brackets before the words', () => runTable(SIGNED_WORKS));
describe('central speakers (fourth round): a partial quotation after a cue and a topic; 据X回忆', () => runTable(PARTIAL_AFTER_TOPIC));
