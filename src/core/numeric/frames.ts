/**
 * Numbers that are read correctly but state no figure: the time frame of a claim (近三年来, 今后五年,
 * 到今年已满二十年) and counts that structure the text or name a formula (以下五个方面, 提出六条措施,
 * 围绕三个重点, 做好三件实事). A duration that is the content (贷款期限延长至10年, 为期三年) and a count
 * of real things (举办四次专题培训, 建成12个国家实验室) stay claims.
 */
import { C, codeTable, isDigitCode, skipGapBack } from './chars';
import { CLAUSE_END_TABLE, CN_NUMERAL_TABLE, TIME_UNITS, UNITS } from './vocabulary';

/** Words before a duration that make it the time of what follows: 今后五年, 过去五年, 未来三年. */
const FRAME_BEFORE = ['今后', '未来', '过去的', '过去', '此后', '最近', '以来的', '先前', '此前', '这', '近'];

/** Words before 已满/已有 … that make the duration an elapsed time: 到今年已满二十年, 至今已有十年. */
const ELAPSED_FROM = ['至今', '迄今', '到今年', '到今天', '到现在', '到如今', '截至目前', '今年'];
const ELAPSED_VERBS = ['已经满', '已满', '已有', '已经', '已', '满', '有'];

/**
 * Whether the duration in text[start, end) (its unit in TIME_UNITS, `end` after 多/余) is the time
 * frame of a claim rather than a claim.
 */
export function isTimeFrame(text: string, start: number, end: number, unit: string | null): boolean {
  if (unit === null) return false;
  // 未来两个财政年度, 今后三个年度: 个 + a year word is a time unit too.
  if (!TIME_UNITS.has(unit) && !(unit === '个' && YEAR_WORDS_AFTER_GE.some((w) => text.startsWith(w, end)))) return false;
  // 三年来, 三年多来, 近十年以来, 五年来
  if (text.charCodeAt(end) === C.lai || text.startsWith('以来', end)) return true;
  // 15年新高, 十年最低: the span of a record.
  if (RECORD_AFTER.some((w) => text.startsWith(w, end))) return true;
  const before = skipGapBack(text, start);
  // 截至8月底的3个月: the period a statistic covers.
  if (text.charCodeAt(before - 1) === DE && coveredPeriod(text, before - 1)) return true;
  for (const w of FRAME_BEFORE) {
    if (!text.startsWith(w, before - w.length)) continue;
    // 近 and 这 only open a clause (近五年，…; 这五年) or a second frame (近一年和近五年): 历时近10年 is
    // "nearly ten years". 这 after a span of years (二〇二一至二〇二五年这五年) names that span.
    if (w === '这' && text.charCodeAt(before - 2) === YEAR) return true;
    if (w.length === 1 && !opensClause(text, before - 1) && !coordinatedWithFrame(text, before - 2)) continue;
    if (w === '近' && !CLAUSE_END_TABLE[text.charCodeAt(end)] && COORDINATOR_TABLE[text.charCodeAt(end)] !== 1) continue;
    return true;
  }
  // 过去一年和五年: a duration joined to a time frame shares its frame word.
  if (coordinatedWithFrame(text, before - 1)) return true;
  return isElapsed(text, before) || isTargetTime(text, before, end) || isProgramName(text, before, end);
}

/** Year words after 个 that make N个 a number of years: 两个财政年度, 三个年度. */
const YEAR_WORDS_AFTER_GE = ['财政年度', '年度', '财年', '学年'];
/** Words after a duration that make it the span of a record: 创下15年新高, 卅八年以来最高 (以来 above). */
const RECORD_AFTER = ['新高', '新低', '最高', '最低'];
const DE_CODE = '的'.charCodeAt(0);
const DE = DE_CODE;
const JIE = '截'.charCodeAt(0);

/** 截至今年8月底的 ending at `de` (的): within the clause, 截至 or 截止 before it. */
function coveredPeriod(text: string, de: number): boolean {
  for (let k = de - 1; k >= Math.max(0, de - 16); k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
    if (c === JIE && (text.startsWith('截至', k) || text.startsWith('截止', k))) return true;
  }
  return false;
}

