import * as assert from 'node:assert/strict';
import { load } from 'cheerio';
import { escapeHtml, toHtml } from '../../src/core/export/html';
import type { ExportDocument } from '../../src/core/export/types';
import { annotate, claim, orphan, quotation, term } from './export-helpers';
import { readFixture } from './helpers';

const HOSTILE = '<script>alert(1)</script>';
const ATTR = '"onmouseover=alert(2) x="';

/** A document whose text, tags, notes, links and author all carry markup. */
function hostileDoc(): ExportDocument {
  const text = `标题 ${HOSTILE}\n正文包含 ${ATTR} 与 &amp; 以及 'single' 引号。\n第三行：“引语 <b>粗</b>”。`;
  return {
    path: `dir/<img src=x onerror=alert(3)>.txt`,
    text,
    annotations: [
      annotate(text, HOSTILE, { id: 'h1', tag: `<i>tag</i>${ATTR}`, note: `${HOSTILE}\n${ATTR}\n&amp;`, author: '<u>作者</u>', link: 'javascript:alert(4)' }),
      annotate(text, ATTR, { id: 'h2', tag: '重点', note: "it's & <ok>", link: 'https://example.org/?a=1&b=2' }),
      annotate(text, '&amp;', { id: 'h3', tag: null, note: '', link: 'data:text/html,<script>alert(5)</script>' }),
      orphan(`旧文 ${HOSTILE}`, { id: 'h4', note: ATTR, link: 'mailto:editor@example.org' }),
      annotate(text, '正文', { id: 'h5', tag: null, link: 'https://example.org/"onmouseover="x' }),
    ],
    findings: {
      quotations: [quotation(text, '“引语 <b>粗</b>”', `<s>说话人</s>${ATTR}`, null)],
      numericClaims: [],
      terms: [term(text, "'single'", `<term>${ATTR}`, '<cat>')],
      headings: [],
    },
  };
}

