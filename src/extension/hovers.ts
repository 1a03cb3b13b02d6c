/**
 * The one hover provider: the user's annotations under the cursor (note, tag, author, actions), then
 * a term's explanation, a claim's normalised value, a quotation's speaker and cue.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { escapeMarkdown as escapeMd } from '../core/display';
import { enabledKinds } from './settings';
import type { AnalysisService } from './analysisService';
import type { AnnotationStore } from './annotationStore';
import type { AnchoredAnnotation, StoredAnnotation } from '../core/annotations/model';
import { firstStartAfter, formatDigits, formatValue } from '../core/findings';
import { labelled, withQualifier } from '../core/display';
import type { NumericClaim, Quotation, Span, TermMatch } from '../core/types';
import type { GlossaryEntry } from '../core/glossary/types';
import { entryInScript, readerScript, toScript } from '../core/glossary/script';
import { CANDIDATE_CATEGORY } from '../core/glossary/candidates';

/** Spans containing the offset (spans sorted by start; a few nested ones at most). */
export function spansAt<T extends Span>(spans: T[], offset: number): T[] {
  const lo = firstStartAfter(spans, offset);
  const out: T[] = [];
  // Walk back over spans starting at or before the offset; quotations can be long, so bound the walk.
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    if (spans[i].end > offset) out.push(spans[i]);
  }
  return out;
}

function commandLink(command: string, args: unknown, label: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}


/** An annotation's note as Markdown, with its link (the hover and the comment thread). */
export function noteMarkdown(a: StoredAnnotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(a.note);
  if (a.link) md.appendMarkdown(`\n\n${/^https?:\/\//.test(a.link) ? `[${escapeMd(a.link)}](${a.link.replace(/[()\s]/g, encodeURIComponent)})` : escapeMd(a.link)}`);
  return md;
}

const ANNOTATION_ACTIONS = ['policyAnnotator.editAnnotation', 'policyAnnotator.changeAnnotationTag', 'policyAnnotator.deleteAnnotation'];

export function annotationHover(a: AnchoredAnnotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ANNOTATION_ACTIONS };
  const ann = a.annotation;
  md.appendMarkdown(`**${vscode.l10n.t('Annotation')}**${ann.tag ? ` · ${escapeMd(ann.tag)}` : ''} · ${escapeMd(ann.author)} · ${ann.modified.slice(0, 10)}\n\n`);
  md.appendMarkdown(noteMarkdown(ann).value + '\n\n');
  const labels = [vscode.l10n.t('Edit'), vscode.l10n.t('Change tag'), vscode.l10n.t('Delete')];
  md.appendMarkdown(ANNOTATION_ACTIONS.map((cmd, i) => commandLink(cmd, [ann.id], labels[i])).join(' · '));
  return md;
}

export function termHover(t: TermMatch, glossaryEntry: GlossaryEntry | undefined, uri: vscode.Uri, occurrences: number): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['policyAnnotator.showTermOccurrences', 'policyAnnotator.addAnnotationAt'] };
  // The entry in the reader's script (traditional characters for a zh-tw/zh-hk UI); the commands
  // below keep the document's own term and offsets.
  const script = readerScript(vscode.env.language);
  const entry = glossaryEntry ? entryInScript(glossaryEntry, script) : undefined;
  md.appendMarkdown(`**${escapeMd(toScript(t.term, script))}**`);
  if (entry?.english) md.appendMarkdown(` · *${escapeMd(entry.english)}*`);
  if (t.category) md.appendMarkdown(` · ${escapeMd(toScript(t.category, script))}`);
  md.appendMarkdown('\n\n');
  if (t.via === 'head' && entry) md.appendMarkdown(`${escapeMd(vscode.l10n.t('“{0}” is explained by the entry {1}.', t.text.replace(/\s+/g, ''), toScript(t.term, script)))}\n\n`);
  if (entry) {
    md.appendMarkdown(`${escapeMd(entry.explanation)}\n\n`);
    if (entry.members?.length) md.appendMarkdown(`${labelled(vscode.l10n.t('Members'), vscode.env.language)}${entry.members.map(escapeMd).join('、')}\n\n`);
    const year = entry.source.text.includes(String(entry.source.year)) ? '' : `（${entry.source.year}）`;
    md.appendMarkdown(`${labelled(vscode.l10n.t('Source'), vscode.env.language)}${escapeMd(entry.source.text)}${year}\n\n`);
    if (entry.related?.length) md.appendMarkdown(`${labelled(vscode.l10n.t('Related'), vscode.env.language)}${entry.related.map(escapeMd).join('、')}\n\n`);
  } else if (t.via === 'rule' && t.note) {
    md.appendMarkdown(`${escapeMd(t.note)}\n\n${escapeMd(vscode.l10n.t('(Explanation written by a rule: no glossary entry.)'))}\n\n`);
  } else if (t.category === CANDIDATE_CATEGORY) {
    md.appendMarkdown(`${vscode.l10n.t('A likely policy term that no glossary explains yet. Use the quick fix to add it to your user glossary.')}\n\n`);
  } else {
    md.appendMarkdown(`${vscode.l10n.t('A numbered formula that no glossary explains yet. Add it to policy-glossary.json to explain it.')}\n\n`);
  }
  md.appendMarkdown(commandLink('policyAnnotator.showTermOccurrences', [uri.toString(), t.term], vscode.l10n.t('Show all occurrences ({0})', occurrences)));
  md.appendMarkdown(' · ' + commandLink('policyAnnotator.addAnnotationAt', [uri.toString(), t.start, t.end], vscode.l10n.t('Annotate')));
  return md;
}

