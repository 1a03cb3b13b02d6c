import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { documentTitle, toHtml } from '../../src/core/export/html';
import type { ExportDocument } from '../../src/core/export/types';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import { builtinGlossary } from '../../src/core/glossary/data';
import { main, type CliIO } from '../../src/cli/main';
import { runExport } from '../../src/node/exportRunner';
import { analyze } from '../../src/core/analyze';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { annotate, claim, find, term } from './export-helpers';

/* The HTML report as something to read and print (issue 13): parsed, never compared as a whole string. */
describe('export HTML for reading', () => {
  const text = '政府工作报告\n一、回顾\n增长3%，新增就业1206万人。新发展格局。\n二、建议\n增长5%左右。新发展格局，新发展格局。专精特新。90多所，6%以上。\n';
  const heading = (t: string, level = 1) => ({ start: find(text, t), end: find(text, t) + t.length, text: t, level });
  const entry: GlossaryEntry = {
    term: '新发展格局', category: '发展理念与战略', explanation: '以国内大循环为主体、国内国际双循环相互促进的新发展格局。',
    source: { text: '中央财经委员会第七次会议', year: 2020 }, english: 'new development pattern',
  };
  const doc: ExportDocument = {
    path: 'report.txt',
    text,
    annotations: [
      annotate(text, '新增就业1206万人', { id: 'a', tag: '待核实', note: '核对统计公报\n第二行' }),
      annotate(text, '5%左右', { id: 'b', tag: '重点', note: '目标' }),
      annotate(text, '增长5%', { id: 'c', tag: '存疑', note: '与上年比较' }),
    ],
    findings: {
      quotations: [],
      numericClaims: [
        claim(text, '3%', { value: 3, unit: '%' }),
        claim(text, '1206万人', { value: 12060000, unit: '人', year: 2022 }),
        claim(text, '5%左右', { value: 5, unit: '%', qualifier: '~' }),
        claim(text, '90多所', { value: 90, unit: '所', qualifier: '+' }),
        claim(text, '6%以上', { value: 6, unit: '%', qualifier: '>=' }),
      ],
      terms: [
        term(text, '新发展格局', '新发展格局', '发展理念', 0), term(text, '新发展格局', '新发展格局', '发展理念', 1),
        term(text, '新发展格局', '新发展格局', '发展理念', 2), term(text, '专精特新', '专精特新', null),
      ],
      headings: [heading('一、回顾'), heading('二、建议')],
    },
  };
  const html = toHtml(doc, { glossary: new Map([[entry.term, entry]]) });
  const $ = load(html);

  it('puts each claim under the heading of its section, one table per section', () => {
    const sections = $('section.claims h3').toArray().map((h) => [$(h).text(), $(h).next('table').find('tbody tr td:first-child').toArray().map((td) => $(td).text())]);
    assert.deepEqual(sections, [['一、回顾', ['3%', '1206万人']], ['二、建议', ['5%左右', '90多所', '6%以上']]]);
    // Values as a Chinese reader writes them, qualifier as a word, the year beside.
    assert.deepEqual($('section.claims tbody tr td:nth-child(2)').toArray().map((td) => $(td).text()), ['3%', '1206万人2022年', '约5%', '90余所', '6%以上']);
  });

  it('explains each term once, with its category, source and number of occurrences', () => {
    assert.equal($('section.glossary dt').length, 1);
    const dt = $('section.glossary dt');
    assert.equal(dt.find('a').text(), '新发展格局');
    assert.match(dt.find('a').attr('href')!, /^#finding-\d+$/);
    assert.equal($(dt.find('a').attr('href')!).length, 1, 'the link has a target in the text');
    assert.equal(dt.find('.count').text(), '出现 3 次');
    assert.equal(dt.find('.english').text(), 'new development pattern');
    assert.equal(dt.next('dd').find('.explanation').text(), entry.explanation);
    assert.equal(dt.next('dd').find('.source').text(), '出处：中央财经委员会第七次会议（2020）');
    // A term without an entry is named once among the unexplained, not explained.
    assert.deepEqual($('section.glossary .unexplained .k-term').toArray().map((t) => $(t).text()), ['专精特新']);
    assert.equal((html.match(/class="[^"]*k-term[^"]*"/g) ?? []).length >= 4, true, 'every occurrence is still marked in the text');
  });

  it('explains a term a rule explains (a document number, a numbered meeting) with the rule’s note', () => {
    const t2 = '依据国办发〔2019〕5号和十九届六中全会精神。专精特新。';
    const note = '发文字号（文号）：“国办发”是国务院办公厅的发文代字。';
    const ruled = { ...term(t2, '国办发〔2019〕5号', '国办发〔2019〕5号', '文号'), via: 'rule' as const, note };
    const meeting = { ...term(t2, '十九届六中全会', '十九届六中全会', '会议'), via: 'rule' as const, note: '中国共产党第十九届中央委员会第六次全体会议。' };
    const d2: ExportDocument = { ...doc, text: t2, annotations: [], findings: { quotations: [], numericClaims: [], terms: [ruled, meeting, term(t2, '专精特新', '专精特新', null)], headings: [] } };
    const $2 = load(toHtml(d2));
    assert.deepEqual($2('section.glossary dt a').toArray().map((a) => $2(a).text()), ['国办发〔2019〕5号', '十九届六中全会']);
    assert.equal($2('section.glossary dt').first().next('dd').find('.explanation').text(), note);
    assert.equal($2('section.glossary dt').first().find('.category').text(), '文号');
    assert.deepEqual($2('section.glossary .unexplained .k-term').toArray().map((x) => $2(x).text()), ['专精特新']);
  });

  it('without glossary entries every term is listed by name once', () => {
    const bare = load(toHtml(doc));
    assert.equal(bare('section.glossary dt').length, 0);
    assert.deepEqual(bare('section.glossary .unexplained .k-term').toArray().map((t) => bare(t).text()), ['新发展格局 ×3', '专精特新']);
  });

  it('prints each annotation beside the line where it starts, with tag, note and a link back', () => {
    const rows = $('.doc .row').toArray();
    assert.equal(rows.length, 5, 'one row per line');
    const beside = rows.map((r) => $(r).find('aside.margin .note').toArray().map((n) => $(n).attr('id')));
    assert.deepEqual(beside, [[], [], ['note-1'], [], ['note-2', 'note-3']]);
    const n1 = $('#note-1');
    assert.equal(n1.find('.tag').text(), '待核实');
    assert.equal(n1.find('.note-text').text(), '核对统计公报\n第二行');
    assert.equal(n1.find('.quote').text(), '新增就业1206万人');
    assert.equal(n1.find('a.back').attr('href'), '#ref-1');
    assert.equal($('#ref-1').attr('href'), '#note-1');
    assert.ok($('.doc').hasClass('with-margin'));
  });

  it('has print styles: a two-column grid that keeps notes whole, no squeezed table columns', () => {
    const css = $('style').text();
    assert.match(css, /\.doc\.with-margin \.row \{[^}]*grid-template-columns: minmax\(0, 1fr\) 17rem/);
    assert.match(css, /@media print \{[\s\S]*grid-template-columns: minmax\(0, 1fr\) 30%[\s\S]*\}/);
    assert.match(css, /\.margin \.note \{[^}]*break-inside: avoid/);
    assert.match(css, /table-layout: fixed/);
    // Fixed-width columns are declared for the short columns; the text column takes the rest.
    assert.deepEqual($('section.claims table').first().find('col').toArray().map((c) => $(c).attr('class')), ['c-claim', 'c-details', 'c-at']);
    assert.equal($('.findings').length, 0, 'the old four-column findings table is gone');
  });

  it('takes the title from the first line only when it reads as a title', () => {
    assert.equal(documentTitle('\n\n  政府工作报告  \n正文'), '政府工作报告');
    assert.equal(documentTitle('这是一句完整的话，不是标题。\n'), undefined);
    assert.equal(documentTitle('长'.repeat(61)), undefined);
    assert.equal(documentTitle(''), undefined);
    assert.equal($('title').text(), '政府工作报告');
    assert.equal($('h1').text(), '政府工作报告');
  });
});

describe('HTML report through the export runner and the CLI', function () {
  this.timeout(60000);
  const dir = mkdtempSync(join(tmpdir(), 'pa-html-report-'));
  const file = join(dir, 'plan.txt');
  writeFileSync(file, '规划\n加快构建新发展格局，推动高质量发展。构建新发展格局是关键。\n');
  const matcher = new TermMatcher(builtinGlossary());
  const builtin = new Map(builtinGlossary().map((e) => [e.term, e]));

  it('runExport passes the glossary entries of the terms found (the editor export takes this path)', () => {
    const out = join(dir, 'runner');
    const outcome = runExport({ inputs: [file], format: 'html', outDir: out, force: true, analyzeDocument: (t) => analyze(t, { matcher }) });
    assert.deepEqual(outcome.errors, []);
    const $ = load(readFileSync(join(out, 'plan.html'), 'utf8'));
    const terms = $('section.glossary dt a').toArray().map((a) => $(a).text());
    assert.ok(terms.includes('新发展格局'), terms.join(','));
    for (const t of terms) {
      assert.equal($('section.glossary dt a').filter((_, a) => $(a).text() === t).length, 1, `${t} once`);
      const dd = $('section.glossary dt').filter((_, d) => $(d).find('a').text() === t).next('dd');
      assert.equal(dd.find('.explanation').text(), builtin.get(t)!.explanation);
    }
  });

  it('export --format html --findings from the command line has the explanations too', async () => {
    const out = join(dir, 'cli');
    const io: CliIO = { out: () => {}, err: () => {} };
    assert.equal(await main(['export', file, '--format', 'html', '--findings', '--out', out, '--quiet'], io), 0);
    const $ = load(readFileSync(join(out, 'plan.html'), 'utf8'));
    const dd = $('section.glossary dt').filter((_, d) => $(d).find('a').text() === '新发展格局').next('dd');
    assert.equal(dd.find('.explanation').text(), builtin.get('新发展格局')!.explanation);
  });
});
