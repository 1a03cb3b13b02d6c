import type { NumericClaim, Quotation, TermMatch } from '../types';
import type { AnchorStatus, StoredAnnotation } from '../annotations/model';
import { LineIndex } from './lineIndex';
import type { ExportDocument } from './types';

export type ExportItemKind = 'annotation' | 'quotation' | 'numeric-claim' | 'term';

/**
 * One row of a report: a user annotation or a finding, flattened to the fields the Markdown, CSV
 * and HTML exporters share. Built once per document by `collectItems`.
 */
export interface ExportItem {
  kind: ExportItemKind;
  /** UTF-16 offsets into the document text; null for an orphan annotation. */
  start: number | null;
  end: number | null;
  /** 1-based line and code point column of `start`; null for an orphan. */
  line: number | null;
  column: number | null;
  /** The marked text: the current text at the anchor, or the stored quote for an orphan. */
  text: string;
  tag: string | null;
  /**
   * The annotation's note; for a term a rule explains (a numbered meeting, a document number, a
   * five-year plan: `via: 'rule'`), the rule's explanation (TermMatch.note), so every export carries
   * what the hover shows. Empty for other findings.
   */
  note: string;
  link: string | null;
  orphan: boolean;
  annotation?: StoredAnnotation;
  status?: AnchorStatus;
  quotation?: Quotation;
  claim?: NumericClaim;
  term?: TermMatch;
}

const KIND_ORDER: Record<ExportItemKind, number> = { annotation: 0, quotation: 1, 'numeric-claim': 2, term: 3 };

/**
 * The document's annotations and (when `doc.findings` is present) its findings, in reading order:
 * by start offset, annotations before findings at the same place, orphans last (in stored order).
 */
export function collectItems(doc: ExportDocument): ExportItem[] {
  const lines = new LineIndex(doc.text);
  const items: ExportItem[] = [];
  const place = (start: number | null, end: number | null) => {
    if (start === null || end === null) return { start: null, end: null, line: null, column: null };
    const { line, column } = lines.positionAt(start);
    return { start, end, line, column };
  };

  for (const anchored of doc.annotations) {
    const a = anchored.annotation;
    const orphan = isOrphan(anchored);
    const where = orphan ? place(null, null) : place(anchored.start, anchored.end);
    items.push({
      kind: 'annotation',
      ...where,
      text: orphan ? a.target.quote.exact : doc.text.slice(where.start ?? 0, where.end ?? 0),
      tag: a.tag ? a.tag : null,
      note: a.note,
      link: a.link,
      orphan,
      annotation: a,
      status: anchored.status,
    });
  }

  const f = doc.findings;
  if (f) {
    const base = { tag: null, note: '', link: null, orphan: false };
    for (const q of f.quotations ?? []) items.push({ ...base, kind: 'quotation', ...place(q.start, q.end), text: q.text, quotation: q });
    for (const c of f.numericClaims ?? []) items.push({ ...base, kind: 'numeric-claim', ...place(c.start, c.end), text: c.text, claim: c });
    for (const t of f.terms ?? []) items.push({ ...base, kind: 'term', ...place(t.start, t.end), text: t.text, note: ruleNote(t), term: t });
  }

  // Array.prototype.sort is stable, so orphans keep their stored order.
  return items.sort((x, y) => {
    if (x.orphan !== y.orphan) return x.orphan ? 1 : -1;
    if (x.orphan) return 0;
    return (x.start ?? 0) - (y.start ?? 0) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.end ?? 0) - (y.end ?? 0);
  });
}

/** The explanation a rule wrote for a term (`via: 'rule'`), else ''. */
export function ruleNote(t: TermMatch): string {
  return t.via === 'rule' && t.note ? t.note : '';
}

/** Orphan when the anchoring said so or left no position. */
export function isOrphan(anchored: { status: AnchorStatus; start: number | null; end: number | null }): boolean {
  return anchored.status === 'orphan' || anchored.start === null || anchored.end === null || anchored.end < anchored.start;
}

/**
 * A number as plain decimal digits (never `1e+21` or `1e-7`), so spreadsheets and readers see the
 * figure the text states. Non-finite values give ''.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20, maximumSignificantDigits: 21 });
}

/** A claim's value for display: `3–5` for a range (en dash, so Excel does not read a date). */
export function formatClaimValue(claim: NumericClaim): string {
  if (claim.qualifier === 'range' && claim.upper !== null && Number.isFinite(claim.upper)) {
    return `${formatNumber(claim.value)}–${formatNumber(claim.upper)}`;
  }
  return formatNumber(claim.value);
}

/** True for links that are safe to make clickable: http, https and mailto only. */
export function isSafeUrl(link: string | null | undefined): link is string {
  if (!link) return false;
  const trimmed = link.trim();
  if (trimmed !== link || /[\s<>"]/.test(link)) return false;
  return /^(https?:\/\/[^/?#]+|mailto:[^@\s]+@)/i.test(link);
}
