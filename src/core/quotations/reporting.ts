/**
 * A last pass over the speakers found in reporting (issue 16, third round), run on the simplified view
 * after every other rule:
 *  - a bare title left unresolved (“…”总理说。 / 特首强调：) is the one person of that post the article
 *    named earlier, however far back (a news story names its premier once, in the lead);
 *  - “…”总理简短有力的回答 / 部长的话: a title with a description and 的 before a cue used as a noun is
 *    that title's person; anything else ending in 的 is no speaker;
 *  - words that cannot be a speaker (a clause of time 拋出时, a phrase opening with a preposition
 *    到英文提 / 向中国总理, a whole predicate 贺一诚指每日透过…了解传媒提问) are dropped: a wrong speaker is
 *    worse than none.
 * Linear: one look-back of at most {@link TITLE_LOOKBACK_CHARS} per quotation with a bare title.
 */
import type { Quotation } from '../types';
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { titleAntecedent } from './persons';
import { BODY_END, NOT_A_NAME, personId } from './references';
import { sentenceSpeaker } from './indirect';
import { isBareTitle, normaliseSpeaker, subjectText, trimPredicate } from './subject';
import { FORMULA, XI } from './common';
import { askedFragments, beforeCueClause, listedFragments, pronounSentenceHead, continueHead, describedName, personBeforeVerbAfter, workInClause, modalFragments, namesGiven, resolvePronounSubjects, stanceFragments } from './actors';

/** How far back a bare title looks for the one person of that post. */
export const TITLE_LOOKBACK_CHARS = 3000;

/** Posts an article gives to one person only, so that a bare title far from the name is still that person. */
const SINGLE_POST = /^(?:副?总理|总统|副总统|特首|行政长官|委员长|国家主席|主席|首相|外长|部长|省长|市长|县长|区长|镇长|村长|院长|校长|局长|厅长|署长|司长|行长|董事长|总经理|发言人|大使|秘书长|议长)$/;

/** What a questioner does before 问题： (提出了一个, 抛出一连串, 又问了几个). */
const ASKING = /(?:又|并|还|随即|接着)?(?:提出|抛出|问|提)了?(?:一|几|两|三|数)(?:个|串|连串)?$/;
/** A title, a description of how it is said, then 的 (总理简短有力的, 部长坚定的). */
const TITLE_THEN_DE = new RegExp(`^(副?(?:${POSTS}|特首))[\\u4e00-\\u9fff]{0,8}的$`);

/** A phrase that opens with a preposition or directional verb is not a subject (到英文提, 向中国总理, 对记者). */
const OPENS_WITH_PREPOSITION = /^(?:到|向|把|被|从|对|给|跟|让|使|将|于|往|朝|替|为了|关于|随后|然后|经过|通过|根据|按照)/;
/** Conjunctions and connectors left where a subject should be (以及, 而且, 但是). */
const FUNCTION_WORD = /^(?:以及|和|与|及|并|并且|而|而且|但|但是|或|或者|以及对|此外|同时|另外|仅|只|仅仅|只是|则|亦|也|还|却|更|又|再|都|就|便|才|有些|有点|颇为|略带|不禁|忍不住|随即|当即|立即|马上|接着|然后|甚至|甚而|竟然|居然|更是|于是|因此|所以|不过|可是|然而)$/;
/** What a person does with hands or eyes, opening a would-be speaker (指着远处的山坡, 拿起话筒). */
const ACTION_START = /^(?:指着|拉着|握着|望着|看着|抱着|端着|捧着|摸着|拍着|挥着|抓起|拿起|举起|端起|放下|擦了擦|拍了拍|摸了摸|搓了搓|摆摆手|点点头|摇摇头|清了清嗓子|顿了顿|回过头|回头|转过身|转身|站起身|站起来|抬起头|低下头|俯下身|凑过来|凑上前|走上前|迎上前|接过话筒|接过话茬|招呼|冲着|朝着|充满)/;
/** Generic sources that name nobody (常听人说, 有人说, 据说). */
const NOBODY = /^(?:常听人|听人|常听|听说|据说|有人|人们|人家)$/;
/** A clause of time or circumstance (拋出时, 回答问题后, 听完以后). */
const CLAUSE_OF_TIME = /(?:时|之时|以后|之后|以前|之前)$/;
/** Predicates inside a would-be speaker: 再度举行记者会, 抛出一连串, 透过…了解… (a person or body never reads so). */
const PREDICATE_INSIDE = /(?:举行|抛出|一连串|了解|透过|再度|[抓拿端捧掏举][起出]|[一两几][把句碗杯块张口])/;

