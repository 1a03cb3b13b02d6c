/**
 * Posts of Hong Kong, Macao, Taiwan and foreign-affairs reporting before a name (issue 16, helper spkN2):
 * 立委叶美琴, 特首李家超, 陆委会主委邱垂正, 外长王毅, 主任医师覃小燕 — the post list of
 * src/core/quotations/names.ts now has them, so the ranking fallback (quotations/ranking.ts) and the rules
 * take the name after them. Every row runs twice: with the real nodejieba tagger and without a tagger (the
 * pure core). Passages written for these tables (names, numbers and wording invented). Negatives: a place,
 * an office or a thing after the post (立委办公室, 特首办, 外长会议, 发言人制度, 记者会), a group of the post
 * (外长们), a name that does not speak (这句话让立委…很感动).
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import { loadJieba } from '../../src/node/jieba';
import type { Tagger } from '../../src/core/types';

/** [text, start of the quoted words, speaker with the tagger, speaker without it]. */
type Row = [text: string, start: string, withTagger: string | null, without: string | null];

/** The words first, then a post of HK/TW/MO or foreign-affairs reporting, a name and a verb of saying. */
const WORDS_THEN_POST: Row[] = [
  ['“堤防明年汛期前一定修好。”谈到防汛，立委叶美琴说，经费已经拨下来了。', '堤防明年', '立委叶美琴', '立委叶美琴'],
  ['“新口岸下个月就能启用。”谈到通关，特首李家超表示，旅客可以少排一半的队。', '新口岸下个月', '特首李家超', '特首李家超'],
  ['“两国的合作还有很大空间。”谈起这次出访，外长王毅表示，明年还会再来。', '两国的合作', '外长王毅', '外长王毅'],
  ['“交流活动明年还会再办。”谈到两岸往来，主委邱垂正说，报名的人比去年多。', '交流活动明年', '主委邱垂正', '主委邱垂正'],
  ['“这种药一天只能吃一次。”谈到用药，主任医师覃小燕表示，老人要特别注意。', '这种药一天', '主任医师覃小燕', '主任医师覃小燕'],
  ['“预算今年必须通过。”谈到会期，阁揆卓荣泰强调，拖下去谁都不好过。', '预算今年', '阁揆卓荣泰', '阁揆卓荣泰'],
  // negatives: an office, a body, a meeting or a system after the post; a group of the post; a name the
  // words move but who says nothing
  ['“堤防明年汛期前一定修好。”谈到防汛，立委办公室表示，经费已经拨下来了。', '堤防明年', null, null],
  ['“新口岸下个月就能启用。”谈到通关，特首办表示，旅客可以少排一半的队。', '新口岸下个月', null, null],
  ['“两国的合作还有很大空间。”谈起这次出访，外长会议决定，明年再办一次。', '两国的合作', null, null],
  ['“交流活动明年还会再办。”谈到两岸往来，主委会议表示，报名的人比去年多。', '交流活动明年', null, null],
  ['“这种药一天只能吃一次。”谈到用药，局长办公室表示，老人要特别注意。', '这种药一天', null, null],
  ['“有问题随时可以来问。”谈到新规，发言人制度表示，每周都会开放。', '有问题随时', null, null],
  ['“两国的合作还有很大空间。”谈起这次出访，外长们都表示，明年还会再来。', '两国的合作', null, null],
  ['“堤防明年汛期前一定修好。”这句话让立委叶美琴很感动，她一直记着。', '堤防明年', null, null],
];

/** A post and a name first, with a verb of saying; the words follow in a later clause. */
const POST_THEN_WORDS: Row[] = [
  ['立委叶美琴表示，堤防工程要赶在汛期前完工。「今年的雨水比往年多，拖不得」。', '今年的雨水', '立委叶美琴', '立委叶美琴'],
  ['特首李家超指出，新的口岸下月启用。「通关时间会再缩短一半，市民出行更方便」。', '通关时间', '特首李家超', '特首李家超'],
  ['外长王毅强调，两国的合作空间很大。「青年人多走动，彼此才会多了解」。', '青年人多走动', '外长王毅', '外长王毅'],
  ['主委邱垂正认为，交流要一步一步来。「先把人接回来，别的慢慢再谈」。', '先把人接回来', '主委邱垂正', '主委邱垂正'],
  ['首相石田茂表示，预算要尽快通过。「地方等不起，企业也等不起」。', '地方等不起', '首相石田茂', '首相石田茂'],
  // negatives: an office, a meeting, a press conference where no one is named; a question
  ['立委办公室表示，堤防工程要赶在汛期前完工。「今年的雨水比往年多，拖不得」。', '今年的雨水', null, null],
  ['外长会议强调，两国的合作空间很大。「青年人多走动，彼此才会多了解」。', '青年人多走动', null, null],
  ['记者会上有人认为，交流要一步一步来。「先把人接回来，别的慢慢再谈」。', '先把人接回来', null, null],
  ['发言人制度规定，问题要当场回答。「不知道的，也要说明什么时候答复」。', '不知道的', null, null],
  ['立委叶美琴表示，堤防工程要赶在汛期前完工。可是钱从哪里来，「谁来为这笔账买单？」', '谁来为这笔账', null, null],
];

