/**
 * The ranking fallback for speech quotations no rule has attributed (issue 16, helper spkR3,
 * src/core/quotations/ranking.ts): candidates around the words, the one a verb of saying binds, the
 * subject of a verb after the words, a report continued in the next sentence, and the one person of
 * the sentence before taken up again after the words. Passages written for these tables (names,
 * numbers and wording invented); negatives in every table: two people, a group, a name after the words
 * with no verb, a person merely mentioned, a question, a vocative — there the speaker stays null.
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import { P, S, runTable, type Row } from './quotations-tables';

const BOUND_BEFORE: Row[] = [
  ['对此，邝文杰笑回，当然还有很多，今天只放了十分钟的片段，「完整的访谈每一段都超过一小时，有很多有趣的画面，都会放在网站上」。', S('完整的访谈', '邝文杰')],
  ['原定一小时的发布会开了两个小时。其间，发言人柴志明先生先后回答了十几家媒体的提问，并幽默地称：“今天的问题都提得很好，没有一个不及格。”', S('今天的问题', '发言人柴志明')],
  ['走到山路尽头，书记蒙德海沉默良久，看着在场的村干部说：“这条路，我们每天走一遍试试？”', S('这条路', '书记蒙德海')],
  ['議員柳曉嵐則以一部電影作為開場，強調，「他們早就準備好了，只是還沒被大家看見。」', S('他們早就準備好', '議員柳曉嵐')],
  ['见有客人进门，郝桂英热情地寒暄起来，“快进屋坐，饭菜马上就好，四菜一汤少不了。”郝桂英一边擦手一边张罗。', S('快进屋坐', '郝桂英')],
  // negatives: two people share the verb, a group, a verb turned noun by 的 (the one before 的 is not
  // the subject), a pronoun with two people before it
  ['座谈会上，代表们你一言我一语。他们纷纷表示：“这个办法好，省心又省钱，我们都赞成。”', S('这个办法好', null)],
  ['退伍那年，晏国平始终记得连长的叮嘱：“回家也要干出个样子！还要记得感恩。”', S('回家也要干出', null)],
  ['市长邵振华和区长甘海峰一起察看了工地。他说：“工期一天也不能拖，质量更不能打折扣。”', S('工期一天也不能拖', null)],
  ['記者問她今天主持有沒有特別的意義。會場裏的氣氛很輕鬆，有人笑着說，「今天正好有空，所以過來跟大家見見面，回答一下問題。」', S('今天正好有空', null)],
  ['巴西总统卢卡斯与西班牙首相马德兰在会后共同会见记者。他说：“两国同意在气候问题上加强协调，下个月再谈。”', S('两国同意在气候', null)],
  ['最喜欢的颜色，她没有直接回答，只是指了指身上的衣服，她说，「你们自己猜吧，我不说了。」', S('你们自己猜吧', null)],
];

const BOUND_AFTER: Row[] = [
  ['“真没想到，这段烂泥路也修成了水泥路，车能直接开到家门口。”看到进村的便道修好了，滕永刚告诉记者，过去每年回家都难走。', S('真没想到', '滕永刚')],
  ['“单子一笔接一笔，车间天天都在加班赶货。”谈起今年的订单，厂长祁建华笑着说，上半年比去年多了四成。', S('单子一笔接一笔', '厂长祁建华')],
  ['“東南亞的工廠停了，我們正好接到一批新客戶。”談起海外市場，副總經理閔志遠透露，新客戶佔了三成。', S('東南亞的工廠', '副總經理閔志遠')],
  ['“这里住得好好的，还回去干啥？城里什么都方便。”提起老家，侯秀兰摆摆手说，再也不想搬了。', S('这里住得好好的', '侯秀兰')],
  ['“账本每个月都贴在墙上，谁都能看。”说起村里的变化，村支书范小梅介绍，这些年没有一笔糊涂账。', S('账本每个月', '村支书范小梅')],
  // negatives: a group after the words, two people together, a name after the words with no verb of
  // saying, a question followed by the one it was put to
  ['“这个办法好，省心又省钱，我们都赞成。”在场的村民们纷纷说，早就盼着这一天。', S('这个办法好', null)],
  ['“总算走出低谷了，明年还要再扩一条生产线。”看到报表，邹海涛和卢晓丽都笑着说，这一年没白干。', S('总算走出低谷', null)],
  ['“饭菜都凉了，大家快趁热吃吧。”房东詹大伟推门走了进来，手里端着一盆汤。', S('饭菜都凉了', null)],
  ['“您今年还打算扩大种植面积吗？种子和化肥都备好了吗？”他笑着说，早就备好了，就等开春。', S('您今年还打算', null)],
  ['“老乡们，今年的补贴已经到账了，请大家查一查。”村口的喇叭一遍遍地响着，乡亲们围在一起议论。', S('老乡们', null)],
];

const CONTINUED_REPORT: Row[] = [
  ['议员严慧敏受访表示，期盼新会期展现新气象。她强调，新会期已经开始，各党团的召集人也可能更替。新的气象不该只是表面，更应体现在议事上，「唯有预算通过，才能推动新的计划，让国家持续进步、经济得以发展，地方才有钱办事」。', S('唯有预算通过', '议员严慧敏')],
  ['市长邵振华表示，营商环境没有最好只有更好。群众办事的每一道手续都要再压一压，「能一次办好的，绝不让群众跑第二趟，能网上办的，绝不让群众跑窗口」。', S('能一次办好的', '市长邵振华')],
  ['院士甘立新认为，基础研究急不得。青年人才的评价周期要拉长，「十年磨一剑，才能出真东西，急功近利只会让年轻人疲于奔命，最后什么也做不成」。', S('十年磨一剑', '院士甘立新')],
  ['局長閔家強指出，今年的預算會優先用於民生。各部門的開支都要重新審視，「每一分錢都要花在刀刃上，不該花的錢一分也不能花，該花的錢要花好」。', S('每一分錢', '局長閔家強')],
  ['教授尤文华表示，乡村振兴要靠人才。年轻人回乡创业的门槛还要再降低，「让他们回得来、留得住、干得好，乡村才有真正的未来和希望，才有源源不断的活力」。', S('让他们回得来', '教授尤文华')],
  // negatives: another person in the sentence, two people in the sentence before, a question, a group
  // heading the sentence before, two people sharing the verb before
  ['议员严慧敏强调，预算必须尽快审查。议员江德昌和吕玉珍却都摇头，「这样拖下去谁也不好过，预算晚一天通过，地方就晚一天拿到钱，吃亏的还是老百姓」。', S('这样拖下去', null)],
  ['局长田志勇与副局长霍春生都表示，政策让企业减负不少。企业的负担还要再减，「一分一厘都要算清楚，每一笔减免都要落到实处，不能只停在纸面上，更不能层层打折扣」。', S('一分一厘', null)],
  ['市长邵振华表示，旧城改造要加快。可是钱从哪里来，「谁来为这笔账买单？」', S('谁来为这笔账', null)],
  ['代表们普遍认为，政府工作报告务实。报告里的每一项任务都有时间表，「看得见、摸得着，老百姓能真正感受到，这样的报告才有说服力，才经得起检验」。', S('看得见', null)],
  ['有网友表示，乡村振兴要靠人才。年轻人回乡的门槛还要再降低，「让他们回得来、留得住、干得好，乡村才有真正的未来，才有源源不断的活力」。', S('让他们回得来', null)],
  ['教授尤文华和研究员吕玉珍都表示，乡村振兴要靠人才。年轻人回乡的门槛还要再降低，「让他们回得来、留得住、干得好，乡村才有真正的未来，才有源源不断的活力」。', S('让他们回得来', null)],
];

const TOPIC: Row[] = [
  ['过年回家，乔振东会在镇上的集市采购年货。“今年村里改造了电网，电价便宜了一半，给家里添几样电器。”他高兴地把年货搬上了车。', S('今年村里改造了电网', '乔振东')],
  ['清晨五点，护林员龚德茂已经走在巡山的小路上。“这片林子我看了二十年，哪棵树长在哪儿我都知道。”他指着远处的山坡。', S('这片林子', '龚德茂')],
  ['收工以后，女工安秀芬在车间门口等着女儿放学。“厂里发了技能补贴，今年要送孩子去学钢琴。”她笑得合不拢嘴。', S('厂里发了技能补贴', '女工安秀芬')],
  ['雨后的果园里，果农柏文斌正在给苹果套袋。“今年的果子个头大，收购价也比去年高。”柏文斌擦了擦额头上的汗。', S('今年的果子个头大', '果农柏文斌')],
  ['下午三点，快递员晏小军送完了最后一单。“一天跑两百单，腿都跑细了，可心里踏实。”他靠在三轮车上歇了口气。', S('一天跑两百单', '快递员晏小军')],
  // negatives: a question, two people, someone else named after the words, a group after the words,
  // a person merely mentioned in a sentence about someone else
  ['过年回家，乔振东会在镇上的集市采购年货。“电价真的便宜了一半吗？是不是只有今年？”他问店主。', S('电价真的便宜了', null)],
  ['记者在集市上碰到了乔振东的两个邻居。“今年电价便宜了一半，给家里添几样电器。”他们把年货搬上了车。', S('今年电价便宜了', null)],
  ['记者在集市上碰到了乔振东的邻居。“今年电价便宜了一半，给家里添几样电器。”一辆三轮车从旁边开了过去。', S('今年电价便宜了', null)],
  ['护林员龚德茂已经走在巡山的小路上。“这片林子我们看了二十年，每棵树都熟。”他们一行人继续往山里走。', S('这片林子', null)],
  ['记者在村口见到了村民，说起村支书满宏伟的名字人人都知道。“路修好了，回家的路不再颠簸了。”大家七嘴八舌地说。', S('路修好了', null)],
];

const REPORTED_FRAGMENT: Row[] = [
  ['議員邝美玲指香港記者在外地採訪屢受阻撓已經成為「變態的常態」，批評當局回應太慢。', S('變態的常態', '議員邝美玲')],
  ['总统柯文华受访时透露，若能改变历史，最想改变的是「错过那次选举」；至于最讨厌的科目则是数学。', S('错过那次选举', '总统柯文华')],
  ['这些小变化，代表孙玉兰都记在心上，感觉“十分贴心”。', S('十分贴心', '代表孙玉兰')],
  ['由于局长蒙建国曾透露，年轻时的英文的确「很菜」，记者好奇他后来为何当了翻译。', S('很菜', '局长蒙建国')],
  ['议员王定海今日大酸，对方所言所行符合其名，是「胡言乱语」，就是闹笑话而已。', S('胡言乱语', '议员王定海')],
  // negatives: a plan put forward, a keyword carried out, a term heading 下, a name given (称为), two
  // people sharing the verb, someone named between the verb and the fragment, a group, a negated
  // label (并非“…”), a topic talked about (谈“…”)
  ['局长麦美华强调，政府会推出「青年发展蓝图」。', P('青年发展蓝图')],
  ['市长邵振华表示，各地要落实“放管服”改革。', P('放管服')],
  ['议员江德昌批评当局不理解在「一国两制」下新闻界应受的保障。', P('一国两制')],
  ['教授尤文华表示，这种现象被称为「躺平」，年轻人并不认同。', P('躺平')],
  ['局长田志勇与副局长霍春生都表示，这是「双赢」。', P('双赢')],
  ['院长闵国华说，副院长柯小梅的方案是「好事」。', P('好事')],
  ['记者们纷纷表示，这次采访是「难忘的经历」。', P('难忘的经历')],
  ['局长尤国强表示，这次督查并非“走过场”，整改会一直持续下去。', P('走过场')],
  ['部长闵建华指出，报告用了一整章谈“乡村人才振兴”，还要求补齐短板。', P('乡村人才振兴')],
];

describe('speaker ranking fallback (issue 16, spkR3)', () => {
  describe('the subject a verb of saying before the words binds', () => runTable(BOUND_BEFORE));
  describe('the subject of a verb of saying in the sentence after the words', () => runTable(BOUND_AFTER));
  describe('a report continued in the next sentence of the same paragraph', () => runTable(CONTINUED_REPORT));
  describe('the one person of the sentence before, taken up again after the words', () => runTable(TOPIC));
  describe('a fragment in reported speech after a verb of saying bound to one person: their words', () => runTable(REPORTED_FRAGMENT));
  it('reads a bounded window: a long paragraph of unattributed words stays linear and attributes nothing far away', () => {
    const text = '教授尤文华表示，乡村振兴要靠人才。' + '这句话没有人说。'.repeat(400) + '「让他们回得来、留得住」。';
    const q = detectQuotations(text).find((x) => x.content.startsWith('让他们回得来'));
    assert.ok(q !== undefined);
    assert.equal(q.speaker, null);
  });
});
