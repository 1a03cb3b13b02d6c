/**
 * Person names the lists cannot see (issue 16, helper spkN): the ranking fallback
 * (src/core/quotations/ranking.ts) takes words nodejieba tags nr / nrt / nrfg as candidates, only in the
 * places the lists' names are taken (after a post, before an address, heading a verb of saying) and only
 * around a speech quotation no rule has attributed. Every row runs twice: with the real nodejieba tagger
 * and without a tagger (the pure core), to show what the tagger adds. Passages written for these tables
 * (names, numbers and wording invented); negatives in every table: places and brands the tagger calls
 * names, a name followed by 的, two people, a group, a question.
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import { analyze } from '../../src/core/analyze';
import { loadJieba } from '../../src/node/jieba';
import type { Tagger } from '../../src/core/types';

/** [text, start of the quoted words, speaker with the tagger, speaker without it]. */
type Row = [text: string, start: string, withTagger: string | null, without: string | null];

/** The words come first; a verb of saying after them binds the name the tagger finds (秀英告诉记者). */
const NAME_AFTER_WORDS: Row[] = [
  ['“这里的冬天比老家暖和多了。”搬进新房那天，秀英告诉记者，她再也不用烧煤取暖了。', '这里的冬天', '秀英', null],
  ['“葡萄干今年卖到了上海和广州。”谈起今年的收成，阿依古丽笑着说，订单一直排到明年春天。', '葡萄干今年', '阿依古丽', null],
  ['“这家店的面条，我每周都要来吃两次。”说起这座城市，卡斯帕·王告诉记者，他已经来了七次。', '这家店的面条', '卡斯帕·王', null],
  ['“孩子们学得很认真，进步比我想的快。”谈起支教的日子，玛丽亚感慨地说，这是她最难忘的一年。', '孩子们学得', '玛丽亚', null],
  ['“码头的吞吐量今年又创了新高。”谈起港口的变化，伊万告诉记者，集装箱船比以前多了一倍。', '码头的吞吐量', '伊万', null],
  ['“大棚里的黄瓜一天一个样。”谈起新技术，红梅告诉记者，产量比去年高了两成。', '大棚里的黄瓜', '红梅', null],
  // negatives: a brand or a place before 的 (its engineer speaks), a place heading the verb, two people
  // together, a group after a place the tagger calls a name, a brand and a role
  ['“我们会按期交付。”谈到新工厂，华为的工程师告诉记者，设备已经到位。', '我们会按期交付', null, null],
  ['“游客比去年多了三成。”谈到旅游旺季，萧山介绍说，门票收入也涨了。', '游客比去年', null, null],
  ['“这批货明天就能到。”谈到物流，秀英和红梅都告诉记者，仓库已经满了。', '这批货明天', null, null],
  ['“价格还会再降。”谈到新车，特斯拉的销售经理告诉记者，订单很多。', '价格还会再降', null, null],
  ['“明年还会再来。”离开迪士尼时，游客们纷纷表示，玩得很开心。', '明年还会再来', '游客们', '游客们'],
  ['“您今年还打算扩大种植面积吗？”看到阿依古丽，她笑着说，早就备好了种子。', '您今年还打算', null, null],
];

/** A post and a name the lists cannot see (议员默克尔, 国务卿布林肯), bound by a verb of saying before the words. */
const POST_AND_NAME: Row[] = [
  ['议员默克尔表示，营商环境没有最好只有更好。企业办事的每一道手续都要再压一压，「能一次办好的，绝不让企业跑第二趟，能网上办的，绝不让企业跑窗口」。', '能一次办好的', '议员默克尔', null],
  ['国务卿布林肯认为，对话比对抗好。双方的分歧还要慢慢谈，「谈总比不谈好，谈得越多，误会就越少，机会也就越多，这是历史的经验」。', '谈总比不谈好', '国务卿布林肯', null],
  ['总理阿尔瓦雷斯强调，财政必须稳健。每一笔开支都要重新审视，「每一分钱都要花在刀刃上，不该花的钱一分也不能花，该花的钱要花好」。', '每一分钱', '总理阿尔瓦雷斯', null],
  ['对此，经理阿依古丽笑回，当然还有很多，「葡萄干今年卖到了上海和广州，订单一直排到明年春天，大家都很满意」。', '葡萄干今年', '经理阿依古丽', null],
  ['外长拉夫罗夫指出，两国的合作空间很大。明年的交流活动还要再多办一些，「青年人多走动，彼此才会多了解，误会就会少一些，友谊才能一代一代传下去」。', '青年人多走动', '外长拉夫罗夫', null],
  // negatives: two people share the verb, a question, two people before a pronoun, a group heading the
  // report, a post and a place (村民 of 萧山)
  ['议员默克尔和议员沙利文都表示，营商环境还要改善。企业办事的手续还要再压一压，「能一次办好的，绝不让企业跑第二趟，能网上办的，绝不让企业跑窗口」。', '能一次办好的', null, null],
  ['议员默克尔表示，营商环境还要改善。可是钱从哪里来，「谁来为这笔账买单？」', '谁来为这笔账', null, null],
  ['国务卿布林肯和外长拉夫罗夫在会后共同会见记者。他说：“双方同意在能源问题上加强协调，下个月再谈。”', '双方同意', null, null],
  ['议员们普遍认为，默克尔的报告务实。报告里的每一项任务都有时间表，「看得见、摸得着，老百姓能真正感受到，这样的报告才有说服力，才经得起检验」。', '看得见', null, null],
  ['“游客比去年多了三成。”谈到旺季，来自萧山的导游介绍说，门票收入也涨了。', '游客比去年', null, null],
];

