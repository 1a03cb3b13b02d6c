/**
 * The last, general fallback for a speech quotation no rule has attributed (issue 16): collect the
 * candidate speakers around it and rank them, instead of adding one more sentence pattern. Run at the
 * very end of the detector on the simplified view; it only fills a speaker that is still null.
 *
 * Candidates are read from the narration only (quoted words are blanked), in the sentence of the
 * quotation and the sentence before or after it: a post and a name (社会文化司司长欧阳瑜), a surname
 * and a post or address (蔡总统, 吕大爷), a bare name before what follows names (钱利江说, 沈进告诉),
 * a role that heads a clause (志愿者, 工作人员, 这位负责人), 他/她 resolved to the one person named
 * before it in the paragraph ({@link pronounReferent}), and groups (他们, 大家, 记者们), which are never
 * a speaker but compete.
 *
 * Evidence, strongest first:
 *  - bound before: the subject of the last verb of saying before the words in their sentence (…说，「…」,
 *    …表示，…，「…」); a verb whose clause has no subject takes the person heading the sentence;
 *  - bound after: the subject of a verb of saying in the clause or sentence right after the words
 *    (“…”锅炉厂厂长钱某说 / “…”，看到…，沈某告诉记者，…);
 *  - continued report: the words in a sentence with no verb of saying right after a sentence whose
 *    verb of saying is bound (他强调，…。…，「…」);
 *  - topic: a whole quoted sentence right after a sentence that names one person and no one else, when
 *    the sentence after the words goes on with 他/她 or that name (“…。”他高兴地…).
 * A candidate is taken only when it clearly wins: the evidence must bind exactly one person (or a role
 * or body heading the clause); a group, an unresolved pronoun, or two people with no verb to tell them
 * apart hold it back. A wrong speaker is worse than none.
 */
import type { Quotation, Tagger } from '../types';
import { NAME_FOLLOWER, NOT_A_NAME_START, POSTS, SURNAMES } from './names';
import { BODY_END, NOT_A_NAME } from './references';
import { pronounReferent } from './actors';
import { normaliseSpeaker } from './subject';
import { FORMULA, XI } from './common';

/** How far before and after the words the sentences are read (bounded reads keep the pass linear). */
export const RANKING_WINDOW_CHARS = 160;

/**
 * Verbs of saying that bind their subject to the words they introduce. Two-character verbs first;
 * single characters count only right before ：，or the mark (说，「 / 说「), never as part of a word.
 */
const SAY_VERBS = [
  '告诉记者', '对记者说', '接受采访时说', '受访时说', '回答说', '介绍说', '解释说', '补充说', '表示说', '强调说', '回应称', '激动地说',
  '表示', '说道', '讲道', '指出', '强调', '认为', '坦言', '直言', '透露', '回应', '提到', '形容', '呼吁', '介绍', '告诉', '回答', '答道',
  '问道', '追问', '反问', '感叹', '感慨', '笑称', '笑言', '笑道', '笑回', '重申', '宣称', '声称', '解释', '补充', '直呼', '承认',
  '否认', '反驳', '抨击', '指责', '痛批', '批评', '质疑', '提醒', '叮嘱', '嘱咐', '分析', '预计', '相信', '感言', '坦承', '坦陈',
  '谈到', '谈及', '说过', '续指', '续称', '又指', '亦指', '并指', '更指', '则指', '还称', '又称', '亦称', '则称', '并称', '大酸', '痛斥',
  '应声', '寒暄', '感觉', '觉得', '喊道', '叹道', '插话', '打趣', '调侃', '自嘲', '直指', '表态', '回忆', '承诺', '警告', '说明', '宣布',
];
const SAY_SINGLE = '说称问答';
const BOUNDARY = '(?=[：:，,]?\\s*[“「『"□]|[：:，,。])';
const SAY_RE = new RegExp(
  `(?:${SAY_VERBS.filter((v) => !/^[续又亦并更则还][指称]$/.test(v)).join('|')})|[续又亦并更则还]?[指称]${BOUNDARY}|[${SAY_SINGLE}]${BOUNDARY}`,
  'g',
);