/** Units of a relative timestamp (5分钟前, 2小時前, 三天前, 两年前). */
const AGO_UNITS = new Set(['秒', '秒钟', '分钟', '小时', '个小时', '天', '日', '周', '个月', '年']);
/** Words starting with 前 after a duration that do not make it "… ago": 2小时前往, 3天前后. */
const NOT_AGO = ['前往', '前来', '前进', '前行', '前后', '前夕', '前期'];
const QIAN = '前'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);
const TI = '提'.charCodeAt(0);
const YEAR = '年'.charCodeAt(0);
const SPACE_TABLE = codeTable([' ', '\u3000', '\t']);

/**
 * A time that dates a statement rather than a figure: a relative timestamp (5分钟前 in a news
 * sidebar, 三天前，…) or the months counted from the start of the year (今年前10个月, 首9個月,
 * 前三个季度, at the start of a clause or after 年). A period that is the content (享受前6个月免租,
 * 试用期为首3个月, 提前3个月) stays a claim.
 */
export function isDatingTime(text: string, start: number, end: number, unit: string | null): boolean {
  if (unit === null) return false;
  if (text.charCodeAt(end) === QIAN && AGO_UNITS.has(unit) && !NOT_AGO.some((w) => text.startsWith(w, end))) return true;
  if (unit !== '个月' && unit !== '个季度') return false;
  const before = skipGapBack(text, start);
  const c = text.charCodeAt(before - 1);
  if (c !== QIAN && c !== SHOU) return false;
  const prev = text.charCodeAt(before - 2);
  if (prev === TI) return false;
  return prev === YEAR || SPACE_TABLE[prev] === 1 || opensClause(text, before - 1);
}

const COORDINATOR_TABLE = codeTable(['和', '与', '及', '、']);
/** Time units a time frame ends with, longest first. */
const FRAME_UNITS = ['个小时', '个季度', '个月', '小时', '年', '天', '周'];

/** A coordinator at `at` right after a time frame (过去一年|和, 近一年|和, 今后三年|与). */
function coordinatedWithFrame(text: string, at: number): boolean {
  if (COORDINATOR_TABLE[text.charCodeAt(at)] !== 1) return false;
  const unit = FRAME_UNITS.find((u) => text.startsWith(u, at - u.length));
  if (unit === undefined) return false;
  let k = at - unit.length;
  if (text.charCodeAt(k - 1) === C.duo) k--;
  let j = k;
  while (j > k - 6 && (CN_NUMERAL_TABLE[text.charCodeAt(j - 1)] === 1 || isDigitCode(text.charCodeAt(j - 1)))) j--;
  return j < k && FRAME_BEFORE.some((w) => text.startsWith(w, j - w.length));
}

/** Words before N年内 that make it the time by which a target is met: 争取三年内实现. */
const TARGET_BEFORE = ['争取', '力争', '确保', '计划', '预计', '要在', '力争在', '争取在', '确保在', '在'];
/** Words before a duration + 时间 that make it the time given to a target: 用五年左右时间, 经过5年时间. */
const SPENDING_BEFORE = ['用', '经过', '花', '利用', '再用', '力争用', '争取用'];

/**
 * The time given to reach a target: 力争用三到五年时间基本建成, 争取三年内实现全覆盖. A time limit that is
 * the content (办理时限压缩至10个工作日以内, 期限为3年) stays a claim.
 */
function isTargetTime(text: string, before: number, end: number): boolean {
  let after = end;
  if (text.startsWith('左右', after)) after += 2;
  if (text.startsWith('时间', after)) {
    // 用五年左右时间、一年左右时间: 用 may stand before the first item of a list.
    let k = before;
    for (let hops = 0; hops < 3; hops++) {
      if (SPENDING_BEFORE.some((w) => text.startsWith(w, k - w.length) || text.startsWith(w, k))) return true;
      if (text.charCodeAt(k - 1) !== ENUMERATION_COMMA) return false;
      let j = k - 1;
      while (j > 0 && j > k - 14 && text.charCodeAt(j - 1) !== ENUMERATION_COMMA && CLAUSE_END_TABLE[text.charCodeAt(j - 1)] !== 1) j--;
      k = j;
    }
    return false;
  }
  if (text.startsWith('内', after) || text.startsWith('之内', after)) return TARGET_BEFORE.some((w) => text.startsWith(w, before - w.length));
  return false;
}

