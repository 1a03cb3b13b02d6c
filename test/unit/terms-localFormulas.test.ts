import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { parseNumbered } from '../../src/core/glossary/localFormulas';
import type { GlossaryEntry } from '../../src/core/glossary/types';

/*
 * Local numbered formulas explained from the document itself (localFormulas.ts): the document lists
 * the members (after the formula with a cue, right before it, or as the items of one series that end
 * in the formula's head), and the count matches. Sentences written for this table; positives and
 * negatives together. `members` null: the formula stays unexplained (or is no match at all).
 */
const GLOSSARY: GlossaryEntry[] = [
  { term: '新发展格局', variants: [], category: '发展理念与战略', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2020 } },
];
const matcher = new TermMatcher(GLOSSARY);

const ROWS: { text: string; formula: string; members: string[] | null; why: string }[] = [
  // 1. after the formula, with a cue
  { why: 'after: 即', text: '全县上下要紧紧围绕“四大任务”，即稳产保供、产业升级、城乡融合、民生改善，全力抓好落实。', formula: '四大任务', members: ['稳产保供', '产业升级', '城乡融合', '民生改善'] },
  { why: 'after: brackets, 和', text: '会议强调要健全“两项机制”（信息共享机制和联合督办机制），提高工作效率。', formula: '两项机制', members: ['信息共享机制', '联合督办机制'] },
  { why: 'after: 包括 … 和', text: '今年重点推进“三大工程”，包括老旧小区改造、城市更新和地下管网建设。', formula: '三大工程', members: ['老旧小区改造', '城市更新', '地下管网建设'] },
  { why: 'after: colon', text: '文件提出“五大行动”：科技攻关、人才引育、平台建设、开放合作、环境优化。', formula: '五大行动', members: ['科技攻关', '人才引育', '平台建设', '开放合作', '环境优化'] },
  { why: 'after: 是指', text: '所谓“三大战役”是指污染防治、风险化解和乡村振兴。', formula: '三大战役', members: ['污染防治', '风险化解', '乡村振兴'] },
  { why: 'after: traditional characters', text: '全市推進“三大工程”，即產業升級、城市更新、生態修復。', formula: '三大工程', members: ['產業升級', '城市更新', '生態修復'] },
  { why: 'after: open list (等)', text: '推进“三项改革”，包括医保支付改革、药品采购改革等。', formula: '三项改革', members: null },
  { why: 'after: count does not match', text: '落实“四项制度”，即首问负责制、限时办结制、责任追究制。', formula: '四项制度', members: null },
  { why: 'after: no cue', text: '深入落实“五大任务”，推动高质量发展，确保各项工作落到实处。', formula: '五大任务', members: null },
  { why: 'after: a sentence, not a list', text: '坚持“两个毫不动摇”，就是要在新形势下更好发挥市场作用。', formula: '两个毫不动摇', members: null },
  // 2. right before the formula
  { why: 'before: quoted series', text: '各地要坚持“创新、协调、绿色、开放、共享”五大发展理念，推动经济转型。', formula: '五大发展理念', members: ['创新', '协调', '绿色', '开放', '共享'] },
  { why: 'before: 和, leading verb cut', text: '科学统筹富民和强省两大战略任务，推动全面发展。', formula: '两大战略', members: ['富民', '强省'] },
  { why: 'before: traditional quoted series', text: '堅持“創新、協調、綠色、開放、共享”五大發展理念。', formula: '五大發展理念', members: ['創新', '協調', '綠色', '開放', '共享'] },
  { why: 'before: quoted series, a later mention explained too', text: '提出“安全、绿色、智慧”三大工程。此后，三大工程写入全市规划。', formula: '三大工程', members: ['安全', '绿色', '智慧'] },
  { why: 'before: 、 series after a verb', text: '全力打好稳增长、调结构、防风险三大攻坚战。', formula: '三大攻坚战', members: ['稳增长', '调结构', '防风险'] },
  { why: 'before: the last member glued to the formula by a candidate', text: '坚决打赢蓝天、碧水、净土三大保卫战。', formula: '三大保卫战', members: ['蓝天', '碧水', '净土'] },
  { why: 'before: a modal and a preposition are no member', text: '要以稳增长、调结构、惠民生三大攻坚战为抓手，统筹各项工作。', formula: '三大攻坚战', members: ['稳增长', '调结构', '惠民生'] },
  { why: 'before: a verb with its complement (实施好) is cut off', text: '实施好降成本、补短板、强弱项“三大重点任务”，稳住经济大盘。', formula: '三大重点任务', members: ['降成本', '补短板', '强弱项'] },
  { why: 'before: verbs are no members', text: '深入学习和贯彻“两个确立”，增强政治自觉。', formula: '两个确立', members: null },
  { why: 'before: verbs are no members (2)', text: '认真领会和把握“两个维护”，做到知行合一。', formula: '两个维护', members: null },
  { why: 'before: a noun phrase with 的 is no list', text: '全面推进党的组织和工作“两个覆盖”，夯实基层基础。', formula: '两个覆盖', members: null },
  { why: 'before: a noun phrase with 的 is no list (2)', text: '扩大新兴领域的党组织和党的工作两个覆盖。', formula: '两个覆盖', members: null },
  { why: 'before: count does not match', text: '坚持“创新、协调、绿色”五大发展理念。', formula: '五大发展理念', members: null },
  { why: 'before: open list (等)', text: '围绕产业、人才等两大战略加大投入。', formula: '两大战略', members: null },
  // 3. by the head noun, from one series of the document
  { why: 'head: siblings from one series', text: '把本区建设成为东部重要生态屏障、沿海安全稳定屏障、国家重要粮食基地、区域物流基地、面向海洋开放的重要门户。推动本区在建设“两个屏障”、“两个基地”、“一个门户”上取得新进展。', formula: '两个屏障', members: ['东部重要生态屏障', '沿海安全稳定屏障'] },
  { why: 'head: sibling (2)', text: '把本区建设成为东部重要生态屏障、沿海安全稳定屏障、国家重要粮食基地、区域物流基地、面向海洋开放的重要门户。推动本区在建设“两个屏障”、“两个基地”、“一个门户”上取得新进展。', formula: '两个基地', members: ['国家重要粮食基地', '区域物流基地'] },
  { why: 'head: a count of one beside siblings', text: '把本区建设成为东部重要生态屏障、沿海安全稳定屏障、国家重要粮食基地、区域物流基地、面向海洋开放的重要门户。推动本区在建设“两个屏障”、“两个基地”、“一个门户”上取得新进展。', formula: '一个门户', members: ['面向海洋开放的重要门户'] },
  { why: 'head: one formula, two items', text: '加快建设西部科学中心、区域创新中心，努力打造开放高地。全市上下要全力推进“两个中心”建设。', formula: '两个中心', members: ['西部科学中心', '区域创新中心'] },
  { why: 'head: a count of one alone', text: '建设重要能源基地、重要粮食基地、向北开放桥头堡。打造“一个桥头堡”。', formula: '一个桥头堡', members: null },
  { why: 'head: count does not match the series', text: '加快建设科学中心、创新中心、数据中心。推进“两个中心”建设。', formula: '两个中心', members: null },
  { why: 'head: two different series', text: '建设科学中心、创新中心。另一方面，完善数据中心、算力中心。推进“两个中心”建设。', formula: '两个中心', members: null },
];

