/**
 * Candidate terms no glossary has: likely policy terms of a new document, shown as unexplained terms
 * (explained: false, category 候选术语) so that the reader sees them and can add them to a user
 * glossary (the editor offers a quick fix). Two kinds, both bounded and linear:
 * 1. short quoted policy phrases: “放管服” “学分银行” “掌上办” (3–10 characters of Han script,
 *    Latin letters, digits, + or 、; no sentence punctuation; not a word of everyday speech in
 *    scare quotes, which is mostly two characters: “僵尸” “粉丝”);
 * 2. names of strategies, projects, actions, systems, mechanisms, reforms, pilots, lists and zones:
 *    a noun phrase ending with one of the heads below (…战略 …工程 …行动 …计划 …制度 …机制 …试点
 *    …清单 …示范区 …), its start found by walking left to a verb or function word of
 *    administrative prose (实施 推进 建立 的 和 …), on word boundaries when a segmenter is given.
 *    Generic phrases (工作机制, 管理制度, 考核评价体系) are left out.
 * 3. series of parallel phrases used as one slogan (series.ts): 以水定城、以水定人, “一不得，四严禁”,
 *    坚持世界眼光、国际标准、中国特色、高点定位;
 * 4. names in fixed frames (frames.ts): 走中国特色自主创新道路, 更加积极的就业政策;
 * 5. names built on a short quoted phrase (helper termsfix3): the quoted phrase is read as one specific
 *    word of the name, so the name runs over it to its head and on to its modifier on the left
 *    (扩大有效投资“千项万亿”工程, “985”行动, “菜篮子”市长负责制), and after a quotation a few more heads
 *    name a scheme (“党建+项目化”治理模式, “浙里办”服务品牌);
 * 6. titles of central documents and agreements in 《》 (《中共中央 国务院关于…的意见》, 《…框架协议》,
 *    《…行动纲领》): the document is what a reader wants explained there (helper termsfix3).
 * Numbered formulas are found by formulas.ts. A candidate overlapping a glossary match is dropped,
 * unless it is a name containing the match (危险废物电子转移联单制度): see findCandidates.
 */
import type { TermMatch } from '../types';
import type { Segmenter } from './boundaries';
import { isQuotedSeries, seriesCandidates } from './series';
import { ROAD_HEAD, roadNames, stanceNames } from './frames';

export const CANDIDATE_CATEGORY = '候选术语';

/** Heads of named policy instruments, longest first where one ends another. */
const HEADS = [
  '行动计划', '专项行动', '攻坚行动', '示范区', '试验区', '先行区', '引领区', '自贸区', '功能区', '示范城市',
  '攻坚战', '保卫战', '负责制', '承诺制', '办结制', '责任制', '注册制', '备案制', '核准制', '聘任制', '任期制', '清单制',
  // Zones and major special programmes (helper termsfix3): 深港科技创新合作区, 国家文化生态保护实验区,
  // 核心电子器件科技重大专项. 平台 and 基金 are heads only after a quotation (AFTER_QUOTE_HEAD): on the
  // corpus nearly every …平台/…基金 was a description (现有政务信息平台, 门诊收入中来自医保基金).
  '综合保税区', '合作区', '实验区',
  '战略', '工程', '行动', '计划', '制度', '机制', '体系', '改革', '试点', '清单', '专项',
];
/** Heads that end everyday names too (财政专项): a name ending with one of these is a candidate only at this length or more. */
const MIN_NAME_FOR: Record<string, number> = { 专项: 6 };
// 新区 is no head: a new area is a place (浦东新区, 横琴新区), and the national ones are glossary entries.
/** A head ending with 制 is not one before 度 (清单制度 is 清单 + 制度). */
const headAt = (text: string, at: number, h: string): boolean => text.startsWith(h, at) && !(h.endsWith('制') && text[at + h.length] === '度');
/**
 * HEADS grouped by their first character, in the order of HEADS (the first that fits wins, longest
 * first); HEAD_GROUP: 1 + the group's index for a code unit that starts a head, else 0.
 */
const HEAD_GROUPS: string[][] = [];
const HEAD_GROUP = new Uint8Array(0x10000);
for (const h of HEADS) {
  const c = h.charCodeAt(0);
  if (HEAD_GROUP[c] === 0) HEAD_GROUP[c] = HEAD_GROUPS.push([]);
  HEAD_GROUPS[HEAD_GROUP[c] - 1].push(h);
}
const NO_HEADS: string[] = [];
const headsAt = (text: string, at: number): string[] => (at < text.length && HEAD_GROUP[text.charCodeAt(at)] !== 0 ? HEAD_GROUPS[HEAD_GROUP[text.charCodeAt(at)] - 1] : NO_HEADS);

/**
 * The first head at or after `from` (leftmost, then the first of HEADS that fits there): where it
 * starts and its length, or -1. One table look-up per character; the same as the alternation
 * /行动计划|专项行动|…|清单/g (with (?!度) after a head ending with 制) but without the regular
 * expression engine's tries of every alternative.
 */
function nextHead(text: string, from: number): { at: number; length: number } | null {
  for (let i = from; i < text.length; i++) {
    const g = HEAD_GROUP[text.charCodeAt(i)];
    if (g === 0) continue;
    for (const h of HEAD_GROUPS[g - 1]) if (headAt(text, i, h)) return { at: i, length: h.length };
  }
  return null;
}
const HEAD_AT_END = new RegExp(`(${HEADS.join('|')})$`);

