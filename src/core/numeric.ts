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
 * - 近 + duration + 来/以来 (近五年来) is "the recent five years": exact, span without 近;
 *   elsewhere 近 is "nearly" (近一亿, 历时近10年 -> ~).
 * - Durations are claims (十年, 为期三年); plan and campaign names are not (第十四个五年规划,
 *   三年行动, 五年计划), nor tenors (1年期 LPR, 10年期国债), nor 九年义务教育, 三次产业.
 * - 下降/减少 keep the value positive; only a written minus after a verb or 为 (增长率为-1.48‰)
 *   makes it negative.
 * - Ratios (2.45∶1, 1:1) and codes (010-68556600, 热线号码为12345, 版本号为2.0) are not read.
 * - Arabic proper fractions (1/3) are read like 三分之一 (unit null); 一倍 and 一个百分点 are figures.
 */
import type { NumericClaim, Qualifier, Tagger } from './types';
import { CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, cleanFloat, parseNumeral, toHalfWidth } from './numerals';

export interface NumericOptions {
  /** nodejieba.tag-shaped part-of-speech tagger, used to trim claim subjects. */
  tagger?: Tagger;
}

// ---------------------------------------------------------------------------------------------
// Character classes

function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** A non-empty string of ASCII or full-width digits. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

function digitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}

/** Characters that may appear in a Chinese numeral (digits, 十百千, 万亿, 廿). */
const CN_NUMERAL_CHARS = new Set<string>([
  ...Object.keys(CN_DIGITS),
  ...Object.keys(CN_SMALL_UNITS),
  ...Object.keys(CN_BIG_UNITS),
  '廿',
]);
/** Characters a Chinese numeral may start with (十 may stand alone; 百千万亿 need a coefficient). */
const CN_START_CHARS = new Set<string>([...Object.keys(CN_DIGITS), '十', '拾', '廿']);

/**
 * Character classes as lookup tables over UTF-16 code units. The detector visits every character
 * of documents of several megabytes; `text[i]` on a two-byte string allocates a one-character
 * string, so hot paths read `text.charCodeAt(i)` and look it up here instead.
 */
function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const CN_NUMERAL_TABLE = codeTable(CN_NUMERAL_CHARS);
const CN_START_TABLE = codeTable(CN_START_CHARS);
/** Value of each Chinese digit character, -1 for other characters. */
const CN_DIGIT_VALUE = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [c, v] of Object.entries(CN_DIGITS)) table[c.charCodeAt(0)] = v;
  return table;
})();

function isHanCode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/** NaN (past either end of the text) is neither Han nor Latin. */
function isLatinCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

const SPACE_CHARS = new Set([' ', '\t', '\u3000', '\u00a0']);
const SPACE_TABLE = codeTable(SPACE_CHARS);

/**
 * Skip a short gap inside one claim: spaces and at most one line break (PDF extraction breaks
 * "达到\n18.45 亿户"). A blank line (paragraph break) is not skipped.
 */
function skipGap(text: string, i: number): number {
  const first = text.charCodeAt(i);
  // Fast path: no gap (the usual case).
  if (first !== 32 && first !== 9 && first !== 10 && first !== 13 && first !== 0x3000 && first !== 0xa0) return i;
  let j = i;
  let breaks = 0;
  let steps = 0;
  while (j < text.length && steps < 4) {
    const c = text.charCodeAt(j);
    if (SPACE_TABLE[c] === 1) j++;
    else if (c === 10 || c === 13) {
      if (breaks === 1) return i;
      breaks++;
      j += c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
    } else break;
    steps++;
  }
  return j;
}

