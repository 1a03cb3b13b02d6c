/**
 * The person heading a sentence whose last clause writes or says the words with no subject of its own
 * (issue 11, works and named persons): 况钟全部拒收，并作诗一首，倾吐心声：“…” / 李汰厉声斥责，并在礼品盒上
 * 题诗回绝：“…” / 吴隐之亲临泉边酌水而饮，饮后写诗道：“…” / 杜牧在《不寝》诗中，更是直言“…” / 张某见杜甫
 * 不为所动，便说：“…” / 他离任时写过这样一首诗：“…”. Applied after the scan to quotations still
 * without a speaker, or with one read from the last clause that is no subject (诗, 更是, 饮后写):
 *  - the clause before the words writes or says them: a cue of the scan, or a colon after a clause
 *    that writes a poem or speaks (作诗一首, 写下《入京》诗作答, 题诗回绝, 倾吐心声, 诗曰);
 *  - that clause has no subject of its own (it opens with 并, 又, 便, 遂, 更是 …, or with the verb);
 *  - the sentence opens, after a time or a connector (离任回籍后，/ 一次，/ 可), with a person: a post
 *    and a name, a classic author, a name of two or three characters with a common surname followed
 *    by a verb, or 他 (read as 他强调 is read);
 *  - no clause between opens with another subject (他们, 我, 大家, 村民们, another name).
 */
import type { Quotation } from '../types';
import { POSTS, SURNAMES } from './names';
import { BODY_END, NOT_A_NAME, pronounSpeaker } from './references';
import { CLASSIC_AUTHORS } from './works';
import { normaliseSpeaker } from './subject';
import { CUES, XI, XI_ALIASES } from './common';

