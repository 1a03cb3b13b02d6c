import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectQuotations, MAX_DEPTH, normaliseSpeaker } from '../../src/core/quotations';
import type { Quotation } from '../../src/core/types';
import { readFixture, repoRoot } from './helpers';

interface GoldQuotation {
  line: number;
  starts: string;
  ends: string;
  kind: string;
  speaker: string | null;
  cue: string | null;
  closed: boolean;
}

function readGold<T>(name: string): T {
  return JSON.parse(readFileSync(join(repoRoot(), 'test', 'fixtures', 'gold', name), 'utf8')) as T;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Every quotation keeps the Span contract: text is the slice, offsets in range, sorted by start. */
function assertSpans(source: string, qs: Quotation[]): void {
  let last = -1;
  for (const q of qs) {
    assert.ok(q.start >= 0 && q.end <= source.length && q.start < q.end, `bad offsets ${q.start}-${q.end}`);
    assert.equal(q.text, source.slice(q.start, q.end));
    assert.ok(q.start > last, 'sorted by start, one quotation per opening mark');
    last = q.start;
  }
}

function only(text: string): Quotation {
  const qs = detectQuotations(text);
  assert.equal(qs.length, 1, `expected one quotation, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0];
}

describe('detectQuotations', () => {
  describe('gold: 000_b29511bdb28f9b3d.txt (every quotation, hand-listed)', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    const gold = readGold<{ quotations: GoldQuotation[] }>('quotations-000.json').quotations;
    const found = detectQuotations(text);

    it('finds exactly the gold quotations, in order', () => {
      assert.equal(found.length, gold.length);
      assertSpans(text, found);
      found.forEach((q, i) => {
        const g = gold[i];
        const where = `#${i} line ${g.line} ${g.starts}`;
        assert.equal(lineOf(text, q.start), g.line, where);
        assert.ok(q.text.startsWith(g.starts), `${where}: starts ${q.text.slice(0, 20)}`);
        assert.ok(q.text.endsWith(g.ends), `${where}: ends ${q.text.slice(-20)}`);
        assert.equal(q.depth, 0, where);
      });
    });

    it('has the gold kind, speaker, cue and closed flag for each', () => {
      found.forEach((q, i) => {
        const g = gold[i];
        assert.deepEqual(
          { kind: q.kind, speaker: q.speaker, cue: q.cue, closed: q.closed },
          { kind: g.kind, speaker: g.speaker, cue: g.cue, closed: g.closed },
          `#${i} line ${g.line} ${g.starts}`,
        );
      });
    });

    it('ends the quotation left open at the end of the file there, and ignores the orphan ” of line 89', () => {
      const last = found[found.length - 1];
      assert.equal(last.end, text.length);
      assert.equal(last.content, '面对现');
      const orphan = text.indexOf('”纵观人类历史');
      assert.ok(orphan > 0);
      assert.ok(found.every((q) => q.end !== orphan + 1 && !(q.start < orphan && orphan < q.end)));
    });

    it('gives the content without the marks', () => {
      assert.equal(found[1].content.slice(0, 5), '要加快建设');
      assert.equal(found[1].content.slice(-4), '策源地。');
      assert.equal(found[3].content, '双一流');
    });
  });

  for (const [fixture, goldName] of [
    ['government-work-report-2023.txt', 'quotations-government-work-report.json'],
    ['state-council-digital-government-opinion-2022.txt', 'quotations-state-council-opinion.json'],
  ]) {
    it(`gold: ${fixture} (all quoted terms)`, () => {
      const text = readFixture(fixture);
      const gold = readGold<{ quotations: { line: number; content: string; kind: string }[] }>(goldName).quotations;
      const found = detectQuotations(text);
      assertSpans(text, found);
      assert.deepEqual(
        found.map((q) => ({ line: lineOf(text, q.start), content: q.content, kind: q.kind })),
        gold.map((g) => ({ line: g.line, content: g.content, kind: g.kind })),
      );
      assert.ok(found.every((q) => q.closed && q.speaker === null && q.cue === null && q.depth === 0));
    });
  }

  describe('marks and nesting', () => {
    it('reports a ‘…’ inside “…” as a nested quotation', () => {
      const text = '他指出：“我们常说‘绿水青山就是金山银山’，这是真理。”';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.equal(qs.length, 2);
      assert.equal(qs[0].depth, 0);
      assert.equal(qs[0].content, '我们常说‘绿水青山就是金山银山’，这是真理。');
      assert.equal(qs[1].depth, 1);
      assert.equal(qs[1].text, '‘绿水青山就是金山银山’');
      assert.equal(qs[1].content, '绿水青山就是金山银山');
      assert.equal(qs[1].kind, 'phrase');
    });

    it('handles 「…『…』…」 and three levels of mixed marks', () => {
      const text = '文章写道：「他说『要坚持“两个结合”』，语气坚定。」';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.deepEqual(
        qs.map((q) => [q.depth, q.content]),
        [
          [0, '他说『要坚持“两个结合”』，语气坚定。'],
          [1, '要坚持“两个结合”'],
          [2, '两个结合'],
        ],
      );
      assert.equal(qs[0].speaker, '文章');
      assert.equal(qs[0].cue, '写道');
    });

    it('pairs straight quotes only when they pair up on their line', () => {
      const qs = detectQuotations('He said "hello world" and "bye".\nAn odd " quote here "x" stays text.');
      assert.deepEqual(
        qs.map((q) => q.content),
        ['hello world', 'bye'],
      );
    });

    it('ignores a closing mark that closes nothing', () => {
      const text = '这是上一页的结尾。”然后是“新词”和’孤立的单引号。';
      const q = only(text);
      assert.equal(q.text, '“新词”');
    });

    it('ends an inner quotation left open where its outer one closes', () => {
      const text = '他说：“要记住‘这句话。”后文。';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.equal(qs.length, 2);
      assert.equal(qs[0].closed, true);
      assert.equal(qs[0].text, '“要记住‘这句话。”');
      assert.equal(qs[1].closed, false);
      assert.equal(qs[1].text, '‘这句话。');
    });
  });

  describe('paragraphs', () => {
    it('treats a quotation reopened at each paragraph as one quotation', () => {
      const text = '讲话指出：\n\n“第一段内容。\n\n“第二段内容。\n\n“第三段内容。”\n\n下文。';
      const q = only(text);
      assertSpans(text, [q]);
      assert.equal(q.closed, true);
      assert.equal(q.content, '第一段内容。\n第二段内容。\n第三段内容。');
      assert.ok(q.text.startsWith('“第一段') && q.text.endsWith('第三段内容。”'));
      assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', '讲话', '指出']);
    });

    it('does not chain reopening paragraphs that never close: one unclosed quotation per paragraph', () => {
      const text = '“第一段。\n\n“第二段。\n\n正文。';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.deepEqual(
        qs.map((q) => [q.text, q.closed]),
        [
          ['“第一段。', false],
          ['“第二段。', false],
        ],
      );
    });

    it('does not read a paragraph cut mid-sentence and a next one opening with “ as one quotation', () => {
      const text = '习近平总书记指出：“面对现\n\n“两个结合”是重大论断。';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.deepEqual(
        qs.map((q) => [q.text, q.closed]),
        [
          ['“面对现', false],
          ['“两个结合”', true],
        ],
      );
    });

    it('ends an unclosed quotation at the end of its paragraph', () => {
      const text = '他强调：“一定要完成任务。\n\n下一段提到“双碳”目标。';
      const qs = detectQuotations(text);
      assertSpans(text, qs);
      assert.equal(qs.length, 2);
      assert.equal(qs[0].closed, false);
      assert.equal(qs[0].text, '“一定要完成任务。');
      assert.equal(qs[0].content, '一定要完成任务。');
      assert.equal(qs[0].kind, 'speech');
      assert.equal(qs[0].cue, '强调');
      assert.equal(qs[1].text, '“双碳”');
      assert.equal(qs[1].closed, true);
    });

    it('ends a quotation open at the end of the document there', () => {
      const text = '习近平总书记指出：“面对现';
      const q = only(text);
      assert.equal(q.closed, false);
      assert.equal(q.end, text.length);
      assert.equal(q.speaker, '习近平');
    });

    it('keeps a quotation across a soft layout break (blank line in mid-sentence)', () => {
      const text = '习近平总书记指出：“新一轮科技革命\n\n和产业变革突飞猛进。”后文。';
      const q = only(text);
      assertSpans(text, [q]);
      assert.equal(q.closed, true);
      assert.equal(q.content, '新一轮科技革命和产业变革突飞猛进。');
      assert.ok(q.text.includes('\n\n'));
    });

    it('keeps a quotation across a PDF line break, and across two broken paragraphs', () => {
      assert.equal(only('网上宣传“沿着总书记的足\n迹”等。').content, '沿着总书记的足迹');
      const q = only('他说：“甲乙\n\n丙丁\n\n戊己。”');
      assert.equal(q.closed, true);
      assert.equal(q.content, '甲乙丙丁戊己。');
    });

    it('does not take a soft break when the closing mark is not near', () => {
      // The next paragraph ends its sentence without closing: the quotation ends with its paragraph.
      const text = '他说：“甲乙\n\n丙丁。\n\n戊己。”';
      const qs = detectQuotations(text);
      assert.equal(qs.length, 1);
      assert.equal(qs[0].text, '“甲乙');
      assert.equal(qs[0].closed, false);
    });

    it('handles CRLF line endings like LF', () => {
      const lf = '讲话指出：\n\n“第一段。\n\n“第二段。”\n\n他说：“未完\n\n待续。”\n\n“孤立';
      const crlf = lf.replace(/\n/g, '\r\n');
      const a = detectQuotations(lf);
      const b = detectQuotations(crlf);
      assertSpans(crlf, b);
      assert.deepEqual(
        b.map((q) => [q.content, q.closed, q.kind]),
        a.map((q) => [q.content, q.closed, q.kind]),
      );
      assert.equal(b[0].content, '第一段。\n第二段。');
      assert.ok(!b.some((q) => q.content.includes('\r')));
      assert.equal(b[2].text, '“孤立');
    });
  });

  describe('speaker and cue', () => {
    for (const alias of ['习近平总书记', '习近平同志', '总书记', '习近平主席', '习主席']) {
      it(`normalises ${alias} to 习近平`, () => {
        const q = only(`${alias}强调：“要坚持稳中求进。”`);
        assert.equal(q.speaker, '习近平');
        assert.equal(q.cue, '强调');
        assert.equal(q.kind, 'speech');
      });
    }

    it('does not look for a cue across a blank line, unless the line before ends with ：', () => {
      const q = only('总书记指出\n\n“我们要坚持下去。”');
      assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', null, null]);
      const q2 = only('总书记强调：\n\n“我们要坚持下去。”');
      assert.deepEqual([q2.speaker, q2.cue], ['习近平', '强调']);
    });

    it('attributes 习近平总书记的重要讲话 to 习近平', () => {
      const q = only('习近平总书记的重要讲话深刻指出：“要坚持问题导向。”');
      assert.deepEqual([q.speaker, q.cue], ['习近平', '深刻指出']);
    });

    it('keeps 以习近平同志为核心的党中央 as 党中央', () => {
      assert.equal(normaliseSpeaker('以习近平同志为核心的党中央'), '党中央');
      assert.equal(normaliseSpeaker('他'), null);
    });

    it('finds the speaker several clauses before the cue, skipping 在…上 adverbials', () => {
      const q = only('习近平总书记在深入推进京津冀协同发展座谈会上指出：“要加快建设北京国际科技创新中心。”');
      assert.deepEqual([q.speaker, q.cue], ['习近平', '指出']);
      const q2 = only('同时，习近平总书记在中国共产党与世界政党高层对话会上的主旨讲话中，深刻指出：“我们要树立守正创新意识。”');
      assert.deepEqual([q2.speaker, q2.cue], ['习近平', '深刻指出']);
      const q4 = only('在庆祝中国共产主义青年团成立100周年大会上习近平总书记寄语：“青年要勇做走在时代前列的奋进者。”');
      assert.deepEqual([q4.speaker, q4.cue], ['习近平', '寄语']);
      const q3 = only('习近平总书记多次强调：“人才是第一资源。”');
      assert.deepEqual([q3.speaker, q3.cue], ['习近平', '强调']);
    });

    it('accepts organisations and documents as speakers', () => {
      const cases: Array<[string, string, string]> = [
        ['党的二十大报告提出：“统筹推进国际科技创新中心建设”。', '党的二十大报告', '提出'],
        ['这次全会强调，“必须坚持党的全面领导”。', '这次全会', '强调'],
        ['文章指出，“这是一项长期任务”。', '文章', '指出'],
        ['《意见》明确：“到2025年基本建成”。', '《意见》', '明确'],
        ['中共中央、国务院要求：“各地区各部门要认真贯彻落实。”', '中共中央、国务院', '要求'],
      ];
      for (const [text, speaker, cue] of cases) {
        const q = only(text);
        assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', speaker, cue], text);
      }
    });

    it('does not invent a speaker', () => {
      const q = only('他强调：“要久久为功。”');
      assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', null, '强调']);
      const q2 = only('正如所言：“要久久为功。”');
      assert.equal(q2.speaker, null);
      const q3 = only('前文已述。“一切皆有可能。”');
      assert.deepEqual([q3.kind, q3.speaker, q3.cue], ['speech', null, null]);
    });

    it('reads a speaker given after the quotation', () => {
      const q = only('“我们一定能成功。”他说。');
      assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', null, '说']);
      const q2 = only('“要坚持不懈。”习近平总书记强调。');
      assert.deepEqual([q2.kind, q2.speaker, q2.cue], ['speech', '习近平', '强调']);
    });
  });

  describe('phrase or speech', () => {
    it('calls short quoted terms without a cue phrases', () => {
      const text = '入选国家“双一流”建设名单，实行“揭榜挂帅”“赛马”等制度，尽快解决一批“卡脖子”问题。';
      const qs = detectQuotations(text);
      assert.deepEqual(
        qs.map((q) => [q.content, q.kind, q.speaker, q.cue]),
        [
          ['双一流', 'phrase', null, null],
          ['揭榜挂帅', 'phrase', null, null],
          ['赛马', 'phrase', null, null],
          ['卡脖子', 'phrase', null, null],
        ],
      );
    });

    it('calls a quoted goal used as a modifier (“…”的发展目标) a phrase', () => {
      const q = only('确立了“到2025年，北京国际科技创新中心基本形成”的发展目标。');
      assert.equal(q.kind, 'phrase');
    });

    it('calls a cue directly followed by a term a phrase, by a statement a speech', () => {
      assert.equal(only('会议提出“双碳”目标。').kind, 'phrase');
      const q = only('党的二十大报告提出“高质量发展是全面建设社会主义现代化国家的首要任务”，并将其作为本质要求。');
      assert.deepEqual([q.kind, q.speaker, q.cue], ['speech', '党的二十大报告', '提出']);
    });

    it('calls a quotation introduced by a cue and ：a speech even when short', () => {
      const q = only('总书记指出：“十四五”。');
      assert.equal(q.kind, 'speech');
    });
  });

  describe('robustness', () => {
    it('returns nothing for empty text and text without marks', () => {
      assert.deepEqual(detectQuotations(''), []);
      assert.deepEqual(detectQuotations('\n\n \r\n'), []);
      assert.deepEqual(detectQuotations('No Chinese here, nothing quoted.'), []);
    });

    it('completes on a 200,000-character line', () => {
      const unit = '习近平总书记指出：“加快发展。”坚持“两个结合”，';
      const line = unit.repeat(Math.ceil(200_000 / unit.length));
      const qs = detectQuotations(line);
      assert.equal(qs.length, 2 * Math.ceil(200_000 / unit.length));
      assert.equal(qs[0].speaker, '习近平');
      assert.equal(qs[1].kind, 'phrase');
      assert.ok(qs.every((q) => q.closed));
    });

    it('completes on a 5 MB text made of copies of the 000 page', () => {
      const page = readFixture('000_b29511bdb28f9b3d.txt');
      const copies = Math.ceil(5_000_000 / page.length);
      const big = Array.from({ length: copies }, () => page).join('\n\n');
      const qs = detectQuotations(big);
      assert.equal(qs.length, 27 * copies);
      assert.equal(qs.filter((q) => !q.closed).length, copies);
    });

    it('completes on 10,000 unbalanced “ marks, never spanning paragraphs', () => {
      const oneLine = '“'.repeat(10_000);
      const a = detectQuotations(oneLine);
      assert.equal(a.length, MAX_DEPTH);
      assert.ok(a.every((q) => !q.closed));

      const manyParagraphs = Array.from({ length: 10_000 }, (_, i) => `第${i}段“未完。`).join('\n\n');
      const b = detectQuotations(manyParagraphs);
      assertSpans(manyParagraphs, b);
      assert.equal(b.length, 10_000);
      assert.ok(b.every((q) => !q.closed && !q.text.includes('\n')));

      // Every paragraph reopening with “ and none closing: no giant quotation either.
      const reopening = Array.from({ length: 10_000 }, () => '“未完。').join('\n\n');
      const c = detectQuotations(reopening);
      assert.equal(c.length, 10_000);
      assert.ok(c.every((q) => !q.text.includes('\n')));
    });
  });
});
