/**
 * Shared helper of the speaker rule tables (quotations-reporting / -sources / -traditional): each
 * row is a passage and, for every quotation of it at depth 0 (and the inner ones listed), the start
 * of its content, its kind and its speaker, worked out by reading the passage.
 */
import * as assert from 'node:assert/strict';
import { detectQuotations } from '../../src/core/quotations';
import type { QuotationKind } from '../../src/core/types';

export type Expect = [contentStart: string, kind: QuotationKind, speaker: string | null];
export type Row = [text: string, ...expect: Expect[]];

export const S = (contentStart: string, speaker: string | null): Expect => [contentStart, 'speech', speaker];
export const P = (contentStart: string): Expect => [contentStart, 'phrase', null];

/** Run a table: every expected quotation is found (by content start, in order) with its kind and speaker. */
export function runTable(rows: readonly Row[]): void {
  for (const [text, ...expect] of rows) {
    it(text.length > 60 ? text.slice(0, 60) + '…' : text, () => {
      const found = detectQuotations(text);
      let from = 0;
      for (const [start, kind, speaker] of expect) {
        const k = found.findIndex((q, i) => i >= from && q.content.startsWith(start));
        assert.ok(k >= 0, `no quotation starting ${start} in ${JSON.stringify(found.map((q) => q.content))}`);
        const q = found[k];
        assert.deepEqual([q.kind, q.speaker], [kind, speaker], `quotation ${start}`);
        from = k + 1;
      }
    });
  }
}
