/**
 * Passes over the claims of a document once they are all read: figures listed before a figure
 * share its unit and magnitude (41、52和60微克/立方米, 10.6万、3.8万、3.3万平方公里), a figure after a
 * list of ordinals is dropped (第3、5条), and a figure restated in a parenthesis is one claim
 * (超过两层（含两层）).
 */
import type { NumericClaim } from '../types';
import { cleanFloat } from '../numerals';
import { C, codeTable, isAsciiDigitCode, isAsciiLetterCode } from './chars';

/** Words opening a parenthesis that restates the figure before it: 超过两层（含两层）, 100平方米以下（不含100平方米）. */
const RESTATING = /^\s*[（(]\s*(不含|不包括|含|包含|包括)\s*$/;

/**
 * A figure restated in a parenthesis right after another (超过两层（含两层）) is one claim: the
 * restatement is dropped and makes the bound of the first inclusive (含: > becomes >=) or exclusive
 * (不含: <= becomes <).
 */
export function dropRestatements(text: string, claims: NumericClaim[]): NumericClaim[] {
  if (claims.length < 2) return claims;
  const kept: NumericClaim[] = [claims[0]];
  for (let k = 1; k < claims.length; k++) {
    const prev = kept[kept.length - 1];
    const cur = claims[k];
    const m = cur.start - prev.end <= 6 && prev.value === cur.value && prev.unit === cur.unit ? RESTATING.exec(text.slice(prev.end, cur.start)) : null;
    if (m === null || !/^\s*[）)]/.test(text.slice(cur.end, cur.end + 3))) {
      kept.push(cur);
      continue;
    }
    const exclusive = m[1].startsWith('不');
    if (!exclusive && prev.qualifier === '>') prev.qualifier = '>=';
    else if (!exclusive && prev.qualifier === '<') prev.qualifier = '<=';
    else if (exclusive && prev.qualifier === '>=') prev.qualifier = '>';
    else if (exclusive && prev.qualifier === '<=') prev.qualifier = '<';
  }
  return kept;
}

/** Separators of a list of figures: 41、52和60. */
const LIST_SEPARATOR_TABLE = codeTable(['、', '和', '与', '及']);
/** Characters before a listed number that make it a label: 表1、表2, 图2、3, 附件1、2, 第3、5条 (第: see below). */
const LABEL_BEFORE_TABLE = codeTable(['表', '图', '件', '号', '版', '卷', '章', '节', '条', '款']);
/** Magnitude written in a claim's text after its digits (8700万千瓦 -> 万). */
const CLAIM_MAGNITUDE = /[0-9.]\s*(万亿|亿|万)/;
const MAGNITUDE_VALUE: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };
/** At most this many numbers are taken from a list before one figure. */
const LIST_MAX = 12;
/** A list before a figure is a list of ordinals (第3、5条): the figure is one too. */
const ORDINAL_LIST = 'ordinal';


/**
 * The bare Arabic numbers listed right before the figure at `start` (浓度分别为41、52和60微克/立方米:
 * 41 and 52), as [start, end) pairs in text order; ORDINAL_LIST when the list is one of ordinals.
 * Stops at the first item that is not a plain number (3.8万, 5%) or is a label (表1, PM2.5).
 */
function listedBefore(text: string, start: number): [number, number][] | typeof ORDINAL_LIST {
  const members: [number, number][] = [];
  let k = start;
  for (let n = 0; n < LIST_MAX && LIST_SEPARATOR_TABLE[text.charCodeAt(k - 1)] === 1; n++) {
    const end = k - 1;
    let from = end;
    while (from > 0 && (isAsciiDigitCode(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === C.dot)) from--;
    if (from === end || !isAsciiDigitCode(text.charCodeAt(from)) || !isAsciiDigitCode(text.charCodeAt(end - 1)) || end - from > 10) break;
    const before = text.charCodeAt(from - 1);
    if (before === C.di) return ORDINAL_LIST;
    if (LABEL_BEFORE_TABLE[before] === 1 || isAsciiLetterCode(before) || before === C.dot || before === C.hyphen) return [];
    members.unshift([from, end]);
    k = from;
  }
  return members;
}

/**
 * 分别为41、52和60微克/立方米, 分别为4800、8700万千瓦, 快于全部投资12.5、6.2和3.1个百分点: bare numbers
 * listed before a figure share its unit and its magnitude, each a claim of its own; a bare number
 * already read (after 为) gets them too. A figure after a list of ordinals (第3、5条) is dropped.
 */
export function shareListedNumbers(text: string, source: string, claims: NumericClaim[]): NumericClaim[] {
  const out: NumericClaim[] = [];
  for (const c of claims) {
    const members = c.unit === null ? [] : listedBefore(text, c.start);
    if (members === ORDINAL_LIST) continue;
    if (members.length > 0 && c.unit !== '%') {
      const m = CLAIM_MAGNITUDE.exec(c.text);
      const magnitude = m === null ? 1 : MAGNITUDE_VALUE[m[1]];
      for (const [from, to] of members) {
        const value = cleanFloat(Number(text.slice(from, to)) * magnitude);
        const last = out[out.length - 1];
        if (last !== undefined && last.start === from && last.end === to && last.unit === null) {
          last.unit = c.unit;
          last.value = value;
        } else if (last === undefined || last.end <= from) {
          out.push({ start: from, end: to, text: source.slice(from, to), value, unit: c.unit, qualifier: null, upper: null, year: c.year, subject: c.subject, magnitudeClass: null });
        }
      }
    }
    out.push(c);
  }
  return out;
}

/**
 * 10.6万、3.8万、3.3万平方公里: figures listed with 、 share the unit written after the last one.
 * The spans stay as written; only the `unit` field is filled in.
 */
export function shareEnumeratedUnits(text: string, claims: NumericClaim[]): void {
  for (let k = claims.length - 2; k >= 0; k--) {
    const cur = claims[k];
    const following = claims[k + 1];
    if (cur.unit !== null || following.unit === null || following.unit === '%') continue;
    const between = text.slice(cur.end, following.start).trim();
    if (between === '、' || between === '和' || between === '与' || between === '及') cur.unit = following.unit;
  }
}
