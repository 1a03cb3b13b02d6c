/**
 * Who says it, read from the clause around the cue: the subject before the cue (speakerBefore), the
 * subject after a closed quotation (cueAfter), and how a subject as written becomes a speaker
 * (normaliseSpeaker).
 */
import {
  CUES_BY_LAST, LEADING_ADVERBIAL, LEADING_BYLINE, LEADING_CONNECTOR, LEADING_DATELINE, NOT_A_SPEAKER, SUBJECT_END, TRAILING_TIME, XI, XI_ALIASES,
  joinLines, type Reference,
} from './common';
import { normaliseSource } from './sources';
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';

/** A post without a name (总理指出, 部长表示, 特首强调): resolved to the person of that post named nearby. */
const BARE_TITLE = new RegExp(`^副?(?:${POSTS}|特首)$`);
/** Whether a speaker is a post without a name (发言人, 部长, 特首). */
export function isBareTitle(speaker: string): boolean {
  return BARE_TITLE.test(speaker);
}

/**
 * The subject of the clause that holds the cue: the clause segment right before the cue
 * (segments split at ，；：), trimmed of connectors and cut at the first adverbial
 * (在…上, 多次, 深刻 …); if that is empty (…座谈会上，深刻指出), the segment before. A cue that opens
 * its clause with no subject (…，并指出：“ / 。同时强调：“) takes the subject of a sentence opening
 * with subject + cue (会议认为，…，要求：“ → 会议); failing that it is marked elided, and so is a
 * pronoun subject marked, for {@link resolveReferences}.
 */
export function speakerBefore(text: string, windowStart: number, cueStart: number): { speaker: string | null; ref: Reference | null } {
  // Clause boundary: the last sentence end before the cue.
  let from = windowStart;
  for (let i = cueStart - 1; i >= windowStart; i--) {
    if ('。！？!?”」』'.includes(text[i])) {
      // 这位“90后”创业者透露: a short term quoted inside the subject does not end the clause.
      const term = inlineTermStart(text, windowStart, i);
      if (term >= 0) {
        i = term;
        continue;
      }
      from = i + 1;
      break;
    }
  }
  // A heading line (…党课讲稿 / …学习心得) before the cue's line is no part of its subject.
  const lineBreak = text.lastIndexOf('\n', cueStart - 1);
  if (lineBreak >= from && HEADING_LINE.test(text.slice(from, lineBreak).trim().split(/[：:]/).pop() ?? '')) from = lineBreak + 1;
  // Line breaks (PDF extraction: 习近\n平) and the indentation around them are removed; other
  // spaces are kept (《中共中央 国务院关于…的意见》) and trimmed per segment.
  // 诺斯（North，1990）认为 / 张静（2021）指出: a citation in brackets is not a clause of its own.
  const segments = joinLines(text.slice(from, cueStart)).replace(CITATION, '').split(/[，,；;：:]/);
  const last = segments[segments.length - 1];
  // 王刚沉默片刻，平静地回答：the segment before the cue is only how it is said; the subject is before it.
  if (MANNER_ONLY.test(last.trim()) && !/^[他她我]/.test(last.trim()) && segments.length > 1) {
    const subject = subjectText(segments[segments.length - 2]);
    const trimmed = subject === undefined ? undefined : trimPredicate(subject);
    // …走进展厅，边走边问: a predicate with no person in it is not the subject (the sentence's opener may be).
    if (subject !== undefined && trimmed !== undefined && (openingOf(trimmed) !== trimmed || trimmed !== subject || trimmed.length <= 6)) {
      const found = subjectWithRef(openingOf(trimmed), cueStart);
      // …，并自己花钱买下，笑着说: a predicate (自己…) is no subject; the sentence's opener may be.
      if (found.speaker !== null || found.ref !== null) return found;
    }
  }
  // 笑着说: how it is said is never the subject.
  const asWritten = subjectText(last);
  // (各地 / 内地 end in 地 but are subjects: only the manners of MANNER_END count.)
  const mannerOnly =
    asWritten !== undefined && asWritten.length <= 4 && MANNER_ONLY.test(asWritten) && !/^[他她我]/.test(asWritten) && (!asWritten.endsWith('地') || MANNER_END.test(asWritten));
  const lastSubject = mannerOnly ? undefined : asWritten;
  // 旅发局主席彭耀佳笑着说: the person, not what the person does while saying it.
  if (lastSubject !== undefined) return subjectWithRef(trimPredicate(lastSubject), cueStart);
  const elided = ELIDED_CLAUSE.test(last.replace(/\s+/g, ''));
  if (elided) {
    const opener = sentenceOpener(text, windowStart, cueStart);
    if (opener !== null) return opener;
  }
  if (segments.length > 1 && !mannerOnly) {
    const prev = segments[segments.length - 2].trim();
    // 习近平总书记在…座谈会上，深刻指出: the segment before is the subject with its adverbial. After
    // anything else (…，要求 / …问题作为重中之重，并指出) the segment before is a predicate, not a subject.
    if (!elided || /(上|时|中|后|期间|之际)$/.test(prev)) {
      const subject = subjectText(prev);
      // 老党员们聚在一起，纷纷表示: the person the segment opens with, not the whole segment.
      if (subject !== undefined) return subjectWithRef(openingOf(trimPredicate(subject)), cueStart);
    }
  }
  // 老支书送我们到村口，反复念叨：the person the sentence opens with goes on saying it.
  const clause = joinLines(text.slice(from, cueStart));
  const topic = elided || MANNER_ONLY.test(last.trim()) ? topicPerson(clause.slice(clause.search(/[：:][^：:]*$/) + 1).split(/[，,；;]/)) : null;
  if (topic !== null) return { speaker: topic, ref: null };
  return { speaker: null, ref: elided ? { kind: 'elided', at: cueStart, continuing: true, feminine: false } : null };
}

