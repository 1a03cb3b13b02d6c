/**
 * The vocabulary of the numeric-claim detector: numeral characters, units and measure words,
 * qualifiers, verb cues, idioms and formulas, and the lookups over them. Words are simplified
 * Chinese; traditional texts are folded onto these forms first (see chars.ts).
 */
import type { Qualifier } from '../types';
import { CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS } from '../numerals';
import { C, codeTable, includesCode, isPlusCode, skipGap, skipGapBack } from './chars';

/** Characters that may appear in a Chinese numeral (digits, 十百千, 万亿, 廿, 卅, 卌). */
export const CN_NUMERAL_CHARS = new Set<string>([
  ...Object.keys(CN_DIGITS),
  ...Object.keys(CN_SMALL_UNITS),
  ...Object.keys(CN_BIG_UNITS),
  '廿', '卅', '卌',
]);
/** Characters a Chinese numeral may start with (十 may stand alone; 百千万亿 need a coefficient). */
export const CN_START_CHARS = new Set<string>([...Object.keys(CN_DIGITS), '十', '拾', '廿', '卅', '卌']);
export const CN_NUMERAL_TABLE = codeTable(CN_NUMERAL_CHARS);
export const CN_START_TABLE = codeTable(CN_START_CHARS);
/** Value of each Chinese digit character, -1 for other characters. */
export const CN_DIGIT_VALUE = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [c, v] of Object.entries(CN_DIGITS)) table[c.charCodeAt(0)] = v;
  return table;
})();

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Units and measure words, matched longest first. */
export const UNITS: string[] = [
  '个百分点', '百分点', '个千分点', '千分点', '个基点', '基点', '个工作日', '工作日', '个月', '个季度', '个小时', '小时', '分钟',
  '微克/立方米', '毫克/立方米', '毫克/升', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '公里', '千米', '厘米', '毫米',
  '公斤', '千克', '公顷', '美元', '欧元', '日元', '港元', '英镑', '人次', '户次', '架次', '艘次', '件次', '天次', '家次', '项次',
  '车次', '批次', '场次', '班次', '台次', '轮次', '澳门元', '澳门币', '新台币', '港币', '标准箱', '标准机架', '吨标准煤', '周岁', '部门', '周年', '季度', '年代',
  '个', '人', '名', '所', '家', '户', '项', '件', '次', '类', '座', '条', '部', '台', '套', '辆', '架',
  '艘', '只', '头', '张', '本', '册', '篇', '份', '批', '种', '位', '例', '处', '块', '片', '场', '期',
  '轮', '支', '队', '股', '笔', '宗', '亩', '元', '斤', '克', '米', '吨', '年', '天', '日', '月', '周',
  '成', '倍', '层', '栋', '间', '颗', '枚', '首', '届', '岁', '度', '号', '时', '秒', '季', '棵', '株', '晚',
];
/** Units by the code of their first character. */
export const UNITS_BY_FIRST = new Map<number, string[]>();
for (const u of UNITS) {
  const list = UNITS_BY_FIRST.get(u.charCodeAt(0)) ?? [];
  list.push(u);
  UNITS_BY_FIRST.set(u.charCodeAt(0), list);
}
for (const list of UNITS_BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** Latin units written after Arabic numbers (8.1ZB, 180EFLOPS); other letters (5G, 8K) mean a name. */
export const LATIN_UNITS = [
  'EFLOPS', 'PFLOPS', 'TFLOPS', 'Gbps', 'Mbps', 'Kbps', 'Tbps', 'kbps', 'GHz', 'MHz', 'kHz', 'kWh', 'MWh', 'GWh', 'TWh', 'kVA', 'MVA',
  'GWp', 'MWp', 'kWp', 'ZB', 'EB', 'PB', 'TB', 'GB', 'MB', 'KB', 'kW', 'MW', 'GW', 'TW', 'kV', 'km', 'cm', 'mm', 'kg', 'mg', 'Mt', 'Gt',
  'km/h', 'm/s', 'mg/L', 'MPa', 'kPa', 'Hz', 'dB', 'mL', 'kt',
  // Single letters last: only when no other letter follows (5G, 8K, 3D stay names).
  'm', 't', 'W', 'h', 'L',
].sort((a, b) => b.length - a.length);

/**
 * A unit followed by one of these characters is the start of a noun, not a measure word:
 * 14亿多人口, 2900多万家庭, 个体工商户, 两位数; a longer unit then gives way to a shorter one (3天次数).
 */
export const UNIT_NOT_BEFORE: Readonly<Record<string, string>> = {
  人: '口民员才士群类工们', 年: '级龄轻', 家: '庭园乡长属', 名: '单称义额列录', 所: '有以在属需谓得', 户: '籍口外型',
  项: '目', 条: '件例款约', 部: '署分', 台: '阶湾区县河山市镇', 套: '餐', 批: '准评', 种: '类植子业', 位: '置数于',
  处: '理置于', 场: '所景合', 期: '间限待望', 成: '为立果员本熟功效就长绩交', 天: '然下地津',
  晚: '上会餐饭间报霞宴期点年辈些',
  次: '要序生性', 类: '型似', 周: '边期末', 个: '体性别人', 度: '过假', 时: '代期间候', 号: '召称',
  首: '都先次', 层: '面级次', 季: '节', 间: '接', 日: '益常', 块: '钱',
  天次: '数', 家次: '数', 项次: '数',
};

/** Second halves of units beginning with 个, joined when a line break separates them. */
export const SPLIT_AFTER_GE = ['百分点', '千分点', '基点', '工作日', '季度', '小时', '月'];

/** Date and ordinal units: a number with one of these is never a claim. */
export const DATE_UNITS = new Set(['月', '日', '号', '时', '周年', '季度', '年代', '季']);

/** Time units after which 多/余 still qualify the number (三年多). */
export const TIME_UNITS = new Set(['年', '个月', '天', '小时', '个小时', '周', '个季度']);

/** Measure words a magnitude class may follow (五个千亿级产业集群). */
/** 百亿级, 千亿级, 万亿级, and with the currency written in: 百亿元级, 万亿元级. */
export const MAGNITUDE_CLASS = /^(?:[十百千]?[万亿]|[十百千]亿|万亿)元?级/;

export const PREFIX_QUALIFIERS: [string, Qualifier][] = [
  ['不低于', '>='], ['不少于', '>='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='],
  ['大约', '~'], ['将近', '~'], ['接近', '~'], ['超过', '>'], ['高于', '>'], ['多于', '>'], ['突破', '>'],
  ['不到', '<'], ['不足', '<'], ['低于', '<'], ['少于', '<'], ['至少', '>='], ['最多', '<='],
  ['不大于', '<='], ['不小于', '>='], ['大于', '>'], ['小于', '<'], ['不满', '<'], ['未满', '<'], ['未超过', '<='],
  ['最高', '<='], ['最长', '<='], ['最快', '<='], ['最低', '>='], ['最少', '>='], ['最短', '>='],
  ['约', '~'], ['近', '~'], ['逾', '>'], ['超', '>'],
  // 首破4万美元, 升破7.2, 跌破3000点: a level passed upwards or downwards
  ['首度破', '>'], ['首破', '>'], ['升破', '>'], ['冲破', '>'], ['跌破', '<'],
];

/**
 * Words before 低于/超过… that negate them into a bound: 不得低于80% (>= 80), 不得超过1.5% (<= 1.5),
 * 不应少于, 不宜超过, 不能高于.
 */
const NEGATING_BEFORE = ['不得', '不应', '不宜', '不能', '不可', '不准', '不再'];
const NEGATED: Readonly<Record<string, Qualifier>> = { '<': '>=', '>': '<=' };

export const SUFFIX_QUALIFIERS: [string, Qualifier][] = [
  ['及以上', '>='], ['及以下', '<='], ['或以上', '>='], ['或以下', '<='], ['以上', '>='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['左右', '~'], ['上下', '~'],
];

/** Units with which a bare 一 is a figure, not an article (一倍, 一个百分点, 上升一成). */
export const ONE_IS_A_COUNT = new Set(['倍', '个百分点', '百分点', '个千分点', '千分点', '个基点', '基点', '成']);

/** Last characters of nouns naming a code (号码, 电话, 热线, 邮编, 版本号, 版本) before 为/是. */
export const CODE_NOUN_END_TABLE = codeTable(['号', '码', '话', '线', '编', '本']);

/** Verbs after which a bare Arabic number (no unit, no magnitude) is still a stated figure. */
export const VALUE_CUES = ['达到', '增至', '降至', '升至', '提高到', '提高至', '增加到', '上升到', '下降到', '降到', '为', '达', '是'];

/**
 * Idioms, slogans and numbered formulas that contain a numeral followed by a measure word.
 * Indexed by the numeral character the reader starts at.
 */
export const STOP_PHRASES = [
  '十年磨一剑', '三番五次', '两条腿', '三天打鱼', '两天晒网', '三人成虎', '三人行', '三位一体', '五位一体',
  '四位一体', '两位数', '三个代表', '三个务必', '三个有利于', '三个区分开来', '八个明确', '十个明确',
  '十四个坚持', '十三个方面', '十个坚持', '九个坚持', '两个确立', '两个维护', '四个意识', '四个自信',
  '四个全面', '四个面向', '四个不摘', '四个革命', '四个现代化', '两个毫不动摇', '两个大局', '两个市场',
  '两种资源', '两个轮子', '两个一百年', '两个结合', '两个基本点', '两个先行', '两个健康', '五个必由之路',
  '五项原则', '四项基本原则', '八项规定', '一百年奋斗目标', '六个必须坚持', '两个务必', '三条红线',
  '两个根本', '十个指头', '一国两制', '三个敬畏', '九年义务教育', '十二年义务教育', '三次产业',
  '三天两头', '三头六臂', '一成不变', '二次污染', '二次开发', '二次创业', '二次分配', '三次分配', '二次供水', '二次利用', '二次装修', '二次元',
];
export const STOPS_BY_CHAR = new Map<number, { phrase: string; at: number }[]>();
for (const phrase of STOP_PHRASES) {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase[k];
    if (!CN_NUMERAL_CHARS.has(c)) continue;
    const list = STOPS_BY_CHAR.get(c.charCodeAt(0)) ?? [];
    list.push({ phrase, at: k });
    STOPS_BY_CHAR.set(c.charCodeAt(0), list);
  }
}

export function inStopPhrase(text: string, i: number): boolean {
  const list = STOPS_BY_CHAR.get(text.charCodeAt(i));
  if (!list) return false;
  for (const { phrase, at } of list) if (i - at >= 0 && text.startsWith(phrase, i - at)) return true;
  return false;
}

/** Clause boundaries for subjects. A single line break is layout (PDF); a blank line ends the clause. */
export const CLAUSE_END_TABLE = codeTable(['，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '、', '（', '）', '(', ')', '“', '”', '‘', '’', '《', '》']);

export const OPEN_QUOTE_TABLE = codeTable(['“', '「', '『', '"', '‘']);
export const CLOSE_QUOTE_TABLE = codeTable(['”', '」', '』', '"', '’']);

/**
 * A number inside a short quotation names a formula or a campaign: “十四五”, “两个确立”, “2522”,
 * “中国这十年”. Short: the opening mark at most 6 characters before, the closing one at most 8 after.
 */
export function inShortQuotation(text: string, start: number): boolean {
  let open = -1;
  for (let j = start - 1; j >= Math.max(0, start - 6); j--) {
    const c = text.charCodeAt(j);
    if (OPEN_QUOTE_TABLE[c] === 1) {
      open = j;
      break;
    }
    if (CLOSE_QUOTE_TABLE[c] === 1 || CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
  }
  if (open < 0) return false;
  const limit = Math.min(text.length, start + 8);
  for (let j = start; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (CLOSE_QUOTE_TABLE[c] === 1) return true;
    if (OPEN_QUOTE_TABLE[c] === 1 || c === C.fullStop || c === C.fullComma || c === C.lf) return false;
  }
  return false;
}

const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
/** How far a cited title is looked for on either side of a number (titles of documents are rarely longer). */
const TITLE_REACH = 80;

/**
 * A number inside the title of another document (《国务院关于取消13项行政许可事项的决定》, 《…等148件
 * 市政府规章的决定》) describes that document, not a figure of this text: 《 before it and 》 after it,
 * on the same line, with no other title mark between.
 */
export function inCitedTitle(text: string, start: number): boolean {
  let open = false;
  for (let j = start - 1; j >= Math.max(0, start - TITLE_REACH); j--) {
    const c = text.charCodeAt(j);
    if (c === TITLE_OPEN) {
      open = true;
      break;
    }
    if (c === TITLE_CLOSE || c === C.lf) return false;
  }
  if (!open) return false;
  const limit = Math.min(text.length, start + TITLE_REACH);
  for (let j = start; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === TITLE_CLOSE) return true;
    if (c === TITLE_OPEN || c === C.lf) return false;
  }
  return false;
}

/** Characters after which a hyphen before a number is a minus sign. */
export const SIGN_CUE_TABLE = codeTable(['为', '是', '达', '至', '到', '长', '降', '升', '涨', '率', '速']);

export const PLAN_NAME_AFTER_YEAR = ['规划', '计划', '行动', '攻坚', '会战', '大会战', '大变样'];

/** PREFIX_QUALIFIERS by the code of their last character, in list order. */
export const PREFIX_BY_LAST = new Map<number, [string, Qualifier][]>();
for (const entry of PREFIX_QUALIFIERS) {
  const last = entry[0].charCodeAt(entry[0].length - 1);
  const list = PREFIX_BY_LAST.get(last) ?? [];
  list.push(entry);
  PREFIX_BY_LAST.set(last, list);
}
export const SUFFIX_START_TABLE = codeTable(SUFFIX_QUALIFIERS.map(([word]) => word[0]));

export function readPrefixQualifier(text: string, start: number): { qualifier: Qualifier; at: number; word: string } | null {
  const end = skipGapBack(text, start);
  const candidates = PREFIX_BY_LAST.get(text.charCodeAt(end - 1));
  if (candidates === undefined) return null;
  for (const [word, q] of candidates) {
    const at = end - word.length;
    if (at < 0 || !text.startsWith(word, at)) continue;
    if (word === '近' && (text[at - 1] === '最' || text[at - 1] === '附')) return null; // 最近3年 is exact
    if (word === '超' && text[at - 1] === '赶') return null;
    if (word === '约' && at > 0 && '节制签预公条邀违契婚合'.includes(text[at - 1])) return null; // 节约10%
    const negated = q === null ? undefined : NEGATED[q];
    if (negated !== undefined) {
      const not = NEGATING_BEFORE.find((w) => text.startsWith(w, at - w.length));
      if (not !== undefined) return { qualifier: negated, at: at - not.length, word: not + word };
    }
    return { qualifier: q, at, word };
  }
  return null;
}

/** 10万元（含）以上, 5年(不含)以下: the bound says whether it includes the figure. */
const INCLUSION_NOTE = /^[（(](不?)含[）)](以上|以下)/;
const PAREN_OPEN_TABLE = codeTable(['（', '(']);

export function readSuffixQualifier(text: string, end: number, unit: string | null): { qualifier: Qualifier; end: number } | null {
  const at = skipGap(text, end);
  if (PAREN_OPEN_TABLE[text.charCodeAt(at)] === 1) {
    const note = INCLUSION_NOTE.exec(text.slice(at, at + 7));
    if (note) return { qualifier: note[2] === '以上' ? (note[1] ? '>' : '>=') : note[1] ? '<' : '<=', end: at + note[0].length };
  }
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
export const RANGE_SEPARATOR_TABLE = codeTable(['至', '到', '~', '～', '〜', '-', '－', '—', '–']);
