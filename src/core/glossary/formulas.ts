/**
 * Numbered formulas (数字概括: 两个确立, 四个意识, 三城一区, 六稳六保, 五位一体, 三大攻坚战 …)
 * found in a text whether or not a glossary explains them; `detectTerms` keeps the glossary's
 * match where both apply.
 *
 * Precision comes first: a number that counts things (三个月, 一个国家, 两个方面,
 * 五个千亿级产业集群, 十年, 一是, 第一个百年奋斗目标, 长三角一体化) is not a formula. What is
 * accepted (all patterns are short and bounded, so the scan is linear):
 * 1. quoted: “…” 「…」 『…』 (or straight quotes) whose whole content is formula-like: numeral(s)
 *    + optional 个/大/项 + a head of 1–4 characters that is not a unit of time or measure
 *    (“六稳” “四风” “三个课堂” “四个不摘” “九二共识” “三大规则”), 双 + head (“双一流”), the pattern
 *    below, a five-year plan (“十四五”); parts joined by 、 (“双随机、一公开”) when every part starts
 *    with a numeral and one part is formula-like. A lone 一 + head (“一张图” “一网通办” “一刀切”
 *    “一池清水”) is a slogan, not a numbered formula;
 * 2. parallel numbered segments, quoted or not: numeral + head, numeral + head …
 *    (三城一区, 六稳六保, 五位一体, 三区三州, 两不愁三保障, 一国两制, 四梁八柱, 两学一做, 一岗双责,
 *    一核一带一区), minus a list of idioms (四面八方, 五湖四海 …), heads that are units (三年五载,
 *    两室一厅), 一X一Y forms other than policy ones (一城一策, 一户一策, 一业一证, 一数一源); unquoted
 *    also minus heads over two characters (三大洲的十几个国家), the same head counted twice
 *    (一产二产三产), 大 + noun (五大洲四大洋) and administrative units only (五县两区);
 * 3. unquoted numeral + 个 + a known head (意识 自信 维护 确立 面向 务必 全面 必由之路 …),
 *    numeral + 大 + a known head (三大攻坚战), 八项规定, 五项原则, a doubled numeral + 战略 (八八战略),
 *    unless the head runs on into a longer noun (三个代表团, 五大战略性新兴产业).
 */
import type { Span } from '../types';

export interface FormulaMatch extends Span {
  /** The formula as written, without quotation marks or line breaks. */
  term: string;
}

const NUMERALS = '一二两三四五六七八九十';
/** Numerals that may start or continue a formula only inside quotation marks (“双一流”, “百城千屏”). */
const QUOTED_EXTRA_NUMERALS = '双百千万';
const isNumeral = (ch: string): boolean => ch.length === 1 && NUMERALS.includes(ch);
const isQuotedNumeral = (ch: string): boolean => ch.length === 1 && (NUMERALS.includes(ch) || QUOTED_EXTRA_NUMERALS.includes(ch));

function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A head starting with one of these makes the numeral a count or a date (三个月, 十年, 一是). */
const TIME_UNITS = new Set([...'年月日天周次届号时分秒岁倍成份']);
const MEASURE_OR_FUNCTION = new Set([
  ...TIME_UNITS,
  ...'期层级批类项件条家所名人元角亿万千百米吨户亩个只台套座场张本部辆架艘栋间章节页篇句段回遍番趟轮步方室',
  ...'是的了和与在也就都又要些点样般旦直起定致切同再度这那此每各第之者而于以为其',
]);

/** Heads of numeral + 个 (两个确立, 四个意识 …): abstract heads that make a formula, not a count. */
const GE_HEADS = [
  '意识', '自信', '维护', '确立', '面向', '务必', '坚持', '全面', '毫不动摇', '不摘', '大局',
  '代表', '没有变', '必由之路', '有利于', '结合', '伟大', '区分开来', '凡是', '一百年', '明确', '转变',
  '一以贯之', '服务', '不准', '严禁', '统筹', '着力', '敢于', '课堂', '倡议', '根本', '牢记', '始终',
];
const DA_HEADS = ['攻坚战', '发展理念', '保卫战', '战略', '工程', '倡议', '规则', '战役'];
const XIANG_HEADS = ['基本原则', '规定', '原则', '禁令'];