/** Roles that speak in reporting without a name (志愿者, 工作人员, 这位负责人). */
const ROLE = /(?<!该)(?:这位|那位)?(?:工作人员|志愿者|村干部|负责人|发言人|老母亲|老大娘|老大爷|主持人|讲解员|售货员|店员|服务员|列车长|乘务员|村支书)/g;
/** Groups: they never speak as one here, and they compete with the one person named. */
const GROUP = /[他她]们|大家|人们|众人|网民|网友|记者们|代表们|委员们|村民|市民|居民|民众|公众|外界|舆论|业内人士|分析人士|观察人士|专家|学者|媒体|群众|乡亲们|不少人|许多人|很多人|有人|多数|各方|双方|[一两二三四五六七八九十几数]+[名位个]/g;
/** A post and a name (社会文化司司长欧阳瑜, 村民桑昊). */
const POST_NAME = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})`, 'g');
/** A surname and a post or an address (蔡总统, 吕大爷, 王老师). */
const SURNAME_POST = new RegExp(`(?<![\\u4e00-\\u9fff])([\\u4e00-\\u9fff])(?:${POSTS}|老师|主席|总理|书记|师傅|大爷|大妈|阿姨|先生|女士|老)(?![\\u4e00-\\u9fff]{0,1}们)`, 'g');
/** A bare name after a boundary or 的 (沈进告诉记者, 在外打工的吕晓玲说). */
// (and after the last character of a post the lists do not know: 护林员龚某, 会计范某, 种粮户牛某)
const BARE_NAME = /(?:^|(?<=[^\u4e00-\u9fff]|的|则|而|但|时|后|[员计手工匠户主]))(?=([\u4e00-\u9fff]{2,3}))/g;
const FOLLOWS = new RegExp(`^(?:先生|女士|同志|摆摆手|摆了摆手|点点头|笑了笑|想了想|叹了口气|抬起头|摇摇头|摇了摇头|拍拍|挥挥手|擦了擦|皱着眉|眯着眼|${NAME_FOLLOWER}|${SAY_VERBS.join('|')}|[说称指问答笑])`);
/** What follows a bare name (no post before it) must not be 是/的/和: 明明是, 高度的 read so. */
const WEAK_FOLLOWER = /^[是的和及等与]/;
/** Words that open with a surname and are no name (明明是一首…, 高度重视, 常常说). */
const NOT_A_BARE_NAME = new Set(['明明', '常常', '常听', '听人', '万万', '高度', '高兴', '连连', '连忙', '宁可', '全都', '全部', '全力', '何况', '何必', '方才', '白白', '时常', '时时', '时刻', '文明', '安全', '和平', '于是', '向来', '毕竟', '甘愿', '齐心', '尤其', '史上', '包括', '路上', '江湖', '成为', '成功', '关于', '关注', '任何', '应该', '应当', '万一', '华丽', '许多', '许久', '经常', '左右', '谷歌', '汤圆', '车上', '严重', '严格', '曾经', '金融', '景区', '党员', '石油', '周边', '周年', '黄金', '罗马', '司机', '项目']);
const NOT_IN_NAME = /[的了是在和有这那个们二三两几位名说问答称地着过也都就还又要会能将把被从对向给与及等]/;
/** A clause of time or circumstance opening a sentence is no candidate (回家过年, 对此, 另外). */

type Kind = 'person' | 'role' | 'group' | 'pronoun';
interface Candidate {
  /** As written (with the post when there is one), or the pronoun's referent; null when unresolved. */
  name: string | null;
  kind: Kind;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** Found by the name tagger only (no list sees it): after a post, or bare. */
  tagged?: 'post' | 'bare';
}

/** `speaks`: a verb of saying follows (陈文章笑回): a name may then end like a body (章, 文). */
function isName(name: string, speaks = false): boolean {
  return (
    SURNAMES.has(name[0]) && !NOT_A_NAME_START.test(name) && !NOT_IN_NAME.test(name.slice(1)) && !NOT_A_NAME.has(name) && (speaks || !BODY_END.test(name))
  );
}

const SAYS = new RegExp(`^(?:${SAY_VERBS.join('|')}|[说称问答笑])`);

/** A name starting at `at` in `s`: three characters when a follower comes after them, else two, else none. */
function nameAt(s: string, at: number, bare = false): string | null {
  for (const n of [3, 2]) {
    const name = s.slice(at, at + n);
    const next = s.slice(at + n);
    // (A bare name needs a word after it, not punctuation: 最喜欢的颜色，她… names no one.)
    const follows = FOLLOWS.test(next) || /^[会能已正刚便]/.test(next) || (n === 2 && next[0] === '要');
    if (bare && !/^[\u4e00-\u9fff]/.test(next)) continue;
    if (name.length === n && /^[\u4e00-\u9fff]+$/.test(name) && isName(name, SAYS.test(next)) && follows) return name;
  }
  return null;
}

/**
 * A three-character name heading a clause that the text writes again nearby (雷香芝热情地寒暄起来 …
 * 雷香芝自豪地): a name even when what follows it is no known follower.
 */
function repeatedNameAt(text: string, region: string, at: number, offset: number): string | null {
  const name = region.slice(at, at + 3);
  if (!/^[\u4e00-\u9fff]{3}$/.test(name) || !isName(name) || NOT_A_BARE_NAME.has(name.slice(0, 2))) return null;
  const from = Math.max(0, offset + at - 4 * RANKING_WINDOW_CHARS);
  const window = text.slice(from, offset + at + 4 * RANKING_WINDOW_CHARS);
  const first = window.indexOf(name);
  return first >= 0 && window.indexOf(name, first + 1) >= 0 ? name : null;
}

/** Quoted words blanked (□), so that names inside them are not read as the narration's. */
function blankQuotes(s: string): string {
  return s.replace(/[“「『"][^“”「」『』"]*[”」』"]/g, (m) => '□'.repeat(m.length));
}

/** Every candidate in `region` (narration, quotes blanked), which starts at `offset` in `text`; 他/她 resolved unless `bare`. */
function candidatesIn(text: string, region: string, offset: number, bare = false): Candidate[] {
  const out: Candidate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (c: Candidate) => {
    if (taken.some(([a, b]) => c.start < b && c.end > a)) return;
    taken.push([c.start, c.end]);
    out.push(c);
  };
  for (const m of region.matchAll(/习近平|总书记|习主席/g)) add({ name: XI, kind: 'person', start: offset + m.index, end: offset + m.index + m[0].length });
  for (const m of region.matchAll(POST_NAME)) {
    const at = m.index + m[0].length - m[1].length;
    // (Three characters unless what follows two reads as following a name: 书记王某时, 快递员晏某某送完.)
    const three = m[1];
    const guess = three.length === 3 && FOLLOWS.test(region.slice(at + 2)) ? three.slice(0, 2) : three;
    const name = nameAt(region, at) ?? (isName(guess) ? guess : null);
    if (name === null) continue;
    add({ name: region.slice(m.index, at) + name, kind: 'person', start: offset + m.index, end: offset + at + name.length });
  }
  for (const m of region.matchAll(SURNAME_POST)) if (SURNAMES.has(m[1])) add({ name: m[0], kind: 'person', start: offset + m.index, end: offset + m.index + m[0].length });
  for (const m of region.matchAll(BARE_NAME)) {
    const name = nameAt(region, m.index, true) ?? repeatedNameAt(text, region, m.index, offset);
    // (白宫 / 张家界: a place; 工程师: 程师 cut out of a post the text writes)
    if (name !== null && (BARE_PLACE_END.test(name) || POST_ACROSS.some((p) => region.slice(Math.max(0, m.index - p.length + 1), m.index + p.length - 1).includes(p)))) continue;
    if (name !== null && !NOT_A_BARE_NAME.has(name.slice(0, 2)) && !WEAK_FOLLOWER.test(region.slice(m.index + name.length))) add({ name, kind: 'person', start: offset + m.index, end: offset + m.index + name.length });
  }
  if (tagger !== undefined) for (const c of taggedPeople(text, region, offset)) add(c);
  for (const m of region.matchAll(ROLE)) if (nameAt(region, m.index + m[0].length) === null) add({ name: m[0], kind: 'role', start: offset + m.index, end: offset + m.index + m[0].length });
  for (const m of region.matchAll(GROUP)) add({ name: null, kind: 'group', start: offset + m.index, end: offset + m.index + m[0].length });
  if (!bare) {
    const pronouns = [...region.matchAll(/[他她](?![们人国乡者])/g)];
    // (More pronouns than a sentence uses for one person are left unresolved: the reads stay bounded.)
    const resolve = pronouns.length <= MAX_PRONOUNS;
    for (const m of pronouns) {
      const at = offset + m.index;
      add({ name: resolve ? referentOf(text, at) : null, kind: 'pronoun', start: at, end: at + 1 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The optional name tagger (nodejieba's `tag`) for the quotation being ranked, and its words per
 * region; set by {@link rankSpeakers} around each unattributed speech quotation only.
 */
let tagger: Tagger | undefined;
const tagged = new Map<string, Array<{ word: string; tag: string; start: number }>>();

/** Posts the lists leave to reporting on foreign affairs, and the people one is named after (同事). */
const TAGGED_POST = new RegExp(`(?:${POSTS}|国务卿|首相|外长|外相|防长|参议员|众议员|州长|总督|国王|女王|王储|亲王|朋友|同事|邻居|妻子|丈夫|搭档)$`);
/** An address after a name: the text speaks of a person (拜登先生, 秀英阿姨). */
const ADDRESS_AFTER = /^(?:先生|女士|夫人|同志|老师|教授|博士|师傅|大爷|大妈|大娘|阿姨|大姐|大哥)/;
/** Endings of places and bodies the tagger reads as names (白宫, 唐宁街, 张家界, 周庄, 萧山). */
const PLACE_END = /[宫街府院部局厅社馆站台团队会委办处店厂场园城省市县区镇乡村州山江河湖海岛界湾港庄路桥寺庙楼]$/;
/** Endings of places and bodies that given names hardly have: a bare name so ending is none (白宫, 张家界, 唐宁街). */
const BARE_PLACE_END = /[宫街府部局厅社馆站界湾港寺庙楼省市县区州乡镇村]$/;
/** Posts that a bare name may be cut out of (工程师 → 程师, 会计师 → 计师). */
const POST_ACROSS = POSTS.split('|').filter((p) => p.length >= 3);
/** Gestures only a person makes (笑着, 点点头, 摆摆手). */
const PERSON_ACT = /^(?:笑着|笑了笑|点头|点点头|点了点头|摇头|摇摇头|摇了摇头|摆摆手|摆了摆手|想了想|叹了口气|抬起头|拍拍|挥挥手|皱着眉|眯着眼|动情地|激动地|感慨地)/;
/** What may stand right before a bare name heading a clause (as for the lists' bare names). */
const BARE_BEFORE = /(?:^|[^\u4e00-\u9fff·]|的|则|而|但|时|后)$/;

/** The tagger's words of `region` with their offsets in it (cached per region while one quotation is ranked). */
function tagWords(region: string, offset: number): Array<{ word: string; tag: string; start: number }> {
  const key = `${offset}:${region}`;
  const hit = tagged.get(key);
  if (hit !== undefined) return hit;
  let words: Array<{ word: string; tag: string }> = [];
  try {
    words = tagger === undefined ? [] : tagger(region);
  } catch {
    // (A tagger that cannot be loaded: rules alone decide.)
    tagger = undefined;
  }
  const out: Array<{ word: string; tag: string; start: number }> = [];
  let pos = 0;
  for (const w of words) {
    const at = region.startsWith(w.word, pos) ? pos : region.indexOf(w.word, pos);
    if (at < 0 || w.word.length === 0) break;
    out.push({ word: w.word, tag: w.tag, start: at });
    pos = at + w.word.length;
  }
  tagged.set(key, out);
  return out;
}

const isNr = (tag: string): boolean => /^nr/.test(tag);

/**
 * People the tagger names (words tagged nr / nrt / nrfg) that the lists cannot see (阿依古丽, 拜登,
 * 卡斯帕·王), taken only in the places the lists' names are taken: after a post (村民阿依古丽, 国务卿布林肯),
 * before an address (拜登先生), or heading a clause when the text around names them so (a post or an
 * address, or a foreign name with ·); and always followed by what follows a name (说, 表示, 笑着 …),
 * not by a noun (拜登政府). Places and bodies the tagger also calls names (白宫, 华为 …) hold no such slot.
 */
function taggedPeople(text: string, region: string, offset: number): Candidate[] {
  const words = tagWords(region, offset);
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!isNr(words[i].tag)) continue;
    // Adjoining name words are one name (布/nr 林肯/nr, 卡斯帕/nr ·/x 王/nr).
    let j = i + 1;
    while (j < words.length) {
      if (isNr(words[j].tag) && words[j].start === words[j - 1].start + words[j - 1].word.length) j++;
      else if (/^[·・•]$/.test(words[j].word) && j + 1 < words.length && isNr(words[j + 1].tag)) j += 2;
      else break;
    }
    const start = words[i].start;
    const last = words[j - 1];
    const end = last.start + last.word.length;
    const name = region.slice(start, end);
    i = j - 1;
    const han = name.replace(/[·・•]/g, '');
    if (!/^[\u4e00-\u9fff·・•]+$/.test(name) || han.length < 2 || han.length > 8) continue;
    if (NOT_A_BARE_NAME.has(han.slice(0, 2)) || NOT_A_NAME.has(han) || NOT_IN_NAME.test(han.slice(1)) || PLACE_END.test(han)) continue;
    const next = region.slice(end);
    const before = region.slice(Math.max(0, start - 8), start);
    const post = TAGGED_POST.exec(before);
    // (After a post, a name joined to another is still a person: 国务卿布林肯和外长拉夫罗夫.)
    const joined = post !== null && /^[和与及跟同、]/.test(next);
    if (!joined && (WEAK_FOLLOWER.test(next) || !(FOLLOWS.test(next) || SAYS.test(next) || /^[会能已正刚便要]/.test(next)))) continue;
    if (post !== null) {
      out.push({ name: post[0] + name, kind: 'person', start: offset + start - post[0].length, end: offset + end, tagged: 'post' });
      continue;
    }
    if (!BARE_BEFORE.test(before)) continue;
    // (Heading a verb of saying or a gesture right away, a name is a speaker even when the text does not
    // introduce it: 秀英告诉记者, 彼得笑着说; one followed by an adverb or a preposition needs the text's word.)
    const acts = SAYS.test(next) || PERSON_ACT.test(next);
    if (acts || ADDRESS_AFTER.test(next) || name !== han || namedAsPerson(text, name, offset + start)) out.push({ name, kind: 'person', start: offset + start, end: offset + end, tagged: 'bare' });
  }
  return out;
}

/** Whether the text near `at` writes `name` after a post or before an address (国务卿布林肯 … 布林肯说). */
function namedAsPerson(text: string, name: string, at: number): boolean {
  const from = Math.max(0, at - 4 * RANKING_WINDOW_CHARS);
  const window = text.slice(from, at + name.length + 4 * RANKING_WINDOW_CHARS);
  for (let k = window.indexOf(name); k >= 0; k = window.indexOf(name, k + 1)) {
    if (TAGGED_POST.test(window.slice(Math.max(0, k - 8), k)) || ADDRESS_AFTER.test(window.slice(k + name.length))) return true;
  }
  return false;
}

/** At most this many 他/她 of one region are resolved (each reads back {@link PRONOUN_BACK_CHARS}). */
const MAX_PRONOUNS = 4;
/** How far back a pronoun's person is looked for. */
const PRONOUN_BACK_CHARS = 250;

/**
 * The person 他/她 at `at` stands for: the one person (by the first two characters of the name) the
 * narration names before it in its paragraph, or in the paragraph before when its own names no one;
 * a group or a second person holds it back, and so does a different reading by {@link pronounReferent}.
 */
function referentOf(text: string, at: number): string | null {
  let start = at;
  while (start > 0 && at - start < PRONOUN_BACK_CHARS && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let region = blankQuotes(text.slice(start, at));
  let from = start;
  let regionAt = start;
  let cands = candidatesIn(text, region, from, true);
  if (cands.length === 0 && start > 0 && at - start < PRONOUN_BACK_CHARS) {
    let prevEnd = start;
    while (prevEnd > 0 && /[\s\u3000]/.test(text[prevEnd - 1])) prevEnd--;
    from = Math.max(0, prevEnd - PRONOUN_BACK_CHARS);
    const cut = Math.max(text.lastIndexOf('\n', prevEnd - 1) + 1, from);
    region = blankQuotes(text.slice(cut, prevEnd));
    regionAt = cut;
    cands = candidatesIn(text, region, cut, true);
  }
  if (cands.some((c) => c.kind === 'group') || /[他她]们/.test(region)) return null;
  const people = new Set(cands.filter((c) => c.kind === 'person').map((c) => idOf(c.name ?? '')));
  if (people.size !== 1) return null;
  const person = cands.find((c) => c.kind === 'person')?.name ?? null;
  if (person === null) return null;
  // (他/她 for 习近平 is left to the rules that know his titles: 她 is never he, and 他说：“总书记…” is not he.)
  if (people.has(XI.slice(0, 2))) return null;
  // (The fuller form when the name is written more than once: 总统马某 … 马某.)
  const longest = cands.filter((c) => c.kind === 'person' && idOf(c.name ?? '') === idOf(person)).reduce((a, c) => ((c.name ?? '').length > a.length ? c.name ?? '' : a), person);
  // (Both readings must agree: each list misses names the other finds, 总统拜登 or 贺一诚.)
  const other = pronounReferent(text, at);
  // (A person only the tagger names, written with a post, is one the other reading cannot see: 外长拉夫罗夫…。他说.)
  // (Nobody else the tagger calls a name, nor a word it does not know (x: mostly names), in the region:
  // 外长拉夫罗夫会见了李明。他说 stays open.)
  const taggedOnly =
    other === null &&
    cands.every((c) => c.kind !== 'person' || c.tagged === 'post') &&
    tagWords(region, regionAt).every((w) => !(isNr(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]{2,4}$/.test(w.word))) || cands.some((c) => c.start <= regionAt + w.start && regionAt + w.start + w.word.length <= c.end));
  if (!taggedOnly && (other === null || idOf(other) !== idOf(longest))) return null;
  return normaliseSpeaker(longest);
}

/** A person's name without the post before it, first two characters (总统马某某 and 马某 are one). */
function idOf(name: string): string {
  const m = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2,3})$`).exec(name);
  return (m === null ? name : m[1]).slice(0, 2);
}

