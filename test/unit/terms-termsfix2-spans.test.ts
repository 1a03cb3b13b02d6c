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
  { s: '全面贯彻党的十九届中央历次全会精神。', span: '党的十九届中央历次全会', via: 'rule', note: /第十九届中央委员会历次全体会议/ },
  { s: '深入学习十八届历次中央全会精神。', span: '十八届历次中央全会', via: 'rule', note: /第十八届中央委员会历次全体会议/ },
  { s: '认真贯彻省委十一届历次全会精神。', span: null, not: '一届历次全会' },
  { s: '贯彻落实县委十五届历次全体会议精神。', span: null, not: '五届历次全体会议' },
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

/*
 * Document titles the glossary cites as an entry's source (titles.ts). The test glossary's sources are
 * invented for the test (titles and dates are not real documents).
 */
function cited(term: string, source: string, variants: string[] = []): GlossaryEntry {
  return { term, variants, category: '社会与民生', explanation: '用于测试的解释文字，至少十个字。', source: { text: source, year: 2030 } };
}
const TITLE_GLOSSARY: GlossaryEntry[] = [
  cited('县域托育', '试点说明：后来写入中办、国办《关于推进县域普惠托育服务的意见》，2030年1月'),
  cited('普惠托育', '中办、国办《关于推进县域普惠托育服务的意见》，2030年1月'),
  cited('社区嵌入式服务', '国务院《关于开展社区嵌入式服务设施建设的指导意见》，2031年2月'),
  cited('老旧管网更新', '国务院办公厅《城市老旧管网更新改造实施方案》，2032年3月'),
  cited('城市老旧管网更新改造实施方案', '国务院办公厅印发，2032年3月'),
  cited('示范规划', '某省《某省第十四个五年规划示范纲要》，2033年'),
];
const titleMatcher = new TermMatcher(TITLE_GLOSSARY);

const TITLES: { s: string; span: string | null; note?: RegExp; not?: string }[] = [
  { s: '近日，中办、国办印发《关于推进县域普惠托育服务的意见》，要求扩大服务供给。', span: '《关于推进县域普惠托育服务的意见》', note: /^《关于推进县域普惠托育服务的意见》：本术语表“普惠托育”“县域托育”2个词条的出处文件（“普惠托育”一条所记出处：中办、国办《关于推进县域普惠托育服务的意见》，2030年1月）。$/ },
  { s: '根據《關於推進縣域普惠托育服務的意見》，制定本辦法。', span: '《關於推進縣域普惠托育服務的意見》', note: /“普惠托育”/ },
  { s: '各地要认真落实《关于开展社区嵌入式服务设施建设的指导意见》的要求。', span: '《关于开展社区嵌入式服务设施建设的指导意见》', note: /^《关于开展社区嵌入式服务设施建设的指导意见》：本术语表“社区嵌入式服务”词条的出处文件（国务院《关于开展社区嵌入式服务设施建设的指导意见》，2031年2月）。$/ },
  { s: '国务院印发《关于开展社区嵌入式服务设施建设的指导意见》。', span: '《关于开展社区嵌入式服务设施建设的指导意见》' },
  { s: '依据《关于推进县域普惠托育服务的意见》和《关于开展社区嵌入式服务设施建设的指导意见》，统筹推进。', span: '《关于开展社区嵌入式服务设施建设的指导意见》' },
  { s: '省委办公厅、省政府办公厅印发《关于推进县域普惠托育服务的意见》。', span: null, not: '《关于推进县域普惠托育服务的意见》' },
  { s: '市人民政府办公室转发《关于开展社区嵌入式服务设施建设的指导意见》。', span: null, not: '《关于开展社区嵌入式服务设施建设的指导意见》' },
  { s: '现将《关于做好春季农业生产工作的通知》印发给你们。', span: null, not: '《关于做好春季农业生产工作的通知》' },
  { s: '本文发表于《求是》杂志。', span: null, not: '《求是》' },
  { s: '国务院办公厅印发《城市老旧管网更新改造实施方案》。', span: null, not: '《城市老旧管网更新改造实施方案》' },
  { s: '全省实施《某省第十四个五年规划示范纲要》。', span: null, not: '《某省第十四个五年规划示范纲要》' },
  { s: '中办、国办印发《关于推进县域普惠托育与服务的意见》。', span: null, not: '《关于推进县域普惠托育与服务的意见》' },
];

describe('termsfix2: titles the glossary cites as a source (titles.ts)', () => {
  for (const row of TITLES) {
    it(row.s, () => {
      const terms = detectTerms(row.s, titleMatcher);
      if (row.span === null) {
        assert.ok(!terms.some((t) => t.text === row.not && t.category === '文件'), `no ${row.not}: ${JSON.stringify(terms.map((t) => t.text))}`);
        return;
      }
      const t = terms.find((m) => m.text === row.span);
      assert.ok(t, `found ${row.span}: ${JSON.stringify(terms.map((m) => m.text))}`);
      assert.equal(t.explained, true);
      assert.equal(t.via, 'rule');
      assert.equal(t.category, '文件');
      if (row.note) assert.match(t.note ?? '', row.note);
      // The glossary term inside the title is replaced by the title.
      assert.ok(!terms.some((m) => m !== t && m.start < t.end && m.end > t.start));
    });
  }

  it('a title that is itself a glossary term keeps the glossary match', () => {
    const s = '国务院办公厅印发《城市老旧管网更新改造实施方案》。';
    const t = detectTerms(s, titleMatcher).find((m) => m.term === '城市老旧管网更新改造实施方案');
    assert.ok(t);
    assert.equal(t.via, undefined);
  });
});
