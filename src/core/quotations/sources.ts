/**
 * Sources named the way reporting, commentary and central documents name them, turned into the
 * speaker a reader would write down:
 *  - sayings and ancient sources: 俗话 / 老话 / 常言 / 谚语 / 有句老话 / 当地流传着一句谚语 → 俗语;
 *    古语 / 古话 / 中国有句古话 / 古人 → 古人;
 *  - quoted works: 《礼记》中 / 《诗经》里 → 《礼记》; 杜甫诗 / 郑板桥有诗 / 列宁有一句名言 → the author;
 *    唐代诗人李白 / 英国哲学家培根 → the name; 毛泽东同志 / 鲁迅先生 → the name (王先生 stays);
 *  - 会议通过的《决定》 → 《决定》; 我们党 / 我党 → 中国共产党;
 *  - an unnamed member of a group: 有学者 / 有的学者 / 一位网友 → 学者, 网友 (有人, 有同志, 有朋友 stay no one).
 */
import { SURNAMES } from './names';

const SAYING = new Set(['俗话', '俗语', '老话', '常言', '谚语', '民谚', '俗谚', '老话儿', '老辈人的话']);
const ANCIENT = new Set(['古语', '古话', '古人', '古训', '先人', '前人']);
/** 中国有句 / 当地流传着一句 / 有这样一句 before the kind of saying. */
const SAYING_PREFIX = /^(?:中国|民间|当地|我国|老百姓中|群众中)?(?:人|人们)?(?:常|也)?(?:有|流传着|流传|说过)?(?:这样)?(?:一)?(?:句|条|则)?/;
const WORK_PLACE = /^(《[^《》]+》)(?:中|里|上|一书中|一文中)$/;
const POET_WORKS = /^(.{2,4}?)(?:有诗|诗|词|有一句名言|有句名言|的名言|有言|有诗云)$/;
const PERIOD_PROFESSION =
  /^(?:[\u4e00-\u9fff]{1,2}[代朝]|古希腊|古罗马|英国|法国|德国|美国|俄国|意大利|春秋|战国)?(?:著名|伟大)?(?:的)?(?:诗人|词人|文学家|思想家|哲学家|政治家|史学家|教育家|作家|散文家|革命家|军事家)([\u4e00-\u9fff·]{2,8})$/;
const HONORIFIC = /^([\u4e00-\u9fff]{2,3})(?:同志|先生|女士)$/;
const ONE_OF_GROUP = /^(?:有的|有位|有一位|有些|有|一位|一名|一些)([\u4e00-\u9fff]{2,10})$/;
const MODIFIED_DOCUMENT = /^[^《》]{1,16}的(《[^《》]+》)$/;

/** 这正是 / 就是 before a surname and a post (王书记, 温总理) or 总书记. */
const IS_PERSON = /^(?:这正是|这就是|这也是|也就是|正是|就是|便是)(总书记|习近平总书记|[\u4e00-\u9fff](?:书记|总理|主席|部长|省长|市长|县长|局长|主任|老师|教授))$/;

/** The source a reader writes for `s`, or undefined when `s` is none of these forms. */
export function normaliseSource(s: string): string | undefined {
  // 这正是王书记 / 就是温总理 (…讲过的：“…”): the person after 是.
  const is = IS_PERSON.exec(s);
  if (is !== null && (is[1].includes('总书记') || SURNAMES.has(is[1][0]))) return is[1];
  if (/^(?:我们党|我党)$/.test(s)) return '中国共产党';
  // 小平同志 / 恩来同志: the leader so named.
  if (s === '小平同志') return '邓小平';
  if (s === '恩来同志') return '周恩来';
  // 我们俗话 / 这里我们俗话 / 中国人古话: who uses the saying does not change its source.
  const saying = s.replace(SAYING_PREFIX, '').replace(/^(?:这里|那里|我们|咱们|人们|大家|中国人|老百姓)+(?=俗话|俗语|老话|常言|谚语|古话|古语|古人)/, '');
  if (SAYING.has(s) || SAYING.has(saying)) return '俗语';
  if (ANCIENT.has(s) || ANCIENT.has(saying)) return '古人';
  // 该《意见》 / 这份《规划》: the document itself.
  let m = WORK_PLACE.exec(s) ?? MODIFIED_DOCUMENT.exec(s) ?? /^(?:该|这份|这一|此)(《[^《》]+》)$/.exec(s);
  if (m !== null) return m[1];
  m = POET_WORKS.exec(s);
  if (m !== null && !/[的之]/.test(m[1])) return normaliseSource(m[1]) ?? m[1];
  m = PERIOD_PROFESSION.exec(s);
  if (m !== null) return m[1];
  m = HONORIFIC.exec(s);
  if (m !== null && SURNAMES.has(m[1][0])) return m[1];
  m = ONE_OF_GROUP.exec(s);
  if (m !== null && !/^(人|些人|的人|同志|朋友|人说|人讲)$/.test(m[1]) && !/^[句段种番]/.test(m[1])) return m[1];
  return undefined;
}
