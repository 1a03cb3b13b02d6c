/**
 * Numbered meetings that no glossary needs to list one by one, found by rule with a generated
 * explanation (`via: 'rule'`, `note`), in the spirit of the numbered formulas (formulas.ts): the
 * pattern is fixed and bounded, the numbers are read, and the explanation says which meeting it is.
 * - plenums of the Party's Central Committee: 十二届六中全会, 党的十八届三中全会, 中共十八屆六中全會,
 *   十八届三中、四中全会, 中国共产党第十九届中央委员会第六次全体会议; all of them: 十九届历次全会;
 * - plenums of the Central Commission for Discipline Inspection: 十八届中央纪委五次全会,
 *   二十届中央纪委三次全会, 第二十届中央纪律检查委员会第三次全体会议;
 * - sessions of the National People's Congress and of the CPPCC National Committee: 十三届全国人大四次会议,
 *   全国人大十四届四次会议, 第十四届全国人民代表大会第二次会议, 全国政协十四届三次会议;
 * - plenums of a local Party committee: 省委十届十次全会, 县委十四届六次全会.
 * Every pattern needs the 届 (term) and the session number, so an ordinal alone (三中全会 of an unnamed
 * term, 第三次会议) is none. Years come from the congress that elected the committee (fixed dates) and,
 * for the plenums of the 16th–20th Central Committees, a table of their dates; nothing else is guessed.
 * Runs on the simplified reading of the text (offsets are the same). Linear: a handful of sticky
 * regular expressions tried at each 届.
 */
import type { TermMatch } from '../types';

export const MEETING_CATEGORY = '会议';

const CN = '一二三四五六七八九十';
const N = `[${CN}]{1,3}`;

/** A Chinese numeral up to 99 (十八, 二十, 二十一, 五) as a number; NaN when it is none. */
export function cnNumber(s: string): number {
  const d = (c: string): number => CN.indexOf(c) + 1;
  if (/^[一二三四五六七八九]$/.test(s)) return d(s);
  if (s === '十') return 10;
  let m = /^十([一二三四五六七八九])$/.exec(s);
  if (m) return 10 + d(m[1]);
  m = /^([二三四五六七八九])十([一二三四五六七八九])?$/.exec(s);
  if (m) return 10 * d(m[1]) + (m[2] ? d(m[2]) : 0);
  return NaN;
}

/** Years of the Party's national congresses (the N-th Central Committee and CCDI are elected by the N-th congress). */
const CONGRESS_YEAR: Record<number, number> = { 7: 1945, 8: 1956, 9: 1969, 10: 1973, 11: 1977, 12: 1982, 13: 1987, 14: 1992, 15: 1997, 16: 2002, 17: 2007, 18: 2012, 19: 2017, 20: 2022 };

/** Dates (year-month) of the plenums of the 16th–20th Central Committees: [term][plenum]. */
const PLENUM_DATE: Record<number, string[]> = {
  16: ['2002年11月', '2003年2月', '2003年10月', '2004年9月', '2005年10月', '2006年10月', '2007年10月'],
  17: ['2007年10月', '2008年2月', '2008年10月', '2009年9月', '2010年10月', '2011年10月', '2012年11月'],
  18: ['2012年11月', '2013年2月', '2013年11月', '2014年10月', '2015年10月', '2016年10月', '2017年10月'],
  19: ['2017年10月', '2018年1月', '2018年2月', '2019年10月', '2020年10月', '2021年11月', '2022年10月'],
  20: ['2022年10月', '2023年2月', '2024年7月', '2025年10月'],
};

/** Year of session `s` of the `t`-th NPC / CPPCC National Committee (terms of five years since the 5th, 1978). */
function sessionYear(t: number, s: number): number | null {
  if (t < 5 || s < 1 || s > 5) return null;
  return 1978 + 5 * (t - 5) + (s - 1);
}

/** A number up to 99 in Chinese numerals (11 → 十一, 20 → 二十). */
export const cnOrdinal = (n: number): string => {
  const units = '一二三四五六七八九';
  if (n <= 10) return n === 10 ? '十' : units[n - 1];
  if (n < 20) return '十' + units[n - 11];
  return units[Math.floor(n / 10) - 1] + '十' + (n % 10 ? units[(n % 10) - 1] : '');
};