/** Like skipGap but backwards from position i (exclusive): returns the start of the gap. */
function skipGapBack(text: string, i: number): number {
  const last = text.charCodeAt(i - 1);
  if (last !== 32 && last !== 9 && last !== 10 && last !== 13 && last !== 0x3000 && last !== 0xa0) return i;
  let j = i;
  let breaks = 0;
  let steps = 0;
  while (j > 0 && steps < 4) {
    const c = text.charCodeAt(j - 1);
    if (SPACE_TABLE[c] === 1) j--;
    else if (c === 10 || c === 13) {
      if (breaks === 1) return i;
      breaks++;
      j -= c === 10 && text.charCodeAt(j - 2) === 13 ? 2 : 1;
    } else break;
    steps++;
  }
  return j;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Units and measure words, matched longest first. */
const UNITS: string[] = [
  '个百分点', '百分点', '个工作日', '工作日', '个月', '个季度', '个小时', '小时', '分钟',
  '微克/立方米', '毫克/立方米', '毫克/升', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '公里', '千米', '厘米', '毫米',
  '公斤', '千克', '公顷', '美元', '欧元', '日元', '港元', '英镑', '人次', '户次', '架次', '艘次', '件次',
  '车次', '标准箱', '标准机架', '吨标准煤', '周岁', '部门', '周年', '季度', '年代',
  '个', '人', '名', '所', '家', '户', '项', '件', '次', '类', '座', '条', '部', '台', '套', '辆', '架',
  '艘', '只', '头', '张', '本', '册', '篇', '份', '批', '种', '位', '例', '处', '块', '片', '场', '期',
  '轮', '支', '队', '股', '笔', '宗', '亩', '元', '斤', '克', '米', '吨', '年', '天', '日', '月', '周',
  '成', '倍', '层', '栋', '间', '颗', '枚', '首', '届', '岁', '度', '号', '时', '秒', '季', '棵', '株',
];
/** Units by the code of their first character. */
const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}
for (const list of UNITS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** Latin units written after Arabic numbers (8.1ZB, 180EFLOPS); other letters (5G, 8K) mean a name. */
const LATIN_UNITS = ['EFLOPS', 'PFLOPS', 'Gbps', 'Mbps', 'kWh', 'TWh', 'ZB', 'EB', 'PB', 'TB', 'GB', 'kW', 'GW', 'MW', 'km', 'kg'];

/**
 * A single-character unit followed by one of these characters is the start of a noun, not a
 * measure word: 14亿多人口, 2900多万家庭, 个体工商户, 两位数.
 */
const UNIT_NOT_BEFORE: Readonly<Record<string, string>> = {
  人: '口民员才士群类工们', 年: '级龄轻', 家: '庭园乡长属', 名: '单称义额列录', 所: '有以在属需谓得', 户: '籍口外型',
  项: '目', 条: '件例款约', 部: '署分', 台: '阶湾', 套: '餐', 批: '准评', 种: '类植子业', 位: '置数于',
  处: '理置于', 场: '所景合', 期: '间限待望', 成: '为立果员本熟功效就长绩交', 天: '然下地津',
  次: '要序生', 类: '型似', 周: '边期末', 个: '体性别人', 度: '过假', 时: '代期间候', 号: '召称',
  首: '都先次', 层: '面级次', 季: '节', 间: '接', 日: '益常', 块: '钱',
};

/** Second halves of units beginning with 个, joined when a line break separates them. */
const SPLIT_AFTER_GE = ['百分点', '工作日', '季度', '小时', '月'];

/** Date and ordinal units: a number with one of these is never a claim. */
const DATE_UNITS = new Set(['月', '日', '号', '时', '周年', '季度', '年代', '季']);

/** Time units after which 多/余 still qualify the number (三年多). */
const TIME_UNITS = new Set(['年', '个月', '天', '小时', '个小时', '周', '个季度']);

/** Measure words a magnitude class may follow (五个千亿级产业集群). */
const MAGNITUDE_CLASS = /^(?:[十百千]?[万亿]|[十百千]亿|万亿)级/;

const PREFIX_QUALIFIERS: [string, Qualifier][] = [
  ['不低于', '>='], ['不少于', '>='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='],
  ['大约', '~'], ['将近', '~'], ['接近', '~'], ['超过', '>'], ['高于', '>'], ['多于', '>'], ['突破', '>'],
  ['不到', '<'], ['不足', '<'], ['低于', '<'], ['少于', '<'], ['至少', '>='], ['最多', '<='],
  ['约', '~'], ['近', '~'], ['逾', '>'], ['超', '>'],
];

const SUFFIX_QUALIFIERS: [string, Qualifier][] = [
  ['以上', '>='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['左右', '~'], ['上下', '~'],
];

/** Units with which a bare 一 is a figure, not an article (一倍, 一个百分点). */
const ONE_IS_A_COUNT = new Set(['倍', '个百分点', '百分点']);

/** Last characters of nouns naming a code (号码, 电话, 热线, 邮编, 版本号, 版本) before 为/是. */
const CODE_NOUN_END_TABLE = codeTable(['号', '码', '话', '线', '编', '本']);

/** Verbs after which a bare Arabic number (no unit, no magnitude) is still a stated figure. */
const VALUE_CUES = ['达到', '增至', '降至', '升至', '提高到', '提高至', '增加到', '上升到', '下降到', '降到', '为', '达', '是'];

/**
 * Idioms, slogans and numbered formulas that contain a numeral followed by a measure word.
 * Indexed by the numeral character the reader starts at.
 */
const STOP_PHRASES = [
  '十年磨一剑', '三番五次', '两条腿', '三天打鱼', '两天晒网', '三人成虎', '三人行', '三位一体', '五位一体',
  '四位一体', '两位数', '三个代表', '三个务必', '三个有利于', '三个区分开来', '八个明确', '十个明确',
  '十四个坚持', '十三个方面', '十个坚持', '九个坚持', '两个确立', '两个维护', '四个意识', '四个自信',
  '四个全面', '四个面向', '四个不摘', '四个革命', '四个现代化', '两个毫不动摇', '两个大局', '两个市场',
  '两种资源', '两个轮子', '两个一百年', '两个结合', '两个基本点', '两个先行', '两个健康', '五个必由之路',
  '五项原则', '四项基本原则', '八项规定', '一百年奋斗目标', '六个必须坚持', '两个务必', '三条红线',
  '两个根本', '十个指头', '一国两制', '三个敬畏', '九年义务教育', '十二年义务教育', '三次产业',
];
const STOPS_BY_CHAR = new Map<number, { phrase: string; at: number }[]>();
for (const phrase of STOP_PHRASES) {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase[k];
    if (!CN_NUMERAL_CHARS.has(c)) continue;
    const list = STOPS_BY_CHAR.get(c.charCodeAt(0)) ?? [];
    list.push({ phrase, at: k });
    STOPS_BY_CHAR.set(c.charCodeAt(0), list);
  }
}

function inStopPhrase(text: string, i: number): boolean {
  const list = STOPS_BY_CHAR.get(text.charCodeAt(i));
  if (!list) return false;
  for (const { phrase, at } of list) if (i - at >= 0 && text.startsWith(phrase, i - at)) return true;
  return false;
}

const OPEN_QUOTE_TABLE = codeTable(['“', '「', '『', '"', '‘']);
const CLOSE_QUOTE_TABLE = codeTable(['”', '」', '』', '"', '’']);

/**
 * A number inside a short quotation names a formula or a campaign: “十四五”, “两个确立”, “2522”,
 * “中国这十年”. Short: the opening mark at most 6 characters before, the closing one at most 8 after.
 */
function inShortQuotation(text: string, start: number): boolean {
  let open = -1;
  for (let j = start - 1; j >= Math.max(0, start - 6); j--) {
    const c = text.charCodeAt(j);
    if (OPEN_QUOTE_TABLE[c] === 1) {
      open = j;
      break;
    }
    if (CLOSE_QUOTE_TABLE[c] === 1 || CLAUSE_END_TABLE[c] === 1 || c === 10) return false;
  }
  if (open < 0) return false;
  const limit = Math.min(text.length, start + 8);
  for (let j = start; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (CLOSE_QUOTE_TABLE[c] === 1) return true;
    if (OPEN_QUOTE_TABLE[c] === 1 || c === 0x3002 || c === 0xff0c || c === 10) return false;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Reading one number with magnitude and unit

interface Core {
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

const ARABIC_MAGNITUDES: [string, number][] = [
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['亿', 1e8], ['万', 1e4], ['萬', 1e4], ['億', 1e8],
];

const MAGNITUDE_START_TABLE = codeTable(ARABIC_MAGNITUDES.map(([word]) => word[0]));

/** 多 or 余 after a number. */
function isPlusCode(code: number): boolean {
  return code === 0x591a || code === 0x4f59;
}

function readMagnitude(text: string, i: number): [number, number] | null {
  if (MAGNITUDE_START_TABLE[text.charCodeAt(i)] !== 1) return null;
  for (const [word, value] of ARABIC_MAGNITUDES) {
    if (text.startsWith(word, i)) {
      // 千瓦, 千米, 千克 are units, not a magnitude followed by a unit.
      return [value, i + word.length];
    }
  }
  return null;
}

function includesCode(s: string, code: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === code) return true;
  return false;
}

function readUnit(text: string, i: number, afterArabic: boolean): [string, number] | null {
  const c = text.charCodeAt(i);
  if (c === 37 /* % */ || c === 0xff05 /* ％ */) return ['%', i + 1];
  if (c === 0x2030 /* ‰ */) return ['‰', i + 1];
  if (afterArabic && isLatinCode(c)) {
    for (const u of LATIN_UNITS) if (text.startsWith(u, i) && !isLatinCode(text.charCodeAt(i + u.length))) return [u, i + u.length];
    return null;
  }
  const list = UNITS_BY_FIRST.get(c);
  if (!list) return null;
  for (const u of list) {
    if (!text.startsWith(u, i)) continue;
    if (u.length === 1) {
      const bad = UNIT_NOT_BEFORE[u];
      if (bad !== undefined && i + 1 < text.length && includesCode(bad, text.charCodeAt(i + 1))) return null;
    }
    return [u, i + u.length];
  }
  return null;
}

/** . or full-width ．*/
function isDecimalPointCode(code: number): boolean {
  return code === 46 || code === 0xff0e;
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
      if ((sep === 44 /* , */ || sep === 32) && digitAt(text, j + 1) && digitAt(text, j + 2) && digitAt(text, j + 3) && !digitAt(text, j + 4)) {
        if (sep === 32 && isDecimalPointCode(text.charCodeAt(j + 4))) break;
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

function readChineseRun(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (CN_NUMERAL_TABLE[c] === 1) j++;
    else if (c === 0x70b9 /* 点 */ && j > i && j + 1 < text.length && CN_DIGIT_VALUE[text.charCodeAt(j + 1)] >= 0) j++;
    else break;
  }
  return j;
}

function emptyCore(start: number): Core {
  return {
    start, numberEnd: start, end: start, coefficient: 0, magnitude: 1, unit: null, plus: false, chinese: false,
    bareOne: false, integerDigits: null, digitString: false, magnitudeClass: null, magnitudeShown: false, fraction: false, reject: true,
  };
}

/**
 * Read a number at `i` (text[i] is a digit, a Chinese numeral start or 百分之). Always returns a core
 * whose `end` is beyond `i`; `reject` marks numerals that are not quantities.
 */
function readCore(text: string, i: number): Core {
  const core = emptyCore(i);
  let j: number;

  if (text.startsWith('百分之', i)) {
    // 百分之十八点五, 百分之6
    const from = i + 3;
    let k: number;
    if (digitAt(text, from)) k = readArabicDigits(text, from);
    else k = readChineseRun(text, from);
    // 百分之百 (one hundred percent): 百 alone has no coefficient for parseNumeral.
    const value = k > from ? (k === from + 1 && text.charCodeAt(from) === 0x767e ? 100 : parseNumeral(text.slice(from, k))) : null;
    core.end = core.numberEnd = Math.max(k, i + 3);
    if (value === null) return core;
    core.coefficient = value;
    core.unit = '%';
    core.reject = false;
    return core;
  }

  if (digitAt(text, i)) {
    const end = readArabicDigits(text, i);
    const raw = text.slice(i, end);
    const value = parseNumeral(raw);
    j = end;
    core.end = core.numberEnd = end;
    if (value === null) return core;
    core.coefficient = value;
    core.integerDigits = allDigits(raw) ? toHalfWidth(raw) : null;
    // A Latin letter glued to the number: IPv6, PM2.5, G20, 5G, 8K, CCTV-8K (unless a known unit).
    const before = text.charCodeAt(i - 1);
    if (isLatinCode(before) || (before === 45 /* - */ && isLatinCode(text.charCodeAt(i - 2)))) {
      core.end = readUnit(text, j, true)?.[1] ?? j;
      return core;
    }
    // A written minus sign after a verb or 为 (增长率为-1.48‰, 同比增长-2.3%) belongs to the value.
    // Only there: a hyphen between two figures (3万-5万元, 2021年-2025年) is a range or a span.
    if ((before === 45 || before === 0x2212 || before === 0xff0d) && SIGN_CUE_TABLE[text.charCodeAt(i - 2)] === 1) {
      core.start = i - 1;
      core.coefficient = -value;
    }
    // 010-68556600, 0086: a leading zero marks a telephone or other code, never a quantity.
    if (core.integerDigits !== null && core.integerDigits.length > 1 && core.integerDigits.charCodeAt(0) === 48) return core;
    const after = text.charCodeAt(j);
    // A ratio (2.45∶1, 1:1) or a clock time (8:30) is not read at all: a ratio has no unit to
    // report and reading either side alone would state a wrong figure. Both sides are skipped.
    if ((after === 0x2236 /* ∶ */ || after === 58 /* : */ || after === 0xff1a) /* ： */ && digitAt(text, j + 1)) {
      core.end = core.numberEnd = readArabicDigits(text, j + 1);
      return core;
    }
    // An Arabic fraction (1/3, 2/3): a proper fraction of two integers. 2024/5/1, a/b/c paths and
    // improper pairs (24/7) are not fractions and are skipped whole.
    if ((after === 47 /* / */ || after === 0xff0f) && digitAt(text, j + 1) && core.integerDigits !== null) {
      const denEnd = readArabicDigits(text, j + 1);
      const den = parseNumeral(text.slice(j + 1, denEnd));
      const slashAgain = text.charCodeAt(denEnd) === 47 || text.charCodeAt(denEnd) === 0xff0f || before === 47 || before === 0xff0f;
      core.end = core.numberEnd = denEnd;
      if (den === null || den === 0 || !Number.isInteger(den) || value >= den || slashAgain) return core;
      core.coefficient = value / den;
      core.fraction = true;
      core.integerDigits = null;
      core.reject = false;
      return core;
    }
  } else {
    j = readChineseRun(text, i);
    core.end = core.numberEnd = Math.max(j, i + 1);
    core.chinese = true;
    // 几十年, 数十万, 好几十个: a vague number states no value; the whole run is skipped.
    const previous = text.charCodeAt(i - 1);
    if (previous === 0x51e0 /* 几 */ || previous === 0x6570 /* 数 */) return core;
    // A single character (一个, 两项, 十年) is by far the most common numeral: handle it without
    // allocating a one-character string.
    const single = j - i === 1;
    const first = text.charCodeAt(i);
    const next = text.charCodeAt(j);
    // 一半; 三分之一
    if (single && first === 0x4e00 /* 一 */ && next === 0x534a /* 半 */) {
      core.coefficient = 0.5;
      core.fraction = true;
      core.end = core.numberEnd = j + 1;
      core.reject = false;
      return core;
    }
    if (next === 0x5206 /* 分 */ && text.startsWith('分之', j)) {
      const run = text.slice(i, j);
      const numEnd = readChineseRun(text, j + 2);
      const den = parseNumeral(run);
      const num = numEnd > j + 2 ? parseNumeral(text.slice(j + 2, numEnd)) : null;
      core.end = core.numberEnd = Math.max(numEnd, j + 2);
      if (den === null || num === null || den === 0) return core;
      core.coefficient = num / den;
      core.fraction = true;
      core.reject = false;
      return core;
    }
    // 翻一番, 翻两番, 翻了一番: doubling, as a multiple.
    const fanAt = text.charCodeAt(i - 1) === 0x7ffb /* 翻 */ ? i - 1 : text.charCodeAt(i - 1) === 0x4e86 /* 了 */ && text.charCodeAt(i - 2) === 0x7ffb ? i - 2 : -1;
    if (
      single &&
      fanAt >= 0 &&
      next === 0x756a /* 番 */ &&
      (first === 0x4e00 /* 一 */ || first === 0x4e24 /* 两 */ || first === 0x4e8c /* 二 */ || first === 0x4e09) // 三
    ) {
      core.start = fanAt;
      core.coefficient = 2 ** CN_DIGIT_VALUE[first];
      core.unit = '倍';
      core.fraction = true;
      core.end = core.numberEnd = j + 1;
      core.reject = false;
      return core;
    }
    if (single) {
      const digit = CN_DIGIT_VALUE[first];
      const value = digit >= 0 ? digit : first === 0x5341 /* 十 */ || first === 0x62fe /* 拾 */ ? 10 : null;
      if (value === null) return core; // 廿 alone
      core.bareOne = first === 0x4e00 /* 一 */ || first === 0x58f9; /* 壹 */
      core.coefficient = value;
      // A single start character is never a magnitude (万, 亿 do not start a numeral).
    } else if (!readChineseValue(text.slice(i, j), core)) {
      return core;
    }
  }

  // 多/余, magnitude, 多/余 again (7500多亿, 十多万, 14亿多), then the unit.
  let k = j;
  const afterNumber = skipGap(text, k);
  if (isPlusCode(text.charCodeAt(afterNumber))) {
    core.plus = true;
    k = afterNumber + 1;
  }
  const m = skipGap(text, k);
  const magnitude = readMagnitude(text, m);
  if (magnitude) {
    core.magnitude = core.magnitude * magnitude[0];
    core.magnitudeShown = true;
    k = magnitude[1];
    // 1.3万\n亿斤: a line break between 万 and 亿 (PDF extraction); 万亿 without a gap is one word above.
    if (magnitude[0] === 1e4 && text.charCodeAt(k) !== 0x4ebf) {
      const gapEnd = skipGap(text, k);
      if (gapEnd > k && text.charCodeAt(gapEnd) === 0x4ebf /* 亿 */) {
        core.magnitude *= 1e8;
        k = gapEnd + 1;
      }
    }
    const m2 = skipGap(text, k);
    if (!core.plus && isPlusCode(text.charCodeAt(m2))) {
      core.plus = true;
      k = m2 + 1;
    }
  }
  if (core.plus && !magnitude && core.chinese) {
    // Chinese 多/余 needs a unit after it (二十多年); 一多, 三余 are not numbers.
    const unitAfterPlus = readUnit(text, skipGap(text, k), false);
    if (!unitAfterPlus) {
      core.plus = false;
      k = j;
    }
  }
  core.numberEnd = core.plus || magnitude ? k : j;
  const unitAt = skipGap(text, core.numberEnd);
  const unit = readUnit(text, unitAt, !core.chinese);
  if (unit) {
    core.unit = unit[0];
    core.end = unit[1];
    // 0.4个\n百分点, 3个\n月: a line break inside the unit word (PDF extraction).
    if (unit[0] === '个') {
      const rest = skipGap(text, unit[1]);
      if (rest > unit[1]) {
        for (const w of SPLIT_AFTER_GE) {
          if (text.startsWith(w, rest)) {
            core.unit = '个' + w;
            core.end = rest + w.length;
            break;
          }
        }
      }
    }
    // Magnitude class: 五个千亿级, 两个万亿级
    const cls = MAGNITUDE_CLASS.exec(text.slice(core.end, core.end + 4));
    if (cls) {
      let mc = 1;
      for (const ch of cls[0]) mc *= CN_BIG_UNITS[ch] ?? CN_SMALL_UNITS[ch] ?? 1;
      core.magnitudeClass = mc;
      core.end += cls[0].length;
    }
  } else {
    core.end = core.numberEnd;
    if (!core.chinese && isLatinCode(text.charCodeAt(unitAt)) && unitAt === core.numberEnd) return core; // 5G, 3D
  }
  core.reject = false;
  return core;
}

/**
 * Value of a Chinese numeral of two or more characters into `core` (coefficient, magnitude,
 * digitString, magnitudeShown). False when the run is not a quantity: 十四五, 九二, 一五一十.
 */
function readChineseValue(run: string, core: Core): boolean {
  const value = parseNumeral(run);
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

function coreValue(core: Core): number {
  // Coefficients of non-fraction cores come from parseNumeral or are integers, so already clean
  // (cleanFloat is idempotent); skip its toPrecision round trip.
  if (core.magnitude === 1 && !core.fraction) return core.coefficient;
  return cleanFloat(core.coefficient * core.magnitude);
}

function hasMagnitude(core: Core): boolean {
  return core.magnitudeShown;
}

/** Characters after which a hyphen before a number is a minus sign. */
const SIGN_CUE_TABLE = codeTable(['为', '是', '达', '至', '到', '长', '降', '升', '涨', '率', '速']);

const PLAN_NAME_AFTER_YEAR = ['规划', '计划', '行动'];

/** Dates and ordinal units: 2022年, 10月, 16日, 十九届, 五次会议, 75周年, 二〇二二年. */
function isDateOrOrdinal(core: Core, text: string): boolean {
  const unit = core.unit;
  if (core.digitString) return true;
  if (unit === null) return false;
  if (DATE_UNITS.has(unit)) return true;
  if (unit === '年') {
    if (core.integerDigits !== null && core.integerDigits.length === 4 && !core.plus && core.magnitude === 1) {
      const y = Number(core.integerDigits);
      if (y >= 1000 && y < 2200) return true;
    }
    // 五年前, 十年后: a point in time.
    const next = text.charCodeAt(core.end);
    if (next === 0x524d /* 前 */ || next === 0x540e /* 后 */) return true;
    // 第十四个五年规划, 三年行动, 五年计划: the name of a plan or campaign, not a stated duration.
    if (PLAN_NAME_AFTER_YEAR.some((w) => text.startsWith(w, core.end))) return true;
    // 1年期 LPR, 10年期国债: a tenor is part of a product name (but 三年期间 is a duration).
    if (next === 0x671f /* 期 */ && text.charCodeAt(core.end + 1) !== 0x95f4 /* 间 */) return true;
  }
  if (core.chinese && unit === '届') return true;
  if (core.chinese && unit === '次' && /^(?:会议|全会|全体会议|代表大会)/.test(text.slice(core.end, core.end + 4))) return true;
  return false;
}

/** PREFIX_QUALIFIERS by the code of their last character, in list order. */
const PREFIX_BY_LAST = new Map<number, [string, Qualifier][]>();
for (const entry of PREFIX_QUALIFIERS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = PREFIX_BY_LAST.get(last) ?? [];
  list.push(entry);
  PREFIX_BY_LAST.set(last, list);
}
const SUFFIX_START_TABLE = codeTable(SUFFIX_QUALIFIERS.map(([word]) => word[0]));

function readPrefixQualifier(text: string, start: number): { qualifier: Qualifier; at: number; word: string } | null {
  const end = skipGapBack(text, start);
  const candidates = PREFIX_BY_LAST.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return null;
  for (const [word, q] of candidates) {
    const at = end - word.length;
    if (at < 0 || !text.startsWith(word, at)) continue;
    if (word === '近' && (text[at - 1] === '最' || text[at - 1] === '附')) return null; // 最近3年 is exact
    if (word === '超' && text[at - 1] === '赶') return null;
    if (word === '约' && at > 0 && '节制签预公条邀违契婚合'.includes(text[at - 1])) return null; // 节约10%
    return { qualifier: q, at, word };
  }
  return null;
}

function readSuffixQualifier(text: string, end: number, unit: string | null): { qualifier: Qualifier; end: number } | null {
  const at = skipGap(text, end);
  if (SUFFIX_START_TABLE[text.charCodeAt(at)] === 1) {
    for (const [word, q] of SUFFIX_QUALIFIERS) {
      if (!text.startsWith(word, at)) continue;
      if (word === '上下' && at + 2 < text.length && /[游级]/.test(text[at + 2])) return null; // 上下游
      return { qualifier: q, end: at + word.length };
    }
  }
  if (unit !== null && isPlusCode(text.charCodeAt(end))) {
    if (TIME_UNITS.has(unit)) return { qualifier: '+', end: end + 1 }; // 三年多
    // 1倍多 (but not 倍 + 多元/多样/多种, where 多 starts the next word)
    if (unit === '倍' && !includesCode('元样种个项', text.charCodeAt(end + 1))) return { qualifier: '+', end: end + 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Year and subject

const SENTENCE_END_CODES = new Uint8Array(0x10000);
for (const c of ['。', '！', '？', '!', '?', '；', ';']) SENTENCE_END_CODES[c.charCodeAt(0)] = 1;
/** Clause boundaries for subjects. A single line break is layout (PDF); a blank line ends the clause. */
const CLAUSE_END_TABLE = codeTable(['，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '、', '（', '）', '(', ')', '“', '”', '‘', '’', '《', '》']);

/** A blank line before position j (a line break at j preceded only by spaces back to a line break or the text start). */
function blankLineBefore(text: string, j: number): boolean {
  let k = j - 1;
  let code = text.charCodeAt(k);
  while (k >= 0 && (code === 13 || SPACE_TABLE[code] === 1)) code = text.charCodeAt(--k);
  return k < 0 || code === 10;
}

function isClauseEnd(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (CLAUSE_END_TABLE[c] === 1) return true;
  if (c !== 10) return false;
  return blankLineBefore(text, j);
}
const LOOKBACK = 160;

/**
 * The previous call's position and answer: claims come in text order, so a sentence start found
 * for one claim serves the next claims of the same sentence.
 */
interface SentenceTracker {
  pos: number;
  start: number;
}

/**
 * Start of the sentence containing `pos` (a blank line also ends a sentence), exact when it is
 * within LOOKBACK characters; otherwise some position at or after the true start and at or before
 * `pos - LOOKBACK`, which callers clamp to `pos - LOOKBACK` anyway. Scans backwards from `pos`
 * only to the nearest sentence end, the previous call's position or LOOKBACK characters,
 * whichever comes first.
 */
function sentenceStart(text: string, pos: number, tracker: SentenceTracker): number {
  if (pos < tracker.pos) {
    // Out of order (a qualifier before the previous claim's end): forget the previous answer.
    tracker.pos = Math.max(0, pos - LOOKBACK);
    tracker.start = tracker.pos;
  }
  const floor = Math.max(tracker.pos, pos - LOOKBACK);
  let start = floor === tracker.pos ? tracker.start : floor;
  for (let j = pos - 1; j >= floor; j--) {
    const code = text.charCodeAt(j);
    if (SENTENCE_END_CODES[code] === 1 || (code === 10 && blankLineBefore(text, j))) {
      start = j + 1;
      break;
    }
  }
  tracker.pos = pos;
  tracker.start = start;
  return start;
}

/** Characters matched by `\s` in a JavaScript regular expression. */
function isRegexSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isAsciiDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const YEAR_CHAR = 0x5e74; // 年
const BASELINE_TABLE = codeTable(['较', '比', '于']);

/**
 * The year the claim is about: the last 19xx/20xx年 before it in its sentence, not a baseline (较2010年).
 * A hand-written scan (no slice, no regex) equivalent to matching /(?:^|[^0-9])((?:19|20)[0-9]{2})\s*年/g
 * over text[sentenceFrom, claimStart): each 年 ends at most one candidate; a candidate whose
 * leading non-digit is the 年 of the previous match is not found by the regular expression either
 * (2019年2020年 yields 2019 only).
 */
function findYear(text: string, sentenceFrom: number, claimStart: number): number | null {
  let year: number | null = null;
  let previousMatchEnd = sentenceFrom;
  // Bounded by the claim (not indexOf, which could run to the end of the document for every claim).
  for (let y = sentenceFrom; y < claimStart; y++) {
    if (text.charCodeAt(y) !== YEAR_CHAR) continue;
    let e = y;
    while (e > sentenceFrom && isRegexSpace(text.charCodeAt(e - 1))) e--;
    const at = e - 4;
    if (at < sentenceFrom) continue;
    const c0 = text.charCodeAt(at);
    const c1 = text.charCodeAt(at + 1);
    if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) continue; // 19 or 20
    if (!isAsciiDigitCode(text.charCodeAt(at + 2)) || !isAsciiDigitCode(text.charCodeAt(at + 3))) continue;
    if (at > sentenceFrom) {
      // The regex consumes one non-digit before the year, at or after the previous match's end.
      if (isAsciiDigitCode(text.charCodeAt(at - 1)) || at - 1 < previousMatchEnd) continue;
    }
    previousMatchEnd = y + 1;
    if (at > sentenceFrom && BASELINE_TABLE[text.charCodeAt(at - 1)] === 1) continue;
    year = (c0 - 48) * 1000 + (c1 - 48) * 100 + (text.charCodeAt(at + 2) - 48) * 10 + (text.charCodeAt(at + 3) - 48);
  }
  return year;
}

/** Verbs and function words stripped from the end of the text before a number. */
const SUBJECT_TRAILING = [
  '同比名义增长', '同比增长', '同比下降', '同比', '增加到', '增加至', '提高到', '提高至', '提升到', '提升至', '上升到',
  '上升至', '下降到', '下降至', '减少到', '减少至', '增长到', '增长至', '保持在', '稳定在', '控制在', '维持在', '扩大到',
  '扩大至', '缩小到', '压缩到', '压缩至', '压减至', '净减少', '达到', '增长', '增加', '提高', '提升', '上升', '下降', '降到', '降至',
  '降低', '减少', '增至', '升至', '突破', '超过', '不到', '不足', '不低于', '不少于', '不超过', '接近', '将近', '大约',
  '累计', '共计', '合计', '总计', '共有', '拥有', '保持', '稳定', '控制', '年均', '分别', '增产', '上涨', '下跌', '覆盖', '惠及',
  '连年', '连续', '以及', '达', '为', '是', '共', '有', '超', '逾', '近', '约', '已', '到', '至', '从', '由', '均', '都', '也', '在', '了', '将', '净', '的', '和',
];
const SUBJECT_LEADING = [
  '截至', '其中', '以及', '并且', '而且', '另外', '全年', '去年底', '去年末', '去年', '今年', '当年', '年末', '年底', '目前', '同时', '此外', '北京市', '北京', '我国', '全国',
  '多年累计', '累计', '经过', '过去', '共向', '设立', '建立', '投放', '带动', '拥有', '共有', '有', '占', '向', '对', '已', '将', '和', '与',
];

/** SUBJECT_TRAILING by the code of their last character, longest first. */
const TRAILING_BY_LAST = new Map<number, string[]>();
for (const w of SUBJECT_TRAILING) {
  const last = w.charCodeAt(w.length - 1);
  const list = TRAILING_BY_LAST.get(last) ?? [];
  list.push(w);
  TRAILING_BY_LAST.set(last, list);
}
for (const list of TRAILING_BY_LAST.values()) list.sort((a, b) => b.length - a.length);

const LEADING_BY_FIRST = new Map<number, string[]>();
for (const w of SUBJECT_LEADING) {
  // Keeps the order of SUBJECT_LEADING: the first listed word that matches wins.
  const list = LEADING_BY_FIRST.get(w.charCodeAt(0)) ?? [];
  list.push(w);
  LEADING_BY_FIRST.set(w.charCodeAt(0), list);
}
const SUBJECT_LEADING_SET = new Set(SUBJECT_LEADING);
const YEAR_SUFFIX_TABLE = codeTable(['底', '末', '初']);
const DIGIT_OR_PERCENT_TABLE = (() => {
  const table = codeTable(['%', '％']);
  for (let code = 48; code <= 57; code++) table[code] = 1;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = 1;
  return table;
})();

function hasSpace(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isRegexSpace(s.charCodeAt(k))) return true;
  return false;
}

/** Length of a 19xx年 / 20xx年 with optional 底/末/初 at the start of s[from, to), 0 when there is none. */
function leadingYearLength(s: string, from: number, to: number): number {
  if (to - from < 5) return 0;
  const c0 = s.charCodeAt(from);
  const c1 = s.charCodeAt(from + 1);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return 0;
  if (!isAsciiDigitCode(s.charCodeAt(from + 2)) || !isAsciiDigitCode(s.charCodeAt(from + 3)) || s.charCodeAt(from + 4) !== YEAR_CHAR) return 0;
  return from + 5 < to && YEAR_SUFFIX_TABLE[s.charCodeAt(from + 5)] === 1 ? 6 : 5;
}

/**
 * The subject in text[from, to) (the clause before a claim) without whitespace, trailing verbs
 * and leading years and function words; null when too short, too long or not a noun phrase.
 * Works on indices and slices once: this runs for every claim.
 */
function trimSubject(text: string, from: number, to: number): string | null {
  let s = text;
  let a = from;
  let b = to;
  if (hasSpace(text, from, to)) {
    s = text.slice(from, to).replace(/\s+/g, '');
    a = 0;
    b = s.length;
  }
  for (let changed = true; changed && b > a; ) {
    changed = false;
    for (const w of TRAILING_BY_LAST.get(s.charCodeAt(b - 1)) ?? []) {
      if (b - a >= w.length && s.startsWith(w, b - w.length)) {
        b -= w.length;
        changed = true;
        break;
      }
    }
  }
  for (let changed = true; changed && b > a; ) {
    changed = false;
    const yearLength = leadingYearLength(s, a, b);
    if (yearLength > 0) {
      a += yearLength;
      changed = true;
      continue;
    }
    for (const w of LEADING_BY_FIRST.get(s.charCodeAt(a)) ?? []) {
      if (b - a > w.length && s.startsWith(w, a)) {
        a += w.length;
        changed = true;
        break;
      }
    }
  }
  if (b - a < 2 || b - a > 20) return null;
  for (let k = a; k < b; k++) if (DIGIT_OR_PERCENT_TABLE[s.charCodeAt(k)] === 1) return null;
  const subject = s.slice(a, b);
  return SUBJECT_LEADING_SET.has(subject) ? null : subject;
}

/** Drop leading place names, times, pronouns and function words using part-of-speech tags. */
function refineSubject(subject: string, tagger: Tagger): string {
  let words;
  try {
    words = tagger(subject);
  } catch {
    return subject;
  }
  let k = 0;
  while (k < words.length - 1 && isLeadingNoise(words[k].word, words[k].tag, words[k - 1]?.tag)) k++;
  const refined = words.slice(k).map((w) => w.word).join('');
  return refined.length >= 2 ? refined : subject;
}

/**
 * Words that open a subject without being part of it: times, numerals, pronouns (各类, 我国),
 * prepositions, conjunctions, particles, localisers (年底 → 底), one-character adverbs (将, 已), and
 * place names that are clearly places. jieba also tags 城镇 and 新建 as places, and 自然 (in 自然保护地)
 * as an adverb, so those tags alone are not enough.
 */
function isLeadingNoise(word: string, tag: string, previousTag: string | undefined): boolean {
  if (/^(?:t|m|r|p|c|u|f|q)/.test(tag)) return true;
  if (tag === 'd') return word.length === 1;
  if (tag === 'ns') return PLACE_NAMES.has(word) || /[省市县区州]$/.test(word);
  // 多年来 is tagged 多年/m 来/v: the 来 belongs to the time phrase.
  return (word === '来' || word === '以来') && previousTag === 'm';
}

const PLACE_NAMES = new Set([
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门', '中国', '全国', '京津冀', '长三角', '珠三角', '粤港澳', '雄安',
]);

// ---------------------------------------------------------------------------------------------
// The detector


const RANGE_SEPARATOR_TABLE = codeTable(['至', '到', '~', '～', '〜', '-', '－', '—', '–']);

/** Find the next position where a numeral may start (digit, Chinese numeral, 百分之, bare magnitude). */
function isCandidateStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isDigitCode(code)) return true;
  if (CN_START_TABLE[code] === 1) return true;
  return code === 0x767e /* 百 */ && text.startsWith('百分之', i);
}

/** Characters at which the scanner stops to look closer; a typed array keeps the main loop cheap. */
const STOP_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 48; code <= 57; code++) table[code] = 1;
  for (let code = 0xff10; code <= 0xff19; code++) table[code] = 1;
  for (const c of [...CN_START_CHARS, '百', '千', '万', '亿']) table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Characters making the numeral after them vague (几十, 数百) or part of a larger numeral. */
const VAGUE_BEFORE_TABLE = codeTable(['几', '数', ...CN_NUMERAL_CHARS]);

/**
 * 超过万亿元, 上亿人, 近百年: a magnitude standing alone after a qualifier means one of it.
 * Returns the core or null.
 */
function readBareMagnitude(text: string, i: number, plus = false): Core | null {
  const magnitude =
    readMagnitude(text, i) ?? (text[i] === '千' ? ([1000, i + 1] as [number, number]) : text[i] === '百' ? ([100, i + 1] as [number, number]) : null);
  if (!magnitude) return null;
  const value = magnitude[0];
  let end = magnitude[1];
  if (plus) {
    if (!isPlusCode(text.charCodeAt(end))) return null;
    end++;
  }
  const unit = readUnit(text, skipGap(text, end), false);
  if (!unit || DATE_UNITS.has(unit[0])) return null;
  const core = emptyCore(i);
  core.coefficient = 1;
  core.magnitude = value;
  core.plus = plus;
  core.numberEnd = end;
  core.unit = unit[0];
  core.end = unit[1];
  core.chinese = true;
  core.reject = false;
  return core;
}

export function detectNumericClaims(text: string, options: NumericOptions = {}): NumericClaim[] {
  const claims: NumericClaim[] = [];
  const n = text.length;
  let i = 0;
  const sentence: SentenceTracker = { pos: 0, start: 0 };
  while (i < n) {
    while (i < n && STOP_TABLE[text.charCodeAt(i)] === 0) i++;
    if (i >= n) break;
    let core: Core | null = null;
    let forcedPrefix: { qualifier: Qualifier; at: number } | null = null;
    const c = text.charCodeAt(i);
    if (isCandidateStart(text, i)) {
      core = readCore(text, i);
    } else if (c === 0x4e07 /* 万 */ || c === 0x4ebf /* 亿 */ || c === 0x5343 /* 千 */ || c === 0x767e /* 百 */) {
      // A magnitude standing alone after a qualifier: 超过万亿元, 近百年, 上亿人.
      if (readPrefixQualifier(text, i)) core = readBareMagnitude(text, i);
      else if (text.charCodeAt(i - 1) === 0x4e0a && !isHanCode(text.charCodeAt(i - 2))) {
        core = readBareMagnitude(text, i);
        forcedPrefix = { qualifier: '>=', at: i - 1 };
      } else if ((c === 0x767e || c === 0x5343) && isPlusCode(text.charCodeAt(i + 1)) && !VAGUE_BEFORE_TABLE[text.charCodeAt(i - 1)]) {
        // 百余年, 千余家: a hundred / a thousand and more (not 数百余, 几千多).
        core = readBareMagnitude(text, i, true);
      }
    }
    if (core === null) {
      i++;
      continue;
    }
    if (core.reject || !acceptable(text, core)) {
      i = Math.max(core.end, i + 1);
      continue;
    }
    const last = claims[claims.length - 1];
    i = emitClaim(text, core, claims, forcedPrefix, options, last?.end ?? -1, last?.subject ?? null, sentence);
  }
  shareEnumeratedUnits(text, claims);
  return claims;
}

/** Filters that do not depend on qualifiers: ordinals, dates, formulas, idioms. */
function acceptable(text: string, core: Core): boolean {
  const start = core.start;
  const ORDINAL = 0x7b2c; // 第
  if (text.charCodeAt(skipGapBack(text, start) - 1) === ORDINAL || text.charCodeAt(start - 1) === ORDINAL) return false;
  if (isDateOrOrdinal(core, text)) return false;
  if (core.chinese && inStopPhrase(text, start)) return false;
  if (inShortQuotation(text, start)) return false;
  return true;
}

/**
 * Complete a core into a claim (qualifiers, range, year, subject) and push it when it is a
 * claim. Returns the position to continue scanning from.
 */
function emitClaim(
  text: string,
  core: Core,
  claims: NumericClaim[],
  forcedPrefix: { qualifier: Qualifier; at: number } | null,
  options: NumericOptions,
  lastClaimEnd: number,
  lastSubject: string | null,
  sentence: SentenceTracker,
): number {
  const next = Math.max(core.end, core.start + 1);
  let value = core.fraction ? core.coefficient : coreValue(core);
  let unit = core.unit;
  let upper: number | null = null;
  let end = core.end;
  let qualifier: Qualifier = null;
  let start = core.start;

  // Range: 3至5年, 两到三万, 5%-6%, 10万～20万
  const sepAt = skipGap(text, core.end);
  let rangeCore: Core | null = null;
  const sepCode = text.charCodeAt(sepAt);
  if (RANGE_SEPARATOR_TABLE[sepCode] === 1 && text.charCodeAt(sepAt + 1) !== sepCode && !core.fraction) {
    const upperAt = skipGap(text, sepAt + 1);
    if (upperAt < text.length && isCandidateStart(text, upperAt) && !text.startsWith('百分之', upperAt)) {
      const candidate = readCore(text, upperAt);
      if (!candidate.reject && !candidate.fraction) {
        if (isDateOrOrdinal(candidate, text)) {
          // 2012到2022年: a span of years; neither end is a claim.
          if (core.unit === null && core.integerDigits !== null && core.integerDigits.length === 4) return Math.max(candidate.end, next);
        } else if (core.unit === null || candidate.unit === null || core.unit === candidate.unit) {
          rangeCore = candidate;
        }
      }
    }
  }
  if (rangeCore) {
    upper = rangeCore.fraction ? rangeCore.coefficient : coreValue(rangeCore);
    if (unit === null) unit = rangeCore.unit;
    // 两到三万: the lower end shares the magnitude when it has none and is the smaller coefficient.
    if (!hasMagnitude(core) && rangeCore.magnitude !== 1 && core.coefficient <= rangeCore.coefficient) {
      value = cleanFloat(core.coefficient * rangeCore.magnitude);
    }
    end = rangeCore.end;
    qualifier = 'range';
  }

  const suffix = readSuffixQualifier(text, end, unit);
  if (suffix) end = suffix.end;
  const magnitudeShown = hasMagnitude(core) || (rangeCore !== null && hasMagnitude(rangeCore));
  // Rejections that do not depend on the prefix qualifier come first: most candidates (一些, 统一)
  // end here, and the prefix is the costlier lookup.
  if (core.chinese && unit === null && !magnitudeShown && !core.fraction) return Math.max(end, next);
  if (!core.chinese && unit === null && !magnitudeShown) {
    // A year-like 4-digit integer without unit is never a claim.
    const digits = core.integerDigits;
    if (digits !== null && digits.length === 4 && Number(digits) >= 1000 && Number(digits) < 2200) return Math.max(end, next);
  }

  let prefix = forcedPrefix ?? readPrefixQualifier(text, start);
  // 近五年来, 近10年以来: "the recent five years", an exact duration; elsewhere 近 is "nearly".
  if (prefix !== null && forcedPrefix === null && text.charCodeAt(prefix.at) === 0x8fd1 /* 近 */ && unit !== null && TIME_UNITS.has(unit) && (text.charCodeAt(end) === 0x6765 /* 来 */ || text.startsWith('以来', end))) {
    prefix = null;
  }
  if (qualifier === null) {
    if (prefix) qualifier = prefix.qualifier;
    else if (suffix) qualifier = suffix.qualifier;
    else if (core.plus) qualifier = '+';
  }
  if (prefix) start = prefix.at;

  // Precision rules that depend on qualifiers.
  const qualified = prefix !== null || suffix !== null || core.plus || rangeCore !== null;
  if (core.chinese) {
    // 一倍 (增长一倍), 一个百分点 are figures; 一个, 一批, 一次 are articles unless qualified.
    if (core.bareOne && !qualified && !magnitudeShown && (unit === null || !ONE_IS_A_COUNT.has(unit))) return Math.max(end, next);
  } else if (unit === null && !magnitudeShown && !core.fraction) {
    // A bare Arabic number: only after a verb cue or qualifier.
    const cueEnd = skipGapBack(text, core.start);
    if (prefix === null) {
      const cue = VALUE_CUES.find((w) => text.startsWith(w, cueEnd - w.length));
      if (cue === undefined) return Math.max(end, next);
      // 热线号码为12345, 邮政编码为100017, 版本号为2.0: a code or version, not a quantity.
      if (CODE_NOUN_END_TABLE[text.charCodeAt(cueEnd - cue.length - 1)] === 1) return Math.max(end, next);
    }
  }

  // Year and subject from the sentence before the claim.
  const sentenceFrom = Math.max(sentenceStart(text, start, sentence), start - LOOKBACK);
  const year = findYear(text, sentenceFrom, start);
  let clauseFrom = start;
  const clauseLimit = Math.max(sentenceFrom, start - 30);
  while (clauseFrom > clauseLimit && !isClauseEnd(text, clauseFrom - 1)) clauseFrom--;
  const sameClauseAsLast = lastClaimEnd > clauseFrom && lastClaimEnd <= start;
  if (sameClauseAsLast) clauseFrom = lastClaimEnd;
  let subject = trimSubject(text, clauseFrom, start);
  if (subject === null && sameClauseAsLast) subject = lastSubject;
  else if (subject !== null && options.tagger) subject = refineSubject(subject, options.tagger);

  claims.push({
    start,
    end,
    text: text.slice(start, end),
    value,
    unit,
    qualifier,
    upper,
    year,
    subject,
    magnitudeClass: core.magnitudeClass,
  });
  return Math.max(end, next);
}

/**
 * 10.6万、3.8万、3.3万平方公里: figures listed with 、 share the unit written after the last one.
 * The spans stay as written; only the `unit` field is filled in.
 */
function shareEnumeratedUnits(text: string, claims: NumericClaim[]): void {
  for (let k = claims.length - 2; k >= 0; k--) {
    const cur = claims[k];
    const following = claims[k + 1];
    if (cur.unit !== null || following.unit === null || following.unit === '%') continue;
    const between = text.slice(cur.end, following.start).trim();
    if (between === '、' || between === '和' || between === '与' || between === '及') cur.unit = following.unit;
  }
}
