/**
 * Word boundaries of glossary matches: a glossary string found inside a longer word or across a
 * word boundary is not the term (棚改 in 大棚改造, 医改 in 兽医改革, 低保 in 降低保费, a formula's
 * digits inside a longer number). Every match is checked against rules; a doubtful match (a short
 * pattern, an abbreviation, a string with an everyday sense) is also checked against a word
 * segmentation of the few characters around it (never the whole document), when the host gives a
 * segmenter (nodejieba's `cut`); the core never loads one itself.
 *
 * A segmentation rejects a match when a word crosses one of its edges: a word that starts before
 * the match and ends inside it or after its start (大棚|改造 for 棚改), or a word made of the match's
 * last character and what follows (双|创新 for 双创; a longer one, 新|基建投资, is a compound the
 * segmenter glued on and does not count). A word that starts where the match starts and runs
 * on (低保户, 菜篮子工程) is a compound built on the term and keeps it.
 */
import { foldTable } from './fold';
import type { TermMatch } from '../types';

/** Splits a short stretch of text into words (nodejieba's `cut`). Injected by the host. */
export type Segmenter = (sentence: string) => string[];

/** A match of at most this many characters is doubtful and checked against the segmentation. */
export const SHORT_TERM = 3;
/** Characters on each side of a doubtful match given to the segmenter (clipped at punctuation). */
const WINDOW = 12;

const CN_NUMERALS = '〇零一二两三四五六七八九十百千万亿';
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Contexts that turn a glossary string into part of another word, where segmenters are unreliable
 * or the string has an everyday sense (the table is small on purpose: each row is a class seen in
 * real texts). `before`: text ending right before the match; `after`: text starting right after it.
 */
