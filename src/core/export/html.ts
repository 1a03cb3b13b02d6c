import { collectItems, formatClaimValue, isSafeUrl, type ExportItem } from './items';
import { DEFAULT_TAGS, LABELS, orderedTags, type ReportLabels } from './labels';
import type { ExportDocument, ReportLanguage } from './types';
import { pushAll } from './arrays';
import type { Heading } from '../types';
import type { GlossaryEntry } from '../glossary/types';
import { chineseMagnitude, withQualifier } from '../display';
import { HTML_LABELS, type HtmlLabels } from './htmlLabels';

export interface HtmlOptions {
  /** Page title and first heading; default the document path. */
  title?: string;
  language?: ReportLanguage;
  /** ISO timestamp printed under the title (left out when absent, so output is reproducible). */
  generated?: string;
  /** Mark findings in the text as well as listing them (default true). */
  highlightFindings?: boolean;
  /**
   * The glossary entries of the terms found (canonical term → entry): each term's explanation and
   * source are printed once in the glossary section. Terms without an entry are listed by name.
   */
  glossary?: ReadonlyMap<string, GlossaryEntry>;
}

/**
 * A self-contained, printable HTML report of one document: inline CSS (with print styles), no
 * scripts, no external resources. Title, summary counts, the full text line by line with
 * highlights (one `<mark>` per segment between span boundaries, so overlapping and nested
 * annotations and findings all show) and, beside each line, the numbered notes of the annotations
 * that start in it (a margin column that prints); orphans; and with findings: the quotations, the
 * numeric claims by section, and the glossary (each term once, explained from `opts.glossary`).
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
  const lines = highlightLines(doc.text, highlighted, noteNumber, findingNumber, L);
  const margin = new Map<number, string[]>();
  for (const item of placed) push(margin, lineOf(doc.text, lines.starts, item.start!), noteItem(item, noteNumber.get(item)!, L));
  out.push(`<section class="text"><h2>${escapeHtml(L.documentText)}</h2>`);
  out.push(`<div class="doc${placed.length ? ' with-margin' : ''}" lang="zh-CN">`);
  // One row per line of the text: the line, and beside it the notes of the annotations that start in it.
  for (let i = 0; i < lines.html.length; i++) {
    const notes = margin.get(i);
    out.push(`<div class="row"><div class="line">${lines.html[i]}</div>${notes ? `<aside class="margin">${notes.join('')}</aside>` : ''}</div>`);
  }
  out.push('</div></section>');

  if (orphans.length > 0) {
    out.push(`<section class="orphans"><h2>${escapeHtml(L.orphans)}</h2><p>${escapeHtml(L.orphanNote)}</p><ul>`);
    for (const item of orphans) out.push(orphanItem(doc.path, item, L));
    out.push('</ul></section>');
  }
  if (doc.findings) pushAll(out, findingsSections(findings, findingNumber, L, HTML_LABELS[opts.language ?? 'zh'], doc.findings.headings ?? [], opts));

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
 * The text, line by line, with a `<mark>` for each run of characters covered by the same set of
 * spans. Line starts are boundaries too, so no mark crosses a line; each line keeps its line break,
 * so the lines joined are the text. Boundaries are visited once in order, keeping the set of open
 * spans: the cost is the text length plus the total size of the open sets.
 */
function highlightLines(text: string, spans: ExportItem[], noteNumber: Map<ExportItem, number>, findingNumber: Map<ExportItem, number>, L: ReportLabels): { html: string[]; starts: number[] } {
  const startsAt = new Map<number, ExportItem[]>();
  const endsAt = new Map<number, ExportItem[]>();
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineStart = new Set(starts);
  const boundaries = new Set<number>([...starts, text.length]);
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
  const lines: string[] = [];
  let out: string[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (const s of endsAt.get(p) ?? []) {
      open.delete(s);
      const n = noteNumber.get(s);
      if (n !== undefined) out.push(`<sup class="ref"><a href="#note-${n}" id="ref-${n}">${n}</a></sup>`);
    }
    if (p > 0 && lineStart.has(p)) {
      lines.push(out.join(''));
      out = [];
    }
    for (const s of startsAt.get(p) ?? []) {
      open.add(s);
      const f = findingNumber.get(s);
      if (f !== undefined) out.push(`<span class="anchor" id="finding-${f}"></span>`);
    }
    if (i === points.length - 1) break;
    out.push(segmentHtml(text.slice(p, points[i + 1]), open, noteNumber, L));
  }
  lines.push(out.join(''));
  return { html: lines, starts };
}