/** Verbs that take the name of a programme: 实施三年百万青年见习计划, 启动两年攻坚行动. */
const PROGRAM_VERBS = ['实施', '启动', '开展', '推进', '印发', '制定', '组织实施', '部署'];
const PROGRAM_ENDS = ['计划', '行动', '工程', '规划', '方案'];

/** A duration at the head of a programme's name, within 10 characters and before any punctuation. */
function isProgramName(text: string, before: number, end: number): boolean {
  if (!PROGRAM_VERBS.some((w) => text.startsWith(w, before - w.length))) return false;
  for (let k = end; k < Math.min(text.length, end + 10); k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf || c === DE) return false;
    for (const w of PROGRAM_ENDS) if (text.startsWith(w, k)) return true;
  }
  return false;
}
const ENUMERATION_COMMA = '、'.charCodeAt(0);

/** At i a clause starts: the text start, a clause end or a line break before it. */
function opensClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return i === 0 || CLAUSE_END_TABLE[c] === 1 || c === C.lf || c === C.cr;
}

/** 到今年已满二十年, 至今已有十年: an elapsed verb right before, an anchor word in the clause before it. */
function isElapsed(text: string, before: number): boolean {
  const verb = ELAPSED_VERBS.find((w) => text.startsWith(w, before - w.length));
  if (verb === undefined) return false;
  const from = Math.max(0, before - verb.length - 12);
  for (let k = before - verb.length - 1; k >= from; k--) {
    if (CLAUSE_END_TABLE[text.charCodeAt(k)] === 1) return false;
    for (const w of ELAPSED_FROM) if (text.startsWith(w, k)) return true;
  }
  return false;
}

/** Nouns after a small Chinese count that make it a structure of the text or a formula. */
const STRUCTURE_NOUNS = [
  '方面', '重点', '措施', '举措', '实事', '大事', '任务', '原则', '要求', '关口', '环节', '层面', '阶段', '步骤', '维度',
  '特点', '特征', '理念', '意识', '关系', '问题', '目标', '机制', '路径', '途径', '抓手', '着力点', '板块', '关键', '难点',
  '短板', '优势', '转变', '手段', '导向', '内容', '部分', '条件', '情形', '情况', '类型', '渠道', '层次', '工作', '方向',
  '思路', '观点', '意见', '建议', '矛盾', '考验', '坚持', '必须', '结合', '区分', '统筹', '支柱', '基础', '前提', '标准',
  '模式', '形式', '方式', '方法', '做法', '类别', '事项', '规定', '清单', '公式', '条款', '章节', '事',
];
/** Words between a count and its structure noun: 十条具体措施, 三个关键环节, 两种不同的类型. */
const NOUN_MODIFIERS = ['不同的', '不同', '具体', '主要', '重要', '重点', '关键', '基本', '重大', '核心', '突出', '新的', '计算', '的'];
/** Nouns of kinds: a small count of 种 with one of these in its noun phrase is a classification (两种不同教育类型). */
const KIND_NOUNS = ['类型', '模式', '形式', '方式', '类别', '情形', '情况', '所有制'];
const STRUCTURE_NOUN_TABLE = codeTable(STRUCTURE_NOUNS.map((w) => w[0]));

/** Nouns that a count after 等 sums a list into (等3个方面, 等五个部分); 等15个问题 stays a count. */
const SUMMING_NOUNS = ['方面', '部分', '维度', '层面', '板块', '类别', '环节', '阶段'];
const DENG = '等'.charCodeAt(0);

/** Words before a count that point at the text itself: 以下五个方面, 下列三种情形, 上述两项. */
const POINTING_BEFORE = ['以下', '如下', '下列', '下述', '上述', '前述', '以上', '这', '这些', '那'];
/** Last characters of the pointing words, and 的 (以下的五个方面). */
const POINTING_END_TABLE = codeTable([...POINTING_BEFORE.map((w) => w[w.length - 1]), '的']);
/** For Arabic numbers only the unambiguous ones: 以上 after a figure is its qualifier (3万元以上10万元以下). */
const POINTING_BEFORE_ARABIC = ['下列', '下述', '上述', '前述', '如下'];

