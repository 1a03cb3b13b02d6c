/**
 * Document variables read from a policy document's own text: title, issuing body (发文机关),
 * document number (文号), document type (文种), date of writing (成文日期), publication date
 * (发布日期, from a gov.cn metadata block) and administrative level. A field the text does not give
 * is null: nothing is guessed from outside the text. Users' own values override these (stored in
 * the sidecar); this module only extracts. Pure: no `vscode`.
 */
import { lineSpans, trimRange } from '../text';
import { parseNumeral } from '../numerals';

export type AdminLevel = 'central' | 'provincial' | 'municipal' | 'county' | 'sar';

export interface DocumentMeta {
  title: string | null;
  issuer: string | null;
  docNumber: string | null;
  docType: string | null;
  /** 成文日期, ISO yyyy-mm-dd. */
  date: string | null;
  /** 发布日期, ISO yyyy-mm-dd, where the text gives one (gov.cn metadata block). */
  published: string | null;
  level: AdminLevel | null;
  /** The gov.cn metadata block's other fields (索引号, 主题分类, 主题词), when present. */
  extra: Record<string, string>;
}

export const META_FIELDS = ['title', 'issuer', 'docNumber', 'docType', 'date', 'published', 'level'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** 文种, longest first so that 指导意见 wins over 意见. */
const DOC_TYPES = ['实施意见', '指导意见', '若干意见', '实施方案', '工作方案', '行动方案', '实施细则', '管理办法', '暂行办法', '实施办法', '若干规定', '规划纲要', '工作规则', '通知', '意见', '方案', '办法', '规定', '决定', '报告', '批复', '条例', '通报', '规划', '纲要', '细则', '规则', '公告', '通告', '决议', '批示', '命令', '函', '令'];
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d{1,4}\s*[号號]/;
const ORDER_NUMBER = /^第\s*(\d{1,4})\s*[号號]$/;
const SAR_NUMBER = /第\s*\d{1,4}\/\d{4}\s*號[\u4e00-\u9fff]{2,12}/;
const DATE_ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const DATE_CHINESE = /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$/;
const METADATA_LABELS: Record<string, string> = { 索引号: 'index', 主题分类: 'topic', 发文机关: 'issuer', 成文日期: 'date', 标题: 'title', 发文字号: 'docNumber', 发布日期: 'published', 主题词: 'keywords' };
const HEAD_LINES = 25;

const pad = (n: number): string => String(n).padStart(2, '0');

/** 2018年12月29日 / 二〇〇四年六月二十六日 / 2019年01月21日 → ISO; null when not a date. */
export function parseChineseDate(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  let m = DATE_ARABIC.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DATE_CHINESE.exec(t);
  if (m) {
    const year = Number([...m[1]].map((c) => '〇○零一二三四五六七八九'.indexOf(c)).map((i) => (i <= 2 ? 0 : i - 2)).join(''));
    const month = parseNumeral(m[2]);
    const day = parseNumeral(m[3]);
    if (month !== null && day !== null) return validDate(year, month, day);
  }
  return null;
}

function validDate(y: number, mo: number, d: number): string | null {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The gov.cn metadata block at the top (索 引 号：…\t主题分类：…), label-normalised. */
function metadataBlock(lines: string[]): { fields: Record<string, string>; end: number } {
  const fields: Record<string, string> = {};
  let end = 0;
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const cells = lines[i].split('\t');
    let found = false;
    for (let k = 0; k < cells.length; k++) {
      const m = /^([^：:]{2,8})[：:]\s*(.*)$/.exec(cells[k].trim());
      if (!m) continue;
      const key = METADATA_LABELS[m[1].replace(/[\s\u3000]/g, '')];
      if (!key) continue;
      found = true;
      let value = m[2].trim();
      if (value === '' && k + 1 < cells.length && !/[：:]/.test(cells[k + 1])) value = cells[++k].trim();
      fields[key] = value.replace(/\\$/, '').trim();
    }
    if (found) end = i + 1;
    else if (end > 0) break;
  }
  return { fields, end };
}

function docTypeOf(title: string): string | null {
  const core = title.replace(/[（(][^）)]*[）)]$/, '');
  for (const t of DOC_TYPES) if (core.endsWith(t)) return t;
  return null;
}

