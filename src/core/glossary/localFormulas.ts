/**
 * Local numbered formulas explained from the document itself (helper termsfix2, issue 10 §4): a
 * numbered formula no glossary has (两个屏障, 五大发展理念, 两条底线, 三项机制) is explained when the same
 * document lists its members, and only then; the note quotes the document's own members. Never a
 * guess: the number of members listed must equal the formula's number.
 *
 * Three ways a document lists the members (tried in this order at every occurrence of the formula;
 * the first that gives members explains every occurrence in the document):
 * 1. after it, with a cue: “三个一批”，即A、B、C / 两个机制（A和B） / 四项制度包括A、B、C和D /
 *    三大任务：A、B、C。 (a list ending in 等 is open: no explanation);
 * 2. right before it: “创新、协调、绿色、开放、共享”五大发展理念 / 守住粮食安全和不发生规模性返贫两条底线
 *    (unquoted: the clause before the formula, a leading verb such as 守住/统筹 cut off);
 * 3. by its head noun: “两个屏障” where one series of the document (items joined by 、) has exactly two
 *    items ending in 屏障 (…生态安全屏障、…安全稳定屏障、…基地、…基地、…桥头堡). A count of one
 *    (“一个桥头堡”) only beside a sibling formula explained from the same series.
 * The match keeps its span; it becomes explained (`via: 'rule'`, category 数字概括) with a `note`.
 * Offsets and `base` (the simplified reading, same length) as in refine.ts; members are quoted in the
 * text's own characters.
 */
import type { TermMatch } from '../types';
import { FORMULA_CATEGORY } from './types';
import { cnNumber } from './meetings';

/** numeral(s) + optional classifier + head (the head has no numeral and no punctuation). */
const NUMBERED = /^([一二两三四五六七八九十]{1,2})(个|大|条|项|种|类|张|支|位|道|件|方面)?([^\s\d一二两三四五六七八九十、，。；：“”「」『』（）()]{1,6})$/;

/** The formula's number and head, or null when the term is not numeral + classifier + head. */
export function parseNumbered(term: string): { n: number; head: string } | null {
  const m = NUMBERED.exec(term.replace(/^[“「『"]|[”」』"]$/g, ''));
  if (!m) return null;
  const n = cnNumber(m[1].replace('两', '二'));
  if (!(n >= 1 && n <= 12)) return null;
  return { n, head: m[3] };
}

interface Item { start: number; end: number }

const OPEN_Q = '“「『"';
const CLOSE_Q = '”」』"';
/** Cues after a formula that introduce its members. */
const AFTER_CUE = /^[”」』"]?[，,]?\s*(?:即|也即|也就是|就是|是指|指的是|分别是|分别为|具体是|具体包括|主要包括|包括|：|:|（|\()\s*/;
/** Verbs cut off the start of an unquoted list (守住粮食安全和… → 粮食安全和…). Longest first. */
const LEAD_VERBS = [
  '建设成为', '打造成为', '建成', '成为', '守住', '守牢', '坚守', '筑牢', '统筹', '坚持', '实现', '推进', '推动', '抓好', '落实', '做到',
  '强化', '树立', '贯彻', '践行', '加强', '围绕', '聚焦', '突出', '把握', '打造', '打好', '打赢', '完成', '提升', '保障', '确保', '构建',
  '形成', '实施', '深化', '促进', '涵盖', '包括', '建设', '发挥', '巩固', '用好', '管好', '办好', '守好', '即',
].sort((a, b) => b.length - a.length);

/** Characters that end a list or a clause. */
const LIST_END = /[。；;！？!?\n）)]/;
const CLAUSE_END = /[，,。；;：:！？!?\n（）()“”「」『』]/;

/** Trims whitespace and quotation marks off an item; null when nothing sensible is left. */
function trimItem(base: string, it: Item): Item | null {
  let { start, end } = it;
  while (start < end && (/\s/.test(base[start]) || OPEN_Q.includes(base[start]) || CLOSE_Q.includes(base[start]))) start++;
  while (end > start && (/\s/.test(base[end - 1]) || OPEN_Q.includes(base[end - 1]) || CLOSE_Q.includes(base[end - 1]))) end--;
  const len = end - start;
  if (len < 2 || len > 30) return null;
  if (/[，,。；;：:！？!?]/.test(base.slice(start, end))) return null;
  return { start, end };
}

