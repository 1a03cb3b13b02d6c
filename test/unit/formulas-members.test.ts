import * as assert from 'node:assert/strict';
import { builtinGlossary } from '../../src/core/glossary/data';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import type { GlossaryEntry } from '../../src/core/glossary/types';

/*
 * Numbered formulas written out by their members. Each row: sentence, the formula expected (null
 * when the sentence must not be read as one), and the span written out. Written by hand.
 */
const ROWS: [string, string | null, string?][] = [
  ['统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。', '五位一体', '经济建设、政治建设、文化建设、社会建设、生态文明建设'],
  ['统筹推进经济建设、政治建设、文化建设、社会建设和生态文明建设。', '五位一体', '经济建设、政治建设、文化建设、社会建设和生态文明建设'],
  ['必须增强政治意识、大局意识、核心意识、看齐意识。', '四个意识', '政治意识、大局意识、核心意识、看齐意识'],
  ['坚定道路自信、理论自信、制度自信、文化自信。', '四个自信', '道路自信、理论自信、制度自信、文化自信'],
  ['坚持创新、协调、绿色、开放、共享的发展理念。', '新发展理念', '创新、协调、绿色、开放、共享'],
  ['坚决反对形式主义、官僚主义、享乐主义和奢靡之风。', '四风', '形式主义、官僚主义、享乐主义和奢靡之风'],
  ['坚持去产能、去库存、去杠杆、降成本、补短板。', '三去一降一补', '去产能、去库存、去杠杆、降成本、补短板'],
  ['做好稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期工作。', '六稳', '稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期'],
  ['按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求。', '乡村振兴总要求', '产业兴旺、生态宜居、乡风文明、治理有效、生活富裕'],
  ['推动产业振兴、人才振兴、文化振兴、生态振兴、组织振兴。', '五大振兴', '产业振兴、人才振兴、文化振兴、生态振兴、组织振兴'],
  ['落实党委主体责任和纪委监督责任。', '两个责任', '党委主体责任和纪委监督责任'],
  ['严明政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。', '六大纪律', '政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律'],
  ['坚持面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康。', '四个面向', '面向世界科技前沿、面向经济主战场、面向国家重大需求、面向人民生命健康'],
  ['大力发展科技金融、绿色金融、普惠金融、养老金融、数字金融。', '五篇大文章', '科技金融、绿色金融、普惠金融、养老金融、数字金融'],
  // Not all members, out of order, or interrupted: no formula.
  ['加强经济建设、政治建设和文化建设。', null],
  ['统筹生态文明建设、经济建设、政治建设、文化建设、社会建设。', null],
  ['增强政治意识和大局意识。', null],
  ['经济建设取得成效，政治建设不断加强，文化建设、社会建设和生态文明建设稳步推进。', null],
  ['反对形式主义、官僚主义。', null],
  ['创新、协调是发展的关键。', null],
];

describe('numbered formulas written out by their members', () => {
  const matcher = new TermMatcher(builtinGlossary());
  for (const [s, formula, span] of ROWS) {
    it(`${formula ?? 'none'}: ${s}`, () => {
      const runs = detectTerms(s, matcher).filter((t) => t.via === 'members');
      if (formula === null) {
        assert.deepEqual(runs.map((t) => t.term), []);
        return;
      }
      assert.equal(runs.length, 1, JSON.stringify(runs));
      assert.equal(runs[0].term, formula);
      assert.equal(runs[0].text, span);
      assert.equal(runs[0].explained, true);
      assert.equal(s.slice(runs[0].start, runs[0].end), runs[0].text);
    });
  }

  it('keeps long proper-name members with entries of their own as separate terms; short members give the formula', () => {
    const e = (term: string, members?: string[]): GlossaryEntry => ({ term, members, category: '国家安全与外交', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2023 } });
    const m = new TermMatcher([e('三大全球倡议', ['全球发展倡议', '全球安全倡议', '全球文明倡议']), e('全球发展倡议'), e('全球安全倡议'), e('全球文明倡议')]);
    const terms = detectTerms('落实全球发展倡议、全球安全倡议、全球文明倡议。', m);
    assert.deepEqual(terms.map((t) => t.term), ['全球发展倡议', '全球安全倡议', '全球文明倡议']);
    const short = new TermMatcher([e('四个意识', ['政治意识', '大局意识', '核心意识', '看齐意识']), e('政治意识'), e('大局意识'), e('核心意识'), e('看齐意识')]);
    assert.deepEqual(detectTerms('增强政治意识、大局意识、核心意识、看齐意识。', short).map((t) => [t.term, t.via]), [['四个意识', 'members']], 'parts of a slogan: the formula');
  });

  it('other matches stay sorted and non-overlapping around a run', () => {
    const s = '推动高质量发展，统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设，加快构建新发展格局。';
    const terms = detectTerms(s, matcher);
    for (let i = 1; i < terms.length; i++) assert.ok(terms[i - 1].end <= terms[i].start);
    assert.ok(terms.some((t) => t.term === '新发展格局') && terms.some((t) => t.term === '高质量发展'));
  });
});
