/**
 * Who acts and speaks in a news story (issue 16, fourth round), run at the end of the reporting pass on
 * the simplified view:
 *  - 他/她 as the subject of a verb of saying, before or after the words (”他一边拍打身上的尘土一边笑着说。 /
 *    见记者瞄他记录的要点，他低声耳语道：“…”), with a time word before it (今天她忍不住…说), left
 *    unresolved by the rules before: the one person the paragraph names before it (by post and name, a
 *    name before a verb, or the name the passage repeats); two people named, or a group, holds it back;
 *  - a fragment quoted in a later clause of a sentence headed by its speaker, after a modal (秦刚表示，…，
 *    外交官必须“与狼共舞”，…): the head's words;
 *  - a short fragment after a verb of praise or stance, with no object (连连称赞“真不错”, 表达「内心天人交战」):
 *    the words of the person heading the sentence.
 * A wrong speaker is worse than none: every rule needs exactly one candidate.
 */
import type { Quotation } from '../types';
import { NAME_FOLLOWER, NOT_A_NAME_START, POSTS, SURNAMES, blankQuoted } from './names';
import { BODY_END, NOT_A_NAME, personId } from './references';
import { sentenceHead, sentenceSpeaker } from './indirect';
import { isBareTitle, normaliseSpeaker, speakerBefore } from './subject';
import { FORMULA, XI } from './common';
import { actedOnOrOther } from './actedOn';

/** How far back, within the paragraph, the person a pronoun stands for is looked for. */
export const PRONOUN_LOOKBACK_CHARS = 250;

