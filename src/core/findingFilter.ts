/**
 * The findings view's filter: a line the reader types, parsed into words and a few fields, and the
 * part of an analysis that matches it. Pure (no `vscode`), so the view stays a thin renderer.
 *
 *   碳达峰                 findings whose text, speaker, subject, unit, term or category contains it
 *   kind:claim 2023       numeric claims containing 2023 (kind: quotation|引语, claim|数字, term|术语)
 *   year:2020-2025        numeric claims about those years (findings without a year drop out)
 *   category:生态          terms whose glossary category contains 生态
 *
 * Words and fields combine with AND; several `kind:` values with OR. Case-insensitive for Latin.
 */
import type { Analysis, NumericClaim, Quotation, TermMatch } from './types';
import type { FindingKind } from './findings';

export interface FindingFilter {
  /** Lower-cased words that must all occur. */
  words: string[];
  kinds: Set<FindingKind> | null;
  years: { from: number; to: number } | null;
  category: string | null;
}

const KIND_NAMES: Record<string, FindingKind> = {
  quotation: 'quotation', quotations: 'quotation', quote: 'quotation', 引语: 'quotation', 引文: 'quotation', 引用: 'quotation',
  claim: 'numericClaim', claims: 'numericClaim', number: 'numericClaim', numeric: 'numericClaim', 数字: 'numericClaim', 数据: 'numericClaim',
  term: 'term', terms: 'term', 术语: 'term',
};

/** Parses the filter line; an empty line gives null (no filter). Unknown `kind:` values are kept as words. */
export function parseFindingFilter(line: string): FindingFilter | null {
  const f: FindingFilter = { words: [], kinds: null, years: null, category: null };
  for (const token of line.trim().split(/[\s\u3000]+/).filter(Boolean)) {
    const m = /^(kind|type|类型|year|年份|category|cat|类别)[:：](.+)$/i.exec(token);
    const field = m?.[1].toLowerCase();
    const value = m?.[2] ?? '';
    if (field && ['kind', 'type', '类型'].includes(field) && KIND_NAMES[value.toLowerCase()]) {
      (f.kinds ??= new Set()).add(KIND_NAMES[value.toLowerCase()]);
    } else if (field && ['year', '年份'].includes(field) && /^\d{4}([-–~]\d{4})?$/.test(value)) {
      const [from, to] = value.split(/[-–~]/).map(Number);
      f.years = { from: Math.min(from, to ?? from), to: Math.max(from, to ?? from) };
    } else if (field && ['category', 'cat', '类别'].includes(field)) {
      f.category = value.toLowerCase();
    } else {
      f.words.push(token.toLowerCase());
    }
  }
  return f.words.length || f.kinds || f.years || f.category !== null ? f : null;
}

const has = (fields: (string | null | undefined)[], words: string[]) => {
  const hay = fields.filter(Boolean).join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
};

const wants = (f: FindingFilter, kind: FindingKind) => (!f.kinds || f.kinds.has(kind)) && (kind === 'numericClaim' || !f.years) && (kind === 'term' || f.category === null);

export function quotationMatches(q: Quotation, f: FindingFilter): boolean {
  return wants(f, 'quotation') && has([q.text, q.speaker, q.cue], f.words);
}

export function claimMatches(c: NumericClaim, f: FindingFilter): boolean {
  if (!wants(f, 'numericClaim')) return false;
  if (f.years && (c.year === null || c.year < f.years.from || c.year > f.years.to)) return false;
  return has([c.text, c.subject, c.unit, c.year === null ? null : String(c.year)], f.words);
}

export function termMatches(t: TermMatch, f: FindingFilter): boolean {
  if (!wants(f, 'term')) return false;
  if (f.category !== null && !(t.category ?? '').toLowerCase().includes(f.category)) return false;
  return has([t.term, t.text, t.category], f.words);
}

/** The findings that match (headings are kept whole: they are the document's outline, not findings). */
export function filterAnalysis(a: Analysis, f: FindingFilter | null): Analysis {
  if (!f) return a;
  return {
    quotations: a.quotations.filter((q) => quotationMatches(q, f)),
    numericClaims: a.numericClaims.filter((c) => claimMatches(c, f)),
    terms: a.terms.filter((t) => termMatches(t, f)),
    headings: a.headings,
  };
}

/** The filter written back as a line (canonical order), e.g. for the view's message. */
export function formatFindingFilter(f: FindingFilter): string {
  const kindName: Record<FindingKind, string> = { quotation: 'quotation', numericClaim: 'claim', term: 'term' };
  return [
    ...(f.kinds ? [...f.kinds].map((k) => `kind:${kindName[k]}`) : []),
    ...(f.years ? [`year:${f.years.from === f.years.to ? f.years.from : `${f.years.from}-${f.years.to}`}`] : []),
    ...(f.category !== null ? [`category:${f.category}`] : []),
    ...f.words,
  ].join(' ');
}