/** Four-character idioms with two numerals: not formulas. */
const IDIOMS = new Set([
  '一五一十', '三心二意', '四面八方', '五湖四海', '七上八下', '三番五次', '三令五申', '四平八稳', '五颜六色',
  '七嘴八舌', '七手八脚', '三头六臂', '九牛一毛', '一石二鸟', '一举两得', '三言两语', '三三两两', '四分五裂',
  '五花八门', '十全十美', '一干二净', '一清二楚', '一穷二白', '一心二用', '五光十色', '七零八落', '一波三折',
  '一日三秋', '一唱三叹', '接二连三', '颠三倒四', '说三道四', '低三下四', '丢三落四', '朝三暮四', '三长两短',
  '两面三刀', '三从四德', '三教九流', '九死一生', '一差二错', '一来二去', '一言九鼎', '四通八达', '十拿九稳',
  '十室九空', '十有八九', '四海一家', '合二为一', '一分为二', '三位一体', '一年四季', '一心一意', '一模一样',
  '一朝一夕', '一草一木', '一言一行', '一点一滴', '一针一线', '一砖一瓦', '一举一动', '一丝一毫', '一生一世',
  '一张一弛', '一唱一和', '一字一句', '三五成群', '两全其美', '一清二白', '七折八扣', '五脏六腑', '三山五岳',
  '五湖四海', '六神无主', '八面玲珑', '九霄云外', '一劳永逸', '一本正经', '一帆风顺', '两小无猜', '三更半夜',
]);
/** 一X一Y is mostly idiom; these last heads make it a policy formula (一城一策, 一业一证, 一数一源). */
const YI_YI_HEADS = new Set([...'策品档码证源案业']);
/**
 * A character after a known head that turns it into a longer noun: 三个代表团, 五大战略性新兴产业,
 * 两个服务站 are counts, not formulas.
 */
const HEAD_CONTINUATION = new Set([...'性团队站']);

/**
 * Whether a numbered term ending at `end` runs on into a longer noun (三个代表 in 三个代表团), so that
 * it is a count of something else. Also used for glossary matches (see detectTerms).
 */
export function runsIntoLongerNoun(text: string, start: number, end: number): boolean {
  return NUMBERED_START.has(text[start]) && HEAD_CONTINUATION.has(text[end]);
}
const NUMBERED_START = new Set([...'一二两三四五六七八九十百千万双']);
const HEAD_CONTINUATION_BY_HEAD: Record<string, string> = { 服务: '中站点型区业器机窗', 代表: '处大会人', 结合: '部点' };
/** Administrative units: 五县两区, 三省一市 count places (三区三州 is in the glossary, and quoted). */
const ADMIN_UNITS = new Set([...'省市县区州镇乡村旗盟']);
/** Non-first segments of an unquoted parallel formula may be counted with 双 (一岗双责, 一体双翼). */
const isSegmentNumeral = (ch: string): boolean => isNumeral(ch) || ch === '双';

function longestHead(text: string, at: number, heads: readonly string[]): string | null {
  let best: string | null = null;
  for (const h of heads) if (text.startsWith(h, at) && (best === null || h.length > best.length)) best = h;
  return best;
}

/** Length of the run of Han non-numeral characters at `at` (at most `max`). */
function headRun(text: string, at: number, max: number, numeral: (ch: string) => boolean): number {
  let k = 0;
  while (k < max && at + k < text.length && isHan(text[at + k]) && !numeral(text[at + k])) k++;
  return k;
}

/**
 * Parallel numbered segments at `at` (三城一区, 两不愁三保障). Returns the length matched or 0.
 * `whole`: the text is exactly the candidate (quoted content), so the last head runs to its end.
 */