export function reportingPass(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.kind !== 'speech' || q.speaker === null || q.speaker === XI) continue;
    let speaker = q.speaker;
    // 房屋的主人——七旬老汉陈泽民: the person after the dash.
    if (speaker.includes('——')) speaker = speaker.slice(speaker.lastIndexOf('——') + 2);
    speaker = withoutDoubledVerb(speaker);
    // 主任医师柯小梅站起身来 / 书记龙海波接过话筒: a named person, then an action.
    const acting = speaker.slice(2).search(new RegExp(ACTION_START.source.slice(1)));
    const actor = acting >= 0 ? speaker.slice(0, acting + 2) : '';
    if (acting >= 0 && (personId(actor) !== null || (actor.length >= 3 && SURNAMES.has(actor[actor.length - 3]) && isGivenName(actor.slice(-3))))) speaker = actor;
    // 张大爷放下锄头，指着远处的山坡说 / 王海鹏吐吐舌头，大咧咧地说: an action or a manner is no speaker;
    // the person the sentence opens with is.
    // (各地 / 当地 / 山区各地 end in 地 and are subjects.)
    if (ACTION_START.test(speaker) || /^[\u4e00-\u9fff]{2,4}(?<![各内当本外两基异属陆土田绿园腹产圣营辖驻原])地$/.test(speaker)) {
      q.speaker = openerOf(text, q, speaker);
      continue;
    }
    // 女工们围（在一起说）: a group, then the first character of what it does.
    const group = /^(.{1,12}们)[\u4e00-\u9fff]$/.exec(speaker);
    if (group !== null) speaker = group[1];
    // 刘教授提出了一个（问题：“…？”） / 本报记者随即抛出一连串（问题：）: the asker, not the asking.
    const asking = ASKING.exec(speaker);
    if (asking !== null) {
      const subject = asking.index > 0 ? subjectText(speaker.slice(0, asking.index)) : undefined;
      speaker = subject === undefined ? '' : (normaliseSpeaker(trimPredicate(subject)) ?? '');
      if (speaker === '') {
        q.speaker = null;
        continue;
      }
    }
    const de = TITLE_THEN_DE.exec(speaker);
    if (de !== null) speaker = de[1];
    else if (speaker.endsWith('的') && !/》的$/.test(speaker)) {
      q.speaker = null;
      continue;
    }
    if (isBareTitle(speaker) && SINGLE_POST.test(speaker) && q.depth === 0) {
      const person = titleAntecedent(text, Math.max(0, q.start - TITLE_LOOKBACK_CHARS), q.start, speaker, []);
      if (person !== null && person !== undefined) speaker = person;
    }
    // 李又称「…」 / 李则指: one surname for the person of that surname named before.
    const surname = /^([\u4e00-\u9fff])(?:又|也|亦|则|还|再|更|续)?$/.exec(speaker);
    if (surname !== null && SURNAMES.has(surname[1])) {
      const person = personOfSurname(text, q.start, surname[1]);
      q.speaker = person === undefined ? surname[1] : person;
      continue;
    }
    if (!implausible(speaker)) {
      q.speaker = speaker;
      continue;
    }
    // The words after it were no attribution: a short term is a phrase again (随后“切换”到英文提问).
    const after = text.indexOf(speaker, q.end);
    q.speaker = null;
    if (unbalanced(speaker)) q.cue = null;
    if ((OPENS_WITH_PREPOSITION.test(speaker) || (after >= 0 && after - q.end <= 4)) && !/[，,、。！？；!?;：:]/.test(q.content) && q.content.length < 8) {
      q.kind = 'phrase';
      q.cue = null;
    }
  }
  resolveRepeatedNames(text, found);
  resolvePronounSubjects(text, found);
  pronounSentenceHead(text, found);
  modalFragments(text, found);
  stanceFragments(text, found);
  namesGiven(text, found);
  speakerBetween(text, found);
  sourceInBrackets(text, found);
  continueNarrative(text, found);
  describedWords(text, found);
  askedFragments(text, found);
  continueHead(text, found);
  personBeforeVerbAfter(text, found);
  beforeCueClause(text, found);
  workInClause(text, found);
  listedFragments(text, found);
}