const TRAPS: Record<string, { before?: string[]; after?: string[]; rulesOnly?: boolean }> = {
  棚改: { before: ['大', '温室', '蔬菜', '塑料'] },
  医改: { before: ['兽', '牙', '中', '西', '军', '村', '校', '藏', '蒙', '名'], after: ['行', '名', '嫁'] },
  低保: { before: ['降', '减', '最', '较', '偏', '过', '很'], after: ['费', '险', '温', '质', '值', '护', '守', '证'] },
  集采: { before: ['收', '汇', '募', '征', '搜', '采', '密'], after: ['样', '光', '购点', '访', '风', '摘', '石', '矿', '油', '伐'] },
  等保: { before: ['等', '平', '对', '相', '同', '均'], after: ['护', '障', '持', '存', '留', '证', '险', '管', '卫', '温', '鲜'] },
  双创: { after: ['新', '造', '作', '意', '收', '伤', '口', '面'] },
  混改: { before: ['搅', '勾', '掺'], after: ['装', '造'] },
  两手抓: { after: ['住', '紧', '起', '着', '过', '牢'] },
  三步走: { after: ['到', '进', '出', '过', '上', '下', '回', '去', '来', '向'] },
  赶考: { before: ['学生', '考生', '书生', '举子', '秀才', '进京', '高考'] },
  四风: { after: ['琴'] },
  双碳: { after: ['酸', '化', '纤', '键', '原子'] },
  党章: {},
  两区: { after: ['县', '域', '间', '别', '市'] },
  三农: { after: ['场', '户', '贸', '药', '机', '具', '民工'] },
  七有: { after: ['余', '八', '九'] },
  六保: { after: ['险', '持', '护', '障', '存'] },
  六稳: { after: ['定', '妥', '健'] },
  四史: { after: ['料'] },
  三讲: { after: ['课', '话', '座', '述', '解'] },
  双拥: { after: ['有', '护', '堵', '挤'] },
  双减: { after: ['少', '半', '速', '产'] },
  // Short strings of the governance-local and sectors batches (glossC, glossD) that occur in ordinary words.
  标准地: { before: ['高', '低', '新'], after: ['图', '址', '块', '面', '形', '貌', '位', '理', '名', '点', '震', '膜'] },
  党组: { after: ['织'] },
  援藏: { before: ['支', '声', '救', '增'] },
  援疆: { before: ['支', '声', '救', '增'] },
  民族乡: { after: ['村', '土', '亲', '音', '镇', '情'] },
  惠民保: { after: ['障', '护', '险', '健', '民'] },
  // Short strings of the economy-fields and society-governance batches (glossE, glossF), checked by
  // cands3 on the fixtures and three corpus texts: 新能源|安全, 企|事业单位, 强化|债务, 中国|企业,
  // 居民|企业, 提高|铁路, 一个|税种, 新城|管理, 占|中国, 融入|世界, 电脑|科学, 首创|投资, 风险|资本.
  能源安全: { before: ['新', '可再生', '清洁', '传统', '常规'] },
  事业单位: { before: ['企'] },
  // jieba glues 地方化 in 地方化债: the rules alone decide for 化债 (the 化 of a word ending in 化).
  化债: { before: [...'强优消转深细固弱硬淡简绿恶量分活净美老', '规范', '证券', '市场'], after: ['务', '券'], rulesOnly: true },
  国企: { after: ['业'] },
  民企: { after: ['业'] },
  央企: { after: ['业'] },
  高铁: { before: ['提'], after: ['路'] },
  个税: { before: [...'整一每这那各几两某单多'] },
  城管: { after: ['理'] },
  // Short strings of the theory-phrases batch (glossI): 增加值 before 值班 / 值守 / 值勤 (jieba keeps 增加值|守).
  增加值: { after: ['班', '守', '勤', '日'] },
  // A company's, a team's or another country's 核心价值观 is not 社会主义核心价值观; 基本路线图 is a route map, not the Party's line.
  核心价值观: { before: ['企业的', '公司的', '品牌的', '团队的', '企业', '公司', '品牌', '团队', '所谓的', '所谓', '西方的', '西方', '美国的', '美国', '各自的', '自己的', '本行业', '行业'] },
  基本路线: { after: ['图'] },
  占中: { after: [...'国央心部间等小高低西东南北期位层型值方华外'] },
  入世: { after: ['界', '纪', '间', '俗'] },
  脑科学: { before: ['电'] },
  创投: { before: [...'首开原共独初'] },
  险资: { before: [...'风保危冒探抢'] },
  // A country or 全 before 国 (中国|债券, 美国|债务, 全国|考核), a word ending in 中 (高中|考生, 集中|考核).
  国债: { before: [...'中美外各本我该英日德法韩俄他两全'] },
  // jieba reads 参加国|考 in 参加国考: the rules alone decide for 国考.
  国考: { before: [...'中美外各本我该英日德法韩俄他两全爱回出归'], rulesOnly: true },
  中考: { before: [...'高初集期途适命居空折正其从家心手暗意'], after: [...'核察验虑量证究据'] },
  // Short strings of the external-affairs batch (glossH): jieba glues 发行科 in 发行科创债 and 会后 in
  // 胡连会后; no ordinary word holds these strings, so the rules alone decide.
  科创债: { rulesOnly: true },
  胡连会: { rulesOnly: true },
  连胡会: { rulesOnly: true },
  // sectors-2 (glossK): 面上项目 (an NSFC programme type) in 层面上|项目, 方面上|项目 …: jieba keeps 面上项目 whole.
  面上项目: { before: [...'层表地水路版桌页界全局书字方正场会'] },
  // 负债率 (government debt to GDP) is not the 资产负债率 of a firm or a bank.
  负债率: { before: ['资产'] },
  // jieba keeps 公司债 whole in 公司债务 (a company's debts, not corporate bonds).
  公司债: { after: ['务', '权'] },
  // 不再|审核, 再|审视 …: 再审 (a retrial) is not in 不再审核 or 再审视 when no segmenter is given.
  再审: { before: ['不'], after: [...'核查视慎阅议批定计'] },
  // jieba reads 两国论|坛 in 中美两国论坛: 两国论 (the 1999 two-state theory) followed by 坛 is the forum.
  两国论: { after: ['坛'] },
  // 联合|国内, 联合|国有, 联合|国务院 …: jieba reads 联合国|内 in 联合国内高校; 联合国内部 is lost with it (held back).
  联合国: { after: [...'内家际企有土务'] },
  // 职工代表委员会, 村民代表委员会: 代表委员 (deputies and members, the reporters' pair) followed by 会 is a committee.
  代表委员: { after: ['会'] },
  // names-2 (glossL): 派出所 in 派出|所属 (各单位派出所属人员: jieba glues 派出所|属); 派出所属于… keeps the term.
  派出所: { after: ['属人', '属单位', '属部门', '属机构', '属企业', '属干部'] },
  // 基金会 in 基金|会同 (投资基金会同地方政府…: jieba glues 基金会|同); 基金会同意… keeps the term.
  基金会: { after: ['同地方', '同有关', '同相关', '同各', '同财政', '同省', '同市', '同县', '同社会'] },
  // 上交所 in 上交|所得 (按季度上交所得的利润: jieba glues 上交所|得); 上交所得到… keeps the term.
  上交所: { after: ['得税', '得的', '得收入', '得利润', '得款', '得额'] },
  // 多用途预付卡 (licensed by the PBOC) is not the single-purpose card of the entry 单用途商业预付卡 (review of sectors-2).
  预付卡: { before: ['多用途'] },
  // Short strings of party-theory-2.json (glossJ): Germany's Grundgesetz is also 基本法; 思维和 / 纤维和 / 恭维和 hold 维和.
  基本法: { before: ['德国', '德国的', '联邦', '德意志'] },
  维和: { before: [...'思纤恭'] },
  // 苏联红军 is the Soviet Red Army, not the Chinese Workers' and Peasants' Red Army.
  红军: { before: ['苏联', '苏俄', '苏联的', '沙俄'] },
  // phrases-2 (glossO): 讲政治经济学 / 讲政治课 (a lecture) is not 讲政治 (political awareness); 试验田 and 动力源 in their
  // literal senses (a crop trial plot, a machine's power source) and a canteen's 大锅饭 are not the policy metaphors.
  讲政治: { after: ['经济', '学', '哲学', '课'] },
  试验田: { before: ['水稻', '小麦', '玉米', '大豆', '棉花', '蔬菜', '育种', '良种', '品种', '农业', '农作物', '科研', '田间'], after: ['面积', '亩', '产量', '种植'] },
  动力源: { before: ['新能源', '清洁', '氢', '电', '混合', '车辆', '汽车', '机车', '船舶', '备用', '车的', '机的', '船的', '器的', '统的', '站的'], after: ['系统', '电池', '装置', '设备', '总成', '电机'] },
  大锅饭: { before: ['食堂', '一锅'] },
  // external-2 (glossP): 继承法 (the Law of Succession) in 继承|法家 (继承法家思想: jieba reads 继承法|家).
  继承法: { after: ['家'] },
  // review of external-2 (glossO): 设立|法院, 成立|法院, 建立|法院; 行政|院校; 科技创新|界; 文武|统一.
  立法院: { before: [...'设成建创确'] },
  行政院: { after: ['校'] },
  新界: { before: ['创'] },
  武统: { before: ['文'] },
};

