/**
 * Words attributed inside the noun phrase that holds them (issue 11, works and named persons in
 * theory articles and central documents), applied after the scan to quotations still without a
 * speaker:
 *  - a relative or possessive attribution: 正如毛泽东所说的“…”, 《论语》中说的“…”, 邓小平同志讲的“…”
 *    → the person or the work; a bare possessive (毛泽东的“…”) only with a statement quoted;
 *  - 这句话是邓小平说的：“…” → the person named between 是 and 说的;
 *  - a formulation set out as a complement: 毛泽东提出了“…”的著名论断 / 党的十九大作出了“…”等重大论断 /
 *    习近平总书记发出了“…”的号召 → the subject of 提出 / 作出 / 发出, read as for any cue.
 * A formula (“四个全面”, “两个确立”) or a short term stays a phrase; a possessor that is no person and
 * no work (党的“三会一课”) gives nothing.
 */
import type { Quotation } from '../types';
import { POSTS, SURNAMES } from './names';
import { FORMULA, XI, XI_ALIASES } from './common';
import { normaliseSpeaker, speakerBefore } from './subject';
import { CLASSIC_AUTHORS } from './works';
import { BODY_END, NOT_A_NAME } from './references';

const AUTHORS = '马克思、恩格斯|马克思恩格斯|马克思|恩格斯|列宁|斯大林|毛泽东|毛主席|周恩来|刘少奇|朱德|邓小平|陈云|江泽民|胡锦涛|孙中山|鲁迅|孔子|孟子|荀子|老子|庄子|墨子|韩非子|孙子|管子|朱熹|王阳明|范仲淹|司马迁';
/** Who may own the words: 习近平总书记, a classic author, a post and a name, a work, or the ancients. */
const OWNER = `(?:${XI_ALIASES.join('|')}|${AUTHORS}|(?:${POSTS})[\\u4e00-\\u9fff]{2,3}?|[\\u4e00-\\u9fff]{1,4}(?:诗人|作家|思想家|哲学家|文学家|政治家)[\\u4e00-\\u9fff·]{2,4}?|《[^《》\\r\\n]{1,40}》(?:中|里)?|古人|先贤|前人)(?:同志|先生)?`;
/** 所说的“ / 说的“ / 的“ before the mark (with 正如 / 如 before the owner). */
const RELATIVE = new RegExp(`(?:正如|诚如|如同|正像|就像|如)?(${OWNER})(所)?(说|讲|言|写|写下|指出|强调|提出|倡导|常说|曾说|所说)?的\\s*$`);
/**
 * 范晔在《后汉书》中提到的“ / 毛泽东同志在《实践论》里写到的“: an owner, 在, the work, then the verb
 * and 的. A bare name (group 1) stands after a dynasty or at a clause start; others as {@link OWNER}.
 */
const IN_WORK = new RegExp(
  `(?:(?:^|[^\u4e00-\u9fff]|[代朝国宋唐汉明清元晋秦隋])([\u4e00-\u9fff]{2,3})|(${OWNER}))(?:同志|先生)?(?:早年|晚年|曾|曾经|也|还)?在《[^《》\r\n]{1,40}》(?:一文|一书|一诗|一信)?(?:中|里)(?:所)?(?:提到|写到|写道|谈到|说|讲|写|指出|强调|提出|论述)(?:过)?的\s*$`,
);

/**
 * Right after the words: ，毛泽东早在1931年作出的这一著名论断 / ，邓小平同志说过的这句话 — the owner (as
 * {@link OWNER} in group 1; a bare name before an adverbial or the verb in group 2), a short adverbial, the verb, 的, 这一 and a
 * noun of formulation.
 */
const THIS_FORMULATION = new RegExp(
  `^(?:[\u2460-\u2473]|\\[\\d{1,3}\\])*[，,]\\s*(?:(${OWNER})|([\u4e00-\u9fff]{2,3}?)(?=同志|先生|早|曾|当年|在|于|生前|晚年|多次|也|就|则|提出|作出|做出|说|讲|写下))(?:同志|先生)?(?:早在|早年|晚年|曾经|曾|当年|在)?[^，。；;“”]{0,16}?(?:提出|作出|做出|说|讲|写下)(?:过)?的(?:这一|这个|这句|这条)(?:著名|重要|科学|经典|精辟)?(?:论断|名言|论述|判断|命题|观点|话|名句)`,
);
/**
 * The sentence right after the words says whose they are (“…”\n这是李大钊在《晨钟报》创刊号上写下的话 /
 * “…。”这句话出自毛泽东之口 / “…”，这是鲁迅的名言): the owner as {@link OWNER} (group 1) or a bare name
 * before an adverbial or the verb (group 2).
 */
