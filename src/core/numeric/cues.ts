/**
 * Cues that make a number a figure although it has no qualifier of its own, or give it a bound
 * that stands outside its span: a limiting word before a count of one (只能选择从一处), a bound word
 * a verb away (最高补贴3000元), an interval before a frequency (三年开展一次), 每 before a frequency, a
 * cue before a duration of one (期限为一年) and the accounting period of a rule (以一年为一个结算期).
 */
import type { Qualifier } from '../types';
import { C, codeTable, isDigitCode, skipGapBack } from './chars';
import { CLAUSE_END_TABLE, CN_NUMERAL_TABLE } from './vocabulary';

/** Words limiting a count of one: 只申请一次, 仅限一套, 至少配备一名, 最多领取一份, 只能选择从一处. */
const LIMITING_WORDS = ['只能', '仅能', '只可', '仅可', '仅限', '只限', '只', '仅', '至少', '最多'];
/** Characters between a limiting word and 一 that make it a judgement, not a limit: 只能算是一个开始, 只能作为一种补充. */
const NOT_A_LIMIT_TABLE = codeTable(['是', '算', '作', '当', '说']);
const LIMITING_START_TABLE = codeTable(LIMITING_WORDS.map((w) => w[0]));

export const LIMIT_QUALIFIER: Readonly<Record<string, Qualifier>> = { 至少: '>=', 最多: '<=' };

/** The limiting word at most three characters (a verb) before `start`, in the same clause, or null. */
export function limitedBefore(text: string, start: number): string | null {
  for (let k = start - 1; k >= Math.max(0, start - 5); k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1) return null;
    if (LIMITING_START_TABLE[c] !== 1) continue;
    if (start - k > 5) return null;
    for (const w of LIMITING_WORDS) {
      // 只是一种说法: 只是 is "merely is", not a limit.
      if (text.startsWith(w, k) && start - (k + w.length) <= 3 && !text.startsWith('只是', k) && !judgementBetween(text, k + w.length, start)) return w;
    }
  }
  return null;
}

function judgementBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NOT_A_LIMIT_TABLE[text.charCodeAt(k)] === 1) return true;
  return false;
}

/** Bound words a verb away from their figure (最高补贴3000元, 最多可申请3次, 至少需要配备5名) and their qualifier. */
const FAR_BOUNDS: [string, Qualifier][] = [['最高', '<='], ['最多', '<='], ['最长', '<='], ['至多', '<='], ['至少', '>='], ['最少', '>='], ['最低', '>=']];
/** The verbs that may stand between (any sequence of them, longest first). */
const BOUND_VERBS = [
  '可延长', '可申请', '可领取', '可获得', '可享受', '可给予', '延长', '申请', '领取', '获得', '享受', '补贴', '补助', '资助', '奖励',
  '给予', '支持', '贷款', '可贷', '需要', '配备', '安排', '聘用', '缴纳', '可', '能', '需', '应', '要', '为', '达', '达到',
].sort((a, b) => b.length - a.length);
const FAR_BOUND_END_TABLE = codeTable(['高', '多', '长', '少', '低']);
/** How far before the figure a bound word is looked for (the bound word and up to six characters of verbs). */
const FAR_BOUND_REACH = 8;

/** The qualifier of a bound word a verb away before `start`, or null. Not 最低工资标准为2200元 (not verbs between). */
export function farBoundBefore(text: string, start: number): Qualifier {
  for (let k = start - 2; k >= Math.max(1, start - FAR_BOUND_REACH); k--) {
    if (FAR_BOUND_END_TABLE[text.charCodeAt(k)] !== 1) continue;
    const bound = FAR_BOUNDS.find(([w]) => text.startsWith(w, k - 1));
    if (bound !== undefined && onlyVerbs(text, k + 1, start)) return bound[1];
  }
  return null;
}

/** Whether text[from, to) is a non-empty sequence of BOUND_VERBS. */
function onlyVerbs(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    const verb = BOUND_VERBS.find((w) => at + w.length <= to && text.startsWith(w, at));
    if (verb === undefined) return false;
    at += verb.length;
  }
  return at > from;
}