/** A clause that writes a poem or speaks, before a colon (作诗一首, 题诗回绝, 倾吐心声, 写下《入京》诗作答). */
const WRITES = /(?:诗|词|作答|回绝|心声|答道|说道|写道|吟道|曰|云|赋诗|题诗|写下|写了|写过|吟诵|朗诵|回忆|唱|念道|背诵)/;
/** How a clause with no subject of its own opens. */
/** The scan's cue verbs of two characters or more (强调, 主张 …), as one more way a clause with no subject opens. */
const CUE_VERBS = CUES.filter((c) => c.length >= 2).join('|');
const NO_SUBJECT = new RegExp(
  `^\\s*(?:并|又|便|遂|就|于是|随即|当即|更是|也|还|再|即|乃|接着|随后|曾|曾经|[\\u4e00-\\u9fff]{0,6}[后时])?\\s*(?:在[^，,]{1,16}上)?(?:[\\u4e00-\\u9fff]{1,6}地)?(?:作|写|吟|题|赋|说|讲|道|曰|云|倾吐|直言|提醒|告诫|感叹|感慨|诗曰|诗云|挥笔|提笔|欣然|当场|回忆|表示|指出|唱|念|朗诵|背诵|[\\u4e00-\\u9fff]{1,6}地唱|${CUE_VERBS}|主张|提倡|倡导)`,
);
/** A time or connector before the head (离任回籍后，/ 一次，/ 可 / 明人). */
const LEAD = /^[\s\u3000”」]*(?:(?:[^，,。]{1,12}(?:后|时|期间|之际)|有一次|一次|一天|后来|当时|那时|晚年|早年|比如|例如|(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)[，,]\s*)?(?:可是|但是|可|但|而|于是|明人|宋人|唐人|清人|[宋唐明清汉元晋秦隋][代朝]|东晋|西晋|西汉|东汉|北宋|南宋|南朝|北朝)?/;
/** A clause opening with another subject. */
const OTHER_SUBJECT = new RegExp(`^\\s*(?:[他她我你]|大家|有人|人们|众人|对方|那人|此人|[\\u4e00-\\u9fff]{0,4}们|[\\u4e00-\\u9fff]{0,6}(?:${POSTS})[\\u4e00-\\u9fff]{0,3}(?:说|问|答|道))`);
/** A name heading the sentence: two or three characters, then a verb or adverb of the narration. */
const HEAD_NAME = /^([\u4e00-\u9fff]{2,3}?)(?=[见在于对向把将被给为从到进出来去作写吟题赋拒全亲厉立当曾早晚一也又便就遂都还并再刚正已创发看听想读拿走回收送带以罢任闲退隐辞贬坐站])/;
/** A post and a name heading the sentence (唐代诗人杜甫, 太子舍人张某). */
const HEAD_POST_NAME = new RegExp(`^([^，,。]{0,12}?(?:${POSTS})([\\u4e00-\\u9fff]{2,3}?))(?=[见在于对向把将被给为从到进出来去作写吟题赋拒全亲厉立当曾早晚一也又便就遂都还并再刚正已创发看听想读拿走回收送带以罢任闲退隐辞贬坐站])`);
/** Speakers read from a clause that is no subject: 诗, 更是, 饮后写. */
const NOT_SUBJECT = /^(?:诗|词|更是|也是|就是|还是|又是|便|就|遂|又|并|也|还|于是|随即|当即|接着|随后|[\u4e00-\u9fff]{0,4}后写|[\u4e00-\u9fff]{0,4}后)$/;
const MAX_CLAUSES = 6;
/** A dynasty or age before a name (清代郑燮, 北宋欧阳修). */
const DYNASTY = /^(?:[宋唐明清汉元晋秦隋][代朝]|东晋|西晋|西汉|东汉|北宋|南宋|南朝|北朝|明人|宋人|唐人|清人)/;
/** Names a theory article quotes alone whose verb may be any (毛泽东经过…调查). */
const FAMOUS = ['毛泽东', '毛主席', '邓小平', '周恩来', '刘少奇', '朱德', '陈云', '江泽民', '胡锦涛'];
/** Words that start with a surname character but are no name (时间, 文化, 全国 …). */
const WORDS = /^(?:时间|时候|时代|时期|明天|明年|高度|方面|方向|文化|任务|全国|全省|全市|全党|全体|全面|成果|成绩|常年|石头|路上|路线|龙头|关键|关于|管理|齐心|向来|于是|程序|应当|温度|华夏|万众|万家|简单|易于|康复|金秋|江山|黄金|白天|黎明|司机|毛病|余下|安全|和平|文明|马上|史上|水平|平时|同时|连续|武装|包括|周围|严格|谢谢|解决|高兴|曾经|苏醒|宋体|常常|常委|项目)$/;

export function attributeSentenceHeadPerson(text: string, found: Quotation[]): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0 || (q.speaker !== null && !NOT_SUBJECT.test(q.speaker)) || q.content.length < 4) continue;
    let end = q.start;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const colon = text[end - 1] === '：' || text[end - 1] === ':';
    if (!colon && q.cue === null) continue;
    let from = colon ? end - 1 : end;
    // (back to the sentence end, or to quoted words that end a sentence: “…延年益寿……”杜甫见…)
    while (from > 0 && end - from < 160 && !'。！？!?\r\n'.includes(text[from - 1]) && !('”」'.includes(text[from - 1]) && /[。！？!?…]/.test(text[from - 2] ?? ''))) from--;
    const sentence = text.slice(from, colon ? end - 1 : end);
    const clauses = sentence.split(/[，,；;]/);
    // One clause only before a colon (于谦于是写下《入京》诗作答：).
    if (clauses.length > MAX_CLAUSES || (clauses.length === 1 && !colon)) continue;
    // The clause that writes or says: after the head in a one-clause sentence (于谦于是写下《入京》诗作答).
    let speaker: string | null = null;
    // A 他 left open was passed on the way back; then a clause between that opens with a surname may be another person.
    let pronounPassed = false;
    let surnameBetween = false;
    for (let c = clauses.length - 1; c >= 0 && speaker === null; c--) {
      let clause = clauses[c];
      let offset = from + clauses.slice(0, c).reduce((n, x) => n + x.length + 1, 0);
      // (the first clause as it stands, then without a time or connector: 王安石罢相后，/ 一次，…)
      const bare = clause.replace(/^[\s\u3000”」]+/, '').replace(DYNASTY, '');
      let head = c === 0 ? headPerson(text, found, k, bare, offset + clause.length - bare.length) : null;
      if (c === 0 && head === null) {
        const lead = LEAD.exec(clause);
        const n = lead === null ? 0 : lead[0].length;
        clause = clause.slice(n);
        offset += n;
      }
      if (head === null) head = headPerson(text, found, k, clause, offset);
      if (head !== null) {
        const [person, length] = head;
        // What the person does up to the words: the rest of this clause (one clause) or the last clause.
        const doing = c === clauses.length - 1 ? clause.slice(length) : clauses[clauses.length - 1].replace(/^\s*[他她](?![们人国乡者的])/, '');
        if (!NO_SUBJECT.test(doing) || (colon && q.cue === null && !WRITES.test(doing))) break;
        if (pronounPassed && surnameBetween) break;
        speaker = person;
        break;
      }
      // 他 that cannot be resolved by itself, opening the last clause: the head of the sentence, if any.
      if (c === clauses.length - 1 && /^\s*[他她](?![们人国乡者的])/.test(clause)) {
        if (!NO_SUBJECT.test(clause.replace(/^\s*[他她]/, ''))) break;
        pronounPassed = true;
        continue;
      }
      if (c === clauses.length - 1) {
        if (!NO_SUBJECT.test(clause)) break;
        continue;
      }
      // 毛泽东深悟制胜之道，他化用…，强调“…”: a 他 the reference rules leave open means the head before it.
      if (/^\s*[他她](?![们人国乡者的])/.test(clause)) {
        pronounPassed = true;
        continue;
      }
      if (OTHER_SUBJECT.test(clause) || c === 0) break;
      if (SURNAMES.has(clause.trim()[0] ?? '')) surnameBetween = true;
    }
    if (speaker === null) continue;
    q.kind = 'speech';
    q.speaker = speaker;
  }
}

