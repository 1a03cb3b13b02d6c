/**
 * Character codes and character classes of the numeric-claim detector, as lookup tables over
 * UTF-16 code units. The detector visits every character of documents of several megabytes;
 * `text[i]` on a two-byte string allocates a one-character string, so hot paths read
 * `text.charCodeAt(i)` and compare it with the named codes here.
 *
 * Traditional characters: `foldTraditional` maps the traditional forms of the characters the
 * detector's vocabulary uses (萬 億 兩 點 個 餘 約 …) one to one onto the simplified forms, so that
 * the detector runs on a text of the same length and every offset stays an offset into the original.
 */
import { isDigitCode } from '../text';

export { isAsciiDigitCode, isAsciiLetterCode, isDigitCode, isHanCode, isSpaceCode } from '../text';

const code = (ch: string): number => ch.charCodeAt(0);

/** Named character codes (ASCII, full-width forms and the Chinese characters the rules test). */
export const C = {
  tab: 9, lf: 10, cr: 13, space: 32, percent: 37, comma: 44, hyphen: 45, dot: 46, slash: 47, zero: 48, colon: 58,
  nbsp: 0xa0, perMille: 0x2030, minus: 0x2212, ratio: 0x2236, ideographicSpace: 0x3000,
  fullPercent: 0xff05, fullHyphen: 0xff0d, fullDot: 0xff0e, fullSlash: 0xff0f, fullColon: 0xff1a,
  fullStop: code('。'), fullComma: code('，'),
  one: code('一'), oneFinancial: code('壹'), two: code('二'), liang: code('两'), three: code('三'),
  ten: code('十'), tenFinancial: code('拾'), hundred: code('百'), thousand: code('千'), wan: code('万'), yi: code('亿'),
  half: code('半'), every: code('每'), man: code('满'), guo: code('过'), chao: code('超'), nei: code('内'), fen: code('分'), point: code('点'), duo: code('多'), yu: code('余'), ji: code('几'), shu: code('数'),
  fan: code('翻'), fanMultiple: code('番'), le: code('了'), shang: code('上'), di: code('第'), nian: code('年'),
  ge: code('个'), level: code('级'), qian: code('前'), hou: code('后'), qi: code('期'), jian: code('间'), jin: code('近'), lai: code('来'),
} as const;

export function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** A non-empty string of ASCII or full-width digits. */
export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isDigitCode(s.charCodeAt(k))) return false;
  return true;
}

export function digitAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}

/** . or full-width ．*/
export function isDecimalPointCode(c: number): boolean {
  return c === C.dot || c === C.fullDot;
}

/** 多 or 余 after a number. */
export function isPlusCode(c: number): boolean {
  return c === C.duo || c === C.yu;
}

export function includesCode(s: string, c: number): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === c) return true;
  return false;
}

const SPACE_TABLE = codeTable([' ', '\t', '\u3000', '\u00a0']);

/** Space, tab, line break, ideographic or no-break space: the characters a gap may start with. */
function isGapCode(c: number): boolean {
  return c === C.space || c === C.tab || c === C.lf || c === C.cr || c === C.ideographicSpace || c === C.nbsp;
}

/**
 * Skip a short gap inside one claim: spaces and at most one line break (PDF extraction breaks
 * "达到\n18.45 亿户"). A blank line (paragraph break) is not skipped.
 */
export function skipGap(text: string, i: number): number {
  if (!isGapCode(text.charCodeAt(i))) return i; // the usual case
  let j = i;
  let breaks = 0;
  for (let steps = 0; j < text.length && steps < 4; steps++) {
    const c = text.charCodeAt(j);
    if (SPACE_TABLE[c] === 1) j++;
    else if (c === C.lf || c === C.cr) {
      if (breaks === 1) return i;
      breaks++;
      j += c === C.cr && text.charCodeAt(j + 1) === C.lf ? 2 : 1;
    } else break;
  }
  return j;
}

/** Like skipGap but backwards from position i (exclusive): returns the start of the gap. */
export function skipGapBack(text: string, i: number): number {
  if (!isGapCode(text.charCodeAt(i - 1))) return i;
  let j = i;
  let breaks = 0;
  for (let steps = 0; j > 0 && steps < 4; steps++) {
    const c = text.charCodeAt(j - 1);
    if (SPACE_TABLE[c] === 1) j--;
    else if (c === C.lf || c === C.cr) {
      if (breaks === 1) return i;
      breaks++;
      j -= c === C.lf && text.charCodeAt(j - 2) === C.cr ? 2 : 1;
    } else break;
  }
  return j;
}

/** A blank line before position j (a line break at j preceded only by spaces back to a line break or the text start). */
export function blankLineBefore(text: string, j: number): boolean {
  let k = j - 1;
  let c = text.charCodeAt(k);
  while (k >= 0 && (c === C.cr || SPACE_TABLE[c] === 1)) c = text.charCodeAt(--k);
  return k < 0 || c === C.lf;
}

/**
 * Traditional → simplified, one character to one character, for the characters of numerals, units,
 * qualifiers, cues and the words the rules look at. Pairs of strings of equal length.
 */
const TRADITIONAL_PAIRS: [string, string][] = [
  // numerals and magnitudes
  ['萬億兩點個餘', '万亿两点个余'],
  // qualifiers and cues (約 過 於 達 將 歲 …)
  ['約過於達將與長較進隨為', '约过于达将与长较进随为'],
  ['餘億萬幾數', '余亿万几数'],
  // units and measure words
  ['項條類種場處輛臺隻頭張冊篇層棟間顆屆歲號塊輪隊筆畝噸鐘時週戶準幣釐', '项条类种场处辆台只头张册篇层栋间颗届岁号块轮队笔亩吨钟时周户准币厘'],
  ['門則區縣務總計劃動達規說關連續來後頃國', '门则区县务总计划动达规说关连续来后顷国'],
  // verbs before values and the words the filters test
  ['增減降漲升擴縮壓達實現應並從佔', '增减降涨升扩缩压达实现应并从占'],
  ['會屆議員體屬單廣產業標碼話線編際', '会届议员体属单广产业标码话线编际'],
  // time frames (這五年, 兩個財政年度) and bounds (累計滿183天, 5.5%以內)
  ['這財學滿內', '这财学满内'],
];
const FOLD = new Uint16Array(0x10000);
let foldable = '';
for (const [traditional, simplified] of TRADITIONAL_PAIRS) {
  for (let k = 0; k < traditional.length; k++) {
    const from = traditional.charCodeAt(k);
    const to = simplified.charCodeAt(k);
    if (from !== to && FOLD[from] === 0) {
      FOLD[from] = to;
      foldable += traditional[k];
    }
  }
}
/** The traditional characters that fold, as a string (for documentation and tests). */
export const FOLDABLE_CHARACTERS = foldable;

/** Whether the character with this code is a traditional form the detector folds. */
export function isFoldableCode(c: number): boolean {
  return FOLD[c] !== 0;
}

/**
 * The text with the traditional characters of the detector's vocabulary replaced by their simplified
 * forms (same length, same offsets); the text itself when it has none (no copy). `from`: no
 * character before it folds (the caller has looked).
 */
export function foldTraditional(text: string, from = 0): string {
  let first = from;
  while (first < text.length && FOLD[text.charCodeAt(first)] === 0) first++;
  if (first >= text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < first; i++) codes[i] = text.charCodeAt(i);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = FOLD[c] !== 0 ? FOLD[c] : c;
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}
