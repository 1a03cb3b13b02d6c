/**
 * A partial quotation inside reported speech: the cue and its comma stand a few words before the
 * mark, and the quoted words are the predicate of what the speaker said (毛宁说，中方“欢迎…”,
 * 郑栅洁指出，扩大内需“既是当务之急…”, 卓荣泰指出，政府将「全力稳定物价」, 方案提出，到2027年“基本建成…”).
 * The words are the speaker's. A keyword the sentence names (会议强调，要坚持“两个毫不动摇”, 他表示，将继续
 * 推进“放管服”改革, 她说，这就是所谓的“内卷”) stays a phrase: the words between the comma and the mark
 * then end with a verb that takes the quotation as its object, or a noun follows the quotation.
 */
import { CUES_BY_LAST, FORMULA, SHORT_CUE_MAX, type Reference } from './common';
import { speakerBefore } from './subject';
import { POSTS, SURNAMES } from './names';
import { personId } from './references';

/** The words between the comma and the mark: a short subject, maybe a modal or time (中方, 政府将, 到2027年). */
const LEAD_MAX = 14;
/** A lead ending so takes the quotation as its object or names it: 坚持“…”, 所谓的“…”, 这是“…”. */
const OBJECT_VERB_END =
  /(的|是|为|叫|叫做|称|称为|称作|被誉为|作为|成为|坚持|推进|推动|实施|打造|开展|落实|贯彻|加强|完善|构建|建立|建设|建成|形成|实现|发展|深化|提升|促进|践行|弘扬|树立|提出|强化|坚定|把|让|使|用|以|从|在|对|向|和|与|及|或|、|了|着|过|个|种|项|条|些|这|那|一)$/;
/** Two-character verbs that take a named thing as object (推出“…”, 出台“…”, 列入“…”). */
const OBJECT_VERB_WORD =
  /(推出|出台|发布|印发|启动|设立|成立|举办|制定|实行|推行|部署|采取|设置|开通|上线|命名|评为|列入|纳入|写入|写进|提到|谈到|说到|讲到|叫做|喊出|打出|唱响|掀起|开启|迎来|获得|荣获|取得|创造|创建|创立|发起|倡导|提倡|宣传|学习|研究|讨论|解读|关注|聚焦|围绕|突出|抓好|做好|用好|守好|讲好|走好|下好|打好|打赢|打响|办好|搞好|谈|讲|写|提|念|唱|喊|读|听|看|学|非|并非|绝非|不是|并不是|不算|算是|属于|成了|变成|当作|视为)$/;
/** A modal or auxiliary (将, 会, 要, 应, 已, 正在): at the end of the lead, the quotation is its predicate. */
const MODAL = /(将|会|要|应该|应当|应|能够|能|可以|可|已经|已|正在|正|仍|必须|一定|需要|需)/;
const TRAILING_MODALS = new RegExp(`(?:${MODAL.source})+$`);
/** Predicates that open with an adverb, modal or stance verb: 更趋…, 只会…, 既是…, 坚决反对, 欢迎…, 基本建成. */
const PREDICATE_OPENING =
  /^(更|只|既|也|都|不|没|决不|绝不|必|将|会|要|已|正|仍|还|很|最|越|再|基本|全力|全面|持续|坚决|始终|一贯|高度|强烈|欢迎|反对|支持|愿|希望|主张|呼吁|敦促|缓不济急|严正|依法|尽快|继续|进一步)/;
/** What a keyword heads (“两山”理念, “…”这一, “…”工作); a counted formula is FORMULA (common.ts). */
const NOUN_AFTER = /^(?:工作|发展|重要)?(这一|这个|等|理念|战略|思想|目标|要求|原则|方针|总基调|基调|布局|体系|工程|行动|政策|制度|机制|精神|改革|建设|模式|试点|标准|的)/;

export interface IndirectCue {
  cue: string;
  speaker: string | null;
  ref: Reference | null;
}

/**
 * The cue of a partial quotation at `start` (closed at `end`) inside reported speech, or null.
 * `windowStart`: where the look-back may start (the sentence, not across a heading).
 */