const THIS_WAS = new RegExp(
  `^[。！？!?]?[ \\t\u3000]*(?:\\r?\\n[ \\t\u3000]*){0,2}[，,]?\\s*(?:这是|这就是|这句话是|这段话是|这些话是|此乃|这句话出自|这段话出自|此话出自|语出)(?:(${OWNER})|([\u4e00-\u9fff]{2,3}?)(?=同志|先生|早|曾|当年|在|于|生前|晚年|说|讲|写|留下|提出|发出|之口|的))(?:同志|先生)?(?:早在|早年|晚年|曾经|曾|当年|生前)?(?:[^，。；;“”\\r\\n]{0,24}?(?:说|讲|写|写下|留下|提出|发出)(?:过)?的|的)?(?:话|名言|名句|一段话|一句话|诗句|论断|格言|之口)`,
);
/** The other half of a saying quoted before (它还有下半句“, 后半句是“). */
const HALF = /(?:上半句|下半句|前半句|后半句|下一句|上一句|后一句|前一句)(?:是|为|则是|就是)?[：:，,]?\s*$/;

/** A bare name as an owner: a common surname and one or two characters, not a body, or a classic author. */
function anchoredName(name: string): string | null {
  if (CLASSIC_AUTHORS.has(name) || new RegExp(`^(?:${AUTHORS})$`).test(name)) return name;
  return SURNAMES.has(name[0]) && !NOT_A_NAME.has(name) && !BODY_END.test(name) ? name : null;
}

/** 这句话是邓小平说的：“ / 是鲁迅先生写的：“. */
const IT_WAS = new RegExp(`是((?:[\u4e00-\u9fff]{1,8}?(?=${POSTS}))?${OWNER})(?:曾经|生前|当年)?(?:说|讲|写|提出)(?:过)?的[：:，,]?\\s*$`);
/** The verb setting out a formulation before the mark (提出了“ / 作出了“ / 发出“). */
const SETS_OUT = /(提出|作出|做出|发出|发起|得出|喊出|道出|留下|写下|明确提出|郑重提出|鲜明提出)(?:了)?(?:一个|这样一个|一句|这样一句)?\s*$/;
/** What follows a formulation quoted as a complement: 的著名论断 / 等重大论断 / 的号召. */
const FORMULATION_NOUN = /^(?:等|这一|这个)?(?:的)?(?:著名|重大|重要|科学|伟大|战略|精辟|深刻)?(?:论断|判断|号召|倡议|命题|结论|口号|呐喊|呼声|心声|感慨|感叹|誓言|宣言|名言|名句|警句)/;
const STATEMENT = /[，,、。！？；!?;：:]/;

export function attributeFormulations(text: string, found: Quotation[]): void {
  let previous: Quotation | undefined;
  for (const q of found) {
    if (q.depth === 0) {
      const last = previous;
      previous = q;
      if (q.speaker === null && q.closed && q.content.length >= 4 && !FORMULA.test(q.content)) {
        // “…”，毛泽东早在1931年作出的这一著名论断: the one who set it out, named right after.
        const after = THIS_FORMULATION.exec(text.slice(q.end, q.end + 50)) ?? THIS_WAS.exec(text.slice(q.end, q.end + 60));
        const owner = after === null ? null : after[2] !== undefined ? anchoredName(after[2]) : ownerOf(after[1]);
        if (owner !== null) {
          setSpeech(q, owner);
          continue;
        }
        // 它还有下半句“…”: the other half of the saying quoted just before, same speaker.
        if (last !== undefined && last.kind === 'speech' && last.speaker !== null && HALF.test(text.slice(Math.max(last.end, q.start - 12), q.start)) && q.start - last.end <= 80 && !/[。！？!?]/.test(text.slice(last.end, q.start).slice(0, -12))) {
          setSpeech(q, last.speaker);
          continue;
        }
      }
    }
    if (q.depth !== 0 || q.speaker !== null || q.content.length < 4 || FORMULA.test(q.content)) continue;
    const before = text.slice(Math.max(0, q.start - 50), q.start);
    const statement = STATEMENT.test(q.content) || q.content.length >= 8;
    // Cheap tests first: the owner rules need 的 right before the mark, the formulation rule its noun after.
    const ofRight = /的[：:，,]?\s*$/.test(before);
    const it = ofRight ? IT_WAS.exec(before) : null;
    if (it !== null) {
      const owner = ownerOf(it[1]);
      if (owner !== null) {
        setSpeech(q, owner);
        continue;
      }
    }
    // 范晔在《后汉书》中提到的“…”: a name anchored by the work it wrote in.
    const inWork = ofRight ? IN_WORK.exec(before) : null;
    if (inWork !== null && q.content.length >= 6) {
      const owner = inWork[1] !== undefined ? anchoredName(inWork[1]) : ownerOf(inWork[2]);
      if (owner !== null) {
        setSpeech(q, owner);
        continue;
      }
    }
    const rel = ofRight ? RELATIVE.exec(before) : null;
    // A bare possessive (毛泽东的“…”) only with a statement quoted; with a verb (所说的, 讲的) any words.
    if (rel !== null && (rel[3] !== undefined || rel[2] !== undefined || statement) && q.content.length >= 6) {
      const owner = ownerOf(rel[1]);
      if (owner !== null) {
        setSpeech(q, owner);
        continue;
      }
    }
    if (!q.closed || q.content.length < 6) continue;
    // Footnote markers (①, [3]) and the other formulations of a list (“…”①“…”②等著名论断) stand between.
    const nounAt = pastList(text, q.end);
    if (!FORMULATION_NOUN.test(text.slice(nounAt, nounAt + 12))) continue;
    const verbEnd = beforeList(text, q.start);
    const sets = verbEnd === q.start ? SETS_OUT.exec(before) : SETS_OUT.exec(text.slice(Math.max(0, verbEnd - 50), verbEnd));
    if (sets === null) continue;
    const cueStart = verbEnd - (Math.min(50, verbEnd) - sets.index);
    let sentenceStart = cueStart;
    while (sentenceStart > 0 && cueStart - sentenceStart < 120 && !'。！？!?\r\n'.includes(text[sentenceStart - 1])) sentenceStart--;
    const { speaker } = speakerBefore(text, sentenceStart, cueStart);
    if (speaker === null) continue;
    setSpeech(q, speaker);
    q.cue = sets[1];
  }
}

