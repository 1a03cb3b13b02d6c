/**
 * Speaker classes of reporting (issue 16, fourth round, helper spkR2): 他/她 as the subject of a verb of
 * saying resolved to the one person the paragraph named before; a fragment quoted after a modal in a
 * sentence headed by its speaker; actions before the verb of saying. Passages written for these tables
 * (modelled on the kinds of sentences news reports use; names, numbers and wording invented); negatives
 * in each class: where a careful reader cannot say who speaks, the speaker stays null.
 */
import { P, S, runTable, type Row } from './quotations-tables';

const PRONOUN_NAMED_BEFORE: Row[] = [
  ['记者见到镇党委书记高远山时，他正蹲在田埂上查看秧苗。“今年的秧苗长得比去年齐整多了！”他一边拍掉手上的泥一边笑着说。', S('今年的秧苗', '书记高远山')],
  ['大会现场，区人大代表郑美玲在本子上认真记着。见记者走近，她小声说：“这次我带来了三份建议。”', S('这次我带来了', '代表郑美玲')],
  ['纺织厂厂长庞丽华在代表团会议上一直认真听着。讨论了两天之后，今天她终于在小组会上说：“我想替一线工人说几句话。”', S('我想替一线工人', '厂长庞丽华')],
  ['海关总署署长吕江河通报了前两个月的进出口数据。“外贸开局好于预期，订单在回升。”他说。', S('外贸开局好于预期', '署长吕江河')],
  ['在会场最后一排，村党总支书记柏玉林低头翻着笔记。看到记者，他轻声耳语道：“我们村明年要修两座桥。”', S('我们村明年要修', '书记柏玉林')],
  // negatives: two people named, a foreign head of state named by post, someone else coming in, the
  // pronoun's own clause acting on the person named before
  ['国家主席韩立中与来访的总统卡洛斯举行会谈。他说：“双方要加强合作。”', S('双方要加强合作', null)],
  ['村支书梁德胜和镇长邹文海一起来到工地。他说：“这条路年底必须通车。”', S('这条路年底必须', null)],
  ['记者在车间见到了工人技师龚成。一位年轻学徒凑过来，他笑着说：“师傅教得好。”', S('师傅教得好', null)],
  ['吴学文说，初见蒋秋月时，这位女支书的样子让他吃了一惊。她拉着吴学文到宣传栏前，指着照片给吴学文看：“我以前可没这么黑！”', S('我以前可没这么黑', null)],
];

const MODAL_FRAGMENT: Row[] = [
  ['外交部发言人汪海明还表示，有关说法是一个话语陷阱，面对无理挑衅，中国外交官必须“敢于亮剑”，坚决维护国家利益。', S('敢于亮剑', '外交部发言人汪海明')],
  ['市长邵振华表示，营商环境没有最好只有更好，政府部门不要再“推来推去”，群众的事要马上办。', S('推来推去', '市长邵振华')],
  ['院士甘立新说，基础研究急不得，青年科研人员一定要“坐得住冷板凳”。', S('坐得住冷板凳', '院士甘立新')],
  ['議員楊美華強調，政府部門遇到質詢時不能「裝聾作啞」，應該立即說明。', S('裝聾作啞', '議員楊美華')],
  ['村党支部书记钱春燕说，集体经济底子薄，大家务必“一分钱掰成两半花”。', S('一分钱掰成两半花', '村党支部书记钱春燕')],
  // negatives: a counted formula, a keyword the sentence goes on from, two speakers heading the
  // sentence (another person named in a later clause), a pronoun head (speech, nobody named), a body head (a keyword it sets out stays a phrase)
  ['县长龙海波表示，今年的重点是民生，必须“三个优先”。', P('三个优先')],
  ['市长邵振华表示，各地要落实“放管服”改革。', P('放管服')],
  ['局长田志勇表示，这项政策让企业减负不少，副局长霍春生也多次到企业调研，企业不要再“等靠要”。', P('等靠要')],
  ['他表示，各地要“立说立行”。', S('立说立行', null)],
  ['会议强调，要坚持“两个毫不动摇”。', P('两个毫不动摇')],
  ['厂长严志刚说，工人们学技术要“比学赶超”的劲头很足。', P('比学赶超')],
];

