import { collectItems, formatClaimValue, isSafeUrl, type ExportItem } from './items';
import { DEFAULT_TAGS, LABELS, orderedTags, type ReportLabels } from './labels';
import type { ExportDocument, ReportLanguage } from './types';
import { pushAll } from './arrays';
import type { Heading } from '../types';

export interface HtmlOptions {
  /** Page title and first heading; default the document path. */
  title?: string;
  language?: ReportLanguage;
  /** ISO timestamp printed under the title (left out when absent, so output is reproducible). */
  generated?: string;
  /** Mark findings in the text as well as listing them (default true). */
  highlightFindings?: boolean;
}

/**
 * A self-contained, printable HTML report of one document: inline CSS (with print styles), no
 * scripts, no external resources. Title, summary counts, the full text with highlights (one `<mark>`
 * per segment between span boundaries, so overlapping and nested annotations and findings all
 * show), numbered notes with links back to the text, orphans, and a findings table when findings
 * are present.
 *
 * Every piece of document and user text goes through `escapeHtml` (& < > " ' escaped), in element
 * content and in attributes alike. A link becomes an `<a href>` only when it is http(s) or mailto;
 * anything else (javascript:, data:, a citation) is shown as text.
 */
export function toHtml(doc: ExportDocument, opts: HtmlOptions = {}): string {
  const L = LABELS[opts.language ?? 'zh'];
  const items = collectItems(doc);
  const annotations = items.filter((i) => i.kind === 'annotation');
  const placed = annotations.filter((i) => !i.orphan);
  const orphans = annotations.filter((i) => i.orphan);
  const findings = items.filter((i) => i.kind !== 'annotation');
  const noteNumber = new Map<ExportItem, number>(placed.map((item, i) => [item, i + 1]));
  const findingNumber = new Map<ExportItem, number>(findings.map((item, i) => [item, i + 1]));
  const title = opts.title ?? documentTitle(doc.text) ?? doc.path;

  const out: string[] = [];
  out.push('<!DOCTYPE html>');
  out.push(`<html lang="${opts.language === 'en' ? 'en' : 'zh-CN'}">`);
  out.push('<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${escapeHtml(title)}</title>`, `<style>${CSS}</style>`, '</head>', '<body>');
  out.push('<header>', `<h1>${escapeHtml(title)}</h1>`, `<p class="path">${escapeHtml(doc.path)}</p>`);
  if (opts.generated) out.push(`<p class="generated">${escapeHtml(L.generated)}: ${escapeHtml(opts.generated)}</p>`);
  out.push('</header>');

  pushAll(out, summary(doc, annotations, findings, L));

  const highlighted = opts.highlightFindings === false ? placed : [...placed, ...findings];
  out.push(`<section class="text"><h2>${escapeHtml(L.documentText)}</h2>`);
  out.push(`<div class="doc" lang="zh-CN">${highlightText(doc.text, highlighted, noteNumber, findingNumber, L)}</div></section>`);

  if (placed.length > 0) {
    out.push(`<section class="notes"><h2>${escapeHtml(L.notes)}</h2><ol>`);
    for (const item of placed) out.push(noteItem(doc.path, item, noteNumber.get(item)!, L));
    out.push('</ol></section>');
  }
  if (orphans.length > 0) {
    out.push(`<section class="orphans"><h2>${escapeHtml(L.orphans)}</h2><p>${escapeHtml(L.orphanNote)}</p><ul>`);
    for (const item of orphans) out.push(noteItem(doc.path, item, null, L));
    out.push('</ul></section>');
  }
  if (doc.findings) pushAll(out, findingsTable(doc.path, findings, findingNumber, L, doc.findings.headings ?? []));

  out.push('</body>', '</html>', '');
  return out.join('\n');
}

/**
 * The document's own title (presentation): its first non-empty line when that reads as a title
 * (short, no sentence-ending punctuation), e.g. 政府工作报告; undefined otherwise.
 */
export function documentTitle(text: string): string | undefined {
  const first = text.slice(0, 2000).split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '');
  if (!first || [...first].length > 60 || /[。；;！!？?]$/.test(first)) return undefined;
  return first;
}