/** Whether words found where a speaker stands cannot be one. */
export function implausible(speaker: string): boolean {
  if (speaker.startsWith('《')) return false;
  if (FUNCTION_WORD.test(speaker) || NOBODY.test(speaker)) return true;
  // 强调行政署是「: a clause holding an unbalanced quotation mark is no speaker (被誉为“当代愚公”的老支书 is one).
  if (unbalanced(speaker)) return true;
  const person = personId(speaker) !== null;
  if (OPENS_WITH_PREPOSITION.test(speaker) && !person) return true;
  // (李强主持召开国务院常务会议时 holds its person; 抛出时 holds none.)
  if (CLAUSE_OF_TIME.test(speaker) && !person && speaker.length <= 6) return true;
  return PREDICATE_INSIDE.test(speaker) && !speaker.includes('《');
}

/** How far back names are counted for {@link repeatedName}. */
const NAME_COUNT_CHARS = 1500;
/** How far back the one name must stand for a pronoun or a bare clause. */
const NAME_NEAR_CHARS = 400;
/** Characters that do not end a three-character personal name (高质量, 全过程, 金融业, 方面的). */
const NOT_IN_NAME = /[的了是在和有这那个们性化式业量程面度上下里内外年月日后前部门会议党国家省市县区说问答称指出表示强调认为要将把被对向与及等又也还都就并而但案题策务展革济设术品质制件划施项标准险资]/;
/** Word tails after a surname character that are no given name (向中国, 高中生, 江时候, 陈时代); 中 and 时 may end one (陈时中). */
const NOT_A_GIVEN_NAME = /^(?:中|时候|时代|时期|时间|时刻)/;

/**
 * The one three-character personal name a passage repeats (采访赵启正…。…发现赵启正已经站在面前。…但赵启正创造了…):
 * a surname and two characters that end no word, written at least twice in the
 * {@link NAME_COUNT_CHARS} characters before `to`, once within {@link NAME_NEAR_CHARS}; null when none or
 * when two such names stand near, or a post and another name does.
 */
export function repeatedName(text: string, to: number): string | null {
  const near = repeatedNames(text, to);
  if (near.length !== 1) return null;
  const name = near[0];
  // Another person named by post and name near it (省长王立明) is another candidate.
  for (const m of text.slice(Math.max(0, to - NAME_NEAR_CHARS), to).matchAll(POST_AND_NAME)) {
    if (SURNAMES.has(m[1][0]) && !name.startsWith(m[1].slice(0, 2))) return null;
  }
  return normaliseSpeaker(name);
}

/** Every three-character name written at least twice before `to`, once near it (see {@link repeatedName}). */
function repeatedNames(text: string, to: number): string[] {
  const from = Math.max(0, to - NAME_COUNT_CHARS);
  const counts = new Map<string, { n: number; last: number; follows: boolean }>();
  for (let i = from; i + 3 <= to; i++) {
    // (习 is not in SURNAMES, where it would start too many words; a three-character name is safe.)
    if (!SURNAMES.has(text[i]) && text[i] !== '习') continue;
    const name = text.slice(i, i + 3);
    if (!/^[\u4e00-\u9fff]{3}$/.test(name) || NOT_IN_NAME.test(name.slice(1)) || NOT_A_GIVEN_NAME.test(name.slice(1)) || NOT_A_NAME.has(name) || BODY_END.test(name)) continue;
    const c = counts.get(name) ?? { n: 0, last: -1, follows: false };
    c.n++;
    c.last = i;
    // 赵启正已经… / 赵启正说… / 赵启正， : at least once followed as names are (金山银山 is not).
    c.follows ||= FOLLOWS_NAME.test(text.slice(i + 3, i + 8));
    counts.set(name, c);
  }
  return [...counts.entries()].filter(([, c]) => c.n >= 2 && c.follows && c.last >= to - NAME_NEAR_CHARS).map(([name]) => name);
}

