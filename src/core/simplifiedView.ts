/**
 * A simplified-character view of a text in traditional characters, character for character, so
 * that offsets in the view are offsets in the original: detectors that know simplified cue words and
 * markers (说, 强调, 第一条) read the view and report spans and text of the original.
 *
 * Conversion: the one-to-one character table generated from opencc-js (src/core/glossary/t2sTable.ts,
 * Taiwan and Hong Kong forms to mainland simplified), shared with the term matcher: one converter in
 * the product, and no dictionary load at start. A text without traditional characters is returned as
 * is (no conversion cost). Character by character, so the length never changes.
 */
import { simplifiedTable } from './glossary/traditional';

/**
 * Whether `text` is (partly) written in traditional characters: any character the conversion table
 * changes (the table leaves out the characters that simplified texts use too, such as 著 and 乾).
 * A short passage (專家：「…」) counts as much as a long one. One pass over the text, no allocation.
 */
export function hasTraditional(text: string): boolean {
  const table = simplifiedTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && table[c] !== 0) return true;
  }
  return false;
}

function convert(ch: string): string {
  const code = simplifiedTable()[ch.charCodeAt(0)];
  return ch.length === 1 && code !== 0 ? String.fromCharCode(code) : ch;
}

/** `text` in simplified characters with every offset unchanged; `text` itself when it has no traditional characters. */
export function simplifiedView(text: string): string {
  if (!hasTraditional(text)) return text;
  // The quotation and heading detectors of one analysis read the same text: convert it once.
  if (lastText === text) return lastView;
  lastView = convertKeepingLength(text);
  lastText = text;
  return lastView;
}

let lastText: string | null = null;
let lastView = '';

/** Character → simplified character, filled as characters are met (a document has a few thousand). */
const charCache = new Map<string, string>();

/** Character by character, so the length never changes (phrase conversions are not needed to read cues). */
function convertKeepingLength(text: string): string {
  let out = '';
  let changed = false;
  for (const ch of text) {
    let c = charCache.get(ch);
    if (c === undefined) {
      const converted = ch.charCodeAt(0) < 0x3400 ? ch : convert(ch);
      c = converted.length === ch.length ? converted : ch;
      charCache.set(ch, c);
    }
    if (c !== ch) changed = true;
    out += c;
  }
  return changed ? out : text;
}