/** 他/她 back to the one person a post of these names before it. */
const PRONOUN_BACK: Row[] = [
  ['特首周家明表示，已向中央汇报。他批评有外国政客不理事实，并要求释放当事人，「这是借民主之名做违法的事。」', '这是借民主', '特首周家明', '特首周家明'],
  ['立委叶美琴昨天到工地视察。她强调，工期不能再拖，「汛期一到，谁都担不起这个责任。」', '汛期一到', '立委叶美琴', '立委叶美琴'],
  ['外长王毅当天会见了来访的客人。他指出，两国的合作空间很大，「青年人多走动，彼此才会多了解。」', '青年人多走动', '外长王毅', '外长王毅'],
  ['主委邱垂正当天在记者会上回答了提问。他认为，交流要一步一步来，「先把人接回来，别的慢慢再谈。」', '先把人接回来', '主委邱垂正', '主委邱垂正'],
  ['阁揆卓荣泰一早就到了议会。他表示，预算要尽快通过，「地方等不起，企业也等不起。」', '地方等不起', '阁揆卓荣泰', '阁揆卓荣泰'],
  // negatives: two people named before the pronoun; an office before it; a group of the post
  ['特首周家明会见了立委叶美琴。他批评有外国政客不理事实，「这是借民主之名做违法的事。」', '这是借民主', null, null],
  ['立委办公室昨天发出通知。他强调，工期不能再拖，「汛期一到，谁都担不起这个责任。」', '汛期一到', null, null],
  ['外长们当天会见了来访的客人。他指出，两国的合作空间很大，「青年人多走动，彼此才会多了解。」', '青年人多走动', null, null],
  ['外长王毅和首相石田茂当天会谈。他指出，两国的合作空间很大，「青年人多走动，彼此才会多了解。」', '青年人多走动', null, null],
  ['特首办昨天发出通知。他表示，预算要尽快通过，「地方等不起，企业也等不起。」', '地方等不起', null, null],
];

const TABLES: Array<[string, Row[]]> = [
  ['the words, then a post of HK/TW/MO or foreign-affairs reporting and a name', WORDS_THEN_POST],
  ['a post and a name, then the words', POST_THEN_WORDS],
  ['他/她 back to a post and a name', PRONOUN_BACK],
];

describe('speakers: names after the posts of HK/TW/MO and foreign-affairs reporting', () => {
  const jieba = loadJieba();
  const tagger: Tagger | undefined = jieba?.tag;

  for (const [title, rows] of TABLES) {
    describe(title, () => {
      for (const [text, start, withTagger, without] of rows) {
        const label = text.length > 50 ? text.slice(0, 50) + '…' : text;
        it(`with the tagger: ${label}`, () => {
          assert.ok(tagger, 'nodejieba loads');
          const q = detectQuotations(text, undefined, { nameTagger: tagger }).find((x) => x.content.startsWith(start));
          assert.ok(q, `no quotation starting ${start}`);
          // (Nobody named: the words may stay a phrase; what counts is that no one is given them.)
          if (withTagger === null) assert.equal(q.speaker, null);
          else assert.deepEqual([q.kind, q.speaker], ['speech', withTagger]);
        });
        it(`without a tagger: ${label}`, () => {
          const q = detectQuotations(text).find((x) => x.content.startsWith(start));
          assert.ok(q, `no quotation starting ${start}`);
          if (without === null) assert.equal(q.speaker, null);
          else assert.deepEqual([q.kind, q.speaker], ['speech', without]);
        });
      }
    });
  }
});
