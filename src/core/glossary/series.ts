/**
 * Series of parallel phrases that policy texts use as one slogan or principle (helper cands3), found
 * as candidate terms:
 * 1. a series with a shared frame: 以科技论英雄、以亩产论英雄、以效益论英雄 (以…论英雄), 以水定城、以水定人,
 *    融资难、融资贵, 早发现、早报告、早隔离、早治疗, 精准治污、科学治污、依法治污 — items of equal length
 *    (3–7 characters) that share a prefix and/or a suffix; lists of offices, places, grades, quarters
 *    and fields share frames too (教育部门、财政部门; 东部地区、中部地区; 一年级、二年级) and are none;
 * 2. a principle written as four-character phrases right after 坚持/按照/秉持 …: 坚持世界眼光、国际标准、
 *    中国特色、高点定位 — at least three items, closed by the clause (or by 的 + what it qualifies);
 * 3. a quoted series (see `isQuotedSeries`, used by candidates.ts): “数量不减少、质量不降低、布局更优化”,
 *    “一不得，四严禁”;
 * 4. a series of three or more verb–object phrases of three characters led by the verbs of economic
 *    steering (helper termsfix3): 稳存量、扩增量、提质量、兜底线; 强基础、补短板、提质效 — see `isVerbObjectSeries`.
 * Only clauses with 、 are read; each clause once: linear.
 */
import type { TermMatch } from '../types';

const MIN_ITEM = 3;
const MAX_ITEM = 7;
const MAX_ITEMS = 8;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
const allHan = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return s.length > 0;
};

/**
 * Particles anywhere, or a pronoun, modal or 把/将 construction at the start: an item with one of
 * these is a clause (“我们要继续努力”, “要加强领导”, “路修好了”), not a slogan's phrase.
 */
const FUNCTION_CHARS = /[的了吗呢啊吧呀们等]|^(请|要|我|你|他|她|这|那|把|被|将|在)/;
const NUMERAL = /[〇零一二两三四五六七八九十百千万0-9第]/;
/** A number or an amount inside a phrase (每年两次, 第一); an idiom's 一 (知行合一) is none. */
const AMOUNT = /[0-9第]|[一二两三四五六七八九十百千万][次年月日天周个名人批项条]/;
/** Items ending like these name offices, places or units (市教育局, 东城区, 省政府). */
const PLACE_OR_OFFICE_END = /[府协委院局厅部处会办室所校司队站省市县区镇乡村州旗盟街园路号]$/;
/** Shared suffixes that are common nouns: the items are a list of kinds (东部地区、中部地区; 城镇居民、农村居民). */
const NOUN_SUFFIX = new Set([
  '部门', '单位', '企业', '机构', '社区', '学校', '医院', '地区', '城市', '农村', '人员', '群体', '学生', '干部', '政府',
  '组织', '领域', '行业', '产业', '项目', '资金', '居民', '家庭', '农民', '职工', '工人', '人口', '市场', '产品', '设施',
  '工程', '工作', '服务', '建设', '管理', '经济', '文化', '教育', '体系', '制度', '机制', '年度', '季度', '月份', '年级',
  '地方', '国家', '中心', '基地', '平台', '园区', '公司', '集团', '银行', '协会', '委员', '代表', '专家', '人才', '老师',
  '教师', '医生', '患者', '儿童', '老人', '妇女', '青年', '用户', '数据', '信息', '资源', '能源', '材料', '设备', '系统',
  // the heads of candidate names: a list of kinds of lists or plans (问题清单、任务清单、责任清单)
  '清单', '计划', '战略', '行动', '试点', '改革', '方案', '规划', '标准', '指标', '目标', '任务', '措施', '政策',
]);

/** A degree adverb shared by adjectives (比较大、比较集中; 非常多、非常杂) is no frame. */
const DEGREE = /^(比较|非常|十分|更加|更为|特别|相当|格外|极其|尤其|较为|很|最|更|越|太|较)/;

/** Length of the common prefix and (not overlapping it) the common suffix of equal-length items. */
function frame(items: string[]): { prefix: number; suffix: number } {
  const len = items[0].length;
  let prefix = 0;
  while (prefix < len && items.every((it) => it[prefix] === items[0][prefix])) prefix++;
  let suffix = 0;
  while (suffix < len - prefix && items.every((it) => it[len - 1 - suffix] === items[0][len - 1 - suffix])) suffix++;
  return { prefix, suffix };
}

