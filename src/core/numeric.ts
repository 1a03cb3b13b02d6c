/**
 * Numeric-claim detector: finds the figures a policy text states (增长3%, 1206万人, 5.5%左右,
 * 1.37万亿斤, 24.7个百分点, 90多所, 3至5年 …) with value, unit, qualifier, year and subject.
 *
 * Design:
 * - One left-to-right pass over the text. At each numeral start a small hand-written reader
 *   consumes the number, its magnitude (万/亿), unit and qualifiers; the pass then continues after
 *   what was consumed, so every character is looked at a bounded number of times (linear time,
 *   no backtracking regular expressions over the document).
 * - Precision first for Chinese numerals: they are reported only with a unit / measure word,
 *   a magnitude, a percentage form or a fraction, and never when they are ordinals (第二十次,
 *   十九届), dates (十月), formulas and names (“两个确立”, 三城一区) or idioms (十年磨一剑).
 *   A bare 一 + measure word (一批, 一个, 一次) is an article, not a count, unless qualified (近一半).
 * - Arabic numbers: dates (2022年, 10月16日) and labels (1. (3) PM2.5 5G) are skipped; a number
 *   without unit or magnitude is reported only after a verb cue (达到105.3).
 * - Years and subjects are looked up in a bounded window before the claim, within its sentence.
 *
 * Rules chosen for ambiguous cases (checked in test/unit/numeric-general.test.ts):
 * - Vague numerals state no value and are not claims: 几十年, 数十万, 十几年, 二三十年, 三五年, 一两年.
 * - Time frames are the time of a claim, not claims: 近五年来, 三年多来, 今后五年, 过去五年，,
 *   到今年已满二十年 (numeric/frames.ts); elsewhere 近 is "nearly" (近一亿, 历时近10年 -> ~).
 * - Counts that structure the text or name a formula are not claims: 以下五个方面, 提出六条措施,
 *   围绕三个重点, 做好三件实事; counts of real things are (举办四次专题培训, 建成12个国家实验室).
 * - A magnitude class standing alone is a claim of that order: 百亿级 -> value 1e10, magnitudeClass 1e10.
 * - Traditional characters (萬 億 兩 點 個 約 超過 …) are folded one to one onto simplified ones;
 *   spans and subjects are sliced from the original text, units are reported in simplified form.
 * - Durations are claims (十年, 为期三年); plan and campaign names are not (第十四个五年规划,
 *   三年行动, 五年计划), nor tenors (1年期 LPR, 10年期国债), nor 九年义务教育, 三次产业.
 * - 下降/减少 keep the value positive; only a written minus after a verb or 为 (增长率为-1.48‰)
 *   makes it negative.
 * - Ratios (2.45∶1, 1:1) and codes (010-68556600, 热线号码为12345, 版本号为2.0) are not read.
 * - Arabic proper fractions (1/3) are read like 三分之一 (unit null); 一倍 and 一个百分点 are figures.
 * - Bounds: 不得低于80% is >= 80 (不得/不应/不宜 + 低于/超过 reverse the comparison); 及以下, 或以上, 不满,
 *   未满, 最高, 最快 … are qualifiers; a figure restated in a parenthesis (超过两层（含两层）) is one claim
 *   whose bound the parenthesis makes inclusive (含) or exclusive (不含).
 * - Constants of a formula (收入/医疗收入×100%, /365) are not figures; dimensions (1.2米×0.6米) are.
 * - Frequencies are figures (每季度报告一次, 每半年召开一次); 半年/半个月/半数 only where stated as a
 *   figure (超过半年, 半年以上, 每半年, 过半数), never 上半年, 半年度, 大半年.
 * - Classifications (三类企业, 两种不同的教育类型) are structure, like 以下五个方面; so are counts naming
 *   rules, lists, formulas and clauses (两个规定, 三张清单, 三个条款), a count after 等 summing a list
 *   (等3个方面), before 合计 (两项合计) or announcing one (3个城市依次是), and figures in the title of
 *   another document (《…13项…的决定》).
 * - 满 and bound words a verb away give the qualifier outside the span (累计满183天 >=, 最高补贴3000元
 *   <=); bare numbers listed before a figure share its unit and magnitude (4800、8700万千瓦).
 *
 * Modules: numeric/chars.ts (character codes, gaps, traditional folding), numeric/vocabulary.ts
 * (units, qualifiers, idioms), numeric/read.ts (reading one number in stages), numeric/context.ts
 * (sentence, year, subject), numeric/frames.ts (time frames, structure counts), numeric/cues.ts
 * (cues outside the span: limits, far bounds, intervals, accounting periods), numeric/lists.ts
 * (passes over all claims: listed numbers, restatements). This file scans the text and turns each number read into a claim in
 * three stages: extend the range, decide, find the context.
 */
