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
  // kept: a person in a clause of time, a body, a long post and name, a document
  ['李强主持召开国务院常务会议时要求，“坚决守住不发生规模性返贫的底线”。', S('坚决守住', '李强主持召开国务院常务会议时')],
  ['中央全面深化改革委员会第五次会议强调，“要坚持问题导向，抓住关键环节”。', S('要坚持问题导向', '中央全面深化改革委员会第五次会议')],
  ['中共中央政治局委员、国务院副总理张国清强调：“要坚持把制造业作为主攻方向。”', S('要坚持把制造业', '中共中央政治局委员、国务院副总理张国清')],
  ['中国国家主席习近平会见来宾时，语重心长地说：“实践证明，这条路走得通。”', S('实践证明', '中国国家主席习近平')],
];

describe('speaker classes, third round (issue 16, spkR)', () => {
  describe('a bare title: the one person of that post the article named, however far back', () => runTable(WIDE_TITLE));
  describe('words that cannot be a speaker are dropped; persons, bodies and documents kept', () => runTable(NOT_A_SPEAKER));
});
