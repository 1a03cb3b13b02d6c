/**
 * People a reference stands for: the author or speaker of the whole text (for 我们强调 / 我说过) and
 * the person of a title named nearby (for 总理指出 / 部长表示 / 这位负责人介绍说).
 */
import type { Quotation } from '../types';
import { XI, XI_ALIASES } from './common';
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { BARE_NAME_SUBJECT, BODY_END, NOT_A_NAME, subjectStartOf } from './references';

/** 习近平在…会议上的讲话 / ——摘自…在…上的讲话 / 在全省…会议上的讲话 (name on a line below). */
const SPEECH_TITLE = /^[ \t\u3000]*(?:——|—)?(?:摘自|选自)?([^\n\r，。：:]{0,16}?)在[^\n\r。]{2,60}?[上中]的(?:重要讲话|讲话|致辞|发言|报告|主旨演讲|演讲|答问)/gm;
/** 作者：王晓东 / 文　刘峰 / 作者　刘峰 */
const AUTHOR_LINE = /^[ \t\u3000]*(?:作者|文|撰文)[：:\s\u3000/／｜|]+([\u4e00-\u9fff]{2,4})[ \t\u3000]*(?:[（(][^）)\n\r]{1,40}[）)])?[ \t\u3000]*$/gm;
/** A byline: a name alone on a line, maybe after a post (市长　张卫东). */
// (□ 本报评论员 张明 / 李华（中共某省委党校副校长）: a box before, a post or place of work in brackets after.)
const NAME_LINE = new RegExp(
  `^(?:[□■◎●◇][\\s\\u3000]*)?(?:[\\u4e00-\\u9fff]{0,8}?(?:${POSTS}|评论员|特约评论员|通讯员)[\\s\\u3000]*)?([\\u4e00-\\u9fff]{2,3})(?:[（(](?:(?:作者系|作者为|作者是)[^）)]{1,30}|[^）)]{0,24}(?:${POSTS}|党校|大学|学院|研究院|研究所|研究中心)[^）)]{0,12})[）)])?$`,
);
/** How many lines at the head of a text, or below a speech title, may hold a byline. */
const HEAD_LINES = 6;

/** The one author or speaker the text names (cached in `cache`), or null when none or several. */
export function authorOf(text: string, cache: { author?: string | null }): string | null {
  if (cache.author !== undefined) return cache.author;
  const names = new Set<string>();
  for (const m of text.matchAll(SPEECH_TITLE)) {
    const name = m[1].trim();
    if (name !== '') names.add(normaliseName(name));
    else {
      const below = bylineIn(text, (m.index ?? 0) + m[0].length);
      if (below !== null) names.add(below);
    }
  }
  for (const m of text.matchAll(AUTHOR_LINE)) if (SURNAMES.has(m[1][0])) names.add(m[1]);
  if (names.size === 0) {
    const head = bylineIn(text, 0, true);
    if (head !== null) names.add(head);
  }
  cache.author = names.size === 1 ? [...names][0] : null;
  return cache.author;
}

function normaliseName(name: string): string {
  for (const alias of XI_ALIASES) if (name.startsWith(alias)) return XI;
  return name.replace(/(同志|先生|女士)$/, '');
}

/** A byline among the next HEAD_LINES lines after `from` (the first line skipped when `skipFirst`: the title). */
function bylineIn(text: string, from: number, skipFirst = false): string | null {
  const lines = text.slice(from, from + 400).split(/\r?\n|\r/);
  const names: string[] = [];
  let seen = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const m = NAME_LINE.exec(line.replace(/[ \t\u3000]+(?=[\u4e00-\u9fff]{2,3}$)/, ''));
    const isName = m !== null && (SURNAMES.has(m[1][0]) || m[1] === XI);
    // The first line is the title, unless it is itself a byline (王伟中 alone above the text).
    if (seen++ === 0 && skipFirst && !isName) continue;
    if (seen > HEAD_LINES) break;
    if (m !== null && isName) names.push(m[0].replace(/[（(].*$/, '').replace(/[ \t\u3000]+/g, '').replace(/^[□■◎●◇]/, ''));
  }
  // Two names below a title: a joint speech or a list, not one speaker.
  return names.length === 1 ? names[0] : null;
}

/** Post (or description) + name; the name ends where a verb, adverbial or punctuation follows. */
const TITLED_NAME = new RegExp(
  `(${POSTS}|特首|行政长官)([\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER})|[\\u4e00-\\u9fff]{3})`,
  'g',
);

/**
 * The one person a title stands for in `[from, to)`: 总理 → 国务院总理李强 (same post; 副总理 is
 * another post), 特首 → 行政长官李家超, 这位负责人 / 这位老人 → the one person named there. People
 * quoted there count too (`recent`, newest first). Two different people: null; for 这位… with nobody
 * named at all: undefined (the description itself may then stand for the person).
 */
