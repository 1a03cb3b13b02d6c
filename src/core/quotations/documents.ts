/**
 * A document heading the clause of its cue (issue 11, documents and bodies): 《…决定》（以下简称
 * 《决定》）把…规定为…并强调，“…” / 《…条例》从第27条到第33条概括性规定“…” → the document. Applied
 * after the scan to speech quotations with a cue and no speaker: the sentence (after a connector such
 * as 比如 or a date) opens with a 《title》, an optional （以下简称…） after it, and the words from there
 * to the cue hold no clause break, no other title, no quotation, no pronoun and no person (记者,
 * 负责人, a post): what sets the words out is the document. A sentence opening otherwise (根据《决定》，
 * 他强调) is left alone. A speaker read before as the title and part of such a predicate
 * (《条例》从第七条到第九条概括性) becomes the title.
 */
import type { Quotation } from '../types';
import { normaliseSpeaker } from './subject';

/** Connectors and dates before the title (比如，/ 同时，/ 2019年8月30日，). */
const LEAD = /^(?:比如|例如|譬如|如|同时|此外|另外|其中|首先|其次|再次|最后|特别是|尤其是|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)[，,]?\s*/;
/** The title and an abbreviation note after it: 《…》（以下简称《决定》）. */
const TITLE = /^(《[^《》\r\n]{2,60}》)(?:[（(]以下简称[^（）()]{1,20}[）)])?/;
/**
 * What the words between title and cue must not hold: a clause break, a title, quoted words, a pronoun,
 * a person, a body, or a time (《意见》印发后各地强调: the document is a time, the regions speak).
 */
const BREAK =
  /[，,；;：:。！？!?《》“”「」\r\n]|[他她我你]|们|记者|负责人|专家|学者|作者|同志|起草组|后|以来|之际|期间|时|各地|各级|各部门|部门|会议|全会|政府|党委|委员会|国务院|中央|主任|部长|书记|局长|省长|市长|县长|主席|总理|发言人|教授/;
/** A predicate after the title, opening with a preposition or 把 (把…摆在, 从…到…, 以专章形式, 对…单列). */
const PREDICATE = /^(?:把|将|从|以|对|就|围绕|通过|用)/;
/** How long the words between title and cue may be. */
const MAX_BETWEEN = 40;

export function attributeDocumentHead(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.cue === null) continue;
    // A speaker read as the title and part of its predicate (《条例》从第七条到第九条概括性): the title.
    const read = q.speaker === null ? null : TITLE.exec(q.speaker);
    if (q.speaker !== null && (read === null || !PREDICATE.test(q.speaker.slice(read[0].length)))) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    if (cueAt < 0 || q.start - cueAt > q.cue.length + 3) continue;
    let from = cueAt;
    while (from > 0 && cueAt - from < 160 && !'。！？!?；;\r\n'.includes(text[from - 1])) from--;
    let sentence = text.slice(from, cueAt).trim();
    sentence = sentence.replace(LEAD, '');
    const title = TITLE.exec(sentence);
    if (title === null) continue;
    const between = sentence.slice(title[0].length);
    if (between.length > MAX_BETWEEN || BREAK.test(between)) continue;
    const speaker = normaliseSpeaker(title[1]);
    if (speaker !== null) q.speaker = speaker;
  }
}
