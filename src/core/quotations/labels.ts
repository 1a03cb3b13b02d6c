/**
 * Speakers written as a label before a colon, with no verb: interview transcripts and live reports
 * (外交部发言人毛宁：“…”, 记者：“…”, 专家：“…”, 王教授：“…”) and the introductions of sayings and works
 * (当地流传着一句谚语：“…”, 列宁有一句名言：“…”, 《诗经》里有这样的句子：“…”).
 */
import { skipSpaceBackward } from '../text';
import { POSTS, SURNAMES } from './names';
import { normaliseSpeaker, subjectText } from './subject';

/** A label this long is a clause, not a name. */
const LABEL_MAX = 20;
/** Labels that name a person by role (…记者, …专家, 王教授, 张先生). */
const PERSON_LABEL = new RegExp(
  `(?:${POSTS}|记者|专家|主持人|嘉宾|学者|网友|市民|村民|居民|群众|学生|老师|医生|律师|观众|听众|工作人员|受访者|负责人|先生|女士|教授|讲解员|特首)$`,
);
/** 嘉宾（清华大学教授李稻葵）: a role, then the person in brackets. */
const ROLE_THEN_WHO = /^([\u4e00-\u9fff]{2,6})[（(]([^（）()]{3,24})[）)]$/;
/** Several posts joined by 、 before the name may make a label this long. */
const LONG_LABEL_MAX = 40;
/** A news outlet (央视网, 人民日报, 新华社, 凤凰卫视, 彭博社). */
const MEDIA_LABEL = /(?:网|日报|晚报|早报|时报|电视台|卫视|广播电台|通讯社|新闻社|社)$/;
/** A post and a name (外交部发言人毛宁), the name starting with a common surname. */
const POST_THEN_NAME = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`);
/** 当地流传着一句谚语 / 有句老话 / 中国有句古话: the saying's kind ends the label. */
const SAYING_LABEL = /(谚语|俗语|俗话|老话|古话|古语|民谚)$/;
/** 列宁有一句名言 / 《诗经》里有这样的句子 / 鲁迅留下了这样的话: the source before 有/留下. */
const WORK_LABEL = /^(.{2,16}?)(?:里|中)?(?:有|留下了?|写下了?|记载了?|记下了?|写过|说过|讲过)(?:过)?(?:一|这样)?(?:一)?(?:句|段|则)?(?:的)?(?:名言|句子|诗句|诗|格言|名句|话)$/;
/** 他引用了梁启超的名句 / 文章引述一位资深教师的话: the words are the one quoted, not the one quoting. */
const QUOTING_LABEL = /^.{0,16}?(?:引用|援引|引述|转述|借用)了?(.{2,12}?)的(?:一句|这句|一段|这段|那句)?(?:话|名言|名句|诗句|诗|格言|论述|句子|说法)$/;

/** X的话语掷地有声 / X的回答很干脆 / X的一席话 */
const WORDS_OF = /^(.{2,16}?)的(?:一席话|话语|讲话|话|回答|回应|答复|表态)[\u4e00-\u9fff]{0,8}$/;

/**
 * The speaker named by a label right before the opening mark at `start`; undefined when what
 * stands there is not such a label (then the quotation is classified as before).
 */
export function labelBefore(text: string, start: number): string | null | undefined {
  const colon = skipSpaceBackward(text, Math.max(0, start - 4), start);
  if (colon === 0 || !'：:'.includes(text[colon - 1])) return undefined;
  let from = colon - 1;
  while (from > 0 && colon - from <= LONG_LABEL_MAX + 2 && !'\n\r。！？!?”」；;'.includes(text[from - 1])) from--;
  const atLineStart = from === 0 || '\n\r'.includes(text[from - 1]);
  const whole = text.slice(from, colon - 1).trim();
  // 演讲中，他引用了梁启超的名句：the quoted one is named in the last clause before the colon.
  const quoted = QUOTING_LABEL.exec(whole.slice(whole.search(/[^，,]*$/)));
  if (quoted !== null) {
    return normaliseSpeaker(withoutAdverbial(quoted[1]));
  }
  // 嘉宾（清华大学教授李稻葵）： the role, then who fills it in brackets.
  const role = ROLE_THEN_WHO.exec(whole);
  if (role !== null && PERSON_LABEL.test(role[1])) {
    const who = POST_THEN_NAME.exec(role[2]);
    if (who !== null && SURNAMES.has(who[1][0])) return normaliseSpeaker(role[2]);
    return normaliseSpeaker(role[1]);
  }
  // 工业和信息化部新闻发言人、运行监测协调局局长陶青： several posts, then the name: the last post and the name.
  if (whole.length <= LONG_LABEL_MAX && whole.includes('、') && !/[，,“”「」：:]/.test(whole)) {
    const last = whole.slice(whole.lastIndexOf('、') + 1);
    const who = POST_THEN_NAME.exec(last);
    if (who !== null && SURNAMES.has(who[1][0])) return normaliseSpeaker(last);
  }
  const label = whole;
  if (label.length < 2 || label.length > LABEL_MAX || /[，,、“”「」：:]/.test(label)) return undefined;
  // 央视网：“…？” / 新华社记者： a news outlet asking, at the start of a line.
  if (atLineStart && label.length <= 10 && MEDIA_LABEL.test(label)) return label;
  // 中国有句古话叫：“…” / 有句老话是：“…”
  const saying = label.replace(/(叫做|叫|是)$/, '');
  if (SAYING_LABEL.test(saying)) return normaliseSpeaker(SAYING_LABEL.exec(saying)?.[1] ?? saying);
  if (SAYING_LABEL.test(label)) return normaliseSpeaker(SAYING_LABEL.exec(label)?.[1] ?? label);
  const work = WORK_LABEL.exec(label);
  if (work !== null) {
    // 引用了一句话 / 书中有这样一段话: the source is not named.
    if (/引用|借用|援引|引述/.test(label) || /^[^《》]*[中里]$/.test(work[1])) return null;
    // 司马迁在《史记》中记载了这样一句话: the subject before its adverbial.
    return normaliseSpeaker(withoutAdverbial(work[1]));
  }
  // 总书记的话语掷地有声：“…” / 局长的回答很干脆：“…”: the words are that person's.
  const words = WORDS_OF.exec(label);
  if (words !== null) return normaliseSpeaker(words[1]);
  const postName = POST_THEN_NAME.exec(label);
  if (postName !== null && SURNAMES.has(postName[1][0])) return normaliseSpeaker(label);
  if (PERSON_LABEL.test(label)) return normaliseSpeaker(label);
  // A bare name of three characters at the start of a line (李明华：“…” in a transcript); of two
  // (李明：) only in a transcript, next to a line opening with 问：/记者：/主持人：.
  if (atLineStart && label.length === 3 && SURNAMES.has(label[0])) return label;
  if (atLineStart && label.length === 2 && SURNAMES.has(label[0]) && inTranscript(text, from)) return label;
  return undefined;
}

/** 司马迁在《史记》中 → 司马迁; a name such as 于谦 stays whole (于 opens no adverbial here). */
function withoutAdverbial(who: string): string {
  const at = who.indexOf('在');
  return at >= 2 ? (subjectText(who) ?? who) : who;
}

const TRANSCRIPT_LINE = /(^|[\r\n])[ \t\u3000]*(问|答|记者|主持人|本报记者)[：:]/;

/** Whether a line within TRANSCRIPT_REACH characters before `lineStart` opens with a question or interviewer label. */
function inTranscript(text: string, lineStart: number): boolean {
  return TRANSCRIPT_LINE.test(text.slice(Math.max(0, lineStart - TRANSCRIPT_REACH), lineStart));
}
const TRANSCRIPT_REACH = 200;

/** 《左传》中有“…”之语 / 古人有“…”之说: the source holding the saying, before 有. */
const HOLDER_BEFORE = /(?:^|[，。；：！？,;:\r\n])[ \t\u3000]*([^，。；：！？,;:“”「」\r\n]{2,16}?)(?:中|里|书中)?(?:早就|早已|早|就|曾经|曾|常常|常|素|向来|历来)?有$/;
/** What names the quotation as a saying right after it. */
const SAYING_AFTER = /^(?:之语|之说|之言|之论|之训|之叹|的说法|的古训|的名言|的论断|的诗句|的古语)/;

/** The source of a saying introduced by 有 and named by 之语 / 之说 after it (《左传》中有“…”之语), or undefined. */
export function holderOf(text: string, start: number, end: number): string | null | undefined {
  if (!SAYING_AFTER.test(text.slice(end, end + 4))) return undefined;
  const m = HOLDER_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (m === null) return undefined;
  const holder = m[1].trim();
  // 我们有 / 大家都有 / 人们常有: no source named.
  if (/^(我|我们|大家|人们|有人|他们|你们)/.test(holder)) return null;
  return normaliseSpeaker(holder);
}