/** Verbs, adverbs and function words that end a name on its left (when what lies right of them is specific). */
const STOP_WORDS = new Set([
  '实施', '推进', '推动', '建立', '健全', '完善', '深化', '开展', '落实', '加强', '加快', '构建', '打造', '启动', '探索',
  '实行', '推行', '执行', '贯彻', '组织', '制定', '制订', '出台', '发布', '印发', '支持', '鼓励', '引导', '坚持', '围绕',
  '通过', '按照', '根据', '依托', '利用', '参与', '纳入', '列入', '设立', '成立', '形成', '创建', '优化', '规范', '强化',
  '提升', '提高', '扩大', '做好', '抓好', '办好', '用好', '发挥', '全面', '深入', '积极', '大力', '稳步', '有序', '逐步',
  '加大', '统筹', '协调', '实现', '确保', '以及', '作为', '成为', '建成', '关于', '有关', '相关', '各类', '各级', '重点',
  '继续', '持续', '认真', '切实', '着力', '严格', '研究', '试行', '部署', '编制', '建设', '改进', '巩固', '公布', '开设',
  '落地', '配合', '对接', '衔接', '牵头', '负责', '指导', '进行', '采取', '采用', '具有', '符合', '推广', '培育', '发展',
  '实施好', '整合', '拓展', '参照', '依照', '遵循', '包括', '涉及', '其中', '同时', '目前', '当前', '今后', '进一步',
  '入选', '申报', '认定', '确定', '承担', '享受', '给予', '属于', '完成', '取得', '这项', '该项', '本项', '一项', '多项',
  '一个', '这个', '那个', '这一', '结合', '相结合', '审核', '批准', '检查', '促进', '承办', '应当',
  // Verbs and words seen inside wrongly long names on real documents (引领改革, 会同, 注重, 对照 …).
  '引领', '突出', '总结', '明确', '增强', '推开', '搞好', '聚焦', '瞄准', '贯穿', '破除', '锐意', '会同', '注重',
  '运用', '对照', '破解', '推出', '仍有', '还有', '没有', '不少', '支撑', '各项', '各方面', '各领域', '各环节',
  '更加', '服务', '带动', '助推', '助力', '要求', '率先', '自成', '布局', '修订', '提供', '均需',
  // An example before a name (例如交易所买卖基金): helper termsfix3.
  '例如', '比如', '诸如', '譬如', '搭建', '做强', '做优', '做大',
]);
/**
 * Verbs that can end the words of a name right before its head (清廉医院建设专项行动, 公共服务体系,
 * 老旧小区改造提升行动). Any other stop word right before the head takes the head as its object
 * (深化改革, 总结试点, 纳入清单): no name there.
 */
const NAME_VERBS = new Set(['建设', '发展', '提升', '优化', '规范', '协调', '统筹', '服务', '创建', '促进', '巩固', '拓展', '研究', '培育', '推广', '整合', '改进', '强化', '提高']);
/** 等 ends a name (奖惩等制度) except in words: 高等, 中等, 平等, 等级 … */
const DENG_WORD_BEFORE = new Set([...'高中初平同对均相上下优次']);
const DENG_WORD_AFTER = new Set([...'级额值量同效']);
/** 以 ends a name (以医保支付方式改革为抓手) except in 以上, 以下, 以来 … */
const YI_WORD_AFTER = new Set([...'上下来外内后前及']);
/** A stop word followed by one of these is the first part of a noun (负责人, 服务业, 建设者). */
const NOUN_AFTER_VERB = new Set([...'人者方业员']);
const STOP_CHARS = new Set([...'的和与及在对将把为是了或并、从于被让使给这那按等以促比后']);

/**
 * Words of administrative prose that say nothing specific: a name whose words before the head
 * are all of these (or stop words, numbers, years) is generic (工作机制, 部门联动机制, 年度考核制度).
 */
const GENERIC_WORDS = new Set([
  '工作', '管理', '保障', '协调', '评价', '考核', '监督', '运行', '服务', '领导', '责任', '组织', '联动', '激励', '约束',
  '风险', '应急', '信息', '标准', '评估', '共享', '合作', '推进', '沟通', '长效', '体制', '政策', '发展', '建设', '分工',
  '联系', '协作', '会商', '通报', '预警', '审核', '审查', '审批', '备案', '登记', '报告', '公示', '公开', '奖惩', '问责',
  '追责', '培训', '教育', '督导', '监测', '统计', '调查', '检查', '巡查', '投入', '补偿', '补贴', '资金', '经费', '财政',
  '市场', '社会', '国家', '地方', '配套', '各项', '有效', '现代', '部门', '单位', '企业', '行业', '质量', '安全', '技术',
  '产业', '人才', '数据', '规划', '年度', '内部', '外部', '日常', '动态', '常态', '定期', '综合', '专项', '联合', '多元',
  '统一', '防控', '预案', '调整', '问题', '任务', '财务', '长期', '短期', '中期', '系统', '基本', '一般', '主要', '具体',
  '整体', '治理', '监管', '执法', '处置', '协同', '反馈', '议事', '决策', '会议', '办公', '值班', '值守', '保密', '档案',
  '资产', '采购', '预算', '绩效', '收入', '分配', '薪酬', '人事', '干部', '队伍', '能力', '水平', '效率', '防范', '化解',
  '改革', '制度', '机制', '体系', '计划', '工程', '行动', '战略', '试点', '清单', '方案', '措施', '办法', '规定', '要求',
  '目标', '重大', '重要', '新的', '一套', '一批', '这些', '那些', '相应', '必要', '良好', '完整', '科学', '合理', '规范化',
  '制度化', '程序化', '标准化', '信息化', '系统化', '精细化', '全过程', '全链条', '多层次', '全方位', '长远', '总体', '高度',
  '思维', '战略性', '调度', '指挥', '研判', '分析', '核查', '复核', '验收', '评审', '准入', '退出', '流转', '交易', '运营',
  '情况', '岗位', '方面', '规则', '多边', '双边', '分行业', '分领域', '分地区', '地区', '常态化', '市场化', '法治化', '体制', '规章', '法律', '法规', '框架', '各方面',
]);
/**
 * Common words of a field that, alone before a head, name no particular instrument (金融体系, 开放战略,
 * 农村改革, 培养机制): a name whose modifier is just one of these is no candidate.
 */
const DOMAIN_WORDS = new Set([
  '国内', '国际', '金融', '开放', '创新', '培养', '竞争', '物流', '理论', '农村', '城市', '分类', '领域', '民生', '生态',
  '会计', '储备', '经济', '文化', '科技', '法治', '军事', '教育', '医疗', '卫生', '环境', '能源', '交通', '税收', '财税',
  '土地', '住房', '就业', '人口', '投资', '贸易', '外贸', '消费', '产品', '项目', '生产', '供应', '销售', '网络', '数字',
  '智能', '农业', '工业', '司法', '行政', '财产', '公共', '民主', '政治', '军队', '国防', '外交', '人事', '用人', '分配',
  '收费', '价格', '税制', '户籍', '环保', '水利', '开发', '保护', '振兴', '转型', '升级', '融资', '信用', '内需', '外资',
  '区域', '产业', '市场', '社会',
]);
const GENERIC_CHARS = new Set([...STOP_CHARS, ...'一二两三四五六七八九十百千万年度期项类个种批级新第轮届其此每各该本要可应须地']);
/** An ordinal or batch word at the start of a name is not part of it (第二批, 新一轮, 首批). */
const LEADING_ORDINAL = /^(第[一二三四五六七八九十百0-9]+[批届轮次期个项]|新一[轮批]|首批|新一批|下一[批步轮]|一批|各地|各种|各类|本市|本区|本地区|本行政区域内|当地|全市|全区|我国|我市|我省|我区)/;
/** A unit right after a number at the start of a name (2000亿元投资计划): an amount, not a name. */
const LEADING_UNIT = /^(亿元|万元|千元|亿|万|元|个|项|家|名|所|%|％)/;
/** Provinces (and autonomous regions) whose names lead a place before a name (浙江省台州市…). */
const PROVINCE = '(北京|天津|上海|重庆)市|(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾)省|(内蒙古|西藏)自治区|广西壮族自治区|宁夏回族自治区|新疆维吾尔自治区';
/** A place at the start of a name: a province, then cities, prefectures, counties or districts (…市…区). */
const LEADING_PLACE = new RegExp(`^(${PROVINCE})((?!城市)[\u4e00-\u9fff]{1,5}?(市|州|县|区|盟|旗))*`);
/** A verb right after a place at the start of a name (平果县创新采矿临时用地制度). */
const VERB_AFTER_PLACE = /^(创新|推出|探索|实施|推行|试点|开展|建立|打造|深化|改革)/;
/** A name starting with the verb 改革 takes what follows as its object (改革商事制度). */
const LEADING_VERB = /^改革(创新|完善)?(?!开放)/;
/**
 * Words right after a head that make the head a modifier of another noun (改革措施, 战略需求, 试点经验)
 * or part of a longer word (机制造 in 大飞机制造, 行动态 in 运行动态).
 */
