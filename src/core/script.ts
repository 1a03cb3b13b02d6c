/** How Chinese a text is (pure): decides whether a plain-text document gets the reading defaults. */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/**
 * Share of Chinese characters (Han ideographs, CJK and full-width punctuation) among the
 * non-space characters of the first `sample` characters.
 */
export function chineseShare(text: string, sample = 4000): number {
  let han = 0;
  let other = 0;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c <= ' ' || c === '\u00a0') continue;
    if (HAN.test(c)) han++;
    else other++;
  }
  return han + other === 0 ? 0 : han / (han + other);
}

/** Mostly Chinese: at least half of the visible characters, and at least 20 of them. */
export function isMostlyChinese(text: string, sample = 4000): boolean {
  const slice = text.slice(0, sample);
  const visible = slice.replace(/\s/g, '').length;
  return visible >= 20 && chineseShare(slice, sample) >= 0.5;
}