/**
 * Whether the count in text[start, end) (a number with its measure word) structures the text or
 * names a formula. Only small counts written in Chinese numerals are read as structure by their noun;
 * a count pointed at with 以下/下列/上述 is structure in either script.
 */
export function isStructuralCount(text: string, start: number, end: number, chinese: boolean, value: number, unit: string | null): boolean {
  if (unit === null || TIME_UNITS.has(unit)) return false;
  const before = skipGapBack(text, start);
  const pointing = POINTING_END_TABLE[text.charCodeAt(before - 1)] === 1;
  for (const w of !pointing ? [] : chinese ? POINTING_BEFORE : POINTING_BEFORE_ARABIC) {
    const at = text.startsWith(w, before - w.length) ? before - w.length : text.startsWith(w + '的', before - w.length - 1) ? before - w.length - 1 : -1;
    if (at < 0) continue;
    // 处一万元以上五万元以下: 以上 qualifies the figure before it, it does not point at the text.
    if ((w === '以上' || w === '以下') && endsFigure(text, at)) return false;
    return true;
  }
  if (value > 20) return false;
  // 组织领导、制度建设、工作成效等3个方面: a count after 等 that sums up the list before it.
  if (text.charCodeAt(before - 1) === DENG && SUMMING_NOUNS.some((w) => text.startsWith(w, end))) return true;
  // 单位能耗最低的3个园区依次是东区、西区和南区: a count announcing the list that follows.
  if (announcesList(text, end)) return true;
  if (!chinese) return false;
  // 两项合计拉低指数约0.1个百分点: a small count before 合计/共计 sums the items just listed.
  if (text.startsWith('合计', end) || text.startsWith('共计', end)) return true;
  // 三类企业, 四类“散乱污”企业: a small count of classes is a classification of the text's subject.
  if (unit === '类') return true;
  if (unit === '种' && kindNounAhead(text, end)) return true;
  return structureNounAt(text, end) || structureNounAt(text, skipModifiers(text, end));
}

/** Words after a count and its noun that introduce the items counted (not figures: 分别为41、52…). */
const LIST_INTRODUCERS = ['依次是', '依次为', '分别是', '分别为'];

/** 依次是/分别为 within 8 characters after `end` (the noun between, no punctuation), not before a number. */
function announcesList(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 8);
  for (let k = end; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
    const w = LIST_INTRODUCERS.find((x) => text.startsWith(x, k));
    if (w === undefined) continue;
    const next = text.charCodeAt(k + w.length);
    return !isDigitCode(next) && CN_NUMERAL_TABLE[next] !== 1;
  }
  return false;
}

/** A structure noun at `at` (三件事, but not 三个事业单位, 两个事务所). */
function structureNounAt(text: string, at: number): boolean {
  if (STRUCTURE_NOUN_TABLE[text.charCodeAt(at)] !== 1) return false;
  for (const w of STRUCTURE_NOUNS) {
    if (!text.startsWith(w, at)) continue;
    return w !== '事' || !'业务故件'.includes(text.charAt(at + 1));
  }
  return false;
}

/** After the count at `end`: the position past at most two modifiers (具体, 不同的, 的). */
function skipModifiers(text: string, end: number): number {
  let at = end;
  for (let hops = 0; hops < 2; hops++) {
    const w = NOUN_MODIFIERS.find((m) => text.startsWith(m, at));
    if (w === undefined) break;
    at += w.length;
  }
  return at;
}

/** A noun of kinds (类型, 模式 …) within the next 8 characters, before any punctuation. */
function kindNounAhead(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 8);
  for (let k = end; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END_TABLE[c] === 1 || c === C.lf) return false;
    for (const w of KIND_NOUNS) if (text.startsWith(w, k)) return true;
  }
  return false;
}

/** Whether a number or a unit ends right before `at` (一万元|以上, 3%|以下). */
function endsFigure(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  if (isDigitCode(c) || CN_NUMERAL_TABLE[c] === 1 || c === C.percent || c === C.fullPercent) return true;
  return UNITS.some((u) => text.startsWith(u, at - u.length));
}
