/**
 * A partial quotation after a cue and a short topic (issue 11, named persons and works): 鲁迅认为文学的
 * 任务就是“涵养人之神思” / 鲁迅在《我怎么做起小说来》指出小说“必须是‘为人生’…” / 他认为第一个历史
 * 决议“把…肯定下来了” → the subject of the cue. Applied after the scan to closed quotations without a
 * speaker and without a cue of their own: between the cue and the mark stand at most 12 characters
 * with no punctuation, no pronoun and no other quotation; the words are a statement (punctuation
 * inside, or at least 6 characters), not a counted formula, and not a modifier or the name of a
 * programme (“…”的目标, “…”理念, “…”工程); the subject is a person (a pronoun resolved as 他强调 is),
 * a classic author or a 《document》. Anything else is left as it was.
 */
import type { Quotation } from '../types';
import { speakerBefore } from './subject';
import { personId, pronounSpeaker } from './references';
import { CLASSIC_AUTHORS } from './works';
import { headOfSentence } from './sentenceHead';
import { FORMULA, XI } from './common';

/** Cues that report what someone holds or says, with a topic between them and the words. */
const CUE = /(认为|指出|强调|写道|主张|提倡|倡导|提出|断言|批评|称赞|赞扬|评价|形容)([^，,。；;：:！？!?“”「」‘’他她我\s]{1,12})$/;
/**
 * Verbs the scan does not read as cues right before the mark (主张“…”, 提倡“…”), or reads only with
 * ：or ， after them (说, 讲, 云, 曰): with nothing between them and the words (孟子说“…”,
 * 《论语》中讲“…”, 毛泽东提倡“…”) the words are said or held all the same.
 */
/** Telling someone, the one told between the verb and the words: 习近平寄望其“…” / 勉励他们“…”. */
const TELL = /(寄望|勉励|叮嘱|嘱托|嘱咐|寄语|鼓励|告诫)(其|他们|她们|你们|大家|同学们|青年们|广大青年|全党同志|全体党员)$/;
const DIRECT = /(主张|提倡|倡导|谈及|论及|说过|讲过|中说|中讲|里说|里讲|(?<![听据传如是者来所小胡乱再还])(?:说|讲)|云|曰)$/;
/** What a quoted name heads (“…”理念, “…”工程, “…”的目标): the words are a name, not what was said. */
const NOUN_AFTER = /^(?:的|之|等|这一|这个|理念|战略|思想|目标|要求|原则|方针|工程|行动|计划|项目|活动|精神|制度|机制|体系|模式|口号|称号|一词|概念)/;

export function attributePartialAfterTopic(text: string, found: Quotation[]): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0 || !q.closed || q.speaker !== null || q.cue !== null || FORMULA.test(q.content)) continue;
    if (!/[，,。；;！？!?]/.test(q.content) && q.content.length < 6) continue;
    if (NOUN_AFTER.test(text.slice(q.end, q.end + 4))) continue;
    // (提出的“真、实、亲、诚”对非政策理念: a relative clause names a term; so do short items listed with 、)
    if (/^[^、，,。；;！？!?]{1,3}(?:、[^、，,。；;！？!?]{1,3})+$/.test(q.content)) continue;
    const window = text.slice(Math.max(0, q.start - 20), q.start);
    const direct = DIRECT.exec(window);
    const tell = TELL.exec(window);
    const m = CUE.exec(window) ?? tell ?? (direct === null ? null : [direct[0], direct[1].replace(/^[中里]/, ''), '']);
    if (m === null || m[2].endsWith('的')) continue;
    const cueStart = q.start - m[0].length + (m[0].length - m[1].length - m[2].length);
    let from = cueStart;
    while (from > 0 && cueStart - from < 80 && !'。！？!?；;\r\n'.includes(text[from - 1])) from--;
    const { speaker, ref } = speakerBefore(text, from, cueStart);
    let who = speaker;
    if (who === null && ref !== null && ref.kind === 'pronoun') {
      const he = text.lastIndexOf('他', cueStart);
      who = he >= from ? pronounSpeaker(text, found, k, he) : null;
    }
    // 青年毛泽东受…影响，重视…，主张“…”: a cue whose clause has no subject; the person heading the sentence.
    const valid = (w: string | null): w is string => w !== null && (w === XI || w === '古人' || w === '俗语' || CLASSIC_AUTHORS.has(w) || /^《[^《》]+》$/.test(w) || personId(w) !== null);
    // (青年毛泽东…: the subject read is a stage of life, not the person; the clause's head gives the person.)
    // (…收到了习近平主席的回信，并勉励他们“…”: whom the sentence opens with may be the one told, so no head for 勉励他们)
    if (!valid(who) && (ref === null || ref.kind === 'elided') && tell === null) who = headOfSentence(text, found, k, from, cueStart);
    if (!valid(who)) continue;
    q.kind = 'speech';
    q.speaker = who;
    q.cue = m[1];
  }
}
