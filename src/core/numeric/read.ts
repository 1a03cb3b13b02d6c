/**
 * Reading one number with its magnitude, 多/余 and unit into a `Core`, in named stages:
 * percent-of (百分之…), Arabic (digits, sign, ratio, fraction), Chinese (fractions, 翻番, numerals)
 * and the quantity suffix (多/余, 万/亿, unit, magnitude class). Each stage either settles the core
 * (rejected, or complete as a fraction) or hands the end of the number to the next stage.
 */
import { CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, cleanFloat, parseNumeral, toHalfWidth } from '../numerals';
import { allDigits, C, codeTable, digitAt, includesCode, isAsciiLetterCode, isDecimalPointCode, isDigitCode, isHanCode, isPlusCode, skipGap } from './chars';
import {
  CN_DIGIT_VALUE, CN_NUMERAL_CHARS, CN_NUMERAL_TABLE, CN_START_CHARS, CN_START_TABLE, DATE_UNITS, LATIN_UNITS,
  MAGNITUDE_CLASS, PLAN_NAME_AFTER_YEAR, SIGN_CUE_TABLE, SPLIT_AFTER_GE, UNIT_NOT_BEFORE, UNITS_BY_FIRST,
} from './vocabulary';

export interface Core {
  start: number;
  /** End of the number with its magnitude and 多/余, before the unit. */
  numberEnd: number;
  /** End including the unit (and magnitude class). */
  end: number;
  /** The number without magnitude (43.5 in 43.5万). */
  coefficient: number;
  /** Product of the magnitude characters after an Arabic number or inside a Chinese one (1 when none). */
  magnitude: number;
  unit: string | null;
  /** 多/余 after the number. */
  plus: boolean;
  chinese: boolean;
  /** The numeral is 一/壹 alone (article use unless qualified). */
  bareOne: boolean;
  /** Arabic integer digits when the number is a plain integer (for year checks). */
  integerDigits: string | null;
  /** A Chinese digit string like 二〇二二 (only ever a year). */
  digitString: boolean;
  magnitudeClass: number | null;
  /** A magnitude (万, 亿) is written, in the numeral or after it. */
  magnitudeShown: boolean;
  /** 一半, 三分之一: the value is a fraction, never scaled. */
  fraction: boolean;
  /** true when the number is not a quantity at all (5G, PM2.5, 第一). */
  reject: boolean;
}

/** A stage returns the end of the number read so far, or SETTLED when the core is final. */
const SETTLED = -1;

const ARABIC_MAGNITUDES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['亿', 1e8], ['万', 1e4],
];

const MAGNITUDE_START_TABLE = codeTable(ARABIC_MAGNITUDES.map(([word]) => word[0]));

/** A magnitude word at i: [value, end], or null. 千瓦, 千米 are units (the unit reader comes later). */
export function readMagnitude(text: string, i: number): [number, number] | null {
  if (MAGNITUDE_START_TABLE[text.charCodeAt(i)] !== 1) return null;
  for (const [word, value] of ARABIC_MAGNITUDES) if (text.startsWith(word, i)) return [value, i + word.length];
  return null;
}

/** Superscript two and three after a Latin unit (km², m³). */
const SUPERSCRIPT_TABLE = codeTable(['²', '³']);

/** The unit at i: [unit, end], or null. Latin units only after an Arabic number. */
export function readUnit(text: string, i: number, afterArabic: boolean): [string, number] | null {
  const c = text.charCodeAt(i);
  if (c === C.percent || c === C.fullPercent) return ['%', i + 1];
  if (c === C.perMille) return ['‰', i + 1];
  if (afterArabic && isAsciiLetterCode(c)) return readLatinUnit(text, i);
  const list = UNITS_BY_FIRST.get(c);
  if (!list) return null;
  for (const u of list) {
    if (!text.startsWith(u, i)) continue;
    const bad = UNIT_NOT_BEFORE[u];
    if (bad !== undefined && i + u.length < text.length && includesCode(bad, text.charCodeAt(i + u.length))) {
      // 3天次数增加: a longer unit gives way to a shorter one (天); a single character is no unit here.
      if (u.length === 1) return null;
      continue;
    }
    return [u, i + u.length];
  }
  return null;
}

/** 1200GW, 100TB, 350km, 12km²: a known Latin unit not followed by another letter. */
function readLatinUnit(text: string, i: number): [string, number] | null {
  for (const u of LATIN_UNITS) {
    if (!text.startsWith(u, i)) continue;
    const end = i + u.length;
    if (isAsciiLetterCode(text.charCodeAt(end))) continue;
    if (SUPERSCRIPT_TABLE[text.charCodeAt(end)] === 1) return [u + text[end], end + 1];
    return [u, end];
  }
  return null;
}