/** One run of text covered by the `open` spans (plain when none). */
function segmentHtml(text: string, open: Set<ExportItem>, noteNumber: Map<ExportItem, number>, L: ReportLabels): string {
  const segment = escapeHtml(text);
  if (open.size === 0) return segment;
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
  return `<mark class="${[...classes].join(' ')}" title="${escapeHtml(titles.join('\n'))}">${segment}</mark>`;
}

/** The index of the line (in `starts`, sorted) that holds `offset`. */
function lineOf(text: string, starts: number[], offset: number): number {
  const at = Math.max(0, Math.min(offset, text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
  if (item.term) return [item.term.term, item.term.category && `${L.category} ${item.term.category}`, item.note].filter(Boolean).join('; ');
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

/** A margin note: its number (back to the text), tag, author, the start of the passage, note and link. */
function noteItem(item: ExportItem, n: number, L: ReportLabels): string {
  const a = item.annotation!;
  const meta = [`<a class="back" href="#ref-${n}" title="${escapeHtml(L.backToText)}">${n}</a>`, `<span class="tag ${tagClass(item.tag)}">${escapeHtml(item.tag ?? L.untagged)}</span>`];
  if (a.author) meta.push(`<span class="author">${escapeHtml(a.author)}</span>`);
  const parts = [`<div id="note-${n}" class="note ${tagClass(item.tag)}">`, `<p class="meta">${meta.join(' ')}</p>`];
  parts.push(`<p class="quote">${escapeHtml(clipText(item.text, 40))}</p>`);
  if (item.note.trim() !== '') parts.push(`<p class="note-text">${escapeHtml(item.note)}</p>`);
  if (item.link) parts.push(`<p class="link">${escapeHtml(L.link)}: ${linkHtml(item.link)}</p>`);
  parts.push('</div>');
  return parts.join('');
}

/** An annotation that could not be placed: its stored quote, tag, author, note and link. */
function orphanItem(path: string, item: ExportItem, L: ReportLabels): string {
  const a = item.annotation!;
  const meta = [`<span class="tag ${tagClass(item.tag)}">${escapeHtml(item.tag ?? L.untagged)}</span>`, `<span class="loc">${escapeHtml(location(path, item))}</span>`];
  if (a.author) meta.push(`<span class="author">${escapeHtml(L.author)}: ${escapeHtml(a.author)}</span>`);
  const parts = ['<li class="note">', `<p class="meta">${meta.join(' · ')}</p>`, `<blockquote>${escapeHtml(item.text)}</blockquote>`];
  if (item.note.trim() !== '') parts.push(`<p class="note-text">${escapeHtml(item.note)}</p>`);
  if (item.link) parts.push(`<p class="link">${escapeHtml(L.link)}: ${linkHtml(item.link)}</p>`);
  parts.push('</li>');
  return parts.join('');
}

/** Whitespace folded, cut to `max` code points with an ellipsis. */
function clipText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}

/**
 * The findings as something to read: quotations (speaker, words, line); numeric claims under the
 * top-level heading of their section; the glossary: each term once, with its explanation and
 * source, its number of occurrences and a link to the first (every occurrence stays marked).
 */
function findingsSections(findings: ExportItem[], findingNumber: Map<ExportItem, number>, L: ReportLabels, H: HtmlLabels, headings: readonly Heading[], opts: HtmlOptions): string[] {
  const out: string[] = [];
  const at = (item: ExportItem, text?: string) => `<a href="#finding-${findingNumber.get(item)!}">${escapeHtml(text ?? (item.line === null ? '' : H.lineN(item.line)))}</a>`;
  const quotations = findings.filter((i) => i.kind === 'quotation' && i.quotation);
  if (quotations.length) {
    out.push(`<section class="quotations"><h2>${escapeHtml(L.quotations)}</h2><table>`);
    out.push(`<colgroup><col class="c-who"><col class="c-text"><col class="c-at"></colgroup><thead><tr><th>${escapeHtml(L.speaker)}</th><th>${escapeHtml(L.text)}</th><th>${escapeHtml(L.location)}</th></tr></thead><tbody>`);
    for (const item of quotations) {
      const q = item.quotation!;
      const who = [q.speaker ?? L.noSpeaker, q.cue ? `（${q.cue}）` : ''].join('');
      out.push(`<tr class="k-quotation"><td>${escapeHtml(who)}</td><td>${escapeHtml(item.text)}${q.closed ? '' : ` <span class="flag">${escapeHtml(L.unclosed)}</span>`}</td><td>${at(item)}</td></tr>`);
    }
    out.push('</tbody></table></section>');
  }
  const claims = findings.filter((i) => i.kind === 'numeric-claim' && i.claim);
  if (claims.length) pushAll(out, claimSections(claims, headings, L, H, opts, at));
  const terms = new Map<string, ExportItem[]>();
  for (const item of findings) if (item.kind === 'term' && item.term) push(terms, item.term.term, item);
  if (terms.size) {
    // A term a rule explains (a numbered meeting, a document number: `note`) is explained too.
    const noteOf = (list: ExportItem[]): string | undefined => list.find((i) => i.term?.note !== undefined)?.term?.note;
    const explained = [...terms].filter(([term, list]) => opts.glossary?.has(term) || noteOf(list) !== undefined);
    const others = [...terms].filter(([term, list]) => !opts.glossary?.has(term) && noteOf(list) === undefined);
    out.push(`<section class="glossary"><h2>${escapeHtml(H.glossary)}</h2>`);
    if (explained.length) {
      out.push('<dl>');
      for (const [term, list] of explained) {
        const e = opts.glossary?.get(term);
        const count = list.length > 1 ? ` <span class="count">${escapeHtml(H.times(list.length))}</span>` : '';
        if (!e) {
          out.push(`<dt class="k-term">${at(list[0], term)} <span class="category">${escapeHtml(list[0].term?.category ?? '')}</span>${count}</dt>`);
          out.push(`<dd><p class="explanation">${escapeHtml(noteOf(list) ?? '')}</p></dd>`);
          continue;
        }
        out.push(`<dt class="k-term">${at(list[0], term)}${e.english ? ` <span class="english">${escapeHtml(e.english)}</span>` : ''} <span class="category">${escapeHtml(e.category)}</span>${count}</dt>`);
        out.push(`<dd><p class="explanation">${escapeHtml(e.explanation)}</p><p class="source">${escapeHtml(H.source)}${escapeHtml(e.source.text)}${e.source.year && !e.source.text.includes(String(e.source.year)) ? `（${e.source.year}）` : ''}</p></dd>`);
      }
      out.push('</dl>');
    }
    if (others.length) {
      out.push(`<h3>${escapeHtml(H.unexplained)}</h3><p class="unexplained">`);
      out.push(others.map(([term, list]) => `<span class="k-term">${at(list[0], term)}${list.length > 1 ? ` ×${list.length}` : ''}</span>`).join('、'));
      out.push('</p>');
    }
    out.push('</section>');
  }
  return out;
}

/** Numeric claims grouped under the top-level heading of their section, one table per section. */
function claimSections(claims: ExportItem[], headings: readonly Heading[], L: ReportLabels, H: HtmlLabels, opts: HtmlOptions, at: (item: ExportItem) => string): string[] {
  const out = [`<section class="claims"><h2>${escapeHtml(L.numericClaims)}</h2>`];
  const top = headings.reduce((m, h) => Math.min(m, h.level), Infinity);
  const sections = headings.filter((h) => h.level === top);
  const language = opts.language === 'en' ? 'en' : 'zh-cn';
  let section = -2;
  let s = -1;
  for (const item of claims) {
    while (s + 1 < sections.length && sections[s + 1].start <= (item.start ?? 0)) s++;
    if (s !== section) {
      if (section !== -2) out.push('</tbody></table>');
      if (s >= 0) out.push(`<h3>${escapeHtml(sections[s].text)}</h3>`);
      out.push(`<table><colgroup><col class="c-claim"><col class="c-details"><col class="c-at"></colgroup><thead><tr><th>${escapeHtml(L.text)}</th><th>${escapeHtml(L.value)}</th><th>${escapeHtml(L.location)}</th></tr></thead><tbody>`);
      section = s;
    }
    const c = item.claim!;
    const number = c.qualifier === 'range' ? formatClaimValue(c) : chineseMagnitude(c.value);
    // 余 goes between the number and the unit (90余所); 以上, 约, 超过… around both (6%以上, 约5%).
    const value = c.qualifier === '+' ? withQualifier(number, c.qualifier, language) + (c.unit ?? '') : withQualifier(number + (c.unit ?? ''), c.qualifier, language);
    const more = [c.year !== null && `${c.year}${H.yearSuffix}`, c.subject && `${L.subject}${H.colon}${c.subject}`].filter(Boolean).join(H.separator);
    out.push(`<tr class="k-numeric-claim"><td>${escapeHtml(item.text)}</td><td>${escapeHtml(value)}${more ? `<br><span class="more">${escapeHtml(more)}</span>` : ''}</td><td>${at(item)}</td></tr>`);
  }
  out.push('</tbody></table></section>');
  return out;
}

const CSS = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; line-height: 1.7; color: #222; max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
.path, .generated { color: #666; margin: 0.2rem 0; font-family: ui-monospace, Consolas, monospace; font-size: 0.9rem; }
.summary table { border-collapse: collapse; }
.summary th { text-align: left; font-weight: normal; padding: 0.1rem 1.5rem 0.1rem 0; }
.summary td { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; vertical-align: middle; border: 1px solid #999; }
.doc { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; font-size: 1.05rem; }
.row { display: grid; grid-template-columns: minmax(0, 1fr); }
.doc.with-margin .row { grid-template-columns: minmax(0, 1fr) 17rem; column-gap: 1.5rem; }
.line { white-space: pre-wrap; overflow-wrap: anywhere; line-break: strict; }
.margin { grid-column: 2; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 0.85rem; line-height: 1.5; }
.margin .note { border-left: 3px solid #adb5bd; padding: 0.1rem 0 0.1rem 0.5rem; margin: 0.2rem 0 0.6rem; break-inside: avoid; }
.margin .note.tag-1 { border-left-color: #f0b400; } .margin .note.tag-2 { border-left-color: #e03131; } .margin .note.tag-3 { border-left-color: #f76707; }
.margin .note.tag-4 { border-left-color: #1098ad; } .margin .note.tag-5 { border-left-color: #37b24d; } .margin .note.tag-other { border-left-color: #7048e8; }
.margin p { margin: 0.1rem 0; }
.margin .quote { color: #666; }
.margin .quote::before { content: "“"; } .margin .quote::after { content: "”"; }
a.back { font-weight: 600; margin-right: 0.2em; }
mark { background: transparent; color: inherit; }
mark.k-annotation, .swatch.k-annotation { background: #fff3a3; }
mark.tag-1, .tag-1 { background: #ffe08a; }
mark.tag-2, .tag-2 { background: #ffc9c9; }
mark.tag-3, .tag-3 { background: #ffd8a8; }
mark.tag-4, .tag-4 { background: #c5f6fa; }
mark.tag-5, .tag-5 { background: #d3f9d8; }
mark.tag-other, .tag-other { background: #e5dbff; }
mark.tag-none, .tag-none { background: #e9ecef; }
.margin .note { background: none; }
mark.overlap { outline: 1px solid #c92a2a; }
mark.k-quotation, .swatch.k-quotation { border-bottom: 2px dotted #1c7ed6; }
mark.k-numeric-claim, .swatch.k-numeric-claim { border-bottom: 2px solid #e8590c; }
mark.k-term, .swatch.k-term { border-bottom: 2px dashed #2b8a3e; }
.swatch.orphan { background: #fff; border-style: dashed; }
sup.ref { font-size: 0.7em; }
sup.ref a, a.back { text-decoration: none; color: #1c7ed6; }
.orphans ul { padding-left: 1.5rem; }
li.note { margin-bottom: 1rem; break-inside: avoid; }
.meta { margin: 0; color: #555; font-size: 0.9rem; }
.tag { padding: 0 0.3em; border-radius: 0.2em; }
.loc { font-family: ui-monospace, Consolas, monospace; }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; white-space: pre-wrap; }
.note-text { white-space: pre-wrap; }
.link { overflow-wrap: anywhere; }
.quotations table, .claims table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 0.9rem; }
th, td { vertical-align: top; text-align: left; }
.quotations th, .quotations td, .claims th, .claims td { border-bottom: 1px solid #e5e5e5; padding: 0.25rem 0.5rem 0.25rem 0; overflow-wrap: anywhere; }
col.c-who { width: 11rem; } col.c-claim { width: 14rem; } col.c-at { width: 5.5rem; }
.claims .more, .flag { color: #666; font-size: 0.85rem; }
tr { break-inside: avoid; }
.glossary dl { margin: 0; }
.glossary dt { font-weight: 600; margin-top: 0.8rem; break-after: avoid; }
.glossary dt a { color: inherit; text-decoration: none; border-bottom: 2px dashed #2b8a3e; }
.glossary .category, .glossary .count, .glossary .english { font-weight: normal; color: #666; font-size: 0.85rem; margin-left: 0.4em; }
.glossary dd { margin: 0.2rem 0 0 1.5rem; break-inside: avoid; }
.glossary dd p { margin: 0.1rem 0; }
.glossary .source { color: #666; font-size: 0.85rem; }
.unexplained a { color: inherit; }
@media (max-width: 44rem) {
  .doc.with-margin .row { grid-template-columns: minmax(0, 1fr); }
  .margin { grid-column: 1; margin: 0 0 0.6rem 1rem; }
}
@media print {
  @page { margin: 18mm 14mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  .doc.with-margin .row { grid-template-columns: minmax(0, 1fr) 30%; column-gap: 5mm; }
  .margin { font-size: 8.5pt; }
  mark, .tag, .swatch, .margin .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
}
`;