function congressNote(t: number): string {
  const y = CONGRESS_YEAR[t];
  return y ? `党的第${cnOrdinal(t)}次全国代表大会（${y}年）` : `党的第${cnOrdinal(t)}次全国代表大会`;
}

function plenumNote(t: number, plenums: number[]): string {
  const dates = plenums.map((p) => PLENUM_DATE[t]?.[p - 1]);
  const which = plenums.map(cnOrdinal).join('、');
  const when = dates.every((d) => d !== undefined) ? `（${dates.join('、')}）` : '';
  return `中国共产党第${cnOrdinal(t)}届中央委员会第${which}次全体会议${when}。“${cnOrdinal(t)}届”指由${congressNote(t)}选出的中央委员会，“中全会”即中央委员会全体会议，序数为这届中央委员会召开的第几次全会。`;
}

/** 十九届历次全会: all plenums of one Central Committee (a finished term of the 16th–19th: how many, from when to when). */
function allPlenumsNote(t: number): string {
  const dates = PLENUM_DATE[t];
  const finished = dates !== undefined && CONGRESS_YEAR[t + 1] !== undefined;
  const span = finished ? `（一中至${cnOrdinal(dates.length)}中全会，${dates[0]}—${dates[dates.length - 1]}）` : '';
  return `中国共产党第${cnOrdinal(t)}届中央委员会历次全体会议${span}，即由${congressNote(t)}选出的这届中央委员会召开的各次全会；“学习贯彻……历次全会精神”指这些全会的决定和公报。`;
}

function ccdiNote(t: number, p: number): string {
  return `中国共产党第${cnOrdinal(t)}届中央纪律检查委员会第${cnOrdinal(p)}次全体会议，即由${congressNote(t)}选出的中央纪委召开的第${cnOrdinal(p)}次全会，通常部署全面从严治党和党风廉政建设、反腐败工作。`;
}

function npcNote(body: 'npc' | 'cppcc', t: number, s: number): string {
  const y = sessionYear(t, s);
  const when = y ? `（${y}年）` : '';
  return body === 'npc'
    ? `第${cnOrdinal(t)}届全国人民代表大会第${cnOrdinal(s)}次会议${when}，即这届全国人大的第${cnOrdinal(s)}次全体会议（每年春季举行的年会，“全国两会”之一）。`
    : `中国人民政治协商会议第${cnOrdinal(t)}届全国委员会第${cnOrdinal(s)}次会议${when}，即这届全国政协的第${cnOrdinal(s)}次全体会议（每年春季举行，“全国两会”之一）。`;
}

function localNote(level: string, t: number, p: number): string {
  return `地方党委的全体会议：第${cnOrdinal(t)}届${level}（由当地党代表大会选出的${level}）召开的第${cnOrdinal(p)}次全体会议。`;
}

interface Rule {
  re: RegExp;
  /** The canonical term and the explanation of a match, or null when its numbers make no sense. */
  read(m: RegExpExecArray): { term: string; note: string } | null;
}

const PARTY = '(?:中国共产党|中共|党的)?';
const PLENUM_ITEM = '[一二三四五六七八九]中';

