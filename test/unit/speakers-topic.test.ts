/**
 * Speaker classes, fourth round (issue 16): discourse mechanisms for real reporting, where the
 * speaker is the person the passage is about rather than the subject of a verb of saying.
 *  - TOPIC: a whole quoted sentence right after a sentence with no cue that names one person and no
 *    one else (…叶昌保对会风的变化感受更深。“…。”): that person says it.
 *  - ACTION: a quotation resumed after a clause in which the same speaker acts
 *    (“…。”他对着记者摆摆手，“…”), or said again with 又说/还指出 and no subject: the same speaker goes on.
 * Passages written for these tables, not taken from any gold set; negatives in each class (two
 * people, a group, a pronoun, a question, another person named), where a careful reader holds back.
 */
import { P, S, runTable, type Row } from './quotations-tables';

const TOPIC: Row[] = [
  ['在合作社的大棚里，种粮大户陈建军对今年的收成很有把握。“今年每亩能多收两百斤。”', S('今年每亩', '种粮大户陈建军')],
  ['基层医生赵红梅已经在村卫生室干了二十年。“乡亲们信得过我，我就不能走。”', S('乡亲们信得过我', '基层医生赵红梅')],
  ['村党支部书记孙立平对这几年的变化感触很深。“以前出村只有一条泥巴路，现在公交车开到了家门口！”', S('以前出村', '村党支部书记孙立平')],
  ['党委书记郑国平对这件事很上心。“请大家放心，我们一定办好。”', S('请大家放心', '党委书记郑国平')],
  ['镇党委书记吴刚把扶贫手册递给记者。“这里记着每一户的情况。”', S('这里记着', '镇党委书记吴刚')],
  ['村長陳大明對這幾年的變化感觸很深。「以前出村只有一條泥巴路，現在巴士開到了家門口！」', S('以前出村', '村長陳大明')],
  // negatives: two people, a group after the person, a pronoun for a group, a question, a speaker named after
  ['县委书记王海和镇长刘洋一起走进了展厅。“这些产品都是本地造的。”', S('这些产品', null)],
  ['議員黃國華和局長馮志強一起視察工地。「進度比預期快。」', S('進度比預期快', null)],
  ['省委书记李明和他的秘书走进会场。“大家好！”', S('大家好', null)],
  ['社区主任黄晓燕走进会议室，大家安静下来。“今天我们讨论停车难的问题。”', S('今天我们讨论', null)],
  ['教授钱永年的新书出版了。他们都很高兴。“这本书写了十年。”', S('这本书写了十年', null)],
  ['工程师周斌对这套设备很熟悉。“有问题吗？”', S('有问题吗', null)],
  ['技术员马丽在实验室里忙了一整天。“你们的方案还要再改改。”她的同事说。', S('你们的方案', '同事')],
];

const ACTION: Row[] = [
  ['党委书记叶国栋对这几年的变化感受很深。“过去开会要摆鲜花。”他对着记者摆摆手，“现在全都没有了，好！”', S('过去开会', '党委书记叶国栋'), S('现在全都没有了', '党委书记叶国栋')],
  ['“这片茶园是我们的命根子。”村主任何志明说。他弯腰摘下一片嫩叶，“你闻闻，多香。”', S('这片茶园', '村主任何志明'), S('你闻闻', '村主任何志明')],
  ['“项目下个月就能完工。”局长方卫东表示。方卫东顿了顿，“但资金还有缺口。”', S('项目下个月', '局长方卫东'), S('但资金还有缺口', '局长方卫东')],
  ['「這個項目明年完工。」局長馮志強表示。他看了看手錶，「但工期很緊。」', S('這個項目', '局長馮志強'), S('但工期很緊', '局長馮志強')],
  ['作家林文山曾经说过“写作要贴着人物写”；又说“细节是小说的血肉”。', S('写作要贴着', '林文山'), S('细节是小说', '林文山')],
  ['部长陈立强调：“要稳住就业。”还指出：“要保障困难群众基本生活。”', S('要稳住就业', '部长陈立'), S('要保障困难', '部长陈立')],
  // negatives: after a question the one acting may answer; another person named; a group acts
  ['“你吃过早饭了吗？”王大爷问。她摇摇头，“还没呢，等会儿再吃。”', S('你吃过早饭了吗', '王大爷'), S('还没呢', null)],
  ['“这里变化真大。”局长张伟说。他转向副局长李明，“你来讲讲。”', S('这里变化真大', '局长张伟'), S('你来讲讲', null)],
  ['“这里变化真大。”局长张伟说。他们都笑了，“是啊，真是大变样了。”', S('这里变化真大', '局长张伟'), S('是啊', null)],
  ['“你们村今年收成怎么样？”记者问。又说“还不错”的是村民老王。', S('你们村今年', '记者'), P('还不错')],
  ['部长陈立强调：“要稳住就业。”又说“稳就业”是头等大事的，还有几位代表。', S('要稳住就业', '部长陈立'), P('稳就业')],
  ['“这里变化真大。”局长张伟说。随后，村民们纷纷点头，“是啊，真是大变样了。”', S('这里变化真大', '局长张伟'), S('是啊', null)],
];

describe('speaker classes, fourth round (issue 16)', () => {
  describe('the one person the sentence before is about', () => runTable(TOPIC));
  describe('a quotation resumed after the same speaker acts', () => runTable(ACTION));
});
