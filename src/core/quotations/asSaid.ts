/**
 * Words of a named person introduced as "what X said" (issue 11, named persons), applied after the
 * scan to quotations still without a speaker:
 *  - 正如习近平总书记所述，制定这个决议的目的，就是要“…”，“…”: quotations later in the sentence that
 *    正如 X 所说 / 所述 / 所指出的 opens are X's words, when no other cue, colon or subject of
 *    saying stands between and the quotation is no formula, term or modifier;
 *  - 就是温总理说的：“…” / 这正是王书记讲过的：“…”: X 说的 before a colon.
 * X must be a person (习近平, a post and a name, a surname and a post such as 温总理, a classic author)
 * or a work; groups (群众, 大家, 有人) give nothing.
 */
import type { Quotation } from '../types';
import { normaliseSpeaker } from './subject';
import { personId } from './references';
import { CLASSIC_AUTHORS } from './works';
import { FORMULA, XI } from './common';

/** 正如 X 所说， at the start of the clause that opens the sentence part holding the quotation. */
const AS_SAID = /(?:正如|诚如|正像|如同|就像|恰如)([^，,。！？!?；;：:“”]{2,24}?)(?:所|曾经|曾|常常|经常|常)?(?:说|述|言|指出|强调|讲|论述|阐述|写道|概括)(?:过)?(?:的)?(?:那样|一样)?[，,]/g;
/** X 说的： right before the mark. */
const SAID_COLON = /(?:^|[，,。！？!?；;\s]|就是|正是|便是|也就是|即)([^，,。！？!?；;：:“”\s]{2,24}?)(?:所)?(?:说|讲|指出|强调|说过|讲过)的[：:]\s*$/;
/** Between the 正如 clause and the quotation: another cue or a colon hands the words to someone else. */
const OTHER_CUE = /[：:]|指出|强调|认为|表示|说|讲|写道|提出|要求|正如|诚如|[他她]们?(?:[^，,。]{0,6})(?:说|讲|称)/;

export function attributeAsSaid(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.speaker !== null || q.content.length < 4 || FORMULA.test(q.content)) continue;
    const colon = SAID_COLON.exec(text.slice(Math.max(0, q.start - 40), q.start));
    if (colon !== null) {
      const who = owner(colon[1]);
      if (who !== null) {
        q.kind = 'speech';
        q.speaker = who;
        q.cue = q.cue ?? '说';
        continue;
      }
    }
    // A short term, or words heading a noun (“…”的目标), are not the words said.
    if (q.closed && (text[q.end] === '的' || (q.content.length < 6 && !/[，,。！？!?；;]/.test(q.content)))) continue;
    let from = q.start;
    while (from > 0 && q.start - from < 160 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
    const sentence = text.slice(from, q.start);
    let last: RegExpExecArray | null = null;
    for (const m of sentence.matchAll(AS_SAID)) last = m as RegExpExecArray;
    if (last === null) continue;
    // (quoted words between are left out: “…”，“…” lists go on)
    const between = sentence.slice((last.index ?? 0) + last[0].length).replace(/[“「][^“”「」]*[”」]/g, '');
    if (OTHER_CUE.test(between)) continue;
    const who = owner(last[1]);
    if (who === null) continue;
    q.kind = 'speech';
    q.speaker = who;
    q.cue = q.cue ?? '说';
  }
}

/** The speaker for X: a person or a work, else null. */
function owner(raw: string): string | null {
  const s = normaliseSpeaker(raw.replace(/^(?:这正是|这就是|也就是|就是|正是|便是|这|那|也|即)/, ''));
  if (s === null) return null;
  if (s === XI || CLASSIC_AUTHORS.has(s) || /^《[^《》]+》$/.test(s)) return s;
  return personId(s) !== null ? s : null;
}
