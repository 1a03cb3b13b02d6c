import * as assert from 'node:assert/strict';
import { applyEdits, applyEditsToText, type TextEdit } from '../../src/core/annotations/tracking';

// Text "0123456789ABCDEFGHIJ", tracked range [5, 10) = "56789".
const text = '0123456789ABCDEFGHIJ';
const range = { start: 5, end: 10 };

function track(edits: TextEdit[]): { start: number; end: number } | null {
  return applyEdits([range], edits)[0];
}

describe('applyEdits', () => {
  it('an edit before the range shifts it, after it leaves it alone', () => {
    assert.deepEqual(track([{ start: 1, end: 3, newText: 'xxxxx' }]), { start: 8, end: 13 });
    assert.deepEqual(track([{ start: 0, end: 4, newText: '' }]), { start: 1, end: 6 });
    assert.deepEqual(track([{ start: 12, end: 15, newText: '' }]), range);
  });

  it('an insertion at the start goes before the range, at the end stays outside', () => {
    const atStart = [{ start: 5, end: 5, newText: '插入' }];
    assert.deepEqual(track(atStart), { start: 7, end: 12 });
    assert.equal(applyEditsToText(text, atStart).slice(7, 12), '56789');
    const atEnd = [{ start: 10, end: 10, newText: '插入' }];
    assert.deepEqual(track(atEnd), range);
  });

  it('an edit inside grows or shrinks the range', () => {
    assert.deepEqual(track([{ start: 7, end: 7, newText: 'abc' }]), { start: 5, end: 13 });
    assert.deepEqual(track([{ start: 6, end: 9, newText: '' }]), { start: 5, end: 7 });
    assert.deepEqual(track([{ start: 5, end: 9, newText: 'Z' }]), { start: 5, end: 7 });
  });

  it('a deletion overlapping one end cuts the range there', () => {
    assert.deepEqual(track([{ start: 3, end: 7, newText: '' }]), { start: 3, end: 6 });
    assert.deepEqual(track([{ start: 8, end: 12, newText: '' }]), { start: 5, end: 8 });
  });

  it('a deletion or replacement covering the whole range collapses it to null', () => {
    assert.equal(track([{ start: 5, end: 10, newText: '' }]), null);
    assert.equal(track([{ start: 2, end: 15, newText: '' }]), null);
    assert.equal(track([{ start: 4, end: 11, newText: '全新的文字' }]), null);
  });

  it('several changes of one event, in any order, are each relative to the text before the event', () => {
    const edits: TextEdit[] = [
      { start: 15, end: 16, newText: '后' }, // after
      { start: 0, end: 0, newText: '前前前' }, // before: +3
      { start: 7, end: 8, newText: '中中' }, // inside: +1
    ];
    const expected = { start: 8, end: 14 };
    for (const order of [edits, [...edits].reverse(), [edits[2], edits[0], edits[1]]]) {
      assert.deepEqual(track(order), expected);
      const after = applyEditsToText(text, order);
      assert.equal(after, '前前前0123456中中89ABCDE后GHIJ');
      assert.equal(after.slice(expected.start, expected.end), '56中中89');
    }
  });

  it('maps many ranges at once, nulls only the collapsed ones', () => {
    const out = applyEdits(
      [{ start: 0, end: 2 }, { start: 3, end: 4 }, { start: 6, end: 8 }],
      [{ start: 2, end: 5, newText: '' }],
    );
    assert.deepEqual(out, [{ start: 0, end: 2 }, null, { start: 3, end: 5 }]);
  });

  it('works on CJK text with astral characters (offsets in UTF-16 code units)', () => {
    const t = '前言𠀀𠀁重点内容后记';
    const r = { start: t.indexOf('重点'), end: t.indexOf('重点') + 4 };
    const edits = [{ start: 2, end: 4, newText: '' }]; // delete 𠀀 (two code units)
    const [m] = applyEdits([r], edits);
    assert.ok(m);
    assert.equal(applyEditsToText(t, edits).slice(m.start, m.end), '重点内容');
  });
});
