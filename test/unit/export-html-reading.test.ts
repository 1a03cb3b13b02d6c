import * as assert from 'node:assert/strict';
import { documentTitle, toHtml } from '../../src/core/export/html';
import type { ExportDocument } from '../../src/core/export/types';
import { claim, find, term } from './export-helpers';

/* The HTML report as something to read (issue 13): title, claims by section, terms once each. */
describe('export HTML for reading', () => {
  const text = '政府工作报告\n一、回顾\n增长3%，新增就业1206万人。新发展格局。\n二、建议\n增长5%左右。新发展格局，新发展格局。';
  const heading = (t: string, level = 1) => ({ start: find(text, t), end: find(text, t) + t.length, text: t, level });
  const doc: ExportDocument = {
    path: 'report.txt',
    text,
    annotations: [],
    findings: {
      quotations: [],
      numericClaims: [claim(text, '3%', { value: 3, unit: '%' }), claim(text, '1206万人', { value: 12060000, unit: '人' }), claim(text, '5%左右', { value: 5, unit: '%', qualifier: '~' })],
      terms: [term(text, '新发展格局', '新发展格局', null, 0), term(text, '新发展格局', '新发展格局', null, 1), term(text, '新发展格局', '新发展格局', null, 2)],
      headings: [heading('一、回顾'), heading('二、建议')],
    },
  };
  const html = toHtml(doc);

  it('puts each claim under the heading of its section', () => {
    const rows = [...html.matchAll(/<tr class="(section|k-numeric-claim)">(?:<th colspan="4">([^<]*)<\/th>|<td>[^<]*<\/td><td>([^<]*)<\/td>)/g)].map((m) => m[2] ?? m[3]);
    assert.deepEqual(rows, ['一、回顾', '3%', '1206万人', '二、建议', '5%左右']);
  });

  it('lists a term once, with its number of occurrences', () => {
    const termRows = [...html.matchAll(/<tr class="k-term">/g)];
    assert.equal(termRows.length, 1);
    assert.match(html, /<tr class="k-term"><td>[^<]*<\/td><td>新发展格局<\/td><td><a href="#finding-\d+">[^<]*<\/a> ×3<\/td>/);
    assert.equal((html.match(/class="[^"]*k-term[^"]*"/g) ?? []).length >= 4, true, 'every occurrence is still marked in the text');
  });

  it('takes the title from the first line only when it reads as a title', () => {
    assert.equal(documentTitle('\n\n  政府工作报告  \n正文'), '政府工作报告');
    assert.equal(documentTitle('这是一句完整的话，不是标题。\n'), undefined);
    assert.equal(documentTitle('长'.repeat(61)), undefined);
    assert.equal(documentTitle(''), undefined);
    assert.match(html, /<title>政府工作报告<\/title>/);
  });
});
