// Hand-built inputs for the export tests: annotations and findings placed on real text with indexOf.
import type { AnchoredAnnotation, StoredAnnotation } from '../../src/core/annotations/model';
import type { NumericClaim, Quotation, TermMatch } from '../../src/core/types';

/** UTF-16 start of the n-th (0-based) occurrence of `exact`; throws when absent so a test cannot pass vacuously. */
export function find(text: string, exact: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`"${exact}" (occurrence ${occurrence}) not in the text`);
  }
  return at;
}

export interface AnnotationSpec {
  id: string;
  tag?: string | null;
  note?: string;
  link?: string | null;
  author?: string;
  created?: string;
  modified?: string;
  occurrence?: number;
}

export function annotate(text: string, exact: string, spec: AnnotationSpec): AnchoredAnnotation {
  const start = find(text, exact, spec.occurrence ?? 0);
  const end = start + exact.length;
  const annotation: StoredAnnotation = {
    id: spec.id,
    created: spec.created ?? '2024-03-01T08:00:00.000Z',
    modified: spec.modified ?? spec.created ?? '2024-03-01T08:00:00.000Z',
    author: spec.author ?? '张三',
    tag: spec.tag === undefined ? '重点' : spec.tag,
    note: spec.note ?? '',
    link: spec.link ?? null,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) },
      position: { type: 'TextPositionSelector', start, end },
    },
  };
  return { annotation, start, end, status: 'exact' };
}

/** An annotation whose quote is no longer in the text. */
export function orphan(exact: string, spec: AnnotationSpec): AnchoredAnnotation {
  const annotation: StoredAnnotation = {
    id: spec.id,
    created: spec.created ?? '2024-03-02T08:00:00.000Z',
    modified: spec.modified ?? '2024-03-02T08:00:00.000Z',
    author: spec.author ?? '李四',
    tag: spec.tag === undefined ? '存疑' : spec.tag,
    note: spec.note ?? '',
    link: spec.link ?? null,
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '旧的前文', suffix: '旧的后文' },
      position: { type: 'TextPositionSelector', start: 5, end: 5 + exact.length },
    },
    orphan: true,
  };
  return { annotation, start: null, end: null, status: 'orphan' };
}

export function quotation(text: string, exact: string, speaker: string | null, cue: string | null, occurrence = 0): Quotation {
  const start = find(text, exact, occurrence);
  return { start, end: start + exact.length, text: exact, kind: 'speech', speaker, cue, closed: true, content: exact.slice(1, -1), depth: 0 };
}

export function claim(text: string, exact: string, fields: Partial<NumericClaim> & { value: number }): NumericClaim {
  const start = find(text, exact);
  return {
    start, end: start + exact.length, text: exact,
    unit: null, qualifier: null, upper: null, year: null, subject: null, magnitudeClass: null,
    ...fields,
  };
}

export function term(text: string, exact: string, canonical: string, category: string | null, occurrence = 0): TermMatch {
  const start = find(text, exact, occurrence);
  return { start, end: start + exact.length, text: exact, term: canonical, category, explained: category !== null };
}
