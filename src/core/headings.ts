/**
 * Heading (outline) detector: `detectHeadings(text)` finds numbered headings and the unnumbered
 * title lines of newspaper pages, with a level for the outline. One pass over the lines.
 *
 * Numbered headings (the marker starts the line, after indentation):
 *   一、 → 1    （一） → 2    1. / 1、 / 1． → 3    （1） → 4
 *   第一编 / 第一部分, 第一章, 第一节, 第一条: ranked in that order among the kinds the document
 *   actually uses, from 1 (章+节+条 → 1, 2, 3; 章+条 → 1, 2; only 条 → 1). When a document has
 *   编/章/节, the 一、…（1） levels are pushed below them (by the number of those kinds used).
 * Span: the line without indentation and line break, when the line is short (≤ 50 characters) and
 * holds no sentence punctuation except a final 。 or ：. Otherwise the heading runs into the body
 * on the same line (（一）创新宏观调控，保持经济运行在合理区间。面对…, bold in print): the span
 * ends with the first 。！？ (included) or ：(excluded) if that is at most 40 characters from the
 * marker; else it is not a heading. A first clause ending with ； is a list item, not a heading.
 * 第…条 with a long body: the span is the marker (第十条) alone. 第二十条的规定 / 第五条第二款 at a
 * line start is a reference in a hard-wrapped sentence, not a marker. A numbered line right after a
 * list item of the same kind is the list's last item (（一）…；（二）…；（三）其他情形。): not a heading.
 * Table-of-contents lines (一、总体要求……………1) are not headings.
 *
 * Title lines (unnumbered, newspaper pages): a line of 2–30 characters with at least two Han
 * characters and no sentence punctuation (。！？；：), standing alone between blank lines (or at
 * the start/end of the document), after a paragraph that ended its sentence (so a fragment of a
 * sentence broken by layout is not taken for a title), and not a byline (a person's name, 职务 +
 * name, an organisation like …研究中心 / …大学, 作者/记者 lines), a date or a parenthesised note
 * (（执笔：…）), a news dateline (新华社北京3月5日电), a document number (国发〔2022〕14号), a web
 * source line (《人民日报》（…第 09 版）), a photo credit (…　摄), a —— subtitle (part of the title,
 * not an outline entry), and not the issuing body above a date at the foot (国务院 / 2022年6月6日).
 * Level 1 for titles in the document's head (before the first body paragraph; these may be up to
 * 50 characters without a comma, a congress report's title is 35), for a title followed by a
 * byline or a document number (an article title; a —— subtitle in between is skipped) and for the
 * title of an attachment (after 附件); level 2 otherwise (section titles inside an article);
 * 核心阅读 / 编者按 … are level 2.
 * Structural labels standing alone on a line (前言, 结束语, 结语, 附件, 附件2, 附录 …, spaces inside
 * allowed: 结 束 语) are level 1 with or without blank lines around; 附件2：分工表 is not (it may be
 * the attachment list of a cover page). Unnumbered run-in headings (坚持党的全面领导。充分发挥…) are not reported: in plain text
 * they cannot be told from an ordinary short first sentence.
 */
import type { Heading } from './types';
import { simplifiedView } from './simplifiedView';
import { countHan, endsSentence, lineSpans, skipSpaceBackward, skipSpaceForward, type LineSpan } from './text';

const CN_DIGITS = '一二三四五六七八九十百零〇两';
const WHOLE_LINE_MAX = 50;
const RUN_IN_MAX = 40;
const TITLE_MIN = 2;
const TITLE_MAX = 30;
/** Titles in the document's head may be longer (a congress report's title is 35 characters). */
const HEAD_TITLE_MAX = 50;

type Kind = 'bian' | 'zhang' | 'jie' | 'tiao' | 'cn' | 'cnParen' | 'num' | 'numParen';

const CHAPTER_KINDS: readonly Kind[] = ['bian', 'zhang', 'jie', 'tiao'];
const LIST_LEVEL: Partial<Record<Kind, number>> = { cn: 1, cnParen: 2, num: 3, numParen: 4 };