/** Start of the sentence holding `at` (after 。！？ or a line break), at most RANKING_WINDOW_CHARS back. */
function sentenceStart(text: string, at: number): number {
  let i = at;
  // (。” ends the sentence after the closing mark: “…要靠人才。”年轻人…)
  while (i > 0 && at - i < RANKING_WINDOW_CHARS && !'\n\r'.includes(text[i - 1]) && !('。！？!?'.includes(text[i - 1]) && !'”」』'.includes(text[i]))) i--;
  return i;
}

/** End of the sentence from `at` (just past 。！？, or at a line break), at most RANKING_WINDOW_CHARS on. */
function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < RANKING_WINDOW_CHARS && !'\n\r'.includes(text[i])) {
    if ('。！？!?'.includes(text[i]) && !'”」』'.includes(text[i + 1] ?? '')) return i + 1;
    i++;
  }
  return i;
}

/** The verbs of saying in `region` (offsets in the text), outside quoted words. */
function sayVerbs(region: string, offset: number): Array<{ start: number; end: number; verb: string }> {
  const out: Array<{ start: number; end: number; verb: string }> = [];
  for (const m of region.matchAll(SAY_RE)) {
    // (说法 / 说明书 / 称号: the single characters only as verbs, checked by the look-ahead.)
    // (首长的叮嘱：/ 他的回答：— a verb after 的 is a noun, its speaker the one before 的.)
    if (region[m.index - 1] === '的') continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, verb: m[0] });
  }
  return out;
}

