import { collectItems, formatClaimValue, isSafeUrl, type ExportItem } from './items';
import { LABELS, orderedTags, type ReportLabels } from './labels';
import type { ExportDocument, ReportLanguage } from './types';
import { maxOf, pushAll } from './arrays';

export interface MarkdownOptions {
  /** First-level heading of the report; default 标注导出 / Annotations. */
  title?: string;
  language?: ReportLanguage;
  /** ISO timestamp printed under the title (left out when absent, so output is reproducible). */
  generated?: string;
}

/**
 * A Markdown reading report for one or more documents (one combined file).
 *
 * Per document: a `##` heading with the path, the annotations grouped by tag (default tags first,
 * then other tags, untagged, orphans), then — when findings are present — quotations grouped by
 * speaker, numeric claims, and terms grouped by term. Every item gives its location as
 * `path:line:column` (1-based, column in code points), the marked text as a blockquote, the note
 * and the link. All document and user text is Markdown-escaped, so a note such as `*[x](y)*` or
 * `<b>` reads literally in any CommonMark/GFM renderer.
 */
export function toMarkdown(docs: ExportDocument[], opts: MarkdownOptions = {}): string {
  const L = LABELS[opts.language ?? 'zh'];
  const out: string[] = [];
  out.push(`# ${escapeInline(opts.title ?? (opts.language === 'en' ? 'Annotations' : '标注导出'))}`, '');
  if (opts.generated) out.push(`${L.generated}: ${escapeInline(opts.generated)}`, '');

  for (const doc of docs) {
    const items = collectItems(doc);
    const annotations = items.filter((i) => i.kind === 'annotation');
    out.push(`## ${escapeInline(doc.path)}`, '');
    out.push(summaryLine(doc, items, L), '');

    out.push(`### ${L.annotations}`, '');
    if (annotations.length === 0) out.push(`*${L.none}*`, '');
    const placed = annotations.filter((i) => !i.orphan);
    for (const tag of orderedTags(placed.map((i) => i.tag))) {
      const group = placed.filter((i) => i.tag === tag);
      out.push(`#### ${tag === null ? L.untagged : escapeInline(tag)} (${group.length})`, '');
      for (const item of group) pushAll(out, annotationItem(doc.path, item, L, false));
    }
    const orphans = annotations.filter((i) => i.orphan);
    if (orphans.length > 0) {
      out.push(`#### ${L.orphans} (${orphans.length})`, '', escapeInline(L.orphanNote), '');
      for (const item of orphans) pushAll(out, annotationItem(doc.path, item, L, true));
    }

    if (doc.findings) pushAll(out, findingsSection(doc.path, items, L));
  }
  // One trailing newline, no runs of blank lines.
  return out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\s*$/, '\n');
}

function summaryLine(doc: ExportDocument, items: ExportItem[], L: ReportLabels): string {
  const count = (k: ExportItem['kind']) => items.filter((i) => i.kind === k).length;
  const parts = [`${L.annotations}: ${count('annotation')}`];
  const orphans = items.filter((i) => i.orphan).length;
  if (orphans > 0) parts.push(`${L.orphans}: ${orphans}`);
  if (doc.findings) {
    parts.push(`${L.quotations}: ${count('quotation')}`, `${L.numericClaims}: ${count('numeric-claim')}`, `${L.terms}: ${count('term')}`);
  }
  return parts.join(' · ');
}

function location(path: string, item: ExportItem): string {
  return item.line === null ? codeSpan(path) : codeSpan(`${path}:${item.line}:${item.column}`);
}

function annotationItem(path: string, item: ExportItem, L: ReportLabels, showTag: boolean): string[] {
  const a = item.annotation;
  const head = [`**${L.location}:** ${location(path, item)}`];
  if (showTag) head.push(`**${L.tag}:** ${item.tag === null ? L.untagged : escapeInline(item.tag)}`);
  if (a?.author) head.push(`**${L.author}:** ${escapeInline(a.author)}`);
  const lines = [`- ${head.join(' · ')}`, ...blockquote(item.text, '  '), ''];
  if (item.note.trim() !== '') pushAll(lines, paragraph(`**${L.note}:** `, item.note, '  ')).push('');
  if (item.link) lines.push(`  **${L.link}:** ${linkText(item.link)}`, '');
  return lines;
}