export function indirectCue(text: string, windowStart: number, start: number, end: number, closed: boolean, content: string): IndirectCue | null {
  if (!closed || content.length < 3 || FORMULA.test(content) || NOUN_AFTER.test(text.slice(end, end + 4))) return null;
  // The comma closest before the mark, with a lead of at most LEAD_MAX characters and no mark in it.
  // A short term quoted inside the lead (「十五五」时期…) is part of it.
  let comma = -1;
  for (let i = start - 1; i >= Math.max(0, start - LEAD_MAX - 9); i--) {
    const ch = text[i];
    if (ch === '，' || ch === ',') {
      comma = i;
      break;
    }
    if (ch === '”' || ch === '」') {
      const open = text.lastIndexOf(ch === '”' ? '“' : '「', i);
      if (open >= 0 && i - open <= 8 && !/[，。！？；,.!?;]/.test(text.slice(open, i))) {
        i = open;
        continue;
      }
    }
    if ('。！？；;：:“”「」『』‘’《》\n\r、!?'.includes(ch)) return null;
  }
  if (comma <= 0) return null;
  const lead = text.slice(comma + 1, start).replace(/[“「][^“”「」]{0,8}[”」]/g, '□').trim();
  if (lead.length > LEAD_MAX) return null;
  if (lead.length > 0 && (OBJECT_VERB_END.test(lead) || OBJECT_VERB_WORD.test(lead))) return null;
  // 政府会推出「…」: a modal followed by a verb takes the quotation as its object (政府会「…」 is a predicate).
  if (MODAL.test(lead.replace(TRAILING_MODALS, ''))) return null;
  // The quotation ends the clause (中方“坚定支持…”。), or it is plainly a predicate (中方“坚决反对”有关做法).
  const after = text[end] ?? '';
  // (…「我自己认为运作得好好。」 有太多人…: a whole sentence quoted, then a space, ends its clause too.)
  if (!(after === '' || '。，；！？,;!?”」\r\n \u3000'.includes(after) || PREDICATE_OPENING.test(content) || /[，,。！？!?]/.test(content))) return null;
  // The cue ends right before the comma: 说，/ 表示，/ 指出，/ 批评，.
  if (lead.length > 0 && comma > windowStart) {
    const cue = cueEndingAt(text, windowStart, comma);
    if (cue !== null) return cue;
  }
  // 胡婉玲强调，作为国家通讯社，任何…的报导，「我们会尽量保护」: the cue heads the sentence.
  const spoken = /[，,。！？!?；;]/.test(content) || PERSON_WORDS.test(content) || (lead.length > 0 ? PREDICATE_OPENING.test(content) : content.length >= 8);
  if (spoken && content.length >= 4) return sentenceHead(text, comma);
  // 林郑月娥称一个团体是否中立，「不是由特首定性」，重申…: a short clause quoted right after the comma,
  // ending its own clause, in a sentence headed by a named person and a verb of saying.
  if (lead.length === 0 && content.length >= 4 && /^[，,。；;]/.test(after)) {
    const head = sentenceHead(text, comma);
    if (head !== null && head.speaker !== null && personId(head.speaker) !== null) return head;
  }
  return null;
}

/** Words that show quoted words are said by someone (我们会…, 大家辛苦了, 社长您也是…). */
/** (Cantonese written as spoken: 嘅, 唔, 咗, 喺, 哋, 啲, 嚟, 冇, 佢 — quoted words of a Hong Kong or Macao speaker.) */
const PERSON_WORDS = /我|咱|你|您|大家|[嘅唔咗喺哋啲嚟冇佢]/;
/** How far back the head of a sentence of reported speech is looked for. */
const SENTENCE_MAX = 300;

/** A cue ending right before `cueEnd` (the comma), with its speaker. */
function cueEndingAt(text: string, windowStart: number, cueEnd: number): IndirectCue | null {
  for (const cue of CUES_BY_LAST.get(text[cueEnd - 1]) ?? []) {
    const cueStart = cueEnd - cue.length;
    if (cueStart < windowStart || !text.startsWith(cue, cueStart)) continue;
    if (cue.length <= SHORT_CUE_MAX && !/^[说称讲指]$/.test(cue)) continue;
    // …的决定， / 他的回答，: a noun, not a cue.
    if (text[cueStart - 1] === '的') continue;
    const found = speakerBefore(text, windowStart, cueStart);
    if (found.speaker === null && found.ref === null) return null;
    return { cue, speaker: found.speaker, ref: found.ref };
  }
  return null;
}

/**
 * The cue heading the sentence that holds the comma at `comma`: one of its first three clauses ends
 * with a cue (总统认为，… / 在会上，李强表示，…), the clauses before it are not reported speech of
 * their own, and no later clause up to the comma ends with another cue (two speakers: hold back).
 */