/** Verbs between an interval and its frequency: 三年开展一次, 两周召开一次, 6个月更新一次. */
const INTERVAL_VERBS = ['安排', '召开', '开展', '举行', '举办', '组织', '进行', '报告', '报送', '检查', '评估', '修订', '调整', '更新', '公布', '发布', '考核', '评选', '复核', '审核', '培训', '轮换', '体检', '通报'];
/** Units of an interval (a month is 个月: 3月召开一次 is a date). */
const INTERVAL_UNITS = ['个工作日', '个季度', '个星期', '个月', '季度', '星期', '小时', '年', '周', '天'];

/** An interval (a number and a time unit) and a verb right before `start`: 三年开展一次, 两个月安排一次. */
export function intervalBefore(text: string, start: number): boolean {
  const verb = INTERVAL_VERBS.find((w) => text.startsWith(w, start - w.length));
  if (verb === undefined) return false;
  let b = start - verb.length;
  if (text.startsWith('左右', b - 2)) b -= 2;
  const unit = INTERVAL_UNITS.find((u) => text.startsWith(u, b - u.length));
  if (unit === undefined) return false;
  const c = text.charCodeAt(b - unit.length - 1);
  if (CN_NUMERAL_TABLE[c] === 1 || c === C.half) return true;
  if (!isDigitCode(c)) return false;
  // 2024年开展一次: a year, not an interval.
  return !(unit === '年' && isDigitCode(text.charCodeAt(b - unit.length - 4)));
}

const YI = '以'.charCodeAt(0);
const WEI = '为'.charCodeAt(0);
/** Characters before 以 that make it part of another word: 可以, 所以, 予以, 加以, 难以, 得以, 用以, 足以. */
const YI_WORD_BEFORE_TABLE = codeTable(['可', '所', '予', '加', '难', '得', '用', '足', '借', '赖', '据', '是']);
/** How far after the duration 为 may come: 以一个月内取得的全部收入为一次. */
const ACCOUNTING_REACH = 14;

/** 以 + duration … 为 …: the accounting period of a rule (以一年为一个结算期); not 以一年来的成绩为基础. */
export function accountingPeriod(text: string, start: number, end: number): boolean {
  const before = skipGapBack(text, start);
  if (text.charCodeAt(before - 1) !== YI || YI_WORD_BEFORE_TABLE[text.charCodeAt(before - 2)] === 1) return false;
  if (text.charCodeAt(end) === C.lai) return false;
  for (let k = end; k < Math.min(text.length, end + ACCOUNTING_REACH); k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
    if (c === WEI) return true;
  }
  return false;
}

/** Words right before a duration of one that make it the content: 期限为一年, 延长一年, 缩短至一个月, 满一年. */
/** Words before a duration of one that make it the content; 提前 a lead time (提前一年完成). */
const DURATION_ONE_CUES = ['为期', '为', '至', '期', '延长', '缩短', '满', '长达', '提前'];
const DURATION_ONE_CUE_END_TABLE = codeTable(DURATION_ONE_CUES.map((w) => w[w.length - 1]));

/** A duration cue right before `start`, and not 一年一度, 一年来, 一年内, 一年时间 after the duration. */
export function durationCueBefore(text: string, start: number, end: number): boolean {
  const before = skipGapBack(text, start);
  if (DURATION_ONE_CUE_END_TABLE[text.charCodeAt(before - 1)] !== 1) return false;
  if (!DURATION_ONE_CUES.some((w) => text.startsWith(w, before - w.length))) return false;
  // 作为一年一度: 为 ends 作为 (as), not a copula before a duration.
  if (text.startsWith('作为', before - 2)) return false;
  const after = text.charCodeAt(end);
  return !(after === C.one || after === C.lai || after === C.nei || text.startsWith('时间', end));
}

/** 每 up to eight characters before `start` in the same clause, not right before it (每一次 is "every single time"). */
export function everyBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) === C.every) return false;
  for (let k = start - 2; k >= Math.max(0, start - 8); k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
    if (c === C.every) return true;
  }
  return false;
}