export function claimHover(c: NumericClaim, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['policyAnnotator.addAnnotationAt'] };
  md.appendMarkdown(`**${vscode.l10n.t('Numeric claim')}** \`${c.text.replace(/\s+/g, ' ').replace(/`/g, "'")}\`\n\n`);
  const lang = vscode.env.language;
  const value = c.upper !== null ? `${formatValue(c.value)} – ${formatValue(c.upper)}` : formatValue(c.value);
  const digits = c.upper !== null ? `${formatDigits(c.value)} – ${formatDigits(c.upper)}` : formatDigits(c.value);
  const rows: [string, string][] = [
    [vscode.l10n.t('Value'), withQualifier(value, c.qualifier, lang) + (digits !== value ? ` (${digits})` : '')],
    [vscode.l10n.t('Unit'), c.unit ?? '—'],
    [vscode.l10n.t('Year'), c.year !== null ? String(c.year) : '—'],
    [vscode.l10n.t('Subject'), c.subject ?? '—'],
  ];
  if (c.magnitudeClass !== null) rows.push([vscode.l10n.t('Magnitude class'), formatValue(c.magnitudeClass)]);
  md.appendMarkdown(`| | |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${escapeMd(v)} |`).join('\n')}\n\n`);
  md.appendMarkdown(commandLink('policyAnnotator.addAnnotationAt', [uri.toString(), c.start, c.end, '待核实'], vscode.l10n.t('Mark as 待核实 (to verify)')));
  return md;
}

export function quotationHover(q: Quotation, uri: vscode.Uri): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['policyAnnotator.addAnnotationAt'] };
  const title = q.kind === 'speech' ? vscode.l10n.t('Quotation (speech)') : vscode.l10n.t('Quoted phrase');
  md.appendMarkdown(`**${title}**${q.closed ? '' : ' · ⚠ ' + vscode.l10n.t('unclosed')}\n\n`);
  if (q.kind === 'speech') {
    md.appendMarkdown(`${labelled(vscode.l10n.t('Speaker'), vscode.env.language)}${escapeMd(q.speaker ?? vscode.l10n.t('not stated'))}\n\n`);
    md.appendMarkdown(`${labelled(vscode.l10n.t('Cue'), vscode.env.language)}${escapeMd(q.cue ?? '—')}\n\n`);
  }
  md.appendMarkdown(`${labelled(vscode.l10n.t('Length'), vscode.env.language)}${vscode.l10n.t('{0} characters', [...q.content].length)}\n\n`);
  md.appendMarkdown(commandLink('policyAnnotator.addAnnotationAt', [uri.toString(), q.start, q.end, '引用'], vscode.l10n.t('Annotate as 引用 (quotation)')));
  return md;
}

export class FindingHovers extends Disposable implements vscode.HoverProvider {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly annotations: AnnotationStore,
  ) {
    super();
    this._register(vscode.languages.registerHoverProvider('*', this));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const notes = this.annotations.annotationsAt(document, offset);
    const findings = this.findingsHover(document, offset);
    if (!notes.length) return findings;
    // The range is the first annotation's: the hover stays while the cursor is inside it.
    const range = new vscode.Range(document.positionAt(notes[0].start!), document.positionAt(notes[0].end!));
    return new vscode.Hover([...notes.map(annotationHover), ...(findings?.contents ?? [])], range);
  }

  private findingsHover(document: vscode.TextDocument, offset: number): vscode.Hover | undefined {
    const result = this.analyses.get(document);
    if (!result) return undefined;
    const kinds = enabledKinds(document.uri);
    const a = result.analysis;
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const widen = (s: Span) => {
      const r = new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
      range = range ? range.intersection(r) ?? r : r;
    };
    if (kinds.has('term')) {
      for (const t of spansAt(a.terms, offset)) {
        const entry = result.glossary.entries[t.term];
        parts.push(termHover(t, entry, document.uri, a.terms.filter((x) => x.term === t.term).length));
        widen(t);
      }
    }
    if (kinds.has('numericClaim')) {
      for (const c of spansAt(a.numericClaims, offset)) {
        parts.push(claimHover(c, document.uri));
        widen(c);
      }
    }
    if (kinds.has('quotation')) {
      const qs = spansAt(a.quotations, offset).sort((x, y) => y.depth - x.depth);
      if (qs.length) {
        parts.push(quotationHover(qs[0], document.uri));
        widen(qs[0]);
      }
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }
}