/** Whether equal-length items share a frame that makes them one phrase (以…论英雄, 融资…, …治污). */
export function sharesFrame(items: string[]): boolean {
  const len = items[0].length;
  if (len < MIN_ITEM || !items.every((it) => it.length === len && allHan(it) && !FUNCTION_CHARS.test(it))) return false;
  if (items.some((it) => PLACE_OR_OFFICE_END.test(it)) || new Set(items).size < items.length) return false;
  const { prefix, suffix } = frame(items);
  if (DEGREE.test(items[0].slice(0, prefix))) return false;
  const diff = len - prefix - suffix;
  if (diff === 0 || items.some((it) => NUMERAL.test(it.slice(prefix, len - suffix)))) return false;
  // A two-character shared prefix before two differing characters is a field and its kinds
  // (数字图书馆、数字博物馆; 文化企业、文化业态、文化消费): only one differing character makes a phrase (办事难、办事慢).
  if (prefix >= 2 && diff > 1) return false;
  if (prefix >= 1 && suffix >= 1) return prefix + suffix >= 3;
  if (suffix === 0) return prefix >= 2 || (diff <= 2 && items.length >= 3);
  return suffix >= 2 && items.length >= 3 && !NOUN_SUFFIX.has(items[0].slice(len - 2));
}

/**
 * One-character verbs of economic steering that lead the three-character phrases of a slogan
 * (稳存量、扩增量、提质量、兜底线; 去产能、降成本、补短板).
 */
const VO_VERBS = new Set([...'稳扩提兜减降保促强补去防调惠优增控育引固扶破立']);
/** Object endings that make an item a noun (保洁员, 优惠券, 提货单, 增值税): a list of kinds, not a slogan. */
const VO_NOUN_END = /[员者人师家商户券单卡证书表率税款品器机车]$/;

/**
 * Whether three-character items are a slogan of verb–object phrases: three or more items, each led by
 * a verb of VO_VERBS, at least two verbs, no item a noun, an office or a place (保洁员、保安员、保育员 and
 * 优惠券、提货单、保修卡 are none; 建学校、修道路、通水电 is none: 建, 修, 通 steer nothing).
 */
export function isVerbObjectSeries(items: string[]): boolean {
  if (items.length < 3 || !items.every((it) => it.length === 3 && allHan(it) && VO_VERBS.has(it[0]) && !FUNCTION_CHARS.test(it))) return false;
  if (items.some((it) => VO_NOUN_END.test(it) || PLACE_OR_OFFICE_END.test(it) || NUMERAL.test(it.slice(1)))) return false;
  return new Set(items.map((it) => it[0])).size >= 2 && new Set(items).size === items.length;
}
/** What may follow the last item of a verb–object slogan: the clause's end, 的, or the tasks it names (…各项工作). */
const VO_AFTER = /^($|的|各项|工作|任务|要求|目标|方针|政策|举措)/;

/** Verbs that introduce a principle written as a series of four-character phrases. */
const PRINCIPLE_VERB = /(坚持|秉持|秉承|按照|遵循|本着|做到|突出|把握|坚守|体现|贯彻)$/;
const PRINCIPLE_ITEM = 4;
/** Verbs after which two four-character phrases are one principle (坚持稳中求进、以进促稳). */
const PAIR_VERB = /(坚持|秉持|秉承|遵循|本着)$/;

/** Heads of candidate names (candidates.ts) right after a series. */
const HEAD_NEXT = /^(战略|工程|行动|计划|制度|机制|体系|改革|试点|清单|示范区|试验区|攻坚战)/;

/**
 * After two items sharing only a prefix, what shows that the last item is whole (融资难、融资贵问题;
 * not 生产力、生产要|素, 城市化、城市群|建设).
 */
const ENDS_PAIR = /^($|问题|等|的|现象|难题|矛盾|之)/;

/** Where a clause ends: every punctuation mark but 、 (and quotation marks, brackets, line breaks). */
const CLAUSE_END = new Uint8Array(0x10000);
for (const c of '，。；：！？,;:!?“”「」『』《》（）()\n\r') CLAUSE_END[c.charCodeAt(0)] = 1;

