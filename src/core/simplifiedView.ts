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

/** Frequent characters that exist only in traditional script. */
const TRADITIONAL_MARKERS = /[們這個會說為國來時對與經過還關強調認將學務機體點麼實從應進開問現當員總區報權產業發條號於見長門書東車華處聽讓區頭歲聯濟廣]/g;
/** One marker is enough: converting a simplified text changes nothing but costs a pass. */
const MIN_MARKERS = 1;

function convert(ch: string): string {
  const code = simplifiedTable()[ch.charCodeAt(0)];
  return ch.length === 1 && code !== 0 ? String.fromCharCode(code) : ch;
}

/** Whether `text` is (partly) written in traditional characters. */
export function hasTraditional(text: string): boolean {
  TRADITIONAL_MARKERS.lastIndex = 0;
  let n = 0;
  while (TRADITIONAL_MARKERS.exec(text) !== null) if (++n >= MIN_MARKERS) return true;
  return false;
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