// Not a reference inside a sentence broken by layout (第二十条的规定, 第三章规定的, 第五条第二款).
const CHAPTER_MARKER = new RegExp(`^第[${CN_DIGITS}\\d]{1,6}(编|部分|章|节|条)(?!规定|的|之|第|所|、|至|和|或)`);
const CN_MARKER = new RegExp(`^[${CN_DIGITS}]{1,4}、(?![${CN_DIGITS}])`);
const CN_PAREN_MARKER = new RegExp(`^[（(][${CN_DIGITS}]{1,4}[）)]`);
const NUM_MARKER = /^[0-9０-９]{1,2}(?:[.．、](?![0-9０-９])|\s*[.．](?=\s))/;
const NUM_PAREN_MARKER = /^[（(][0-9０-９]{1,2}[）)]/;

/** Labels of a newspaper page's lead box, always level 2. */
const LABELS = new Set(['核心阅读', '编者按', '阅读提示', '导读', '内容提要', '摘要', '编者的话', '延伸阅读', '相关链接']);

const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习栗赖洪阎冀蔺钮';
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '独孤', '南宫', '西门', '呼延'];
const ORG_SUFFIX =
  /(研究中心|研究院|研究所|研究会|研究基地|大学|学院|党校|行政学院|科学院|委员会|办公室|办公厅|编辑部|课题组|写作组|评论员|中心组|宣传部|组织部|研究室|智库)$/;

/** Trimmed line bounds, one entry per line (parallel arrays: no object per line on large texts). */
interface Lines {
  count: number;
  /** Trimmed start and end of each line; equal when the line is blank. */
  s: Int32Array;
  e: Int32Array;
}

interface Candidate {
  start: number;
  end: number;
  kind: Kind | 'title';
  level: number;
}

/** The lines, each trimmed of surrounding whitespace. */
function trimmedLines(text: string, spans: readonly LineSpan[]): Lines {
  const count = spans.length;
  const s = new Int32Array(count);
  const e = new Int32Array(count);
  for (let li = 0; li < count; li++) {
    const a = skipSpaceForward(text, spans[li].start, spans[li].end);
    s[li] = a;
    e[li] = skipSpaceBackward(text, a, spans[li].end);
  }
  return { count, s, e };
}

/** First characters a numbered-heading marker can start with (第, a Chinese numeral, a bracket, a digit). */
function canStartMarker(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19) || c === 0x7b2c /* 第 */ || c === 0xff08 || c === 40 || CN_DIGITS.includes(String.fromCharCode(c));
}

/** `spans`: the text's `lineSpans`, when the caller already has them. */
export function detectHeadings(text: string, spans: readonly LineSpan[] = lineSpans(text)): Heading[] {
  // Traditional characters (第一條, 第三節, 附錄) are read in a simplified view of the same length.
  const view = simplifiedView(text);
  const headings = detectIn(view, spans);
  if (view !== text) for (const h of headings) h.text = text.slice(h.start, h.end);
  return headings;
}

function detectIn(text: string, spans: readonly LineSpan[]): Heading[] {
  const lines = trimmedLines(text, spans);
  const { s: ls, e: le } = lines;
  const candidates: Candidate[] = [];
  const chapterKindsUsed = new Set<Kind>();
  let prevNonBlank = -1;

  // Whether a body paragraph has been seen: titles before the first one belong to the document's
  // head (a kicker, the title, a subtitle, a byline) and are level 1.
  let bodySeen = false;
  // Kind of the list item (first clause ending with ；) on the previous non-blank line, or null.
  let listKind: Kind | null = null;

  for (let li = 0; li < lines.count; li++) {
    const s = ls[li];
    const e = le[li];
    if (s === e) continue;
    const numbered = canStartMarker(text.charCodeAt(s)) ? numberedHeading(text, s, e) : null;
    const itemKind = listKind;
    listKind = null;
    if (numbered !== null && (numbered.listItem || numbered.kind === itemKind)) {
      // A list item, or the last item of a list whose items end with ；（三）其他情形。: not a heading.
      if (numbered.listItem) listKind = numbered.kind;
      bodySeen = true;
    } else if (numbered !== null) {
      candidates.push({ start: numbered.start, end: numbered.end, kind: numbered.kind, level: 0 });
      if (CHAPTER_KINDS.includes(numbered.kind)) chapterKindsUsed.add(numbered.kind);
    } else if (e - s <= LABEL_MAX && isStructuralLabel(text, s, e) && (prevNonBlank < 0 || previousParagraphEnded(text, ls[prevNonBlank], le[prevNonBlank]))) {
      candidates.push({ start: s, end: e, kind: 'title', level: 1 });
    } else if (isTitleLine(text, lines, li, prevNonBlank, bodySeen)) {
      candidates.push({ start: s, end: e, kind: 'title', level: titleLevel(text, lines, li, prevNonBlank, bodySeen) });
    } else {
      if (!bodySeen) bodySeen = e - s > HEAD_TITLE_MAX || !isFurniture(text.slice(s, e));
      const glued = gluedHeading(text, s, e);
      if (glued) candidates.push(glued);
    }
    prevNonBlank = li;
  }

  const chapterRank = new Map<Kind, number>();
  CHAPTER_KINDS.filter((k) => chapterKindsUsed.has(k)).forEach((k, i) => chapterRank.set(k, i + 1));
  const listOffset = ['bian', 'zhang', 'jie'].filter((k) => chapterKindsUsed.has(k as Kind)).length;

  return candidates.map((c) => {
    let level = c.level;
    if (c.kind !== 'title') level = chapterRank.get(c.kind) ?? (LIST_LEVEL[c.kind] ?? 1) + listOffset;
    return { start: c.start, end: c.end, text: text.slice(c.start, c.end), level };
  });
}