/** End of the Arabic number at i (digits, thousands groups, decimals; full-width allowed). */
function readArabicDigits(text: string, i: number): number {
  let j = i;
  while (digitAt(text, j)) j++;
  const firstGroup = j - i;
  // Thousands groups: 1,206 and (PDF) 1 206. Each group exactly three digits.
  if (firstGroup <= 3) {
    for (;;) {
      const sep = text.charCodeAt(j);
      if ((sep === C.comma || sep === C.space) && digitAt(text, j + 1) && digitAt(text, j + 2) && digitAt(text, j + 3) && !digitAt(text, j + 4)) {
        if (sep === C.space && isDecimalPointCode(text.charCodeAt(j + 4))) break;
        j += 4;
      } else break;
    }
  }
  if (isDecimalPointCode(text.charCodeAt(j)) && digitAt(text, j + 1)) {
    j++;
    while (digitAt(text, j)) j++;
  }
  return j;
}

/** End of the run of Chinese numeral characters at i (with 点 before a digit: 十一点六). */
function readChineseRun(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (CN_NUMERAL_TABLE[c] === 1) j++;
    else if (c === C.point && j > i && j + 1 < text.length && CN_DIGIT_VALUE[text.charCodeAt(j + 1)] >= 0) j++;
    else break;
  }
  return j;
}

export function emptyCore(start: number): Core {
  return {
    start, numberEnd: start, end: start, coefficient: 0, magnitude: 1, unit: null, plus: false, chinese: false,
    bareOne: false, integerDigits: null, digitString: false, magnitudeClass: null, magnitudeShown: false, fraction: false, reject: true,
  };
}

/** Mark a fraction-like core (一半, 1/3, 翻一番) complete at `end`. */
function settleFraction(core: Core, coefficient: number, end: number): number {
  core.coefficient = coefficient;
  core.fraction = true;
  core.end = core.numberEnd = end;
  core.reject = false;
  return SETTLED;
}

/**
 * Read a number at `i` (text[i] is a digit, a Chinese numeral start or 百分之). Always returns a core
 * whose `end` is beyond `i`; `reject` marks numerals that are not quantities.
 */
export function readCore(text: string, i: number): Core {
  if (isPercentOf(text, i)) return readPercentOf(text, i);
  const core = emptyCore(i);
  const numberEnd = digitAt(text, i) ? readArabic(text, i, core) : readChinese(text, i, core);
  if (numberEnd !== SETTLED) readQuantitySuffix(text, numberEnd, core);
  return core;
}

/** 百分之 at i, or 百份之 (a variant written in Hong Kong and Macao pages: 百份之六十七點二). */
export function isPercentOf(text: string, i: number): boolean {
  return text.charCodeAt(i) === C.hundred && text.charCodeAt(i + 2) === ZHI && (text.charCodeAt(i + 1) === C.fen || text.charCodeAt(i + 1) === FEN_VARIANT);
}
const ZHI = '之'.charCodeAt(0);
const FEN_VARIANT = '份'.charCodeAt(0);

/** 百分之十八点五, 百分之6, 百分之百, 百份之五. */
function readPercentOf(text: string, i: number): Core {
  const core = emptyCore(i);
  const from = i + 3;
  const k = digitAt(text, from) ? readArabicDigits(text, from) : readChineseRun(text, from);
  // 百分之百 (one hundred percent): 百 alone has no coefficient for parseNumeral.
  const value = k > from ? (k === from + 1 && text.charCodeAt(from) === C.hundred ? 100 : parseNumeral(text.slice(from, k))) : null;
  core.end = core.numberEnd = Math.max(k, i + 3);
  if (value === null) return core;
  core.coefficient = value;
  core.unit = '%';
  core.reject = false;
  return core;
}

/** An Arabic number: labels (PM2.5, 5G), a written minus, codes, ratios and fractions. */
function readArabic(text: string, i: number, core: Core): number {
  const end = readArabicDigits(text, i);
  const raw = text.slice(i, end);
  const value = parseNumeral(raw);
  core.end = core.numberEnd = end;
  if (value === null) return SETTLED;
  core.coefficient = value;
  core.integerDigits = allDigits(raw) ? toHalfWidth(raw) : null;
  // A Latin letter glued to the number: IPv6, PM2.5, G20, 5G, 8K, CCTV-8K (unless a known unit).
  const before = text.charCodeAt(i - 1);
  if (isAsciiLetterCode(before) || (before === C.hyphen && isAsciiLetterCode(text.charCodeAt(i - 2)))) {
    core.end = readUnit(text, end, true)?.[1] ?? end;
    return SETTLED;
  }
  // A written minus sign after a verb or 为 (增长率为-1.48‰, 同比增长-2.3%) belongs to the value.
  // Only there: a hyphen between two figures (3万-5万元, 2021年-2025年) is a range or a span.
  if ((before === C.hyphen || before === C.minus || before === C.fullHyphen) && SIGN_CUE_TABLE[text.charCodeAt(i - 2)] === 1) {
    core.start = i - 1;
    core.coefficient = -value;
  }
  // 010-68556600, 0086: a leading zero marks a telephone or other code, never a quantity.
  if (core.integerDigits !== null && core.integerDigits.length > 1 && core.integerDigits.charCodeAt(0) === C.zero) return SETTLED;
  const after = text.charCodeAt(end);
  // A ratio (2.45∶1, 1:1) or a clock time (8:30) is not read at all: a ratio has no unit to
  // report and reading either side alone would state a wrong figure. Both sides are skipped.
  if ((after === C.ratio || after === C.colon || after === C.fullColon) && digitAt(text, end + 1)) {
    core.end = core.numberEnd = readArabicDigits(text, end + 1);
    return SETTLED;
  }
  if ((after === C.slash || after === C.fullSlash) && digitAt(text, end + 1) && core.integerDigits !== null) return readArabicFraction(text, i, value, core);
  return end;
}