function parallelSegments(text: string, at: number, quoted: boolean, whole: boolean): number {
  // Unquoted: 双 may count a later segment (一岗双责), never the first (双循环 alone is not parallel).
  const numeral = quoted ? isQuotedNumeral : isSegmentNumeral;
  if (!quoted && !isNumeral(text[at])) return 0;
  // Unquoted heads are short (三城一区, 两不愁三保障): 三大洲的十几个国家, 一线城市二线城市 are not formulas.
  const maxHead = quoted ? 3 : 2;
  const heads: string[] = [];
  const numerals: string[] = [];
  let p = at;
  for (let seg = 0; seg < 4; seg++) {
    if (p >= text.length || !numeral(text[p])) break;
    if (p + 1 < text.length && numeral(text[p + 1])) return 0; // 二十, 十四: counts, not segments
    numerals.push(text[p]);
    p++;
    const run = headRun(text, p, maxHead, numeral);
    if (run === 0) return 0;
    const nextIsNumeral = p + run < text.length && numeral(text[p + run]);
    let len: number;
    if (nextIsNumeral) len = run;
    else if (whole) len = run;
    else len = Math.min(run, Math.max(...heads.map((h) => h.length), 1));
    heads.push(text.slice(p, p + len));
    p += len;
    if (!nextIsNumeral || len < run) break;
  }
  if (heads.length < 2) return 0;
  const allYi = numerals.every((n) => n === '一');
  // 一户一策, 一人一档: with a policy last head, a measure word first is part of the formula.
  const policyYiYi = allYi && YI_YI_HEADS.has(heads[heads.length - 1]);
  const units = quoted || policyYiYi ? TIME_UNITS : MEASURE_OR_FUNCTION;
  if (heads.some((h) => units.has(h[0]))) return 0;
  if (whole && p !== text.length) return 0;
  const candidate = text.slice(at, p);
  if (IDIOMS.has(candidate)) return 0;
  if (!quoted) {
    // 一产二产三产, 一线二线: the same head counted twice is a count, not a formula.
    if (heads.every((h) => h === heads[0])) return 0;
    // 五大洲四大洋: 大 + noun is a count of big things.
    if (heads.some((h) => h.length === 2 && h[0] === '大')) return 0;
    if (heads.every((h) => h.length === 1 && ADMIN_UNITS.has(h))) return 0;
    for (let s = Math.max(0, at - 3); s <= at; s++) if (IDIOMS.has(text.slice(s, s + 4))) return 0;
    // 一X一Y is mostly idiom (一心一意, 一针一线); three 一 segments are a layout (一核一带一区).
    if (allYi && heads.length < 3 && !policyYiYi) return 0;
  }
  return p - at;
}

/** numeral + 个/大/项 + a known head, unquoted. Returns the length matched or 0. */
function namedCount(text: string, at: number): number {
  let p = at;
  while (p < text.length && p - at < 3 && isNumeral(text[p])) p++;
  const run = text.slice(at, p);
  if (run.length === 0) return 0;
  const marker = text[p];
  // 八八战略: a doubled numeral naming a strategy.
  if (run.length === 2 && run[0] === run[1] && text.startsWith('战略', p)) return p + 2 - at;
  const list = marker === '个' ? GE_HEADS : marker === '大' ? DA_HEADS : marker === '项' ? XIANG_HEADS : null;
  if (list === null) return 0;
  if (run === '一' && marker !== '大') return 0; // 一个 is an article
  const head = longestHead(text, p + 1, list);
  if (head === null) return 0;
  // 八项规定, 和平共处五项原则 are formulas; 两项规定, 三项原则 are counts.
  if (marker === '项' && ((head === '规定' && run !== '八') || (head === '原则' && run !== '五'))) return 0;
  const end = p + 1 + head.length;
  const next = text[end];
  if (next !== undefined && (HEAD_CONTINUATION.has(next) || (HEAD_CONTINUATION_BY_HEAD[head] ?? '').includes(next))) return 0;
  return end - at;
}

/** Is this a single quoted part formula-like on its own? */
function strongPart(part: string): boolean {
  if (part.length < 2) return false;
  if (/^十[一二三四五六七八九]五$/.test(part)) return true; // 十四五: the five-year plan
  if (parallelSegments(part, 0, true, true) > 0) return true;
  if (namedCount(part, 0) === part.length) return true;
  if (part[0] === '双') return part.length <= 4 && headRun(part, 1, 3, () => false) === part.length - 1;
  let p = 0;
  while (p < part.length && isNumeral(part[p])) p++;
  if (p === 0 || p > 2) return false;
  if (part.slice(0, p) === '一') return false; // 一张图, 一网通办, 一刀切: slogans
  if (part[p] === '个' || part[p] === '大' || part[p] === '项') p++;
  const head = part.slice(p);
  if (head.length < 1 || head.length > 4 || TIME_UNITS.has(head[0])) return false;
  return headRun(part, p, 4, isNumeral) === head.length;
}