/** A heading: no clause punctuation, ending with what a heading names (讲稿, 心得, 第1篇). */
const HEADING_LINE = /^[^，,；;：:“”]{2,40}(?:讲稿|讲话|发言|心得|体会|党课|报告|笔记|提纲|读后感|汇编|选编|摘编|第[一二三四五六七八九十\d]+[篇章节讲])$/;

/**
 * Where the short quoted term closed by the mark at `close` opens (这位“90后”创业者, 被称为“当代愚公”的老人),
 * when it stands inside a clause: no punctuation in it, at most 8 characters, and a word (not
 * punctuation) right before its opening mark. -1 otherwise (”会议认为 after a quoted sentence).
 */
function inlineTermStart(text: string, from: number, close: number): number {
  const open = { '”': '“', '」': '「', '』': '『' }[text[close]];
  if (open === undefined) return -1;
  for (let k = close - 1; k >= Math.max(from, close - 9); k--) {
    const ch = text[k];
    if (ch === open) return k > from && /[\u4e00-\u9fff]/.test(text[k - 1]) && k < close - 1 ? k : -1;
    if (/[，。！？；：、,.!?;:\s“”「」『』]/.test(ch)) return -1;
  }
  return -1;
}

/** People named by what they are, as the subject opening a sentence (老支书送我们…, 村民张大爷拉着…). */
const PERSON_HEAD = new RegExp(`^([^，。的“”]{0,6}?(?:${POSTS}|老支书|支书|记者|专家|负责人|发言人|老汉|大爷|大妈|大娘|大姐|阿姨|师傅)(?:们)?)(?![会团组队处室委员部长])`);

/**
 * The person a sentence opens with (its first segment: subject + predicate), when the segment of the
 * cue has no subject of its own and no segment between opens with another person or a pronoun.
 * A body (…作为重中之重，并指出) or anything but a person gives null: a wrong speaker is worse than none.
 */
function topicPerson(segments: readonly string[]): string | null {
  if (segments.length < 2 || segments.length > 4) return null;
  let first = 0;
  // 采访结束时，老支书… / 在村口，总书记…: an adverbial segment before the subject.
  while (first < segments.length - 2 && (/(时|后|前|上|中|里|间|期间|之际|伊始)$/.test(segments[first].trim()) || /^(关于|对于|针对|围绕|至于)/.test(segments[first].trim())) && !/^[他她]/.test(segments[first].trim())) first++;
  const subject = subjectText(segments[first]);
  if (subject === undefined || subject.length < 2) return null;
  const person = personOpening(subject) ?? BODY_HEAD.exec(subject)?.[1] ?? null;
  if (person === null || (person !== XI && person.length >= subject.length)) return null;
  for (let k = first + 1; k < segments.length - 1; k++) {
    const seg = segments[k].trim();
    if (/^[他她]/.test(seg) || personOpening(seg) !== null) return null;
  }
  return normaliseSpeaker(person);
}