/**
 * An Arabic fraction (1/3, 2/3): a proper fraction of two integers. 2024/5/1, a/b/c paths and
 * improper pairs (24/7) are not fractions and are skipped whole.
 */
function readArabicFraction(text: string, i: number, numerator: number, core: Core): number {
  const slashAt = core.numberEnd;
  const denEnd = readArabicDigits(text, slashAt + 1);
  const den = parseNumeral(text.slice(slashAt + 1, denEnd));
  const isSlash = (c: number) => c === C.slash || c === C.fullSlash;
  const slashAgain = isSlash(text.charCodeAt(denEnd)) || isSlash(text.charCodeAt(i - 1));
  core.end = core.numberEnd = denEnd;
  if (den === null || den === 0 || !Number.isInteger(den) || numerator >= den || slashAgain) return SETTLED;
  core.integerDigits = null;
  return settleFraction(core, numerator / den, denEnd);
}

/** Numerals that 数 before makes vague: 数十, 数百, 数千, 数万, 数亿. */
const VAGUE_AFTER_SHU_TABLE = codeTable(['十', '百', '千', '万', '亿']);

/** A Chinese numeral: vague numbers, 一半, 三分之一, 翻一番, one character or a longer run. */
function readChinese(text: string, i: number, core: Core): number {
  const j = readChineseRun(text, i);
  core.end = core.numberEnd = Math.max(j, i + 1);
  core.chinese = true;
  // 几十年, 数十万, 好几十个: a vague number states no value; the whole run is skipped.
  // 总数三成, 人数一千二百万人: 数 ending a noun; it makes only 数十/数百/数千/数万/数亿 vague.
  const previous = text.charCodeAt(i - 1);
  if (previous === C.ji || (previous === C.shu && VAGUE_AFTER_SHU_TABLE[text.charCodeAt(i)] === 1)) return SETTLED;
  // A single character (一个, 两项, 十年) is by far the most common numeral: handle it without
  // allocating a one-character string.
  const single = j - i === 1;
  const first = text.charCodeAt(i);
  const next = text.charCodeAt(j);
  if (single && first === C.one && next === C.half) return settleFraction(core, 0.5, j + 1); // 一半
  if (next === C.fen && text.startsWith('分之', j)) return readChineseFraction(text, i, j, core);
  if (single && next === C.fanMultiple) {
    const doubling = readDoubling(text, i, core);
    if (doubling === SETTLED) return SETTLED;
  }
  if (!single) return readChineseValue(text.slice(i, j), core) ? j : SETTLED;
  const digit = CN_DIGIT_VALUE[first];
  const value = digit >= 0 ? digit : first === C.ten || first === C.tenFinancial ? 10 : null;
  if (value === null) return SETTLED; // 廿 alone
  // 零件, 零部件, 零点, 零售: 零 standing alone before a measure word is a word, never a count of zero.
  if (value === 0) return SETTLED;
  core.bareOne = first === C.one || first === C.oneFinancial;
  core.coefficient = value;
  // A single start character is never a magnitude (万, 亿 do not start a numeral).
  return j;
}

/** 三分之一: the run before 分之 is the denominator. */
function readChineseFraction(text: string, i: number, j: number, core: Core): number {
  const numEnd = readChineseRun(text, j + 2);
  const den = parseNumeral(text.slice(i, j));
  const num = numEnd > j + 2 ? parseNumeral(text.slice(j + 2, numEnd)) : null;
  core.end = core.numberEnd = Math.max(numEnd, j + 2);
  if (den === null || num === null || den === 0) return SETTLED;
  return settleFraction(core, num / den, core.end);
}

/** 翻一番, 翻两番, 翻了一番: doubling, as a multiple (unit 倍). Not settled when 翻 is absent. */
function readDoubling(text: string, i: number, core: Core): number {
  const fanAt = text.charCodeAt(i - 1) === C.fan ? i - 1 : text.charCodeAt(i - 1) === C.le && text.charCodeAt(i - 2) === C.fan ? i - 2 : -1;
  const first = text.charCodeAt(i);
  if (fanAt < 0 || !(first === C.one || first === C.liang || first === C.two || first === C.three)) return i + 1;
  core.start = fanAt;
  core.unit = '倍';
  return settleFraction(core, 2 ** CN_DIGIT_VALUE[first], i + 2);
}

/** Characters after 翻番 that make it a kind, not a stated doubling: 翻番式增长. */
const FAN_NOT_BEFORE_TABLE = codeTable(['式']);

/**
 * 翻番 without a numeral (实现翻番, 力争五年翻番): a doubling, read like 翻一番 (value 2, unit 倍).
 * Null at 翻 before anything else (翻一番 is read at its numeral, 翻几番 is vague).
 */