describe('numbered formulas explained from the document itself (localFormulas)', () => {
  for (const withCandidates of [false, true]) {
    for (const row of ROWS) {
      it(`${withCandidates ? 'with candidates: ' : ''}${row.why}: ${row.formula}`, () => {
        const terms = detectTerms(row.text, matcher, { candidates: withCandidates });
        const hits = terms.filter((t) => row.text.slice(t.start, t.end).replace(/[“”]/g, '') === row.formula);
        if (row.members === null) {
          for (const t of hits) assert.ok(!(t.via === 'rule' && t.note?.startsWith('本文所说的')), `not explained: ${t.note}`);
          return;
        }
        // A count of one is a candidate (not a numbered formula) without candidates: then no match at all.
        if (!withCandidates && row.formula.startsWith('一个')) return;
        assert.ok(hits.length > 0, `found: ${JSON.stringify(terms.map((t) => t.text))}`);
        for (const t of hits) {
          assert.equal(t.explained, true);
          assert.equal(t.via, 'rule');
          assert.equal(t.category, '数字概括');
          assert.equal(t.note, `本文所说的“${row.formula}”：${row.members.join('、')}（文中列举的${row.members.length}项）。`);
        }
      });
    }
  }

  it('parses numeral + classifier + head, and nothing else', () => {
    assert.deepEqual(parseNumbered('两个屏障'), { n: 2, head: '屏障' });
    assert.deepEqual(parseNumbered('“五大发展理念”'), { n: 5, head: '发展理念' });
    assert.deepEqual(parseNumbered('十二项措施'), { n: 12, head: '措施' });
    assert.equal(parseNumbered('三城一区'), null);
    assert.equal(parseNumbered('新发展格局'), null);
    assert.equal(parseNumbered('两个一百年'), null);
  });
});
