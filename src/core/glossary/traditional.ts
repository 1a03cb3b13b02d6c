/**
 * Traditional characters: a text in traditional script (新發展格局, 高質量發展, a Macao or Hong Kong
 * text) is matched against the simplified glossary through a one-character-to-one-character
 * conversion, so offsets stay those of the original text. The table (t2sTable.ts) is generated from
 * opencc-js by scripts/gen/t2s-table.mjs. OpenCC's phrase-level conversions (several characters
 * to a different number of characters) are not needed to find glossary terms and are not applied.
 */
import { T2S_PAIRS } from './t2sTable';

let table: Uint16Array | null = null;

/**
 * Characters OpenCC's table converts that are standard characters of simplified texts and must stay
 * as they are: 么 (什么, 怎么) would become 幺 (yāo, "small"), a different word; a traditional text
 * writes 麼, which the table turns into 么.
 */
const KEEP = '么';

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
  for (const c of KEEP) t[c.charCodeAt(0)] = 0;
  return t;
}

/** The simplified form of one traditional character (UTF-16 unit), or 0 when it has none of its own. */
export function simplifiedTable(): Uint16Array {
  if (table === null) table = buildTable();
  return table;
}

/**
 * `text` with every traditional character replaced by its simplified form, the same length as
 * `text` (position i of the result is character i of the text); null when the text has no
 * traditional character (then there is nothing to convert). Linear.
 */
export function toSimplifiedSameLength(text: string): string | null {
  const t = simplifiedTable();
  const n = text.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (t[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return null;
  const codes = new Uint16Array(n - first);
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    const s = t[c];
    codes[i - first] = s === 0 ? c : s;
  }
  // Decode in chunks (String.fromCharCode takes a bounded number of arguments).
  const parts: string[] = [text.slice(0, first)];
  for (let k = 0; k < codes.length; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, k + 8192)));
  return parts.join('');
}