export function readBareDoubling(text: string, i: number): Core | null {
  if (text.charCodeAt(i + 1) !== C.fanMultiple || FAN_NOT_BEFORE_TABLE[text.charCodeAt(i + 2)] === 1) return null;
  const core = emptyCore(i);
  core.chinese = true;
  core.unit = '倍';
  settleFraction(core, 2, i + 2);
  return core;
}

/**
 * Value of a Chinese numeral of two or more characters into `core` (coefficient, magnitude,
 * digitString, magnitudeShown). False when the run is not a quantity: 十四五, 九二, 一五一十.
 */
function readChineseValue(run: string, core: Core): boolean {
  const value = parseNumeral(run) ?? readDigitByDigit(run, core);
  if (value === null) return false;
  core.digitString = [...run].every((ch) => CN_DIGITS[ch] !== undefined);
  core.coefficient = value;
  // 三万 -> coefficient 3, magnitude 1e4 (so that 两到三万 can share it); 十亿四千万 stays whole.
  let cut = run.length;
  let trailing = 1;
  while (cut > 1 && CN_BIG_UNITS[run[cut - 1]] !== undefined) trailing *= CN_BIG_UNITS[run[--cut]];
  const head = run.slice(0, cut);
  if (trailing !== 1 && !/[万亿萬億]/.test(head)) {
    const headValue = parseNumeral(head);
    if (headValue !== null) {
      core.coefficient = headValue;
      core.magnitude = trailing;
    }
  }
  core.magnitudeShown = /[万亿萬億]/.test(run);
  return true;
}

/**
 * 一八八一亿美元, 一七二三亿: Taiwanese news write an amount digit by digit before its magnitude. Three
 * digits at least (二三万, 七八亿 are vague), then 万 or 亿; none of 十百千. Null otherwise.
 */
function readDigitByDigit(run: string, core: Core): number | null {
  const m = /^([〇零一二三四五六七八九]{3,})([万亿]{1,2})$/.exec(run);
  if (m === null || m[1].charCodeAt(0) === ZERO_CODE || m[1].charCodeAt(0) === LING_CODE) return null;
  let digits = 0;
  for (const ch of m[1]) digits = digits * 10 + CN_DIGIT_VALUE[ch.charCodeAt(0)];
  const magnitude = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 0;
  if (magnitude === 0) return null;
  core.coefficient = digits;
  core.magnitude = magnitude;
  core.magnitudeShown = true;
  return digits * magnitude;
}
const ZERO_CODE = '〇'.charCodeAt(0);
const LING_CODE = '零'.charCodeAt(0);

/** After the number at `j`: 多/余, magnitude, 多/余 again (7500多亿, 十多万, 14亿多), then the unit. */
function readQuantitySuffix(text: string, j: number, core: Core): void {
  core.numberEnd = readPlusAndMagnitude(text, j, core);
  const unitAt = skipGap(text, core.numberEnd);
  const unit = readUnit(text, unitAt, !core.chinese);
  if (!unit) {
    core.end = core.numberEnd;
    if (!core.chinese && isAsciiLetterCode(text.charCodeAt(unitAt)) && unitAt === core.numberEnd) return; // 5G, 3D
    core.reject = false;
    return;
  }
  // 324亿年升13.7%, 6249亿美元年增: 年 right after a magnitude and before a change verb is "year on
  // year" (按年), not the unit.
  if (unit[0] === '年' && core.magnitudeShown && YEAR_ON_YEAR_VERB_TABLE[text.charCodeAt(unit[1])] === 1) {
    core.end = core.numberEnd;
    core.reject = false;
    return;
  }
  core.unit = unit[0];
  core.end = unit[1];
  if (unit[0] === '成') readTenthsAfterCheng(text, core);
  if (unit[0] === '个') joinSplitGe(text, core);
  else if (unit[0] !== '%' && unit[0] !== '‰') readPerUnit(text, core);
  readTrailingHalf(text, core);
  readMagnitudeClass(text, core);
  core.reject = false;
}

/** Verbs after 年 that make it "year on year": 年升, 年增, 年跌, 年减, 年降. */
const YEAR_ON_YEAR_VERB_TABLE = codeTable(['升', '增', '跌', '减', '降']);

/** Characters after the tenths digit of 三成一 that end the figure (是, 的, 为, punctuation …). */
const AFTER_TENTHS_TABLE = codeTable([...'是的为以左至到及和或多来，。；、）)：:,;.！? \n']);

/**
 * 三成一 (3.1 成), 九成二 (9.2 成): Hong Kong and Macao write the tenths of a 成 as one more digit.
 * Only a single digit one to nine, and only when it ends the figure (九成二是内地旅客, 上升三成一，):
 * 八成二手房, 九成一线城市, 三成一致 are words.
 */
function readTenthsAfterCheng(text: string, core: Core): void {
  if (core.magnitude !== 1 || core.fraction || !Number.isInteger(core.coefficient) || core.coefficient > 9) return;
  const digit = CN_DIGIT_VALUE[text.charCodeAt(core.end)];
  if (!(digit >= 1 && digit <= 9) || text.charCodeAt(core.end) === C.liang) return;
  const after = text.charCodeAt(core.end + 1);
  if (core.end + 1 < text.length && AFTER_TENTHS_TABLE[after] !== 1) return;
  core.coefficient = cleanFloat(core.coefficient + digit / 10);
  core.end += 1;
  core.bareOne = false;
}

