/**
 * Re-anchoring never lands on the wrong text (issue 11 "Re-anchoring", issue 12 finding 1).
 * Rule tables: each row is a document before, the annotated occurrence, the document after, and
 * what must happen (stay on its own place, exactly or fuzzily, or become an orphan), negatives
 * included (rows where moving to another occurrence is right).
 */
import * as assert from 'node:assert/strict';
import { anchorAll, anchorOne } from '../../src/core/annotations/anchoring';
import { createAnnotation } from '../../src/core/annotations/create';
import type { AnchorStatus, StoredAnnotation } from '../../src/core/annotations/model';
import { readFixture } from './helpers';

const report = readFixture('government-work-report-2023.txt');

function annotateAt(text: string, quote: string, occurrence = 0): StoredAnnotation {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `text lacks ${quote} #${occurrence}`);
  return createAnnotation(text, start, start + quote.length, { note: '', author: 't', id: 'a-1', now: new Date(0) });
}

/** Replaces the `occurrence`-th `from` in `text` by `to`. */
function replaceNth(text: string, from: string, to: string, occurrence = 0): string {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(from, at + 1);
  assert.ok(at >= 0, `text lacks ${from} #${occurrence}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const FILLER_A = '国务院关于进一步优化营商环境更好服务市场主体的实施意见指出，要坚持市场化、法治化、国际化原则。';
const FILLER_B = '各地区各部门要把思想和行动统一到党中央、国务院决策部署上来，切实抓好贯彻落实工作。';
const FILLER_C = '加快建设全国统一大市场，破除妨碍各种生产要素市场化配置和商品服务流通的体制机制障碍。';
const FILLER_D = '完善社会保障体系，健全多层次医疗保障制度，推进基本养老保险全国统筹，织密扎牢社会保障网。';

interface Row {
  name: string;
  before: string;
  quote: string;
  occurrence?: number;
  after: (before: string) => string;
  /** The allowed outcomes: 'own' (on its own, possibly edited, place), 'orphan', or 'moved:<text>' (on that other occurrence). */
  allowed: ('own-exact' | 'own-fuzzy' | 'orphan' | 'moved')[];
  /** For 'own-*': the text of its own place after the edit. */
  ownAfter?: string;
  /** For 'moved': the occurrence it must move to in `after` (index among occurrences of the quote). */
  movedTo?: number;
}

function check(row: Row): void {
  const a = annotateAt(row.before, row.quote, row.occurrence ?? 0);
  const after = row.after(row.before);
  const r = anchorOne(after, a);
  const got = r.status === 'orphan' ? 'orphan' : after.slice(r.start!, r.end!);
  const ownStart = ownStartIn(row, after);
  let outcome: Row['allowed'][number] | 'wrong';
  if (r.status === 'orphan') outcome = 'orphan';
  else if (ownStart !== null && r.start === ownStart && got === row.ownAfter) outcome = r.status === 'fuzzy' ? 'own-fuzzy' : 'own-exact';
  else if (r.status === 'moved' && row.movedTo !== undefined && r.start === nth(after, row.quote, row.movedTo)) outcome = 'moved';
  else outcome = 'wrong';
  assert.ok(
    (row.allowed as string[]).includes(outcome),
    `${row.name}: ${r.status} at ${r.start} (${JSON.stringify(got)}), expected one of ${row.allowed.join(', ')}`,
  );
}

function nth(text: string, s: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(s, at + 1);
  return at;
}

/** Where the own place starts after the edit: the `ownAfter` text nearest the old start. */
function ownStartIn(row: Row, after: string): number | null {
  if (row.ownAfter === undefined) return null;
  const old = nth(row.before, row.quote, row.occurrence ?? 0);
  let best: number | null = null;
  for (let i = after.indexOf(row.ownAfter); i !== -1; i = after.indexOf(row.ownAfter, i + 1)) {
    if (best === null || Math.abs(i - old) < Math.abs(best - old)) best = i;
  }
  return best;
}

const twoPercents = `${FILLER_A}2022年全省城镇化率达到67%，比上年提高1.2个百分点。${FILLER_B}${FILLER_C}其中农业转移人口市民化率为67%左右。${FILLER_D}`;
const repeatedSentence = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。';
const twoCopies = `${FILLER_A}${repeatedSentence}${FILLER_B}${FILLER_C}${repeatedSentence}${FILLER_D}`;

const editedInPlace: Row[] = [
  {
    name: 'a number revised to a value that occurs elsewhere (67% → 97%)',
    before: twoPercents,
    quote: '67%',
    after: (t) => replaceNth(t, '67%', '97%'),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '97%',
  },
  {
    name: 'the second of two percentages revised (67% → 70%)',
    before: twoPercents,
    quote: '67%',
    occurrence: 1,
    after: (t) => replaceNth(t, '67%', '70%', 1),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '70%',
  },
  {
    name: 'a word changed inside a sentence repeated elsewhere (first copy)',
    before: twoCopies,
    quote: repeatedSentence,
    after: (t) => replaceNth(t, repeatedSentence, repeatedSentence.replace('全面', '深入')),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: repeatedSentence.replace('全面', '深入'),
  },
  {
    name: 'a word changed inside a sentence repeated elsewhere (second copy)',
    before: twoCopies,
    quote: repeatedSentence,
    occurrence: 1,
    after: (t) => replaceNth(t, repeatedSentence, repeatedSentence.replace('稳中求进', '稳中有进'), 1),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: repeatedSentence.replace('稳中求进', '稳中有进'),
  },
  {
    name: 'a PDF line break inserted inside a repeated sentence',
    before: twoCopies,
    quote: repeatedSentence,
    after: (t) => replaceNth(t, repeatedSentence, repeatedSentence.replace('，完整', '，\n完整')),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: repeatedSentence.replace('，完整', '，\n完整'),
  },
  {
    name: 'one character deleted in a long quote also quoted verbatim later (the issue example)',
    before: 'ABCDEFGHIJKLMNOP 全面建设社会主义现代化国家 QRSTUVWXYZ 另见：全面建设社会主义现代化国家。',
    quote: '全面建设社会主义现代化国家',
    after: (t) => replaceNth(t, '全面建设社会主义现代化国家', '全面建设社会主义现代国家'),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '全面建设社会主义现代国家',
  },
  {
    name: 'a short recurring phrase (稳就业) changed in place in the report',
    before: report,
    quote: '稳就业',
    occurrence: 0,
    after: (t) => replaceNth(t, '稳增长稳就业稳物价', '稳增长保就业稳物价'),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '保就业',
  },
  {
    name: 'a short recurring phrase (改革开放) changed in place in the report',
    before: report,
    quote: '改革开放',
    occurrence: 2,
    after: (t) => replaceNth(t, '改革开放', '改革创新', 2),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '改革创新',
  },
  {
    name: 'a percentage of the report revised to a value it has elsewhere (5.5% → 3%)',
    before: report,
    quote: '5.5%',
    occurrence: 0,
    after: (t) => replaceNth(t, '降到5.5%', '降到3%'),
    allowed: ['own-fuzzy', 'orphan'],
    ownAfter: '3%',
  },
];

const deleted: Row[] = [
  {
    name: 'the sentence holding 67% deleted while another sentence says 67%',
    before: twoPercents,
    quote: '67%',
    after: (t) => t.replace('2022年全省城镇化率达到67%，比上年提高1.2个百分点。', ''),
    allowed: ['orphan'],
  },
  {
    name: 'a deleted paragraph whose text also occurs elsewhere',
    before: twoCopies,
    quote: repeatedSentence,
    after: (t) => replaceNth(t, repeatedSentence, ''),
    allowed: ['orphan'],
  },
  {
    name: 'a deleted paragraph whose text also occurs elsewhere (the later copy annotated)',
    before: twoCopies,
    quote: repeatedSentence,
    occurrence: 1,
    after: (t) => replaceNth(t, repeatedSentence, '', 1),
    allowed: ['orphan'],
  },
  {
    name: 'the report sentence with 稳就业 deleted (稳就业 recurs 5 more times)',
    before: report,
    quote: '稳就业',
    after: (t) => t.replace('突出稳增长稳就业稳物价，推动经济企稳回升。', ''),
    allowed: ['orphan'],
  },
  {
    name: 'the report paragraph with the third 改革开放 deleted',
    before: report,
    quote: '改革开放',
    occurrence: 2,
    after: (t) => {
      const at = nth(t, '改革开放', 2);
      const from = t.lastIndexOf('\n', at) + 1;
      const to = t.indexOf('\n', at);
      return t.slice(0, from) + t.slice(to + 1);
    },
    allowed: ['orphan'],
  },
];

const rightToMove: Row[] = [
  {
    name: 'text inserted above: a recurring phrase moves with its context',
    before: report,
    quote: '稳就业',
    occurrence: 3,
    after: (t) => '新增的导语段落，说明修订情况。\n'.repeat(5) + t,
    allowed: ['moved'],
    movedTo: 3,
  },
  {
    name: 'a paragraph deleted above: 67% (second) moves up with its context',
    before: twoPercents,
    quote: '67%',
    occurrence: 1,
    after: (t) => t.replace(FILLER_B, ''),
    allowed: ['moved'],
    movedTo: 1,
  },
  {
    name: 'a sentence edited next to the quote but its own prefix intact: still exact in place',
    before: twoCopies,
    quote: repeatedSentence,
    occurrence: 1,
    after: (t) => replaceNth(t, FILLER_D, FILLER_D.replace('完善', '健全')),
    allowed: ['own-exact', 'moved'],
    ownAfter: repeatedSentence,
    movedTo: 1,
  },
];

describe('re-anchoring never lands on another occurrence', () => {
  describe('edited in place while the same text occurs elsewhere: stays (fuzzy) or orphan', () => {
    for (const row of editedInPlace) it(row.name, () => check(row));
  });
  describe('deleted while the same text occurs elsewhere: orphan', () => {
    for (const row of deleted) it(row.name, () => check(row));
  });
  describe('negatives: moving is right when the context moved too', () => {
    for (const row of rightToMove) it(row.name, () => check(row));
  });

  it('anchorAll agrees with anchorOne on the 67% → 97% revision', () => {
    const a = annotateAt(twoPercents, '67%');
    const b = { ...annotateAt(twoPercents, '比上年提高'), id: 'a-2' };
    const after = replaceNth(twoPercents, '67%', '97%');
    const results = anchorAll(after, [a, b]);
    const statuses: AnchorStatus[] = results.map((r) => r.status);
    assert.notEqual(results[0].start, after.indexOf('67%'), 'never on the other 67%');
    assert.ok(statuses[0] === 'fuzzy' || statuses[0] === 'orphan', statuses[0]);
    assert.equal(statuses[1], 'exact');
  });
});