export function titleAntecedent(text: string, from: number, to: number, title: string, recent: readonly Quotation[]): string | null | undefined {
  if (title === '后者') return lastNamed(text, from, to);
  // 这位老人 / 该局长: anyone named there; 总理 / 部长: only a person of that post.
  const bare = !/^(这位|这名|该)/.test(title);
  const people = new Map<string, string>();
  for (const m of text.slice(from, to).matchAll(TITLED_NAME)) {
    const [, written, name] = m;
    if (!SURNAMES.has(name[0])) continue;
    const at = from + (m.index ?? 0);
    // 副局长盛来运: POSTS has no 副局长, the 副 stands before the match.
    const post = at > from && text[at - 1] === '副' && !written.startsWith('副') ? '副' + written : written;
    if (bare && !samePost(post, title)) continue;
    const subjectStart = subjectStartOf(text, from, at);
    people.set(name.slice(0, 2), text.slice(subjectStart >= 0 ? subjectStart : at, at + m[0].length));
  }
  // 这位老船长 after 今年68岁的郑海生在海上漂泊: a bare name as the subject of a sentence.
  if (!bare) {
    const region = text.slice(from, to);
    for (const m of [...region.matchAll(BARE_NAME_SUBJECT), ...region.matchAll(AGE_NAME)]) {
      const name = m[2];
      if (!SURNAMES.has(name[0]) || NOT_A_NAME.has(name) || BODY_END.test(name)) continue;
      if (![...people.values()].some((w) => w.endsWith(name))) people.set(name.slice(0, 2), name);
    }
  }
  // 蔡英文总统 / 李家超特首: a name, then the post.
  if (bare) {
    for (const m of text.slice(from, to).matchAll(NAME_THEN_TITLE)) {
      const name = SURNAMES.has(m[1][0]) ? m[1] : m[1].slice(1);
      // 保安局局长 / 常委会委员长: a body before its post, not a name.
      // 向中国总理 / 对美国总统: a country before its post, not a name.
      if (COUNTRY_END.test(m[1])) continue;
      if (name.length < 2 || !SURNAMES.has(name[0]) || !samePost(m[2], title) || /[局部会委院厅省市县区处司署组团队社室办所站府]/.test(m[1]) || /[有是的在了和与为被把将对向从也都还又就位名些个]/.test(name.slice(1))) continue;
      if (!people.has(name.slice(0, 2))) people.set(name.slice(0, 2), name + m[2]);
    }
  }
  for (const q of recent) {
    if (q.speaker === null) continue;
    const m = POST_THEN_SPEAKER.exec(q.speaker);
    if (m === null || !SURNAMES.has(m[2][0]) || (bare && !samePost(m[1], title))) continue;
    if (!people.has(m[2].slice(0, 2))) people.set(m[2].slice(0, 2), q.speaker);
  }
  // 会见来访的新西兰总理: a foreign holder of the same post is another person of it.
  if (bare && people.size === 1 && foreignHolder(text.slice(from, to), title)) return null;
  if (people.size !== 1) return people.size === 0 && !bare ? undefined : null;
  return [...people.values()][0];
}

/** 今年70岁的吴长根在…: a name after an age. */
const AGE_NAME = /()[0-9一二三四五六七八九十]+岁的([\u4e00-\u9fff]{2,3}?)(?=在|是|已|从|一直|仍|还|每天|曾|把|将|和|与|，|,)/g;

/** A name of two or three characters, then a post (蔡英文总统). */
/** A speaker written as a post and a name (部长王文涛, 特首李家超): the post, then the name. */
const POST_THEN_SPEAKER = new RegExp(`(${POSTS}|特首|行政长官)([\\u4e00-\\u9fff]{2,3})$`);
/** A country or the nation, not a name, before a post (中国总理, 美国总统, 国家主席). */
const COUNTRY_END = /(?:中国|我国|美国|英国|法国|德国|日本|韩国|俄罗斯|全国|本国|两国|各国|该国|国家)$/;
const NAME_THEN_TITLE = new RegExp(`([\\u4e00-\\u9fff]{2,3})(${POSTS}|特首)`, 'g');

/** Post + name, or a foreign name with · (主席努尔·白克力). */
const NAMED_PERSON = new RegExp(`(?:${POSTS}|特首|行政长官)?[\\u4e00-\\u9fff]{1,4}[·•・][\\u4e00-\\u9fff]{1,6}?(?=${NAME_FOLLOWER}|的)|(?:${POSTS}|特首|行政长官)[\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER})|(?:${POSTS}|特首|行政长官)[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER})`, 'g');

/** 后者: the person named last in the clause before it (…偶遇新疆自治区主席努尔·白克力，后者告诉他). */
function lastNamed(text: string, from: number, to: number): string | null {
  let last: string | null = null;
  for (const m of text.slice(from, to).matchAll(NAMED_PERSON)) last = m[0];
  return last;
}

/** A country (not China) before a post: 新西兰总理, 法国总统, 日本首相, 来访的外国部长. */
const FOREIGN_POST = /(?:新西兰|澳大利亚|加拿大|新加坡|马来西亚|印度尼西亚|印度|巴基斯坦|越南|泰国|柬埔寨|老挝|蒙古|哈萨克斯坦|俄罗斯|意大利|西班牙|葡萄牙|荷兰|比利时|瑞典|挪威|芬兰|丹麦|希腊|以色列|埃及|南非|巴西|阿根廷|墨西哥|外国|(?<![中我全本该两各])国)(?:副)?(总理|总统|首相|外长|部长|总督)/g;

function foreignHolder(region: string, title: string): boolean {
  for (const m of region.matchAll(FOREIGN_POST)) if (samePost(m[1], title)) return true;
  return false;
}

function samePost(post: string, title: string): boolean {
  if (title === '特首') return post === '行政长官' || post === '特首';
  return post === title || (post.endsWith(title) && post !== '副' + title);
}