function issuerFromTitle(title: string): string | null {
  const m = /^(.{2,40}?)(?:关于|關於)/.exec(title);
  return m && !/[《“]/.test(m[1]) ? m[1] : null;
}

/** Administrative level from an issuer's name (or a document number's issuer code). */
export function levelOf(issuer: string | null, docNumber: string | null): AdminLevel | null {
  const s = (issuer ?? '').split('、')[0];
  if (/特別行政區|特别行政区|行政長官|行政长官/.test(s) || /號行政長官/.test(docNumber ?? '')) return 'sar';
  if (/^(中共中央|中央|国务院|國務院|全国人民代表大会|全国人大|国家|中华人民共和国)/.test(s)) return 'central';
  const local = s.replace(/^(北京|上海|天津|重庆)市/, '').replace(/(人民政府|政府|委员会|办公室|办公厅).*$/, '');
  if (local !== s.replace(/(人民政府|政府|委员会|办公室|办公厅).*$/, '') || /(省|自治区)/.test(s)) {
    return /[区县旗]$/.test(local) && !/自治区$/.test(local) ? 'county' : 'provincial';
  }
  if (/[区县旗]$/.test(local) && !/自治区$/.test(local)) return 'county';
  if (/市/.test(local)) return 'municipal';
  if (s && /(部|委|总局|局|署|银行)$/.test(s)) return 'central';
  if (docNumber) {
    if (/^国/.test(docNumber)) return 'central';
    if (/^(沪|京|津|渝)[\u4e00-\u9fff]府/.test(docNumber)) return 'county';
    if (/^(沪|京|津|渝|冀|晋|辽|吉|黑|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|琼|川|贵|黔|云|滇|陕|甘|青|蒙|桂|藏|宁|新)/.test(docNumber)) return 'provincial';
  }
  return null;
}

/** Title: the first lines of the body (up to three, joined) that end with a 文种 or hold 关于. */
function findTitle(lines: string[], from: number): { title: string | null; next: number } {
  for (let i = from; i < Math.min(lines.length, from + 12); i++) {
    let t = lines[i];
    if (t === '' || /^中华人民共和国[\u4e00-\u9fff]{0,8}令$/.test(t) || ORDER_NUMBER.test(t)) continue;
    let j = i;
    while (j + 1 < lines.length && j - i < 2 && !docTypeOf(t) && lines[j + 1] !== '' && lines[j + 1].length <= 40 && !DOC_NUMBER.test(lines[j + 1]) && !/[：:。]$/.test(lines[j + 1]) && !/[。，]/.test(t)) {
      t += lines[++j];
    }
    if (/[。；]/.test(t) || t.length > 120) return { title: null, next: i };
    if (docTypeOf(t) || /关于|關於/.test(t)) return { title: t.replace(/\s+/g, (m) => (/^[\u3000 ]+$/.test(m) && /[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/.test(t) ? '' : m)), next: j + 1 };
  }
  return { title: null, next: from };
}

/** The issuer above the date at the foot (国务院 / 2018年11月16日), or several joint ones. */
function signature(lines: string[]): { issuer: string | null; date: string | null } {
  let lastDate: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const date = parseChineseDate(lines[i]);
    if (!date) continue;
    lastDate ??= date;
    const names: string[] = [];
    for (let k = i - 1; k >= 0 && names.length < 6; k--) {
      const t = lines[k];
      if (t === '') continue;
      if (t.length > 30 || /[。；，：:]/.test(t) || !/(政府|院|厅|部|局|委员会|委|办公室|办|会|中心|银行|署|总局)$/.test(t.replace(/\s+/g, ''))) break;
      names.unshift(t.replace(/\s+/g, ''));
    }
    if (names.length > 0) return { issuer: names.join('、'), date };
  }
  return { issuer: null, date: lastDate };
}