/** Longest heading text taken from the end of a body line (see gluedHeading). */
const GLUED_MAX = 30;
const GLUED_FORBIDDEN = new Set([...'，,；;：:。！？!?、“”「」《》'].map((c) => c.charCodeAt(0)));
/** While looking for the sentence end: 、 may belong to the 一、 marker, so it is checked later. */
const GLUED_SCAN_FORBIDDEN = new Set([...GLUED_FORBIDDEN].filter((c) => c !== 0x3001 /* 、 */));
const SENTENCE_END_CODES = new Set([0x3002 /* 。 */, 0xff01 /* ！ */, 0xff1f /* ？ */]);

/**
 * PDF extraction sometimes runs a heading onto the end of the previous paragraph:
 * "…融资规模581.34亿元。四、数字政务协同服务效能大幅提升". A 一、 or （一） marker right after the
 * line's last sentence end, followed by a short title without punctuation up to the line end, is
 * taken as that heading. Only these two markers: 1. and (1) are too common inside sentences.
 * Runs on every body line, so it looks at character codes only until a candidate appears.
 */
function gluedHeading(text: string, s: number, e: number): Candidate | null {
  if (e - s < 8 || SENTENCE_END_CODES.has(text.charCodeAt(e - 1))) return null;
  const limit = Math.max(s, e - GLUED_MAX - 8);
  let p = e - 1;
  while (p > limit && !SENTENCE_END_CODES.has(text.charCodeAt(p))) {
    // Punctuation after the last sentence end would be inside the heading: not one.
    if (GLUED_SCAN_FORBIDDEN.has(text.charCodeAt(p))) return null;
    p--;
  }
  if (p <= limit || p >= e - 4) return null;
  const start = p + 1;
  const first = text.charCodeAt(start);
  if (first !== 0xff08 && first !== 40 && !CN_DIGITS.includes(text[start])) return null;
  const head = text.slice(start, Math.min(e, start + 8));
  const m = CN_MARKER.exec(head) ?? CN_PAREN_MARKER.exec(head);
  if (!m) return null;
  const bodyStart = start + m[0].length;
  if (e - bodyStart < 4 || e - bodyStart > GLUED_MAX) return null;
  for (let i = bodyStart; i < e; i++) if (GLUED_FORBIDDEN.has(text.charCodeAt(i))) return null;
  return { start, end: e, kind: first === 0xff08 || first === 40 ? 'cnParen' : 'cn', level: 0 };
}

interface Numbered {
  start: number;
  end: number;
  kind: Kind;
  /** The line is a list item (its first clause ends with ；), not a heading. */
  listItem: boolean;
}

/** A table-of-contents line: 一、总体要求……………1 / （一）指导思想·········2. */
const TOC_LEADER = /(?:…{2,}|[.·．\-—_]{4,})\s*[0-9０-９]{1,4}$/;

/**
 * The numbered heading starting at `s` (the trimmed line start), with its span; a list item
 * (`listItem`); or null when the line has no marker or is not a heading for another reason.
 */