import type { NumericClaim, Qualifier, Tagger } from './types';
import { cleanFloat } from './numerals';
import { C, codeTable, foldTraditional, isDecimalPointCode, isDigitCode, isFoldableCode, isHanCode, isPlusCode, skipGap, skipGapBack } from './numeric/chars';
import { findYear, isClauseEnd, LOOKBACK, refineSubject, sentenceStart, trimSubject, type SentenceTracker } from './numeric/context';
import {
  coreValue, isCandidateStart, isDateOrOrdinal, readBareDoubling, readBareMagnitude, readCore, readHalf, readStandingMagnitudeClass, STOP_TABLE, VAGUE_BEFORE_TABLE,
  type Core,
} from './numeric/read';
import { isDatingTime, isStructuralCount, isTimeFrame } from './numeric/frames';
import { accountingPeriod, durationCueBefore, everyBefore, farBoundBefore, intervalBefore, LIMIT_QUALIFIER, limitedBefore } from './numeric/cues';
import { dropRestatements, shareEnumeratedUnits, shareListedNumbers } from './numeric/lists';
import {
  CODE_NOUN_END_TABLE, inCitedTitle, inShortQuotation, inStopPhrase, ONE_IS_A_COUNT, RANGE_SEPARATOR_TABLE, readPrefixQualifier,
  readSuffixQualifier, TIME_UNITS, VALUE_CUES,
} from './numeric/vocabulary';

export interface NumericOptions {
  /** nodejieba.tag-shaped part-of-speech tagger, used to trim claim subjects. */
  tagger?: Tagger;
}

/** Characters a magnitude class (十万级, 百亿级, 千亿级, 万亿级, 亿级) starts with. */
const MAGNITUDE_CLASS_START_TABLE = codeTable(['十', '百', '千', '万', '亿']);

/** The scan stops at numeral starts and, until the text is folded, at traditional characters. */
const FOLD_HERE = 2;
const SCAN_TABLE = (() => {
  const table = STOP_TABLE.slice();
  for (let c = 0; c < 0x10000; c++) if (isFoldableCode(c)) table[c] = FOLD_HERE;
  table[C.half] = 1; // 每半年, 超过半个月
  table[C.fan] = 1; // 实现翻番
  return table;
})();

/** Characters looked at for traditional script before the scan. */
const TRADITIONAL_SAMPLE = 4096;