/** Units a trailing 半 adds one half to: 三年半, 五成半, 2倍半, 两天半. */
const HALF_AFTER_UNITS = new Set(['年', '成', '倍', '天', '周', '小时', '个小时', '个月']);
/** Characters after 半 that make it the start of a word (三年半年度, 三成半导体, 两天半数): not a half. */
const HALF_WORD_TABLE = codeTable([...'年月天日数导径岛山场程价夜边壁成小个周截身球生']);

/**
 * 三年半 (3.5 年), 五成半, 2倍半, and with 个 before the half: 两个半月 (2.5 个月), 一个半小时 (1.5 个小时).
 * Only for a number without magnitude.
 */
function readTrailingHalf(text: string, core: Core): void {
  if (core.magnitude !== 1 || core.fraction || text.charCodeAt(core.end) !== C.half) return;
  let unit = core.unit as string;
  let end = core.end + 1;
  if (unit === '个') {
    const after = ['月', '小时'].find((w) => text.startsWith(w, end));
    if (after === undefined) return;
    unit = '个' + after;
    end += after.length;
  } else if (!HALF_AFTER_UNITS.has(unit) || HALF_WORD_TABLE[text.charCodeAt(end)] === 1) return;
  core.unit = unit;
  core.end = end;
  core.coefficient += 0.5;
  core.bareOne = false;
}

/** Between the denominators of a per-unit unit: 元/人·月, 元/人/月. */
const PER_JOIN_TABLE = codeTable(['/', '／', '·', '•']);

/**
 * 500元/人, 20元/吨, 2万元/亩, 30元/平方米, 100元/人·月: an amount per unit keeps the unit it is per
 * (unit 元/人). A number after the slash (3项/5项, 100元/10平方米) is not a unit: nothing is read.
 */
function readPerUnit(text: string, core: Core): void {
  const slash = text.charCodeAt(core.end);
  if (slash !== C.slash && slash !== C.fullSlash) return;
  let unit = core.unit as string;
  let at = core.end;
  for (let hops = 0; hops < 2 && PER_JOIN_TABLE[text.charCodeAt(at)] === 1; hops++) {
    const per = readUnit(text, at + 1, true);
    if (!per || per[0] === '%' || per[0] === '‰') break;
    unit += (hops === 0 ? '/' : text[at] === '/' || text[at] === '／' ? '/' : '·') + per[0];
    at = per[1];
  }
  if (at === core.end) return;
  core.unit = unit;
  core.end = at;
}

/** Currencies after which 兆 is a trillion (1兆美元, 約3.6兆元): 兆 is never a magnitude otherwise. */
const TRILLION_CURRENCIES = ['元', '美元', '日元', '新台币', '台币', '港元', '澳门元', '人民币', '欧元'];
const ZHAO = '兆'.charCodeAt(0);

/**
 * A magnitude followed by the rest of the number in Arabic digits, as Taiwan and Hong Kong write
 * them: 3兆1,648亿元 (3.1648e12), 2兆8623亿, 1亿2345万, 4万4181美元 (44181). Also 兆 before a currency
 * (1兆美元 = 1e12). Only after a plain integer; the rest must be smaller than the magnitude, and a
 * rest after 万 must be followed by a unit that is not a date (3万2021年 is not 32021). Returns the
 * end of what was read, or null when the text has no such compound.
 */
function readCompoundMagnitude(text: string, at: number, core: Core): number | null {
  if (core.chinese || core.plus) return null;
  const c = text.charCodeAt(at);
  const big = c === ZHAO ? 1e12 : c === C.yi ? 1e8 : c === C.wan ? 1e4 : 0;
  if (big === 0) return null;
  const restAt = at + 1;
  if (!digitAt(text, restAt) || core.integerDigits === null) {
    if (big !== 1e12 || !TRILLION_CURRENCIES.some((w) => text.startsWith(w, restAt))) return null;
    core.magnitude *= 1e12;
    core.magnitudeShown = true;
    return restAt;
  }
  const restEnd = readArabicDigits(text, restAt);
  const restRaw = text.slice(restAt, restEnd);
  const rest = parseNumeral(restRaw);
  if (rest === null || !Number.isInteger(rest) || isDecimalPointCode(text.charCodeAt(restEnd))) return null;
  const next = text.charCodeAt(restEnd);
  const small = next === C.yi && big === 1e12 ? 1e8 : next === C.wan && big >= 1e8 ? 1e4 : 1;
  if (small === 1) {
    // 4万4181美元: the rest is the units; after 亿 or 兆 a rest without its own magnitude is not read.
    if (big !== 1e4 || restRaw.replace(/[^0-9０-９]/g, '').length > 4) return null;
    const unit = readUnit(text, restEnd, true);
    if (unit === null || DATE_UNITS.has(unit[0]) || unit[0] === '年') return null;
  } else if (rest * small >= big) return null;
  core.coefficient = cleanFloat(core.coefficient * core.magnitude * big + rest * small);
  core.magnitude = 1;
  core.magnitudeShown = true;
  return small === 1 ? restEnd : restEnd + 1;
}