/** What follows a name: NAME_FOLLOWER, or the first character of a common predicate (第一次, 长舒, 一下车, 已经, 拍案). */
const FOLLOWS_NAME = new RegExp(`^(?:${NAME_FOLLOWER}|[第长一已正刚就才便先拍站坐走来去带看听想忙赶摇点叹拿抓拉握创的这])`);
const POST_AND_NAME = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2})`, 'g');

/**
 * 他不无得意地说：“…” / 习仲勋勃然大怒，说：“…”: a cue whose subject is 他/她, or a clause with no
 * subject after one that opens with a name, left unresolved by the rules before: the one name the
 * passage repeats ({@link repeatedName}), when the sentence names nobody else.
 */
export function resolveRepeatedNames(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || (q.kind !== 'speech' && q.cue !== null)) continue;
    if (q.cue === null) {
      // 提起次子，她流下了眼泪。“…”: a quoted statement right after a sentence whose one person is 他/她.
      if (q.kind === 'speech' && q.speaker === null && q.closed && /[。！!]$/.test(q.content)) {
        const before = sentenceBefore(text, q.start);
        if (before !== null && /^[^他她]*[他她](?![们人国乡者])[^他她]*$/.test(before) && !postedPerson(before) && !/[“”「」]/.test(before)) q.speaker = repeatedName(text, q.start);
      }
      // 总统指出，…。今天，她要代表国家，谢谢…，「大家辛苦了」: 他/她 heading a clause of the sentence
      // holding the words, nobody else in it: the one who spoke last, when a person or a title.
      const spoken = q.kind === 'speech' || (q.closed && /我|咱|你|您|大家|[，,。！？!?]/.test(q.content) && q.content.length >= 4 && !/^[，,]?[\u4e00-\u9fff]/.test(text.slice(q.end, q.end + 1)));
      if (q.speaker === null && spoken) {
        const within = sentenceUpTo(text, q.start);
        if (within !== null && /(?:^|[，,；;])\s*[他她](?![们人国乡者])/.test(within) && (within.match(/[他她]/g) ?? []).length === 1 && !postedPerson(within) && !/[“”「」『』]/.test(within)) {
          // The one who spoke last (a quotation, or the sentence before: 总统指出，…。), when a person or a title.
          // (After a question, 他/她 is as often the one answering: “…吗？”王大爷问。她摇摇头，“…”.)
          const last = lastSpeech(found, q);
          const previous = sentenceSpeakerBefore(text, q.start - within.length);
          const who = last !== undefined && last.speaker !== null && q.start - last.end <= 300 && !/[？?]$/.test(last.content) && last.end > q.start - within.length - 200 ? last.speaker : previous;
          // 她拉着吴学文…给吴学文看：“…” after 吴学文说，…: the one the pronoun's clause acts on is someone else.
          const acted = who !== null && within.slice(within.search(/[他她]/)).includes(personId(who) ?? who);
          if (who !== null && !acted && (personId(who) !== null || isBareTitle(who))) {
            q.kind = 'speech';
            q.speaker = who;
          }
        }
      }
      continue;
    }
    // The cue after the quotation (“…，”他不无得意地说，“…”) or before it (…勃然大怒，说：“…”).
    const after = text.indexOf(q.cue, q.end);
    const before = text.lastIndexOf(q.cue, q.start);
    let sentence: string;
    let cueAt: number;
    if (after >= 0 && after - q.end <= 20 && !/[。！？!?“”「」\r\n]/.test(text.slice(q.end, after))) {
      cueAt = after;
      sentence = text.slice(q.end, after).replace(/^[，,\s]+/, '');
    } else if (before >= 0 && q.start - before <= 40) {
      cueAt = before;
      let from = before;
      while (from > 0 && before - from < 80 && !'。！？!?\r\n”」'.includes(text[from - 1])) from--;
      sentence = text.slice(from, before).trim();
    } else continue;
    // 他在…时，并未承认或否认，仅称: 他 heading one of the clauses, the only person in the sentence.
    const pronoun = /^[^他她]*[他她](?![们人国乡者])[^他她]*$/.test(sentence) && /(?:^|[，,；;])\s*[他她]/.test(sentence) && !postedPerson(sentence.slice(sentence.search(/[他她]/)));
    if (q.speaker !== null) {
      // 他 resolved by the rules before to a person named by post, while the passage keeps naming
      // another (彭立达一下车，县长刘振华就迎了上去。他说): two candidates, nobody.
      if (pronoun && repeatedNames(text, cueAt).some((n) => !q.speaker?.includes(n) && !n.includes(q.speaker ?? ''))) q.speaker = null;
      continue;
    }
    // (卫生福利部长陈时中是…人选，他在…时，仅称: the one post and name before the pronoun will do.)
    const name = pronoun || SURNAMES.has(sentence[0]) || sentence[0] === '习' ? repeatedName(text, cueAt) ?? (pronoun ? onePostName(sentence.slice(0, sentence.search(/[他她]/))) : null) : null;
    if (name === null) continue;
    // The sentence opens with the name and goes on with a short predicate (勃然大怒，说).
    // 陈时中被问到…时，仅称 / 习仲勋勃然大怒，说: the sentence opens with the name, nobody else in it.
    const opens = sentence.startsWith(name) && sentence.length - name.length <= 30 && !/[他她]/.test(sentence) && !postedPerson(sentence.slice(name.length));
    if (opens || (pronoun && !postedPerson(sentence.slice(sentence.search(/[他她]/))))) q.speaker = name;
  }
}

const POSTED = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})`, 'g');