/** 会议听取了…汇报 / 全会审议通过了…: a meeting as the subject opening a clause. */
const BODY_HEAD = /^(会议|全会|大会|座谈会|常务会议|常委会会议)(?=[听审研通讨认强指要号决提传学把对就围分部总明])/;

/** A subject that is a person or meeting followed by what it does: only the person or meeting (else as is). */
function openingOf(subject: string): string {
  const person = personOpening(subject) ?? BODY_HEAD.exec(subject)?.[1] ?? null;
  return person !== null && person !== XI && person.length < subject.length ? person : subject;
}

/** The person (习近平, post + name, or a described person) a clause opens with, or null. */
function personOpening(clause: string): string | null {
  for (const alias of XI_ALIASES) if (clause.startsWith(alias)) return XI;
  // 中国国家主席习近平接见…时: his posts before his name (习 is not in SURNAMES).
  if (/^[^，。、]{0,10}?(?:主席|总书记)习近平/.test(clause)) return XI;
  const named = POST_NAME_START.exec(clause);
  if (named !== null && SURNAMES.has(named[2][0])) return named[0];
  const head = PERSON_HEAD.exec(clause);
  return head === null || /[了着过把被将给与和对是见到为让]/.test(head[1].slice(0, -2).replace(/^与会/, '')) ? null : head[1];
}


/** The cue opens its clause: nothing before it but connectors and adverbs (同时, 并, 还, 进一步 …). */
const ELIDED_CLAUSE =
  /^[”’」』]*(同时|此外|另外|并且|而且|并|还|也|又|进一步|再次|随后|接着|最后|同样|特别|专门|明确|深刻|郑重|反复|多次|一再|鲜明|高度|纷纷|不时|时不时|连声|频频|一致|普遍|共同|当场|随即|当即|立即)*$/;
/** 他 / 她 as a subject (not 他们, 他人, 他国 …), maybe with an adverbial (他在讲话中, 他笑着). */
const PRONOUN_SUBJECT = /^[他她](?![们人国乡者的])/;
/** 他还说 / 她也指出 / 他同时强调: the pronoun goes on with the previous speaker. */
const CONTINUING_PRONOUN = /^[他她](还|也|又|同时|进一步|接着|随后|再次|继续|续)/;

/** 我们强调 / 我说过: the first person, the author or speaker of the text (resolved later). */
const FIRST_PERSON = /^(我们|我)(?![国省市区县党校院部委厅局])/;
/** 这位负责人 / 这名老人 / 该局长: a person described, named elsewhere in the passage. */
const DESCRIBED = /^(?:这位|这名|该)(.{1,14})$/;
/** 该条例 / 该法第十条 / 该公司: 该 with a document or body, not a person (kept as written). */
const THAT_THING = /^该《?(?:条例|法|办法|规定|意见|方案|规划|决定|通知|报告|文件|法律|法规|政策|公司|企业|集团|机构|部门|组织|协会|银行|学校|医院|网站|平台|研究|调查|项目|计划|纲要|白皮书|公报|声明|协议|条约|宪章)/;

function subjectWithRef(subject: string, at: number): { speaker: string | null; ref: Reference | null } {
  // 后者告诉他: the person named last before it.
  if (subject === '后者') return { speaker: null, ref: { kind: 'title', at, continuing: false, feminine: false, title: subject } };
  const described = THAT_THING.test(subject) ? null : DESCRIBED.exec(subject);
  if (described !== null) return { speaker: null, ref: { kind: 'title', at, continuing: false, feminine: false, title: described[0] } };
  const speaker = normaliseSpeaker(subject);
  if (speaker !== null && BARE_TITLE.test(speaker)) {
    return { speaker, ref: { kind: 'title', at, continuing: false, feminine: false, title: speaker } };
  }
  if (speaker === null && subject.length <= 8 && FIRST_PERSON.test(subject)) {
    return { speaker, ref: { kind: 'first', at, continuing: false, feminine: false } };
  }
  if (speaker === null && subject.length <= 8 && PRONOUN_SUBJECT.test(subject)) {
    return { speaker, ref: { kind: 'pronoun', at, continuing: CONTINUING_PRONOUN.test(subject), feminine: subject[0] === '她' } };
  }
  return { speaker, ref: null };
}

