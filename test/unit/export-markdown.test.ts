import * as assert from 'node:assert/strict';
import { escapeInline, escapeLine, toMarkdown } from '../../src/core/export/markdown';
import type { ExportDocument } from '../../src/core/export/types';
import { annotate, claim, orphan, quotation, term } from './export-helpers';
import { readFixture } from './helpers';

const PATH = 'corpus/000_b29511bdb28f9b3d.txt';

function doc(withFindings: boolean): ExportDocument {
  const text = readFixture('000_b29511bdb28f9b3d.txt');
  return {
    path: PATH,
    text,
    annotations: [
      annotate(text, '人才密度达到62%', { id: 'n1', tag: '笔记', note: '注意 *强调* 与 [链接](javascript:x)\n第二行' }),
      annotate(text, '统筹推进国际科技创新中心', { id: 'k1', tag: '重点', link: 'https://www.gov.cn/x' }),
      annotate(text, '研发经费投入强度保持在6%以上', { id: 'v1', tag: '待核实', note: '# 不是标题' }),
      annotate(text, '加快建设北京国际科技创新中心', { id: 'c1', tag: '自定义' }),
      annotate(text, '创新驱动本质上是人才驱动', { id: 'u1', tag: null, note: '1. 不是列表' }),
      orphan('早先版本里的一句', { id: 'o1', tag: '重点', note: '孤立' }),
    ],
    findings: withFindings
      ? {
        quotations: [
          quotation(text, '“要加快建设北京国际科技创新中心和高水平人才高地，着力打造我国自主创新的重要源头和原始创新的主要策源地。”', '习近平', '指出'),
          quotation(text, '“科技创新、制度创新要协同发挥作用，两个轮子一起转。”', '习近平', '指出'),
          quotation(text, '“统筹推进国际科技创新中心、区域科技创新中心建设”', '党的二十大报告', '提出'),
          quotation(text, '“三城一区”', null, null),
        ],
        numericClaims: [claim(text, '781.3万人', { value: 7813000, unit: '人', year: 2020, subject: '人才资源总量' })],
        terms: [term(text, '新发展格局', '新发展格局', '发展理念'), term(text, '新发展格局', '新发展格局', '发展理念', 1)],
        headings: [],
      }
      : undefined,
  };
}