/** Whether `s` names a person by post and name (部长陈志远, not 代表国家). */
function postedPerson(s: string): boolean {
  for (const m of s.matchAll(POSTED)) if (isGivenName(m[1])) return true;
  return false;
}

/** How far the words between two quotations, or after one, are read. */
const BETWEEN_CHARS = 80;

/**
 * The person named right after a quoted statement, with no verb of saying (“…！”女工安尕萍从吊挂机上
 * 摘下一条裤子，… / “…。”指着屏幕，安尕萍笑了，“…”): when the words up to the next sentence end or the
 * next quotation name one person only — by post and name, or by the name the passage repeats — the
 * statement is theirs; a quotation right after those words, in the same sentence, goes on with them.
 * A question is left alone (the person named after it may be the one who answers).
 */
export function speakerBetween(text: string, found: Quotation[]): void {
  const top = found.filter((q) => q.depth === 0);
  for (let k = 0; k < top.length; k++) {
    const q = top[k];
    if (q.kind !== 'speech' || !q.closed) continue;
    let stop = q.end;
    while (stop < Math.min(text.length, q.end + BETWEEN_CHARS) && !'。！？!?\r\n“「『'.includes(text[stop])) stop++;
    const words = text.slice(q.end, stop);
    // “…？”常福林想了想，“…”: the one named after a question, going on to speak, answers it.
    if (/[？?]$/.test(q.content) && q.cue === null && q.speaker !== null && top[k + 1]?.start === stop && /[，,：:]\s*$/.test(words) && onePerson(text, words, stop) !== null) {
      q.speaker = null;
      continue;
    }
    if (q.speaker === null && q.cue === null && /[。！!]$/.test(q.content) && /^[，,]?\s*[^\s，,]/.test(words)) {
      const person = onePerson(text, words, stop);
      if (person !== null) q.speaker = person;
    }
    const next = top[k + 1];
    if (/[？?]$/.test(q.content) || q.speaker === null || next === undefined || next.speaker !== null || next.start !== stop || !/[，,：:]\s*$/.test(words)) continue;
    if (!/[，,、。！？；!?;：:]/.test(next.content) && next.content.length < 8) continue;
    const id = personId(q.speaker) ?? q.speaker;
    const person = onePerson(text, words, stop);
    if (person === null || !(person.includes(id) || q.speaker.includes(person))) continue;
    next.kind = 'speech';
    next.speaker = q.speaker;
  }
}

/** The one person named in `words` (ending at `end`): post and name, or a repeated name; null for none, two, or a group. */
function onePerson(text: string, words: string, end: number): string | null {
  if (/[他她]们|大家|人们|群众|记者们|代表们|委员们|一名|一位/.test(words)) return null;
  // 记者 as a subject (一名外国记者向…提问) is another person; as an object (和记者说话) it is not.
  if (/(?<![和跟与对向给同])记者(?![区站席证节会])/.test(words)) return null;
  const people = new Map<string, string>();
  let first = words.length;
  const add = (name: string, written: string, at: number) => {
    // 向司长王刚提出 / 和村支书王明一起: a person after a preposition is an object, not the one speaking.
    if (/[向对给跟和与同把被让请为]$/.test(words.slice(0, at))) return;
    if (!people.has(name.slice(0, 2))) people.set(name.slice(0, 2), written);
    first = Math.min(first, at);
  };
  for (const m of words.matchAll(POST_AND_NAME_3)) {
    // 部长王刚提出 (two characters, then what follows names) / 部长杨传堂挥着手 (else three).
    const name = m[2].length === 3 && FOLLOWS_NAME.test(words.slice((m.index ?? 0) + m[0].length - 1)) ? m[2].slice(0, 2) : m[2];
    if (isGivenName(name)) add(name, m[0].slice(0, m[1].length + name.length), m.index ?? 0);
  }
  for (const name of repeatedNames(text, end)) {
    const at = words.indexOf(name);
    if (at >= 0 && ![...people.values()].some((w) => w.endsWith(name))) add(name, name, at);
  }
  // 他和村支书王明一起…: 他 before the one named is someone else.
  if (people.size !== 1 || /[他她]/.test(words.slice(0, first))) return null;
  return [...people.values()][0];
}