/** Escape text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // NUL is a parse error in HTML; show the replacement character instead.
    .replace(/\0/g, '\uFFFD');
}

function summary(doc: ExportDocument, annotations: ExportItem[], findings: ExportItem[], L: ReportLabels): string[] {
  const rows: [string, number, string][] = [[L.annotations, annotations.length, 'k-annotation']];
  for (const tag of orderedTags(annotations.filter((i) => !i.orphan).map((i) => i.tag))) {
    rows.push([`· ${tag ?? L.untagged}`, annotations.filter((i) => !i.orphan && i.tag === tag).length, tagClass(tag)]);
  }
  const orphanCount = annotations.filter((i) => i.orphan).length;
  if (orphanCount > 0) rows.push([L.orphans, orphanCount, 'orphan']);
  if (doc.findings) {
    rows.push([L.quotations, findings.filter((i) => i.kind === 'quotation').length, 'k-quotation']);
    rows.push([L.numericClaims, findings.filter((i) => i.kind === 'numeric-claim').length, 'k-numeric-claim']);
    rows.push([L.terms, findings.filter((i) => i.kind === 'term').length, 'k-term']);
  }
  return [
    `<section class="summary"><h2>${escapeHtml(L.summary)}</h2><table>`,
    ...rows.map(([label, n, cls]) => `<tr><th><span class="swatch ${cls}"></span>${escapeHtml(label)}</th><td>${n}</td></tr>`),
    '</table></section>',
  ];
}

/**
 * The text with a `<mark>` for each run of characters covered by the same set of spans. Boundaries
 * are visited once in order, keeping the set of open spans, so the cost is the text length plus
 * the total size of the open sets (small in practice: spans rarely nest deeply).
 */