/**
 * 会议认为，…，要求：“ / 习近平总书记在…时强调，…，并指出：“: the sentence holding the cue opens with
 * subject + cue verb, and that subject goes on. Returns null when the sentence does not open so.
 */
function sentenceOpener(text: string, windowStart: number, cueStart: number): { speaker: string | null; ref: Reference | null } | null {
  let from = windowStart;
  for (let i = cueStart - 1; i >= windowStart; i--) {
    if ('。！？!?'.includes(text[i])) {
      from = i + 1;
      break;
    }
  }
  const sentence = joinLines(text.slice(from, cueStart));
  const comma = sentence.search(/[，,；;：:]/);
  if (comma < 0) return null;
  // The sentence may start right after a quotation's 。” (…久久为功。”会议认为，…).
  const first = sentence.slice(0, comma).replace(/^[\s”’」』"]+/, '').trim();
  // 国务院印发《…》，提出“…” / 国务院办公厅近日发布通知，要求“…”: the body that issued it.
  const issued = ISSUED.exec(first);
  if (issued !== null) {
    const subject = subjectText(issued[1]);
    const speaker = subject === undefined ? null : normaliseSpeaker(subject);
    if (speaker !== null) return { speaker, ref: null };
  }
  for (const cue of CUES_BY_LAST.get(first[first.length - 1]) ?? []) {
    if (cue.length < 2 || !first.endsWith(cue)) continue;
    const subject = subjectText(first.slice(0, first.length - cue.length).replace(/所$/, ''));
    if (subject === undefined) return null;
    const found = subjectWithRef(subject, from);
    return found.speaker !== null || found.ref !== null ? found : null;
  }
  return null;
}

/** A clause segment that only says how something is said (平静地, 笑着, 一字一句地). */
const MANNER_ONLY = /^(?:[\u4e00-\u9fff]{1,5}地|缓缓|慢慢|轻声|大声|[\u4e00-\u9fff]{1,2}[着著]|接着|随即|当即|边走边|边看边|边干边|一边[\u4e00-\u9fff]{1,4}一边|不停地|不住地)$/;

/** A body issuing a document: 国务院印发《…》, 两办近日联合发布通知. */
const ISSUED = /^(.{2,30}?)(?:\d{1,2}日|近日|日前|今天|昨天|最近)?(?:联合)?(?:印发|发布|出台|下发|公布|发表|审议通过|通过|制定)了?(?:《|通知|意见|决定|公告|白皮书|文件)/;

/** undefined: the segment has no subject at all; otherwise the subject as written, not yet normalised. */
export function subjectText(segment: string): string | undefined {
  // [1]他指出 / ①毛泽东说: a footnote marker glued to the subject is not part of it.
  let s = segment.trim().replace(/^[…．.·—\s]+/, '').replace(/^(?:\[\d{1,3}\]|［\d{1,3}］|〔\d{1,3}〕|[①-⑳])+/, '');
  let m: RegExpExecArray | null;
  const byline = LEADING_BYLINE.exec(s);
  if (byline !== null) s = s.slice(byline[0].length).trim();
  const dateline = LEADING_DATELINE.exec(s);
  if (dateline !== null) s = s.slice(dateline[0].length).trim();
  while ((m = LEADING_CONNECTOR.exec(s)) !== null && m[0].length > 0) s = s.slice(m[0].length);
  // 其重要性正如邓小平所说 / 这一点诚如鲁迅所言: the one compared with opens the subject.
  s = s.replace(/^[^，。《》“”]{1,12}?(?:正如|诚如|正像|恰如)(?=[\u4e00-\u9fff]{2})/, '');
  // 也曾有立委询问 / 还有学者指出: the adverbs before 有 + a group.
  s = s.replace(/^(?:也|还|又|亦|更)?(?:曾经|曾)?(?=有[\u4e00-\u9fff]{2})/, '');
  // 在庆祝大会上习近平总书记指出: the subject follows the 在…上/时/期间 adverbial.
  const adverbial = LEADING_ADVERBIAL.exec(s);
  if (adverbial !== null) s = s.slice(adverbial[0].length);
  // A segment opening with an adverbial (在…会上 / 深刻) has no subject of its own.
  if (s.length === 0 || s.search(SUBJECT_END) === 0) return undefined;
  // A subject has at least two characters, so a marker at position 1 is part of a name (成都市委).
  // The markers are not searched inside a 《title》 (《中共中央关于…的决定》 holds 于).
  const cut = subjectEnd(s);
  if (cut >= 0) s = s.slice(0, cut);
  // 一位市民无奈地说 / 局长语重心长地说: how it is said ends the subject.
  const manner = MANNER_END.exec(s);
  if (manner !== null && manner.index >= 2) s = s.slice(0, manner.index);
  // 黄大发常说 / 他曾说: an adverb of habit right before the cue ends the subject.
  const habit = /(常常|经常|时常|总是|曾经|常|曾|总|也|还|又|都|就|便|再)$/.exec(s);
  if (habit !== null && habit.index >= 2) s = s.slice(0, habit.index);
  const time = TRAILING_TIME.exec(s);
  if (time !== null && time.index >= 2) s = s.slice(0, time.index);
  // 校长致辞时 / 局长回答提问时 / 代表审议时: the person, then a clause of when.
  const when = PERSON_THEN_WHEN.exec(s);
  if (when !== null) s = when[1];
  return s;
}

/** A bracketed citation or date (（North，1990）, （2021）, （12）): brackets holding a comma, digit or Latin letter. */
const CITATION = /[（(][^（）()\r\n]{0,40}?[，,\dA-Za-z][^（）()\r\n]{0,40}?[）)]/g;

/** Manner adverbs (…地) that end a subject: a list, since 各地 / 内地 / 基地 are subjects. */
const MANNER_END =
  /(?:很|非常|十分)?(?:无奈|激动|动情|兴奋|高兴|自豪|感慨|深情|认真|坚定|平静|诚恳|耐心|热情|郑重|严肃|风趣|幽默|笑眯眯|乐呵呵|坦率|直率|肯定|斩钉截铁|意味深长|语重心长|若有所思|不无感慨|满怀信心|充满信心|信心满满|感激|欣慰|骄傲|谦虚|淡定|轻松|开心|欣喜|激动不已|动容|哽咽|爽朗|腼腆|大声|小声|轻声|低声|缓缓|慢慢|一字一句|反复|再三|亲切|关切|焦急|急切|笑着)[地的]$/;

/** A person (a post or role, maybe with a name) followed by a clause ending in 时 / 之际 / 期间. */
const PERSON_THEN_WHEN = new RegExp(
  `^(.{0,12}?(?:${POSTS}|记者|专家|主持人|嘉宾|负责人|发言人)(?:[\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER}|受访|受邀|谈|讲|致|审议)|[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER}|受访|受邀|谈|讲|致|审议))?)[^，。]{1,12}(?:时|之际|期间)$`,
);

/** Where the first SUBJECT_END marker at or after position 2 and outside any 《…》 stands, or -1. */
function subjectEnd(s: string): number {
  const re = new RegExp(SUBJECT_END.source, 'g');
  // 我在…会上 / 他在…时: a one-character pronoun is a whole subject.
  // (他还说 / 他也指出 keep their adverb: they go on with the previous speaker.)
  // 李则称 / 王却说: a one-character surname standing for the person named before.
  if (/^[\u4e00-\u9fff][则却亦]$/.test(s) && SURNAMES.has(s[0])) return 1;
  re.lastIndex = /^[我他她](?![们国省市区县党校院部委厅局人乡者])(?!还|也|又|同时|进一步|接着|随后|再次|继续)/.test(s) ? 1 : 2;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const open = s.lastIndexOf('《', m.index);
    // 局长卢向东 / 主任王同军: the marker is inside a name after a post (one or two characters follow).
    if (s.length - m.index <= 2 && m[0].length === 1 && POST_AND_SURNAME.test(s.slice(0, m.index)) && SURNAMES.has(s[m.index - 1])) continue;
    if (open < 0 || s.lastIndexOf('》', m.index) > open) return m.index;
  }
  return -1;
}
const POST_AND_SURNAME = new RegExp(`(?:${POSTS})[\\u4e00-\\u9fff]$`);

/** Posts joined by 、 before a name (…主任、…局长卢向东): a long subject, still a person. */
const LONG_TITLED_NAME = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,22}、){1,3}[\\u4e00-\\u9fff]{0,20}(?:${POSTS})[\\u4e00-\\u9fff]{2,3}$`);

/** A possessive pronoun and a relation (他的太太, 她的同事). */
const RELATED = /^(?:他|她|我|你)(?:们)?的(太太|妻子|丈夫|爱人|老伴|儿子|女儿|父亲|母亲|爸爸|妈妈|同事|助手|秘书|搭档|老师|学生|邻居|朋友|战友|徒弟|师傅|家人|孩子)$/;

/** 习近平总书记 / 习近平同志 / 总书记 / 习主席 -> 习近平; pronouns and non-subjects -> null. */
export function normaliseSpeaker(raw: string): string | null {
  const s = raw.trim();
  // A document title may be long (《中共中央关于进一步全面深化改革、推进中国式现代化的决定》).
  // So may the posts before a name (国务院办公厅政府职能转变办公室主任、国务院审改办协调局局长卢向东).
  const maxLength = /^[^《》]{0,16}《[^《》]+》$/.test(s) ? 80 : LONG_TITLED_NAME.test(s) && (SURNAMES.has(s[s.length - 3] ?? '') || SURNAMES.has(s[s.length - 2] ?? '')) ? 48 : 25;
  if (s.length === 0 || s.length > maxLength) return null;
  // 他的太太 / 她的同事: the person related, as the text names them (the owner is another person).
  const related = RELATED.exec(s);
  if (related !== null) return related[1];
  const source = normaliseSource(s);
  if (source !== undefined) return XI_ALIASES.includes(source) ? XI : source;
  if (NOT_A_SPEAKER.test(s)) return null;
  for (const alias of XI_ALIASES) {
    if (s === alias) return XI;
  }
  // 习近平总书记的重要讲话 / 习近平同志的回信: his words.
  for (const alias of XI_ALIASES) {
    if (s.startsWith(alias + '的')) return XI;
  }
  // 以习近平同志为核心的党中央 is the Central Committee, not Xi himself.
  const core = /^以习近平同志为核心的(.+)$/.exec(s);
  if (core) return core[1];
  for (const alias of XI_ALIASES) {
    if (s.startsWith(alias) && s.length - alias.length <= 4) return XI; // 习近平总书记曾 …, 习近平同志本人
  }
  return s;
}

/**
 * ”他说。 / ”，习近平总书记强调。 / ”习近平总书记在…时说。 / ”他说，“… right after a closed quotation.
 * The words between the mark and the cue are read like a clause subject (在…时 adverbials skipped).
 */
export function cueAfter(text: string, end: number, content: string, opensSentence = false): { speaker: string | null; cue: string | null; ref: Reference | null } | null {
  if (text[end] === '的') return null;
  const tail = text.slice(end, end + CUE_AFTER_CHARS);
  const source = sourceAfter(tail, end, content);
  if (source !== undefined) return source;
  const m = CUE_AFTER.exec(tail);
  if (m === null) return null;
  const [whole, , rawSubject, cue, object, punct] = m;
  // 听到提（问） / 新华社报（道）: the cue is the end of another word, so the words before it are no subject.
  if (PART_OF_WORD.test(rawSubject.slice(-1) + cue)) return null;
  // ”，习近平说，要… goes on with indirect speech: the comma counts only in a split quotation
  // (“…，”他说，“…” or “…。”他说，“…”, the next quotation opening right after the comma).
  // A whole sentence quoted where a sentence opens (“…。”王文涛在…时表示，…) is the speaker's too.
  const wholeSentence = opensSentence && /[。！？!?]$/.test(content);
  if ('，,'.includes(punct) && !/[，,]$/.test(content) && !'“"「'.includes(tail[whole.length] ?? '') && !wholeSentence) return null;
  // “…。”⏎记者会开始前，郭嘉昆表示，…: a new paragraph going on with its own reported speech is not the attribution.
  // (Nor is the one the next paragraph names: the quotation is left to the sentence before it.)
  if ('，,'.includes(punct) && /[\r\n]/.test(whole)) return { speaker: null, cue: null, ref: null };
  // An object only after a verb of telling (叮嘱在场的干部, 告诉记者); 他说这是… is another sentence.
  if (object !== '' && (!/^(叮嘱|嘱咐|提醒|告诫|告诉|问|回答)/.test(cue) || /^[是的了个着起得完过一不]/.test(object))) return null;
  // 局长沈进和主任王伟都表示: two people say it together; neither alone is the speaker.
  if (TWO_TOGETHER.test(rawSubject)) return { speaker: null, cue, ref: null };
  const subject = subjectText(rawSubject);
  if (subject === undefined) return { speaker: null, cue, ref: null };
  return { ...subjectWithRef(trimPredicate(subject), end), cue };
}

const CUE_AFTER_CHARS = 64;
/** Two people joined, then a word for both (…和…都 / …与…一起 / …、…分别). */
const TWO_TOGETHER = /[\u4e00-\u9fff][和与及、同跟][\u4e00-\u9fff]{2,12}(?:都|均|也都|一起|一同|共同|分别)$/;
/** A cue that is the second half of another word (提问, 声称, 小说, 报答, 报道). */
const PART_OF_WORD = /^(?:[提发询访疑学过]问|[声号名简俗统堪昵并宣]称|[小传学据听解演游虽]说|[问解报]答|[知街渠报轨频味难霸]道)$/;
/** ”这句话出自《尚书》 / ”语出《论语》 / ”这句诗出自杜甫的…: the work or author it comes from. */
const COMES_FROM = /^[，,。]?\s*(?:(?:这句话|这句古语|这句诗|这句名言|这句|此语|此话|语)?出自|语出)(《[^《》]{1,30}》|[\u4e00-\u9fff]{2,4}?(?=的|之手|笔下|[，。]))/;
/** ”这是老校长生前常对学生说的一句话。: the one who said it. */
const WHO_SAID_IT = /^[，,。]?\s*这是([^，。！？“”「」]{2,16}?)(?:生前|曾经|经常|常常|常|多次|反复)*(?:对[^，。！？“”「」]{1,10})?(?:说|讲)(?:过)?的(?:一句)?话/;

/** ”林则徐的这两句诗 / ”清代陈澹然的这句话: the one whose words they are (a name, maybe after a period). */
const WHOSE_WORDS = /^[，,。]?\s*(?:[\u4e00-\u9fff]{1,2}[代朝])?([\u4e00-\u9fff·]{2,5}?)(?:同志|先生)?的这(?:两|几|一)?(?:句|段|番)(?:话|诗|诗句|名言|古语|箴言|名句)?/;
/** ”说起村里的变化，村民张德福笑得合不拢嘴。: a person shown reacting, no verb of saying. */
const SCENE_AFTER =
  /^[，,]?\s*(?:[^，。！？“”「」『』\s]{1,16}[，,])?([^，。！？“”「」『』\s]{2,24}?)(?:笑得合不拢嘴|开门见山|打开了话匣子|感慨万千|感慨万分|难掩激动|难掩喜悦|难掩自豪|竖起了?大拇指|笑逐颜开|喜上眉梢|如数家珍)/;
const PERSON_AT_END = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`);