const RUNS_ON = /^(需求|布局|部署|方向|目标|任务|重点|举措|措施|意义|高度|博弈|成本|成果|红利|创新|发展|指导|范围|新兴|[域生师化性员院部局处厅委会费款单价表书型造态式])/;
/** What may lie between a verb inside a name and the head: nothing, name verbs, or a span of years (整治提升五年行动). */
function passable(s: string): boolean {
  let i = 0;
  while (i + 2 <= s.length && NAME_VERBS.has(s.slice(i, i + 2))) i += 2;
  return /^[一二两三四五六七八九十0-9]*年?$/.test(s.slice(i));
}

/** Two-character generic and stop words as numbers (first code unit * 65536 + second), for the hot loop. */
const pair = (a: number, b: number): number => a * 65536 + b;
const GENERIC2 = new Set<number>([...GENERIC_WORDS, ...STOP_WORDS].filter((w) => w.length === 2).map((w) => pair(w.charCodeAt(0), w.charCodeAt(1))));
const STOP2 = new Set<number>([...STOP_WORDS].filter((w) => w.length === 2).map((w) => pair(w.charCodeAt(0), w.charCodeAt(1))));

/** Whether `s` splits entirely into generic words, stop words and generic characters. */
export function isGenericPhrase(s: string): boolean {
  const ok: boolean[] = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    if (GENERIC_CHARS.has(s[i]) || /[0-9]/.test(s[i])) ok[i + 1] = true;
    for (let len = 2; len <= 3 && i + len <= s.length; len++) {
      const w = s.slice(i, i + len);
      if (GENERIC_WORDS.has(w) || STOP_WORDS.has(w)) ok[i + len] = true;
    }
  }
  return ok[s.length];
}

const MIN_NAME = 4;
const MAX_NAME = 18;
const MAX_QUOTED = 10;
/** Longest quoted series looked at (the quoted scan's reach). */
const MAX_QUOTED_SERIES = 30;

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Inside 《…》 (a document's title): names there are the title's words, not terms. */
function insideTitle(text: string, at: number): boolean {
  // A bounded look back (a title is short): the nearest 《 or 》 within 60 characters.
  for (let i = at - 1; i >= 0 && at - i <= 60; i--) {
    const c = text[i];
    if (c === '》' || c === '\n') return false;
    if (c === '《') return true;
  }
  return false;
}

const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
const QUOTED_OK = /^[\u4e00-\u9fffA-Za-z0-9+＋、·]+$/;
const EVERYDAY_END = new Set([...'的了吗呢啊吧呀么']);
/**
 * A quoted name of an institution (“澳门特别行政区政府” on a card, “市政府”) is a name, not a term; a
 * quoted metaphor ending with 政府 (“指尖上的网上政府”, “服务型政府”) is a phrase.
 */
const INSTITUTION_END = /((人民|行政区|自治区|[省市县区州乡镇旗])政府|办公室|委员会|办公厅|管理局|公司|集团|银行|大学|学院|医院|法院|检察院|研究院|研究所|协会|学会|报社|电视台|[局部厅署处])$/;

const OPEN_QUOTE = /[“「『]/g;

function quotedCandidates(text: string, out: TermMatch[]): void {
  OPEN_QUOTE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = OPEN_QUOTE.exec(text)) !== null) {
    const i = found.index;
    const close = QUOTE_PAIRS[text[i]];
    let j = i + 1;
    while (j < text.length && j - i - 1 <= MAX_QUOTED_SERIES && text[j] !== close) j++;
    if (j >= text.length || text[j] !== close) continue;
    const content = text.slice(i + 1, j);
    // A longer quoted text, or one with a comma, is a phrase only as a series of parallel items
    // (“数量不减少、质量不降低、布局更优化”, “一不得，四严禁”).
    const phrase = content.length <= MAX_QUOTED && QUOTED_OK.test(content);
    if (!phrase && !isQuotedSeries(content)) continue;
    if (content.length < 3 || EVERYDAY_END.has(content[content.length - 1]) || INSTITUTION_END.test(content)) continue;
    let han = 0;
    for (let k = 0; k < content.length; k++) if (isHan(content.charCodeAt(k))) han++;
    if (han < 2 || content.startsWith('、') || content.endsWith('、')) continue;
    if (insideTitle(text, i)) continue;
    out.push({ start: i + 1, end: j, text: content, term: content, category: CANDIDATE_CATEGORY, explained: false });
    OPEN_QUOTE.lastIndex = j + 1;
  }
}

/** Whether the stop character ending at `p` is one (not 等 in 高等/等级, not 以 in 以上). */
function stopCharAt(text: string, p: number): boolean {
  const c = text[p - 1];
  if (!STOP_CHARS.has(c)) return false;
  if (c === '等') return !DENG_WORD_BEFORE.has(text[p - 2]) && !DENG_WORD_AFTER.has(text[p]);
  if (c === '以') return !YI_WORD_AFTER.has(text[p]);
  if (c === '后') return !'备续勤台端期盾援'.includes(text[p] ?? '') && !'售善落证'.includes(text[p - 2] ?? '');
  if (c === '促') return text[p] !== '进' && text[p] !== '销';
  if (c === '比') return !'例较重率'.includes(text[p] ?? '');
  return true;
}

/**
 * The stop word or stop character ending at `p`, or null (on the segmenter's words when given). A
 * stop word that is the first part of a noun (负责人, 服务业) is none.
 */