/** The person heading `head` (at `at` in the text) and how long the head is, or null. */
function headPerson(text: string, found: readonly Quotation[], k: number, head: string, at: number): [string, number] | null {
  if (/^[他她](?![们人国乡者的])/.test(head)) {
    const he = pronounSpeaker(text, found, k, at);
    return he === null ? null : [he, 1];
  }
  for (const alias of XI_ALIASES) if (head.startsWith(alias) && alias !== '总书记') return [XI, alias.length];
  // (马克思主义政党, 鲁迅文学奖: a name heading a noun is no subject)
  for (const name of CLASSIC_AUTHORS) if (head.startsWith(name) && !/^(?:思想|主义|理论|学说|著作|选集|文选|全集|文学|的)/.test(head.slice(name.length))) return [name, name.length];
  for (const name of FAMOUS) if (head.startsWith(name) && !/^(?:思想|主义|理论|选集|文选|的)/.test(head.slice(name.length))) return [name === '毛主席' ? '毛泽东' : name, name.length];
  const post = HEAD_POST_NAME.exec(head);
  if (post !== null && SURNAMES.has(post[2][0])) {
    const speaker = normaliseSpeaker(post[1]);
    return speaker === null ? null : [speaker, post[1].length];
  }
  const bare = HEAD_NAME.exec(head);
  if (bare !== null && SURNAMES.has(bare[1][0]) && !NOT_A_NAME.has(bare[1]) && !BODY_END.test(bare[1]) && !WORDS.test(bare[1]) && normaliseSpeaker(bare[1]) === bare[1]) return [bare[1], bare[1].length];
  return null;
}

/** What may stand before the verb of a clause with no subject of its own (并, 还, 进一步, 明确, 大力, 一贯, …地). */
const ADVERBS_ONLY = /^\s*(?:并|又|也|还|更|则|就|便|遂|曾|曾经|进一步|同时|而且|并且|明确|鲜明|大力|积极|一贯|一向|始终|一直|反复|多次|[\u4e00-\u9fff]{1,6}地)*\s*$/;
/** An age or stage before a name heading the sentence (青年毛泽东, 晚年鲁迅). */
const STAGE = /^(?:青年|少年|晚年|早年|中年)(?=[\u4e00-\u9fff]{2})/;

/**
 * The person heading the sentence `[from, cueStart)` when the cue's own clause has no subject
 * (青年毛泽东受湖湘文化影响，重视…，主张“…” / 恩格斯曾…，并列举了…，指出…“…”): read as
 * {@link attributeSentenceHeadPerson} reads its heads, over at most {@link MAX_CLAUSES} clauses; a
 * clause between that opens with another subject (他们, 大家, a post and a name) gives null, and so
 * does a clause opening with a surname once a 他 left open was passed.
 */
export function headOfSentence(text: string, found: readonly Quotation[], k: number, from: number, cueStart: number): string | null {
  const clauses = text.slice(from, cueStart).split(/[，,；;]/);
  if (clauses.length < 2 || clauses.length > MAX_CLAUSES || !ADVERBS_ONLY.test(clauses[clauses.length - 1])) return null;
  let offset = cueStart - clauses[clauses.length - 1].length - 1;
  let pronounPassed = false;
  let surnameBetween = false;
  for (let c = clauses.length - 2; c >= 0; c--) {
    const raw = clauses[c];
    offset -= c === clauses.length - 2 ? raw.length : raw.length + 1;
    const lead = raw.length - raw.replace(/^[\s\u3000”」]+/, '').length;
    let clause = raw.slice(lead).replace(DYNASTY, '');
    const stage = STAGE.exec(clause);
    if (stage !== null) clause = clause.slice(stage[0].length);
    const head = headPerson(text, found, k, clause, offset + raw.length - clause.length);
    if (head !== null) return pronounPassed && surnameBetween ? null : head[0];
    if (/^[他她](?![们人国乡者的])/.test(clause)) {
      pronounPassed = true;
      continue;
    }
    if (OTHER_SUBJECT.test(clause) || c === 0) return null;
    if (SURNAMES.has(clause[0] ?? '')) surnameBetween = true;
  }
  return null;
}