/** Whether the trap table alone decides for this string (the segmenter is known to be wrong on it). */
function rulesOnly(text: string, start: number, end: number): boolean {
  return TRAPS[text.slice(start, end)]?.rulesOnly === true;
}

/**
 * A match whose last character begins an ordinary word with what follows: 财政部|门 (财政部门),
 * 铁道部|队 (铁道部队), 教育法|治, 统计法|规, 专利法|律, 铁路法|院 (铁路法院), 街道办|理, 排污许可制|定 and 河长制|定 (制定). Glossary names of ministries and laws are short and
 * these words are everywhere in administrative texts.
 */
const LAST_CHAR_WORDS: Record<string, string> = { 部: '门队', 法: '规治律制学院庭人官', 办: '理', 制: '定订约造作止衡品剂图式片' };

function lastCharRunsOn(text: string, end: number): boolean {
  const next = LAST_CHAR_WORDS[text[end - 1]];
  if (next === undefined || end >= text.length || !next.includes(text[end])) return false;
  // 统计法规定… is the law that stipulates (法 + 规定), the usual way a law is cited; 统计法规定期 stays 法规.
  return !lawStipulates(text, end);
}

/** Whether a law's name ending at `end` (…法) is followed by 规定 as a verb, not by 法规 (法规定期清理). */
export function lawStipulates(text: string, end: number): boolean {
  return text[end - 1] === '法' && text[end] === '规' && text[end + 1] === '定' && text[end + 2] !== '期';
}