function stopEndingAt(text: string, p: number, from: number, wordEnds: Map<number, string> | null): string | null {
  if (wordEnds !== null) {
    const w = wordEnds.get(p);
    if (w === undefined) return null;
    if (w.length === 1 && stopCharAt(text, p)) return w;
    if (STOP_WORDS.has(w)) return NOUN_AFTER_VERB.has(text[p]) ? null : w;
    // A segmenter's compound of stop words (全面实施, 建立健全): its last two or three characters decide.
  }
  if (stopCharAt(text, p)) return text[p - 1];
  if (NOUN_AFTER_VERB.has(text[p])) return null;
  if (p - 2 >= from && STOP2.has(pair(text.charCodeAt(p - 2), text.charCodeAt(p - 1)))) return text.slice(p - 2, p);
  return p - 3 >= from && STOP_WORDS.has(text.slice(p - 3, p)) ? text.slice(p - 3, p) : null;
}

/** Latin letters and + in a name (1+X证书制度试点, 5G应用扬帆行动计划); digits only next to them. */
const isNameLatin = (c: string): boolean => /[A-Za-z+＋]/.test(c);
/** `isNameLatin` of one code unit (nameStart's hot loop: no one-character strings, no regular expression). */
const isNameLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2b || c === 0xff0b;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiAlnumCode = (c: number): boolean => isDigitCode(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** GENERIC_CHARS as a table over code units (all of them are single BMP characters). */
const GENERIC_CHAR_TABLE = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of GENERIC_CHARS) t[c.charCodeAt(0)] = 1;
  return t;
})();

/**
 * Start of a name ending with a head at `headStart`, or -1: walking left over Han characters, the
 * first stop word (or character) with a specific phrase between it and the head ends the name (a
 * verb inside a name, 整治提升 in 农村人居环境整治提升五年行动, is passed while what lies right of
 * it is still generic). With a segmenter, names start and stop words lie on its word boundaries.
 */
function nameStart(text: string, headStart: number, segmenter?: Segmenter): number {
  let s = headStart;
  while (s > 0 && headStart - s < MAX_NAME) {
    const c = text.charCodeAt(s - 1);
    if (isHan(c) || isNameLatinCode(c) || (isDigitCode(c) && s < headStart && isNameLatinCode(text.charCodeAt(s)))) s--;
    else break;
  }
  // The name starts with a Han character or a Latin letter or digit run glued to one.
  while (s < headStart && !isHan(text.charCodeAt(s)) && !isAsciiAlnumCode(text.charCodeAt(s))) s++;
  if (s === headStart) return -1;
  // Cut by the length limit inside a run of Han characters, or right after a closing bracket inside
  // a word (抵（质）押权): the name's start is unknown unless a stop word is found.
  const truncated = s > 0 && (isHan(text.charCodeAt(s - 1)) || ((text[s - 1] === '）' || text[s - 1] === ')') && s > 1 && isHan(text.charCodeAt(s - 2))));
  let wordEnds: Map<number, string> | null = null;
  if (segmenter) {
    wordEnds = new Map<number, string>();
    let p = s;
    for (const w of segmenter(text.slice(s, headStart))) {
      p += w.length;
      wordEnds.set(p, w);
    }
  }
  // generic[k]: text[s + k, headStart) splits into generic pieces (computed right to left, once).
  const n = headStart - s;
  const generic: boolean[] = new Array<boolean>(n + 1).fill(false);
  generic[n] = true;
  for (let k = n - 1; k >= 0; k--) {
    if (GENERIC_CHAR_TABLE[text.charCodeAt(s + k)] === 1 && generic[k + 1]) generic[k] = true;
    if (!generic[k] && k + 2 <= n && generic[k + 2] && GENERIC2.has(pair(text.charCodeAt(s + k), text.charCodeAt(s + k + 1)))) generic[k] = true;
    if (!generic[k] && k + 3 <= n && generic[k + 3]) {
      const w = text.slice(s + k, s + k + 3);
      if (GENERIC_WORDS.has(w) || STOP_WORDS.has(w)) generic[k] = true;
    }
  }
  for (let p = headStart; p > s; p--) {
    if (wordEnds !== null && !wordEnds.has(p)) continue;
    const stop = stopEndingAt(text, p, s, wordEnds);
    if (stop === null) continue;
    if (!generic[p - s]) return p;
    // A generic phrase right of a verb or function word is no name (执行企业收入分配制度), nor is a
    // head right after a verb that takes it as its object (深化改革, 总结试点), unless the verb belongs
    // to the name itself, right before the head (清廉医院建设专项行动).
    if (stop.length === 1 || !NAME_VERBS.has(stop) || !passable(text.slice(p, headStart))) return -1;
  }
  return truncated || generic[0] ? -1 : s;
}

/** Leading words that are no part of a name: ordinals, places, an amount's unit, a verb after a place. */
function trimLeading(text: string, start: number, headStart: number): number {
  const rest = (): string => text.slice(start, headStart);
  const ordinal = LEADING_ORDINAL.exec(rest());
  if (ordinal) start += ordinal[0].length;
  if (start > 0 && /[0-9]/.test(text[start - 1])) {
    const unit = LEADING_UNIT.exec(rest());
    if (unit) start += unit[0].length;
  }
  const place = LEADING_PLACE.exec(rest());
  if (place && place[0].length > 0) {
    start += place[0].length;
    const verb = VERB_AFTER_PLACE.exec(rest());
    if (verb) start += verb[0].length;
  }
  const verb = LEADING_VERB.exec(rest());
  if (verb) start += verb[0].length;
  return start;
}

/** Longest specific part after 和 that may belong to one name with what precedes 和 (专业建设 in …学校和专业建设计划). */
const MAX_RIGHT_CONJUNCT = 6;

/**
 * A name joined by 和 (中国特色高水平高职学校和专业建设计划, 残疾人保障和关爱服务体系): when the part
 * after 和 is short and the part before it is a specific phrase that is not a name of its own (no head
 * at its end), the name starts at the part before 和. Two names in a row (…保障机制和…补偿机制) and a
 * long second part (京津冀协同发展和长江经济带发展战略) stay apart.
 */
function withLeftConjunct(text: string, start: number, headStart: number, segmenter?: Segmenter): number {
  const and = start - 1;
  if (and < 2 || text[and] !== '和' || headStart - start > MAX_RIGHT_CONJUNCT) return start;
  // A common word after 和 makes the head a category (基础设施和民生工程), not one name.
  if (DOMAIN_WORDS.has(text.slice(start, headStart))) return start;
  const left = nameStart(text, and, segmenter);
  if (left < 0) return start;
  const from = trimLeading(text, left, and);
  const part = text.slice(from, and);
  if (part.length < 2 || isGenericPhrase(part) || HEAD_AT_END.test(part) || /(建设|发展|工作|性)$/.test(part)) return start;
  return from;
}