/** Post + name (县委书记王清华, 所长赵松); the name is two or three characters. */
const POST_NAME_AT = new RegExp(`(?=(${POSTS})([\\u4e00-\\u9fff]{2,3}))`, 'g');
/** A verb opening right after a two-character name (赵松形容, 王明带着): the name ends before it. */
const VERB_AFTER_NAME = /^(?:形容|认真|带着|带来|带领|听了|听到|看着|看到|想到|走进|走到|拿着|拉着|握着|记着|坐在|站在|笑着|说道)/;
const FOLLOWS = new RegExp(`^(?:${NAME_FOLLOWER})`);
/** A bare name before a verb or a word that follows names (杨修凯说, 赵松形容, 李邦全在前排). */
const BARE_NAME = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[让使请叫由])([\\u4e00-\\u9fff]{2,3}?)(?=说|表示|指出|强调|称|认为|形容|介绍|回忆|回应|坦言|在|正|把|将|从|对|向|给|跟|和|的|迷上|爱上|喜欢|决定|选择|成为|当上|开始|走进|来到|回到|${POSTS}|先生|女士)`, 'g');
/** Words that mean more than one person or someone unnamed who might be the one meant. */
const OTHERS = /[\u4e00-\u9fff]们|大家|人们|村民们|代表们|委员们|群众|乡亲们|一名|一位|另一|两人|二人|夫妇|父子|母女|母子|父女|兄弟|姐妹/;
/** Characters that do not belong to a given name (a short list: 强, 明, 国 … are common in names). */
const NOT_IN_NAME = /[的了是在和有这那个们一二三两几位名说问答称]/;

function isName(name: string): boolean {
  return SURNAMES.has(name[0]) && !NOT_A_NAME_START.test(name) && !NOT_IN_NAME.test(name.slice(1)) && !NOT_A_NAME.has(name) && !BODY_END.test(name);
}

/** A surname and a post or address after it (王老师, 毛主席, 周总理, 李书记). */
const SURNAME_POST = new RegExp(`(?<![\\u4e00-\\u9fff])([\\u4e00-\\u9fff])(?:${POSTS}|老师|主席|总理|书记|师傅|大爷|大妈|阿姨|先生|女士)`, 'g');
/** A given name or a full name before 同志 (小平同志, 近平同志, 王明同志). */
const COMRADE = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})同志(?!们)/g;
/** People named together (王明和李强, 马克思与燕妮, 张三、李四): two people, whoever is meant. */
const TOGETHER = /^[和与同及跟、][\u4e00-\u9fff]/;

/**
 * The one person the region names, as written (with the post when there is one); null when none, two
 * or more, a group, or a person named together with someone else. Names are told apart by their
 * first two characters.
 */
export function onePersonNamed(region: string): string | null {
  // (是一位全国政协委员 describes the one named; 一位老人走过来 brings in someone else.)
  // (我们 / 咱们: the narrator, not another candidate.)
  if (OTHERS.test(region.replace(/是(?:一位|一名)/g, '是').replace(/[我咱]们/g, ''))) return null;
  const people = new Map<string, string>();
  let together = false;
  const add = (name: string, written: string, at: number, len: number) => {
    const id = name.slice(0, 2);
    if (!people.has(id) || people.get(id)!.length < written.length) people.set(id, written);
    // 王老师和李老师 / 马克思和燕妮: someone named along with this one.
    if (TOGETHER.test(region.slice(at + len, at + len + 2)) || (at > 0 && /[和与同及跟、]/.test(region[at - 1]))) together = true;
  };
  for (const m of region.matchAll(/习近平|总书记|习主席/g)) add(XI, XI, m.index ?? 0, m[0].length);
  // Every post and what follows it, overlapping (党总支书记刘淑平: 支书 + 记刘淑 and 书记 + 刘淑平).
  const valid: Array<[number, number]> = [];
  const foreign: Array<[number, number]> = [];
  for (const m of region.matchAll(POST_NAME_AT)) {
    const at = (m.index ?? 0) + m[1].length;
    const three = m[2];
    // 书记王清华时 / 所长赵松形容: two characters when what follows reads as following a name.
    const name = three.length === 3 && (FOLLOWS.test(region.slice(at + 2)) || VERB_AFTER_NAME.test(region.slice(at + 2))) ? three.slice(0, 2) : three;
    // 署长于广洲带来: 于 after a post is a surname when a whole name and a verb follow.
    const yu = three.length === 3 && three[0] === '于' && !NOT_IN_NAME.test(three.slice(1)) && (FOLLOWS.test(region.slice(at + 3)) || VERB_AFTER_NAME.test(region.slice(at + 3)));
    if (yu) {
      add(three, m[1] + three, m.index ?? 0, m[1].length + 3);
      valid.push([at, at + 3]);
    } else if (isName(name)) {
      add(name, m[1] + name, m.index ?? 0, m[1].length + name.length);
      valid.push([at, at + name.length]);
    } else if (
      !NOT_A_NAME_START.test(three) &&
      !/[的了是们]/.test(three.slice(0, 2)) &&
      !/^[团处会队组室部局委院所厅科级性作大们席]/.test(three) &&
      // (a name ends where a name's follower begins: 总统拜登与…, 总统卡洛斯举行…; 农民专业合作社 names nobody)
      [2, 3].some((n) => FOLLOWS.test(region.slice(at + n)) || /^(?:举行|访华|抵达|发表|会谈)/.test(region.slice(at + n)))
    ) {
      // 总统拜登 / 总统马克龙: a post before a name outside the surname list is still someone else.
      foreign.push([at, at + 2]);
    }
  }
  if (foreign.some(([a, b]) => !valid.some(([c, d]) => a < d && b > c))) return null;
  for (const m of region.matchAll(SURNAME_POST)) if (SURNAMES.has(m[1])) add(m[0], m[0], m.index ?? 0, m[0].length);
  // 小平同志 / 近平同志 / 王明同志: a name and 同志.
  for (const m of region.matchAll(COMRADE)) add(m[1] === '近平' ? XI : m[0], m[1] === '近平' ? XI : m[0], m.index ?? 0, m[0].length);
  for (const m of region.matchAll(BARE_NAME)) if (m[1].length === 3 && isName(m[1])) add(m[1], m[1], (m.index ?? 0) + m[0].length - 3, 3);
  // A three-character name written twice (彭立达…。彭立达一下车).
  for (let i = 0; i + 3 <= region.length; i++) {
    const name = region.slice(i, i + 3);
    if (!/^[\u4e00-\u9fff]{3}$/.test(name) || !isName(name) || people.has(name.slice(0, 2))) continue;
    if (region.indexOf(name, i + 3) >= 0) add(name, name, i, 3);
  }
  if (together) return null;
  return people.size === 1 ? [...people.values()][0] : null;
}

/** A description, 的, then a three-character name and what follows names (今年54岁的李邦全在前排). */
const NAME_AFTER_DESCRIPTION = new RegExp(`^[^，,。；;：:“”「」]{2,20}的([\\u4e00-\\u9fff]{3})(?=${NAME_FOLLOWER})`);

/** The person a clause opens with when described before the name (54岁的李邦全在…), or null. */
export function describedName(clause: string): string | null {
  const m = NAME_AFTER_DESCRIPTION.exec(clause);
  return m !== null && isName(m[1]) && !/[他她]/.test(clause) ? m[1] : null;
}

/** The start of the paragraph holding `at`, or `at` - {@link PARAGRAPH_READ_CHARS} if it starts further back. */
function paragraphStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < PARAGRAPH_READ_CHARS && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** How far back a paragraph's start is looked for (the reads are bounded, so the pass stays linear). */
const PARAGRAPH_READ_CHARS = 2 * PRONOUN_LOOKBACK_CHARS;

/**
 * The one person 他/她 at `at` stands for: named before it in the same paragraph, within
 * {@link PRONOUN_LOOKBACK_CHARS}; quoted words are not read (a name inside them is not the narrator's).
 */
export function pronounReferent(text: string, at: number): string | null {
  const start = paragraphStart(text, at);
  const from = Math.max(start, at - PRONOUN_LOOKBACK_CHARS);
  // Quoted words blanked: 「…王明…」 names no one in the narration.
  let region = blankQuoted(text.slice(from, at));
  // A paragraph that names no one before the pronoun (it opens with the words: “…。”他笑道) goes on
  // from the one before it.
  if (!/[\u4e00-\u9fff]/.test(region.replace(/□/g, '')) || (from === start && !HAS_NAME_HINT.test(region))) {
    let prevEnd = start;
    while (prevEnd > 0 && /[\s\u3000]/.test(text[prevEnd - 1])) prevEnd--;
    // (One paragraph break at most: \n or \n\n, not a run of blank lines.)
    if (prevEnd > 0 && prevEnd < start && (text.slice(prevEnd, start).match(/\n/g) ?? []).length <= 2) region = blankQuoted(text.slice(Math.max(paragraphStart(text, prevEnd), prevEnd - PRONOUN_LOOKBACK_CHARS), prevEnd)) + region;
  }
  // Another pronoun for someone else before (他们, 她 for a woman and 他 for a man) is left to a careful reader.
  if (/[他她]们/.test(region)) return null;
  const person = onePersonNamed(region);
  if (person === null || actedOnOrOther(region, person)) return null;
  return normaliseSpeaker(person);
}

/** Anything in a region that may name a person (a post, a surname, 同志): without it the region names no one. */
const HAS_NAME_HINT = new RegExp(`(?:${POSTS})|同志|习近平|总书记|[${[...SURNAMES].join('')}]`);

/** Time words before a pronoun subject (今天她, 这时他, 随后她). */
const TIME_THEN_PRONOUN = /^(?:今天|昨天|当天|那天|此时|这时|那时|随后|后来|如今|最后|接着|说完|听完|临别时)[，,]?\s*([他她])(?![们人国乡者])/;
const TIME_THEN_GROUP = /^(?:今天|昨天|当天|那天|此时|这时|那时|随后|后来|如今|最后|接着|说完|听完|临别时)[，,]?\s*[他她]们$/;
/** A pronoun opening the clause of the cue: 他一边…一边笑着说 / 他低声耳语道. */
const PRONOUN_CLAUSE = /^[他她](?![们人国乡者])/;

/**
 * A verb of saying whose subject is 他/她 (before the words or after them) left without a speaker, or
 * read with a time word as a speaker (今天她忍): the one person named before in the paragraph.
 */
export function resolvePronounSubjects(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.cue === null) continue;
    // 今天他们: a time word and a group is nobody named.
    if (q.speaker !== null && TIME_THEN_GROUP.test(q.speaker)) {
      q.speaker = null;
      continue;
    }
    const timed = q.speaker !== null ? TIME_THEN_PRONOUN.exec(q.speaker) : null;
    if (q.speaker !== null && timed === null) continue;
    const clause = cueClause(text, q);
    if (clause === null) continue;
    const pronounAt = clause.start + clause.text.search(/[他她]/);
    if (timed === null && !PRONOUN_CLAUSE.test(clause.text)) continue;
    if (timed !== null && !TIME_THEN_PRONOUN.test(clause.text)) continue;
    // 他拉着王明说 / 她对李强说: a person named in the clause itself is someone else; hold back.
    if (onePersonNamed(clause.text.slice(1)) !== null || /[他她]/.test(clause.text.slice(clause.text.search(/[他她]/) + 1))) {
      if (timed !== null) q.speaker = null;
      continue;
    }
    const person = pronounReferent(text, pronounAt);
    // (她 is never 习近平; nor is one whose words name 总书记 in the third person.)
    q.speaker = person === XI && (text[pronounAt] === '她' || /习近平|总书记|习主席/.test(q.content)) ? null : person;
  }
}

/** The clause holding the cue of `q`: after the words (”他说。) or before them (，他低声耳语道：“). */
function cueClause(text: string, q: Quotation): { start: number; text: string } | null {
  const cue = q.cue as string;
  const after = text.indexOf(cue, q.end);
  if (after >= 0 && after - q.end <= 30 && !/[。！？!?“”「」\r\n]/.test(text.slice(q.end, after))) {
    let start = q.end;
    while (start < after && /[，,\s]/.test(text[start])) start++;
    return { start, text: text.slice(start, after) };
  }
  const before = text.lastIndexOf(cue, q.start);
  if (before < 0 || q.start - before > cue.length + 2 || !/^[：:，,]?\s*$/.test(text.slice(before + cue.length, q.start))) return null;
  let start = before;
  while (start > 0 && before - start < 40 && !'。！？!?，,；;：:\r\n”」'.includes(text[start - 1])) start--;
  return { start, text: text.slice(start, before) };
}

/** A modal, or a word asking someone, right before a quoted predicate (必须“与狼共舞”, 不要再“…”). */
const MODAL_LEAD = /(?:必须|务必|一定要|要|应当|应该|需要|不要再|不要|不能|不可|决不能|绝不能)$/;

/**
 * A fragment quoted after a modal, ending its clause, in a later clause of a sentence headed by a named
 * speaker and a verb of saying (秦刚还表示，…，中国的外交官必须“与狼共舞”，保家卫国。): that speaker's words.
 */
export function modalFragments(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'phrase' || !q.closed || q.content.length < 2 || FORMULA.test(q.content)) continue;
    if (!/^(?:[，,。；;！？!?]|$)/.test(text[q.end] ?? '')) continue;
    let comma = q.start - 1;
    while (comma >= 0 && q.start - comma <= 16 && !'，,。！？!?；;：:“”「」\r\n'.includes(text[comma])) comma--;
    if (comma < 0 || !'，,'.includes(text[comma])) continue;
    const lead = text.slice(comma + 1, q.start);
    if (!MODAL_LEAD.test(lead)) continue;
    const head = sentenceHead(text, comma);
    if (head === null || head.speaker === null) continue;
    const speaker = normaliseSpeaker(head.speaker);
    if (speaker === null || (personId(speaker) === null && !isBareTitle(speaker))) continue;
    q.kind = 'speech';
    q.speaker = speaker;
    q.cue = head.cue;
  }
}

/**
 * Verbs of praise, exclamation or stance whose short quoted object is the words said (连连称赞“真不错”,
 * 笑称自己拥有“茶基因”, 揶揄中央社，「…」, 表示“抗议”); 被 / 所 before them, or 为 / 成 after them (称他为“铁人”,
 * a nickname), do not count. 表示 / 表达 only right before the mark.
 */
const STANCE = /(?<![被所戏俗堪号])(?:连连|连声|一再|再三|不住地?|不禁|也|还|又|更|则|并|都|便|就)?(称赞|夸赞|赞叹|赞扬|盛赞|夸奖|直呼|连呼|惊呼|感叹|笑称|笑言|揶揄|调侃|嘲讽|自嘲|表示|表达)([^，,。！？!?；;：:“”「」『』\s]{0,8})([，,]?)$/;
/** How far back the clause of the stance verb is read. */
const STANCE_CHARS = 40;

/**
 * A short fragment quoted right after a verb of praise or stance (maybe with a short object or a comma),
 * ending its clause: the words of the one who praises, when a person is named (the subject before the
 * verb, 他/她 resolved to the one person named before, or the person the sentence opens with).
 */
export function stanceFragments(text: string, found: Quotation[]): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0 || q.kind !== 'phrase' || !q.closed || q.content.length < 2 || q.content.length > 24 || FORMULA.test(q.content)) continue;
    // It ends its clause, or another quoted fragment follows (称赞“真不错”“很精致”).
    if (!/^(?:[，,。；;！？!?、“「]|$)/.test(text[q.end] ?? '')) continue;
    let from = q.start;
    while (from > 0 && q.start - from < STANCE_CHARS && !'。！？!?；;：:\r\n“”「」『』'.includes(text[from - 1])) from--;
    const before = text.slice(from, q.start);
    const m = STANCE.exec(before);
    if (m === null) continue;
    const [whole, verb, object, comma] = m;
    if (!listEndsClause(text, found, k)) continue;
    // (表示 / 表达 only right before the mark: 表示将推进“…” names a keyword.)
    if (/^表/.test(verb) && (object !== '' || comma !== '')) continue;
    // 称他为“铁人” / 叫成“…”: a name given.
    if (/[为成作是做]$/.test(object)) continue;
    // A comma between the verb and the words only after an object (揶揄中央社，「…」), not in 表示，“…”.
    if (comma !== '' && object === '') continue;
    const verbAt = from + before.length - whole.length;
    const speaker = stanceSpeaker(text, verbAt);
    if (speaker === null) continue;
    q.kind = 'speech';
    q.speaker = speaker;
    q.cue = verb;
    // “真不错”“很精致”: a fragment right after goes on with the same words.
    const next = found[k + 1];
    if (next !== undefined && next.depth === 0 && next.start === q.end && next.kind === 'phrase' && next.closed && !FORMULA.test(next.content)) {
      next.kind = 'speech';
      next.speaker = speaker;
      next.cue = verb;
    }
  }
}

/** Who says the words of a verb at `verbAt`: a named person, or null. */
function stanceSpeaker(text: string, verbAt: number): string | null {
  let from = verbAt;
  while (from > 0 && verbAt - from < 120 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
  const found = speakerBefore(text, from, verbAt);
  let speaker = found.speaker === null ? null : normaliseSpeaker(found.speaker);
  if (speaker === null && found.ref !== null && found.ref.kind === 'pronoun') {
    const at = text.slice(from, verbAt).search(/[他她](?![们人国乡者])/);
    const person = at >= 0 ? pronounReferent(text, from + at) : null;
    speaker = person === XI && text[from + at] === '她' ? null : person;
  }
  if (speaker === null && found.ref !== null && found.ref.kind === 'elided') {
    // 习近平来到…，看到…，连连称赞: the person the sentence opens with, named in its first clause.
    const first = text.slice(from, verbAt).split(/[，,；;]/)[0];
    const person = onePersonNamed(first);
    if (person !== null && first.indexOf(person.slice(-2)) <= 16) speaker = normaliseSpeaker(person);
  }
  return speaker !== null && (personId(speaker) !== null || isBareTitle(speaker)) ? speaker : null;
}

/** Verbs of praise that give a name with 为 / 成 (称赞为“活地图”, 誉为, 夸成). */
const PRAISE_CUE = /^(?:称赞|赞扬|夸赞|盛赞|夸奖|赞誉|誉)$/;

/**
 * 被大家称赞为“活地图” / 老乡们夸赞他为“及时雨”: a name given to someone, not words said: a phrase.
 */
export function namesGiven(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.kind !== 'speech' || q.cue === null || !PRAISE_CUE.test(q.cue)) continue;
    const at = text.lastIndexOf(q.cue, q.start);
    if (at < 0 || q.start - at > q.cue.length + 8) continue;
    if (!/^[^，,。！？!?；;：:“”「」]{0,6}[为成作]$/.test(text.slice(at + q.cue.length, q.start))) continue;
    q.kind = 'phrase';
    q.speaker = null;
    q.cue = null;
  }
}

/** How many sentences back a quoted sentence looks for the head of the reported speech it goes on with. */
const HEAD_SENTENCES = 3;
/** A relation and a name after a person (李幼枝的女儿刘巧玲): that person, named. */
const RELATED_NAME = /的(?:女儿|儿子|妻子|丈夫|父亲|母亲|孙子|孙女|老伴|爱人)[\u4e00-\u9fff]{2,3}$/;

/**
 * A whole sentence quoted with no cue (“…。” / 「…」。) after up to {@link HEAD_SENTENCES} sentences of one
 * paragraph, the first of them headed by a named speaker and a verb of saying (发言人强调，…。…。“我们敦促…”;
 * 盛伯权说，…。“以前真是想都不敢想”。): that speaker goes on. A sentence in between that names someone,
 * quotes someone else or is headed by another speaker stops it.
 */
export function continueHead(text: string, found: Quotation[]): void {
  for (let qi = 0; qi < found.length; qi++) {
    const q = found[qi];
    if (q.depth !== 0 || q.speaker !== null || q.cue !== null || !q.closed) continue;
    // The quotation is a sentence: it opens one and ends one (…。” or ”。).
    let open = q.start;
    while (open > 0 && /[ \t\u3000]/.test(text[open - 1])) open--;
    if (open === 0 || !/[。！？!?]/.test(text[open - 1])) continue;
    const endsSentence = /[。！？!?]$/.test(q.content) || /^[。！？!?]/.test(text[q.end] ?? '');
    if (!endsSentence || q.content.length < 4 || (q.kind !== 'speech' && !/[，,。！？!?；;]|我|咱|你|您|大家/.test(q.content) && q.content.length < 8)) continue;
    let end = open;
    let speaker: string | null = null;
    for (let k = 0; k < HEAD_SENTENCES && end > 0; k++) {
      let from = end - 1;
      while (from > 0 && end - from < 300 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
      // (”盛伯权说，…: the sentence after a quoted one opens after its closing mark.)
      let opens = from;
      while (opens < end && '”」』 \t\u3000'.includes(text[opens])) opens++;
      const sentence = text.slice(opens, end);
      const head = sentenceSpeaker(text, opens, end - 1);
      const named = head === null ? null : normaliseSpeaker(head);
      // A quotation of someone else in this sentence stops it; quoted terms (“台独”) and the head's own
      // words (“…。”盛伯权说，…。) do not.
      // (found is sorted by start: read back from q only as far as this sentence.)
      let other = false;
      for (let j = qi - 1; j >= 0 && found[j].start >= from && !other; j--) {
        const p = found[j];
        other = p.start < end && p.kind === 'speech' && (named === null || p.speaker === null || !samePerson(p.speaker, named));
      }
      if (other) break;
      if (head !== null) {
        if (named !== null && (personId(named) !== null || isBareTitle(named) || RELATED_NAME.test(named))) speaker = named;
        break;
      }
      // Narration naming a person in between (…县长刘振华说起…), or others (记者在现场看到), is someone else's ground.
      if (onePersonNamed(sentence.replace(/[“「『][^“”「」『』]*[”」』]/g, '□')) !== null || OTHER_ACTOR.test(sentence)) break;
      if (from === 0 || /[\r\n]/.test(text[from - 1])) break;
      end = from;
    }
    if (speaker === null) continue;
    // “…。”局长李强听后点了点头。: someone named right after the words may be the one answering.
    const after = text.slice(q.end, q.end + 80).split(/[。！？!?\r\n]/)[0];
    if (onePersonNamed(after) !== null || OTHER_ACTOR.test(after)) continue;
    q.kind = 'speech';
    q.speaker = speaker;
  }
}

/** Others who may speak: reporters, people, groups. */
const OTHER_ACTOR = /记者|有人|网友|村民|群众|大家|人们|专家|学者|代表们|委员们|[他她]们|听众|观众|市民|居民/;

/** Whether two speakers name the same person (社长胡婉玲 and 胡婉玲). */
function samePerson(a: string, b: string): boolean {
  if (a === b || a.includes(b) || b.includes(a)) return true;
  const id = personId(a);
  return id !== null && id === personId(b);
}

/** After the words: a short adverbial, who (maybe a long body, post and name, then how), and the verb. */
const WHO_AFTER = /^[，,]?\s*(?:[^，,。！？!?“”「」『』\s]{1,8}[，,])?\s*([^，,。！？!?“”「」『』\s]{2,80}?)(说着|讲着|说道|补充说|回忆说|介绍说|说|表示|回忆|介绍|坦言|直言|感慨|感叹|笑称)[，,。！!]/;
/** How it is said, between the name and the verb (自豪地, 意味深长地, 笑着, 一边…一边). */
const MANNER = /^(?:[\u4e00-\u9fff]{1,6}地|笑着|边[\u4e00-\u9fff]{1,4}边|一边[\u4e00-\u9fff]{1,6}一边)?$/;

/**
 * “…。”黑龙江省某县某合作社理事长吴某自豪地说，… / “…。”台上，张家亮意味深长地说着。: the person after the
 * words, when the words before the verb end with a post and a name or are one name, then only how it is
 * said (a body too long to be read as a speaker is left out; a place cut off at 于 is replaced).
 */
export function personBeforeVerbAfter(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || !q.closed || !/[。！？!?，,]$/.test(q.content)) continue;
    const m = WHO_AFTER.exec(text.slice(q.end, q.end + 110));
    if (m === null) continue;
    const who = m[1];
    if (q.speaker !== null && (personId(q.speaker) !== null || !who.startsWith(q.speaker) || who === q.speaker)) continue;
    // 山东省寿光市（于…合作社理事长…）: a place cut off where the subject goes on is no speaker.
    const cutPlace = q.speaker !== null && /[省市县区镇乡村州]$/.test(q.speaker);
    if (/[他她]/.test(who)) {
      if (cutPlace) q.speaker = null;
      continue;
    }
    let person: string | null = null;
    if (isName(who.slice(0, 3)) && MANNER.test(who.slice(3))) person = who.slice(0, 3);
    else {
      const one = onePersonNamed(who);
      const at = one === null ? -1 : who.lastIndexOf(one);
      if (one !== null && at >= 0 && MANNER.test(who.slice(at + one.length)) && personId(one) !== null) person = one;
    }
    if (person === null) {
      if (cutPlace) q.speaker = null;
      continue;
    }
    q.speaker = normaliseSpeaker(person);
    if (q.cue === null) q.cue = m[2];
  }
}

/** Words opening with whom they address (书记，… / 王老师！… / 李总，…). */
const VOCATIVE = new RegExp(`^[\\u4e00-\\u9fff]{0,2}(?:${POSTS}|老师|师傅|同志|老板|大爷|大妈|阿姨|总)[，,！!]`);
/** Cues of an answer: the words before them may be someone else's question. */
const ANSWER_CUE = /^(?:回答|答|答道|回应|答复|接话|反驳)$/;

/**
 * “…。”他一边拍打身上的尘土一边笑道：“…” / “…，”王大爷放下锄头说：“…”: the quotation right before a
 * clause that introduces the next one, with nothing else between, is the same speaker's (unless the
 * first is a question and the second an answer).
 */
export function beforeCueClause(text: string, found: Quotation[]): void {
  const top = found.filter((q) => q.depth === 0);
  for (let k = 0; k + 1 < top.length; k++) {
    const q = top[k];
    const next = top[k + 1];
    if (q.speaker !== null || q.cue !== null || !q.closed || next.kind !== 'speech' || next.speaker === null || next.cue === null) continue;
    if (!/[。！？!?，,]$/.test(q.content) && q.content.length < 8) continue;
    const between = text.slice(q.end, next.start);
    if (between.length > 40 || /[。！？!?\r\n“”「」『』]/.test(between)) continue;
    if (!new RegExp(`${escape(next.cue)}[：:，,]\\s*$`).test(between)) continue;
    if (/[？?]$/.test(q.content) && ANSWER_CUE.test(next.cue)) continue;
    // The clause opens with 他/她 or the speaker's own name: the one just heard goes on (村书记在一旁补充：
    // after the words of another is a new voice, and so is anything introduced by its own colon before).
    const id = personId(next.speaker) ?? next.speaker;
    const clause = between.replace(/^[，,\s]+/, '');
    // (Only a person: “要久久为功。”会议强调：“…” — the words before a body's cue may be a heading.)
    if (personId(next.speaker) === null) continue;
    if (!/^[他她](?![们人])/.test(clause) && !clause.startsWith(next.speaker) && !clause.startsWith(id)) continue;
    if (/[：:]\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start))) continue;
    // “书记，前面路窄……”王清华摆了摆手…道：: words that address someone are often said to the one who acts next.
    if (VOCATIVE.test(q.content)) continue;
    q.kind = 'speech';
    q.speaker = next.speaker;
    q.cue = next.cue;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 要求 / 希望 / 叮嘱 and the people asked, then a modal, right before the words (中央要求来届特首要「…」). */
const ASKS = /(?<![的被])(要求|希望|叮嘱|嘱咐|嘱托|勉励|鼓励|告诫|提醒)([^，,。！？!?；;：:“”「」『』\s]{1,24}?)(要|务必|必须|一定要|应当|应)$/;

/**
 * A fragment quoted after 要求 + the people asked + a modal (中央要求来届特首要「敢于担当」, 要求各部部长、主要负责人
 * “要积极回应…”): the words of the one who asks, a person or a body, when the subject before the verb says who.
 */
export function askedFragments(text: string, found: Quotation[]): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0 || q.kind !== 'phrase' || !q.closed || q.content.length < 2 || FORMULA.test(q.content)) continue;
    if (!/^(?:[，,。；;！？!?、“「]|$)/.test(text[q.end] ?? '')) continue;
    let from = q.start;
    while (from > 0 && q.start - from < 40 && !'，,。！？!?；;：:\r\n'.includes(text[from - 1])) from--;
    // (、 inside the people asked: 各部部长、直属机构主要负责人.)
    while (from > 1 && text[from - 1] === '、') {
      from--;
      while (from > 0 && q.start - from < 40 && !'，,。！？!?；;：:\r\n'.includes(text[from - 1])) from--;
    }
    if (!listEndsClause(text, found, k)) continue;
    const before = text.slice(from, q.start).replace(/、/g, '');
    // (The modal may open the words: 要求…负责人“要积极回应…”.)
    const m = ASKS.exec(before) ?? (/^(?:要|务必|必须|一定要|不要|切实)/.test(q.content) ? ASKS.exec(before + '要') : null);
    if (m === null) continue;
    const verbAt = q.start - (text.slice(from, q.start).length - text.slice(from, q.start).search(m[1]));
    let start = verbAt;
    while (start > 0 && verbAt - start < 120 && !'。！？!?\r\n'.includes(text[start - 1])) start--;
    const found2 = speakerBefore(text, start, verbAt);
    const speaker = stanceSpeaker(text, verbAt) ?? (found2.speaker === null ? null : normaliseSpeaker(found2.speaker));
    if (speaker === null || speaker.length > 16 || /[他她我你]/.test(speaker)) continue;
    q.kind = 'speech';
    q.speaker = speaker;
    q.cue = m[1];
    // 「敢于担当」、「要依法…」: the words listed right after go on.
    let last = q;
    for (let j = k + 1; j < found.length; j++) {
      const next = found[j];
      if (next.depth !== 0) continue;
      if (next.kind !== 'phrase' || !next.closed || !/^[、]?$/.test(text.slice(last.end, next.start)) || FORMULA.test(next.content)) break;
      next.kind = 'speech';
      next.speaker = speaker;
      next.cue = m[1];
      last = next;
    }
  }
}

/** In a work (在《…》中有提到 / 《…》里也写道): the work says it, not the one asking about it. */
const IN_WORK = /^\s*在[^，,。！？!?“”「」]{0,12}?(《[^《》]{1,40}》)(?:中|里|上|内)?(?:也|还|曾|有|就|已)*$/;

/** A cue whose clause puts its words in a work (德国之声：在…《白皮书》有提到，「…」): the work. */
export function workInClause(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.cue === null) continue;
    const at = text.lastIndexOf(q.cue, q.start);
    if (at < 0 || q.start - at > q.cue.length + 2) continue;
    let from = at;
    while (from > 0 && at - from < 60 && !'。！？!?；;：:\r\n，,'.includes(text[from - 1])) from--;
    const m = IN_WORK.exec(text.slice(from, at));
    if (m === null || q.speaker === m[1]) continue;
    q.speaker = m[1];
  }
}

/**
 * 要求全体干部要“马上就办”、“办就办好” / 称赞“真不错”“很精致”: a short fragment listed right after one
 * that is someone's words (nothing or 、 between) is theirs too; a counted formula is not.
 */
export function listedFragments(text: string, found: Quotation[]): void {
  let prev: Quotation | undefined;
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0) continue;
    const last = prev;
    prev = q;
    if (last === undefined || last.kind !== 'speech' || last.speaker === null || last.cue === null || !last.closed) continue;
    if (q.kind !== 'phrase' || !q.closed || FORMULA.test(q.content) || /[，,。！？!?；;]/.test(last.content) || last.content.length >= 12) continue;
    if (!/^、?$/.test(text.slice(last.end, q.start)) || !/^(?:[，,。；;！？!?、“「]|$)/.test(text[q.end] ?? '')) continue;
    // “僵尸”、“睡眠”、“雷人雷语”等现象: a list that heads a noun names things, whoever speaks before it.
    if (!listEndsClause(text, found, k)) continue;
    q.kind = 'speech';
    q.speaker = last.speaker;
    q.cue = last.cue;
  }
}

/** Whether the run of quotations listed from `found[k]` on (joined by nothing or 、) ends its clause. */
function listEndsClause(text: string, found: readonly Quotation[], k: number): boolean {
  let end = found[k].end;
  for (let j = k + 1; j < found.length; j++) {
    const next = found[j];
    if (next.depth !== 0 || next.start < end) continue;
    if (!/^、?$/.test(text.slice(end, next.start))) break;
    end = next.end;
  }
  return /^(?:[，,。；;！？!?]|$)/.test(text[end] ?? '');
}

const POST_THEN_ANY = new RegExp(`(?:${POSTS})(?![在于对就向同与给曾也还又都和及将把被从是的一二三两几这那各团处会队组室部局委院所厅科级性作大们席])[\\u4e00-\\u9fff]{2}`);
/** An adverbial clause before 他/她 heading the sentence (被问到…， / 谈到…时，). */
const LEADING_CLAUSE = /^(?:(?:被问到|被问及|问到|谈到|谈及|对于|针对|面对|说起|提起)[^，,。！？!?]{0,30}|[^，,。！？!?]{1,20}(?:时|后|上))[，,]\s*/;

/**
 * 李家超表示，…。他批评…，并要求…，「…」 / 被问到…，他亦称…，而「…」: a cue left without a speaker in a
 * sentence headed by 他/她 (maybe after an adverbial clause), the only pronoun in it: the one person named
 * before, or else the person heading the sentence before (the subject a news story goes on with).
 */
export function pronounSentenceHead(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null || q.cue === null) continue;
    let from = q.start;
    while (from > 0 && q.start - from < 200 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
    if (q.start - from >= 200) continue;
    const sentence = text.slice(from, q.start);
    const lead = LEADING_CLAUSE.exec(sentence);
    const rest = lead === null ? sentence : sentence.slice(lead[0].length);
    if (!/^[他她](?![们人国乡者])/.test(rest) || (sentence.match(/[他她]/g) ?? []).length !== 1 || /[“”「」『』]/.test(sentence)) continue;
    // Nobody else named in the sentence before the words (他对王明说 / 他和李强…).
    // (A post before any name, 部长赫格塞斯 too, is someone else.)
    if (onePersonNamed(rest.slice(1)) !== null || POST_THEN_ANY.test(rest) || OTHER_ACTOR.test(rest)) continue;
    const pronounAt = from + (lead === null ? 0 : lead[0].length);
    let person = pronounReferent(text, pronounAt);
    if (person === null && from > 0 && /[。！!]/.test(text[from - 1])) {
      let start = from - 1;
      while (start > 0 && from - start < 200 && !'。！？!?\r\n'.includes(text[start - 1])) start--;
      const head = sentenceSpeaker(text, start, from - 1);
      const named = head === null ? null : normaliseSpeaker(head);
      if (named !== null && personId(named) !== null) person = named;
    }
    if (person === null || (person === XI && (text[pronounAt] === '她' || /习近平|总书记|习主席/.test(q.content)))) continue;
    q.speaker = person;
  }
}