/** 指 right after a person named (邝某指香港记者…, Hong Kong and Taiwan reporting): a verb of saying. */
function withPointing(verbs: Array<{ start: number; end: number; verb: string }>, cands: readonly Candidate[], text: string): Array<{ start: number; end: number; verb: string }> {
  const more = cands
    .filter((c) => (c.kind === 'person' || c.kind === 'pronoun') && text[c.end] === '指' && !/^指[出着导标示挥引定南点责明望]/.test(text.slice(c.end, c.end + 2)))
    .map((c) => ({ start: c.end, end: c.end + 1, verb: '指' }))
    .filter((v) => !verbs.some((w) => w.start <= v.start && v.start < w.end));
  return more.length === 0 ? verbs : [...verbs, ...more].sort((a, b) => a.start - b.start);
}

/** Clause boundaries: what separates a verb's subject from an earlier clause. */
const CLAUSE_BREAK = /[，,；;：:]/;

/**
 * The subject a verb of saying at `verbStart` binds, reading back over its clause of the sentence
 * that starts at `sStart`: the one candidate of its clause (the last one before the verb when the
 * clause names a person then acts on another: 他把…递给李明说 is 他); when the clause names no one, the
 * candidate heading the sentence. undefined: nobody bound; null: bound to something that is no
 * speaker (a group, an unresolved pronoun) — hold back.
 */
