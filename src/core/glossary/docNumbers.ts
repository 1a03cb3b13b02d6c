/**
 * Document numbers (发文字号, 文号: 国发〔2023〕16号, 国办发〔2019〕5号, 沪府规〔2024〕3号), found by rule
 * with a generated explanation (`via: 'rule'`, `note`), like the numbered meetings (meetings.ts).
 * A 文号 is the issuing body's code (发文机关代字), the year in brackets and the serial number of the
 * year. It is taken only when its code can be read:
 * - a code of the centre or a ministry from a table (国发 国务院, 国办发 国务院办公厅, 中发 中共中央,
 *   中办发 中共中央办公厅, 厅字 中办国办联合, 人社部发 …), or a ministry's 部 + 发/函/规;
 * - a provincial code: the province's one-character name + 政/府 (people's government) + 办 (its
 *   general office) + the kind (发 document, 函 letter, 规 normative document, 电 telegram):
 *   鲁政发 山东省人民政府, 浙政办发 浙江省人民政府办公厅, 川办发 四川省人民政府办公厅, 沪府规 上海市人民政府
 *   (规范性文件), 鲁发 中共山东省委;
 * - a lower government's code of the same shape (金政办发) is read as “a city or county government's
 *   office”, without guessing which city.
 * Anything else in brackets with a year (a journal issue, 〔2023〕 alone) is none. Runs on the
 * simplified reading of the text; linear (one scan for the year brackets).
 */
import type { TermMatch } from '../types';

export const DOC_NUMBER_CATEGORY = '文号';

/** Central and ministerial codes (longest first when one is the end of another). */
const CODES: Record<string, string> = {
  国发: '国务院',
  国办发: '国务院办公厅',
  国函: '国务院（函）',
  国办函: '国务院办公厅（函）',
  国发明电: '国务院（明电）',
  国办发明电: '国务院办公厅（明电）',
  国办秘函: '国务院办公厅秘书局（函）',
  中发: '中共中央（多与国务院联合印发）',
  中办发: '中共中央办公厅（多与国务院办公厅联合印发）',
  厅字: '中共中央办公厅、国务院办公厅（联合发文）',
  中纪发: '中央纪委',
  国资发: '国务院国资委',
  国卫办: '国家卫生健康委办公厅',
  国卫: '国家卫生健康委',
  发改: '国家发展改革委',
  财预: '财政部（预算）',
  财税: '财政部（税收）',
  财金: '财政部（金融）',
  财农: '财政部（农业农村）',
  财社: '财政部（社会保障）',
  财建: '财政部（经济建设）',
  财教: '财政部（科教）',
  财办: '财政部办公厅',
  人社部发: '人力资源社会保障部',
  人社厅发: '人力资源社会保障部办公厅',
  工信部: '工业和信息化部',
  银保监发: '中国银保监会',
  证监发: '中国证监会',
  民发: '民政部',
};

/** Provinces (and autonomous regions, municipalities) by the one-character name of their codes. */
const PROVINCES: Record<string, string> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省',
  吉: '吉林省', 黑: '黑龙江省', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省', 鲁: '山东省',
  豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省', 川: '四川省', 蜀: '四川省',
  贵: '贵州省', 黔: '贵州省', 云: '云南省', 滇: '云南省', 藏: '西藏自治区', 陕: '陕西省', 甘: '甘肃省', 青: '青海省',
  宁: '宁夏回族自治区', 新: '新疆维吾尔自治区',
};

const KINDS: Record<string, string> = { 发: '', 函: '（函）', 规: '（规范性文件）', 电: '（电报）', 字: '' };

/** Province or lower-level code: X + 政/府 + 办? + kind, or X + 办 + kind, or X + 发 (the Party committee). */
const LOCAL = /^(.)(政|府)?(办)?([发函规电字])$/;

/** Function words and verbs that end a sentence before a bracket, never a body's code (的政发, 据办发). */
const NOT_A_CODE = new Set([...'的了和与及在为是据按照见以由对向从将把被等即或并于']);

/** The issuing body of a code, or null when the code cannot be read. */
export function issuerOf(code: string): string | null {
  if (CODES[code]) return CODES[code];
  const ministry = /^(.{1,4}部)(?:办)?[发函规]$/.exec(code);
  if (ministry) return ministry[1];
  const m = LOCAL.exec(code);
  if (!m) return null;
  const [, x, gov, office, kind] = m;
  if (NOT_A_CODE.has(x)) return null;
  const province = PROVINCES[x];
  const kindNote = KINDS[kind];
  if (!gov && !office) return province && kind === '发' ? `中共${province.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '')}${province.endsWith('市') ? '市委' : '省委'}`.replace(/(内蒙古|广西|宁夏|新疆|西藏)省委$/, '$1自治区党委') : null;
  if (!gov && office) return province ? `${province}人民政府办公厅${kindNote}` : null;
  const body = `人民政府${office ? (province ? '办公厅' : '办公室') : ''}${kindNote}`;
  return province ? `${province}${body}` : `某市（州、县）${body}（代字“${x}”）`;
}

const YEAR_BRACKET = /[〔［\[【（(]\s*((?:19|20)\d\d)\s*[〕］\]】）)]\s*第?\s*(\d{1,4})\s*号/g;
const HAN = /[\u4e00-\u9fff]/;
/** Longest code read (国办发明电). */
const MAX_CODE = 6;

/** Document numbers of `text` (its simplified reading), sorted, as explained terms with a generated note (category 文号). */
export function findDocNumbers(text: string): TermMatch[] {
  const out: TermMatch[] = [];
  YEAR_BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_BRACKET.exec(text)) !== null) {
    const at = m.index;
    // The code: the longest readable run of Han characters (at most six) right before the bracket.
    let runStart = at;
    while (runStart > 0 && at - runStart < MAX_CODE && HAN.test(text[runStart - 1])) runStart--;
    let start = -1;
    let issuer: string | null = null;
    for (let s = runStart; s <= at - 2 && issuer === null; s++) {
      issuer = issuerOf(text.slice(s, at));
      if (issuer !== null) start = s;
    }
    if (issuer === null) continue;
    const code = text.slice(start, at);
    const end = at + m[0].length;
    const year = m[1];
    const serial = String(Number(m[2]));
    const note = `发文字号（文号）：“${code}”是${issuer}的发文代字，〔${year}〕为发文年份${year}年，${serial}号为该机关当年这类文件的顺序号。`;
    out.push({ start, end, text: text.slice(start, end), term: `${code}〔${year}〕${serial}号`, category: DOC_NUMBER_CATEGORY, explained: true, via: 'rule', note });
  }
  return out;
}
