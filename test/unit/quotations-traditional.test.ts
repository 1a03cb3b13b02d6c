/**
 * Quotations in traditional characters (Hong Kong, Macao, Taiwan; traditional copies of mainland
 * texts): the cues 說, 強調, 表示, 認為, 指出 … are read in a simplified view of the same length, so
 * spans, content, speaker and cue are those of the original text. 「」 main marks with 『』 inside.
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import { hasTraditional, simplifiedView } from '../../src/core/simplifiedView';
import { readFixture } from './helpers';
import { P, S, runTable, type Row } from './quotations-tables';

const VERBS: Row[] = [
  ['行政長官李家超說：「我們會全力以赴。」', S('我們會全力以赴', '行政長官李家超')],
  ['財政司司長陳茂波強調：「財政狀況穩健。」', S('財政狀況穩健', '財政司司長陳茂波')],
  ['發言人表示：「政府高度重視市民意見。」', S('政府高度重視', '發言人')],
  ['學者認為：「房屋政策需要長遠規劃。」', S('房屋政策需要長遠規劃', '學者')],
  ['報告指出：「本澳經濟持續復甦。」', S('本澳經濟持續復甦', '報告')],
  ['局長黃偉倫回答說：「措施將於下月實施。」', S('措施將於下月實施', '局長黃偉倫')],
  ['記者問道：「有關計劃何時推出？」', S('有關計劃何時推出', '記者')],
  ['「我們有信心。」署長陳國基說。', S('我們有信心', '署長陳國基')],
  ['議員質詢：「為何預算超支？」', S('為何預算超支', '議員')],
  ['主席宣佈：「會議結束。」', S('會議結束', '主席')],
  ['俗話說：「家家有本難唸的經。」', S('家家有本難唸的經', '俗语')],
  ['正如古人所說：「己所不欲，勿施於人。」', S('己所不欲', '古人')],
  ['他說：「我們一定會做好。」', S('我們一定會做好', null)],
  // negatives: names and slogans in marks stay phrases
  ['政府推出「醫健通」系統。', P('醫健通')],
  ['所謂「一國兩制」，是國家的基本國策。', P('一國兩制')],
  ['大家都叫他「拼命三郎」。', P('拼命三郎')],
];

const NESTED: Row[] = [
  ['局長表示：「我們會落實『一地兩檢』安排，確保通關順暢。」', S('我們會落實', '局長'), P('一地兩檢')],
  ['「所謂『愛國者治港』，就是要由愛國者管治香港。」主任說。', S('所謂', '主任'), P('愛國者治港')],
];

const PRONOUNS: Row[] = [
  ['保安局局長鄧炳強出席活動。他說：「警方會嚴正執法。」', S('警方會嚴正執法', '保安局局長鄧炳強')],
  ['行政長官賀一誠今日發表施政報告。特首強調：「要推動經濟適度多元。」', S('要推動經濟適度多元', '行政長官賀一誠')],
  ['議員陳克勤與議員何君堯一同出席論壇。他說：「要加強監管。」', S('要加強監管', null)],
];

describe('quotations in traditional characters', () => {
  describe('cue verbs 說 強調 表示 認為 指出 …', () => runTable(VERBS));
  describe('「」 with 『』 inside', () => runTable(NESTED));
  describe('pronouns and titles', () => runTable(PRONOUNS));

  it('keeps offsets, text and content in the original script', () => {
    const text = '行政長官李家超強調：「香港由治及興，發展是第一要務。」';
    const [q] = detectQuotations(text);
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.equal(q.text, '「香港由治及興，發展是第一要務。」');
    assert.equal(q.content, '香港由治及興，發展是第一要務。');
    assert.equal(q.cue, '強調');
    assert.equal(q.speaker, '行政長官李家超');
  });

  it('gives a traditional text the same quotations as its simplified conversion (spans, kinds)', () => {
    const text = '國務院總理李強指出：「要堅持穩中求進工作總基調。」會議認為：「經濟長期向好的基本面沒有改變。」大家稱之為「新三樣」。';
    const simplified = simplifiedView(text);
    assert.notEqual(simplified, text);
    const a = detectQuotations(text).map((q) => [q.start, q.end, q.kind, q.closed, q.depth]);
    const b = detectQuotations(simplified).map((q) => [q.start, q.end, q.kind, q.closed, q.depth]);
    assert.deepEqual(a, b);
  });

  it('the simplified view has the length of the original and leaves simplified text alone', () => {
    for (const t of ['澳門特別行政區政府', '第一條　本法自公佈之日起施行。', '乾隆年間，著書立說。', '𠀀說話']) {
      assert.equal(simplifiedView(t).length, t.length, t);
    }
    const simplified = '习近平总书记强调：“要坚持稳中求进。”';
    assert.equal(hasTraditional(simplified), false);
    // Short traditional passages without any of the most frequent traditional characters still count.
    for (const t of ['專家：「要穩步推進。」', '陳茂波續指：「經濟穩定。」', '記者：「請問…」', '發言人：「堅決反對。」', '維護穩定']) assert.equal(hasTraditional(t), true, t);
    for (const t of ['专家：“要稳步推进。”', '乾隆年间，著书立说。', 'ABC 123', '', '𠀀']) assert.equal(hasTraditional(t), false, t);
    assert.equal(simplifiedView(simplified), simplified);
  });

  it('on 2,000 seeded random traditional texts: spans, text and content always come from the original', () => {
    const pieces = ['行政長官', '他說：', '強調，', '表示：', '「', '」', '『', '』', '“', '”', '。', '，', '\n', '\n\n', '發展經濟', '我們', '會議認為', '這位負責人', '第一條　', '（一）', '𠀀', '說'];
    let seed = 20261202;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = 1 + rand(40);
      for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)];
      for (const q of detectQuotations(text)) {
        assert.equal(q.text, text.slice(q.start, q.end), text);
        // content leaves out the marks and the line breaks a quotation runs over
        const flat = (x: string) => x.replace(/\s+/g, '');
        assert.ok(flat(text.slice(q.start, q.end)).includes(flat(q.content).slice(0, 4)), text);
        assert.ok(q.speaker === null || q.speaker.length > 0, text);
      }
    }
  });

  it('Macao dispatch 223/2000: the three quoted names on the card are phrases', () => {
    const text = readFixture('extra/macao-2000-chief-executive-dispatch-223-inspector-card.txt');
    const found = detectQuotations(text);
    assert.deepEqual(
      found.map((q) => [q.content, q.kind, q.speaker, q.text === text.slice(q.start, q.end)]),
      [
        ['澳門特別行政區政府', 'phrase', null, true],
        ['電信暨資訊科技發展辦公室', 'phrase', null, true],
        ['無線電稽查', 'phrase', null, true],
      ],
    );
  });
});