function subjectOf(text: string, cands: readonly Candidate[], sStart: number, verbStart: number): Candidate | null | undefined {
  let clauseStart = verbStart;
  while (clauseStart > sStart && !CLAUSE_BREAK.test(text[clauseStart - 1])) clauseStart--;
  const inClause = cands.filter((c) => c.start >= clauseStart && c.end <= verbStart);
  // The candidate heading the clause is its subject (张三对李四说: 张三); one after a verb or a
  // preposition (看着乡村干部说, 对记者说) is its object, and the subject is then the sentence's head.
  const first = inClause[0];
  if (first !== undefined && headsClause(text.slice(clauseStart, first.start))) {
    if (first.kind === 'group' || first.name === null) return null;
    if (first.kind === 'pronoun') return pronounHead(text, cands, sStart, first) ?? first;
    return first;
  }
  if (inClause.some((c) => c.kind === 'group' && headsClause(text.slice(clauseStart, c.start)))) return null;
  // The clause names no one: the subject is the one heading the sentence (…，强调，「…」).
  const head = cands.find((c) => c.start >= sStart && c.start < verbStart);
  if (head === undefined) return undefined;
  // It must head the sentence: only a short opening (time, place, connectors) before it.
  const before = text.slice(sStart, head.start);
  if (before.length > 12) return undefined;
  // (Only the clause right after the head's: a later one may have a subject of its own the lists miss,
  // 刘某指…青年在通道上玩花式，同伴没有阻止之余，还称赞他“…”.)
  if ((text.slice(head.end, clauseStart - 1).match(/[，,；;：:]/g) ?? []).length > 0) return undefined;
  if (head.kind === 'group' || head.name === null) return null;
  // Someone else named between the head and the verb, heading a clause of their own, is a second subject.
  const others = cands.filter((c) => c !== head && c.start > head.end && c.end <= verbStart && c.kind !== 'group' && c.name !== head.name);
  if (others.some((c) => CLAUSE_BREAK.test(text[c.start - 1] ?? ''))) return null;
  return head;
}

