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