/** Start of the series' first item, or -1: items of length `len` (a shared frame, or a principle). */
function seriesStart(head: string, items: string[], tail: string, len: number): number {
  if (head.length < len) return -1;
  const first = head.slice(head.length - len);
  const last = tail.slice(0, len);
  const all = [first, ...items, last];
  // A series running into a head names one instrument (藏粮于地、藏粮于技战略): the name is found as such.
  if (HEAD_NEXT.test(tail.slice(len))) return -1;
  if (sharesFrame(all)) return all.length > 2 || frame(all).suffix > 0 || ENDS_PAIR.test(tail.slice(len)) ? head.length - len : -1;
  if (len === 3 && isVerbObjectSeries(all)) return VO_AFTER.test(tail.slice(len)) ? head.length - len : -1;
  if (len !== PRINCIPLE_ITEM || !PRINCIPLE_VERB.test(head.slice(0, head.length - len))) return -1;
  if (!all.every((it) => it.length === len && allHan(it) && !FUNCTION_CHARS.test(it))) return -1;
  if (all.length === 2) {
    // Two phrases: only after a verb of principle, closing the clause, sharing no word, no numeral.
    const { prefix, suffix } = frame(all);
    const pair = PAIR_VERB.test(head.slice(0, head.length - len)) && prefix <= 1 && suffix === 0 && !all.some((it) => AMOUNT.test(it));
    return pair && tail.length === len ? head.length - len : -1;
  }
  // The last item closes the clause (or is qualified by 的 …): 安全生产等工作 is a list of tasks.
  return tail.length === len || tail[len] === '的' ? head.length - len : -1;
}

/** An unquoted enumeration (一主、两副、多节点的…): the first item ends the head, the last starts the tail. */
function enumerationIn(text: string, from: number, head: string, middle: string[], tail: string, out: TermMatch[]): boolean {
  for (const firstLen of [2, 3]) {
    for (const lastLen of [3, 2]) {
      if (head.length < firstLen || tail.length < lastLen) continue;
      const items = [head.slice(head.length - firstLen), ...middle, tail.slice(0, lastLen)];
      // The last item is whole: the clause ends there, or 的/发展/格局 … follow (not another Han word of it).
      if (!isEnumeration(items, false) || !/^($|的|[发布格结空城产]|等)/.test(tail.slice(lastLen))) continue;
      if (tail.slice(lastLen).startsWith('等')) return false;
      const start = from + head.length - firstLen;
      const end = from + head.length + 1 + middle.reduce((n, m) => n + m.length + 1, 0) + lastLen;
      const t = text.slice(start, end);
      out.push({ start, end, text: t, term: t, category: '候选术语', explained: false });
      return true;
    }
  }
  return false;
}

/** The verbs of PRINCIPLE_VERB (each two characters), for the check before any string is made. */
const PRINCIPLE_VERBS = new Set(['坚持', '秉持', '秉承', '按照', '遵循', '本着', '做到', '突出', '把握', '坚守', '体现', '贯彻']);

/**
 * Whether items of length `len` can be a series (a necessary condition of `seriesStart`, read on the
 * text without making strings): the first item text[first - len, first) and the last one
 * text[last, last + len) fit in the clause [from, to), and share their first or their last character
 * (a frame, see `sharesFrame`: with neither shared, every item differs in all its `len` ≥ 3
 * characters), or they are four-character phrases right after a verb of principle.
 */
function mayBeSeries(text: string, from: number, first: number, last: number, to: number, len: number): boolean {
  if (first - len < from || last + len > to) return false;
  if (text.charCodeAt(first - len) === text.charCodeAt(last) || text.charCodeAt(first - 1) === text.charCodeAt(last + len - 1)) return true;
  if (len === 3 && VO_VERBS.has(text[first - len]) && VO_VERBS.has(text[last])) return true;
  return len === PRINCIPLE_ITEM && first - len - 2 >= from && PRINCIPLE_VERBS.has(text.slice(first - len - 2, first - len));
}

