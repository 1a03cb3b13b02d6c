import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import type { GlossaryEntry, GlossaryCategory } from '../../src/core/glossary/types';

/*
 * Helper termsfix2's partial-span classes (notes/termsfix2.md), tables of sentences written by hand,
 * positives and negatives together, on a small glossary of the test's own:
 * - all plenums of one Central Committee (十九届历次全会) explained by rule (meetings.ts);
 * - a quoted glossary term + 制度体系 / 政策体系 is one span explained by the inner entry (spans.ts).
 * `span` is the text of the term expected (explained), null when no such span is expected.
 */
function entry(term: string, variants: string[] = [], category: GlossaryCategory = '国家安全与外交'): GlossaryEntry {
  return { term, variants, category, explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2000 } };
}
const GLOSSARY: GlossaryEntry[] = [
  entry('一国两制'),
  entry('双碳', [], '生态文明'),
  entry('放管服', [], '经济与改革'),
  entry('党的十九大', ['十九大'], '党的建设'),
];
const matcher = new TermMatcher(GLOSSARY);

interface Row { s: string; span: string | null; via?: 'rule' | 'head'; note?: RegExp; not?: string }

const ALL_PLENUMS: Row[] = [
  { s: '深入学习贯彻党的十九大和十九届历次全会精神。', span: '十九届历次全会', via: 'rule', note: /第十九届中央委员会历次全体会议（一中至七中全会，2017年10月—2022年10月）/ },
  { s: '全面贯彻党的十八届历次全会精神，推动工作落实。', span: '党的十八届历次全会', via: 'rule', note: /第十八届中央委员会.*2012年11月—2017年10月/ },
  { s: '深入貫徹十九屆歷次全會精神。', span: '十九屆歷次全會', via: 'rule', note: /第十九届中央委员会历次全体会议/ },
  { s: '认真学习二十届历次全会精神。', span: '二十届历次全会', via: 'rule', note: /^中国共产党第二十届中央委员会历次全体会议，即由党的第二十次全国代表大会（2022年）选出/ },
  { s: '学习中国共产党第十七届中央委员会历次全体会议精神。', span: '中国共产党第十七届中央委员会历次全体会议', via: 'rule', note: /2007年10月—2012年11月/ },
  { s: '认真贯彻省委十一届历次全会精神。', span: null, not: '一届历次全会' },
  { s: '认真贯彻市委十三届历次全会部署。', span: null, not: '三届历次全会' },
  { s: '历次全会都强调要加强党的建设。', span: null, not: '历次全会' },
  { s: '党的十九届六中全会审议通过了历史决议。', span: '党的十九届六中全会', via: 'rule', note: /第六次全体会议/ },
];

const SYSTEM_HEADS: Row[] = [
  { s: '完善“一国两制”制度体系，落实中央全面管治权。', span: '“一国两制”制度体系', via: 'head' },
  { s: '建立健全“双碳”政策体系，稳妥推进能源转型。', span: '“双碳”政策体系', via: 'head' },
  { s: '“一国两制”制度体系不断完善。', span: '“一国两制”制度体系', via: 'head' },
  { s: '加快形成“放管服”制度体系和工作机制。', span: '“放管服”制度体系', via: 'head' },
  { s: '構建“雙碳”政策體系。', span: '“雙碳”政策體系', via: 'head' },
  { s: '充分发挥“一国两制”制度优势。', span: null, not: '“一国两制”制度优势' },
  { s: '完善“一国两制”制度体系建设规划。', span: null, not: '“一国两制”制度体系' },
  { s: '“双碳”政策体系化推进。', span: null, not: '“双碳”政策体系' },
  { s: '研究“一国两制”与制度体系的关系。', span: null, not: '“一国两制”与制度体系' },
];

function check(rows: Row[]): void {
  for (const row of rows) {
    it(row.s, () => {
      const terms = detectTerms(row.s, matcher);
      if (row.span === null) {
        assert.ok(!terms.some((t) => t.text === row.not), `no ${row.not}: ${JSON.stringify(terms.map((t) => t.text))}`);
        return;
      }
      const t = terms.find((m) => m.text === row.span);
      assert.ok(t, `found ${row.span}: ${JSON.stringify(terms.map((m) => m.text))}`);
      assert.equal(t.explained, true);
      if (row.via) assert.equal(t.via, row.via);
      if (row.note) assert.match(t.note ?? '', row.note);
    });
  }
}

describe('termsfix2 partial spans', () => {
  describe('all plenums of one Central Committee (历次全会, meetings.ts)', () => check(ALL_PLENUMS));
  describe('quoted term + 制度体系 / 政策体系 (spans.ts)', () => check(SYSTEM_HEADS));
});