/** Splits `[start, end)` by 、 into n items; when one short, the last two may be joined by 和/与/以及/及. */
function splitList(base: string, start: number, end: number, n: number): Item[] | null {
  const raw: Item[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || base[i] === '、') {
      raw.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (raw.length === n - 1) {
    const last = raw.pop()!;
    const s = base.slice(last.start, last.end);
    const m = /以及|和|与|及/.exec(s);
    if (!m) return null;
    raw.push({ start: last.start, end: last.start + m.index }, { start: last.start + m.index + m[0].length, end: last.end });
  }
  if (raw.length !== n) return null;
  const out: Item[] = [];
  for (const r of raw) {
    const t = trimItem(base, r);
    if (!t) return null;
    out.push(t);
  }
  return out;
}

/** 1. Members after the formula, introduced by a cue (即 … 、 … 和 …). */
function membersAfter(base: string, end: number, n: number): Item[] | null {
  const cue = AFTER_CUE.exec(base.slice(end, end + 8));
  if (!cue) return null;
  const from = end + cue[0].length;
  let to = from;
  const stopAtComma = !/[（(]/.test(cue[0]);
  while (to < base.length && to - from <= 160 && !LIST_END.test(base[to]) && !(stopAtComma && /[，,]/.test(base[to]))) to++;
  if (to - from > 160) return null;
  const list = base.slice(from, to);
  if (/等$|等等$/.test(list.trim())) return null;
  return splitList(base, from, to, n);
}

/** 2. Members right before the formula: a quoted list, or the clause before it without a leading verb. */
function membersBefore(base: string, start: number, n: number): Item[] | null {
  let end = start;
  if (end > 0 && OPEN_Q.includes(base[end - 1])) end--; // the formula's own opening quotation mark
  if (base[end - 1] === '的') end--;
  if (end > 0 && CLOSE_Q.includes(base[end - 1])) {
    const close = end - 1;
    let open = close - 1;
    while (open >= 0 && close - open <= 120 && !OPEN_Q.includes(base[open]) && base[open] !== '\n') open--;
    if (open < 0 || !OPEN_Q.includes(base[open])) return null;
    if (n >= 2 && !/、|和|与|及/.test(base.slice(open + 1, close))) return null;
    return splitList(base, open + 1, close, n);
  }
  let from = end;
  while (from > 0 && end - from <= 120 && !CLAUSE_END.test(base[from - 1])) from--;
  if (end - from > 120 || from === end) return null;
  const clause = base.slice(from, end);
  if (/等$/.test(clause)) return null;
  // 的 makes it one noun phrase with shared modifiers (党的组织和工作“两个覆盖”), not a list of members.
  if (clause.includes('的')) return null;
  // A leading verb (the last one before the first member's separator) is not part of the first member.
  const firstSep = clause.search(/、|以及|和|与|及/);
  if (firstSep < 0) return null;
  let cut = 0;
  for (const v of LEAD_VERBS) {
    const at = clause.lastIndexOf(v, firstSep - 1);
    if (at >= 0 && at + v.length > cut && at + v.length < firstSep) cut = at + v.length;
  }
  // A verb's complement (实施好, 落实到) stays with the verb.
  if (cut > 0 && '好到出'.includes(clause[cut] ?? '')) cut++;
  // A modal with a preposition (要以, 必须把) or 把 before the first member is no part of it either.
  const lead = /^(?:(?:要|应|须|必须|需要|应当|将)(?:以|把|对|在|从|按照|通过)|把)/.exec(clause.slice(cut));
  if (lead) cut += lead[0].length;
  const items = splitList(base, from + cut, end, n);
  if (!items || items.some((it) => VERB_END.test(base.slice(it.start, it.end)))) return null;
  return items;
}

/**
 * An item that ends in a verb is no member: 深入学习和贯彻“两个确立” names what is done to the formula
 * (an unquoted list before the formula only).
 */
const VERB_END = /(学习|贯彻|落实|理解|领会|把握|践行|坚持|维护|做到|增强|实践|运用|宣传|阐释|研究|认识|坚定|捍卫|拥护|执行|推进|推动|实现|牢记|深化|加强|巩固|发扬|弘扬|传承|继承|掌握|遵循|遵守|围绕|聚焦|落细|落地|树立|强化|确保|统筹|用好|抓好|做好|守好|坚守|守住|筑牢)$/;

/** A series of the document: items joined by 、 within one clause (the first without its leading verb). */
interface Series { id: number; items: Item[] }

/** Character codes of CLAUSE_END, for the scan around each 、. */
const CLAUSE_END_CODES = new Set([...'，,。；;：:！？!?\n（）()“”「」『』'].map((c) => c.charCodeAt(0)));

function seriesOf(base: string): Series[] {
  const out: Series[] = [];
  // Only clauses with a 、 hold a series: from each 、 out to the clause's ends.
  for (let k = base.indexOf('、'); k !== -1; ) {
    let from = k;
    while (from > 0 && !CLAUSE_END_CODES.has(base.charCodeAt(from - 1))) from--;
    let to = k;
    while (to < base.length && !CLAUSE_END_CODES.has(base.charCodeAt(to))) to++;
    const items: Item[] = [];
    let s = from;
    for (let i = from; i <= to; i++) {
      if (i === to || base[i] === '、') {
        items.push({ start: s, end: i });
        s = i + 1;
      }
    }
    out.push({ id: out.length, items });
    k = base.indexOf('、', to);
  }
  return out;
}

/** A series' first item without a leading verb (把内蒙古建设成为我国北方… → 我国北方…). */
function withoutLeadVerb(base: string, it: Item): Item {
  const first = base.slice(it.start, it.end);
  let cut = 0;
  for (const v of LEAD_VERBS) {
    const at = first.lastIndexOf(v);
    if (at >= 0 && at + v.length > cut && at + v.length < first.length) cut = at + v.length;
  }
  return { start: it.start + cut, end: it.end };
}

/**
 * 3. For each (head, n) asked: the one list of n items ending in `head` (and longer than it) that some
 * series has; null when none or two different ones. One pass over the series' items for all heads asked.
 */
function membersByHead(base: string, asked: { head: string; n: number }[]): Map<string, { series: number; items: Item[] } | null> {
  const heads = new Set(asked.map((a) => a.head));
  const lengths = [...new Set([...heads].map((h) => h.length))];
  // head → series id → its items ending in head
  const found = new Map<string, Map<number, Item[]>>();
  for (const s of seriesOf(base)) {
    for (let j = 0; j < s.items.length; j++) {
      let it = s.items[j];
      let trimmed = j > 0;
      for (const len of lengths) {
        if (it.end - it.start <= len + 1) continue;
        const head = base.slice(it.end - len, it.end);
        if (!heads.has(head)) continue;
        if (!trimmed) {
          // Only a first item that counts is trimmed (the verb scan is the costly part).
          it = withoutLeadVerb(base, it);
          trimmed = true;
          if (it.end - it.start <= len + 1) continue;
        }
        let bySeries = found.get(head);
        if (!bySeries) found.set(head, (bySeries = new Map()));
        const list = bySeries.get(s.id);
        if (list) list.push(it);
        else bySeries.set(s.id, [it]);
      }
    }
  }
  const out = new Map<string, { series: number; items: Item[] } | null>();
  for (const { head, n } of asked) {
    const key = `${n}|${head}`;
    if (out.has(key)) continue;
    let pick: { series: number; items: Item[]; text: string } | null = null;
    let ambiguous = false;
    for (const [series, items] of found.get(head) ?? []) {
      if (items.length !== n) continue;
      const text = items.map((it) => base.slice(it.start, it.end)).join('、');
      if (pick && pick.text !== text) ambiguous = true; // two different lists
      pick ??= { series, items, text };
    }
    out.set(key, pick && !ambiguous ? { series: pick.series, items: pick.items } : null);
  }
  return out;
}

function noteOf(text: string, term: string, items: Item[]): string {
  const members = items.map((it) => text.slice(it.start, it.end).replace(/\s+/g, ''));
  return `本文所说的“${term}”：${members.join('、')}（文中列举的${members.length}项）。`;
}

/**
 * The matches with every unexplained numbered formula the document lists the members of explained by
 * rule (see the module comment). Spans are unchanged.
 */
export function explainLocalFormulas(text: string, base: string, found: TermMatch[]): TermMatch[] {
  const matches = found.map((m) => listTail(text, base, m) ?? m);
  const todo = matches.map((m, i) => ({ m, i, p: m.explained ? null : parseNumbered(base.slice(m.start, m.end)) })).filter((x) => x.p !== null);
  if (todo.length === 0) return matches;
  const byTerm = new Map<string, string | null>();
  const byHead = new Map<number, { series: number; items: Item[] }>();
  const askHead: { i: number; head: string; n: number }[] = [];
  for (const { m, i, p } of todo) {
    const key = base.slice(m.start, m.end).replace(/^[“「『"]|[”」』"]$/g, '');
    if (byTerm.get(key)) continue;
    const items = membersAfter(base, m.end, p!.n) ?? membersBefore(base, m.start, p!.n);
    const own = text.slice(m.start, m.end).replace(/^[“「『"]|[”」』"]$/g, '');
    if (items) {
      byTerm.set(key, noteOf(text, own, items));
      continue;
    }
    if (p!.head.length >= 2) askHead.push({ i, head: p!.head, n: p!.n });
  }
  if (askHead.length > 0) {
    const lists = membersByHead(base, askHead);
    for (const { i, head, n } of askHead) {
      const found = lists.get(`${n}|${head}`);
      if (found) byHead.set(i, found);
    }
  }
  // A count of one by its head only beside a sibling formula explained from the same series.
  for (const [i, found] of byHead) {
    const m = matches[i];
    const key = base.slice(m.start, m.end).replace(/^[“「『"]|[”」』"]$/g, '');
    if (found.items.length === 1) {
      const sibling = [...byHead].some(([j, f]) => j !== i && f.series === found.series && f.items.length >= 2 && Math.abs(matches[j].start - m.start) <= 24 && /^[”」』"、\s“「『]*$/.test(base.slice(Math.min(matches[j].end, m.end), Math.max(matches[j].start, m.start))));
      if (!sibling) continue;
    }
    if (!byTerm.get(key)) byTerm.set(key, noteOf(text, text.slice(m.start, m.end).replace(/^[“「『"]|[”」』"]$/g, ''), found.items));
  }
  if (![...byTerm.values()].some((v) => v)) return found;
  return matches.map((m, i) => {
    if (m.explained) return m;
    const key = base.slice(m.start, m.end).replace(/^[“「『"]|[”」』"]$/g, '');
    const note = byTerm.get(key);
    // A candidate trimmed to its formula (listTail) keeps its own span unless the formula is explained.
    if (!note || !parseNumbered(key)) return found[i];
    return { ...m, category: FORMULA_CATEGORY, explained: true, via: 'rule' as const, note };
  });
}

/**
 * A candidate that starts right after 、 and ends in a numbered formula is the list's last member glued
 * to the formula (稳增长、调结构、防风险三大攻坚战 → the candidate 防风险三大攻坚战): the formula alone,
 * as a formula (kept only when the list explains it, see above). Null for any other match.
 */
function listTail(text: string, base: string, m: TermMatch): TermMatch | null {
  if (m.explained || base[m.start - 1] !== '、' || parseNumbered(base.slice(m.start, m.end))) return null;
  for (let k = m.start + 2; k < m.end - 2; k++) {
    if (!'一二两三四五六七八九十'.includes(base[k])) continue;
    const term = base.slice(k, m.end);
    if (!parseNumbered(term)) return null;
    return { start: k, end: m.end, text: text.slice(k, m.end), term: text.slice(k, m.end), category: FORMULA_CATEGORY, explained: false };
  }
  return null;
}