/** ”面对记者追问，… / ”针对主持人的提问，…: the question was the reporter's. */
const QUESTION_OF = /^[，,]?\s*(?:面对|针对|对于|听到)(记者|主持人|[^，。！？“”「」]{1,10}?(?:记者|主持人|代表|委员|议员))的?(?:追问|提问|发问|询问)/;

/** ”——习近平 / ”——摘自《…》 at the end of its line: the quotation signed (an epigraph, a caption). */
const SIGNED = /^[ \t\u3000]*(?:\r?\n|\r)?[ \t\u3000]*(?:——|—|－－|--)[ \t\u3000]*(?:摘自|选自|引自)?[ \t\u3000]*(《[^《》\r\n]{1,40}》|[^\s，。！？“”「」《》]{2,30})[ \t\u3000]*(?:[\r\n]|$)/;
const POST_THEN_NAME_AT_END = new RegExp(`(?:${POSTS})[\\u4e00-\\u9fff]{2,3}$`);

/** Who signs a quotation: a work, 习近平, a name, or post + name (with 在…上的讲话 after it left out); else null. */
function signedBy(raw: string): string | null {
  if (raw.startsWith('《')) return raw;
  const subject = subjectText(raw);
  const speaker = subject === undefined ? null : normaliseSpeaker(subject);
  if (speaker === null) return null;
  if (speaker === XI || POST_THEN_NAME_AT_END.test(speaker)) return speaker;
  return /^[\u4e00-\u9fff·]{2,4}$/.test(speaker) && SURNAMES.has(speaker[0]) ? speaker : null;
}