/** One clause [from, to) of `text` that contains 、: its series candidates. */
function clauseSeries(text: string, from: number, to: number, out: TermMatch[]): void {
  // Cheap checks before any string is made (most clauses with 、 are lists of unequal items): the
  // items between two 、 must have one length, that of a series or of an enumeration.
  let first = -1;
  let prev = -1;
  let midLen = -1;
  let count = 0;
  for (let k = from; k < to; k++) {
    if (text.charCodeAt(k) !== 0x3001) continue;
    if (++count > MAX_ITEMS) return;
    if (first < 0) first = k;
    else if (midLen < 0) midLen = k - prev - 1;
    else if (k - prev - 1 !== midLen) return;
    prev = k;
  }
  const enumeration = ENUM_LEAD.has(text[first + 1]) && midLen <= 3;
  if (!enumeration && midLen >= 0 && (midLen < MIN_ITEM || midLen > MAX_ITEM)) return;
  // Most clauses left are lists whose first and last items share no character at either end and
  // follow no verb of principle: no length can make a series (see `mayBeSeries`), no string is made.
  if (!enumeration) {
    let any = false;
    for (let len = midLen >= 0 ? midLen : MAX_ITEM; !any && len >= (midLen >= 0 ? midLen : MIN_ITEM); len--) any = mayBeSeries(text, from, first, prev + 1, to, len);
    if (!any) return;
  }
  const parts = text.slice(from, to).split('、');
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const middle = parts.slice(1, -1);
  if (enumeration && enumerationIn(text, from, head, middle, tail, out)) return;
  // Middle items fix the length; with two items every length is tried, the longest first.
  const lengths = middle.length > 0 ? [middle[0].length] : [MAX_ITEM, 6, 5, 4, MIN_ITEM];
  for (const len of lengths) {
    if (len < MIN_ITEM || len > MAX_ITEM || tail.length < len || middle.some((m) => m.length !== len)) continue;
    const at = seriesStart(head, middle, tail, len);
    if (at < 0) continue;
    const start = from + at;
    const end = to - tail.length + len;
    const t = text.slice(start, end);
    out.push({ start, end, text: t, term: t, category: '候选术语', explained: false });
    return;
  }
}

/** Series candidates of `text` (sorted by start): the clauses around each 、, read once each. */
export function seriesCandidates(text: string, out: TermMatch[]): void {
  let done = 0;
  for (let i = text.indexOf('、'); i !== -1; i = text.indexOf('、', Math.max(i + 1, done))) {
    let from = i;
    while (from > done && CLAUSE_END[text.charCodeAt(from - 1)] === 0) from--;
    let to = i + 1;
    while (to < text.length && CLAUSE_END[text.charCodeAt(to)] === 0) to++;
    clauseSeries(text, from, to, out);
    done = to;
  }
}

/** Items led by a numeral (一不得，四严禁; 两个不低于、两个高于): a local numbered formula. */
const NUMERAL_LED = /^[一二两三四五六七八九十]/;
/**
 * An enumeration of a layout (一淀、三带、九片、多廊; 一主、两副、多节点): items of two or three
 * characters, each led by a numeral (the last may be led by 多), and no counter, grade or ordinal
 * after it (一年、两年; 一批、二批; 一等奖; 一是).
 */
const ENUM_ITEM = /^([一二两三四五六七八九十]|多)(?![年月日天次个名人位批等级号期届项条件份户家所座台辆元倍成岁季周层类种是])[\u4e00-\u9fff]{1,2}$/;
const NOT_IN_ENUM = /[的了和与及等]/;

/** Characters that lead the items of an enumeration. */
const ENUM_LEAD = new Set([...'一二两三四五六七八九十多']);

/** Whether items are an enumeration: two or more (three unquoted), the first led by a numeral, numerals distinct. */
export function isEnumeration(items: string[], quoted: boolean): boolean {
  if (items.length < (quoted ? 2 : 3) || !items.every((it) => ENUM_ITEM.test(it) && !NOT_IN_ENUM.test(it)) || !NUMERAL_LED.test(items[0])) return false;
  return new Set(items.map((it) => it[0])).size === items.length;
}
const MAX_QUOTED_SERIES = 30;

/**
 * Whether quoted text is a series of parallel items separated by 、 or ，: two to six items of two to
 * seven Han characters, no function words, of equal length (each three or more) or each led by a
 * numeral. A quoted sentence (“要加强领导，压实责任”) or instruction is none.
 */
export function isQuotedSeries(content: string): boolean {
  if (content.length > MAX_QUOTED_SERIES) return false;
  const items = content.split(/[、，,]/);
  if (items.length < 2 || items.length > 6) return false;
  if (!items.every((it) => it.length >= 2 && it.length <= MAX_ITEM && allHan(it) && !FUNCTION_CHARS.test(it) && !it.endsWith('是'))) return false;
  if (items.every((it) => NUMERAL_LED.test(it)) || isEnumeration(items, true)) return true;
  return items.every((it) => it.length === items[0].length && it.length >= MIN_ITEM);
}
