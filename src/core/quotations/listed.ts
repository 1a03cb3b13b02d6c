/**
 * Quoted words that open the items of a list under a cue (issue 11, speeches and documents set out
 * point by point): 习近平总书记强调：\n（一）“…”\n（二）“…” / 会议指出：\n一是“…”；\n二是“…”. Applied
 * after the scan to outermost quotations still without a speaker: the quotation stands right after an
 * item marker at the start of its line; the lines before it, back to the line that introduces the
 * list, are items of the same list (each opening with a marker); that line ends with a cue of the
 * scan and a colon; the cue's subject (read as for any cue) says the words. Anything else, a
 * pronoun or no subject at all included, is left alone. At most {@link MAX_ITEMS} items and
 * {@link MAX_BACK} characters are read back, so the pass stays linear.
 */
import type { Quotation } from '../types';
import { CUES_BY_LAST, FORMULA } from './common';
import { speakerBefore } from './subject';

/** An item marker opening a line: （一） (1) 1. 1、 一是 一、 ① 第一，. */
const MARKER = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}(?:是|、)|[\u2460-\u2473]|第[一二三四五六七八九十]{1,3}[，,、]?)[ \t\u3000]*$/;
/** The same marker with what follows on its line: an item line. */
const ITEM_LINE = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}(?:是|、)|[\u2460-\u2473]|第[一二三四五六七八九十]{1,3}[，,、]?)/;
const MAX_ITEMS = 12;
const MAX_BACK = 2000;

export function attributeListed(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.speaker !== null || FORMULA.test(q.content) || q.content.length < 4) continue;
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    if (!MARKER.test(text.slice(lineStart, q.start))) continue;
    // Back over the items before this one to the line that introduces the list.
    let end = lineStart - 1;
    let header: [number, number] | null = null;
    for (let n = 0; n <= MAX_ITEMS && end > 0 && q.start - end <= MAX_BACK; n++) {
      let lineEnd = end;
      while (lineEnd > 0 && /[ \t\u3000\r\n]/.test(text[lineEnd - 1])) lineEnd--;
      const start = text.lastIndexOf('\n', lineEnd - 1) + 1;
      const line = text.slice(start, lineEnd);
      if (line.length === 0) break;
      if (!ITEM_LINE.test(line)) {
        header = [start, lineEnd];
        break;
      }
      end = start - 1;
    }
    if (header === null) continue;
    const [from, to] = header;
    if (!'：:'.includes(text[to - 1] ?? '')) continue;
    const cue = (CUES_BY_LAST.get(text[to - 2] ?? '') ?? []).find((c) => text.startsWith(c, to - 1 - c.length));
    if (cue === undefined) continue;
    const { speaker } = speakerBefore(text, from, to - 1 - cue.length);
    if (speaker === null) continue;
    q.kind = 'speech';
    q.speaker = speaker;
    q.cue = cue;
  }
}
