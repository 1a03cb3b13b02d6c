/**
 * A person described before a colon, with no verb of saying: 余村村委会主任俞小平长舒一口气：“…”,
 * 95后乡村教师赵雪没有丝毫犹豫：“…”, 威廉姆斯·奈杰尔非常兴奋：“…”, 这位老船长沉默片刻：“…”. The
 * clause before the colon opens with one person (post + name, a foreign name with ·, a bare name
 * followed by what the person does, 这位 + a post) and goes on with a short predicate naming nobody
 * else: the quoted words are that person's.
 */
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { XI_ALIASES } from './common';

/** The predicate after the person: short, and naming no other person. */
const PREDICATE_MAX = 14;
const FOLLOWS = new RegExp(`^(?:${NAME_FOLLOWER})`);
const POST_PREFIX = new RegExp(`^(.{0,12}?(?:${POSTS}))`);
const DOTTED = new RegExp(`^((?:.{0,12}?(?:${POSTS}))?[\\u4e00-\\u9fff]{1,5}(?:[·•・][\\u4e00-\\u9fff]{1,6}?)+)(?=${NAME_FOLLOWER}|非常|十分|很)`);
const THIS_ONE = new RegExp(`^((?:这位|这名)[\\u4e00-\\u9fff]{0,6}?(?:${POSTS}|老人|老汉|大爷|大妈|小伙|姑娘))`);
/** Another person in the predicate (他/她, a post), or a verb that gives the words to someone else. */
const OTHER = new RegExp(`[他她]|${POSTS}|记者|介绍|引用|写道|读`);
/** Bare two- or three-character words that open clauses but are no names. */
const NOT_A_NAME = /^(王府井|于是|时间|高校|明年|同时|全省|全市|全国|全县|江山|黄河|长江|宁夏|安全|金融|和平)$/;

export interface Described {
  speaker: string;
  /** 这位老船长: a title to resolve to the person named before. */
  title: boolean;
}

/** The person described before the colon right before `start`, or null. */
export function describedBefore(text: string, start: number): Described | null {
  let colon = start;
  while (colon > 0 && /[\s\u3000]/.test(text[colon - 1])) colon--;
  if (colon === 0 || !'：:'.includes(text[colon - 1])) return null;
  let from = colon - 1;
  while (from > 0 && colon - from <= 40 && !'，,。！？!?；;\n\r”」：:'.includes(text[from - 1])) from--;
  const clause = text.slice(from, colon - 1).trim();
  if (clause.length < 3 || clause.length > 36) return null;
  const person = personAt(clause);
  if (person === null) return null;
  const predicate = clause.slice(person.length);
  if (predicate.length === 0 || predicate.length > PREDICATE_MAX || OTHER.test(predicate)) return null;
  return { speaker: person, title: person.startsWith('这位') || person.startsWith('这名') };
}

/** The person a clause opens with, as written, or null. */
function personAt(clause: string): string | null {
  // 总书记透过车窗看了又看： / 习近平总书记停下脚步： (not 总书记的…, 习近平新时代…)
  for (const alias of XI_ALIASES) if (clause.startsWith(alias) && !/^(?:的|之|新时代|思想|重要|关于|在|对|向|同|与|和|、)/.test(clause.slice(alias.length))) return alias;
  const dotted = DOTTED.exec(clause);
  if (dotted !== null) return dotted[1];
  const thisOne = THIS_ONE.exec(clause);
  if (thisOne !== null) return thisOne[1];
  const prefix = POST_PREFIX.exec(clause);
  const at = prefix === null ? 0 : prefix[1].length;
  // 赵雪没有… (two characters, then a word that follows names) / 俞小平长舒… (else three).
  const two = clause.slice(at, at + 2);
  const three = clause.slice(at, at + 3);
  const name = FOLLOWS.test(clause.slice(at + 2)) ? two : three;
  if (name.length < 2 || !SURNAMES.has(name[0]) || NOT_A_NAME.test(name) || /[^\u4e00-\u9fff]/.test(name)) return null;
  // A bare name must be followed by a word that follows names (王府井人头攒动 is a place).
  if (prefix === null && !FOLLOWS.test(clause.slice(name.length))) return null;
  return clause.slice(0, at + name.length);
}