/** 多/余 and a magnitude after the number at j; returns the end of what was read (j when nothing). */
function readPlusAndMagnitude(text: string, j: number, core: Core): number {
  let k = j;
  const afterNumber = skipGap(text, k);
  if (isPlusCode(text.charCodeAt(afterNumber))) {
    core.plus = true;
    k = afterNumber + 1;
  }
  const compound = readCompoundMagnitude(text, skipGap(text, k), core);
  if (compound !== null) return compound;
  const magnitude = readMagnitude(text, skipGap(text, k));
  if (!magnitude) {
    // Chinese 多/余 needs a unit after it (二十多年); 一多, 三余 are not numbers.
    if (core.plus && core.chinese && !readUnit(text, skipGap(text, k), false)) {
      core.plus = false;
      return j;
    }
    return k;
  }
  core.magnitude *= magnitude[0];
  core.magnitudeShown = true;
  k = magnitude[1];
  // 1.3万\n亿斤: a line break between 万 and 亿 (PDF extraction); 万亿 without a gap is one word above.
  if (magnitude[0] === 1e4 && text.charCodeAt(k) !== C.yi) {
    const gapEnd = skipGap(text, k);
    if (gapEnd > k && text.charCodeAt(gapEnd) === C.yi) {
      core.magnitude *= 1e8;
      k = gapEnd + 1;
    }
  }
  const m2 = skipGap(text, k);
  if (!core.plus && isPlusCode(text.charCodeAt(m2))) {
    core.plus = true;
    k = m2 + 1;
  }
  return k;
}

/** 0.4个\n百分点, 3个\n月: a line break inside a unit word beginning with 个 (PDF extraction). */
function joinSplitGe(text: string, core: Core): void {
  const rest = skipGap(text, core.end);
  if (rest === core.end) return;
  for (const w of SPLIT_AFTER_GE) {
    if (text.startsWith(w, rest)) {
      core.unit = '个' + w;
      core.end = rest + w.length;
      return;
    }
  }
}

/** Magnitude class after a count: 五个千亿级, 两个万亿级. */
function readMagnitudeClass(text: string, core: Core): void {
  // 一批百亿级企业, 一个千亿级集群: 一 is an article there; the class is read on its own.
  if (core.bareOne && !core.magnitudeShown) return;
  const cls = MAGNITUDE_CLASS.exec(text.slice(core.end, core.end + 5));
  if (!cls) return;
  core.magnitudeClass = magnitudeClassValue(cls[0]);
  core.end += cls[0].length;
}

/** 千亿级 -> 1e11, 万亿级 -> 1e12. */
export function magnitudeClassValue(word: string): number {
  let value = 1;
  for (const ch of word) value *= CN_BIG_UNITS[ch] ?? CN_SMALL_UNITS[ch] ?? 1;
  return value;
}

export function coreValue(core: Core): number {
  // Coefficients of non-fraction cores come from parseNumeral or are integers, so already clean
  // (cleanFloat is idempotent); skip its toPrecision round trip.
  if (core.magnitude === 1 && !core.fraction) return core.coefficient;
  return cleanFloat(core.coefficient * core.magnitude);
}

/** Characters written for zero in Chinese-numeral years (○ U+25CB, O, Ｏ, Cyrillic О, 〇, 零). */
const ZERO_LIKE_TABLE = codeTable(['○', 'O', 'Ｏ', 'О', '〇', '零', '◯']);

/** Verbs before N次会议 that make it a number of meetings. */
const MEETING_VERBS = ['召开', '举行', '举办', '组织', '开了', '开过'];

/** Characters before N日 that make it a day of a month (3月1日, 3月份1日): never a day limit. */
const DAY_OF_MONTH_AFTER_TABLE = codeTable(['月', '份']);

/** A restatement of a day in hours or days right after it: 1日（24小时）, 2日(48小时). */
const DAY_RESTATED = /^[（(][0-9０-９一二三四五六七八九十百]+(?:个)?(?:小时|天)[）)]/;

/**
 * 在1日（24小时）内入、出院: a number of days restated in hours is a limit (a duration like 1天), not
 * a date. 3月1日 never is. Other day deadlines (自受理之日起20日内, 次月十五日内) stay unread, as the
 * claims gold reads them (deadlines in days are not claims).
 */
function isDayLimit(core: Core, text: string): boolean {
  if (core.unit !== '日' || DAY_OF_MONTH_AFTER_TABLE[text.charCodeAt(core.start - 1)] === 1) return false;
  return DAY_RESTATED.test(text.slice(core.end, core.end + 10));
}

