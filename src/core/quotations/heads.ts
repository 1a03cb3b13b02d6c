/**
 * A sentence headed by a classic author whose cue comes several clauses later (issue 11, quoted
 * works and named persons in theory articles): 马克思恩格斯在创立科学社会主义理论过程中，十分重视
 * 政党的作用，认为“…” / 毛泽东在总结经验的基础上，进一步指出：“…” / 邓小平同志针对这种情况，
 * 明确提出：“…”. Applied after the scan to speech quotations with a cue and no speaker: the author
 * heading the sentence says it, when nothing between names another person, a pronoun opens no
 * clause, and no other quotation stands between. Only the authors of {@link HEAD_AUTHORS} (names a
 * theory article quotes by name alone); a bare name not in that list is left alone, as are names
 * used as modifiers (毛泽东思想, 马克思主义, 邓小平的).
 */
import type { Quotation } from '../types';
import { XI, XI_ALIASES } from './common';
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { normaliseSpeaker } from './subject';
import { actedOnOrOther } from './actedOn';

/** Names quoted alone as authors in theory articles and study materials, longest first. */
const HEAD_AUTHORS: readonly string[] = [
  '马克思、恩格斯', '马克思和恩格斯', '马克思恩格斯', '马克思', '恩格斯', '列宁', '斯大林',
  '毛泽东', '毛主席', '周恩来', '刘少奇', '朱德', '邓小平', '陈云', '江泽民', '胡锦涛', '孙中山', '鲁迅',
];
/** What a name heads when it is a modifier, not the subject (毛泽东思想, 马克思主义, 邓小平的). */
const MODIFIED = /^(?:同志|先生)?(?:新时代|思想|主义|理论|选集|文选|全集|文集|著作|年谱|传|的|之|和|与|、|及|等|时代|诞辰|逝世|生平|故居|纪念|同志的|先生的|文学|研究|精神|学院|大学|中学|小学|公园|广场|奖)/;
/** A clause that opens with a pronoun or another subject (他, 她, 我们, 有人): the author no longer speaks. */
const OTHER_SUBJECT = /^(?:[他她我你]|有人|人们|大家|有的|对方|后者|前者)/;
/** How far back the head of the sentence is looked for. */
const HEAD_LOOKBACK = 160;

export function attributeSentenceHead(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue === null) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    // (作出了一个重要判断：“: the cue's object may stand between it and the mark.)
    if (cueAt < 0 || q.start - cueAt > 30 || /[，,。；;！？!?]/.test(text.slice(cueAt, q.start))) continue;
    let from = cueAt;
    while (from > 0 && cueAt - from < HEAD_LOOKBACK && !'。！？!?\r\n”」'.includes(text[from - 1])) from--;
    if (cueAt - from >= HEAD_LOOKBACK) continue;
    const sentence = text.slice(from, cueAt).replace(/^[\s\u3000]+/, '').replace(/^(?:正如|同时|此外|后来|当时|随后|早在[^，,]{1,12}[，,]?)/, '');
    const author = headAuthor(sentence);
    if (author === null) continue;
    const segments = sentence.split(/[，,；;：:]/);
    if (segments.length < 2 || segments.length > 5) continue;
    // The clauses after the head: no other subject, no other author, no quotation.
    const rest = segments.slice(1);
    if (rest.some((s) => OTHER_SUBJECT.test(s.trim()) || HEAD_AUTHORS.some((a) => s.includes(a)) || headAuthor(s.trim()) !== null || /[“”「」]/.test(s))) continue;
    q.speaker = author;
  }
}

/** Titles (joined by 、) and a post before a name heading a sentence: 中共中央政治局常委、国务院总理李强在…. */
const TITLED_NAME = new RegExp(
  `^((?:[^，。、“”《》\\s]{2,16}、){0,3}[^，。、“”《》\\s]{0,16}?(?:${POSTS})([\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER})|[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER})))`,
);

/** The author the sentence opens with, or null. */
function headAuthor(sentence: string): string | null {
  const titled = TITLED_NAME.exec(sentence);
  if (titled !== null && SURNAMES.has(titled[2][0]) && !/[他她我]/.test(titled[1])) return normaliseSpeaker(titled[1]);
  for (const alias of XI_ALIASES) {
    if (sentence.startsWith(alias) && !MODIFIED.test(sentence.slice(alias.length))) return XI;
  }
  for (const name of HEAD_AUTHORS) {
    if (!sentence.startsWith(name)) continue;
    const after = sentence.slice(name.length);
    if (MODIFIED.test(after) && !/^(?:同志|先生)(?![的])/.test(after)) return null;
    return name.replace(/[、和]/, '') === '马克思恩格斯' ? '马克思恩格斯' : name === '毛主席' ? '毛泽东' : name;
  }
  return null;
}

