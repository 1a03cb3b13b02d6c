/**
 * References resolved after the scan: a pronoun (他强调), an elided subject (。同时强调), the first
 * person (我们强调) and a bare title (总理指出) get the speaker the nearby text names.
 */
import type { Quotation } from '../types';
import { endsSentence, isSpaceCode } from '../text';
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { authorOf, titleAntecedent } from './persons';
import { LEADING_ADVERBIAL, LEADING_CONNECTOR, LEADING_DATELINE, XI, type Reference } from './common';
import { actedOnOrOther } from './actedOn';

/** How far back a pronoun or elided subject looks for who is meant. */
export const REFERENCE_LOOKBACK_CHARS = 400;

/**
 * Fill in the speaker behind a pronoun (他强调：“…”) or an elided subject (。同时强调：“…”), in
 * text order, so that a resolved speaker can serve the next reference. Only outermost speech is
 * resolved, and only from the same paragraph or the previous one (see {@link referenceWindowStart}):
 *  - an elided subject, or 他还说 / 他也指出, continues the speaker of the previous speech
 *    quotation (for a pronoun: only if that speaker is a person);
 *  - 他/她 is otherwise the one person named nearby ({@link pronounAntecedent}); two people, or a
 *    person who cannot be the subject (老党员们, 老人, a foreign guest), leave it null.
 * Each reference reads at most REFERENCE_LOOKBACK_CHARS characters, so the pass stays linear.
 */
export function resolveReferences(text: string, found: Quotation[], refs: Map<Quotation, Reference>): void {
  const speeches: Quotation[] = [];
  const cache: { author?: string | null } = {};
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth !== 0) continue;
    const ref = refs.get(q);
    if (ref !== undefined && ref.kind === 'first') {
      q.speaker = authorOf(text, cache);
    } else if (ref !== undefined && ref.kind === 'title') {
      const at = Math.min(ref.at, q.start);
      const windowStart = ref.wide === true ? Math.max(0, at - REFERENCE_LOOKBACK_CHARS) : referenceWindowStart(text, at);
      const person = titleAntecedent(text, windowStart, at, ref.title ?? '', recentSpeeches(speeches, windowStart));
      // 这位负责人 with nobody named before: the person as described; with two named: nobody.
      q.speaker = person ?? q.speaker ?? (person === undefined ? describedPerson(ref.title ?? '') : null);
    } else if (ref !== undefined && q.speaker === null) {
      const at = Math.min(ref.at, q.start);
      const windowStart = referenceWindowStart(text, at);
      const recent = recentSpeeches(speeches, windowStart);
      const previous = recent.length > 0 ? recent[0] : undefined;
      if (previous !== undefined && previous.speaker !== null && (ref.kind === 'elided' || (ref.continuing && personId(previous.speaker) !== null))) {
        q.speaker = previous.speaker;
      } else if (ref.kind === 'pronoun') {
        // Only what stands before the pronoun: 她在接受本报记者采访时说 — the reporter is not a candidate.
        q.speaker = pronounAntecedent(text, windowStart, pronounAt(text, windowStart, at), recent, quotedSpans(found, k, windowStart, at));
      }
      if (q.speaker !== null && !canSay(q.speaker, q.content, ref)) q.speaker = null;
    }
    if (q.kind === 'speech') speeches.push(q);
  }
}

/**
 * Who 他 at `pronoun` means, for a quotation `found[k]` resolved after the scan (a pronoun heading the
 * sentence whose cue comes clauses later): read as {@link resolveReferences} reads 他强调, from the
 * same window, with the speech quotations of that window as candidates; null when unclear, when the
 * person would be speaking of themself, or for 她 and 习近平.
 */
export function pronounSpeaker(text: string, found: readonly Quotation[], k: number, pronoun: number): string | null {
  const q = found[k];
  const windowStart = referenceWindowStart(text, pronoun);
  const recent: Quotation[] = [];
  for (let j = k - 1; j >= 0 && found[j].start >= windowStart; j--) {
    // (only words quoted before the pronoun: 他化用孙子的“…” — 孙子 is no one 他 can mean)
    if (found[j].depth === 0 && found[j].kind === 'speech' && found[j].end <= pronoun) recent.push(found[j]);
  }
  const speaker = pronounAntecedent(text, windowStart, pronoun, recent, quotedSpans(found, k, windowStart, pronoun));
  const ref: Reference = { kind: 'pronoun', at: pronoun, continuing: false, feminine: text[pronoun] === '她' };
  return speaker !== null && canSay(speaker, q.content, ref) ? speaker : null;
}