/** What may stand before the subject of a clause: connectors and time words, no verb or preposition. */
function headsClause(prefix: string): boolean {
  const p = prefix.replace(/^\s+/, '');
  return p.length <= 8 && !/[看对向跟给问告把被让叫请与和同替为朝冲听见指拉握望找陪带批评质]/.test(p) && !SAYS.test(p);
}

/**
 * 他/她 heading a clause after the sentence's head (王伟主要负责…，他说：): the one person heading the
 * sentence, when it names no one else before the pronoun; null when it does not settle it.
 */
function pronounHead(text: string, cands: readonly Candidate[], sStart: number, pronoun: Candidate): Candidate | null {
  const before = cands.filter((c) => c.start >= sStart && c.end <= pronoun.start);
  if (before.length !== 1 || before[0].kind !== 'person' || text.slice(sStart, before[0].start).length > 12) return null;
  return before[0];
}

/** Whether a quotation asks something (a question is as often put to the person named as asked by them). */
const QUESTION = /[？?]$/;

/**
 * Rank the candidates of every speech quotation still without a speaker, and take the one that
 * clearly wins (see the module comment). Reads at most RANKING_WINDOW_CHARS around each quotation.
 */
export function rankSpeakers(text: string, found: Quotation[], nameTagger?: Tagger): void {
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    if (q.depth === 0 && q.kind === 'phrase') reportedFragment(text, q);
    if (q.depth !== 0 || q.kind !== 'speech' || q.speaker !== null) continue;
    // (The name tagger is used only here, on the sentences around a speech quotation no rule has
    // attributed: a document without one never calls it, so a lazily loaded tagger is never loaded.)
    tagger = nameTagger;
    tagged.clear();
    try {
      const speaker = rank(text, q);
      if (speaker !== null) q.speaker = speaker;
    } finally {
      tagger = undefined;
      tagged.clear();
    }
  }
}