function namedCandidates(text: string, out: TermMatch[], segmenter?: Segmenter): void {
  for (let found = nextHead(text, 0); found !== null; ) {
    const headStart = found.at;
    let end = headStart + found.length;
    // Heads in a row make one name (制度改革试点, 主体功能区战略).
    for (let more = true; more; ) {
      more = false;
      for (const h of headsAt(text, end)) {
        if (headAt(text, end, h)) {
          end += h.length;
          more = true;
          break;
        }
      }
    }
    found = nextHead(text, end);
    // A head that runs on into a longer word (计划生育, 工程师, 制度化, 大飞机制造) or modifies the
    // noun after it (改革措施, 战略需求) is not a head here.
    if (RUNS_ON.test(text.slice(end, end + 2))) continue;
    // 专项 modifies the noun after it (专项债券, 专项资金): a head only before a non-Han character or a stop character.
    if (end < text.length && MIN_NAME_FOR[text.slice(end - 2, end)] !== undefined && isHan(text.charCodeAt(end)) && !stopCharAt(text, end + 1)) continue;
    // A line break inside the name (PDF text: 双边电子商\n务合作机制): read it on a copy without the break.
    const brk = lineBreakBefore(text, headStart);
    let start: number;
    if (brk < 0) {
      start = nameBefore(text, headStart, end, segmenter);
    } else {
      const from = Math.max(0, brk - LOOK_BACK);
      const { compact, offsets } = withoutBreaks(text, from, end);
      const local = nameBefore(compact, compact.length - (end - headStart), compact.length, segmenter);
      start = local < 0 ? -1 : offsets[local];
    }
    if (start < 0 || insideTitle(text, start)) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, term: name.replace(/\s+/g, ''), category: CANDIDATE_CATEGORY, explained: false });
  }
}

/** How far before a line break inside a name the copy without breaks reaches. */
const LOOK_BACK = 2 * MAX_NAME;

/** Start of the last whitespace run between two Han characters within a name's reach before `headStart`, or -1. */
function lineBreakBefore(text: string, headStart: number): number {
  for (let i = headStart - 1; i > 0 && headStart - i <= MAX_NAME + 2; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x20 || c === 0x0d || c === 0x3000 || c === 0x09) {
      let a = i;
      while (a > 0 && /\s/.test(text[a - 1])) a--;
      // One line break at most: a blank line ends a paragraph (a heading above a name).
      const run = text.slice(a, i + 1);
      // A line that ends with a head is a heading or a name of its own (二、指标体系\n三级…体系).
      if (HEAD_AT_END.test(text.slice(Math.max(0, a - 4), a))) return -1;
      return a > 0 && isHan(text.charCodeAt(a - 1)) && run.length <= 3 && run.indexOf('\n') === run.lastIndexOf('\n') ? a : -1;
    }
    if (!isHan(c) && !isNameLatin(text[i]) && !/[0-9]/.test(text[i])) return -1;
  }
  return -1;
}

/** text[from, end) without whitespace between Han characters, and the original offset of each character. */
function withoutBreaks(text: string, from: number, end: number): { compact: string; offsets: number[] } {
  let compact = '';
  const offsets: number[] = [];
  for (let i = from; i < end; i++) {
    if (/\s/.test(text[i]) && i > from && isHan(text.charCodeAt(i - 1))) {
      let j = i;
      while (j < end && /\s/.test(text[j])) j++;
      const run = text.slice(i, j);
      if (j < end && isHan(text.charCodeAt(j)) && j - i <= 3 && run.indexOf('\n') === run.lastIndexOf('\n')) {
        i = j - 1;
        continue;
      }
    }
    compact += text[i];
    offsets.push(i);
  }
  offsets.push(end);
  return { compact, offsets };
}

/** Start of the candidate name ending with the heads [headStart, end) of `text`, or -1. */
function nameBefore(text: string, headStart: number, end: number, segmenter?: Segmenter): number {
  // Most heads follow a stop character or no Han character at all: nothing to name.
  const before = text.charCodeAt(headStart - 1);
  if (!isHan(before) || STOP_CHARS.has(text[headStart - 1])) return -1;
  let start = nameStart(text, headStart, segmenter);
  if (start < 0) return -1;
  start = trimLeading(text, start, headStart);
  start = withLeftConjunct(text, start, headStart, segmenter);
  const modifier = text.slice(start, headStart);
  // One common word before a single head (金融体系) is generic; before heads in a row (户籍制度改革) it is not.
  const domainOnly = (DOMAIN_WORDS.has(modifier) || /^([\u4e00-\u9fff]{2}性)+$/.test(modifier)) && end - headStart <= 3;
  if (modifier.length < 2 || isGenericPhrase(modifier) || domainOnly || end - start < MIN_NAME || end - start > MAX_NAME + 4) return -1;
  const last = HEAD_AT_END.exec(text.slice(headStart, end));
  if (last !== null && end - start < (MIN_NAME_FOR[last[0]] ?? 0)) return -1;
  // A special programme is a major one (核心电子器件科技重大专项), not a budget line (中央财政专项).
  if (last !== null && last[0] === '专项' && !text.slice(start, end).endsWith('重大专项')) return -1;
  return start;
}

/** A Han placeholder for the characters of a glossary match while names are looked for (no stop, no generic word). */
const MASK = '\u3400';

/** Placeholder runs by length, made once (a 5 MB text has ~50,000 matches, nearly all short). */
const MASKS: string[] = [];
const maskOf = (length: number): string => (length < 64 ? (MASKS[length] ??= MASK.repeat(length)) : MASK.repeat(length));

/**
 * `text` with every explained match of `taken` replaced by placeholders: a name walks over a glossary
 * term inside it (危险废物|电子转移联单制度, 绿色发展|指标体系) as over any specific word, and a head
 * inside a glossary term (全面深化改革) starts no name of its own.
 */
