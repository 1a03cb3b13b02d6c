/** Short display forms of document text for labels, tables and hovers (pure). */

/** Whitespace folded to single spaces, cut to `max` characters with an ellipsis. */
export function clip(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** Escapes Markdown punctuation so document text reads literally in a hover or a comment. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);
}

/**
 * A value the way Chinese readers write it: 435000 → 43.5万, 1.37e12 → 1.37万亿, 2.4e12 → 2.4万亿,
 * 1.2e9 → 12亿; below 10,000 the number itself (6, 18.5, 1,206 with grouping).
 */
export function chineseMagnitude(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e12) return `${round4(v / 1e12)}万亿`;
  if (abs >= 1e8) return `${round4(v / 1e8)}亿`;
  if (abs >= 1e4) return `${round4(v / 1e4)}万`;
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

function round4(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}

/** How a qualifier reads, in Chinese and in English; null (an exact value) reads as nothing. */
const QUALIFIER_WORDS: Record<string, { zh: string; en: string }> = {
  '>=': { zh: '以上', en: 'at least' },
  '>': { zh: '超过', en: 'over' },
  '<=': { zh: '以下', en: 'at most' },
  '<': { zh: '不足', en: 'under' },
  '~': { zh: '约', en: 'about' },
  '+': { zh: '余', en: 'more than' },
  range: { zh: '区间', en: 'range' },
};

export function qualifierWords(q: string | null, language: string): string {
  if (q === null) return '';
  const w = QUALIFIER_WORDS[q];
  if (!w) return q;
  return isChineseUi(language) ? w.zh : w.en;
}

/** The value with its qualifier where a reader puts it: 超过2.4万亿, 6%以上 / over 2.4万亿, at least 6%. */
export function withQualifier(value: string, q: string | null, language: string): string {
  const w = qualifierWords(q, language);
  if (!w || q === 'range') return value;
  if (!isChineseUi(language)) return `${w} ${value}`;
  return q === '>=' || q === '<=' || q === '+' ? value + w : w + value;
}

export function isChineseUi(language: string): boolean {
  return /^zh\b/i.test(language);
}

/** “Label: ” with a full-width colon in a Chinese interface. */
export function labelled(label: string, language: string): string {
  return isChineseUi(language) ? `${label}：` : `${label}: `;
}