/** The source named right after a quotation (出自…, 这是…说的话), or undefined. */
function sourceAfter(tail: string, end: number, content: string): { speaker: string | null; cue: string | null; ref: Reference | null } | undefined {
  const from = COMES_FROM.exec(tail);
  if (from !== null) return { speaker: normaliseSpeaker(from[1]), cue: '出自', ref: null };
  const signed = SIGNED.exec(tail);
  if (signed !== null) {
    const speaker = signedBy(signed[1]);
    if (speaker !== null) return { speaker, cue: null, ref: null };
  }
  const question = /[？?]$/.test(content) ? QUESTION_OF.exec(tail) : null;
  if (question !== null) return { speaker: normaliseSpeaker(question[1]), cue: '问', ref: null };
  const whose = WHOSE_WORDS.exec(tail);
  if (whose !== null && SURNAMES.has(whose[1][0]) && !/[的之]/.test(whose[1])) return { speaker: normaliseSpeaker(whose[1]), cue: '出自', ref: null };
  // Only after a whole sentence quoted (…卖出去了。”), and only a person named by post and name.
  const scene = /[。！？!?]$/.test(content) ? SCENE_AFTER.exec(tail) : null;
  if (scene !== null) {
    const person = PERSON_AT_END.exec(scene[1]);
    if (person !== null && SURNAMES.has(person[1][0])) return { speaker: normaliseSpeaker(scene[1]), cue: null, ref: null };
  }
  const said = WHO_SAID_IT.exec(tail);
  if (said !== null) {
    const subject = subjectText(said[1]);
    if (subject !== undefined) return { ...subjectWithRef(trimPredicate(subject), end), cue: '说' };
  }
  return undefined;
}
/** Verbs after a quotation (”他说。 / ”这位负责人介绍说。), longest first. */
const AFTER_VERBS =
  '介绍说|补充说|补充道|解释说|解释道|回答说|回答道|回忆说|回忆道|感慨道|感叹道|告诉记者|对记者说|说道|问道|答道|写道|笑道|叹道|喊道|表示|指出|强调|认为|介绍|透露|坦言|直言|感慨|感叹|笑称|笑言|叮嘱|嘱咐|提醒|告诫|回答|回应|追问|抱怨|承认|坦承|答复|回复|回忆|要求|告诉|说|问|答|称|道';
