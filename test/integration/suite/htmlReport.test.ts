/**
 * The HTML report exported from the editor (issue 13): the export worker's runExport passes each
 * document's glossary, so every term found is explained once, and the annotation's note sits in the
 * margin beside its line.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { ExportOutcome } from '../../../src/node/exportRunner';
import { builtinGlossary } from '../../../src/core/glossary/data';
import { findMeetings } from '../../../src/core/glossary/meetings';
import { activateApi, workspaceUri } from '../util';

describe('the HTML report exported from the editor', () => {
  it('explains each term once from the glossary and prints the note beside its line', async () => {
    await activateApi();
    const uri = workspaceUri('html-report.txt');
    copyFileSync(workspaceUri('government-work-report-2023.txt').fsPath, uri.fsPath);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('1206万人');
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 6, note: '核对统计公报', tag: '待核实', link: null });
    const outDir = mkdtempSync(join(tmpdir(), 'pa-html-report-'));
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('policyAnnotator.export', { format: 'html', findings: true, outDir, quiet: true });
    assert.ok(outcome && outcome.written.length === 1, 'one report');
    const $ = load(readFileSync(outcome.written[0], 'utf8'));
    const builtin = new Map(builtinGlossary().map((e) => [e.term, e]));
    // Numbered meetings are explained by rule (meetings.ts), not by a glossary entry: the same explanation the rule gives.
    const byRule = new Map(findMeetings(document.getText()).map((m) => [m.term, m.note]));
    const terms = $('section.glossary dt a').toArray().map((a) => $(a).text());
    assert.ok(terms.length > 10, `${terms.length} terms explained`);
    assert.equal(new Set(terms).size, terms.length, 'each term once');
    for (const dt of $('section.glossary dt').toArray().slice(0, 20)) {
      const term = $(dt).find('a').text();
      assert.equal($(dt).next('dd').find('.explanation').text(), builtin.get(term)?.explanation ?? byRule.get(term), term);
    }
    const note = $('aside.margin .note').filter((_, n) => $(n).find('.note-text').text() === '核对统计公报');
    assert.equal(note.length, 1, 'the note is in the margin');
    assert.ok(note.closest('.row').find('.line').text().includes('1206万人'), 'beside the line of its passage');
  });
});