function foldableWithin(text: string, limit: number): boolean {
  const end = Math.min(text.length, limit);
  for (let k = 0; k < end; k++) if (isFoldableCode(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Whether a traditional character right after the numeral at i belongs to its claim (3萬人, 5點2,
 * 3個月). Only the first character after the digits is looked at: a text whose first traditional
 * character comes later in a claim (3至5萬元) is folded only from that character on.
 */
function foldableAhead(text: string, i: number): boolean {
  // Bounded: a run of numeral characters (百百百…) must not be walked again at each of its stops.
  const limit = i + 24;
  let k = i + 1;
  let c = text.charCodeAt(k);
  while ((STOP_TABLE[c] === 1 || isDecimalPointCode(c)) && k < limit) c = text.charCodeAt(++k);
  return SCAN_TABLE[c] === FOLD_HERE;
}

/** The state of one scan over a document. */
interface Scan {
  /** The text the rules read: the document with traditional vocabulary folded (same offsets). */
  text: string;
  /** The document as given: spans and subjects are sliced from it. */
  source: string;
  options: NumericOptions;
  claims: NumericClaim[];
  sentence: SentenceTracker;
}

/** A qualifier word before the number and where it starts. */
type Prefix = { qualifier: Qualifier; at: number };

/** A claim being built from a core: the range and suffix extend it, the decision may drop it. */
interface Draft {
  core: Core;
  rangeCore: Core | null;
  start: number;
  end: number;
  value: number;
  upper: number | null;
  unit: string | null;
  qualifier: Qualifier;
}

/**
 * A pinyin gloss in brackets (澳門(mén), 萬(wàn), 點(diǎn)): some mirror sites print one after characters.
 * At least one tone mark, so that list labels such as (a) and (B) are not glosses.
 */
const PINYIN_GLOSS = /[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]/g;
/**
 * Glosses without tone marks (萬(wan), 個(ge)(ge)): a lowercase pinyin syllable of two letters or more,
 * taken only when a page has several, so that a single (an) or (in) after a character is left alone.
 */
const PLAIN_GLOSS = /[(（](?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:[iuv]?(?:a|o|e)(?:i|o|u|n|ng)?|[iuv](?:n|ng)?|er)[)）]/g;
const MIN_PLAIN_GLOSSES = 3;

export function detectNumericClaims(text: string, options: NumericOptions = {}): NumericClaim[] {
  const afterHan = (m: RegExpMatchArray): boolean => m.index !== undefined && m.index > 0 && isHanCode(text.charCodeAt(m.index - 1 - lastGlossLength(text, m.index)));
  let glosses = [...text.matchAll(PINYIN_GLOSS)].filter(afterHan);
  const plain = [...text.matchAll(PLAIN_GLOSS)].filter((m) => m[0].length >= 4 && afterHan(m));
  if (plain.length >= MIN_PLAIN_GLOSSES) glosses = [...glosses, ...plain].sort((a, b) => (a.index as number) - (b.index as number));
  if (glosses.length === 0) return detectInText(text, options);
  // Read the text without its glosses; offsets map back to the page (a span keeps a gloss inside it).
  const at: number[] = [];
  let read = '';
  let from = 0;
  for (const m of glosses) {
    const index = m.index as number;
    for (let k = from; k < index; k++) at.push(k);
    read += text.slice(from, index);
    from = index + m[0].length;
  }
  for (let k = from; k < text.length; k++) at.push(k);
  read += text.slice(from);
  return detectInText(read, options).map((c) => {
    const start = at[c.start];
    const end = c.end > c.start ? at[c.end - 1] + 1 : start;
    return { ...c, start, end, text: text.slice(start, end) };
  });
}

/** The length of the glosses right before `at` (個(ge)(ge): the second gloss follows the first). */
function lastGlossLength(text: string, at: number): number {
  let k = at;
  while (k > 0 && text.charCodeAt(k - 1) === PAREN_CLOSE) {
    const open = text.lastIndexOf('(', k - 1);
    if (open < 0 || k - open > 8) break;
    k = open;
  }
  return at - k;
}

function detectInText(text: string, options: NumericOptions): NumericClaim[] {
  // A text in traditional characters shows some in its first lines: fold it all before the scan.
  // Otherwise the scan folds from the first traditional character it meets (a rare 萬 in a
  // simplified text), without a pass over the whole text first.
  let folded = foldableWithin(text, TRADITIONAL_SAMPLE) ? foldTraditional(text) : text;
  const scan: Scan = { text: folded, source: text, options, claims: [], sentence: { pos: 0, start: 0 } };
  const n = text.length;
  let i = 0;
  while (i < n) {
    let stop = 0;
    while (i < n && (stop = SCAN_TABLE[folded.charCodeAt(i)]) === 0) i++;
    if (i >= n) break;
    if (stop === FOLD_HERE || (folded === text && foldableAhead(text, i))) {
      // The first traditional character (at or just after a numeral: 3萬人): from here on the rules
      // read the folded text, which has the same offsets.
      folded = scan.text = foldTraditional(text, i);
      if (folded !== text) continue;
    }
    let forcedPrefix: Prefix | null = null;
    let core: Core | null = null;
    const magnitudeClass = MAGNITUDE_CLASS_START_TABLE[folded.charCodeAt(i)] === 1 ? readStandingMagnitudeClass(folded, i) : null;
    if (magnitudeClass !== null) core = magnitudeClass;
    else if (isCandidateStart(folded, i)) core = readCore(folded, i);
    else if (folded.charCodeAt(i) === C.fan) core = readBareDoubling(folded, i);
    else if (folded.charCodeAt(i) === C.half) {
      core = readHalf(folded, i, halfQualified);
      // 过半数: 过 is the bound (超过 is read as a prefix qualifier).
      if (core?.fraction && folded.charCodeAt(i - 1) === C.guo && folded.charCodeAt(i - 2) !== C.chao) forcedPrefix = { qualifier: '>', at: i - 1 };
    }
    else {
      const bare = readStandingMagnitude(folded, i);
      core = bare?.core ?? null;
      forcedPrefix = bare?.forcedPrefix ?? null;
    }
    if (core === null) i++;
    else if (core.reject || !acceptable(folded, core)) i = Math.max(core.end, i + 1);
    else i = emitClaim(scan, core, forcedPrefix);
  }
  const claims = shareListedNumbers(folded, text, scan.claims);
  shareEnumeratedUnits(folded, claims);
  return dropRestatements(folded, claims);
}

/** 半年 is a figure after a qualifier (超过半年, 近半年) or before one (半年以上, 半年及以上). */
function halfQualified(text: string, at: number, end: number, unit: string | null): boolean {
  return readPrefixQualifier(text, at) !== null || readSuffixQualifier(text, end, unit) !== null;
}

/** A magnitude standing alone: 超过万亿元, 近百年 (after a qualifier), 上亿人, 百余年, 千余家. */
function readStandingMagnitude(text: string, i: number): { core: Core | null; forcedPrefix: Prefix | null } | null {
  const c = text.charCodeAt(i);
  if (c !== C.wan && c !== C.yi && c !== C.thousand && c !== C.hundred) return null;
  if (readPrefixQualifier(text, i)) return { core: readBareMagnitude(text, i, false, true), forcedPrefix: null };
  if (text.charCodeAt(i - 1) === C.shang && !isHanCode(text.charCodeAt(i - 2))) {
    return { core: readBareMagnitude(text, i), forcedPrefix: { qualifier: '>=', at: i - 1 } };
  }
  // 百余年, 千余家: a hundred / a thousand and more (not 数百余, 几千多).
  if ((c === C.hundred || c === C.thousand) && isPlusCode(text.charCodeAt(i + 1)) && !VAGUE_BEFORE_TABLE[text.charCodeAt(i - 1)]) {
    return { core: readBareMagnitude(text, i, true), forcedPrefix: null };
  }
  return null;
}

/** Operators before a constant of a formula: 收入/医疗收入×100%, 总床日数/365, ×10000. */
const FORMULA_OPERATOR_TABLE = codeTable(['×', '÷', '*', '＊', '✕', '/', '／']);

/**
 * A number right after a formula operator, without a unit or with %, is a constant of the formula
 * (×100%, /365), not a figure. Dimensions keep their units (1.2米×0.6米); 1/3 is read as a fraction
 * before this point, and a slash after a digit (2024/5/1) is a date.
 */
function isFormulaConstant(text: string, core: Core): boolean {
  if (core.chinese || (core.unit !== null && core.unit !== '%')) return false;
  const before = skipGapBack(text, core.start);
  const op = text.charCodeAt(before - 1);
  if (FORMULA_OPERATOR_TABLE[op] !== 1) return false;
  return !((op === C.slash || op === C.fullSlash) && isDigitCode(text.charCodeAt(before - 2)));
}

/** Multiplication signs of a service-hours formula: 7×24小时, 7*24小时, 5x8小时. */
const TIMES_TABLE = codeTable(['×', '*', '＊', '✕', 'x', 'X', 'ｘ']);

/**
 * 7×24小时服务, 365×24小时值守, 5×8小时工作制: hours after a multiplication sign right after a bare
 * number name a service level, not a figure. Dimensions (1.2米×0.6米) have a unit before the sign.
 */
function isServiceHours(text: string, core: Core): boolean {
  if (core.unit !== '小时' && core.unit !== '个小时') return false;
  const before = skipGapBack(text, core.start);
  return TIMES_TABLE[text.charCodeAt(before - 1)] === 1 && isDigitCode(text.charCodeAt(skipGapBack(text, before - 1) - 1));
}

/** Filters that do not depend on qualifiers: ordinals, dates, formulas, idioms. */
function acceptable(text: string, core: Core): boolean {
  const start = core.start;
  if (text.charCodeAt(skipGapBack(text, start) - 1) === C.di || text.charCodeAt(start - 1) === C.di) return false; // 第
  if (isFormulaConstant(text, core) || isServiceHours(text, core)) return false;
  if (isDateOrOrdinal(core, text)) return false;
  if (core.chinese && inStopPhrase(text, start)) return false;
  if (inShortQuotation(text, start)) return false;
  return true;
}

/**
 * Complete a core into a claim (range, qualifiers, decision, year, subject) and push it when it is
 * a claim. Returns the position to continue scanning from.
 */
function emitClaim(scan: Scan, core: Core, forcedPrefix: Prefix | null): number {
  const next = Math.max(core.end, core.start + 1);
  const draft = extendRange(scan.text, core);
  if (typeof draft === 'number') return Math.max(draft, next); // a span of years
  // A figure in the title of another document (checked last: few candidates get this far).
  if (!decide(scan.text, draft, forcedPrefix) || inCitedTitle(scan.text, core.start)) return Math.max(draft.end, next);
  const { year, subject } = findContext(scan, draft.start);
  scan.claims.push({
    start: draft.start,
    end: draft.end,
    text: scan.source.slice(draft.start, draft.end),
    value: draft.value,
    unit: draft.unit,
    qualifier: draft.qualifier,
    upper: draft.upper,
    year,
    subject,
    magnitudeClass: core.magnitudeClass,
  });
  return Math.max(draft.end, next);
}

/** Past （含）/(含) at `at`, or `at`. */
function skipIncluded(text: string, at: number): number {
  const open = text.charCodeAt(at);
  if ((open !== FULL_PAREN_OPEN && open !== PAREN_OPEN) || text.charCodeAt(at + 1) !== HAN) return at;
  const close = text.charCodeAt(at + 2);
  return close === FULL_PAREN_CLOSE || close === PAREN_CLOSE ? skipGap(text, at + 3) : at;
}
const FULL_PAREN_OPEN = '（'.charCodeAt(0);
const PAREN_OPEN = '('.charCodeAt(0);
const FULL_PAREN_CLOSE = '）'.charCodeAt(0);
const PAREN_CLOSE = ')'.charCodeAt(0);
const HAN = '含'.charCodeAt(0);

/**
 * The draft of a claim from its core, extended by a range (3至5年, 两到三万, 5%-6%, 10万～20万).
 * For a span of years (2012到2022年) neither end is a claim: returns the end of the span.
 */
function extendRange(text: string, core: Core): Draft | number {
  const draft: Draft = {
    core, rangeCore: null, start: core.start, end: core.end, value: core.fraction ? core.coefficient : coreValue(core),
    upper: null, unit: core.unit, qualifier: null,
  };
  // 10万元（含）至50万元: the lower end said to be included is the range's own lower end.
  const sepAt = skipIncluded(text, skipGap(text, core.end));
  const sepCode = text.charCodeAt(sepAt);
  if (RANGE_SEPARATOR_TABLE[sepCode] !== 1 || text.charCodeAt(sepAt + 1) === sepCode || core.fraction) return draft;
  const upperAt = skipGap(text, sepAt + 1);
  if (upperAt >= text.length || !isCandidateStart(text, upperAt) || text.startsWith('百分之', upperAt)) return draft;
  const upper = readCore(text, upperAt);
  if (upper.reject || upper.fraction) return draft;
  if (isDateOrOrdinal(upper, text)) {
    const yearSpan = core.unit === null && core.integerDigits !== null && core.integerDigits.length === 4;
    return yearSpan ? upper.end : draft;
  }
  if (core.unit !== null && upper.unit !== null && core.unit !== upper.unit) return draft;
  // 增长8.2倍至828.2万, 上升3%至500万: a change and the level it reached, not a range.
  if (core.unit !== null && upper.unit === null && upper.magnitudeShown && !core.magnitudeShown) return draft;
  draft.rangeCore = upper;
  draft.upper = coreValue(upper);
  if (draft.unit === null) draft.unit = upper.unit;
  // 两到三万: the lower end shares the magnitude when it has none and is the smaller coefficient.
  if (!core.magnitudeShown && upper.magnitude !== 1 && core.coefficient <= upper.coefficient) {
    draft.value = cleanFloat(core.coefficient * upper.magnitude);
  }
  draft.end = upper.end;
  draft.qualifier = 'range';
  return draft;
}

/** Qualifiers (prefix, suffix, 多) and the precision rules: whether the draft is a claim. */
function decide(text: string, draft: Draft, forcedPrefix: Prefix | null): boolean {
  const core = draft.core;
  const suffix = readSuffixQualifier(text, draft.end, draft.unit);
  if (suffix) draft.end = suffix.end;
  const magnitudeShown = core.magnitudeShown || (draft.rangeCore !== null && draft.rangeCore.magnitudeShown);
  // Rejections that do not depend on the prefix qualifier come first: most candidates (一些, 统一)
  // end here, and the prefix is the costlier lookup.
  if (core.chinese && draft.unit === null && !magnitudeShown && !core.fraction) return false;
  if (!core.chinese && draft.unit === null && !magnitudeShown && isYearLike(core)) return false;

  const prefix: Prefix | null = forcedPrefix ?? readPrefixQualifier(text, draft.start);
  if (draft.qualifier === null) draft.qualifier = prefix?.qualifier ?? suffix?.qualifier ?? (core.plus ? '+' : null);
  // 累计满183天, 最高补贴3000元: a bound outside the span (满 right before, a bound word a verb away).
  if (draft.qualifier === null && prefix === null) draft.qualifier = text.charCodeAt(draft.start - 1) === C.man ? '>=' : farBoundBefore(text, draft.start);
  if (prefix) draft.start = prefix.at;
  const qualified = prefix !== null || suffix !== null || core.plus || draft.rangeCore !== null;
  if (!readAsFigure(text, draft, qualified, magnitudeShown, prefix !== null)) return false;
  // 近三年来, 今后五年, 到今年已满二十年: the time of a claim; 以下五个方面, 做好三件实事: the text's structure.
  // 5分钟前 (a timestamp), 今年前10个月: the time of a statement.
  if (isTimeFrame(text, core.start, draft.end, draft.unit) || isDatingTime(text, core.start, draft.end, draft.unit)) return false;
  return !isStructuralCount(text, core.start, draft.end, core.chinese, draft.value, draft.unit);
}

/** Whether the number reads as a figure at all: not an article 一, not a bare Arabic number without a cue. */
function readAsFigure(text: string, draft: Draft, qualified: boolean, magnitudeShown: boolean, prefixed: boolean): boolean {
  const core = draft.core;
  if (core.chinese) {
    // 一倍 (增长一倍), 一个百分点 are figures; 一个, 一批, 一次 are articles unless qualified
    // (also by a limiting word a verb away: 只享受一次, 至少配备一名).
    if (!core.bareOne || qualified || magnitudeShown || (draft.unit !== null && ONE_IS_A_COUNT.has(draft.unit))) return true;
    // 每季度报告一次, 每年开展一次评估: a frequency is a figure.
    // 三年开展一次评估, 两周召开一次例会: the frequency after its interval is a figure too.
    if (draft.unit === '次' && (everyBefore(text, core.start) || intervalBefore(text, core.start))) return true;
    // 期限为一年, 有效期一年, 延长一年, 满一年: a duration of one that is the content; so is the
    // accounting period of a rule (以一个月内取得的收入为一次, 以一年为一个结算期).
    if (draft.unit !== null && TIME_UNITS.has(draft.unit) && (durationCueBefore(text, core.start, draft.end) || accountingPeriod(text, core.start, draft.end))) return true;
    const limit = limitedBefore(text, core.start);
    // 至少建设一所: the bound is a verb away, outside the span, but it is the claim's qualifier.
    if (limit !== null && draft.qualifier === null) draft.qualifier = LIMIT_QUALIFIER[limit] ?? null;
    return limit !== null;
  }
  if (draft.unit !== null || magnitudeShown || core.fraction || prefixed) return true;
  // 能效比控制在1.3以下, 稳定在0.8左右: a bound after 在/到/至 makes a bare number a figure.
  if (qualified && BOUND_PLACE_TABLE[text.charCodeAt(skipGapBack(text, core.start) - 1)] === 1) return true;
  // A bare Arabic number: only after a verb cue.
  const cueEnd = skipGapBack(text, core.start);
  const cue = VALUE_CUES.find((w) => text.startsWith(w, cueEnd - w.length));
  if (cue === undefined) return false;
  // 热线号码为12345, 邮政编码为100017, 版本号为2.0: a code or version, not a quantity.
  return CODE_NOUN_END_TABLE[text.charCodeAt(cueEnd - cue.length - 1)] !== 1;
}

/** Last characters of 控制在, 保持在, 降低到, 下降至: a bound number follows. */
const BOUND_PLACE_TABLE = codeTable(['在', '到', '至']);

/** A year-like 4-digit integer (1000-2199): without a unit never a claim. */
function isYearLike(core: Core): boolean {
  const digits = core.integerDigits;
  return digits !== null && digits.length === 4 && Number(digits) >= 1000 && Number(digits) < 2200;
}

/** Year and subject from the sentence before the claim; a claim right after another in its clause shares its subject. */
function findContext(scan: Scan, start: number): { year: number | null; subject: string | null } {
  const { text, claims } = scan;
  const sentenceFrom = Math.max(sentenceStart(text, start, scan.sentence), start - LOOKBACK);
  const year = findYear(text, sentenceFrom, start);
  let clauseFrom = start;
  const clauseLimit = Math.max(sentenceFrom, start - 30);
  while (clauseFrom > clauseLimit && !isClauseEnd(text, clauseFrom - 1)) clauseFrom--;
  const last = claims[claims.length - 1];
  const lastClaimEnd = last?.end ?? -1;
  const sameClauseAsLast = lastClaimEnd > clauseFrom && lastClaimEnd <= start;
  if (sameClauseAsLast) clauseFrom = lastClaimEnd;
  let subject = trimSubject(text, clauseFrom, start, scan.source);
  if (subject === null && sameClauseAsLast) subject = last.subject;
  else if (subject !== null && scan.options.tagger) subject = refineSubject(subject, scan.options.tagger);
  return { year, subject };
}