const CUE_AFTER = new RegExp(
  // optional leading adverbial clause (临别时，) + subject + verb + optional object + punctuation
  `^[，,]?\\s*(?:([^\\s，。！？“”‘’「」『』：:,]{1,14}?(?:时|后|前|上|中|间|里))[，,])?\\s*([^\\s，。！？“”‘’「」『』：:,]{1,50}?)(${AFTER_VERBS})(?![地着得题卷号案法])([^\\s，。！？“”‘’「」『』：:,]{0,10}?)([。.！!，,])`,
);

/**
 * 县委书记孙卫平握着茶农的手 / 王立明笑着: the subject ends where the description of what the person
 * does begins (握着, 一边, 笑, 激动 …); only cut after the first two characters.
 */
const PREDICATE_START =
  /(赋诗|题诗|作诗|吟诗|挥毫|提笔|一开场|一开口|一见面|一边|边走|[握拉指望看笑对抱牵挥搓]着|充满|激动|动情|高兴|兴奋|缓缓|平静|坚定|连连|不住|当即|随即|感慨|深有感触|微笑|幽默|风趣|好奇|笑|语气|满怀|饱含|自豪|略带|稍作|停顿|沉默|沉吟|思索|想了想|顿了顿)/;
const POST_NAME_START = new RegExp(
  `^(.{0,12}?(?:${POSTS}))([\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER})|[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER}))`,
);
export function trimPredicate(subject: string): string {
  // 厂长李斌看了看大家: a post and a name, then what the person does.
  const named = POST_NAME_START.exec(subject);
  if (named !== null && SURNAMES.has(named[2][0]) && named[0].length < subject.length) return named[0];
  const cut = subject.slice(2).search(PREDICATE_START);
  const s = cut >= 0 ? subject.slice(0, cut + 2) : subject;
  // 工作人员热情地: a manner adverb ending in 地 closes the subject.
  const manner = /[\u4e00-\u9fff]{2}地$/.exec(s);
  return manner !== null && manner.index >= 2 ? s.slice(0, manner.index) : s;
}
