import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import { derivedForms } from '../../src/core/glossary/variants';
import type { GlossaryEntry } from '../../src/core/glossary/types';

/*
 * Forms of a glossary term that texts write without the entry listing them (helper cands3):
 * - a system named …制度 is often written …制 (生产者责任延伸制);
 * - a national or local programme is often named without its leading level word (国家区域医疗中心 →
 *   区域医疗中心, 地方政府融资平台 → 政府融资平台, 县级融媒体中心 → 融媒体中心), when what is left is long
 *   enough to be specific (five characters or more) and no office (全国人大常委会 is no 人大常委会: a
 *   province has one too).
 * - the concept a programme is named after: 混合所有制改革 → 混合所有制, 创新驱动发展战略 → 创新驱动,
 *   绿色低碳循环发展经济体系 → 绿色低碳循环发展, 告知承诺制 → 告知承诺.
 * Each row: a sentence → the terms found, as `text=term` (explained) or [] when none. Written by hand
 * before the code; sentences of my own.
 */
const entry = (term: string, variants?: string[]): GlossaryEntry => ({
  term, variants, category: '经济与改革', explanation: '用于变体测试的条目，文字至少十个字。', source: { text: '测试', year: 2020 },
});
const GLOSSARY: GlossaryEntry[] = [
  entry('生产者责任延伸制度'), entry('排污许可制度'), entry('河长制'), entry('社会保障制度'),
  entry('国家区域医疗中心'), entry('地方政府融资平台'), entry('县级融媒体中心'), entry('全国统一大市场'),
  entry('国家安全'), entry('全国人大常委会'), entry('国家级新区'), entry('国家中心城市'), entry('中央企业'),
  entry('国家发展改革委'), entry('地方政府专项债券'),
  entry('混合所有制改革'), entry('创新驱动发展战略'), entry('区域协调发展战略'), entry('可持续发展战略'),
  entry('绿色低碳循环发展经济体系'), entry('现代化经济体系'), entry('告知承诺制'), entry('首问负责制'),
  entry('国有企业改革'), entry('户籍制度改革'), entry('党委领导下的校长负责制'), entry('国家监察体制'),
  entry('司法责任制'), entry('立案登记制'), entry('国家安全战略纲要'), entry('地方保护和市场分割'),
  entry('全国金融工作会议'), entry('全国性综合交通枢纽城市'), entry('中央银行政策利率'), entry('财税体制改革'),
];

const ROWS: [string, string[]][] = [
  // …制度 written …制
  ['以电器电子产品为重点，落实生产者责任延伸制，推动回收利用。', ['生产者责任延伸制=生产者责任延伸制度']],
  ['全面落实生产者责任延伸制度。', ['生产者责任延伸制度=生产者责任延伸制度']],
  ['推行排污许可制，实现一证式管理。', ['排污许可制=排污许可制度']],
  ['建立健全社会保障制度。', ['社会保障制度=社会保障制度']],
  ['全面推行河长制。', ['河长制=河长制']],
  ['社会保障制约因素仍然较多。', []],
  ['企业按照排污许可制定整改方案。', []],
  // a leading level word left out
  ['推动区域医疗中心建设，促进优质资源下沉。', ['区域医疗中心=国家区域医疗中心']],
  ['不得为政府融资平台提供担保。', ['政府融资平台=地方政府融资平台']],
  ['县级政务新媒体要与本地区融媒体中心建立沟通机制。', ['融媒体中心=县级融媒体中心']],
  ['加快建设统一大市场。', ['统一大市场=全国统一大市场']],
  ['发行政府专项债券支持项目建设。', ['政府专项债券=地方政府专项债券']],
  ['维护网络安全和数据安全。', []],
  ['省人大常委会审议通过条例。', []],
  ['设立级新区的说法并不存在。', []],
  ['打造区域中心城市。', []],
  ['支持企业发展。', []],
  ['省发展改革委牵头。', []],
  // the concept a programme is named after (cands3): …制改革 → …制, …发展战略 → … and …发展, …经济体系 → … (six
  // characters or more left), …制 → … (告知承诺制 → 告知承诺); never a plain noun (国有企业改革 gives no
  // 国有企业), never a short remainder (可持续发展, 现代化), never a system word (体制, 机制).
  ['鼓励发展股份制、混合所有制等职业院校。', ['混合所有制=混合所有制改革']],
  ['坚持问题导向，注重创新驱动。', ['创新驱动=创新驱动发展战略']],
  ['要坚持绿色低碳循环发展，推广绿色生产方式。', ['绿色低碳循环发展=绿色低碳循环发展经济体系']],
  // …制 → … was written as a class first (告知承诺, 首问负责) and left out: over the whole glossary it gave
  // ordinary words (司法责任, 立案登记); these rows now say so.
  ['全面推行证明事项告知承诺。', []],
  ['窗口实行首问负责，限时办结。', []],
  ['依法追究司法责任。', []],
  ['法院实行立案登记。', []],
  // level words that are part of a word, laws, meetings (国家安全, 全国性, 地方保护)
  ['维护安全战略纲要的权威。', []],
  ['打破保护和市场分割。', []],
  ['召开金融工作会议。', []],
  ['建设性综合交通枢纽城市。', []],
  ['中央银行下调政策利率，银行政策利率随之调整。', []],
  ['推动区域协调发展。', ['区域协调发展=区域协调发展战略']],
  ['国有企业要带头执行。', []],
  ['坚持可持续发展。', []],
  ['加快现代化经济建设。', []],
  ['户籍制度进一步完善。', []],
  ['健全国家监察体系。', []],
  ['深化财税体制建设。', []],
];

describe('derived forms of glossary terms (variants.ts)', () => {
  const matcher = new TermMatcher(GLOSSARY);
  for (const [s, want] of ROWS) {
    it(`${s} → ${want.join(', ') || 'none'}`, () => {
      const got = detectTerms(s, matcher).filter((t) => t.explained).map((t) => `${t.text}=${t.term}`);
      assert.deepEqual(got, want);
    });
  }

  it('derivedForms: 制度 → 制, level words, none for short or office remainders', () => {
    assert.deepEqual(derivedForms('生产者责任延伸制度'), ['生产者责任延伸制']);
    assert.deepEqual(derivedForms('国家区域医疗中心'), ['区域医疗中心']);
    assert.deepEqual(derivedForms('国家安全'), []);
    assert.deepEqual(derivedForms('全国人大常委会'), []);
    assert.deepEqual(derivedForms('国家级新区'), []);
    assert.deepEqual(derivedForms('公司制度'), []);
  });

  it('an explicit pattern of another entry wins over a derived form', () => {
    const m = new TermMatcher([entry('国家区域医疗中心'), entry('区域医疗中心建设', ['区域医疗中心'])]);
    assert.equal(m.lookup('区域医疗中心')?.term, '区域医疗中心建设');
    const m2 = new TermMatcher([entry('区域医疗中心建设', ['区域医疗中心']), entry('国家区域医疗中心')]);
    assert.equal(m2.lookup('区域医疗中心')?.term, '区域医疗中心建设');
  });

  it('patternCount counts the entries\' own patterns only', () => {
    assert.equal(new TermMatcher([entry('生产者责任延伸制度')]).patternCount, 1);
  });
});
