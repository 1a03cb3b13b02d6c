/**
 * Signs that a document's text was decoded with the wrong encoding (pure). The editor decodes a
 * file with the encoding it is told or guesses; a GB18030 file read as UTF-8 is full of U+FFFD, a
 * UTF-8 file read as GBK shows 銆 and 锛 where 、。，：were, and one read as Latin-1 or
 * Windows-1252 shows Ã, å, è followed by other Latin-1 letters. Annotations cannot be placed on such a text;
 * the store must say so instead of reporting orphans and writing them back.
 */

/** What went wrong, or null when the text reads as decoded correctly. */
export type MisdecodingSign = 'replacement characters' | 'UTF-8 read as GBK' | 'UTF-8 read as Latin-1';

/** Characters that UTF-8 bytes of Chinese punctuation (E3 80 8x, EF BC 8x) become when read as GBK. */
const GBK_OF_UTF8 = /[銆锛鈥]/g;
/** A UTF-8 lead byte of a Chinese character (E4–E9) read as Latin-1/1252, then a continuation byte. */
const LATIN1_OF_UTF8 = /[äåæçèé][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/g;

export function misdecodingSign(text: string): MisdecodingSign | null {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  if (sample.includes('\uFFFD')) return 'replacement characters';
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / Math.max(1, sample.length);
  if (share(GBK_OF_UTF8) > 0.002) return 'UTF-8 read as GBK';
  if (share(LATIN1_OF_UTF8) > 0.01) return 'UTF-8 read as Latin-1';
  return null;
}