const POST_AND_NAME_3 = new RegExp(`(${POSTS})([\\u4e00-\\u9fff]{2,3})`, 'g');

/**
 * 「…」（港澳办声明） / “…”（中联办发言人） right after a quotation: the source in brackets says it.
 * The brackets hold a body, a person or a document, maybe with 声明 / 发言 / 讲话 / 语; never a date, a
 * number or a note (指梁特首).
 */
export function sourceInBrackets(text: string, found: Quotation[]): void {
  for (const q of found) {
    // “…”（指梁特首）: a note on whom the words mean, not who says them.
    const note = /^[（(](?:指|即)([^（）()]{1,12})[）)]/.exec(text.slice(q.end, q.end + 16));
    if (q.closed && note !== null && q.speaker !== null && (q.cue === '指' || q.speaker.includes(note[1]))) q.speaker = null;
    if (q.depth !== 0 || !q.closed || q.speaker !== null) continue;
    const m = BRACKETED_SOURCE.exec(text.slice(q.end, q.end + 24));
    if (m === null || /[\d０-９]|^(?:指|即|下同|注|见|编者|作者|记者|图|摄|完)/.test(m[1])) continue;
    // “…”（新华社） / （人民网）: a news outlet credited for the report, not the one who spoke (unless 声明 / 说 … says so).
    if (m[2] === undefined && /(?:社|网|报|台|新闻|通讯|频道|客户端)$/.test(m[1])) continue;
    if (!/[，,。！？；!?;、]/.test(q.content) && q.content.length < 8) continue;
    q.kind = 'speech';
    q.speaker = m[1];
  }
}

const BRACKETED_SOURCE = /^[（(]([\u4e00-\u9fff《》]{2,16}?)(?:的)?(声明|发言|讲话|致辞|语|说|表示|指出|谈话|答记者问)?[）)]/;

/** The one person whose name starts with `surname`, named in the {@link NAME_NEAR_CHARS} before `at` (post and name, or a name repeated); undefined for none, null for two. */
function personOfSurname(text: string, at: number, surname: string): string | null | undefined {
  const region = text.slice(Math.max(0, at - NAME_NEAR_CHARS), at);
  const people = new Map<string, string>();
  for (const m of region.matchAll(POST_AND_NAME_3)) {
    const name = FOLLOWS_NAME.test(region.slice((m.index ?? 0) + m[0].length - 1)) ? m[2].slice(0, 2) : m[2];
    if (name.startsWith(surname) && isGivenName(name)) people.set(name.slice(0, 2), name);
  }
  for (const name of repeatedNames(text, at)) if (name.startsWith(surname) && ![...people.values()].some((w) => w.startsWith(name.slice(0, 2)))) people.set(name.slice(0, 2), name);
  // A bare name before a verb of saying (李家超今日出席…, 李家超称): the same person, written again.
  for (const m of region.matchAll(BARE_NAME_BEFORE_CUE)) if (m[1].startsWith(surname) && !people.has(m[1].slice(0, 2))) people.set(m[1].slice(0, 2), m[1]);
  if (people.size === 0) return undefined;
  return people.size === 1 ? [...people.values()][0] : null;
}

const BARE_NAME_BEFORE_CUE = /(?:^|[，,。！？!?；;\s])([\u4e00-\u9fff]{3})(?=今日|昨日|今天|昨天|表示|指出|强调|称|说|出席|回应|解释|透露|致辞)/g;

/** The sentence ending right before `at` (after 。！？ and spaces), within one paragraph and 80 characters; null if none. */
function sentenceBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && /[ \t\u3000]/.test(text[end - 1])) end--;
  if (end === 0 || !/[。！？!?]/.test(text[end - 1])) return null;
  let from = end - 1;
  while (from > 0 && end - from < 80 && !'。！？!?\r\n”」'.includes(text[from - 1])) from--;
  return from > 0 && end - from >= 80 ? null : text.slice(from, end);
}

/** People, groups and pronouns that make words between two quotations another person's narration. */
const SOMEONE = new RegExp(`[他她]们|大家|人们|群众|有人|记者(?![区站席证节会])|村民|居民|网友|专家|学者|代表们|委员们|(?:${POSTS})[\\u4e00-\\u9fff]{2}|(?:说|表示|指出|认为|强调|介绍|问|答|称|道)[：:，,]?\\s*$`);