function numberedHeading(text: string, s: number, e: number): Numbered | null {
  const last = text.charCodeAt(e - 1);
  if (((last >= 48 && last <= 57) || (last >= 0xff10 && last <= 0xff19)) && TOC_LEADER.test(text.slice(Math.max(s, e - 16), e))) return null;
  const head = text.slice(s, Math.min(e, s + 12));
  let kind: Kind | null = null;
  let markerLen = 0;
  let m: RegExpExecArray | null;
  if ((m = CHAPTER_MARKER.exec(head)) !== null) {
    kind = m[1] === '章' ? 'zhang' : m[1] === '节' ? 'jie' : m[1] === '条' ? 'tiao' : 'bian';
    markerLen = m[0].length;
  } else if ((m = CN_MARKER.exec(head)) !== null) {
    kind = 'cn';
    markerLen = m[0].length;
  } else if ((m = CN_PAREN_MARKER.exec(head)) !== null) {
    kind = 'cnParen';
    markerLen = m[0].length;
  } else if ((m = NUM_MARKER.exec(head)) !== null) {
    kind = 'num';
    markerLen = m[0].length;
  } else if ((m = NUM_PAREN_MARKER.exec(head)) !== null) {
    kind = 'numParen';
    markerLen = m[0].length;
  }
  if (kind === null) return null;

  const bodyStart = s + markerLen;
  // The words after the marker, up to the first sentence punctuation (bounded: headings are short).
  const scanEnd = Math.min(e, bodyStart + Math.max(WHOLE_LINE_MAX, RUN_IN_MAX) + 1);
  let stop = -1;
  for (let i = bodyStart; i < scanEnd; i++) {
    if ('。！？；：!?;:'.includes(text[i])) {
      stop = i;
      break;
    }
  }
  const lineLen = e - s;
  const wholeLine =
    lineLen <= WHOLE_LINE_MAX && (stop < 0 || (stop === e - 1 && (text[stop] === '。' || text[stop] === '：' || text[stop] === ':')));
  if (wholeLine) {
    if (kind === 'tiao' || countHan(text, bodyStart, e) >= 1) return { start: s, end: e, kind, listItem: false };
    return null;
  }
  if (kind === 'tiao') return { start: s, end: bodyStart, kind, listItem: false };
  if (stop >= 0 && ';；'.includes(text[stop])) return { start: s, end: s, kind, listItem: true };
  if (stop < 0) return null;
  const end = '：:'.includes(text[stop]) ? stop : stop + 1;
  if (end - s > RUN_IN_MAX || countHan(text, bodyStart, end) < 2) return null;
  return { start: s, end, kind, listItem: false };
}

const blankLine = (lines: Lines, li: number): boolean => lines.s[li] === lines.e[li];