/** 这位负责人 / 这名日本记者 with nobody named before: the person as described (负责人, 日本记者). */
function describedPerson(title: string): string | null {
  const m = /^(?:这位|这名)([\u4e00-\u9fff]{2,8})$/.exec(title);
  return m === null || !PERSON_NOUN_END.test(m[1]) ? null : m[1];
}

/** Where the pronoun subject of the clause ending at `at` stands (他在…时说 → 他), or `at`. */
function pronounAt(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= Math.max(from, at - 40); i--) {
    const ch = text[i];
    if ('，。！？；：“”「」\n\r,;:!?'.includes(ch)) break;
    if ((ch === '他' || ch === '她') && !'们人国乡者'.includes(text[i + 1] ?? '')) return i;
  }
  return at;
}

/**
 * Spans of outermost quotations lying in `[from, to)`: people named inside quoted words are not
 * the narration's people (学校社工 in a spokeswoman's words is nobody 她 could mean).
 */
function quotedSpans(found: readonly Quotation[], k: number, from: number, to: number): Array<[number, number]> {
  // Walking back from the quotation being resolved (found is sorted by start), so the pass stays linear.
  const spans: Array<[number, number]> = [];
  for (let j = k - 1; j >= 0; j--) {
    const q = found[j];
    if (q.depth === 0 && q.start < to && q.end > from) spans.push([q.start + 1, q.end]);
    if (q.depth === 0 && q.start < from) break;
  }
  return spans;
}

/** Speech quotations starting at or after `from`, newest first. */
function recentSpeeches(speeches: readonly Quotation[], from: number): Quotation[] {
  const recent: Quotation[] = [];
  for (let k = speeches.length - 1; k >= 0 && speeches[k].start >= from; k--) recent.push(speeches[k]);
  return recent;
}

/**
 * A person does not speak of themself by name (“总书记的回信让我们倍感温暖” is not 习近平's), and
 * 她 is not 习近平: such a resolution is wrong and is undone.
 */
function canSay(speaker: string, content: string, ref: Reference): boolean {
  const id = personId(speaker);
  if (id === null) return true;
  if (id === XI) return !ref.feminine && !/习近平|总书记|习主席/.test(content);
  return !content.includes(id);
}

/**
 * Start of the text a reference at `at` may look back into: its paragraph (line) and the previous
 * non-blank one, when at most one blank line lies between and that paragraph ends a sentence (a
 * heading, byline or title does not: what follows may be another article or section); never more
 * than REFERENCE_LOOKBACK_CHARS back.
 */
function referenceWindowStart(text: string, at: number): number {
  const limit = Math.max(0, at - REFERENCE_LOOKBACK_CHARS);
  let i = at - 1;
  while (i >= limit && text[i] !== '\n' && text[i] !== '\r') i--;
  if (i < limit) return limit;
  const paragraphStart = i + 1;
  let breaks = 0;
  while (i >= limit && isSpaceCode(text.charCodeAt(i))) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks++;
    i--;
  }
  if (i < limit || breaks > 2 || !endsSentence(text, limit, i + 1)) return paragraphStart;
  while (i >= limit && text[i] !== '\n' && text[i] !== '\r') i--;
  return i + 1;
}

