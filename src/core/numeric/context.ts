/**
 * The context of a numeric claim: the sentence it is in, the year the sentence states and the
 * subject (the noun phrase the number measures) in the clause before it.
 */
import type { Tagger } from '../types';
import { blankLineBefore, C, codeTable, isAsciiDigitCode, isDigitCode, isSpaceCode } from './chars';
import { CLAUSE_END_TABLE } from './vocabulary';

const SENTENCE_END_CODES = new Uint8Array(0x10000);
for (const c of ['。', '！', '？', '!', '?', '；', ';']) SENTENCE_END_CODES[c.charCodeAt(0)] = 1;

export function isClauseEnd(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (CLAUSE_END_TABLE[c] === 1) return true;
  if (c !== C.lf) return false;
  return blankLineBefore(text, j);
}
export const LOOKBACK = 160;

/**
 * The previous call's position and answer: claims come in text order, so a sentence start found
 * for one claim serves the next claims of the same sentence.
 */
export interface SentenceTracker {
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
export function sentenceStart(text: string, pos: number, tracker: SentenceTracker): number {
  if (pos < tracker.pos) {
    // Out of order (a qualifier before the previous claim's end): forget the previous answer.
    tracker.pos = Math.max(0, pos - LOOKBACK);
    tracker.start = tracker.pos;
  }
  const floor = Math.max(tracker.pos, pos - LOOKBACK);
  let start = floor === tracker.pos ? tracker.start : floor;
  for (let j = pos - 1; j >= floor; j--) {
    const code = text.charCodeAt(j);
    if (SENTENCE_END_CODES[code] === 1 || (code === C.lf && blankLineBefore(text, j))) {
      start = j + 1;
      break;
    }
  }
  tracker.pos = pos;
  tracker.start = start;
  return start;
}

/** 19 or 20: the first two digits of a year the detector reads. */
function isCenturyStart(c0: number, c1: number): boolean {
  return (c0 === C.zero + 1 && c1 === C.zero + 9) || (c0 === C.zero + 2 && c1 === C.zero);
}

const BASELINE_TABLE = codeTable(['较', '比', '于']);
const YU_WITH = '与'.charCodeAt(0);

/** 比较 or 相比 after a year, within its clause and before the claim (与2022年1月比较, 与2019年同期相比). */
function comparedWith(text: string, from: number, to: number): boolean {
  const limit = Math.min(to, from + 12);
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1) return false;
    if (text.startsWith('比较', k) || text.startsWith('相比', k)) return true;
  }
  return false;
}

/**
 * The year the claim is about: the last 19xx/20xx年 before it in its sentence, not a baseline (较2010年).
 * A hand-written scan (no slice, no regex) equivalent to matching /(?:^|[^0-9])((?:19|20)[0-9]{2})\s*年/g
 * over text[sentenceFrom, claimStart): each 年 ends at most one candidate; a candidate whose
 * leading non-digit is the 年 of the previous match is not found by the regular expression either
 * (2019年2020年 yields 2019 only).
 */
export function findYear(text: string, sentenceFrom: number, claimStart: number): number | null {
  let year: number | null = null;
  let previousMatchEnd = sentenceFrom;
  // Bounded by the claim (not indexOf, which could run to the end of the document for every claim).
  for (let y = sentenceFrom; y < claimStart; y++) {
    if (text.charCodeAt(y) !== C.nian) continue;
    let e = y;
    while (e > sentenceFrom && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const at = e - 4;
    if (at < sentenceFrom) continue;
    const c0 = text.charCodeAt(at);
    const c1 = text.charCodeAt(at + 1);
    if (!isCenturyStart(c0, c1)) continue;
    if (!isAsciiDigitCode(text.charCodeAt(at + 2)) || !isAsciiDigitCode(text.charCodeAt(at + 3))) continue;
    if (at > sentenceFrom) {
      // The regex consumes one non-digit before the year, at or after the previous match's end.
      if (isAsciiDigitCode(text.charCodeAt(at - 1)) || at - 1 < previousMatchEnd) continue;
    }
    previousMatchEnd = y + 1;
    if (at > sentenceFrom && BASELINE_TABLE[text.charCodeAt(at - 1)] === 1) continue;
    // 2023年1月与2022年1月比较，…: the year after 与 is the base of the comparison.
    if (at > sentenceFrom && text.charCodeAt(at - 1) === YU_WITH && comparedWith(text, y + 1, claimStart)) continue;
    year = (c0 - C.zero) * 1000 + (c1 - C.zero) * 100 + (text.charCodeAt(at + 2) - C.zero) * 10 + (text.charCodeAt(at + 3) - C.zero);
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
  // Hong Kong and Macao releases: 本地生产总值按年实质增长, 私人消费按季上升
  '按年', '按季', '按月', '实质', '实际', '名义',
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
  for (let c = 0; c < 0x10000; c++) if (isDigitCode(c)) table[c] = 1;
  return table;
})();

function hasSpace(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpaceCode(s.charCodeAt(k))) return true;
  return false;
}

/** Length of a 19xx年 / 20xx年 with optional 底/末/初 at the start of s[from, to), 0 when there is none. */
function leadingYearLength(s: string, from: number, to: number): number {
  if (to - from < 5) return 0;
  const c0 = s.charCodeAt(from);
  const c1 = s.charCodeAt(from + 1);
  if (!isCenturyStart(c0, c1)) return 0;
  if (!isAsciiDigitCode(s.charCodeAt(from + 2)) || !isAsciiDigitCode(s.charCodeAt(from + 3)) || s.charCodeAt(from + 4) !== C.nian) return 0;
  return from + 5 < to && YEAR_SUFFIX_TABLE[s.charCodeAt(from + 5)] === 1 ? 6 : 5;
}

/** 第3季, 首3季, 1月, 前10个月, 上半年 (and 的 after it) at the start of a subject, after its year. */
const LEADING_PERIOD = /^(?:(?:第|首|前)?[0-9一二三四五六七八九十]{1,2}(?:个季度|季度|季|个月|月份|月)|上半年|下半年|全年)的?/;

function leadingPeriodLength(s: string, from: number, to: number): number {
  const m = LEADING_PERIOD.exec(s.slice(from, Math.min(to, from + 8)));
  return m !== null && from + m[0].length < to ? m[0].length : 0;
}

/**
 * The subject in text[from, to) (the clause before a claim) without whitespace, trailing verbs
 * and leading years and function words; null when too short, too long or not a noun phrase.
 * Works on indices and slices once: this runs for every claim.
 */
export function trimSubject(text: string, from: number, to: number, source = text): string | null {
  let s = text;
  let original = source;
  let a = from;
  let b = to;
  if (hasSpace(text, from, to)) {
    s = text.slice(from, to).replace(/\s+/g, '');
    original = source === text ? s : source.slice(from, to).replace(/\s+/g, '');
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
      // 2023年第3季本地生产总值, 2023年1月的零售业总销货价值: the period within the year goes too.
      a += leadingPeriodLength(s, a, b);
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
  if (SUBJECT_LEADING_SET.has(s.slice(a, b))) return null;
  return original.slice(a, b);
}

/** Drop leading place names, times, pronouns and function words using part-of-speech tags. */
export function refineSubject(subject: string, tagger: Tagger): string {
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
