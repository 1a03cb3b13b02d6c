/**
 * Character folding shared by the term matcher and the glossary checks, so that the forms a
 * printed or extracted text takes still match a glossary pattern:
 * - full-width ASCII (＋ Ｇ ５) -> half-width (+ g 5); Latin letters -> lower case (5G = 5g);
 * - every double quotation mark (“ ” " ＂ 「 」 『 』) -> “, every single one (‘ ’ ') -> ‘,
 *   so a variant written 共建“一带一路” also matches 共建"一带一路" and 共建「一带一路」;
 * - the ideographic space -> a plain space.
 * Folding maps one UTF-16 code unit to one code unit, so offsets never shift.
 */

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Full-width capitals fold first to ASCII capitals, then to lower case.
  for (let c = 0xff21; c <= 0xff3a; c++) t[c] = c - 0xfee0 + 0x20;
  for (const q of [0x201c, 0x201d, 0x22, 0xff02, 0x300c, 0x300d, 0x300e, 0x300f, 0x201e, 0x201f]) t[q] = 0x201c;
  for (const q of [0x2018, 0x2019, 0x27, 0xff07, 0x201a, 0x201b]) t[q] = 0x2018;
  t[0x3000] = 0x20;
  return t;
}

/** The folding table (built on first use: 128 KB, about a millisecond). */
export function foldTable(): Uint16Array {
  if (table === null) table = buildTable();
  return table;
}

/** Folds a whole string (used for glossary patterns and duplicate checks). */
export function foldString(s: string): string {
  const t = foldTable();
  // Most strings (Chinese terms) fold to themselves: returned as they are, without a copy.
  let i = 0;
  while (i < s.length && t[s.charCodeAt(i)] === s.charCodeAt(i)) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) out += String.fromCharCode(t[s.charCodeAt(i)]);
  return out;
}
