import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectHeadings, isByline } from '../../src/core/headings';
import type { Heading } from '../../src/core/types';
import { endsSentence, lineSpans, sentenceSpans } from '../../src/core/text';
import { readFixture, repoRoot } from './helpers';

interface GoldHeading {
  line: number;
  text: string;
  level: number;
}

function readGold(name: string): GoldHeading[] {
  const file = join(repoRoot(), 'test', 'fixtures', 'gold', name);
  return (JSON.parse(readFileSync(file, 'utf8')) as { headings: GoldHeading[] }).headings;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function assertSpans(source: string, hs: Heading[]): void {
  for (const h of hs) {
    assert.equal(h.text, source.slice(h.start, h.end));
    assert.equal(h.text, h.text.trim(), 'no indentation or line break in the span');
  }
}

/** [text, level] pairs, the shape most tests compare. */
function outline(text: string): Array<[string, number]> {
  const hs = detectHeadings(text);
  assertSpans(text, hs);
  return hs.map((h) => [h.text, h.level]);
}

describe('detectHeadings', () => {
  for (const [fixture, goldName] of [
    ['000_b29511bdb28f9b3d.txt', 'headings-000.json'],
    ['state-council-digital-government-opinion-2022.txt', 'headings-state-council-opinion.json'],
    ['government-work-report-2023.txt', 'headings-government-work-report.json'],
  ]) {
    it(`gold: every heading of ${fixture}, with its level`, () => {
      const text = readFixture(fixture);
      const found = detectHeadings(text);
      assertSpans(text, found);
      assert.deepEqual(
        found.map((h) => ({ line: lineOf(text, h.start), text: h.text, level: h.level })),
        readGold(goldName),
      );
    });
  }

  describe('numbered headings', () => {
    it('gives 一、 （一） 1. 1、 （1） levels 1 to 4', () => {
      const text = ['一、总体要求', '正文。', '（一）指导思想', '正文。', '1.基本原则', '2、工作目标', '（1）近期目标', '(2)远期目标'].join('\n');
      assert.deepEqual(outline(text), [
        ['一、总体要求', 1],
        ['（一）指导思想', 2],
        ['1.基本原则', 3],
        ['2、工作目标', 3],
        ['（1）近期目标', 4],
        ['(2)远期目标', 4],
      ]);
    });

    it('ranks 章 节 条 among the kinds the document uses', () => {
      assert.deepEqual(outline('第一章　总则\n第一节　一般规定\n第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全国。'), [
        ['第一章　总则', 1],
        ['第一节　一般规定', 2],
        ['第一条　为了规范管理，制定本办法。', 3],
        ['第二条　本办法适用于全国。', 3],
      ]);
      assert.deepEqual(outline('第一章　总则\n第一条　为了规范管理，制定本办法。'), [
        ['第一章　总则', 1],
        ['第一条　为了规范管理，制定本办法。', 2],
      ]);
      assert.deepEqual(outline('第一条　为了规范管理，制定本办法。'), [['第一条　为了规范管理，制定本办法。', 1]]);
    });

    it('puts 一、 below 第一章 when the document has chapters', () => {
      assert.deepEqual(outline('第一章　总体要求\n一、指导思想\n（一）基本原则'), [
        ['第一章　总体要求', 1],
        ['一、指导思想', 2],
        ['（一）基本原则', 3],
      ]);
    });

    it('reports only the marker of a long 第…条 article', () => {
      const text = `第十条　${'各级人民政府应当加强领导，'.repeat(5)}做好工作。`;
      assert.deepEqual(outline(text), [['第十条', 1]]);
    });

    it('cuts a heading that runs into its paragraph at the first 。 (≤ 40 characters)', () => {
      const text = '　　（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持稳中求进工作总基调。';
      assert.deepEqual(outline(text), [['（一）指导思想。', 2]]);
      assert.deepEqual(outline('一、总体要求：坚持以人民为中心的发展思想，推动高质量发展，不断满足人民日益增长的美好生活需要。'), [
        ['一、总体要求', 1],
      ]);
    });

    it('rejects a run-in first sentence longer than 40 characters, and list items ending with ；', () => {
      const long = `（一）${'坚持稳中求进工作总基调'.repeat(4)}。正文继续写下去，这里还有很多很多内容，足以超过整行的长度限制。`;
      assert.deepEqual(outline(long), []);
      assert.deepEqual(outline('（一）违反本办法规定的；\n（二）拒不改正的；'), []);
    });

    it('does not take numbers in the text for markers', () => {
      assert.deepEqual(outline('一、二线城市房价保持稳定。\n1.5倍的增长来自创新。\n2022年，经济增长5.2%。\n18.45 亿户。'), []);
    });
  });

  describe('title lines of newspaper pages', () => {
    const page = [
      '',
      '守正创新推动高质量发展',
      '',
      '张三',
      '',
      '第一段正文，说明背景。',
      '',
      '坚持系统观念',
      '',
      '第二段正文，讲道理。',
      '',
      '（作者为某某大学教授）',
      '',
      '牢牢把握首要任务 推动高质量发展',
      '',
      '某某省社会科学院',
      '',
      '正文。',
    ].join('\n');

    it('finds article titles (level 1) and section titles (level 2), skipping bylines and notes', () => {
      assert.deepEqual(outline(page), [
        ['守正创新推动高质量发展', 1],
        ['坚持系统观念', 2],
        ['牢牢把握首要任务 推动高质量发展', 1],
      ]);
    });

    it('gives the same result for CRLF line endings', () => {
      const crlf = page.replace(/\n/g, '\r\n');
      assert.deepEqual(outline(crlf), outline(page));
    });

    it('does not take a sentence fragment broken by layout for a title', () => {
      // The paragraph before stops mid-sentence, so the short line continues it.
      const text = '这是第一段正文，讲述了很多的内容和道理，中国式现代化不走殖民掠夺\n\n的老路和歪路\n\n第二段。';
      assert.deepEqual(outline(text), []);
    });

    it('needs blank lines around a title, ≤ 30 characters, no sentence punctuation, two Han characters', () => {
      assert.deepEqual(outline('正文第一段。\n短标题\n正文第二段。'), []);
      assert.deepEqual(outline(`正文。\n\n${'很长的标题'.repeat(7)}\n\n正文。`), []);
      assert.deepEqual(outline('正文。\n\n各位代表！\n\n各位代表：\n\n正文。'), []);
      assert.deepEqual(outline('正文。\n\n2023\n\n— 3 —\n\n2022年6月6日\n\n正文。'), []);
    });

    it('labels 核心阅读 level 2', () => {
      assert.deepEqual(outline('大标题在这里\n\n核心阅读\n\n正文。'), [
        ['大标题在这里', 1],
        ['核心阅读', 2],
      ]);
    });

    it('recognises bylines', () => {
      for (const b of ['蒋金法', '欧阳湘', '国务院总理　李克强', '北京市习近平新时代中国特色社会主义思想研究中心', '本报记者 王小明', '张三 李四']) {
        assert.ok(isByline(b), b);
      }
      for (const t of ['核心阅读', '加快建设北京国际科技创新中心', '牢牢把握首要任务 推动高质量发展取得新成效', '保持现代化进程的持续性']) {
        assert.ok(!isByline(t), t);
      }
    });
  });

  describe('robustness', () => {
    it('returns nothing for empty text and text without Chinese', () => {
      assert.deepEqual(detectHeadings(''), []);
      assert.deepEqual(detectHeadings('\n\n'), []);
      assert.deepEqual(detectHeadings('Introduction\n\nSome English text.\n\n1. First point is long enough.'), []);
    });

    it('completes on a 200,000-character line and on a 5 MB text', () => {
      assert.deepEqual(detectHeadings('一、' + '长'.repeat(200_000)), []);
      const page = readFixture('state-council-digital-government-opinion-2022.txt');
      const copies = Math.ceil(5_000_000 / page.length);
      const big = Array.from({ length: copies }, () => page).join('\n');
      assert.equal(detectHeadings(big).length, 42 * copies);
    });
  });

  describe('text helpers (src/core/text.ts)', () => {
    it('splits lines at \\n, \\r\\n and \\r, without an empty last line', () => {
      const text = 'a\r\nbb\rc\n\nd\n';
      assert.deepEqual(
        lineSpans(text).map((l) => text.slice(l.start, l.end)),
        ['a', 'bb', 'c', '', 'd'],
      );
      assert.deepEqual(lineSpans(''), []);
    });

    it('splits sentences after 。！？ and the closing marks that follow', () => {
      const text = '他说：“好。”然后走了！真的吗？\n下一行';
      assert.deepEqual(
        sentenceSpans(text).map(([a, b]) => text.slice(a, b)),
        ['他说：“好。”', '然后走了！', '真的吗？', '下一行'],
      );
    });

    it('tells whether a text ends its sentence, skipping closing marks', () => {
      assert.ok(endsSentence('结束了。”', 0, 5));
      assert.ok(!endsSentence('新一轮科技革命', 0, 7));
    });
  });
});