/**
 * A quoted statement with no cue after one of a named person, with only a sentence of narration
 * naming nobody between them in the same paragraph (“从2005年开始，我就在村委会任职。”15年的光阴，
 * 看似漫长。“长期以来，…”), or only a comma (「我会回答所有问题」，「其他问题无任欢迎」): the same person goes on.
 */
export function continueNarrative(text: string, found: Quotation[]): void {
  let prev: Quotation | undefined;
  for (const q of found) {
    if (q.depth !== 0) continue;
    const last = prev;
    prev = q;
    if (last === undefined || last.kind !== 'speech' || last.speaker === null || !last.closed || q.speaker !== null || q.start < last.end) continue;
    if (/[？?]$/.test(last.content) || (!/[，,、。！？；!?;：:]/.test(q.content) && q.content.length < 8) || (q.closed && text[q.end] === '的')) continue;
    const between = text.slice(last.end, q.start);
    const adjacent = /^[ \t\u3000]*[，,、]?[ \t\u3000]*$/.test(between) && q.cue === null;
    const id = personId(last.speaker);
    if (id === null && !adjacent) continue;
    if (!adjacent) {
      if (q.kind !== 'speech' || q.cue !== null || between.length > 60 || /[\r\n“”「」『』：:]/.test(between) || SOMEONE.test(between)) continue;
      if ((between.match(/[。！？!?]/g) ?? []).length > 2) continue;
      if (repeatedNames(text, q.start).some((n) => between.includes(n) && !last.speaker?.includes(n))) continue;
    }
    q.kind = 'speech';
    q.speaker = last.speaker;
  }
}

/** The one person named by post and name in `clause` (部长陈时中), as written with the post; null for none or two. */
function onePostName(clause: string): string | null {
  const people = new Map<string, string>();
  for (const m of clause.matchAll(POST_AND_NAME_3)) {
    const name = FOLLOWS_NAME.test(clause.slice((m.index ?? 0) + m[0].length - 1)) ? m[2].slice(0, 2) : m[2];
    // With the body before the post, back to the start of its clause (卫生福利部长陈志远).
    const at = m.index ?? 0;
    const from = Math.max(0, ...[...'，,。；;：:、'].map((c) => clause.lastIndexOf(c, at) + 1));
    if (isGivenName(name)) people.set(name.slice(0, 2), clause.slice(from, at + m[1].length + name.length).trim());
  }
  return people.size === 1 ? [...people.values()][0] : null;
}

/** Whether quotation marks in `s` do not pair up (强调行政署是「). */
function unbalanced(s: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  return count(/“/g) !== count(/”/g) || count(/「/g) !== count(/」/g) || count(/『/g) !== count(/』/g);
}

/** A surname and one or two characters that may be a given name (not 和一位, 在会上, 向中国). */
function isGivenName(name: string): boolean {
  // (国 and 家 are common in given names after a post: 议员李国华, 主任王家明.)
  return SURNAMES.has(name[0]) && !/^[在于对就向同与给曾也还又都和及将把被从是的]/.test(name) && !NOT_IN_NAME.test(name.slice(1).replace(/[国家]/g, '')) && !/[一二三两几位名个]/.test(name.slice(1));
}