export function sentenceHead(text: string, comma: number): IndirectCue | null {
  let from = comma;
  while (from > 0 && comma - from < SENTENCE_MAX && !'。！？!?\r\n'.includes(text[from - 1])) from--;
  if (comma - from >= SENTENCE_MAX) return null;
  const commas: number[] = [];
  for (let i = from; i < comma; i++) if ('，,；;'.includes(text[i])) commas.push(i);
  commas.push(comma);
  let head: IndirectCue | null = null;
  for (let k = 0; k < commas.length; k++) {
    const segStart = k === 0 ? from : commas[k - 1] + 1;
    const found: IndirectCue | null = cueEndingAt(text, from, commas[k]) ?? (head === null && k < 3 ? cueOpening(text, from, segStart, commas[k]) : null);
    // 社长胡婉玲表示，…；胡婉玲还说，…: the same person again is still one speaker.
    if (found !== null && head !== null && samePerson(found.speaker, head.speaker)) continue;
    if (found !== null && head !== null) return null;
    if (found !== null && k < 3) {
      head = found;
      continue;
    }
    if (found !== null) return null;
    // A quotation of its own before the head (“…”，他说，…) is another matter.
    if (head === null && /[“”「」]/.test(text.slice(segStart, commas[k]))) return null;
    // 向东透露，国务院总理李克强…的要求是，必须「…」: another person named after the head: hold back.
    // (The words are still reported speech: speech, with nobody named.)
    if (head !== null && namesPerson(text.slice(segStart, commas[k]).replace(/[“「][^“”「」]*[”」]/g, ''))) return { cue: head.cue, speaker: null, ref: null };
  }
  return head;
}

/** Whether two speakers are one named person (社长胡婉玲 and 胡婉玲). */
function samePerson(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const ida = personId(a);
  return ida !== null && ida === personId(b);
}

/** A post and what may be a name after it (国务院总理李克强). */
const POST_THEN = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2})`, 'g');

/** Whether a clause names a person by post and name, or 习近平 by name or title. */
function namesPerson(clause: string): boolean {
  if (/习近平|总书记/.test(clause)) return true;
  for (const m of clause.matchAll(POST_THEN)) {
    if (SURNAMES.has(m[1][0]) && !/^[在于对就向同与给曾也还又都和及将把被从是的]/.test(m[1])) return true;
  }
  return false;
}

/**
 * A clause opening with subject + cue + what is said (他批评有外国政客抹黑香港 / 李家超亦称会根据…):
 * the cue must follow a short subject directly.
 */
function cueOpening(text: string, from: number, segStart: number, segEnd: number): IndirectCue | null {
  const segment = text.slice(segStart, segEnd);
  for (let i = 2; i < Math.min(segment.length - 2, 20); i++) {
    for (const cue of CUES_BY_LAST.get(segment[i - 1]) ?? []) {
      if (cue.length < 2 && !/^[称说指]$/.test(cue)) continue;
      const cueStart = i - cue.length;
      if (cueStart < 1 || !segment.startsWith(cue, cueStart) || segment[cueStart - 1] === '的') continue;
      const found = speakerBefore(text, from, segStart + cueStart);
      if (found.speaker === null && found.ref === null) continue;
      if (found.speaker !== null && found.speaker.length > 16) continue;
      return { cue, speaker: found.speaker, ref: found.ref };
    }
  }
  return null;
}

/**
 * The speaker heading the sentence `[from, to)` (向东称，… / 代表们普遍认为，…): one of its first three
 * clauses ends with a cue or opens with subject + cue. Null when none, or when the subject is not
 * named (a pronoun is left to the rules that resolve it).
 */
export function sentenceSpeaker(text: string, from: number, to: number): string | null {
  let segStart = from;
  for (let k = 0; k < 3 && segStart < to; k++) {
    let segEnd = segStart;
    while (segEnd < to && !'，,；;'.includes(text[segEnd])) segEnd++;
    if (/[“”「」]/.test(text.slice(segStart, segEnd))) return null;
    const found = (segEnd < to ? cueEndingAt(text, from, segEnd) : null) ?? cueOpening(text, from, segStart, segEnd);
    if (found !== null) return found.speaker;
    segStart = segEnd + 1;
  }
  return null;
}