function masked(text: string, taken: readonly TermMatch[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of taken) {
    if (!m.explained || m.start < at) continue;
    parts.push(text.slice(at, m.start), maskOf(m.end - m.start));
    at = m.end;
  }
  if (at === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Words that say nothing specific after a glossary term inside a name (数字政府|建设理论体系,
 * 数字政府|全方位安全保障体系, 数据要素|流通标准体系), besides the generic words.
 */
/** Longest part after the glossary terms inside a name that may replace them (电子转移联单制度). */
const MAX_REMAINDER = 8;
const GENERIC_AFTER_TERM = /^(建设|发展|工作)?((理论|规则|流通|系列|全方位|保障|服务|共享|技术|安全|标准|制度|管理|体制|领导|协调)+)?$/;

/**
 * Whether a name may contain the glossary matches it overlaps (then it replaces them): each lies
 * inside the name, no line break is crossed, and what follows the last one is a short specific phrase
 * before the head (指标体系, 电子转移联单制度, 矩阵体系), not a generic one (河长制|工作机制, 户籍制度|改革,
 * 数字政府|建设理论体系), a field word (中国特色社会主义|政治制度) or a long project name (863计划|项目…工程).
 */
function maySwallow(name: TermMatch, inside: readonly TermMatch[]): boolean {
  if (!inside.every((m) => m.start >= name.start && m.end <= name.end) || /\s/.test(name.text)) return false;
  const remainder = name.text.slice(inside[inside.length - 1].end - name.start);
  // A long project name after a programme (863计划|项目海水养殖种子工程) keeps the programme explained.
  if (remainder.length > MAX_REMAINDER || /^(项目|工作)/.test(remainder)) return false;
  let modifier = remainder;
  for (let h = HEAD_AT_END.exec(modifier); h !== null && h[0].length < modifier.length; h = HEAD_AT_END.exec(modifier)) {
    modifier = modifier.slice(0, -h[0].length);
  }
  // A quoted glossary term before a generic head (“十四五”|重点工程): the closing mark is not the name's own.
  modifier = modifier.replace(/^[”」』]+/, '');
  if (modifier.length < 2 || modifier === remainder) return false;
  const own = modifier.replace(/^(建设|发展|工作)/, '');
  // A field word alone after the term (中国特色社会主义|政治制度, …|经济体系) names no new instrument.
  return own.length >= 2 && !isGenericPhrase(own) && !DOMAIN_WORDS.has(own) && !GENERIC_AFTER_TERM.test(modifier);
}

/**
 * Whether a road (走…道路) may contain the glossary matches it overlaps: they lie inside it, none ends
 * it (中国特色|新型工业化道路 keeps the explained road), and there are two of them or the road has two
 * characters of its own besides its 道路 (中国特色自主创新道路, not 共同富裕道路).
 */
function roadMaySwallow(c: TermMatch, inside: readonly TermMatch[]): boolean {
  if (!inside.every((m) => m.start >= c.start && m.end < c.end)) return false;
  const own = c.end - c.start - ROAD_HEAD - inside.reduce((n, m) => n + Math.min(m.end, c.end - ROAD_HEAD) - m.start, 0);
  return inside.length >= 2 || own >= 2;
}

/** Whether a candidate is longer than the unexplained formulas it overlaps and contains them (“两个不低于、两个高于”). */
function containsFormulas(c: TermMatch, inside: readonly TermMatch[]): boolean {
  return inside.every((m) => !m.explained && m.start >= c.start && m.end <= c.end && m.end - m.start < c.end - c.start);
}

/** Longest quoted phrase read as one word of a name (“千项万亿”, “党建+项目化”, “985”). */
const MAX_QUOTED_IN_NAME = 10;
/** A quoted series (“安全、绿色、智慧”三大工程) is a candidate of its own, never part of a name. */
const QUOTED_IN_NAME = /^[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9+＋·]+$/;
/**
 * `walk` with every short quoted phrase (its quotation marks included) replaced by placeholders, so
 * that a name runs over it as over a specific word (扩大有效投资“千项万亿”工程). Where: the set of
 * [start, end) of the quotations masked (start at the opening mark).
 */
function maskedQuotes(walk: string, text: string): { walk: string; quotes: Map<number, number> } {
  // Insertion order is by start (the scan runs left to right, quotations do not overlap).
  const quotes = new Map<number, number>();
  const parts: string[] = [];
  let at = 0;
  OPEN_QUOTE.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = OPEN_QUOTE.exec(text)) !== null) {
    const i = found.index;
    const close = QUOTE_PAIRS[text[i]];
    const j = text.indexOf(close, i + 1);
    if (j < 0 || j - i - 1 > MAX_QUOTED_IN_NAME || j - i - 1 < 1) continue;
    if (!QUOTED_IN_NAME.test(walk.slice(i + 1, j))) continue;
    parts.push(walk.slice(at, i), maskOf(j + 1 - i));
    quotes.set(i, j + 1);
    at = j + 1;
    OPEN_QUOTE.lastIndex = j + 1;
  }
  if (at === 0) return { walk, quotes };
  parts.push(walk.slice(at));
  return { walk: parts.join(''), quotes };
}

/**
 * Heads that name a scheme only right after a quotation, with up to four characters between
 * (“百城千屏”超高清传播平台, “科创100”引导基金; “1+N”政策体系 is a head of HEADS already); whether the
 * quotation and the head make one name is `quoteLeadsName`'s to say.
 */
const AFTER_QUOTE_HEAD = /^(?:([\u4e00-\u9fff]{0,4}?)(模式|品牌|理念|平台|工作法|基金))(?![\u4e00-\u9fff])/;

/** Names ending with a head of AFTER_QUOTE_HEAD right after a masked quotation. */
function afterQuoteNames(walk: string, quotes: Map<number, number>, out: TermMatch[], segmenter?: Segmenter): void {
  for (const end of quotes.values()) {
    const rest = walk.slice(end, end + 8);
    const h = AFTER_QUOTE_HEAD.exec(rest);
    if (h === null) continue;
    const headStart = end + h[0].length - h[2].length;
    const stop = end + h[0].length;
    const start = nameBefore(walk, headStart, stop, segmenter);
    if (start < 0 || start > end) continue;
    out.push({ start, end: stop, text: walk.slice(start, stop), term: walk.slice(start, stop), category: CANDIDATE_CATEGORY, explained: false });
  }
}

/** Issuers at the start of a central document's title (simplified: candidates are read on the simplified form). */
const CENTRAL_ISSUER = /^(中共中央|国务院|中央办公厅|中共中央办公厅|国务院办公厅|中办|国办|全国人民代表大会|全国人大|中央军委|中华人民共和国)/;
/** Endings of agreements, programmes and outlines in a title (《粤港合作框架协议》, 《…的愿景和行动》, 《…行动纲领》). */
const AGREEMENT_END = /(协议|安排|愿景和行动|行动纲领|纲领|联合声明|宣言|备忘录|规划纲要|行动纲要)$/;
/** A local issuer named before a title (省委办公厅印发《…》, 扬州市…纲要): a local document. */
const LOCAL_BEFORE = /([省市县区州旗]委|[省市县区州旗](人民)?政府|办公厅|办公室|[省市县区州旗]人大|管委会|[局厅])[^，。；\n]{0,12}$/;
const LOCAL_TITLE = /^[\u4e00-\u9fff]{1,6}?(省|自治区|市|县|区|州|旗)(?!场|民|县|级|域)/;
/** A central issuer right before a title (中共中央、国务院印发了《…》; 国务院办公厅日前印发《…》). */
const CENTRAL_BEFORE = /(中共中央|国务院|中办|国办|中央办公厅)[^，。；《》\n]{0,14}(印发|发布|出台|颁布|公布|制定)了?$/;
/** Endings of a document's title (规划, 意见, 决定, 方案 …). */
const DOCUMENT_END = /(规划|意见|决定|决议|建议|通知|方案|纲要|办法|规定|计划|指南|指引|意见稿)$/;
const MAX_TITLE = 60;