/** A footnote marker after a quotation: ①, [3], [2]329, 〔4〕. */
const NOTE = /^(?:[\u2460-\u2473\u2776-\u277f]|\[\d{1,3}\](?:\d{1,4})?|〔\d{1,3}〕)/;
/** At most this many quotations listed before the noun. */
const MAX_LISTED = 6;

/** Past footnote markers and further quotations of a list after `at` (“…”①“…”②等): where the text goes on. */
function pastList(text: string, at: number): number {
  let i = at;
  for (let n = 0; n <= MAX_LISTED; n++) {
    let m: RegExpExecArray | null;
    while ((m = NOTE.exec(text.slice(i, i + 10))) !== null) i += m[0].length;
    const sep = text[i] === '、' && text[i + 1] === '“' ? 1 : 0;
    if (text[i + sep] !== '“') return i;
    const close = text.indexOf('”', i + sep + 1);
    if (close < 0 || close - i > 80 || /[“\r\n]/.test(text.slice(i + sep + 1, close))) return i;
    i = close + 1;
  }
  return i;
}

/** Before earlier quotations of a list and their footnote markers before `at` (作出“…”①“…”): where the verb ends. */
function beforeList(text: string, at: number): number {
  let i = at;
  for (let n = 0; n < MAX_LISTED; n++) {
    let j = i;
    if (text[j - 1] === '、') j--;
    // (footnote markers stand right after the closing mark)
    const tail = text.slice(Math.max(0, j - 10), j);
    const note = /(?:[\u2460-\u2473\u2776-\u277f]|\[\d{1,3}\](?:\d{1,4})?|〔\d{1,3}〕)+$/.exec(tail);
    if (note !== null) j -= note[0].length;
    if (text[j - 1] !== '”') return i;
    const open = text.lastIndexOf('“', j - 1);
    if (open < 0 || j - open > 80 || /[”\r\n]/.test(text.slice(open + 1, j - 1))) return i;
    i = open;
  }
  return i;
}

function setSpeech(q: Quotation, speaker: string): void {
  q.kind = 'speech';
  q.speaker = speaker;
}

/** The owner as a reader writes it: a work, 习近平, an author, a post and a name; else null. */
function ownerOf(raw: string): string | null {
  const work = /^(《[^《》]+》)(?:中|里)?$/.exec(raw);
  if (work !== null) return work[1];
  const speaker = normaliseSpeaker(raw);
  if (speaker === null) return null;
  if (speaker === XI || speaker === '古人' || speaker === '毛泽东') return speaker;
  if (speaker === '毛主席') return '毛泽东';
  if (new RegExp(`^(?:${AUTHORS})$`).test(speaker) || CLASSIC_AUTHORS.has(speaker)) return speaker;
  const name = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`).exec(speaker);
  if (name !== null && SURNAMES.has(name[1][0])) return speaker;
  // 唐代诗人李白 → 李白 (normalised by the source rules).
  return /^[\u4e00-\u9fff·]{2,4}$/.test(speaker) && SURNAMES.has(speaker[0]) && speaker !== raw ? speaker : null;
}