/** Reads the document variables that the text itself gives. */
export function extractMeta(text: string): DocumentMeta {
  const lines = lineSpans(text).map((l) => {
    const [s, e] = trimRange(text, l.start, l.end);
    return text.slice(s, e);
  });
  const block = metadataBlock(lines);
  const head = lines.slice(0, HEAD_LINES);
  const order = orderHead(lines, block.end);
  const { title: bodyTitle } = findTitle(lines, order ? order.titleFrom : block.end);
  const title = bodyTitle ?? (block.fields.title || null);

  let docNumber: string | null = block.fields.docNumber || null;
  if (!docNumber) {
    for (let i = block.end; i < head.length; i++) {
      const t = head[i];
      const order = ORDER_NUMBER.exec(t);
      if (order && i > 0 && /令$/.test(head[i - 1])) {
        docNumber = `${head[i - 1].startsWith('中华人民共和国国务院') ? '国令' : head[i - 1].replace(/^中华人民共和国/, '')}第${order[1]}号`;
        break;
      }
      const sar = SAR_NUMBER.exec(t);
      if (sar && i < 10) {
        docNumber = sar[0].replace(/\s+/g, '');
        break;
      }
      const m = DOC_NUMBER.exec(t);
      // A 文号 line stands alone (a citation inside a sentence is another document's number).
      if (m && t.replace(/\s+/g, '').length <= m[0].replace(/\s+/g, '').length + 2) {
        docNumber = m[0].replace(/\s+/g, '');
        break;
      }
    }
  }

  // A government rule's publication note under its title: （2004年6月9日上海市人民政府令第25号发布，…）
  const note = head.map((l) => /^[（(](\d{4}年\d{1,2}月\d{1,2}日)([\u4e00-\u9fff]{2,20}?)令第(\d{1,4})号(?:公布|发布)/.exec(l)).find((m) => m !== null) ?? null;
  if (!docNumber && note && !order) docNumber = `${note[2]}令第${note[3]}号`;
  const sig = signature(lines);
  const headSig = signature(head);
  const sarIssuer = docNumber && /號行政長官/.test(docNumber) ? `${head.slice(0, 3).join('').replace(/\s+/g, '').replace(/行政長官辦公室.*$/, '')}行政長官` : null;
  const noteIssuer = note && !order ? note[2].replace(/^中华人民共和国/, '') : null;
  const issuer = block.fields.issuer || order?.issuer || sarIssuer || noteIssuer || (title ? issuerFromTitle(title) : null) || sig.issuer || headSig.issuer;
  const date = (block.fields.date && parseChineseDate(block.fields.date)) || (note && !order ? parseChineseDate(note[1]) : null) || sig.date || headSig.date || firstDateLine(head);
  const published = (block.fields.published && parseChineseDate(block.fields.published)) || null;
  const extra: Record<string, string> = {};
  for (const k of ['index', 'topic', 'keywords']) if (block.fields[k]) extra[k] = block.fields[k];
  return {
    title,
    issuer,
    docNumber,
    docType: title ? docTypeOf(title) : null,
    date,
    published,
    level: levelOf(issuer, docNumber),
    extra,
  };
}

/** A State Council order's head (中华人民共和国国务院令 / 第706号 / … / 总理 李克强 / date): the title follows its date. */
function orderHead(lines: string[], from: number): { issuer: string; titleFrom: number } | null {
  const i = lines.findIndex((l, k) => k >= from && k < from + 4 && /^中华人民共和国[\u4e00-\u9fff]{1,12}令$/.test(l.replace(/\s+/g, '')));
  if (i < 0) return null;
  const issuer = lines[i].replace(/\s+/g, '').replace(/^中华人民共和国/, '').replace(/令$/, '');
  for (let k = i + 1; k < Math.min(lines.length, i + 12); k++) if (parseChineseDate(lines[k])) return { issuer, titleFrom: k + 1 };
  return { issuer, titleFrom: i + 2 };
}

function firstDateLine(lines: string[]): string | null {
  for (const l of lines) {
    const d = parseChineseDate(l);
    if (d) return d;
  }
  return null;
}