function highlightText(text: string, spans: ExportItem[], noteNumber: Map<ExportItem, number>, findingNumber: Map<ExportItem, number>, L: ReportLabels): string {
  const startsAt = new Map<number, ExportItem[]>();
  const endsAt = new Map<number, ExportItem[]>();
  const boundaries = new Set<number>([0, text.length]);
  for (const s of spans) {
    if (s.start === null || s.end === null || s.end < s.start) continue;
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(start, Math.min(s.end, text.length));
    // An empty span highlights nothing but still gets its footnote marker.
    if (end > start) push(startsAt, start, s);
    push(endsAt, end, s);
    boundaries.add(start);
    boundaries.add(end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const open = new Set<ExportItem>();
  const out: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (const s of endsAt.get(p) ?? []) {
      open.delete(s);
      const n = noteNumber.get(s);
      if (n !== undefined) out.push(`<sup class="ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`);
    }
    for (const s of startsAt.get(p) ?? []) {
      open.add(s);
      const f = findingNumber.get(s);
      if (f !== undefined) out.push(`<span class="anchor" id="finding-${f}"></span>`);
    }
    if (i === points.length - 1) break;
    const segment = escapeHtml(text.slice(p, points[i + 1]));
    if (open.size === 0) {
      out.push(segment);
      continue;
    }
    const classes = new Set<string>();
    const titles: string[] = [];
    let annotationCount = 0;
    for (const s of open) {
      classes.add(`k-${s.kind}`);
      if (s.kind === 'annotation') {
        annotationCount++;
        classes.add(tagClass(s.tag));
      }
      titles.push(describe(s, noteNumber.get(s), L));
    }
    if (annotationCount > 1) classes.add('overlap');
    out.push(`<mark class="${[...classes].join(' ')}" title="${escapeHtml(titles.join('\n'))}">${segment}</mark>`);
  }
  return out.join('');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One line of a highlight's tooltip. */
function describe(item: ExportItem, n: number | undefined, L: ReportLabels): string {
  const kind = L.kindNames[item.kind];
  if (item.kind === 'annotation') {
    const note = item.note.length > 200 ? `${item.note.slice(0, 200)}…` : item.note;
    return [`[${n}] ${item.tag ?? L.untagged}`, note].filter((s) => s.trim() !== '').join(': ');
  }
  return `${kind}: ${details(item, L)}`;
}

function details(item: ExportItem, L: ReportLabels): string {
  if (item.quotation) {
    const q = item.quotation;
    return [`${L.speaker} ${q.speaker ?? L.noSpeaker}`, q.cue && `${L.cue} ${q.cue}`, !q.closed && L.unclosed].filter(Boolean).join('; ');
  }
  if (item.claim) {
    const c = item.claim;
    return [`${L.value} ${formatClaimValue(c)}${c.unit ? ` ${c.unit}` : ''}`, c.qualifier && `${L.qualifier} ${c.qualifier}`,
      c.year !== null && `${L.year} ${c.year}`, c.subject && `${L.subject} ${c.subject}`].filter(Boolean).join('; ');
  }
  if (item.term) return [item.term.term, item.term.category && `${L.category} ${item.term.category}`].filter(Boolean).join('; ');
  return '';
}

function tagClass(tag: string | null): string {
  if (tag === null) return 'tag-none';
  const i = DEFAULT_TAGS.indexOf(tag);
  return i >= 0 ? `tag-${i + 1}` : 'tag-other';
}

function location(path: string, item: ExportItem): string {
  return item.line === null ? path : `${path}:${item.line}:${item.column}`;
}

function linkHtml(link: string): string {
  return isSafeUrl(link)
    ? `<a href="${escapeHtml(link)}" rel="noopener noreferrer">${escapeHtml(link)}</a>`
    : `<span class="link-text">${escapeHtml(link)}</span>`;
}

function noteItem(path: string, item: ExportItem, n: number | null, L: ReportLabels): string {
  const a = item.annotation!;
  const back = n !== null ? `<a class="back" href="#ref-${n}" title="${escapeHtml(L.backToText)}">↩</a> ` : '';
  const meta: string[] = [];
  meta.push(`<span class="tag ${tagClass(item.tag)}">${escapeHtml(item.tag ?? L.untagged)}</span>`);
  meta.push(`<span class="loc">${escapeHtml(location(path, item))}</span>`);
  if (a.author) meta.push(`<span class="author">${escapeHtml(L.author)}: ${escapeHtml(a.author)}</span>`);
  const parts = [`<li${n !== null ? ` id="note-${n}"` : ''} class="note">`, `<p class="meta">${back}${meta.join(' · ')}</p>`];
  parts.push(`<blockquote>${escapeHtml(item.text)}</blockquote>`);
  if (item.note.trim() !== '') parts.push(`<p class="note-text">${escapeHtml(item.note)}</p>`);
  if (item.link) parts.push(`<p class="link">${escapeHtml(L.link)}: ${linkHtml(item.link)}</p>`);
  parts.push('</li>');
  return parts.join('');
}

/**
 * The findings as something to read (presentation): quotations, then numeric claims under the
 * top-level heading of their section, then each term once with its number of occurrences and a link
 * to the first (every occurrence stays marked in the text).
 */
function findingsTable(path: string, findings: ExportItem[], findingNumber: Map<ExportItem, number>, L: ReportLabels, headings: readonly Heading[] = []): string[] {
  const out = [
    `<section class="findings"><h2>${escapeHtml(L.findings)}</h2>`,
    `<table><thead><tr><th>${escapeHtml(L.kind)}</th><th>${escapeHtml(L.text)}</th><th>${escapeHtml(L.location)}</th><th>${escapeHtml(L.details)}</th></tr></thead><tbody>`,
  ];
  const row = (item: ExportItem, text = item.text, extra = ''): string => {
    const f = findingNumber.get(item)!;
    return `<tr class="k-${item.kind}"><td>${escapeHtml(L.kindNames[item.kind])}</td><td>${escapeHtml(text)}</td>`
      + `<td><a href="#finding-${f}">${escapeHtml(location(path, item))}</a>${extra}</td><td>${escapeHtml(details(item, L))}</td></tr>`;
  };
  for (const item of findings) if (item.kind === 'quotation') out.push(row(item));
  const top = headings.length ? Math.min(...headings.map((h) => h.level)) : 0;
  const sections = headings.filter((h) => h.level === top);
  let section = -1;
  for (const item of findings) {
    if (item.kind !== 'numeric-claim') continue;
    let s = section;
    while (s + 1 < sections.length && sections[s + 1].start <= (item.start ?? 0)) s++;
    if (s !== section && s >= 0) out.push(`<tr class="section"><th colspan="4">${escapeHtml(sections[s].text)}</th></tr>`);
    section = s;
    out.push(row(item));
  }
  const terms = new Map<string, ExportItem[]>();
  for (const item of findings) {
    if (item.kind !== 'term' || !item.term) continue;
    const list = terms.get(item.term.term) ?? [];
    list.push(item);
    terms.set(item.term.term, list);
  }
  for (const [term, list] of terms) out.push(row(list[0], term, list.length > 1 ? ` ×${list.length}` : ''));
  out.push('</tbody></table></section>');
  return out;
}

const CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.7; color: #222; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
.path, .generated { color: #666; margin: 0.2rem 0; font-family: ui-monospace, Consolas, monospace; font-size: 0.9rem; }
.summary table { border-collapse: collapse; }
.summary th { text-align: left; font-weight: normal; padding: 0.1rem 1.5rem 0.1rem 0; }
.summary td { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; vertical-align: middle; border: 1px solid #999; }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; font-size: 1.05rem; }
mark { background: transparent; color: inherit; }
mark.k-annotation, .swatch.k-annotation { background: #fff3a3; }
mark.tag-1, .tag-1 { background: #ffe08a; }
mark.tag-2, .tag-2 { background: #ffc9c9; }
mark.tag-3, .tag-3 { background: #ffd8a8; }
mark.tag-4, .tag-4 { background: #c5f6fa; }
mark.tag-5, .tag-5 { background: #d3f9d8; }
mark.tag-other, .tag-other { background: #e5dbff; }
mark.tag-none, .tag-none { background: #e9ecef; }
mark.overlap { outline: 1px solid #c92a2a; }
mark.k-quotation, .swatch.k-quotation { border-bottom: 2px dotted #1c7ed6; }
mark.k-numeric-claim, .swatch.k-numeric-claim { border-bottom: 2px solid #e8590c; }
mark.k-term, .swatch.k-term { border-bottom: 2px dashed #2b8a3e; }
.swatch.orphan { background: #fff; border-style: dashed; }
sup.ref { font-size: 0.7em; }
sup.ref a, a.back { text-decoration: none; color: #1c7ed6; }
.notes ol, .orphans ul { padding-left: 1.5rem; }
li.note { margin-bottom: 1rem; break-inside: avoid; }
.meta { margin: 0; color: #555; font-size: 0.9rem; }
.tag { padding: 0 0.3em; border-radius: 0.2em; }
.loc { font-family: ui-monospace, Consolas, monospace; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; white-space: pre-wrap; }
.note-text { white-space: pre-wrap; margin: 0.3rem 0; }
.link { margin: 0.3rem 0; overflow-wrap: anywhere; }
.findings table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.findings th, .findings td { border: 1px solid #ddd; padding: 0.2rem 0.4rem; vertical-align: top; text-align: left; }
.findings tr { break-inside: avoid; }
.findings td:first-child, .findings td:nth-child(3) { white-space: nowrap; }
.findings tr.section th { text-align: left; background: #f1f3f5; font-weight: 600; }
.findings td:nth-child(2) { min-width: 8em; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  mark, .tag, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a.back { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
}
`;