/** A bare name the text introduces as a person nearby (国务卿布林肯 … 布林肯), heading a clause before the verb. */
const INTRODUCED: Row[] = [
  ['船长伊万把船靠上了码头。“今年的鱼比往年少，价钱倒是涨了。”说起收成，伊万再次告诉记者，出海一趟要三天。', '今年的鱼', '伊万', null],
  ['志愿者玛丽亚在社区教了三年中文。“孩子们学得很认真。”说起支教，玛丽亚一再告诉记者，这是她最难忘的一年。', '孩子们学得', '玛丽亚', null],
  ['村民阿依古丽家的葡萄熟了。“今年的葡萄特别甜。”说起收成，阿依古丽多次告诉记者，订单排到了明年。', '今年的葡萄', '阿依古丽', null],
  ['议员默克尔当天也在场。“预算必须尽快通过。”谈起会期，默克尔再次告诉记者，拖下去谁也不好过。', '预算必须', '默克尔', null],
  ['拜登先生一早来到工厂。“工人们的手艺让人佩服。”参观结束，拜登再次告诉记者，他很受触动。', '工人们的手艺', '拜登', null],
  ['秀英阿姨在村里开了一家小卖部。“东西不贵，图个方便。”说起生意，秀英一再告诉记者，赚得不多。', '东西不贵', '秀英', null],
  // negatives: the same names never introduced as people (an adverb follows them), two people, a name
  // before 的 (her assistant speaks), a park and a place the tagger calls names
  ['“今年的鱼比往年少，价钱倒是涨了。”说起收成，伊万再次告诉记者，出海一趟要三天。', '今年的鱼', null, null],
  ['“预算必须尽快通过。”谈起会期，默克尔再次告诉记者，拖下去谁也不好过。', '预算必须', null, null],
  ['拜登先生和默克尔女士一早来到工厂。“工人们的手艺让人佩服。”参观结束，拜登和默克尔再次告诉记者，很受触动。', '工人们的手艺', null, null],
  ['董事长秀英来到车间。“这批货要赶在月底交付。”谈到订单，秀英的助手再次告诉记者，工人们都在加班。', '这批货', null, null],
  ['“门票收入涨了三成。”谈起旺季，迪士尼再次告诉记者，游客比去年多。', '门票收入', null, null],
  ['“总统将出席峰会。”谈起行程，普陀再次告诉记者，安排还没有定。', '总统将出席', null, null],
];

/**
 * 他/她 back to the one person the sentence before names with a post, when only the tagger sees that name
 * (the other pronoun reading cannot: 外长拉夫罗夫…。他说), and nobody else, known or unknown to the tagger, is named.
 */
const PRONOUN_BACK: Row[] = [
  ['外长拉夫罗夫在记者会上介绍了会谈的情况。他说：“双方同意在能源问题上加强协调，下个月再谈。”', '双方同意', '外长拉夫罗夫', null],
  ['村民阿依古丽在院子里晾着葡萄干。她说：“今年的葡萄特别甜，订单排到了明年。”', '今年的葡萄', '村民阿依古丽', null],
  ['船长伊万把船靠上了码头。他说：“今年的鱼比往年少，价钱倒是涨了。”', '今年的鱼', '船长伊万', null],
  ['志愿者玛丽亚在社区教了三年中文。她说：“孩子们学得很认真，进步比我想的快。”', '孩子们学得', '志愿者玛丽亚', null],
  ['国务卿布林肯当天抵达北京。他说：“这次会谈很坦诚，双方都有收获。”', '这次会谈', '国务卿布林肯', null],
  ['议员默克尔当天也在场。她说：“预算必须尽快通过，拖下去谁也不好过。”', '预算必须', '议员默克尔', null],
  // negatives: two people, a group, someone else between, a name the tagger does not know (李明, x) or
  // knows (秀英) besides, a name with no post
  ['国务卿布林肯和外长拉夫罗夫在会后共同会见记者。他说：“双方同意加强协调。”', '双方同意', null, null],
  ['外长拉夫罗夫抵达时，一名工作人员迎上前去。他说：“欢迎您再次来访。”', '欢迎您再次来访', null, null],
  ['外长拉夫罗夫当天会见了李明。他说：“双方同意加强协调。”', '双方同意', null, null],
  ['外长拉夫罗夫当天会见了秀英。他说：“双方同意加强协调。”', '双方同意', null, null],
  ['伊万把船靠上了码头。他说：“今年的鱼比往年少，价钱倒是涨了。”', '今年的鱼', null, null],
];