/**
 * Titles of central documents and agreements: 《…》 whose title starts with a central issuer
 * (中共中央 国务院关于…的意见, 国务院关于…的通知) or ends like an agreement or programme (…框架协议,
 * …的愿景和行动, …行动纲领); not a local document (after a local issuer in the clause, or starting
 * with a place), not a title of 4 characters or fewer (《求是》 is a journal), not a law (laws are
 * glossary entries or general knowledge).
 */
function titleCandidates(text: string, out: TermMatch[]): void {
  for (let i = text.indexOf('《'); i !== -1; i = text.indexOf('《', i + 1)) {
    const j = text.indexOf('》', i + 1);
    if (j < 0 || j - i - 1 > MAX_TITLE) continue;
    const title = text.slice(i + 1, j).replace(/[\s\u3000]+/g, '');
    // A decision amending a law (《国务院关于修改〈…条例〉的决定》, cited in a law's history) is none.
    if (title.length <= 6 || /[《\n〈<]/.test(text.slice(i + 1, j))) continue;
    if (/(法|条例|法典)(（[^）]*）)?$/.test(title)) continue;
    const before = text.slice(Math.max(0, i - 24), i);
    const issuedCentrally = CENTRAL_BEFORE.test(before);
    const central = CENTRAL_ISSUER.test(title) || (issuedCentrally && DOCUMENT_END.test(title));
    if (!central && !AGREEMENT_END.test(title)) continue;
    if (!central && LOCAL_TITLE.test(title)) continue;
    if (!issuedCentrally && LOCAL_BEFORE.test(before)) continue;
    out.push({ start: i, end: j + 1, text: text.slice(i, j + 1), term: text.slice(i, j + 1), category: CANDIDATE_CATEGORY, explained: false });
  }
}