/** Dates and ordinal units: 2022年, 10月, 16日, 十九届, 五次会议, 75周年, 二〇二二年. */
export function isDateOrOrdinal(core: Core, text: string): boolean {
  const unit = core.unit;
  if (core.digitString) return true;
  if (unit === null) return false;
  if (DATE_UNITS.has(unit)) return !isDayLimit(core, text);
  if (unit === '年') {
    // 二○○四年, 二OO六年: a year whose zeros are written ○ or O; the reader starts after them.
    if (core.chinese && ZERO_LIKE_TABLE[text.charCodeAt(core.start - 1)] === 1) return true;
    if (core.integerDigits !== null && core.integerDigits.length === 4 && !core.plus && core.magnitude === 1) {
      const y = Number(core.integerDigits);
      if (y >= 1000 && y < 2200) return true;
    }
    // 五年前, 十年后: a point in time.
    const next = text.charCodeAt(core.end);
    if (next === C.qian || next === C.hou) return true;
    // 114年度, 八十七年度: a (fiscal) year's name, as Taiwan writes its years; 115年底, 114年第3季,
    // 113年8月30日: a year of the Republic calendar with a point in it.
    if (next === DU) return true;
    if (core.integerDigits !== null && core.magnitude === 1 && !core.plus && isRepublicYearPoint(text, core.end)) return true;
    // 第十四个五年规划, 三年行动, 五年计划: the name of a plan or campaign, not a stated duration.
    if (PLAN_NAME_AFTER_YEAR.some((w) => text.startsWith(w, core.end))) return true;
    // 1年期 LPR, 10年期国债: a tenor is part of a product name (but 三年期间 is a duration).
    if (next === C.qi && text.charCodeAt(core.end + 1) !== C.jian) return true;
  }
  // 十九届五中全会, 十四届全国人大: an ordinal; 惠及三届学生, 连续两届, 已举办五届: a count.
  if (core.chinese && unit === '届') return !SESSION_COUNT_VERBS.some((w) => text.startsWith(w, core.start - w.length));
  // 十九届五次全会, 二十大一次会议: an ordinal session; 召开两次会议, 举行三次全体会议: a count.
  if (core.chinese && unit === '次' && /^(?:会议|全会|全体会议|代表大会)/.test(text.slice(core.end, core.end + 4))) {
    return !MEETING_VERBS.some((w) => text.startsWith(w, core.start - w.length));
  }
  return false;
}

/** Verbs before N届 that make it a count of sessions or cohorts, not an ordinal. */
const SESSION_COUNT_VERBS = ['惠及', '连续', '连任', '举办', '举办了', '举行', '举行了', '历经', '担任', '任满', '已办', '共办', '覆盖'];
const DU = '度'.charCodeAt(0);
const DI3 = '底'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);

/** After N年 at `at`: 底 (115年底), 第 (114年第3季) or a month (113年8月): a point in a year, not a duration. */
function isRepublicYearPoint(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === DI3 || c === C.di) return true;
  let k = at;
  while (k < at + 2 && digitAt(text, k)) k++;
  return k > at && text.charCodeAt(k) === YUE;
}

/** Whether a numeral may start at i (digit, Chinese numeral, 百分之). */
export function isCandidateStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isDigitCode(c)) return true;
  if (CN_START_TABLE[c] === 1) return true;
  return isPercentOf(text, i);
}

/** Characters at which the scanner stops to look closer; a typed array keeps the main loop cheap. */
export const STOP_TABLE = (() => {
  const table = codeTable([...CN_START_CHARS, '百', '千', '万', '亿']);
  for (let c = 0; c < 0x10000; c++) if (isDigitCode(c)) table[c] = 1;
  return table;
})();

/** Characters making the numeral after them vague (几十, 数百) or part of a larger numeral. */
export const VAGUE_BEFORE_TABLE = codeTable(['几', '数', ...CN_NUMERAL_CHARS]);

/**
 * 超过万亿元, 上亿人, 近百年: a magnitude standing alone after a qualifier means one of it.
 * Returns the core or null.
 */
export function readBareMagnitude(text: string, i: number, plus = false, unitless = false): Core | null {
  const c = text.charCodeAt(i);
  const magnitude = readMagnitude(text, i) ?? (c === C.thousand ? [1000, i + 1] : c === C.hundred ? [100, i + 1] : null);
  if (!magnitude) return null;
  let end = magnitude[1];
  if (plus) {
    if (!isPlusCode(text.charCodeAt(end))) return null;
    end++;
  }
  const unit = readUnit(text, skipGap(text, end), false);
  if (!unit && unitless && magnitude[0] >= 1e8 && !digitAt(text, end) && CN_NUMERAL_TABLE[text.charCodeAt(end)] !== 1) {
    // 超千亿重点产业集群, 规模超万亿: an order of magnitude after a bound, like 千亿级 (no unit written).
    const core = emptyCore(i);
    core.coefficient = 1;
    core.magnitude = magnitude[0];
    core.magnitudeShown = true;
    // A noun right after it (超千亿重点产业集群) makes it the class of what follows; 投资近百亿， is an amount.
    if (isHanCode(text.charCodeAt(end))) core.magnitudeClass = magnitude[0];
    core.end = core.numberEnd = end;
    core.chinese = true;
    core.reject = false;
    return core;
  }
  if (!unit || DATE_UNITS.has(unit[0])) return null;
  const core = emptyCore(i);
  core.coefficient = 1;
  core.magnitude = magnitude[0];
  core.plus = plus;
  core.numberEnd = end;
  core.unit = unit[0];
  core.end = unit[1];
  core.chinese = true;
  core.reject = false;
  return core;
}