/** The lines between a heading and the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const lines = md.split('\n');
  const at = lines.indexOf(heading);
  assert.notEqual(at, -1, `heading ${heading}`);
  const level = heading.match(/^#+/)![0].length;
  const end = lines.findIndex((l, i) => i > at && /^#+ /.test(l) && l.match(/^#+/)![0].length <= level);
  return lines.slice(at + 1, end === -1 ? undefined : end).join('\n');
}

describe('export Markdown', () => {
  it('groups annotations by tag in the default order, then other tags, untagged, orphans', () => {
    const md = toMarkdown([doc(false)]);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, [
      '# 标注导出',
      `## corpus/000\\_b29511bdb28f9b3d.txt`,
      '### 标注',
      '#### 重点 (1)',
      '#### 待核实 (1)',
      '#### 笔记 (1)',
      '#### 自定义 (1)',
      '#### 未加标签 (1)',
      '#### 未能定位的标注 (1)',
    ]);
  });

  it('gives each item its location path:line:column, quote, note and link', () => {
    const md = toMarkdown([doc(false)]);
    const key = section(md, '#### 重点 (1)');
    // Line 13 starts 党的二十大报告提出：“统筹…; 统 is its 12th character.
    assert.match(key, /\*\*位置:\*\* `corpus\/000_b29511bdb28f9b3d\.txt:13:12`/);
    assert.match(key, /\n {2}> 统筹推进国际科技创新中心\n/);
    assert.match(key, /\*\*链接:\*\* <https:\/\/www\.gov\.cn\/x>/);
    // 人才密度达到62% is on line 37 (拥有丰富人才优势。…).
    const note = section(md, '#### 笔记 (1)');
    assert.match(note, /`corpus\/000_b29511bdb28f9b3d\.txt:37:\d+`/);
    const line37 = readFixture('000_b29511bdb28f9b3d.txt').split('\n')[36];
    const column = line37.indexOf('人才密度达到62%') + 1;
    assert.match(note, new RegExp(`:37:${column}\``));
  });

  it('escapes Markdown in user text and keeps note line breaks as hard breaks', () => {
    const md = toMarkdown([doc(false)]);
    const note = section(md, '#### 笔记 (1)');
    assert.match(note, /\*\*笔记:\*\* 注意 \\\*强调\\\* 与 \\\[链接\\\]\(javascript:x\)\\\n {2}第二行/);
    assert.doesNotMatch(md, /[^\\]\[链接\]/);
    assert.match(section(md, '#### 待核实 (1)'), /\*\*笔记:\*\* \\# 不是标题/);
    assert.match(section(md, '#### 未加标签 (1)'), /\*\*笔记:\*\* 1\\\. 不是列表/);
  });

  it('lists orphans with their stored quote, tag and no line/column', () => {
    const orphans = section(toMarkdown([doc(false)]), '#### 未能定位的标注 (1)');
    assert.match(orphans, /\*\*位置:\*\* `corpus\/000_b29511bdb28f9b3d\.txt` · \*\*标签:\*\* 重点/);
    assert.match(orphans, /> 早先版本里的一句/);
  });

  it('adds findings: quotations by speaker (most quoted first), numeric claims, terms with all their places', () => {
    const md = toMarkdown([doc(true)]);
    const headings = md.split('\n').filter((l) => /^#{3,5} /.test(l));
    const findings = headings.slice(headings.indexOf('### 检测结果'));
    assert.deepEqual(findings, [
      '### 检测结果',
      '#### 引语 (4)',
      '##### 习近平 (2)',
      '##### 党的二十大报告 (1)',
      '##### 未注明说话人 (1)',
      '#### 数据 (1)',
      '#### 术语 (2)',
    ]);
    assert.match(section(md, '##### 习近平 (2)'), /\*\*提示词:\*\* 指出/);
    assert.match(section(md, '#### 数据 (1)'), /\*\*781\.3万人\*\* — 数值 7813000; 单位 人; 年份 2020; 对象 人才资源总量/);
    assert.match(section(md, '#### 术语 (2)'), /^- \*\*新发展格局\*\* \(发展理念\) ×2: `[^`]+:\d+:\d+`, `[^`]+:\d+:\d+`$/m);
    assert.doesNotMatch(toMarkdown([doc(false)]), /检测结果/);
  });

  it('combines several documents, each under its own heading', () => {
    const text = readFixture('export/astral.txt');
    const second: ExportDocument = { path: 'b.txt', text, annotations: [annotate(text, '三个扩展B区汉字', { id: 'b' })] };
    const md = toMarkdown([doc(false), second], { language: 'en', title: 'Reading notes' });
    assert.ok(md.startsWith('# Reading notes\n'));
    assert.match(md, /\n## b\.txt\n/);
    assert.match(section(md, '## b.txt'), /`b\.txt:4:5`/);
    assert.ok(md.endsWith('\n') && !md.endsWith('\n\n'));
  });

  it('escapes line-start markers and inline syntax', () => {
    assert.equal(escapeLine('- 列表'), '\\- 列表');
    assert.equal(escapeLine('+1'), '\\+1');
    assert.equal(escapeLine('2023. 年'), '2023\\. 年');
    assert.equal(escapeLine('18.45 亿户'), '18.45 亿户', 'not a list marker: no space after the dot');
    assert.equal(escapeLine('<b>&amp;</b>'), '\\<b\\>\\&amp;\\</b\\>');
    assert.equal(escapeLine('a_b*c`d|e~f$g'), 'a\\_b\\*c\\`d\\|e\\~f\\$g');
    assert.equal(escapeLine('　　全角缩进'), '　　全角缩进');
    assert.equal(escapeInline('甲\n乙'), '甲 乙');
  });
});