function isTitleLine(text: string, lines: Lines, li: number, prevNonBlank: number, bodySeen: boolean): boolean {
  const len = lines.e[li] - lines.s[li];
  if (len < TITLE_MIN || len > (bodySeen ? TITLE_MAX : HEAD_TITLE_MAX)) return false;
  if (li > 0 && !blankLine(lines, li - 1)) return false;
  if (li + 1 < lines.count && !blankLine(lines, li + 1)) return false;
  const t = text.slice(lines.s[li], lines.e[li]);
  if (/[。！？；：!?;:]/.test(t) || /[，、,]$/.test(t)) return false;
  // Only a head title may be longer than TITLE_MAX, and then it holds no comma (else it is the
  // first line of a paragraph broken by layout).
  if (len > TITLE_MAX && /[，,]/.test(t)) return false;
  if (/^[（(【〔\[—\-–·•*#>]/.test(t)) return false;
  if (countHan(t) < 2) return false;
  if (isFurniture(t)) return false;
  if (prevNonBlank >= 0 && !previousParagraphEnded(text, lines.s[prevNonBlank], lines.e[prevNonBlank])) return false;
  // A short line right above a date is the issuing body's signature (国务院 / 2022年6月6日), not a title.
  const next = nextNonBlank(lines, li);
  if (next >= 0 && isDateLine(text.slice(lines.s[next], lines.e[next]))) return false;
  return true;
}

function nextNonBlank(lines: Lines, li: number): number {
  for (let k = li + 1; k < lines.count; k++) if (!blankLine(lines, k)) return k;
  return -1;
}

/**
 * Lines of a document's head and foot that are never headings: dates, bylines, datelines
 * (新华社北京3月5日电), document numbers (国发〔2022〕14号), source lines (《人民日报》（…第 09 版）),
 * parenthesised notes, subtitles opening with ——.
 */
function isFurniture(t: string): boolean {
  if (/^[（(].*[）)]$/.test(t) || /^(——|--|—)/.test(t)) return true;
  return isDateLine(t) || isByline(t) || DATELINE.test(t) || DOCUMENT_NUMBER.test(t) || SOURCE_LINE.test(t);
}

/** 新华社北京12月12日电 / 本报北京3月5日电（记者王某）: the dateline of a news report. */
const DATELINE = /[0-9０-９一二三四五六七八九十]日电(?:$|[\s（(])/;
/** 国发〔2022〕14号 / 国办发[2023]5号. */
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,10}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*(第\s*)?\d{1,4}\s*号$/;
/** 《 人民日报 》（ 2024年03月08日 第 09 版）. */
const SOURCE_LINE = /第\s*[0-9０-９]{1,3}\s*版/;

/** Standalone section labels of reports and documents (结束语, 附件, 附件2 …), always level 1. */
const STRUCTURAL_LABELS = new Set(['前言', '引言', '序言', '导言', '结束语', '结语', '后记', '附件', '附录', '附则', '总则']);
const LABEL_MAX = 10;

function isStructuralLabel(text: string, s: number, e: number): boolean {
  const t = text.slice(s, e).replace(/[\s\u3000]+/g, '');
  return STRUCTURAL_LABELS.has(t) || /^附件[0-9０-９一二三四五六七八九十]{1,2}$/.test(t);
}

/**
 * The paragraph before a title must be complete: a sentence end, a short line without commas
 * (another title, a byline) or a （note）.
 */
function previousParagraphEnded(text: string, s: number, e: number): boolean {
  if (e - s <= TITLE_MAX && !/[，、,]/.test(text.slice(s, e))) return true;
  if (/^[（(]/.test(text[s]) && /[）)]/.test(text[e - 1])) return true;
  return endsSentence(text, s, e);
}

/**
 * Level 1: a title in the document's head (no body paragraph before it), the title of an
 * attachment (right after 附件), or a title followed by a byline or document number (skipping a
 * —— subtitle): an article title. Level 2 otherwise: a section title inside an article.
 */
function titleLevel(text: string, lines: Lines, li: number, prevNonBlank: number, bodySeen: boolean): number {
  const t = text.slice(lines.s[li], lines.e[li]);
  if (LABELS.has(t)) return 2;
  if (!bodySeen) return 1;
  if (prevNonBlank >= 0 && lines.e[prevNonBlank] - lines.s[prevNonBlank] <= LABEL_MAX) {
    if (isStructuralLabel(text, lines.s[prevNonBlank], lines.e[prevNonBlank]) && text.startsWith('附', lines.s[prevNonBlank])) return 1;
  }
  let k = nextNonBlank(lines, li);
  for (let subtitles = 0; k >= 0 && subtitles < 2 && text.startsWith('——', lines.s[k]); subtitles++) k = nextNonBlank(lines, k);
  if (k < 0) return 2;
  const next = text.slice(lines.s[k], Math.min(lines.e[k], lines.s[k] + TITLE_MAX + 10));
  return isByline(next) || DOCUMENT_NUMBER.test(next) ? 1 : 2;
}

/** 2022年6月6日 / 二〇二二年六月六日 / 2024年03月08日　星期五. */
function isDateLine(t: string): boolean {
  return /^(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*((\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?(\s*(星期|周)[一二三四五六日天])?$/.test(t);
}

/** A person's name (2–3 characters with a common surname, 3–4 with a compound one). */
export function isPersonName(t: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(t)) return false;
  if (COMPOUND_SURNAMES.some((c) => t.startsWith(c))) return t.length >= 3;
  return t.length <= 3 && SINGLE_SURNAMES.includes(t[0]);
}

/** Author and organisation lines under a title: 蒋金法 / 国务院总理　李克强 / …研究中心 / 本报记者 … */
export function isByline(t: string): boolean {
  if (isPersonName(t)) return true;
  // Photo credit: 新华社记者　李学仁　摄.
  if (t.length > 3 && t.endsWith('摄')) return isByline(t.slice(0, -1).trim());
  if (/^(作者|执笔|记者|本报|文\s*[／/|]|撰文|口述|整理)/.test(t)) return true;
  if (ORG_SUFFIX.test(t)) return true;
  const parts = t.split(/[\s\u3000]+/).filter((p) => p.length > 0);
  if (parts.length >= 2) {
    // 职务 + name, or several names.
    const last = parts[parts.length - 1];
    if (isPersonName(last) && parts.slice(0, -1).join('').length <= 20) return true;
    if (parts.every(isPersonName)) return true;
  }
  return false;
}
