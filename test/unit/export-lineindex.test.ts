import * as assert from 'node:assert/strict';
import { CodePointIndex } from '../../src/core/export/codePoints';
import { LineIndex } from '../../src/core/export/lineIndex';
import { readFixture } from './helpers';

/** Reference: line and code point column by walking the text from the start (slow, obviously right). */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: Array.from(before.slice(lastBreak + 1)).length + 1 };
}

describe('export LineIndex', () => {
  it('numbers lines from 1 across \\n, \\r\\n and a lone \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(0), { line: 1, column: 1 });
    assert.deepEqual(idx.positionAt(2), { line: 1, column: 3 }); // the \n itself ends line 1
    assert.deepEqual(idx.positionAt(3), { line: 2, column: 1 }); // c
    assert.deepEqual(idx.positionAt(6), { line: 2, column: 4 }); // the \n of \r\n is still line 2
    assert.deepEqual(idx.positionAt(7), { line: 3, column: 1 }); // e
    assert.deepEqual(idx.positionAt(10), { line: 4, column: 1 }); // g, after the lone \r
    assert.deepEqual(idx.positionAt(text.length), { line: 4, column: 3 });
    assert.equal(idx.lineStart(3), 7);
  });

  it('counts columns in code points, so a character outside the BMP counts once', () => {
    const text = readFixture('export/astral.txt');
    const idx = new LineIndex(text);
    // Line 1 is 第一行：𠀀字… — 字 is the 6th character although it is at UTF-16 offset 6.
    assert.equal(text.indexOf('字'), 6);
    assert.deepEqual(idx.positionAt(text.indexOf('字')), { line: 1, column: 6 });
    // Line 4 starts with 𠀁𠀂𠀃 and a space: 三 is its 5th character (UTF-16 offset 7 into the line).
    assert.deepEqual(idx.positionAt(text.indexOf('三个扩展')), { line: 4, column: 5 });
    // 18.45 starts line 3 (the number was broken across lines by extraction).
    assert.deepEqual(idx.positionAt(text.indexOf('18.45')), { line: 3, column: 1 });
  });

  it('agrees with a naive count on every line start and a spread of offsets of a real document', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    const idx = new LineIndex(text);
    // The heading 加快建设北京国际科技创新中心 is on line 3 (the file starts with two blank lines).
    assert.deepEqual(idx.positionAt(text.indexOf('加快建设北京国际科技创新中心')), { line: 3, column: 1 });
    // Line 13 begins 党的二十大报告提出：“统筹推进… — 统 is the 12th character of the line.
    assert.deepEqual(idx.positionAt(text.indexOf('统筹推进国际科技创新中心')), { line: 13, column: 12 });
    for (let offset = 0; offset <= text.length; offset += 997) {
      assert.deepEqual(idx.positionAt(offset), naivePosition(text, offset), `offset ${offset}`);
    }
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('一\n二');
    assert.deepEqual(idx.positionAt(-5), { line: 1, column: 1 });
    assert.deepEqual(idx.positionAt(99), { line: 2, column: 2 });
  });
});

describe('export CodePointIndex', () => {
  it('converts UTF-16 offsets to code points and back like Array.from', () => {
    const text = readFixture('export/astral.txt');
    const cps = new CodePointIndex(text);
    const chars = Array.from(text);
    assert.equal(cps.codePointLength, chars.length);
    let utf16 = 0;
    for (let cp = 0; cp <= chars.length; cp++) {
      assert.equal(cps.toCodePoint(utf16), cp, `utf16 ${utf16}`);
      assert.equal(cps.toUtf16(cp), utf16, `cp ${cp}`);
      if (cp < chars.length) utf16 += chars[cp].length;
    }
  });

  it('snaps an offset inside a surrogate pair back to the start of its character', () => {
    const cps = new CodePointIndex('a😀b');
    assert.equal(cps.toCodePoint(2), 1);
    assert.equal(cps.toCodePoint(3), 2);
  });

  it('counts a lone surrogate as one character', () => {
    const text = 'a\ud800b\udc00c';
    const cps = new CodePointIndex(text);
    assert.equal(cps.codePointLength, Array.from(text).length);
    assert.equal(cps.toCodePoint(4), 4);
  });
});