describe('export HTML', () => {
  it('escapes all document and user text, in content and in attributes', () => {
    const html = toHtml(hostileDoc(), { title: `标题 ${HOSTILE}` });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<(b|i|u|s|term|cat|ok)>/);
    assert.doesNotMatch(html, /"onmouseover=/);
    assert.ok(html.includes('&lt;img src=x onerror=alert(3)&gt;'));
    // The escaped forms are there instead.
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;onmouseover=alert(2) x=&quot;'));
    // A literal "&amp;" in the text and in a note must read as &amp; — so it is escaped once more.
    assert.ok(html.includes('&amp;amp;'));
    assert.doesNotMatch(html.replace(/&amp;amp;/g, ''), /[^&]amp;amp/);
    assert.ok(html.includes('&#39;single&#39;'));
    // Every attribute value is double-quoted and contains no raw quote or angle bracket.
    for (const m of html.matchAll(/<[a-z]+\s([^>]*)>/g)) {
      assert.match(m[1], /^(\s*[a-z-]+="[^"<>]*")*\s*$/, `attributes: ${m[1]}`);
    }
  });

  it('makes only http(s) and mailto links clickable', () => {
    const html = toHtml(hostileDoc());
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !h.startsWith('#'));
    assert.deepEqual(hrefs, ['https://example.org/?a=1&amp;b=2', 'mailto:editor@example.org']);
    // A URL with a raw quote is not a valid URL: shown as escaped text, not linked.
    assert.ok(html.includes('https://example.org/&quot;onmouseover=&quot;x'));
    assert.ok(html.includes('javascript:alert(4)'), 'shown as text');
    assert.doesNotMatch(html, /href="(javascript|data):/);
  });

  it('splits overlapping highlights into segments with the classes of every span covering them', () => {
    const text = '甲乙丙丁戊己庚';
    const doc: ExportDocument = {
      path: 'o.txt', text,
      annotations: [annotate(text, '乙丙丁', { id: 'x', tag: '重点', note: 'A' }), annotate(text, '丁戊', { id: 'y', tag: '存疑', note: 'B' })],
      findings: { quotations: [], numericClaims: [], terms: [term(text, '丙丁戊己', '丙丁戊己', null)], headings: [] },
    };
    const html = toHtml(doc);
    const $ = load(html);
    const marks = $('.doc mark').toArray().map((m) => [$(m).text(), $(m).attr('class')]);
    assert.deepEqual(marks, [
      ['乙', 'k-annotation tag-1'],
      ['丙', 'k-annotation tag-1 k-term'],
      ['丁', 'k-annotation tag-1 k-term tag-2 overlap'],
      ['戊', 'k-term k-annotation tag-2'],
      ['己', 'k-term'],
    ]);
    // The text is all there, in order, once footnote markers are removed.
    const line = $('.doc .line').clone();
    line.find('sup').remove();
    assert.equal(line.text(), text);
    // Footnote markers after each annotation's end, linking both ways to the margin notes.
    const body = $('.doc .line').html()!;
    assert.match(body, /丁<\/mark><sup class="ref"><a href="#note-1" id="ref-1">1<\/a><\/sup>/);
    assert.match(body, /戊<\/mark><sup class="ref"><a href="#note-2" id="ref-2">2<\/a><\/sup>/);
    assert.equal($('#note-1 a.back').attr('href'), '#ref-1');
    assert.equal($('#note-2 a.back').attr('href'), '#ref-2');
    assert.deepEqual($('.row aside.margin .note .note-text').toArray().map((n) => $(n).text()), ['A', 'B']);
  });

  it('has title, summary counts, notes, orphans and a findings table on the real fixture', () => {
    const text = readFixture('000_b29511bdb28f9b3d.txt');
    const doc: ExportDocument = {
      path: '000_b29511bdb28f9b3d.txt', text,
      annotations: [
        annotate(text, '统筹推进国际科技创新中心', { id: 'k', tag: '重点', note: '核心提法' }),
        annotate(text, '人才密度达到62%', { id: 'v', tag: '待核实' }),
        orphan('删除的句子', { id: 'o' }),
      ],
      findings: {
        quotations: [quotation(text, '“统筹推进国际科技创新中心、区域科技创新中心建设”', '党的二十大报告', '提出')],
        numericClaims: [claim(text, '781.3万人', { value: 7813000, unit: '人' })],
        terms: [],
        headings: [],
      },
    };
    const html = toHtml(doc, { generated: '2024-05-01' });
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    // The document's own title (its first line), not the file name (issue 13).
    assert.match(html, /<title>加快建设北京国际科技创新中心<\/title>/);
    assert.match(html, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
    assert.doesNotMatch(html, /<script|<link |src=/);
    assert.match(html, /<th><span class="swatch k-annotation"><\/span>标注<\/th><td>3<\/td>/);
    assert.match(html, /<th><span class="swatch tag-1"><\/span>· 重点<\/th><td>1<\/td>/);
    assert.match(html, /<th><span class="swatch orphan"><\/span>未能定位的标注<\/th><td>1<\/td>/);
    assert.match(html, /<th><span class="swatch k-quotation"><\/span>引语<\/th><td>1<\/td>/);
    assert.match(html, /<section class="orphans">[\s\S]*删除的句子[\s\S]*<\/section>/);
    const $ = load(html);
    // The quotations table links each row to its place in the text; the quotation's “ is on line 13.
    const q = $('section.quotations tbody tr').first();
    assert.deepEqual(q.find('td').toArray().map((td) => $(td).text()), ['党的二十大报告（提出）', '“统筹推进国际科技创新中心、区域科技创新中心建设”', '第 13 行']);
    assert.equal(q.find('a').attr('href'), '#finding-1');
    assert.equal($('#finding-1').length, 1);
    // The claim reads as a Chinese reader writes it.
    assert.deepEqual($('section.claims tbody td').toArray().slice(0, 2).map((td) => $(td).text()), ['781.3万人', '781.3万人']);
    // The whole document text survives in the rows, line by line.
    const lines = $('.doc .line').clone();
    lines.find('sup').remove();
    assert.equal(lines.toArray().map((l) => $(l).text()).join(''), text);
    assert.equal($('.doc .row').length, text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
  });

  it('escapeHtml escapes the five characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('export HTML edge cases', () => {
  it('gives an empty annotation its footnote marker so the back link has a target', () => {
    const text = '甲乙丙';
    const a = annotate(text, '乙', { id: 'e', note: '空' });
    a.end = a.start;
    const html = toHtml({ path: 'e.txt', text, annotations: [a] });
    assert.match(html, /甲<sup class="ref"><a href="#note-1" id="ref-1">1<\/a><\/sup>乙丙/);
    assert.equal(load(html)('#note-1 a.back').attr('href'), '#ref-1');
  });
});
