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
 *   全国人大常委会 and 国家发展改革委 give nothing.
 */

/** Level words that lead the name of a national or local programme. */
const LEVEL = /^(国家|全国|地方|县级|中央)(?!级)/;
/** What is left after a level word must be at least this long to be specific. */
const MIN_WITHOUT_LEVEL = 5;
/** Offices and bodies: a province, a city or a county has one of its own. */
const OFFICE_END = /(会|委|院|部|局|厅|办|组|所|署|处|室)$/;
const MIN_STEM = 4;

/** Derived forms of one pattern (term or variant), possibly none. */
export function derivedForms(pattern: string): string[] {
  const out: string[] = [];
  if (pattern.endsWith('制度') && pattern.length - 2 >= MIN_STEM) out.push(pattern.slice(0, -1));
  const level = LEVEL.exec(pattern);
  if (level) {
    const rest = pattern.slice(level[0].length);
    if (rest.length >= MIN_WITHOUT_LEVEL && !OFFICE_END.test(rest)) out.push(rest);
  }
  return out;
}
