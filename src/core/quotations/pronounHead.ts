/**
 * A sentence headed by 他/她 whose cue comes clauses later with no subject of its own (issue 11, named
 * persons): 唐代诗人韦应物是位清官。有一次，他看见一位妇人拾麦穗，深表同情，充满自责地写道：“…” → 韦应物.
 * Applied after the scan to speech quotations with a cue and no speaker: the clause of the cue holds
 * only adverbs or a manner (深情地, 又, 提笔), the sentence opens (after 有一次 / 后来 / a date) with the
 * pronoun, and nothing between names another subject (我, 你, another 他/她, quoted words other than
 * a modifier, a colon); a speaker read before from a clause of the pronoun's predicate is replaced;
 * the pronoun is then read as {@link pronounSpeaker} reads 他强调 (one person named nearby, else null).
 */
import type { Quotation } from '../types';
import { pronounSpeaker } from './references';

/** The clause right before the cue: nothing, adverbs, or a manner ending in 地. */
const SUBJECTLESS = /^\s*(?:又|还|也|便|就|则|随即|当即|接着|随后|立即|于是|即|遂|欣然|当场|提笔|挥笔|挥毫|不禁|不由得)*(?:[\u4e00-\u9fff]{1,8}地)?$/;
/** What may open the sentence before the pronoun. */
const LEAD = /^[\s\u3000]*(?:(?:有一次|有一回|一次|后来|当时|那时|那天|此后|随后|晚年|早年|临终前|多年后|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)[，,]?\s*)?/;
/** Another subject or words between the pronoun and the cue. */
const OTHER = /[我你他她“”「」：:]/;
/** How many clauses the sentence may run before the cue. */
const MAX_CLAUSES = 6;

export function attributePronounHead(text: string, found: Quotation[]): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0 || q.kind !== 'speech' || q.cue === null) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    if (cueAt < 0 || q.start - cueAt > q.cue.length + 3) continue;
    let from = cueAt;
    while (from > 0 && cueAt - from < 160 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
    const sentence = text.slice(from, cueAt);
    const clauses = sentence.split(/[，,；;]/);
    if (clauses.length < 2 || clauses.length > MAX_CLAUSES || !SUBJECTLESS.test(clauses[clauses.length - 1])) continue;
    const lead = LEAD.exec(sentence);
    const at = lead === null ? 0 : lead[0].length;
    if (!/^[他她](?![们人国乡者的])/.test(sentence.slice(at))) continue;
    // (words quoted as a modifier, “…”的困苦境遇, are no one speaking)
    const rest = sentence.slice(at + 1).replace(/[“「][^“”「」]{1,30}[”」](?=的)/g, '');
    if (OTHER.test(rest)) continue;
    // A speaker read from a clause of the pronoun's own predicate (看着新建的教学楼，深情地说) is none.
    if (q.speaker !== null && !(q.speaker.length >= 2 && sentence.slice(at + 1).includes(q.speaker))) continue;
    const speaker = pronounSpeaker(text, found, k, from + at);
    if (speaker !== null) q.speaker = speaker;
  }
}