/** The first index whose value is not below `at` (values sorted): binary search. */
function lowerBound(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the last masked quotation starting before `at` (starts sorted), or -1. */
function quoteEndBefore(starts: readonly number[], ends: readonly number[], at: number): number {
  const lo = lowerBound(starts, at);
  return lo === 0 ? -1 : ends[lo - 1];
}

/**
 * Whether a name that starts with a quotation [qs, qe) is one name with it: the quoted phrase has
 * fewer than two Han characters (“985”行动, “1+N”社会救助体系: a code names nothing alone), or a
 * specific word lies between the quotation and the head (“菜篮子”市长负责制, “红黄绿”三色管理制度).
 * Otherwise the head is generic after the quoted phrase (“放管服”改革, “揭榜挂帅”制度, “银发经济”培育行动,
 * “党建+项目化”治理模式): the quoted phrase alone is the candidate (quotedCandidates).
 */
function quoteLeadsName(text: string, qs: number, qe: number, end: number): boolean {
  let han = 0;
  for (let k = qs + 1; k < qe - 1; k++) if (isHan(text.charCodeAt(k))) han++;
  if (han < 2) return true;
  let middle = text.slice(qe, end);
  for (let h = HEAD_AT_END.exec(middle); h !== null && h[0].length < middle.length; h = HEAD_AT_END.exec(middle)) middle = middle.slice(0, -h[0].length);
  if (HEAD_AT_END.test(middle)) return false;
  middle = middle.replace(/(模式|品牌|理念|平台|工作法|基金)$/, '');
  // A numbered formula after the quotation (“…”三大工程) is the formula's: formulas.ts and localFormulas.ts.
  if (/^[一二两三四五六七八九十百0-9]+[大个项条类种批张]/.test(middle)) return false;
  return middle.length >= 2 && !isGenericPhrase(middle) && !DOMAIN_WORDS.has(middle);
}

/** Start of the first masked quotation in [start, end) (starts sorted), or -1. */
function firstQuoteIn(starts: readonly number[], start: number, end: number): number {
  const lo = lowerBound(starts, start);
  return lo < starts.length && starts[lo] < end ? starts[lo] : -1;
}

/** Whether a masked quotation starts before `start` and ends inside, or starts inside and ends after `end`. */
function cutsQuote(starts: readonly number[], ends: readonly number[], start: number, end: number): boolean {
  return quoteEndBefore(starts, ends, start) > start || quoteEndBefore(starts, ends, end) > end;
}

/**
 * Whether a name may contain what it overlaps: unexplained numbered formulas shorter than it
 * (扩大有效投资“千项万亿”工程 contains 千项万亿) and explained glossary matches that `maySwallow` allows.
 */
function nameMaySwallow(c: TermMatch, inside: readonly TermMatch[]): boolean {
  const formulas = inside.filter((m) => !m.explained);
  const explained = inside.filter((m) => m.explained);
  if (formulas.length > 0 && !containsFormulas(c, formulas)) return false;
  return explained.length === 0 || maySwallow(c, explained);
}

/**
 * Whether a quoted name ending with a head («中小企融资担保计划», “再就业津贴试行计划”) may contain the
 * glossary matches it overlaps: all lie inside it, none reaches into its head (the quoted name adds a
 * scheme to the glossary term: 融资担保 → 中小企融资担保计划), and the name has six characters or more.
 */
function quotedNameMaySwallow(text: string, c: TermMatch, inside: readonly TermMatch[]): boolean {
  const head = HEAD_AT_END.exec(c.text);
  if (head === null || c.text.length < 6) return false;
  const headStart = c.end - head[0].length;
  if (!inside.every((m) => m.start >= c.start && m.end <= headStart && (m.explained || m.end - m.start < c.end - c.start))) return false;
  // The name's own words besides the glossary terms and the head: specific (中小企; 人才支持), not
  // nothing (“碳达峰行动”) nor a generic word (“乡村振兴工作机制”).
  let own = '';
  let at = c.start;
  for (const m of inside) {
    own += text.slice(at, m.start);
    at = m.end;
  }
  own += text.slice(at, headStart);
  return own.length >= 2 && !isGenericPhrase(own) && !DOMAIN_WORDS.has(own);
}

/** Issuers inside a title: their explanation says nothing about the document. */
const ISSUER = /^(中共中央|党中央|国务院|中央|中办|国办|中共中央办公厅|国务院办公厅|全国人大|全国人民代表大会|中央军委|中華人民共和國|中华人民共和国|中共中央、国务院)$/;

/**
 * Whether a title may contain the matches it overlaps: all lie inside it, none is the title itself
 * (titles.ts explains it), and every explained one is an issuer. A title with a glossary term of its
 * own (…全面推进乡村振兴…的意见) keeps that explanation and is no candidate: an unexplained title
 * would hide what the reader can already read there.
 */
function titleMaySwallow(c: TermMatch, inside: readonly TermMatch[]): boolean {
  return inside.every((m) => m.start >= c.start && m.end <= c.end && m.end - m.start < c.end - c.start - 2 && (!m.explained || ISSUER.test(m.text)));
}

/**
 * Candidate terms of `text`, sorted by start and non-overlapping (a quoted phrase wins over a name it
 * overlaps). `taken`: the glossary's and the formulas' matches, sorted by start. A candidate overlaps
 * none of them, except a name that contains explained glossary matches whole (maySwallow): merge with
 * `withCandidates`, which drops the matches such a name contains.
 */
export function findCandidates(text: string, taken: readonly TermMatch[], segmenter?: Segmenter): TermMatch[] {
  const raw: TermMatch[] = [];
  quotedCandidates(text, raw);
  seriesCandidates(text, raw);
  stanceNames(text, raw);
  const roads: TermMatch[] = [];
  roadNames(text, roads);
  raw.push(...roads);
  const road = new Set(roads.map((c) => c.start * 65536 + c.end));
  const names: TermMatch[] = [];
  const { walk, quotes } = maskedQuotes(masked(text, taken), text);
  namedCandidates(walk, names, segmenter);
  afterQuoteNames(walk, quotes, names, segmenter);
  const quoteStarts = [...quotes.keys()];
  const quoteEnds = [...quotes.values()];
  for (const c of names) {
    const name = walk === text ? c : { ...c, text: text.slice(c.start, c.end), term: text.slice(c.start, c.end).replace(/\s+/g, '') };
    // A glossary term written in quotation marks at the start (“剑网”…) leaves the name without its
    // start, unless the whole quotation lies in the name (“985”行动).
    if (!/^[\u3400-\u9fffA-Za-z0-9]/.test(name.text) && !(quotes.has(c.start) && quotes.get(c.start)! < c.end)) continue;
    // A quotation cut by the name's start or end is no part of it.
    if (cutsQuote(quoteStarts, quoteEnds, c.start, c.end)) continue;
    if (quotes.has(c.start) && !quoteLeadsName(text, c.start, quotes.get(c.start)!, c.end)) continue;
    // A verb or a field word before the quotation (创新“院坝议事”工作法, 开放“…”…) is no modifier of the name:
    // the name starts at the quotation, or is none.
    const q = firstQuoteIn(quoteStarts, c.start, c.end);
    if (q > c.start) {
      const left = text.slice(c.start, q);
      if (DOMAIN_WORDS.has(left) || isGenericPhrase(left)) {
        if (!quoteLeadsName(text, q, quotes.get(q)!, c.end)) continue;
        raw.push({ ...name, start: q, text: text.slice(q, c.end), term: text.slice(q, c.end).replace(/\s+/g, '') });
        continue;
      }
    }
    raw.push(name);
  }
  const named = new Set(names.map((c) => c.start * 65536 + c.end));
  // Quoted names ending with a head («中小企融资担保计划», “菜篮子工程”): one name with the glossary terms inside.
  const quotedNames = new Set(raw.filter((c) => text[c.start - 1] in QUOTE_PAIRS && QUOTE_PAIRS[text[c.start - 1]] === text[c.end] && HEAD_AT_END.test(c.text)).map((c) => c.start * 65536 + c.end));
  const titles: TermMatch[] = [];
  titleCandidates(text, titles);
  raw.push(...titles);
  const titled = new Set(titles.map((c) => c.start * 65536 + c.end));
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TermMatch[] = [];
  let t = 0;
  let lastEnd = 0;
  for (const c of raw) {
    if (c.start < lastEnd) continue;
    while (t < taken.length && taken[t].end <= c.start) t++;
    const inside: TermMatch[] = [];
    for (let k = t; k < taken.length && taken[k].start < c.end; k++) inside.push(taken[k]);
    const key = c.start * 65536 + c.end;
    if (inside.length > 0 && !containsFormulas(c, inside) && !(named.has(key) && nameMaySwallow(c, inside)) && !(road.has(key) && roadMaySwallow(c, inside)) && !(titled.has(key) && titleMaySwallow(c, inside)) && !(quotedNames.has(key) && quotedNameMaySwallow(text, c, inside))) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}

/** `taken` and the candidates of `findCandidates` in one sorted list; a match inside a candidate name is dropped. */
export function withCandidates(taken: readonly TermMatch[], candidates: readonly TermMatch[]): TermMatch[] {
  const out: TermMatch[] = [];
  let c = 0;
  for (const m of taken) {
    while (c < candidates.length && candidates[c].end <= m.start) out.push(candidates[c++]);
    if (c < candidates.length && candidates[c].start <= m.start && candidates[c].end >= m.end) continue;
    out.push(m);
  }
  while (c < candidates.length) out.push(candidates[c++]);
  return out;
}

/** Sentence-ending characters; a blank line ends a sentence too (a single line break does not: PDF text). */
const SENTENCE_END = new Set([...'。！？；!?;']);

/**
 * The sentence around [start, end) of `text`, trimmed, at most `max` characters (cut around the
 * span): the example a quick fix offers with a candidate term for the user glossary.
 */
export function sentenceAround(text: string, start: number, end: number, max = 120): string {
  const blankLine = (i: number): boolean => text[i] === '\n' && (text[i - 1] === '\n' || text[i + 1] === '\n');
  let s = start;
  while (s > 0 && start - s < max && !SENTENCE_END.has(text[s - 1]) && !blankLine(s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < max && !SENTENCE_END.has(text[e]) && !blankLine(e)) e++;
  if (e < text.length && SENTENCE_END.has(text[e])) e++; // keep the sentence's own end mark
  let sentence = text.slice(s, e).replace(/\s*\n\s*/g, '').trim();
  if (sentence.length > max) {
    const at = Math.max(0, start - s - Math.floor((max - (end - start)) / 2));
    sentence = sentence.slice(at, at + max);
  }
  return sentence;
}

/** Unexplained terms touching [from, to] (a cursor touches a term it is inside or at the edge of); terms sorted by start. */
export function unexplainedAt(terms: readonly TermMatch[], from: number, to: number): TermMatch[] {
  // Binary search for the first term ending at or after `from`.
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid].end < from) lo = mid + 1;
    else hi = mid;
  }
  const out: TermMatch[] = [];
  for (let i = lo; i < terms.length && terms[i].start <= to; i++) if (!terms[i].explained) out.push(terms[i]);
  return out;
}
