import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { findPlans, planYears, PLAN_CATEGORY } from '../../src/core/glossary/plans';
import { toSimplifiedSameLength } from '../../src/core/glossary/traditional';
import type { GlossaryEntry, GlossaryCategory } from '../../src/core/glossary/types';

/*
 * Numbered five-year plans found by rule (plans.ts): sentences written by hand, positives and negatives
 * in one table. `findPlans` reads the simplified text; rows show `span=term`.
 */
const show = (text: string): string[] => findPlans(toSimplifiedSameLength(text) ?? text).map((m) => `${text.slice(m.start, m.end)}=${m.term}`);

const ROWS: [string, string[]][] = [
  // The full name, with and without the long title and 纲要; traditional characters.
  ['编制第十四个五年规划时要突出重点。', ['第十四个五年规划=第十四个五年规划']],
  ['国民经济和社会发展第十三个五年规划纲要提出了目标。', ['国民经济和社会发展第十三个五年规划纲要=第十三个五年规划']],
  ['《中华人民共和国国民经济和社会发展第十一个五年规划纲要》', ['中华人民共和国国民经济和社会发展第十一个五年规划纲要=第十一个五年规划']],
  ['第一个五年计划期间，工业基础初步建立。', ['第一个五年计划=第一个五年计划']],
  ['制定第十五個五年規劃的建議', ['第十五個五年規劃=第十五个五年规划']],
  ['实施第七个五年计划，第八个五年计划接续推进。', ['第七个五年计划=第七个五年计划', '第八个五年计划=第八个五年计划']],
  // The short name: quoted, with 规划/计划, or before 时期/期间/以来/末.
  ['“十四五”规划实施以来成效明显。', ['“十四五”规划=第十四个五年规划']],
  ['回顾十三五时期的成就，展望十五五。', ['十三五=第十三个五年规划']],
  ['「十五五」期間，要鞏固提升。', ['「十五五」=第十五个五年规划']],
  ['“九五”计划的主要目标如期实现。', ['“九五”计划=第九个五年计划']],
  ['在“十二五”和“十三五”之间，承前启后。', ['“十二五”=第十二个五年规划', '“十三五”=第十三个五年规划']],
  ['“十五”计划提出加快结构调整。', ['“十五”计划=第十个五年计划']],
  ['十四五末要实现这一目标。', ['十四五=第十四个五年规划']],
  // Negatives: numbers, idioms, sector plans, fifteen, 十七五 (no such plan), a sector's plan in full.
  ['全年共举办二十五场培训。', []],
  ['三五成群地聚在一起，一五一十地说明。', []],
  ['深入开展“八五”普法，落实“七五”普法规划总结。', []],
  ['印发“十四五”中医药发展规划。', []],
  ['参加培训的有十五人，第十五届运动会开幕。', []],
  ['实施“十七五”规划。', []],
  ['制定法治宣传教育第八个五年规划。', []],
  ['卫生事业发展第十二个五年规划已经印发。', []],
  ['建设第十四个试验区。', []],
];

describe('five-year plans by rule: spans', () => {
  for (const [sentence, expected] of ROWS) {
    it(sentence, () => assert.deepEqual(show(sentence), expected));
  }
  it('the table has positives and negatives (at least ten of each kind)', () => {
    assert.ok(ROWS.filter((r) => r[1].length > 0).length >= 10);
    assert.ok(ROWS.filter((r) => r[1].length === 0).length >= 8);
  });
});

describe('five-year plans by rule: what the note says', () => {
  it('years of the plans, with the adjustment years 1963–1965 between the second and the third', () => {
    assert.deepEqual(planYears(1), [1953, 1957]);
    assert.deepEqual(planYears(2), [1958, 1962]);
    assert.deepEqual(planYears(3), [1966, 1970]);
    assert.deepEqual(planYears(10), [2001, 2005]);
    assert.deepEqual(planYears(14), [2021, 2025]);
    assert.deepEqual(planYears(15), [2026, 2030]);
    assert.equal(planYears(0), null);
    assert.equal(planYears(17), null);
  });
  it('the note names the plan, its years and its short name; 计划 before the eleventh, 规划 from it', () => {
    const [m14] = findPlans('第十四个五年规划');
    assert.equal(m14.category, PLAN_CATEGORY);
    assert.equal(m14.via, 'rule');
    assert.match(m14.note ?? '', /第十四个五年规划（2021—2025年）/);
    assert.match(m14.note ?? '', /“十四五”规划/);
    const [m9] = findPlans('“九五”计划');
    assert.match(m9.note ?? '', /第九个五年计划（1996—2000年）/);
    assert.doesNotMatch(m9.note ?? '', /改称/);
  });
});

function entry(term: string, variants: string[] = [], category: GlossaryCategory = '发展理念与战略'): GlossaryEntry {
  return { term, variants, category, explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2000 } };
}

describe('five-year plans by rule: with the glossary', () => {
  const matcher = new TermMatcher([
    entry('“十四五”规划', ['十四五规划', '“十四五”时期']),
    entry('五年规划', ['五年计划']),
    entry('八五普法', ['“八五”普法', '法治宣传教育第八个五年规划'], '法治与治理'),
  ]);
  const terms = (text: string): string[] => detectTerms(text, matcher).filter((t) => t.explained).map((t) => `${t.text}=${t.term}${t.via === 'rule' ? '(rule)' : ''}`);
  it('a plan the glossary has by the same span keeps its entry', () => {
    assert.deepEqual(terms('落实“十四五”规划。'), ['“十四五”规划=“十四五”规划']);
  });
  it('a longer glossary reading stands (“十四五”时期, the legal-education plan)', () => {
    assert.deepEqual(terms('“十四五”时期要加快发展。'), ['“十四五”时期=“十四五”规划']);
    assert.deepEqual(terms('制定法治宣传教育第八个五年规划。'), ['法治宣传教育第八个五年规划=八五普法']);
  });
  it('a generic entry inside the full name gives way to the rule', () => {
    assert.deepEqual(terms('编制第十三个五年规划。'), ['第十三个五年规划=第十三个五年规划(rule)']);
    assert.deepEqual(terms('各地都编制五年规划。'), ['五年规划=五年规划']);
  });
});
