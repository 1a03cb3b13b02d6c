/**
 * Forms of a glossary pattern that texts use without the entry listing them (matching semantics,
 * helper cands3). The matcher adds them after every entry's own patterns, so an explicit term or
 * variant of any entry always wins over a derived form.
 * - A system named …制度 is often written …制 (生产者责任延伸制, 排污许可制): the stem must have four
 *   characters or more (公司制度 gives nothing). A derived …制 running on into a word (制定, 制约) is
 *   rejected by the boundary rules (boundaries.ts).
 * - A national or local programme is often named without its leading level word (国家区域医疗中心 →
 *   区域医疗中心, 地方政府融资平台 → 政府融资平台, 县级融媒体中心 → 融媒体中心) when what is left has
 *   five characters or more and is no office: every province has a 人大常委会 and a 发展改革委, so
 *   全国人大常委会 and 国家发展改革委 give nothing; nor do laws, meetings and words that the level word
 *   is part of (国家安全战略纲要, 全国性…, 地方保护…), nor awards, funds and titles that provinces
 *   have too (科技进步奖, 自然科学基金). 中央 is no level word here (中央银行, 中央与地方…).
 * - The concept a programme is named after (CONCEPT_OF): 混合所有制改革 → 混合所有制, 创新驱动发展战略 →
 *   创新驱动, 绿色低碳循环发展经济体系 → 绿色低碳循环发展.
 */

/** Level words that lead the name of a national or local programme. */
const LEVEL = /^(国家|全国|地方|县级)(?!级)/;
/**
 * Remainders that are no programme of their own: the level word is part of a word (国家安全, 全国性,
 * 全国统筹, 地方保护), a list goes on (国家和…), or it names a law, a meeting or a plain activity.
 */
const NOT_WITHOUT_LEVEL = /^(安全|性|统筹|保护|各级|[和与及、，])|(会议|条例|法|纲要|原则|管理|奖|基金|单位|党员)$/;
/** What is left after a level word must be at least this long to be specific. */
const MIN_WITHOUT_LEVEL = 5;
/** Offices and bodies: a province, a city or a county has one of its own. */
const OFFICE_END = /(会|委|院|部|局|厅|办|组|所|署|处|室)$/;
const MIN_STEM = 4;

/**
 * The concept a programme is named after: [suffix, shortest remainder]. …制改革 → …制 (混合所有制), not
 * …度改革 (户籍制度 is a plain noun); …发展战略 → … and …发展 (创新驱动, 区域协调发展; 可持续发展 is too
 * short); …经济体系 → … (绿色低碳循环发展). Not …制 → … : over the whole glossary that gave ordinary
 * words (司法责任制 → 司法责任, 立案登记制 → 立案登记, 推广街区制 → 推广街区).
 */
const CONCEPT_OF: [RegExp, number][] = [
  [/(?<=(?<![体机编法税学专节控限抑管建])制)改革$/, 4],
  [/发展战略$/, 4],
  [/(?<=发展)战略$/, 6],
  [/经济体系$/, 6],
];

/** Derived forms of one pattern (term or variant), possibly none. */
export function derivedForms(pattern: string): string[] {
  const out: string[] = [];
  if (pattern.endsWith('制度') && pattern.length - 2 >= MIN_STEM) out.push(pattern.slice(0, -1));
  for (const [suffix, min] of CONCEPT_OF) {
    const m = suffix.exec(pattern);
    if (m && m.index >= min && !/[的、，]/.test(pattern)) out.push(pattern.slice(0, m.index));
  }
  const level = LEVEL.exec(pattern);
  if (level) {
    const rest = pattern.slice(level[0].length);
    if (rest.length >= MIN_WITHOUT_LEVEL && !OFFICE_END.test(rest) && !NOT_WITHOUT_LEVEL.test(rest)) out.push(rest);
  }
  return out;
}
