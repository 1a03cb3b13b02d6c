/**
 * Numbered five-year plans, found by rule with a generated explanation (`via: 'rule'`, `note`), like the
 * numbered meetings (meetings.ts): the pattern is fixed and bounded, the number is read, and the note
 * says which plan it is and which years it covers.
 * - the full name: 第十四个五年规划, 第一个五年计划, 第十五個五年規劃 (read on the simplified reading), with
 *   the long title (中华人民共和国)国民经济和社会发展… and 纲要 when they are there;
 * - the short name N五 (十四五, “十三五”, 「十五五」) when it is quoted or followed by 规划/计划 (the span
 *   takes them in), or followed by 时期, 期间, 以来, 末, 初, 开局, 收官 (the span is the name alone).
 *   A quoted name may also stand alone before punctuation or 和/与/及/的 (“十四五”和“十五五”); before
 *   anything else (“八五”普法, “十四五”中医药发展规划: a sector's plan) it is none. A numeral before it
 *   (二十五, 第十五) or 十五 without quotes and 计划 (fifteen) is none; so is a sector's own plan written in
 *   full (…教育第八个五年规划).
 * Years are fixed: the first plan 1953–1957, the second 1958–1962, then, after the adjustment years
 * 1963–1965, the third 1966–1970 and five-year steps to the sixteenth (2031–2035); nothing else is
 * read. Plans up to the tenth were 计划, from the eleventh (2006) 规划.
 * Runs on the simplified reading of the text (offsets are the same). Linear: one scan for 五.
 */
import type { TermMatch } from '../types';
import { cnNumber, cnOrdinal } from './meetings';

export const PLAN_CATEGORY = '发展理念与战略';

/** First and last year of the n-th five-year plan, or null outside 1–16. */
export function planYears(n: number): [number, number] | null {
  if (!Number.isInteger(n) || n < 1 || n > 16) return null;
  const first = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [first, first + 4];
}

function planNote(n: number): string {
  const [a, b] = planYears(n) as [number, number];
  const kind = n >= 11 ? '规划' : '计划';
  const short = `“${cnOrdinal(n)}五”${kind}`;
  const renamed = n >= 11 ? '自“十一五”（2006年）起由“五年计划”改称“五年规划”；' : '';
  return `中华人民共和国国民经济和社会发展第${cnOrdinal(n)}个五年${kind}（${a}—${b}年），简称${short}。五年${kind}是国家对五年期内经济社会发展的目标、主要任务和重大工程的总体安排，${renamed}规划纲要由全国人民代表大会审查批准。`;
}

const NUM = '[一二三四五六七八九十]{1,2}';
const FULL = new RegExp(`(?:(?:中华人民共和国)?国民经济和社会发展)?第(${NUM})个五年(规划|计划)(?:纲要)?`, 'y');
const OPEN = '“「『"‘';
const CLOSE: Record<string, string> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’' };
const AFTER_NAME = /^(?:时期|期间|以来|末|初|开局|收官)/;
/** What may follow a quoted short name with nothing else (“十四五”、“十五五”。): punctuation, a conjunction, the end. */
const AFTER_QUOTED = /^(?:$|[，。、；：！？）)\s和与及的之])/;
const SECTOR_BEFORE = /^(?:发展|事业|教育|工作|建设|普法)$/;

function match(text: string, start: number, end: number, n: number): TermMatch {
  return { start, end, text: text.slice(start, end), term: `第${cnOrdinal(n)}个五年${n >= 11 ? '规划' : '计划'}`, category: PLAN_CATEGORY, explained: true, via: 'rule', note: planNote(n) };
}

/** Numbered five-year plans of `text` (its simplified reading), sorted, non-overlapping (see the module comment). */
export function findPlans(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  let done = 0;
  for (let k = text.indexOf('五'); k !== -1; k = text.indexOf('五', k + 1)) {
    if (k < done) continue;
    let found: TermMatch | null = null;
    // The full name: 第…个五年规划, its 第 at most 3 characters before 个 (…第十四个五).
    if (text[k - 1] === '个' && text.startsWith('年', k + 1)) {
      const di = text.lastIndexOf('第', k - 1);
      // A sector's own plan (…事业发展第十二个五年规划, 法治宣传教育第八个五年规划) is not the national plan.
      const sector = di >= 2 && SECTOR_BEFORE.test(text.slice(di - 2, di)) && !text.slice(0, di).endsWith('国民经济和社会发展');
      if (di >= 0 && k - di <= 4 && !sector) {
        const long = '中华人民共和国国民经济和社会发展';
        let s = di;
        for (const p of [long, '国民经济和社会发展']) if (di >= p.length && text.startsWith(p, di - p.length)) { s = di - p.length; break; }
        FULL.lastIndex = s;
        const m = FULL.exec(text);
        const n = m ? cnNumber(m[1]) : NaN;
        if (m && planYears(n) && s >= done) found = match(text, s, s + m[0].length, n);
      }
    } else {
      // The short name: one or two numerals before this 五 (十四五, 三五), not after another numeral or 第.
      for (const len of [2, 1]) {
        const s = k - len;
        if (s < 0 || s < done) continue;
        const prefix = text.slice(s, k);
        if (!/^[一二三四五六七八九十]+$/.test(prefix)) continue;
        if (s > 0 && /[一二三四五六七八九十百千万第0-9０-９]/.test(text[s - 1])) continue;
        const n = cnNumber(prefix); // 十四五 → 14: the characters before the last 五
        if (!planYears(n)) continue;
        const open = s > 0 && OPEN.includes(text[s - 1]) ? text[s - 1] : '';
        const closed = open !== '' && text[k + 1] === CLOSE[open];
        const afterName = k + 1 + (closed ? 1 : 0);
        const kind = /^(?:规划|计划)(?:纲要)?/.exec(text.slice(afterName, afterName + 4));
        // 十五 alone is fifteen: only quoted and named a 计划 is it the tenth plan.
        if (n === 10 && !(closed && kind)) continue;
        if (open !== '' && !closed) continue;
        const end = kind ? afterName + kind[0].length : afterName;
        const next = text.slice(afterName, afterName + 2);
        if (!kind && !AFTER_NAME.test(next) && !(closed && AFTER_QUOTED.test(next))) continue;
        found = match(text, closed ? s - 1 : s, end, n);
        break;
      }
    }
    if (found === null) continue;
    out.push(found);
    done = found.end;
  }
  return out;
}