const TABLES: Array<[string, Row[]]> = [
  ['the words first, the name the tagger finds after them', NAME_AFTER_WORDS],
  ['a post and a name the lists cannot see', POST_AND_NAME],
  ['a bare name the text introduces as a person', INTRODUCED],
  ['他/她 back to a post and a name only the tagger sees', PRONOUN_BACK],
];

describe('speakers: names from the part-of-speech tagger (nodejieba nr)', () => {
  const jieba = loadJieba();
  const tagger: Tagger | undefined = jieba?.tag;

  it('nodejieba loads here (the tables below need the real tagger)', () => {
    assert.ok(jieba, 'nodejieba loads');
  });

  for (const [title, rows] of TABLES) {
    describe(title, () => {
      for (const [text, start, withTagger, without] of rows) {
        const label = text.length > 50 ? text.slice(0, 50) + '…' : text;
        it(`with the tagger: ${label}`, () => {
          assert.ok(tagger);
          const q = detectQuotations(text, undefined, { nameTagger: tagger }).find((x) => x.content.startsWith(start));
          assert.ok(q, `no quotation starting ${start}`);
          assert.deepEqual([q.kind, q.speaker], ['speech', withTagger]);
        });
        it(`without a tagger: ${label}`, () => {
          const q = detectQuotations(text).find((x) => x.content.startsWith(start));
          assert.ok(q, `no quotation starting ${start}`);
          assert.deepEqual([q.kind, q.speaker], ['speech', without]);
        });
      }
    });
  }

  describe('where the tagger is called', () => {
    const counting = (calls: string[]): Tagger => (s) => {
      calls.push(s);
      return tagger === undefined ? [] : tagger(s);
    };

    it('never for a document whose speech quotations the rules attribute (a lazy tagger is never loaded)', () => {
      const calls: string[] = [];
      const text = '会议强调：“要坚持稳中求进。”\n国务院总理李强表示：“今年的目标是可以实现的。”\n他还提出了“新质生产力”这一概念。';
      const found = detectQuotations(text, undefined, { nameTagger: counting(calls) });
      assert.ok(found.length >= 2);
      assert.deepEqual(calls, []);
    });

    it('only on the sentences around an unattributed quotation, never the whole document', () => {
      const calls: string[] = [];
      const filler = '今年以来，全市的各项工作稳步推进，重点项目建设进展顺利。'.repeat(40);
      const text = `${filler}\n“这家店的面条，我每周都要来吃两次。”说起这座城市，卡斯帕·王告诉记者，他已经来了七次。\n${filler}`;
      const q = detectQuotations(text, undefined, { nameTagger: counting(calls) }).find((x) => x.content.startsWith('这家店'));
      assert.equal(q?.speaker, '卡斯帕·王');
      assert.ok(calls.length > 0);
      for (const s of calls) assert.ok(s.length <= 400 && !s.includes('重点项目建设进展顺利。今年以来'.repeat(3)), `tagged ${s.length} characters`);
    });

    it('a tagger that throws (nodejieba missing) leaves the rules alone', () => {
      const text = NAME_AFTER_WORDS[0][0];
      const q = detectQuotations(text, undefined, {
        nameTagger: () => {
          throw new Error('nodejieba is not available');
        },
      }).find((x) => x.content.startsWith('这里的冬天'));
      assert.equal(q?.speaker, null);
    });

    it('analyze passes its tagger to the quotations', () => {
      assert.ok(tagger);
      const text = NAME_AFTER_WORDS[2][0];
      const withIt = analyze(text, { tagger }).quotations.find((x) => x.content.startsWith('这家店'));
      const without = analyze(text).quotations.find((x) => x.content.startsWith('这家店'));
      assert.deepEqual([withIt?.speaker, without?.speaker], ['卡斯帕·王', null]);
    });
  });
});