/** Names and posts of 习近平 as written in running text. */
const XI_MENTION = /习近平(?:总书记|同志|主席)?|习主席|总书记/g;
/** Post + name: the name is two or three characters, ending where an adverbial, time, verb or punctuation follows. */
const POST_NAME = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER}|看望|回信)|[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER}|看望|回信))`, 'g');
/** People named by what they are, not by name: each may be the one 他 means, so each blocks. */
const PERSON_NOUN = new RegExp(
  `(?:老党员|党员|老人|老农|老乡|老汉|村民|农民|工人|职工|大户|学生|老师|教师|医生|专家|学者|企业家|科学家|老兵|战士|游客|居民|志愿者|负责人|大爷|大妈|大姐|大哥|师傅|同学|孩子|记者|总统|首相|外长|${POSTS})(?![团会处组室员])`,
  'g',
);
/** A description that ends with a person noun (日本记者, 有关负责人, 老船长). */
const PERSON_NOUN_END = new RegExp(`(?:${POSTS}|记者|负责人|老人|老汉|大爷|大妈|小伙|姑娘)$`);
/** Characters that show the words before a name are not posts but a predicate (见到了…的大户). */
const NOT_A_POST = /[了的着过把被将向给同与和对是见到为让]/;

/** A name of two or three characters opening a sentence, followed by a verb of speaking or acting. */
export const BARE_NAME_SUBJECT =
  /(^|[。！？\n\r]\s*|(?:中|上|时|后|期间|之际)[，,]\s*|[0-9０-９一二三四五六七八九十]+岁的)([\u4e00-\u9fff]{2,3}?)(?=指出|强调|表示|说|认为|介绍|在[^，。]{1,30}(?:上|中|时)(?:发表|作|讲话|指出|强调|表示|说)|出席|会见|主持|考察|调研|发表|详细|仔细|认真|亲切|就[^，。]{1,20}(?:作|发表|谈|提出)|来到|走进|察看|询问|听取|看望|在[^，。]{1,12}(?:漂泊|工作|生活|坚守|扎根|奋斗)|一生|毕生|早年|晚年|生前|从[^，。]{1,20}(?:讲起|谈起|说起|入手))/g;

/** Authors a theory article names alone, opening a clause (after a stage of life: 青年毛泽东), not heading a noun (毛泽东思想, 马克思主义). */
const FAMOUS_SUBJECT =
  /((?:^|[。！？\n\r，,；;]\s*)(?:青年|少年|晚年|早年)?)(毛泽东|毛主席|邓小平|周恩来|刘少奇|朱德|陈云|马克思|恩格斯|列宁|斯大林|孙中山|鲁迅|孔子|孟子|荀子)(?=同志|先生)?(?!思想|主义|理论|学说|选集|文选|全集|著作|文学|的|和|与|、|及|等|同志的|先生的|诞辰|故居|纪念|恩格斯)/g;
/** Meeting, asking or writing to someone: the other one may be who speaks next. */
const MEETS = /会见|会谈|接见|会晤|采访|拜会|拜访|交谈|谈话|对话|通话|提问|问道|询问|记者|来信|回信|写信/;

/** A name and a post after it, at the start of a clause or after a post (蒋洪委员, 所长严诚忠代表). */
const NAME_THEN_POST = new RegExp(`(^|[^\\u4e00-\\u9fff]|的|、|${POSTS})([\\u4e00-\\u9fff]{2,3}?)(委员|代表|教授|院士)(?![会团组长处])`, 'g');
/** A surname and a form of address (陈女士, 王老师, 李大爷). */
const ADDRESSED = /([\u4e00-\u9fff])(?:先生|女士|老师|教授|师傅|大爷|大妈|大娘|大姐|阿姨|老汉|奶奶|爷爷|主席|总理|委员长|书记|部长|省长|市长|县长|局长|院长|校长)(?![们])/g;

/** 叫施能鹤， / 名叫王小红。 / 宋朝有位张之才，: a person introduced by name. */
const CALLED = /(?:名叫|叫做|叫|有位|有一位)([\u4e00-\u9fff]{2,3})(?=[，,。；;、）)])/g;
/** What someone was or became, before a post or description (当过…主席, 是老党员, 担任…书记). */
const ROLE_OF = /(?:当过|当了|担任|曾任|出任|升任|任过|历任|是|成为|作为|身为)[^，。；;！？!?]{0,12}$/;
/** 我 turning to someone (我给…打电话, 我向…汇报, 我去看望…). */
const I_TURN_TO = /^我(?:又|就|便|也|还|曾)?(?:给|向|对|跟|和|同|找|问|去看望|去找|去拜访|拜访|看望|见到|拜会)$/;

/** The words of the clause before `start` (back to the last punctuation, at most 24 characters, not before `from`). */
function clauseBefore(text: string, from: number, start: number): string {
  let i = start;
  while (i > from && start - i < 24 && !'。！？；，：、”“\n\r!?;,:'.includes(text[i - 1])) i--;
  return text.slice(i, start);
}

/** 记者 as the one asking or interviewing (答记者问, 接受本报记者采访, 记者提问时). */
const REPORTER_BEFORE = /(答|回答|告诉|本报|新华社|央视|人民日报|中新社|接受[^，。]{0,8})$/;
const REPORTER_AFTER = /^(提问|问|采访|专访|的提问|的采访|遇到|见到|碰到|找到|结识|认识了|跟随|随|来到|走进|看到|在[^，。]{1,16}(?:遇到|见到|碰到|采访))/;

interface Mention {
  start: number;
  end: number;
  /** Who it is (习近平, the first two characters of a name); null for a person noun, distinct from every other. */
  id: string | null;
  /** The speaker as it would be written (国务院总理李强); null when it cannot be the antecedent. */
  written: string | null;
  /** For an antecedent: where its subject starts, so that posts inside it (全国人大代表、…书记王秀英) do not block. */
  subjectStart: number;
  /** Post and name as written where the person is not a subject (记者遇到了…的志愿者马丁). */
  named?: string;
}

/**
 * The one person 他/她 can mean in `[from, to)`: people named as the subject of a sentence
 * (习近平总书记在…考察。 国务院总理李强5日…) and persons quoted there (`recent`, newest first). Every
 * other person named or described (老人, 种粮大户, 德国总理朔尔茨, 老党员们) counts as another
 * candidate; with more than one, or none that can be the subject, the speaker stays null.
 */
function pronounAntecedent(text: string, from: number, to: number, recent: readonly Quotation[], quoted: ReadonlyArray<[number, number]> = []): string | null {
  const region = text.slice(from, to);
  const mentions: Mention[] = [];
  // People inside quoted words are taken, so they neither count nor block.
  const taken: Array<[number, number]> = quoted.map(([a, b]) => [a, b]);
  for (const m of region.matchAll(XI_MENTION)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    taken.push([start, end]);
    const subjectStart = subjectStartOf(text, from, start);
    // 我给习近平打电话…，他说: the one 我 turns to is whom 他 means, when no one else is named.
    const turnedTo = subjectStart < 0 && I_TURN_TO.test(clauseBefore(text, from, start)) ? XI : undefined;
    mentions.push({ start, end, id: XI, written: subjectStart >= 0 && text[end] !== '的' ? XI : null, subjectStart, named: turnedTo });
  }
  const inTaken = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const m of region.matchAll(POST_NAME)) {
    const nameStart = from + (m.index ?? 0) + m[0].length - m[1].length;
    const start = from + (m.index ?? 0);
    const end = nameStart + m[1].length;
    // 工人们正在: a post or description followed by no name at all; 老人和一位: 和 is no surname here.
    if (inTaken(start, end) || !SURNAMES.has(m[1][0]) || /^[在于对就向同与给曾也还又都和及将把被从是的]/.test(m[1])) continue;
    const id = m[1].startsWith('习近') ? XI : m[1].slice(0, 2);
    const subjectStart = subjectStartOf(text, from, start);
    const written = subjectStart >= 0 && SURNAMES.has(m[1][0]) ? (id === XI ? XI : text.slice(subjectStart, end)) : null;
    mentions.push({ start, end, id, written, subjectStart, named: text.slice(start, end) });
  }
  // 福建有一位老干部，叫施能鹤，…: a person introduced by name (叫 / 名叫), not as a subject.
  for (const m of region.matchAll(CALLED)) {
    const start = from + (m.index ?? 0) + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (!SURNAMES.has(m[1][0]) || NOT_A_NAME.has(m[1]) || BODY_END.test(m[1]) || inTaken(start, end) || mentions.some((c) => start < c.end && end > c.start)) continue;
    mentions.push({ start, end, id: m[1].slice(0, 2), written: null, subjectStart: -1, named: m[1] });
  }
  // 青年毛泽东受…影响 / 在…中，毛泽东就十分注意: an author theory articles name alone, opening a clause as its subject.
  for (const m of region.matchAll(FAMOUS_SUBJECT)) {
    const start = from + (m.index ?? 0) + m[1].length;
    const end = start + m[2].length;
    if (inTaken(start, end) || mentions.some((c) => start < c.end && end > c.start)) continue;
    // 会见了斯诺。他说 / 记者的提问是…他回答: someone met or asking may be whom 他 means.
    if (MEETS.test(text.slice(end, to))) continue;
    // (青年 of 青年毛泽东 is part of this mention, not another person)
    const stage = /(?:青年|少年|晚年|早年)$/.test(m[1]) ? 2 : 0;
    mentions.push({ start: start - stage, end, id: m[2] === '毛主席' ? '毛泽' : m[2].slice(0, 2), written: m[2], subjectStart: start - stage });
  }
  // 丁薛祥指出，… / 王毅在…发表讲话: a bare name opening a sentence as its subject.
  for (const m of region.matchAll(BARE_NAME_SUBJECT)) {
    const start = from + (m.index ?? 0) + m[1].length;
    const end = start + m[2].length;
    if (!SURNAMES.has(m[2][0]) || NOT_A_NAME.has(m[2]) || BODY_END.test(m[2]) || inTaken(start, end) || mentions.some((c) => start < c.end && end > c.start)) continue;
    mentions.push({ start, end, id: m[2].slice(0, 2), written: m[2], subjectStart: start });
  }
  // 蒋洪委员 / 严诚忠代表: a name, then the post, opening a clause.
  for (const m of region.matchAll(NAME_THEN_POST)) {
    // (所长严诚忠代表: the post before the name belongs to the mention too.)
    const nameStart = from + (m.index ?? 0) + m[1].length;
    const start = m[1].length > 1 ? from + (m.index ?? 0) : nameStart;
    const name = m[2];
    const end = nameStart + name.length + m[3].length;
    if (!SURNAMES.has(name[0]) || NOT_A_NAME.has(name) || BODY_END.test(name) || /[在于对就向同与给曾也还又都和及将把被从是的了]/.test(name)) continue;
    if (inTaken(start, end) || mentions.some((c) => start < c.end && end > c.start)) continue;
    mentions.push({ start, end, id: name.slice(0, 2), written: text.slice(start, nameStart + name.length), subjectStart: start });
  }
  // 陈女士 / 王老师 / 李大爷: a surname and a form of address, as a subject or not.
  for (const m of region.matchAll(ADDRESSED)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (!SURNAMES.has(m[1]) || inTaken(start, end) || mentions.some((c) => start < c.end && end > c.start)) continue;
    if (start > from && /[\u4e00-\u9fff]/.test(text[start - 1]) && !/[的位名]/.test(text[start - 1])) continue;
    const subjectStart = subjectStartOf(text, from, start);
    mentions.push({ start, end, id: m[0], written: subjectStart >= 0 ? text.slice(subjectStart, end) : null, subjectStart });
  }
  for (const q of recent) {
    const id = q.speaker === null ? null : personId(q.speaker);
    if (id !== null && q.speaker !== null) {
      const at = text.lastIndexOf(q.speaker, q.start);
      const start = at >= from ? at : q.start;
      mentions.push({ start, end: start + (at >= from ? q.speaker.length : 0), id, written: q.speaker, subjectStart: start });
    }
  }
  const covered = (s: number, e: number) =>
    inTaken(s, e) || mentions.some((c) => (c.written !== null && s >= c.subjectStart && e <= c.end) || (c.id !== null && s >= c.start && e <= c.end) || (c.id !== null && s === c.end && /^(代表|委员)$/.test(text.slice(s, e))));
  const described = new Set<string>();
  for (const m of region.matchAll(PERSON_NOUN)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    // A group named as an object (同委员们交流, 看望…的委员) is not what 他 means; as a subject it is.
    if (text[end] === '们' && subjectStartOf(text, from, start) < 0) continue;
    // 后来当过厦门市政协主席 / 是老地下党员: a post or description that someone was, not another person.
    if (ROLE_OF.test(clauseBefore(text, from, start))) continue;
    // 一位老教师，叫周明远: the name that follows is the mention.
    if (/^[，,]?(?:名叫|叫做|叫)[\u4e00-\u9fff]{2,3}[，,。；;、]/.test(text.slice(end, end + 8))) continue;
    // 向记者介绍 / 对工人说 / 给老人送去: a person after a preposition is the one spoken to.
    if (start > from && '向对给同跟为被让请'.includes(text[start - 1])) continue;
    // 回答记者提问 / 接受本报记者采访: the reporter of the story, not whom 他 means.
    // 我注意到一位企业家说的话，他说: one person described, named by what they are; the same noun
    // again later (记者见到一位老人…。老人今年已91岁) is that person.
    if (start - 2 >= from && /^(一位|一名)$/.test(text.slice(start - 2, start)) && text[end] !== '们') {
      described.add(m[0]);
      mentions.push({ start, end, id: `一位${m[0]}`, written: m[0], subjectStart: start });
      continue;
    }
    if (described.has(m[0]) && text[end] !== '们') continue;
    if (m[0] === '记者' && (REPORTER_BEFORE.test(text.slice(Math.max(from, start - 12), start)) || REPORTER_AFTER.test(text.slice(end, end + 20)))) continue;
    mentions.push({ start, end, id: null, written: null, subjectStart: -1 });
  }
  let id: string | null | undefined;
  let written: string | null = null;
  let writtenAt = -1;
  let named: string | null = null;
  for (const m of mentions) {
    if (m.id === null || (id !== undefined && m.id !== id)) return null;
    id = m.id;
    // The newest way of writing the person wins (a quoted speaker over an earlier mention).
    if (m.written !== null && m.start >= writtenAt) {
      written = m.written;
      writtenAt = m.start;
    }
    if (m.named !== undefined) named = m.named;
  }
  // The one person named, though not as a subject (记者遇到了来自加拿大的志愿者马丁。”…”他说。).
  const person = written ?? named;
  // (迎接总统马克龙。他说 / 毛泽东的秘书…。他说 / 邓小平也在场。他说: acted on, owning, or not alone)
  return person !== null && actedOnOrOther(region, person) ? null : person;
}

/**
 * Where the subject holding a mention at `start` begins, when the words between the clause start
 * and the mention are only posts (中共中央总书记、国家主席、中央军委主席 / 国务院总理); -1 when they are
 * a predicate (见到了…的, 同德国总理), so the mention is an object, not a subject.
 */
export function subjectStartOf(text: string, from: number, start: number): number {
  let i = start;
  while (i > from && !'。！？；，：”“\n\r!?;,:'.includes(text[i - 1])) i--;
  let prefix = text.slice(i, start);
  let s = i;
  const strip = (re: RegExp) => {
    const m = re.exec(prefix);
    if (m !== null && m[0].length > 0) {
      prefix = prefix.slice(m[0].length);
      s += m[0].length;
    }
  };
  strip(/^\s+/);
  strip(LEADING_DATELINE);
  strip(/^\s+/);
  strip(LEADING_CONNECTOR);
  strip(LEADING_ADVERBIAL);
  // 15岁的习近平来到…: an age before the name leaves it the subject.
  strip(/^(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?:周)?岁的/);
  if (prefix.length > 25 || NOT_A_POST.test(prefix)) return -1;
  return s;
}

const POST_NAME_AT_END = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`);

