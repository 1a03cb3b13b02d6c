/**
 * Whether the one person found for 他/她 may not be whom the pronoun means: that person is acted on
 * (外长…迎接总统马克龙。他说), owns someone else (毛泽东的秘书来到会场。他说), or another full name
 * stands beside it as object or subject (周恩来向毛泽东汇报，邓小平也在场。他说). Precision first: hold back.
 */
import { NOT_A_NAME_START, SURNAMES, blankQuoted } from './names';

/** Words after a name that make it the subject of its own clause (邓小平也在场, 李明都知道). */
const OTHER_FOLLOWS = /^(?:[也都还又就则便亦]|等人|在场)/;
/** The reporter or the narrator acting on someone (记者采访了…, 我拜访了…): that someone may well be 他. */
const REPORTER_CLAUSE = /(?:^|[，,。；;！？!?\n])(?:本报|新华社)?(?:记者|笔者|我们|我)[^，,。；;！？!?\n]*$/;
const NOT_IN_NAME = /[的了是在和有这那个们一二三两几位名说问答称向对给也都还又就汇报场党省市县区村镇乡部局厅会院校所厂司团队组员人界社]/;

function fullName(s: string): boolean {
  return /^[\u4e00-\u9fff]{3}$/.test(s) && SURNAMES.has(s[0]) && !NOT_A_NAME_START.test(s) && !NOT_IN_NAME.test(s.slice(1));
}

function objectAt(region: string, at: number): boolean {
  const before = region.slice(Math.max(0, at - 4), at);
  // Verbs and prepositions whose object is the person after them (迎接总统马克龙, 向毛泽东汇报, 问李明);
  // not 针对 / 面向 / 方向, whose object is a matter.
  const lead = /(?:迎接|会见|会晤|接见|看望|探望|拜访|陪同|陪着|拉着|握住|扶着|找到|告诉|感谢|送走|叫住|喊住|(?<![面方走转导倾志意动去])向|(?<![针面相绝反应核比校])对|(?<![供补])给|[跟替问])$/.exec(before);
  if (lead === null) return false;
  return !REPORTER_CLAUSE.test(region.slice(0, at - lead[0].length));
}

/** `person` as written (总统马克龙, 周恩来) was found in `region` as the one person before a pronoun. */
export function actedOnOrOther(raw: string, person: string): boolean {
  // Quoted words name no one in the narration.
  const region = blankQuoted(raw);
  const at = region.lastIndexOf(person);
  if (at >= 0 && (objectAt(region, at) || region[at + person.length] === '的')) return true;
  for (let i = 0; i + 3 <= region.length; i++) {
    const name = region.slice(i, i + 3);
    if (!fullName(name) || person.includes(name) || person.includes(name.slice(0, 2))) continue;
    if (objectAt(region, i) || OTHER_FOLLOWS.test(region.slice(i + 3, i + 5))) return true;
  }
  return false;
}