const ACTION_BEFORE_VERB: Row[] = [
  ['村里今年六十岁的谭永福在后排听见了，回过头来笑着说：“我家今年也要装光伏板。”', S('我家今年也要', '谭永福')],
  ['镇长邹文海摆了摆手，径直往坡上走，招呼大家道：“边走边说吧。”', S('边走边说吧', '镇长邹文海')],
  ['老教授严明德放下书，转过身来说：“这个问题我想了很多年。”', S('这个问题我想了', '老教授严明德')],
  ['主任医师柯小梅站起身来说：“手术很成功。”', S('手术很成功', '主任医师柯小梅')],
  ['乡党委书记龙海波接过话筒说：“我先说三点。”', S('我先说三点', '乡党委书记龙海波')],
  // negatives: a group opening the sentence, two people, an adverb left where the subject should be
  // (甚至认为) with a pronoun for someone the passage does not name as its subject, a time word and a group
  ['坐在前排的几位村民听见了，回过头来笑着说：“我们有信心。”', S('我们有信心', null)],
  ['记者和司机一起下车，转过身来说：“到了。”', S('到了', null)],
  ['郑丽君的启蒙老师是前校长韩国栋，她也认同这个方案，甚至认为“这是唯一的出路，没有别的办法”。', S('这是唯一的出路', null)],
  ['杨老师和曹老师一起走进教室。她说：“今天先复习。”', S('今天先复习', null)],
  ['习近平总书记来到村里考察。她说：“乡亲们的日子越过越好。”', S('乡亲们的日子', null)],
  ['乡长毕海涛和老伴儿一起赶来。今天他们在会上说：“路修好了，日子就好了。”', S('路修好了', null)],
];

const STANCE_FRAGMENT: Row[] = [
  ['省委书记蒋志远走进村里的手工作坊，看到妇女们刺绣的围巾，连连称赞“针脚真细”“很好看”。', S('针脚真细', '省委书记蒋志远'), S('很好看', '省委书记蒋志远')],
  ['由于从小在果园长大，果农柴永胜笑称自己有“苹果缘”。', S('苹果缘', '果农柴永胜')],
  ['二十年前的一次出差，让葛海峰迷上了古建筑。他笑称自己得了“木头病”。', S('木头病', '葛海峰')],
  ['市长邵振华听完汇报，直呼“没想到”。', S('没想到', '市长邵振华')],
  ['村支书蔡明亮对此表示“欢迎”。', S('欢迎', '村支书蔡明亮')],
  ['院长闵国华感叹“时间过得真快”，然后走上了讲台。', S('时间过得真快', '院长闵国华')],
  // negatives: a name given (被…称赞为, 夸赞他为), a keyword heading a noun, a counted formula, nobody
  // named, a group, 表示 with a verb before the keyword
  ['鲁迅被人们称赞为“民族魂”。', P('民族魂')],
  ['乡亲们都夸赞他为“及时雨”。', P('及时雨')],
  ['会上，大家纷纷称赞“两山”理念。', P('两山')],
  ['代表们称赞“四个全面”。', P('四个全面')],
  ['他连连称赞“真不错”。', P('真不错')],
  ['市民们纷纷称赞“服务好”。', P('服务好')],
  ['局长郭振东表示将推进“一网通办”。', P('一网通办')],
];

const CONTINUED_HEAD: Row[] = [
  ['外交部发言人汪海明强调，这一问题纯属中国内政，不容任何外部干涉。“分裂”行径才是和平的最大威胁。“我们敦促有关方面停止干涉，以实际行动维护地区稳定。”', P('分裂'), S('我们敦促', '外交部发言人汪海明')],
  ['村民柴永胜说，合作社办起来以后，这些年大家的收入涨了不少。“以前真是想都不敢想”。', S('以前真是', '村民柴永胜')],
  ['“我们自己种的时候，规模很小。”村民柴永胜说，合作社办起来以后，收入涨了不少。“以前真是想都不敢想”。', S('我们自己种', '村民柴永胜'), S('以前真是', '村民柴永胜')],
  ['邻居葛大妈的女儿郑小燕说，那天全村人都回来了。「二十多年前他来过一次，还给我们带了书包。」', S('二十多年前', '邻居葛大妈的女儿郑小燕')],
  ['局长郭振东表示，今年要新建五十所学校。资金已经落实。“我们有信心按期完成。”', S('我们有信心', '局长郭振东')],
  ['小平同志提出要“实事求是”，他说：“我这一辈子就讲这四个字！”', S('实事求是', '邓小平'), S('我这一辈子', '邓小平')],
  // negatives: someone else in between (a reporter, a person named), too far back, someone named right
  // after the words, two comrades named
  ['院长闵国华表示，新院区下月启用。记者在现场看到，不少市民前来参观。“这下看病方便多了，大家都盼着呢。”', S('这下看病方便', null)],
  ['院长闵国华表示，新院区下月启用。副院长柯小梅随后介绍了科室设置。“我们准备了三个月。”', S('我们准备了', null)],
  ['院长闵国华表示，新院区下月启用。新院区占地二百亩。共有床位八百张。设有二十个科室。“这下看病方便多了。”', S('这下看病方便', null)],
  ['院长闵国华表示，新院区下月启用。“这下看病方便多了。”市民葛大爷听后笑了。', S('这下看病方便', '市民葛大爷')],
  ['小平同志和陈云同志一起出席会议。他说：“会议开得很好。”', S('会议开得很好', null)],
];

