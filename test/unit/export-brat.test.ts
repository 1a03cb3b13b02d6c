import * as assert from 'node:assert/strict';
import { bratConf, toBrat } from '../../src/core/export/brat';
import type { ExportDocument } from '../../src/core/export/types';
import { annotate, claim, orphan, quotation, term } from './export-helpers';
import { readFixture } from './helpers';

interface TLine { id: string; type: string; fragments: [number, number][]; text: string }

function tLines(ann: string): TLine[] {
  return ann.split('\n').filter((l) => l.startsWith('T')).map((line) => {
    const fields = line.split('\t');
    assert.equal(fields.length, 3, `three tab-separated fields: ${JSON.stringify(line)}`);
    const [type, ...rest] = fields[1].split(' ');
    const fragments = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    return { id: fields[0], type, fragments, text: fields[2] };
  });
}

function astralDoc(): ExportDocument {
  const text = readFixture('export/astral.txt');
  return {
    path: 'astral.txt',
    text,
    annotations: [
      annotate(text, '𠀀字与表情😀', { id: 'a-1', tag: '重点', note: '多行\n笔记\t带制表符', link: 'https://example.org' }),
      annotate(text, '达到\n18.45 亿户', { id: 'a-2', tag: '待 核实', note: '' }),
      annotate(text, '第二行\t数字', { id: 'a-3', tag: null, note: '' }),
      annotate(text, '𠀁𠀂𠀃 三个', { id: 'a-4', tag: '引用', note: '' }),
      annotate(text, '。\r\n第二行', { id: 'a-5', tag: null, note: '跨 CRLF' }),
      orphan('不在了', { id: 'a-6' }),
    ],
    findings: {
      quotations: [quotation(text, '“引语”', '文章', '说')],
      numericClaims: [claim(text, '18.45 亿户', { value: 1845000000, unit: '户' })],
      terms: [term(text, '两个表情', '两个表情', null)],
      headings: [],
    },
  };
}

describe('export brat standoff', () => {
  it('gives code point offsets: slicing Array.from(txt) by every fragment gives its text', () => {
    const doc = astralDoc();
    const { txt, ann } = toBrat(doc);
    assert.equal(txt, doc.text, 'the text is unchanged');
    const chars = Array.from(txt);
    const ts = tLines(ann);
    assert.equal(ts.length, 5 + 3, 'five placed annotations and three findings');
    for (const t of ts) {
      const pieces = t.fragments.map(([s, e]) => chars.slice(s, e).join(''));
      assert.equal(pieces.join(' '), t.text, t.id);
      for (const p of pieces) assert.doesNotMatch(p, /[\r\n\t]/, 'no fragment crosses a line break or tab');
    }
  });

  it('puts 𠀀 at code point 4 (not UTF-16 offset 4 and 5) and splits spans at line breaks', () => {
    const ts = tLines(toBrat(astralDoc()).ann);
    // 第一行：𠀀 — 𠀀 is the fifth character; 字与表情😀 follow, 6 characters in all.
    assert.deepEqual(ts[0], { id: 'T1', type: 'Annotation', fragments: [[4, 10]], text: '𠀀字与表情😀' });
    // 。\r\n第二行: the CRLF is left out, two fragments.
    const crlf = ts.find((t) => t.text === '。 第二行')!;
    assert.equal(crlf.fragments.length, 2);
    const tab = ts.find((t) => t.text === '第二行 数字')!;
    assert.equal(tab.fragments.length, 2);
    const broken = ts.find((t) => t.text === '达到 18.45 亿户' && t.type === 'Annotation')!;
    assert.equal(broken.fragments.length, 2);
    assert.deepEqual(ts.filter((t) => t.type !== 'Annotation').map((t) => t.type).sort(), ['NumericClaim', 'Quotation', 'Term']);
  });

  it('writes tags as attributes and notes as AnnotatorNotes on one line', () => {
    const { ann, skipped } = toBrat(astralDoc());
    const lines = ann.trimEnd().split('\n');
    assert.ok(lines.includes('A1\tTag T1 重点'));
    assert.ok(lines.includes('#1\tAnnotatorNotes T1\t多行 笔记 带制表符 | https://example.org'));
    // A space inside a tag would end the attribute value in brat.
    const t2 = tLines(ann).find((t) => t.text === '达到 18.45 亿户' && t.type === 'Annotation')!;
    assert.ok(lines.includes(`A2\tTag ${t2.id} 待_核实`));
    for (const l of lines) assert.match(l, /^[TA#]\d+\t/);
    assert.ok(lines.some((l) => /^#\d+\tAnnotatorNotes T\d+\tspeaker: 文章; cue: 说$/.test(l)));
    assert.ok(lines.some((l) => /AnnotatorNotes T\d+\tvalue: 1845000000; unit: 户$/.test(l)));
    assert.deepEqual(skipped, ['a-6'], 'the orphan cannot be placed');
  });

  it('emits an annotation.conf with the entity types and the tags', () => {
    const conf = bratConf(['自定义 标签', '重点']);
    assert.match(conf, /^\[entities\]\nAnnotation\nQuotation\nNumericClaim\nTerm\n/);
    assert.match(conf, /\[relations\]\n(#.*\n)?<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n/);
    assert.match(conf, /\[attributes\]\nTag\tArg:<ENTITY>, Value:重点\|存疑\|待核实\|引用\|笔记\|自定义_标签\n/);
  });

  it('handles the real fixture: every span reproduces its text', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    const doc: ExportDocument = {
      path: 'a.txt', text,
      annotations: [
        annotate(text, '同时，新一轮科技革命\n\n和产业变革突飞猛进', { id: 'x1' }),
        annotate(text, '加快建设北京国际科技创新中心', { id: 'x2', occurrence: 1 }),
      ],
    };
    const { ann } = toBrat(doc);
    const chars = Array.from(text);
    const ts = tLines(ann);
    assert.equal(ts.length, 2);
    // Paragraphs separated by a blank line: two fragments, the empty line is dropped.
    const split = ts.find((t) => t.text.startsWith('同时'))!;
    assert.deepEqual(split.text, '同时，新一轮科技革命 和产业变革突飞猛进');
    assert.equal(split.fragments.length, 2);
    for (const t of ts) assert.equal(t.fragments.map(([s, e]) => chars.slice(s, e).join('')).join(' '), t.text);
  });
});
