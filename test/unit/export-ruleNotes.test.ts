import * as assert from 'node:assert/strict';
import { TermMatcher } from '../../src/core/glossary/matcher';
import { detectTerms } from '../../src/core/glossary/terms';
import type { GlossaryEntry } from '../../src/core/glossary/types';
import type { TermMatch } from '../../src/core/types';
import type { ExportDocument } from '../../src/core/export/types';
import { collectItems } from '../../src/core/export/items';
import { toCsv } from '../../src/core/export/csv';
import { toMarkdown } from '../../src/core/export/markdown';
import { toBrat } from '../../src/core/export/brat';
import { toWebAnnotation } from '../../src/core/export/webannotation-export';
import { toHtml } from '../../src/core/export/html';

/*
 * Terms a rule explains (numbered meetings, document numbers, five-year plans: `via: 'rule'` with a
 * `note`) carry the rule's explanation into every export, as the hover shows it; glossary terms and
 * unexplained candidates carry none. The terms come from `detectTerms` on sentences written for this
 * test, so a rule that stops writing its note fails here too.
 */
const GLOSSARY: GlossaryEntry[] = [
  { term: '新发展格局', variants: [], category: '发展理念与战略', explanation: '用于测试的解释文字，至少十个字。', source: { text: '测试', year: 2020 } },
];
const matcher = new TermMatcher(GLOSSARY);

/** Sentences with one rule-explained term each (the term's text), and one with none. */
const ROWS: { text: string; ruled: string | null }[] = [
  { text: '会议传达学习了党的十九届五中全会精神，研究部署下一步工作。', ruled: '党的十九届五中全会' },
  { text: '根据《国务院关于加强县域商业体系建设的意见》（国发〔2021〕7号）的要求，制定本方案。', ruled: '国发〔2021〕7号' },
  { text: '全省要认真落实“十四五”规划确定的各项任务，加快构建新发展格局。', ruled: '“十四五”规划' },
  { text: '十三届全国人大二次会议审议通过了外商投资法。', ruled: '十三届全国人大二次会议' },
  { text: '现将《实施方案》印发给你们，请结合实际认真贯彻执行（浙政办发〔2022〕12号）。', ruled: '浙政办发〔2022〕12号' },
  { text: '加快构建新发展格局，推动高质量发展。', ruled: null },
];

function docOf(text: string): { doc: ExportDocument; terms: TermMatch[] } {
  const terms = detectTerms(text, matcher);
  return { doc: { path: 'doc.txt', text, annotations: [], findings: { quotations: [], numericClaims: [], terms, headings: [] } }, terms };
}

describe('exports carry the explanations rules write (meetings, document numbers, plans)', () => {
  for (const row of ROWS) {
    const { doc, terms } = docOf(row.text);
    const ruled = terms.filter((t) => t.via === 'rule');
    if (row.ruled === null) {
      it(`no rule note: ${row.text}`, () => {
        assert.equal(ruled.length, 0);
        for (const item of collectItems(doc)) assert.equal(item.note, '');
        assert.ok(!toMarkdown([doc]).includes('说明（规则生成）'));
        const json = toWebAnnotation(doc, { documentUri: 'file:///doc.txt' });
        for (const a of json.first.items) assert.ok(!(a.body ?? []).some((b) => 'purpose' in b && b.purpose === 'describing'));
      });
      continue;
    }
    it(`${row.ruled}: ${row.text}`, () => {
      const t = ruled.find((m) => m.text === row.ruled);
      assert.ok(t, `the rule finds ${row.ruled}: ${JSON.stringify(terms.map((m) => [m.text, m.via]))}`);
      const note = t.note!;
      assert.ok(note.length > 4);
      // items: the term's note, and only on rule-explained terms
      const items = collectItems(doc).filter((i) => i.kind === 'term');
      for (const item of items) assert.equal(item.note, item.term!.via === 'rule' ? item.term!.note : '');
      // CSV: the note column of the term's row
      assert.ok(toCsv([doc]).split('\r\n').some((line) => line.includes(`,term,`) && line.includes(row.ruled!) && line.includes(note)), 'CSV row carries the note');
      // Markdown: the explanation under the term's line
      const md = toMarkdown([doc]);
      assert.match(md, new RegExp(`\\*说明（规则生成）:\\* ${escapeRe(note.split('\n')[0]).slice(0, 20)}`));
      assert.equal(toMarkdown([doc], { language: 'en' }).includes('Explanation (written by a rule)'), true);
      // brat: an AnnotatorNotes line of the term's T id
      const ann = toBrat(doc).ann.split('\n');
      const tLine = ann.find((l) => l.startsWith('T') && l.endsWith(`\t${row.ruled}`));
      assert.ok(tLine);
      const id = tLine.split('\t')[0];
      assert.ok(ann.some((l) => l.includes(`AnnotatorNotes ${id}\t`) && l.includes(note.replace(/[\n\t]+/g, ' '))), 'brat note');
      // JSON-LD: a describing body on the term's finding
      const json = toWebAnnotation(doc, { documentUri: 'file:///doc.txt' });
      const finding = json.first.items.find((a) => (a.body ?? []).some((b) => 'value' in b && b.value === t.term && b.purpose === 'identifying'));
      assert.ok(finding);
      assert.ok((finding.body ?? []).some((b) => 'value' in b && b.purpose === 'describing' && b.value === note));
      // HTML: the glossary section already explained it; the highlight's tooltip now says it too
      assert.ok(toHtml(doc).includes(escapeHtmlText(note.slice(0, 10))));
    });
  }

  it('a glossary term in the same document gets no describing body and an empty CSV note', () => {
    const { doc } = docOf('会议传达学习了党的十九届五中全会精神，加快构建新发展格局。');
    const json = toWebAnnotation(doc, { documentUri: 'file:///doc.txt' });
    const glossary = json.first.items.find((a) => (a.body ?? []).some((b) => 'value' in b && b.value === '新发展格局'));
    assert.ok(glossary);
    assert.ok(!(glossary.body ?? []).some((b) => 'purpose' in b && b.purpose === 'describing'));
    const row = toCsv([doc]).split('\r\n').find((line) => line.includes(',term,') && line.includes('新发展格局'));
    assert.ok(row);
    assert.ok(row.includes(',新发展格局,,'), row);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