const CLOSE_FOR: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '＂': '＂' };
const MAX_QUOTED = 16;

/** Opening quotation marks, to jump from one to the next. */
const OPEN_QUOTE_RE = /[“「『"＂]/g;
/** Numerals, to jump from one formula candidate to the next. */
const NUMERAL_RE = /[一二两三四五六七八九十]/g;
/** Characters before a numeral that make it part of a larger number, a date or an ordinal. */
const NOT_AFTER = /[0-9０-９零〇百千万亿第长珠初周每前近约超逾]/;

/** Characters left out of a quotation's content (a line break is counted apart). */
const isQuoteFiller = (c: number): boolean => c === 13 || c === 32 || c === 0x3000;

function quotedFormulas(text: string, out: FormulaMatch[]): void {
  const n = text.length;
  OPEN_QUOTE_RE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = OPEN_QUOTE_RE.exec(text)) !== null) {
    const i = found.index;
    const open = text[i];
    const close = CLOSE_FOR[open];
    // Only content starting with a numeral can be a formula: check its first character before
    // collecting anything (most quotations are not formulas).
    let j = i + 1;
    let breaks = 0;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10) {
        if (++breaks > 1) break;
      } else if (!isQuoteFiller(c)) break;
      j++;
    }
    if (j >= n || breaks > 1 || !isQuotedNumeral(text[j])) continue;
    // The closing mark within a short distance; a single line break inside is tolerated.
    j = i + 1;
    breaks = 0;
    let contentLength = 0;
    const chars: string[] = [];
    while (j < n && contentLength <= MAX_QUOTED) {
      const ch = text[j];
      if (ch === close || (close === '”' && ch === '"')) break;
      if (ch === '\n') {
        if (++breaks > 1) break;
      } else if (!isQuoteFiller(ch.charCodeAt(0))) {
        chars.push(ch);
        contentLength++;
      }
      j++;
    }
    const closed = j < n && (text[j] === close || (close === '”' && text[j] === '"'));
    if (!closed || contentLength > MAX_QUOTED || breaks > 1) continue;
    const content = chars.join('');
    const parts = content.split('、');
    const allNumbered = parts.every((p) => p.length > 0 && isQuotedNumeral(p[0]));
    if (allNumbered && parts.some(strongPart)) {
      out.push({ start: i + 1, end: j, text: text.slice(i + 1, j), term: content });
      OPEN_QUOTE_RE.lastIndex = j + 1;
    }
  }
}

/** All numbered formulas in `text`, in text order, non-overlapping. Linear in the text's length. */
export function findFormulas(text: string): FormulaMatch[] {
  const quoted: FormulaMatch[] = [];
  quotedFormulas(text, quoted);
  const out: FormulaMatch[] = [];
  let qi = 0;
  NUMERAL_RE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = NUMERAL_RE.exec(text)) !== null) {
    const i = found.index;
    // Skip what a quoted formula already covers.
    while (qi < quoted.length && quoted[qi].end <= i) out.push(quoted[qi++]);
    if (qi < quoted.length && quoted[qi].start <= i) {
      NUMERAL_RE.lastIndex = quoted[qi].end;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : '';
    if (isNumeral(prev) || NOT_AFTER.test(prev)) continue;
    const len = Math.max(namedCount(text, i), parallelSegments(text, i, false, false));
    if (len === 0) continue;
    // Never run into a quoted formula.
    const end = qi < quoted.length ? Math.min(i + len, quoted[qi].start) : i + len;
    if (end - i < 2) continue;
    out.push({ start: i, end, text: text.slice(i, end), term: text.slice(i, end) });
    NUMERAL_RE.lastIndex = end;
  }
  while (qi < quoted.length) out.push(quoted[qi++]);
  return out;
}
