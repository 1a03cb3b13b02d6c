/**
 * The person a news report names right after a quoted sentence, with no verb of saying: the
 * common lead of reporting, “…。”国家统计局局长康义的话充满信心。 / “…。”在展区里，记者威廉姆斯·奈杰尔
 * 与同行争相试骑。 / “…。”曾在媒体工作多年的王国庆这样看待新的角色。 The quoted sentence is that
 * person's when the sentence after it names exactly one person (by post and name, by a name and a
 * post after it, or by a foreign name with ·) and no other person, named or not.
 */
import { NAME_FOLLOWER, POSTS, SURNAMES } from './names';
import { BODY_END, NOT_A_NAME as NOT_A_BARE_NAME } from './references';

/** How far the sentence after the quotation is read. */
const AFTER_CHARS = 100;
/** A foreign name written with · (威廉姆斯·奈杰尔, 穆罕默德·扎米尔·阿萨迪). */
const DOTTED = new RegExp(`(?:${POSTS}|记者)?[\\u4e00-\\u9fff]{1,6}(?:[·•・][\\u4e00-\\u9fff]{1,6}?(?=[·•・]|${NAME_FOLLOWER}|的|这样|如此))+`, 'g');
/** Post + name (国家统计局局长康义, 副主任委员王国庆). */
const POST_NAME = new RegExp(`(?:${POSTS})([\\u4e00-\\u9fff]{2}(?=${NAME_FOLLOWER}|的|这样|如此)|[\\u4e00-\\u9fff]{3}(?=${NAME_FOLLOWER}|的|这样|如此))`, 'g');
/** Name + post after it (蔡玲委员, 周新生代表, 袁国勇教授). */
const NAME_POST = /([\u4e00-\u9fff]{2,3})(?=委员|代表|教授|院士|先生|女士|老师|主任|书记|部长|局长|市长|县长|总理|主席|省长|院长|校长|总统)/g;
/** A bare name opening the sentence, then a word that follows names (王国庆首先…, 钟丽眉一筷子…). */
const BARE_START = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?=${NAME_FOLLOWER}|首先|随即|一筷子|一把|连忙|赶紧|立刻|马上)`);
/** A name right after 的 with a time or a place before a verb (…的王国庆1日接受专访, …的毛路，是…). */
const NAME_AFTER_DE = /的([\u4e00-\u9fff]{2,3}?)(?=\d{1,2}日|[，,]|这样|接受|表示|说|称|坦言|感慨|告诉|对记者)/g;
/** People named by what they are, not by name: each is another candidate. */
const UNNAMED = /(记者(?!会|招待会)|委员们|代表们|专家|学者|网友|市民|村民|群众|观众|游客|居民|工人|职工|学生|老师|医生|负责人|发言人|大家|人们|他们|她们)/g;
/** 记者 as the one interviewing (接受新华社记者专访, 向记者介绍): the story's reporter, not a candidate. */
const INTERVIEWER = /(?:接受|向|对|告诉|答|与|和|同|跟)[^，。]{0,8}记者|记者(?:采访|专访|提问|的提问)/g;
/** Verbs of saying already read by cueAfter; this rule is only for sentences without them. */
const NOT_A_NAME = /^(这样|如此|同时|随后|此外|其中|今年|去年|近日|日前|当天|现场|大会|会议|会上|委员|代表)/;

/** A clause opening the sentence with its topic (谈起…，/ 说起…，/ 对于…，). */
const TOPIC_LEAD = /^(?:谈起|说起|提起|聊起|谈到|说到|提到|讲到|问起|对于|关于|面对|针对|围绕)[^，,。；;]{1,24}[，,]/;

interface Person {
  id: string;
  written: string;
}

/** The body named before a post (国家统计局 of 国家统计局局长康义): Han characters back to a clause or a function word. */
function withBody(sentence: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 16 && /[\u4e00-\u9fff]/.test(sentence[i - 1]) && !'的在了是与及将把被向对从上里中'.includes(sentence[i - 1])) i--;
  // 人力资源和社会保障部: 和 inside a body's name; 他和… / 张三和… join people.
  const body = sentence.slice(i, at);
  const and = body.lastIndexOf('和');
  return and >= 0 && !/[部委局厅会院办署司处]$/.test(body) ? body.slice(and + 1) : body;
}

/** The one person named in the sentence right after a quoted sentence ending at `end`, or null. */
export function personAfter(text: string, end: number, question = false): string | null {
  // The sentence may open the next paragraph (a quotation standing alone, then who said it).
  while (end < text.length && /[\s\u3000]/.test(text[end])) end++;
  let stop = end;
  // The sentence ends at 。！？, or where it introduces other words (…宣告：“…).
  while (stop < Math.min(text.length, end + AFTER_CHARS) && !'。！？!?；;\r\n'.includes(text[stop]) && !(/[：:]/.test(text[stop]) && /[“「『]/.test(text[stop + 1] ?? ''))) stop++;
  if (stop >= text.length || !'。！？!?；;：:'.includes(text[stop])) return null;
  if (question && /[：:]/.test(text[stop])) return null;
  let sentence = text.slice(end, stop);
  // “…？”…，局长马力回答：“…”: the person named answers the question, so it is not theirs; after a
  // statement (“…。”2021年2月25日，习近平…宣告：“…”) the same person goes on.
  if (question && /[：:][\s]*[“「『]/.test(sentence)) return null;
  // Quoted terms inside the sentence (在第三场“部长通道”上) are blanked, so they name nobody.
  sentence = sentence.replace(/[“「『][^“”「」『』]{0,12}[”」』]/g, (m) => '□'.repeat(m.length));
  // 谈起会谈的成果，… / 说起张家界，…: the topic the sentence opens with names no speaker (成果, 张家界).
  sentence = sentence.replace(TOPIC_LEAD, (m) => '□'.repeat(m.length));
  const people = new Map<string, Person>();
  const spans: Array<[number, number]> = [];
  const add = (id: string, written: string, at: number, len: number) => {
    if (!people.has(id)) people.set(id, { id, written });
    spans.push([at, at + len]);
  };
  // 习近平 by name (a bare 总书记 is left to the rules that read the passage's own naming).
  // (习近平新时代中国特色社会主义思想 / 以习近平同志为核心的党中央 name a doctrine or a body.)
  for (const m of sentence.matchAll(/习近平(?:总书记|同志|主席)?(?!新时代|[^，。]{0,8}思想|为核心|的)|习主席/g)) add('习近平', '习近平', m.index ?? 0, m[0].length);
  for (const m of sentence.matchAll(DOTTED)) add(m[0].slice(m[0].search(/[·•・]/) + 1), m[0], m.index ?? 0, m[0].length);
  const inSpan = (a: number, b: number) => spans.some(([s, e]) => a < e && b > s);
  for (const m of sentence.matchAll(POST_NAME)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    // 部长向大家挥手: 向 after a post is a preposition, not a surname.
    if (!SURNAMES.has(m[1][0]) || /^[在于对就向同与给曾也还又都和及将把被从]/.test(m[1]) || inSpan(at, at + m[1].length) || NOT_A_NAME.test(m[1])) continue;
    add(m[1].slice(0, 2), withBody(sentence, m.index ?? 0) + m[0], m.index ?? 0, m[0].length);
  }
  for (const m of sentence.matchAll(NAME_POST)) {
    let name = m[1];
    let at = m.index ?? 0;
    if (!SURNAMES.has(name[0]) && name.length === 3 && SURNAMES.has(name[1])) {
      name = name.slice(1);
      at++;
    }
    // 党委书记 / 村委主任: a body before its post, not a name.
    if (!SURNAMES.has(name[0]) || inSpan(at, at + name.length) || NOT_A_NAME.test(name) || BODY_END.test(name)) continue;
    add(name.slice(0, 2), name, at, name.length);
  }
  for (const m of sentence.matchAll(NAME_AFTER_DE)) {
    const at = (m.index ?? 0) + 1;
    if (!SURNAMES.has(m[1][0]) || inSpan(at, at + m[1].length) || NOT_A_NAME.test(m[1])) continue;
    add(m[1].slice(0, 2), m[1], at, m[1].length);
  }
  const bare = BARE_START.exec(sentence);
  if (bare !== null && SURNAMES.has(bare[1][0]) && !NOT_A_NAME.test(bare[1]) && !NOT_A_BARE_NAME.has(bare[1]) && !BODY_END.test(bare[1]) && !inSpan(0, bare[1].length)) {
    add(bare[1].slice(0, 2), bare[1], 0, bare[1].length);
  }
  const interviewer: Array<[number, number]> = [...sentence.matchAll(INTERVIEWER)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of sentence.matchAll(UNNAMED)) {
    const at = m.index ?? 0;
    if (inSpan(at, at + m[0].length) || interviewer.some(([s, e]) => at >= s && at < e)) continue;
    // 在数百名中外记者的期盼中 / 夹到记者碗中: a person as a modifier or an object is not a speaker.
    if (/^们?的/.test(sentence.slice(at + m[0].length)) || /[到给向对与和跟同让请为替帮]$/.test(sentence.slice(0, at))) continue;
    // …的毛路，是第一个提问的外媒记者: a description after 是 is the person named, not another.
    if (/是[^，。,]*$/.test(sentence.slice(0, at)) && people.size > 0) continue;
    return null;
  }
  if (/[他她]/.test(sentence.replace(/其他|他人|他国|他乡/g, ''))) return null;
  return people.size === 1 ? [...people.values()][0].written : null;
}
