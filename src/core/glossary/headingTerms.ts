/**
 * A section heading is not the doctrine: 一、指导思想 / （一）总体要求 / 2.基本原则 / 主要目标：… name the
 * parts of a document, and a glossary entry that shares the word (党的指导思想 for 指导思想) is not meant.
 * A glossary match is a heading word when its text is one of the generic heading words below, it opens
 * its line (after an enumerator: 一、 （一） (1) 1. 第一章 …, or nothing) and the line ends there or goes
 * on with a colon or full stop (a run-in heading: 1.指导思想。贯彻落实…) or with 和/与/及 and another
 * heading word (一、指导思想和基本原则, both words). The same words inside a sentence (坚持党的指导思想) stay terms.
 * Read on the simplified form of the text (same offsets).
 */
import type { TermMatch } from '../types';

const HEADING_WORDS = [
  '指导思想', '基本原则', '主要目标', '工作要求', '总体要求', '工作原则', '总体目标', '发展目标', '主要任务', '重点任务',
  '保障措施', '组织领导', '工作目标', '目标任务', '基本要求', '总体思路', '发展思路', '实施步骤', '重点工作', '工作措施',
  '组织实施', '基本思路', '战略定位', '发展定位', '总体布局', '空间布局', '发展重点', '主要内容', '基本方针',
];
const WORDS = new Set(HEADING_WORDS);
const ENUMERATOR = /^[\s\u3000]*(第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]是)?[\s\u3000]*$/;
const JOINED = new RegExp(`(${HEADING_WORDS.join('|')})[和与及、]$`);
const AFTER = new RegExp(`^[\\s\\u3000]*($|[。：:．.，,；;]|[和与及](${HEADING_WORDS.join('|')}))`);

/** Whether the match at [start, end) of `text` is a generic heading word used as a heading. */
export function isHeadingWord(text: string, m: TermMatch): boolean {
  const word = text.slice(m.start, m.end);
  if (!WORDS.has(word)) return false;
  let ls = m.start;
  while (ls > 0 && text[ls - 1] !== '\n' && m.start - ls <= 12) ls--;
  if (ls > 0 && text[ls - 1] !== '\n') return false;
  // 二、基本原则和主要目标: heading words joined by 和/与/及/、 before this one belong to the heading.
  let prefix = text.slice(ls, m.start);
  for (let joined = JOINED.exec(prefix); joined !== null; joined = JOINED.exec(prefix)) prefix = prefix.slice(0, joined.index);
  if (!ENUMERATOR.test(prefix)) return false;
  let le = m.end;
  while (le < text.length && text[le] !== '\n' && le - m.end < 16) le++;
  return AFTER.test(text.slice(m.end, le));
}