function trapped(text: string, start: number, end: number): boolean {
  const trap = TRAPS[text.slice(start, end)];
  if (!trap) return false;
  if (trap.before?.some((b) => start >= b.length && text.startsWith(b, start - b.length))) return true;
  return trap.after?.some((a) => text.startsWith(a, end)) ?? false;
}

/**
 * Rules that hold for every match: a match's edge digit or Latin letter may not continue a longer
 * number or word (18亿亩 in 118亿亩, 5G in 5GHz); a match starting with a Chinese numeral may not
 * continue a larger number or an ordinal (三农 in 第三农场, 七有 in 十七有).
 */
function breaksNumberOrWord(text: string, start: number, end: number): boolean {
  const fold = foldTable();
  const first = fold[text.charCodeAt(start)];
  const last = fold[text.charCodeAt(end - 1)];
  if (start > 0) {
    const prev = fold[text.charCodeAt(start - 1)];
    if (isAsciiAlnum(first) && isAsciiAlnum(prev)) return true;
    if (isDigit(first) && prev === 0x2e && start > 1 && isDigit(fold[text.charCodeAt(start - 2)])) return true;
    const f = String.fromCharCode(first);
    if (CN_NUMERALS.includes(f)) {
      const p = String.fromCharCode(prev);
      if (CN_NUMERALS.includes(p) || p === '第' || p === '每') return true;
    }
  }
  if (end < text.length) {
    const next = fold[text.charCodeAt(end)];
    if (isAsciiAlnum(last) && isAsciiAlnum(next)) return true;
    if (isDigit(last) && next === 0x2e && end + 1 < text.length && isDigit(fold[text.charCodeAt(end + 1)])) return true;
    const l = String.fromCharCode(last);
    if (CN_NUMERALS.includes(l) && l !== '一' && CN_NUMERALS.includes(String.fromCharCode(next))) return true;
  }
  return false;
}

/** Whether a match is doubtful: short (at most SHORT_TERM characters, line breaks not counted). */
export function isDoubtful(m: TermMatch): boolean {
  let n = 0;
  for (let i = 0; i < m.text.length; i++) {
    const c = m.text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 32 && c !== 9) n++;
  }
  return n <= SHORT_TERM;
}

/** The stretch [s, e) around a match given to the segmenter: Han characters and Latin letters/digits, at most WINDOW each side. */
function windowAround(text: string, start: number, end: number): [number, number] {
  const fold = foldTable();
  const wordy = (i: number): boolean => {
    const c = fold[text.charCodeAt(i)];
    return isHanCode(c) || isAsciiAlnum(c);
  };
  let s = start;
  while (s > 0 && start - s < WINDOW && wordy(s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < WINDOW && wordy(e)) e++;
  return [s, e];
}

/** Whether the segmentation of [s, e) puts a word across an edge of the match [start, end). */
function crossesWord(words: string[], s: number, start: number, end: number): boolean {
  let p = s;
  for (const w of words) {
    const ws = p;
    const we = p + w.length;
    p = we;
    if (ws < start && we > start) return true; // starts before, runs into the match
    // Starts inside and runs out of it with the match's last character only (双|创新, 居住|证明);
    // with two or more of its characters the segmenter has glued a compound on (新|基建投资).
    if (ws > start && ws === end - 1 && we > end) return true;
    if (ws >= end) break;
  }
  return false;
}

/**
 * The matches that line up with word boundaries, in order. `segmenter` is used for doubtful matches
 * only, on a short window around each (one call per window); without it the rules alone decide.
 */
export function keepAtWordBoundaries(text: string, matches: TermMatch[], segmenter?: Segmenter): TermMatch[] {
  const out: TermMatch[] = [];
  for (const m of matches) {
    if (breaksNumberOrWord(text, m.start, m.end) || trapped(text, m.start, m.end) || lastCharRunsOn(text, m.end)) continue;
    if (segmenter && isDoubtful(m) && !m.text.includes('\n') && !rulesOnly(text, m.start, m.end)) {
      const [s, e] = windowAround(text, m.start, m.end);
      if (s < m.start || e > m.end) {
        const words = segmenter(text.slice(s, e));
        if (crossesWord(words, s, m.start, m.end)) continue;
      }
    }
    out.push(m);
  }
  return out;
}