/** The sentence holding `at`, from its start up to `at` (one paragraph, 200 characters); null if longer. */
function sentenceUpTo(text: string, at: number): string | null {
  let from = at;
  while (from > 0 && at - from < 200 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
  return at - from >= 200 ? null : text.slice(from, at);
}

/** The last outermost speech with a speaker before `q`. */
function lastSpeech(found: readonly Quotation[], q: Quotation): Quotation | undefined {
  let last: Quotation | undefined;
  for (const p of found) {
    if (p === q || p.start >= q.start) break;
    if (p.depth === 0 && p.kind === 'speech' && p.speaker !== null) last = p;
  }
  return last;
}

/** The speaker heading the sentence that ends right before `at` (总统指出，…。), or null. */
function sentenceSpeakerBefore(text: string, at: number): string | null {
  const end = at;
  if (end <= 0 || !/[。！!]/.test(text[end - 1])) return null;
  let from = end - 1;
  while (from > 0 && end - from < 200 && !'。！？!?\r\n'.includes(text[from - 1])) from--;
  return sentenceSpeaker(text, from, end - 1);
}

/** 形容自己是「…」 / 把改革比喻为「…」 / 评价这次会议是「…」, with the subject before the verb. */
const DESCRIBES = /([^，,。！？!?；;：:“”「」『』\r\n]{2,24}?)(?<![被所俗人又也])(?:形容|比喻|评价)([^，,。！？!?；;“”「」『』]{0,12}?)(?:是|为|成)$/;
/** X的答案是「…」 / 他的回答是「…」. */
const ANSWER_IS = /([^，,。！？!?；;：:“”「」『』\r\n]{2,24}?)的(?:答案|回答|回应|答复|说法|评价)(?:就|则|也)?是$/;

/**
 * A short quotation that is what someone calls something or answers (院士王海平形容自己是「一名普通的科研工作者」,
 * 局长王刚的答案是「当然可以」): the speaker's words, with the speaker when a person is named; a name
 * given by others (被称为「…」, 俗称) stays a phrase.
 */
export function describedWords(text: string, found: Quotation[]): void {
  for (const q of found) {
    if (q.depth !== 0 || q.kind !== 'phrase' || !q.closed || q.content.length < 2 || FORMULA.test(q.content)) continue;
    // A name heading a noun (「一国两制」方针) is a term, whoever uses it.
    if (/^[\u4e00-\u9fff]/.test(text[q.end] ?? '') && !/^[，,。！？；]/.test(text[q.end] ?? '')) continue;
    let from = q.start;
    while (from > 0 && q.start - from < 40 && !'，,。！？!?；;：:\r\n'.includes(text[from - 1])) from--;
    const clause = text.slice(from, q.start);
    const m = ANSWER_IS.exec(clause) ?? DESCRIBES.exec(clause);
    if (m === null) continue;
    const subject = subjectText(m[1]);
    const speaker = subject === undefined ? null : normaliseSpeaker(trimPredicate(subject));
    q.kind = 'speech';
    q.speaker = speaker !== null && personId(speaker) !== null ? speaker : null;
  }
}

/** The person the sentence holding the cue of `q` opens with (张大爷放下锄头，指着…说), or null. */
function openerOf(text: string, q: Quotation, speaker: string): string | null {
  const at = text.lastIndexOf(speaker, q.start);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && at - from < 80 && !'。！？!?\r\n”」'.includes(text[from - 1])) from--;
  const first = text.slice(from, at).split(/[，,；;]/)[0].trim();
  const addressed = /^[\u4e00-\u9fff](?:大爷|大妈|大娘|大姐|阿姨|老师|师傅|先生|女士)/.exec(first);
  if (addressed !== null && SURNAMES.has(first[0])) return addressed[0];
  const posted = onePostName(first);
  if (posted !== null && first.startsWith(posted)) return posted;
  // 今年54岁的李邦全在前排听见了: a description, 的, then the name.
  const described = describedName(first);
  if (described !== null) return described;
  const subject = subjectText(first);
  if (subject === undefined) return null;
  const raw = normaliseSpeaker(trimPredicate(subject));
  const person = raw === null ? null : withoutDoubledVerb(raw);
  // Only a named person or someone named by surname and address (张大爷, 王老师).
  return person !== null && person.length <= 12 && (personId(person) !== null || /^[\u4e00-\u9fff](?:大爷|大妈|大娘|大姐|阿姨|老师|师傅|先生|女士)$/.test(person)) ? person : null;
}

/** 王鹏吐吐舌头 / 李明拍了拍手 → the name before a doubled verb (never inside 卫生署署长, 外交部部长). */
function withoutDoubledVerb(speaker: string): string {
  const doubled = /^([\u4e00-\u9fff]{2,3}?)([\u4e00-\u9fff])(?:了)?\2/.exec(speaker);
  // (欧阳娜娜 / 李婷婷: a given name written doubled, not a doubled verb like 笑笑 / 摆了摆)
  return doubled !== null && isGivenName(doubled[1]) && !POST_WORD.test(speaker) && !DOUBLED_NAME.test(doubled[2]) ? doubled[1] : speaker;
}

/** Characters that given names double (娜娜, 婷婷, 晶晶) and verbs do not. */
const DOUBLED_NAME = /[娜丽婷晶佳欢亮冰芳菲琳莉萍燕静洁倩媛楠妮悦贝露雯玲兰薇丹蕾琪瑶颖敏慧彤]/;

const POST_WORD = new RegExp(`(?:${POSTS})`);