const NAMED_AFTER_WORDS: Row[] = [
  ['“听说要成立合作社，农民都主动来参加。”吉林省榆树市于家屯有机杂粮农民专业合作社理事长贺永庆自豪地说，去年全村都入了社。', S('听说要成立', '理事长贺永庆')],
  ['“乡村振兴，农民是主体。”台上，葛长青意味深长地说着。', S('乡村振兴', '葛长青')],
  ['“听说村里要办合作社，大家都来报名。”江西省丰城市丰和富硒稻米专业合作社理事长柯永年自豪地说，去年入社的有两百户。', S('听说村里要办', '江西省丰城市丰和富硒稻米专业合作社理事长柯永年')],
  ['“刚来的时候，没人信我。”四川省蒲江县寿安镇柑橘种植专业合作社理事长邓春华回忆，那时挨家挨户做工作。', S('刚来的时候', '四川省蒲江县寿安镇柑橘种植专业合作社理事长邓春华')],
  ['“明年还要再扩大规模。”合作社社长严志刚补充说。', S('明年还要再扩大', '合作社社长严志刚')],
  // After the merge with spkC2 the whole chain of posts is kept (as quotations-central2's LONG_POSTS table does).
  ['“看完今年的报告，我心里很踏实。”全国人大代表、某市工商联副主席、某某食品有限公司董事长程雅芬直言。', S('看完今年的报告', '全国人大代表、某市工商联副主席、某某食品有限公司董事长程雅芬')],
  // negatives: a pronoun after the words with nobody named; a place cut off before a subject that
  // goes on with a group; an action after the name (听后) is not how it is said
  ['“明年还要扩大。”他自豪地说。', S('明年还要扩大', null)],
  ['“今年的收成不错。”山东省寿光市于家庄蔬菜农民专业合作社的社员们高兴地说。', S('今年的收成不错', null)],
];

const ASKED_FRAGMENT: Row[] = [
  ['简而言之，省政府要求各市县务必“守住底线”，不能心存侥幸。', S('守住底线', '省政府')],
  ['县委书记龙海波要求全体干部要“马上就办”、“办就办好”。', S('马上就办', '县委书记龙海波'), S('办就办好', '县委书记龙海波')],
  ['王建华总理接连两次“点名”，要求各部部长、直属机构主要负责人“要主动回应社会关切”。', P('点名'), S('要主动回应', '王建华总理')],
  ['习近平总书记强调，要“久久为功”、“持之以恒”。', S('久久为功', '习近平'), S('持之以恒', '习近平')],
  ['中央要求新一届班子要“敢于担当”、“要守土尽责”，不能推诿。', S('敢于担当', '中央'), S('要守土尽责', '中央')],
  // negatives: a counted formula after 要求…要落实, two counted formulas listed, a pronoun asking (nobody
  // named), a list heading a noun (…等理念)
  ['会议要求要落实“六稳六保”。', P('六稳六保')],
  ['会议强调“两个确立”“两个维护”。', P('两个确立'), P('两个维护')],
  ['他要求大家要“认真学习”。', S('认真学习', null)],
  ['市长邵振华称赞“人民城市”、“宜居城市”等理念。', P('人民城市'), P('宜居城市')],
];