/** A segment of a sentence opening with 他 (not 他们 / 他人 …). */
const PRONOUN_SEGMENT = /(?:^|[，,：:；;])\s*他(们)?(?![人国乡者的])/;
/** A time or connector opening a sentence before its subject (1843年，/ 晚年，/ 抗日战争时期，). */
const SENTENCE_LEAD = /^(?:(?:\d{4}|[〇零一二三四五六七八九]{4})年[^，,]{0,8}[，,]?|[^，,]{1,10}(?:时期|期间|年代|以后|之后|以前|之前|时)[，,]|早年[，,]?|晚年[，,]?|后来[，,]?|当时[，,]?|同时[，,]?|此外[，,]?|随后[，,]?)/;
/** A sentence that goes on about the one named before: 他 or an adverbial opens it. */
const GOES_ON = /^(?:他(?![们人])|文中|书中|信中|针对|在|为了|为|对|从|随着|经过|由于|通过|面对|关于|此后|后来|同时|其中|晚年|早年|(?:\d{4}|[〇零一二三四五六七八九]{4})年)/;
/** Quoted words, left out when reading who the sentences are about. */
const QUOTED = /[“「][^“”「」]*[”」]/g;

/**
 * 他认为：“…” after a sentence that opens with a classic author (恩格斯晚年十分关注…。他认为：“…”):
 * that author, when the text between (at most two sentences' worth, one paragraph break, quoted
 * words left out) names no other classic author. A second author anywhere there leaves it null;
 * 她 is never one of these authors.
 */
export function attributePronounAfterAuthor(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue === null) continue;
    const cueAt = text.lastIndexOf(q.cue, q.start);
    if (cueAt < 0 || q.start - cueAt > 8) continue;
    let sentStart = cueAt;
    while (sentStart > 0 && cueAt - sentStart < HEAD_LOOKBACK && !'。！？!?\r\n'.includes(text[sentStart - 1])) sentStart--;
    const sentence = text.slice(sentStart, cueAt).replace(QUOTED, '“”');
    const pronoun = PRONOUN_SEGMENT.exec(sentence);
    if (pronoun === null || /[她我]|[他她]们/.test(sentence.slice(0, pronoun.index))) continue;
    // 他们 only for the two who wrote together (马克思恩格斯…。他们指出).
    const plural = pronoun[1] !== undefined;
    const windowStart = Math.max(0, sentStart - HEAD_LOOKBACK * 2);
    let head = text.slice(windowStart, sentStart).replace(QUOTED, '“”') + sentence.slice(0, pronoun.index);
    // A sentence cut by the window is not read.
    if (windowStart > 0 && !'。！？!?\r\n'.includes(text[windowStart - 1])) head = head.replace(/^[^。！？!?\r\n]*[。！？!?\r\n]/, '');
    if ((head.match(/\n[ \t\u3000]*\S/g) ?? []).length > 1) continue;
    // Sentences before the pronoun, nearest last.
    const sentences = head.split(/(?<=[。！？!?\n])/).map((x) => x.trim()).filter((x) => x.length > 0);
    let author: string | null = null;
    for (let k = sentences.length - 1; k >= 0; k--) {
      const opened = headAuthor(sentences[k].replace(SENTENCE_LEAD, ''));
      if (opened !== null) {
        const tail = sentences.slice(k).join('');
        // The sentences between go on about the author: each opens with 他 or an adverbial, not another subject.
        const between = sentences.slice(k + 1);
        const goesOn = between.length <= 2 && between.every((x) => GOES_ON.test(x));
        // Meeting or talking with someone (会见了斯诺, 同…会谈): the other one may be who speaks next.
        const meets = /陪同|陪着|迎接|看望|探望|汇报|会见|会谈|接见|会晤|采访|拜会|拜访|交谈|谈话|对话|通话|致电|写信|来信|回信|同[^，。]{1,12}(?:一起|共同)|询问|问道|提问|问他|问她/.test(tail);
        author = !goesOn || meets || HEAD_AUTHORS.some((a) => tail.includes(a) && !sameAuthor(a, opened)) || namesOther(tail, opened) ? null : opened;
        break;
      }
    }
    // Words quoted in between that are not the author's (他的秘书李强补充道：“…”): someone else may be 他.
    if (author !== null) {
      const key = author.slice(-2);
      const named = text.lastIndexOf(key, sentStart);
      if (found.some((o) => o !== q && o.depth === 0 && o.start > named && o.start < sentStart && o.speaker !== author)) author = null;
    }
    // (厂长…陪同部长…。他说 / …的秘书…。他说: acted on, owning, or not alone)
    if (author !== null && actedOnOrOther(head, author)) author = null;
    if (author !== null && author !== XI && plural === (author === '马克思恩格斯')) q.speaker = author;
  }
}

/** Someone else named by post and name anywhere in `tail` (市长张强 when the author is 副省长李华). */
function namesOther(tail: string, author: string): boolean {
  for (const m of tail.matchAll(POST_NAME)) {
    if (author.includes(m[2])) continue;
    // A common surname, or any name after a leader's post (德国总理朔尔茨); 党员居多 names no one.
    if ((m[2].length <= 3 && SURNAMES.has(m[2][0])) || LEADER_POST.test(m[1])) return true;
  }
  return false;
}
const POST_NAME = new RegExp(`(${POSTS})([\\u4e00-\\u9fff·]{2}(?=${NAME_FOLLOWER})|[\\u4e00-\\u9fff·]{3,8}?(?=${NAME_FOLLOWER}))`, 'g');
const LEADER_POST = /总理|总统|主席|首相|国王|书记|部长|外长|省长|市长|大使|秘书长|议长|委员长/;

function sameAuthor(name: string, author: string): boolean {
  return name === author || (name === '毛主席' && author === '毛泽东') || (author === '马克思恩格斯' && /马克思|恩格斯/.test(name));
}