/** Verbs after which a quoted fragment in the same clause chain is the subject's own words. */
const STATEMENT_VERB = /^(?:表示|说|指出|指|认为|透露|坦言|直言|形容|称|笑称|强调|批评|质疑|觉得|感觉|回应|直指|直呼|痛批|抨击|坦承|承认|重申|续指|续称|又指|亦指|并指|则指|又称|亦称|还称|则称|并称|大酸|痛斥)$/;
/** What makes the fragment a name given or a term, not the words said (称为“…”, 所谓“…”, “…”下 / “…”的). */
const NAMING_BEFORE = /(?:(?<![成作认因以])为|非|不是|叫|叫做|名为|称为|号称|所谓|简称|俗称|人称|自称|又称|谓之|之|的|个|种|项|场|次)$/;
/** A verb that takes a named thing as object (推出“青年发展蓝图”, 落实“放管服”): the fragment is its name. */
const OBJECT_VERB = /(?:谈|谈到|谈及|讲到|写到|聚焦|围绕|关于|针对|对于|有关|推出|推行|推动|推进|制定|出台|发布|提出|落实|实施|建立|设立|成立|开展|启动|举办|打造|建设|加强|完善|坚持|实行|采取|执行|通过|签署|印发|修订|编制|部署|创建|参加|参与|加入|申请|设置|引入|探索|构建|形成|实现|贯彻|遵循|秉持|发起)$/;
/** Names of plans, laws and things set up (…蓝图, …计划, …条例): a name, not words said. */
const NAME_END = /(?:蓝图|计划|规划|方案|条例|法|办法|政策|工程|行动|纲要|战略|倡议|机制|体系|平台|基金|项目|活动|中心|大会|论坛|会议|节|奖|号|报告|白皮书)$/;
const TERM_AFTER = /^(?:[的下中里上内外之等]|一词|这个|这一|这种|那种|两字|二字|三字|四字|一说|说法|理念|战略|模式|活动|计划|项目|工程|行动|精神|原则|政策|制度|机制)/;

/**
 * A short quoted fragment in a sentence of reported speech (…指香港记者…已经成为「变态的常态」，/
 * 她透露，若能改变历史，最想改变的是「退出联合国这件事」；), read as a phrase: the words of the one
 * person the last verb of saying before it binds, when nobody else is named between that verb and
 * the fragment, the fragment ends its clause, and nothing makes it a name or a term (称为“…”, “…”下,
 * a counted formula).
 */
function reportedFragment(text: string, q: Quotation): void {
  if (!q.closed || q.content.length < 2 || q.content.length > 30 || FORMULA.test(q.content) || /^[《〈]/.test(q.content)) return;
  if (!/^(?:[，,。；;！!？?、）)]|$)/.test(text.slice(q.end, q.end + 1)) || TERM_AFTER.test(text.slice(q.end, q.end + 4))) return;
  if (NAMING_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)) || OBJECT_VERB.test(text.slice(Math.max(0, q.start - 4), q.start))) return;
  if (NAME_END.test(q.content)) return;
  // (Fragments listed together, “…”“…” or “…”、“…”, are keywords.)
  if (/[”」』]\s*[、，,]?\s*$/.test(text.slice(Math.max(0, q.start - 2), q.start)) || /^[、]?\s*[“「『]/.test(text.slice(q.end, q.end + 2))) return;
  const sStart = sentenceStart(text, q.start);
  const region = blankQuotes(text.slice(sStart, q.start));
  const cands = candidatesIn(text, region, sStart);
  const verbs = withPointing(sayVerbs(region, sStart), cands, text).filter((v) => STATEMENT_VERB.test(v.verb));
  if (verbs.length === 0) return;
  const verb = verbs[verbs.length - 1];
  // (Nobody named, and no other quotation, between the verb and the fragment.)
  if (cands.some((c) => c.start >= verb.end) || region.slice(verb.end - sStart).includes('□')) return;
  const subject = subjectOf(text, cands, sStart, verb.start);
  if (subject === null || subject === undefined || subject.name === null || subject.kind === 'group') return;
  const speaker = accept(text, subject, cands, verb.start);
  if (speaker === null) return;
  q.kind = 'speech';
  q.speaker = speaker;
  q.cue = verb.verb;
}