const RULES: Rule[] = [
  {
    // 中国共产党第十九届中央委员会第六次全体会议
    re: new RegExp(`${PARTY}第(${N})届中央委员会第(${N})次全体会议`, 'y'),
    read: (m) => {
      const t = cnNumber(m[1]), p = cnNumber(m[2]);
      return t && p ? { term: `${m[1]}届${m[2]}中全会`, note: plenumNote(t, [p]) } : null;
    },
  },
  {
    // 十九届六中全会, 党的十八届三中、四中全会, 十九届二中、三中、四中、五中全会
    re: new RegExp(`${PARTY}第?(${N})届(?:中央)?(${PLENUM_ITEM}(?:[、和及]${PLENUM_ITEM})*)全会`, 'y'),
    read: (m) => {
      const t = cnNumber(m[1]);
      const plenums = m[2].split(/[、和及]/).map((x) => cnNumber(x[0]));
      if (!t || plenums.some((p) => !p)) return null;
      return { term: `${m[1]}届${m[2].replace(/[和及]/g, '、')}全会`, note: plenumNote(t, plenums) };
    },
  },
  {
    // 十九届历次全会, 党的十九届历次全会, 十九届中央历次全会, 十九届历次中央全会 (all plenums of one Central Committee)
    re: new RegExp(`(?<![委组一二三四五六七八九十])${PARTY}第?(${N})届(?:中央委员会|中央)?历次(?:中央)?全(?:会|体会议)`, 'y'), // not 省委十一届历次全会
    read: (m) => {
      const t = cnNumber(m[1]);
      return t ? { term: `${m[1]}届历次全会`, note: allPlenumsNote(t) } : null;
    },
  },
  {
    // 二十届中央纪委三次全会, 十八届中央纪委第五次全体会议, 第二十届中央纪律检查委员会第三次全体会议
    re: new RegExp(`${PARTY}第?(${N})届中央(?:纪委|纪律检查委员会)第?(${N})次全(?:会|体会议)`, 'y'),
    read: (m) => {
      const t = cnNumber(m[1]), p = cnNumber(m[2]);
      return t && p ? { term: `${m[1]}届中央纪委${m[2]}次全会`, note: ccdiNote(t, p) } : null;
    },
  },
  {
    // 十三届全国人大四次会议, 第十四届全国人民代表大会第二次会议, 十四届全国政协三次会议
    re: new RegExp(`第?(${N})届(全国人大|全国人民代表大会|全国政协|全国人民政治协商会议)第?(${N})次(?:全体)?会议`, 'y'),
    read: (m) => {
      const t = cnNumber(m[1]), s = cnNumber(m[3]);
      const body = m[2].startsWith('全国人') && !m[2].includes('政治') ? 'npc' : 'cppcc';
      if (!t || !s) return null;
      return { term: `${m[1]}届${body === 'npc' ? '全国人大' : '全国政协'}${m[3]}次会议`, note: npcNote(body, t, s) };
    },
  },
  {
    // 全国人大十四届四次会议, 全国政协十四届三次会议
    re: new RegExp(`(全国人大|全国政协)第?(${N})届第?(${N})次(?:全体)?会议`, 'y'),
    read: (m) => {
      const t = cnNumber(m[2]), s = cnNumber(m[3]);
      const body = m[1] === '全国人大' ? 'npc' : 'cppcc';
      return t && s ? { term: `${m[2]}届${m[1]}${m[3]}次会议`, note: npcNote(body, t, s) } : null;
    },
  },
  {
    // 省委十届十次全会, 县委十四届六次全会, 市委第十二届第五次全体会议
    re: new RegExp(`(省委|市委|县委|区委|州委|盟委|旗委)第?(${N})届第?(${N})次全(?:会|体会议)`, 'y'),
    read: (m) => {
      const t = cnNumber(m[2]), p = cnNumber(m[3]);
      return t && p ? { term: `${m[1]}${m[2]}届${m[3]}次全会`, note: localNote(m[1], t, p) } : null;
    },
  },
];

/** Characters a meeting's name may start with (its party prefix, 第, a numeral or the body's name). */
const START = /[中党第一二三四五六七八九十全省市县区州盟旗]/;
const LOOKBACK = 8;

/**
 * Numbered meetings of `text` (its simplified reading), sorted, non-overlapping, as explained terms
 * with a generated note (category 会议). Each 届 in the text is the anchor; the rules are tried at the
 * few offsets before it, the longest match winning.
 */
export function findMeetings(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  let done = 0;
  for (let k = text.indexOf('届'); k !== -1; k = text.indexOf('届', k + 1)) {
    if (k < done) continue;
    let best: { start: number; end: number; term: string; note: string } | null = null;
    for (let s = Math.max(done, k - LOOKBACK); s < k; s++) {
      if (!START.test(text[s])) continue;
      for (const rule of RULES) {
        rule.re.lastIndex = s;
        const m = rule.re.exec(text);
        if (!m || s + m[0].length <= k) continue;
        const read = rule.read(m);
        if (read && (best === null || s < best.start || (s === best.start && s + m[0].length > best.end))) best = { start: s, end: s + m[0].length, ...read };
      }
      if (best) break; // the leftmost start wins (with its longest rule)
    }
    if (best === null) continue;
    out.push({ start: best.start, end: best.end, text: text.slice(best.start, best.end), term: best.term, category: MEETING_CATEGORY, explained: true, via: 'rule', note: best.note });
    done = best.end;
  }
  return out;
}