const BEFORE_CUE_CLAUSE: Row[] = [
  ['记者见到镇长邹文海时，他刚从工地回来。\n“这条路修了整整三年，总算通了。”他一边擦汗一边笑道：“以后孩子上学再也不用绕山了！”', S('这条路修了', '镇长邹文海'), S('以后孩子上学', '镇长邹文海')],
  ['“今年的橘子卖得好。”柯永年把一筐橘子搬上车，接着说：“明年还要扩大规模。”', S('今年的橘子', '柯永年'), S('明年还要扩大', '柯永年')],
  ['记者见到院长闵国华时，她正在查房。\n“病人比去年少了一些。”她一边翻着病历一边说：“家门口的诊所起作用了。”', S('病人比去年', '院长闵国华'), S('家门口的诊所', '院长闵国华')],
  ['站长蒋志远带我们看了新设备。“这台机器一天能测三百个样品。”他指着屏幕说：“以前要一个星期。”', S('这台机器', '站长蒋志远'), S('以前要一个星期', '站长蒋志远')],
  ['老支书罗建华最后一个发言。“路通了，心也通了。”他站起身来说：“这是大家一起干出来的。”', S('路通了', '支书罗建华'), S('这是大家一起', '支书罗建华')],
  // negatives: another person takes the floor (补充：), the first words introduced by their own colon,
  // a question and an answer by someone else, words addressing the one who acts next (镇长，…)
  ['村长和村书记都来了。村长笑呵呵地放下文件：“太感谢了！”村书记在一旁补充：“我们也会努力。”', S('太感谢了', null), S('我们也会努力', '村书记')],
  ['“你这车又扎胎了？”店老板问。她笑着回答：“又扎了。”', S('你这车又扎胎了', '店老板'), S('又扎了', null)],
  ['“这条路什么时候修好？”镇长邹文海回答：“年底。”', S('这条路什么时候', null), S('年底', '镇长邹文海')],
  ['“镇长，前面车进不去了，咱就在这儿汇报吧……”邹文海摆了摆手，招呼大家道：“边走边说。”', S('镇长，前面车', null), S('边走边说', '邹文海')],
];

const WORK_IN_CLAUSE: Row[] = [
  ['记者：在你们的《乡村振兴白皮书》中有提到，“农民是主体”，您怎么看？', S('农民是主体', '《乡村振兴白皮书》')],
  ['主持人：在《十年规划》里也写道，“每个村都要有一所好学校”，这个目标实现了吗？', S('每个村都要有', '《十年规划》')],
  // kept: an author before 在《…》 stays the speaker
  ['研究员葛长青在《中国乡村》中写道：“乡土是中国社会的底色。”', S('乡土是中国社会', '研究员葛长青')],
];

const PRONOUN_SENTENCE_HEAD: Row[] = [
  ['行政长官周家明表示，已向中央汇报有关案件的判决。他批评有外国政客不理事实，并要求释放当事人，「佢哋系借民主之名做违法嘅事。」', S('佢哋系借民主', '行政长官周家明')],
  ['社长胡美玲亦表示，票数是重要的鼓励。被问到会否连任，她亦称会先做好工作，而「其他嘅事，我未作考虑」。', S('其他嘅事', '社长胡美玲')],
  ['海关总署署长于家明介绍了前两个月的数据。“外贸开局平稳。”他说，下一步要稳订单。', S('外贸开局平稳', '署长于家明')],
  ['主任委员柯国梁表示，法案下月再审。谈到反对意见时，他直言这样拖下去不行，并呼吁各方，「大家坐低倾下」。', S('大家坐低倾下', '委员柯国梁')],
  ['院长闵国华表示，新院区下月启用。她还要求各科室，「务必做好搬迁准备」。', S('务必做好搬迁', '院长闵国华')],
  // negatives: nobody named before the pronoun (a post the tables do not know: 召集人), two named before
  ['召集人周家明表示，已向中央汇报。他批评有外国政客不理事实，并要求释放当事人，「佢哋系借民主之名做违法嘅事。」', S('佢哋系借民主', null)],
  ['局长田志勇与市长邵振华会面。他随后要求各单位，「务必按时完成」。', S('务必按时完成', null)],
];

describe('speaker classes, fourth round (issue 16, spkR2)', () => {
  describe('他/她 saying something: the one person the paragraph named before', () => runTable(PRONOUN_NAMED_BEFORE));
  describe('an action between the speaker and the verb: the person the sentence opens with', () => runTable(ACTION_BEFORE_VERB));
  describe('a short fragment after a verb of praise or stance: the words of the person named', () => runTable(STANCE_FRAGMENT));
  describe('a quoted sentence going on with the speaker heading one of the sentences before', () => runTable(CONTINUED_HEAD));
  describe('the person named after the words, with a long body before the post or a manner before the verb', () => runTable(NAMED_AFTER_WORDS));
  describe('要求 + the people asked + a modal: the words of the one who asks; fragments listed after', () => runTable(ASKED_FRAGMENT));
  describe('the words right before 他/她 or the same name and a cue that introduces more words', () => runTable(BEFORE_CUE_CLAUSE));
  describe('a cue whose clause puts its words in a work (在《…》中有提到)', () => runTable(WORK_IN_CLAUSE));
  describe('他/她 heading the sentence of an indirect cue: the one named before, or the head of the sentence before', () => runTable(PRONOUN_SENTENCE_HEAD));
  describe('a fragment after a modal in a sentence headed by its named speaker', () => runTable(MODAL_FRAGMENT));
});