/**
 * A magnitude class standing alone (交易规模达到百亿级, 打造千亿级产业集群): a claim of that order,
 * value and magnitudeClass the class (1e10, 1e11), no unit (元 when written: 百亿元级). Null when the class follows a count
 * (五个千亿级 is read with the count) or a numeral.
 */
export function readStandingMagnitudeClass(text: string, i: number): Core | null {
  const level = C.level;
  if (text.charCodeAt(i + 1) !== level && text.charCodeAt(i + 2) !== level && text.charCodeAt(i + 3) !== level && text.charCodeAt(i + 4) !== level) return null;
  const cls = MAGNITUDE_CLASS.exec(text.slice(i, i + 5));
  if (!cls) return null;
  const before = text.charCodeAt(i - 1);
  if (CN_NUMERAL_TABLE[before] === 1 || isDigitCode(before) || isDecimalPointCode(before) || before === C.ji || before === C.shu) return null;
  // 五个千亿级 is read with its count; after the article 一个 (一个千亿级集群) the class stands alone.
  if (before === C.ge && !articleOneAt(text, i - 2)) return null;
  const core = emptyCore(i);
  core.coefficient = 1;
  core.magnitude = core.magnitudeClass = magnitudeClassValue(cls[0]);
  // 百亿元级企业: the class is one of an amount of money.
  if (cls[0].includes('元')) core.unit = '元';
  core.magnitudeShown = true;
  core.chinese = true;
  core.numberEnd = core.end = i + cls[0].length;
  core.reject = false;
  return core;
}

/** 一 at `at` on its own (not 十一, 21): the article of 一个. */
function articleOneAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return text.charCodeAt(at) === C.one && CN_NUMERAL_TABLE[before] !== 1 && !isDigitCode(before);
}

/** Time units 半 may stand before as a value of one half: 半年, 半个月, 半天, 半小时. */
const HALF_UNITS = new Set(['年', '个月', '天', '小时', '个小时']);
/** Characters before 半 that make it a part of a period or a vague amount: 上半年, 下半年, 前半年, 多半, 大半年, 过半, 一半. */
const HALF_NOT_AFTER_TABLE = codeTable(['上', '下', '前', '后', '多', '大', '过', '一', '小', '年', '月', '个']);
/** Characters after the unit that make 半年 a reporting period: 半年度, 半年报, 半年末. */
const HALF_NOT_BEFORE_TABLE = codeTable(['度', '报', '末', '初', '期', '终', '中']);

/**
 * 半年, 半个月, 半天 as a duration of one half (value 0.5 of the unit), only where it is stated as a
 * figure: after a qualifier (超过半年, 近半年), 每 (每半年通报一次), 满 or 提前, or before 以上/以内/及以上.
 * 上半年 and 半年度 are periods; elsewhere (半年来, 用半年时间) the time-frame rules apply as for 一年.
 */
export function readHalf(text: string, i: number, qualified: (text: string, at: number, end: number, unit: string | null) => boolean): Core | null {
  if (text.charCodeAt(i + 1) === C.shu) return readHalfShare(text, i, qualified);
  // 过半, 大半年 (but 超过半年 is a bound)
  const leadTime = text.startsWith('提前', i - 2);
  if (HALF_NOT_AFTER_TABLE[text.charCodeAt(i - 1)] === 1 && !text.startsWith('超过', i - 2) && !leadTime) return null;
  const unit = readUnit(text, i + 1, false);
  if (!unit || !HALF_UNITS.has(unit[0]) || unit[1] !== i + 1 + unit[0].length) return null;
  if (unit[0] === '年' && HALF_NOT_BEFORE_TABLE[text.charCodeAt(unit[1])] === 1) return null;
  const before = text.charCodeAt(i - 1);
  // 提前半年完成: a lead time of one half.
  if (before !== C.every && before !== C.man && !leadTime && !qualified(text, i, unit[1], unit[0])) return null;
  const core = emptyCore(i);
  core.coefficient = 0.5;
  core.chinese = true;
  core.numberEnd = i + 1;
  core.unit = unit[0];
  core.end = unit[1];
  core.reject = false;
  return core;
}

/**
 * 半数以上, 超过半数, 过半数 (a share of one half, unit null like 一半), only with a bound: 半数 alone
 * (半数企业) is vague. The bound of 过半数 (>) is added by the caller.
 */
function readHalfShare(text: string, i: number, qualified: (text: string, at: number, end: number, unit: string | null) => boolean): Core | null {
  const before = text.charCodeAt(i - 1);
  const pastHalf = before === C.guo && !text.startsWith('超过', i - 2);
  if (!pastHalf && (HALF_NOT_AFTER_TABLE[before] === 1 && !text.startsWith('超过', i - 2))) return null;
  if (!pastHalf && !qualified(text, i, i + 2, null)) return null;
  const core = emptyCore(i);
  settleFraction(core, 0.5, i + 2);
  core.chinese = true;
  return core;
}