/** 王副市长 / 李教授 / 张总经理 / 陈女士: a surname and a post or form of address. */
const SURNAME_POST = new RegExp(`^[\\u4e00-\\u9fff](?:副)?(?:${POSTS}|先生|女士|老师|教授|总经理|总|师傅|大爷|大妈|大姐|阿姨|老)$`);
/** Written like a name (李强, 盛来运) but a noun: never a person. */
export const NOT_A_NAME = new Set(['文章', '方案', '古人', '古语', '古话', '古训', '白皮书', '党中央', '党章', '党组', '党委', '华为', '常言', '史记', '章程', '谷歌', '万科', '宁夏', '江苏', '江西', '黄河', '长江', '金融', '安全', '和平', '时评', '于是', '石油', '司法', '项目', '车间', '简报', '路径', '高校', '明确', '韩国', '英国', '法国', '德国', '俄罗斯', '日本', '美国', '印度', '党课', '党史', '党建', '党校', '党性', '党风', '党纪', '党费', '党旗', '党员']);
/** Last characters of bodies and documents (省, 局, 会 …): a bare name does not end so. */
export const BODY_END = /[省市县区镇乡村局部委会院办厅司处组团队社报书章案件法规例知见定团校馆所站厂店]$/;

/** Who a speaker is, when it is a person: 习近平, the name after a post, a bare name (李强), 王副市长; null for 会议, 《意见》, 文章. */
export function personId(speaker: string): string | null {
  if (speaker === XI) return XI;
  const m = POST_NAME_AT_END.exec(speaker);
  if (m !== null && SURNAMES.has(m[1][0])) return m[1].slice(0, 2);
  if (/(负责人|发言人)$/.test(speaker)) return speaker;
  if (SURNAMES.has(speaker[0]) && SURNAME_POST.test(speaker)) return speaker;
  if (/^[\u4e00-\u9fff]{2,3}$/.test(speaker) && SURNAMES.has(speaker[0]) && !NOT_A_NAME.has(speaker) && !BODY_END.test(speaker)) return speaker.slice(0, 2);
  return null;
}
