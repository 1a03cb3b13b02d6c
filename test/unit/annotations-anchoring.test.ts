import * as assert from 'node:assert/strict';
import { anchorAll, anchorOne, followEdits, orphansOf, reattach, refreshAll, refreshSelectors } from '../../src/core/annotations/anchoring';
import { createAnnotation } from '../../src/core/annotations/create';
import type { StoredAnnotation } from '../../src/core/annotations/model';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { readFixture } from './helpers';

const report = readFixture('government-work-report-2023.txt');

function annotate(text: string, quote: string, id = 'a-1', occurrence = 0): StoredAnnotation {
  let start = -1;
  for (let k = 0; k <= occurrence; k++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `fixture lacks ${quote}`);
  return createAnnotation(text, start, start + quote.length, { note: '', author: 't', id, now: new Date(0) });
}

function slice(text: string, r: { start: number | null; end: number | null }): string {
  assert.ok(r.start !== null && r.end !== null);
  return text.slice(r.start, r.end);
}

describe('anchorOne', () => {
  it('exact: the quote is still at the stored position', () => {
    const a = annotate(report, '本届政府任期即将结束');
    const r = anchorOne(report, a);
    assert.equal(r.status, 'exact');
    assert.equal(r.start, a.target.position.start);
    assert.equal(slice(report, r), '本届政府任期即将结束');
  });

  it('moved: text inserted before the quote shifts it', () => {
    const a = annotate(report, '本届政府任期即将结束');
    const text = '【新增导语】'.repeat(7) + report;
    const r = anchorOne(text, a);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, a.target.position.start + 42);
    assert.equal(slice(text, r), '本届政府任期即将结束');
  });

  it('moved: among several occurrences, the one with the stored context wins over a nearer one', () => {
    // 稳就业 occurs many times in the report; annotate a later occurrence.
    const quote = '稳就业';
    const all: number[] = [];
    for (let i = report.indexOf(quote); i !== -1; i = report.indexOf(quote, i + 1)) all.push(i);
    assert.ok(all.length >= 3, 'the report repeats 稳就业');
    const a = annotate(report, quote, 'a-1', 2);
    // Shift everything by deleting a chunk at the top; the stored position now holds other text.
    const text = report.slice(200);
    const r = anchorOne(text, a);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, all[2] - 200);
  });

  it('moved: with identical contexts (a repeated paragraph), the occurrence nearest the hint wins', () => {
    const para = '坚持以人民为中心的发展思想，着力保障和改善民生。';
    const base = '甲'.repeat(40) + para + '乙'.repeat(40) + para + '丙'.repeat(40);
    const second = base.lastIndexOf(para);
    const a = createAnnotation(base, second, second + para.length, { note: '', author: 't', id: 'a-r' });
    const text = '插入' + base;
    assert.equal(anchorOne(text, a).start, second + 2);
  });

  it('fuzzy: a character changed inside a long quote', () => {
    const quote = '国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%';
    const a = annotate(report, quote);
    const changed = quote.replace('1206', '1207');
    const text = report.replace(quote, changed);
    const r = anchorOne(text, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(slice(text, r), changed);
  });

  it('fuzzy: a short number revised in place is found between its intact prefix and suffix', () => {
    const a = annotate(report, '1206万');
    const text = report.replace('1206万', '1210万');
    const r = anchorOne(text, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(slice(text, r), '1210万');
  });

  it('fuzzy: a quote cut short by a deletion stays on what is left', () => {
    const quote = '既果断加大力度，又不搞“大水漫灌”、透支未来，';
    const a = annotate(report, quote);
    const i = report.indexOf(quote);
    // Delete the second half of the quote and 40 characters after it (the suffix is gone too).
    const text = report.slice(0, i + 13) + report.slice(i + quote.length + 40);
    const r = anchorOne(text, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(r.start, i);
    assert.equal(slice(text, r), '既果断加大力度，又不搞“大');
  });

  it('fuzzy: a long quote (paragraph) with an edit near its start and another near its end', () => {
    const start = report.indexOf('一、过去一年和五年工作回顾');
    const paraStart = report.indexOf('\n', start + 20) + 2;
    const paraEnd = report.indexOf('\n', paraStart);
    const quote = report.slice(paraStart, paraEnd);
    assert.ok(quote.length > 150);
    const a = annotate(report, quote);
    const edited = quote.slice(0, 5) + '新' + quote.slice(6, quote.length - 5) + '改' + quote.slice(quote.length - 4);
    const text = '前置文字。'.repeat(30) + report.replace(quote, edited);
    const r = anchorOne(text, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(slice(text, r), edited);
  });

  it('orphan: the quoted sentence was deleted', () => {
    const quote = '本届政府任期即将结束。现在，我代表国务院，向大会报告工作';
    const a = annotate(report, quote);
    const text = report.replace(quote, '');
    const r = anchorOne(text, a);
    assert.equal(r.status, 'orphan');
    assert.equal(r.start, null);
    assert.equal(r.end, null);
  });

  it('orphan: the document was replaced by another one', () => {
    const other = readFixture('state-council-digital-government-opinion-2022.txt');
    const a = annotate(report, '粮食产量连年稳定在1.3万亿斤以上');
    assert.equal(other.includes(a.target.quote.exact), false);
    assert.equal(anchorOne(other, a).status, 'orphan');
  });

  it('CJK text with astral characters: moved and fuzzy keep surrogate pairs whole', () => {
    const text = '𠀀𠀁前言。' + '研究“𠀂𠀃”一词的由来和用法，并加以说明。' + '后记𠀄';
    const start = text.indexOf('“𠀂');
    const a = createAnnotation(text, start, start + 8, { note: '', author: 't' });
    assert.equal(a.target.quote.exact, '“𠀂𠀃”一词');
    const moved = '𠀅' + text;
    const r = anchorOne(moved, a);
    assert.equal(r.status, 'moved');
    assert.equal(r.start, start + 2);
  });

  it('a fuzzy match at the old place, whose context still fits, is preferred to an exact copy elsewhere (issue 11)', () => {
    // Until issue 11 this test asserted the opposite (moved to the copy after 另见：): the silent
    // misplacement the issue asks to remove.
    const text = 'ABCDEFGHIJKLMNOP 全面建设社会主义现代化国家 QRSTUVWXYZ';
    const a = annotate(text, '全面建设社会主义现代化国家');
    const changed = text.replace('全面建设社会主义现代化国家', '全面建设社会主义现代国家') + ' 另见：全面建设社会主义现代化国家。';
    const r = anchorOne(changed, a);
    assert.equal(r.status, 'fuzzy');
    assert.equal(slice(changed, r), '全面建设社会主义现代国家');
  });
});

describe('anchorAll', () => {
  it('keeps input order and every id; places each by its own status', () => {
    const quotes = ['本届政府任期即将结束', '粮食产量连年稳定在1.3万亿斤以上', '稳就业', '国内生产总值增长3%'];
    const anns = quotes.map((q, i) => annotate(report, q, `a-${i}`));
    const text = '导语。'.repeat(10) + report.replace('粮食产量连年稳定在1.3万亿斤以上', '');
    const results = anchorAll(text, [...anns].reverse());
    assert.deepEqual(results.map((r) => r.annotation.id), ['a-3', 'a-2', 'a-1', 'a-0']);
    assert.deepEqual(results.map((r) => r.status), ['moved', 'moved', 'orphan', 'moved']);
    assert.deepEqual(orphansOf(results).map((r) => r.annotation.id), ['a-1']);
  });

  it('handles an empty list and an empty text', () => {
    assert.deepEqual(anchorAll(report, []), []);
    const a = annotate(report, '本届政府');
    assert.equal(anchorAll('', [a])[0].status, 'orphan');
  });
});

describe('refreshSelectors / reattach', () => {
  it('refreshSelectors moves the selectors to the current text and clears orphan', () => {
    const a = { ...annotate(report, '本届政府任期即将结束'), orphan: true };
    const text = '新的开头。' + report;
    const r = anchorOne(text, a);
    const refreshed = refreshSelectors(text, r);
    assert.equal(refreshed.orphan, undefined);
    assert.equal(refreshed.target.position.start, a.target.position.start + 5);
    assert.equal(refreshed.target.quote.exact, a.target.quote.exact);
    assert.equal(refreshed.modified, a.modified, 're-anchoring is not a user change');
    assert.equal(anchorOne(text, refreshed).status, 'exact');
  });

  it('refreshSelectors takes the exact quote from the text for a fuzzy match', () => {
    const a = annotate(report, '1206万');
    const text = report.replace('1206万', '1210万');
    const refreshed = refreshSelectors(text, anchorOne(text, a));
    assert.equal(refreshed.target.quote.exact, '1210万');
    assert.equal(text.slice(refreshed.target.position.start, refreshed.target.position.end), '1210万');
  });

  it('an orphan keeps its old selectors, is marked, and survives a save', () => {
    const a = annotate(report, '本届政府任期即将结束');
    const text = report.replace('本届政府任期即将结束', '');
    const refreshed = refreshSelectors(text, anchorOne(text, a));
    assert.equal(refreshed.orphan, true);
    assert.deepEqual(refreshed.target, a.target);
    const parsed = parseSidecar(serializeSidecar({ version: 1, document: 'r.txt', annotations: [refreshed] }));
    assert.ok(parsed.ok);
    assert.equal(parsed.file.annotations[0].orphan, true);
  });

  it('reattach re-targets an orphan to a new selection and bumps modified', () => {
    const a = { ...annotate(report, '本届政府任期即将结束'), orphan: true, note: '保留的笔记' };
    const start = report.indexOf('各位代表');
    const b = reattach(a, report, start, start + 4, new Date('2025-01-01T00:00:00Z'));
    assert.equal(b.orphan, undefined);
    assert.equal(b.note, '保留的笔记');
    assert.equal(b.id, a.id);
    assert.equal(b.target.quote.exact, '各位代表');
    assert.equal(b.modified, '2025-01-01T00:00:00.000Z');
    assert.equal(anchorOne(report, b).status, 'exact');
  });
});

describe('refreshAll / followEdits return new objects (issue 9: the store does not mutate core objects)', () => {
  function frozenDeep<T>(x: T): T {
    if (x && typeof x === 'object') {
      Object.values(x as object).forEach(frozenDeep);
      Object.freeze(x);
    }
    return x;
  }

  it('refreshAll refreshes selectors without changing its arguments', () => {
    const a = annotate(report, '本届政府任期即将结束', 'a-1');
    const b = annotate(report, '粮食产量连年稳定在1.3万亿斤以上', 'a-2');
    const text = '新的开头。' + report.replace('粮食产量连年稳定在1.3万亿斤以上', '');
    const results = frozenDeep(anchorAll(text, [a, b]));
    const before = JSON.stringify(results);
    const { annotations, anchored } = refreshAll(text, results);
    assert.equal(JSON.stringify(results), before);
    assert.equal(annotations[0].target.position.start, a.target.position.start + 5);
    assert.equal(annotations[1].orphan, true);
    assert.notEqual(annotations[1].target, b.target, 'an orphan gets its own copy of the target');
    assert.equal(anchored[0].annotation, annotations[0]);
    assert.equal(anchored[0].start, results[0].start);
  });

  it('followEdits maps ranges, re-anchors a collapsed one and brings back an orphan, without changing its arguments', () => {
    const quote = '本届政府任期即将结束';
    const a = annotate(report, quote, 'a-1');
    const b = annotate(report, '粮食产量连年稳定在1.3万亿斤以上', 'a-2');
    const start = report.indexOf(quote);
    const results = frozenDeep(anchorAll(report, [a, b]));
    const before = JSON.stringify(results);
    // Insert at the top: both ranges shift.
    const inserted = '导语。' + report;
    const shifted = followEdits(inserted, results, [{ start: 0, end: 0, newText: '导语。' }]);
    assert.equal(JSON.stringify(results), before);
    assert.equal(shifted[0].start, start + 3);
    assert.notEqual(shifted[0], results[0]);
    // Delete the quote: its range collapses and it is anchored again (an orphan).
    const deleted = inserted.slice(0, start + 3) + inserted.slice(start + 3 + quote.length);
    const gone = followEdits(deleted, shifted, [{ start: start + 3, end: start + 3 + quote.length, newText: '' }]);
    assert.equal(gone[0].status, 'orphan');
    // Undo: the quote comes back and the orphan with it.
    const back = followEdits(inserted, gone, [{ start: start + 3, end: start + 3, newText: quote }]);
    assert.equal(back[0].status === 'exact' || back[0].status === 'moved', true);
    assert.equal(inserted.slice(back[0].start!, back[0].end!), quote);
    assert.equal(gone[0].status, 'orphan', 'the input list is not changed');
  });
});