function rank(text: string, q: Quotation): string | null {
  const sStart = sentenceStart(text, q.start);
  const region = blankQuotes(text.slice(sStart, q.start));
  const cands = candidatesIn(text, region, sStart);
  const verbs = withPointing(sayVerbs(region, sStart), cands, text);
  // 1. Bound before: the last verb of saying before the words in their sentence.
  if (verbs.length > 0) {
    const verb = verbs[verbs.length - 1];
    const subject = subjectOf(text, cands, sStart, verb.start);
    if (subject === null) return null;
    // Someone named between the verb and the words may be their source (王某透露，总理李某对报告的要求是，「…」).
    if (cands.some((c) => c.start >= verb.end)) return null;
    if (subject !== undefined) return accept(text, subject, cands, verb.start);
  }
  // 2. Bound after: a verb of saying in the sentence right after the words.
  const after = boundAfter(text, q);
  if (after === null) return null;
  if (after !== undefined) return after;
  // 3. Continued report: the sentence before, in the same paragraph, is bound and this one names no one.
  // (A group there is part of the report: 群众办事的每一道手续…)
  // (Words opening their sentence are left to the rules for whole quoted sentences: someone named after
  // them, or in the sentence before, may be the one who speaks.)
  if (sStart < q.start && cands.every((c) => c.kind === 'group') && sStart > 0 && '。！？!?'.includes(text[sStart - 1])) {
    const pStart = sentenceStart(text, sStart - 1);
    const prev = blankQuotes(text.slice(pStart, sStart - 1));
    const prevCands = candidatesIn(text, prev, pStart);
    const prevVerbs = sayVerbs(prev, pStart);
    // (Only when that sentence's words are reported, not quoted: a quotation there has its own speaker.)
    if (prevVerbs.length > 0 && !prev.includes('□') && !QUESTION.test(q.content)) {
      const subject = subjectOf(text, prevCands, pStart, prevVerbs[prevVerbs.length - 1].start);
      if (subject !== null && subject !== undefined && (subject.kind === 'person' || subject.kind === 'pronoun') && subject.name !== null) {
        const named = new Set(prevCands.filter((c) => c.kind === 'person' || c.kind === 'pronoun').map((c) => (c.name === null ? null : idOf(c.name))));
        if (named.size === 1 && !prevCands.some((c) => c.kind === 'group')) return normaliseSpeaker(subject.name);
      }
    }
  }
  // 4. Topic: the one person of the sentence before, taken up again right after the words.
  return topic(text, q, sStart);
}

/**
 * A whole quoted sentence opening its sentence, right after a sentence that names one person and no
 * one else (沈某会在镇上采购年货。“…。”他高兴地…), when the narration after the words goes on with
 * 他/她 or that name: that person. A question, a group or anyone else named holds it back.
 */
function topic(text: string, q: Quotation, sStart: number): string | null {
  if (!q.closed || sStart !== q.start || !/[。！!…]$/.test(q.content)) return null;
  if (sStart === 0 || !'。！？!?'.includes(text[sStart - 1])) return null;
  const pStart = sentenceStart(text, sStart - 1);
  const prev = blankQuotes(text.slice(pStart, sStart));
  if (prev.includes('□')) return null;
  const people = candidatesIn(text, prev, pStart);
  if (people.length === 0 || people.some((c) => c.kind !== 'person' || c.name !== people[0].name)) return null;
  const name = people[0].name;
  if (name === null) return null;
  const next = text.slice(q.end, q.end + 8).replace(/^[，,]/, '');
  const bare = name.length > 3 ? name.slice(-3) : name;
  if (!/^[他她](?![们人国乡者])/.test(next) && !next.startsWith(bare) && !next.startsWith(name)) return null;
  return normaliseSpeaker(name);
}

/** The candidate a verb binds, unless another person is bound as closely (two subjects of one verb). */
function accept(text: string, subject: Candidate, cands: readonly Candidate[], verbStart: number): string | null {
  if (subject.name === null) return null;
  // 张三和李四说 / 张三、李四表示: people named together share the verb.
  const together = cands.some((c) => c !== subject && c.start >= subject.end && c.end <= verbStart && /^[和与及、跟同][^，,。；;：:“”「」]{0,4}$/.test(text.slice(subject.end, c.start)));
  if (together) return null;
  return normaliseSpeaker(subject.name);
}

/**
 * The subject of a verb of saying right after the words: in the clause that follows them, or in a
 * later clause of the same sentence (“…”，看到…，沈某告诉记者，…). undefined: none; null: hold back.
 */
function boundAfter(text: string, q: Quotation): string | null | undefined {
  if (!q.closed) return undefined;
  let from = q.end;
  if ('，,。！？!?'.includes(text[from] ?? '')) from++;
  const end = sentenceEnd(text, from);
  if (end <= from) return undefined;
  const region = blankQuotes(text.slice(from, end));
  // Another quotation in the sentence after: its own verb, not ours.
  if (region.includes('□')) return undefined;
  const cands = candidatesIn(text, region, from);
  const verbs = sayVerbs(region, from);
  if (verbs.length === 0) return undefined;
  const verb = verbs[0];
  // The verb must end its clause (…沈某告诉记者，过去… / …何某说。), not govern an object of its own words.
  const subject = subjectOf(text, cands, from, verb.start);
  if (subject === null) return null;
  if (subject === undefined) return undefined;
  // A question: the one who answers may be named after it.
  if (QUESTION.test(q.content) && subject.kind === 'pronoun') return undefined;
  return accept(text, subject, cands, verb.start);
}