function findingsSection(path: string, items: ExportItem[], L: ReportLabels): string[] {
  const out: string[] = [`### ${L.findings}`, ''];

  const quotations = items.filter((i) => i.kind === 'quotation');
  out.push(`#### ${L.quotations} (${quotations.length})`, '');
  const speakers = groupBy(quotations, (q) => q.quotation?.speaker ?? null);
  // Named speakers by number of quotations (most quoted first), unnamed last.
  const order = [...speakers.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : speakers.get(b)!.length - speakers.get(a)!.length));
  for (const speaker of order) {
    const group = speakers.get(speaker)!;
    out.push(`##### ${speaker === null ? L.noSpeaker : escapeInline(speaker)} (${group.length})`, '');
    for (const item of group) {
      const q = item.quotation!;
      const head = [`**${L.location}:** ${location(path, item)}`];
      if (q.cue) head.push(`**${L.cue}:** ${escapeInline(q.cue)}`);
      if (!q.closed) head.push(`*${L.unclosed}*`);
      out.push(`- ${head.join(' · ')}`, ...blockquote(item.text, '  '), '');
    }
  }

  const claims = items.filter((i) => i.kind === 'numeric-claim');
  out.push(`#### ${L.numericClaims} (${claims.length})`, '');
  for (const item of claims) {
    const c = item.claim!;
    const facts = [`${L.value} ${escapeInline(formatClaimValue(c))}`];
    if (c.unit) facts.push(`${L.unit} ${escapeInline(c.unit)}`);
    if (c.qualifier) facts.push(`${L.qualifier} ${escapeInline(c.qualifier)}`);
    if (c.year !== null) facts.push(`${L.year} ${c.year}`);
    if (c.subject) facts.push(`${L.subject} ${escapeInline(c.subject)}`);
    out.push(`- ${location(path, item)} **${escapeInline(item.text)}** — ${facts.join('; ')}`);
  }
  out.push('');

  const terms = items.filter((i) => i.kind === 'term');
  out.push(`#### ${L.terms} (${terms.length})`, '');
  const byTerm = groupBy(terms, (t) => t.term!.term);
  for (const [term, group] of byTerm) {
    const category = group[0].term!.category;
    const where = group.map((i) => location(path, i)).join(', ');
    out.push(`- **${escapeInline(term)}**${category ? ` (${escapeInline(category)})` : ''} ×${group.length}: ${where}`);
    // A rule-written explanation (meetings, document numbers, plans), as the hover shows it.
    const note = group.find((i) => i.note.trim() !== '')?.note;
    if (note) pushAll(out, paragraph(`*${L.ruleNote}:* `, note, '  '));
  }
  out.push('');
  return out;
}

function groupBy<K, V>(values: V[], key: (v: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const v of values) {
    const k = key(v);
    const group = groups.get(k);
    if (group) group.push(v);
    else groups.set(k, [v]);
  }
  return groups;
}

/** `text` as a blockquote, each line prefixed by `indent + '> '`. */
function blockquote(text: string, indent: string): string[] {
  return splitLines(text).map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${escapeLine(line)}`));
}

/** A paragraph whose source line breaks are kept as hard breaks (a trailing backslash). */
function paragraph(lead: string, text: string, indent: string): string[] {
  const lines = splitLines(text.replace(/^\s*\n|\n\s*$/g, ''));
  return lines.map((line, i) => `${indent}${i === 0 ? lead : ''}${escapeLine(line)}${i < lines.length - 1 ? '\\' : ''}`);
}

function linkText(link: string): string {
  // An autolink needs no escaping inside; anything else (a citation, a file name) is plain text.
  return isSafeUrl(link) ? `<${link}>` : escapeInline(link);
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/);
}

/**
 * Escape one line of text for Markdown: backslash-escape the ASCII punctuation that starts inline
 * syntax (emphasis, code, links, raw HTML, entities, tables, strikethrough, GitHub math), then the
 * line-start markers (lists, headings via `#`, setext `=`/`-`, ordered lists `1.`), and drop leading
 * ASCII indentation, which would turn the line into a code block. Full-width spaces (U+3000), the
 * usual Chinese paragraph indent, are not Markdown whitespace and stay.
 */
export function escapeLine(line: string): string {
  const s = escapeSyntax(line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''));
  return s.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Escape text for use inside a line after other Markdown (a heading's `## `, `**bold**`): line
 * breaks become spaces; line-start markers need no escape there.
 */
export function escapeInline(text: string): string {
  return escapeSyntax(text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, ' ').trim());
}

function escapeSyntax(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&$]/g, '\\$&');
}

/** A code span that survives backticks in its content. */
function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = maxOf((flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
