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
  ['诗人王维晚年隐居山中，看到农夫辛勤劳作，满怀感慨地写道：“田家何所有，唯见稻花香。”', S('田家何所有', null)],
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

describe('central speakers (fourth round): not a subject', () => runTable(NOT_A_SUBJECT));
