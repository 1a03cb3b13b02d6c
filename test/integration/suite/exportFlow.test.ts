/**
 * The export flow (issue 13): a document's annotations and findings exported as an HTML report and
 * a Markdown report, then opened the way they are read: the HTML report in the browser, the
 * Markdown report in the preview, not as source.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportOutcome } from '../../../src/node/exportRunner';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, workspaceUri } from '../util';

describe('the export flow', () => {
  let uri: vscode.Uri;
  const outDir = mkdtempSync(join(tmpdir(), 'pa-export-'));

  before(async () => {
    await activateApi();
    uri = workspaceUri('export-report.txt');
    copyFileSync(workspaceUri('government-work-report-2023.txt').fsPath, uri.fsPath);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('1206万人');
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 6, note: '核对统计公报', tag: '待核实', link: null });
  });

  it('writes a readable HTML report and opens it in the browser, not as source', async () => {
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('policyAnnotator.export', { format: 'html', findings: true, outDir, quiet: true });
    assert.ok(outcome && outcome.written.length === 1, 'one report');
    const html = readFileSync(outcome.written[0], 'utf8');
    assert.match(html, /<title>[^<]*政府工作报告[^<]*<\/title>/, 'the document title, not the file name');
    assert.ok(html.includes('核对统计公报'), 'the annotation is in the report');
    const how = await vscode.commands.executeCommand<string>('policyAnnotator.openExport', outcome.written[0]);
    assert.notEqual(how, undefined);
    if (how !== 'browser') {
      // No browser to hand it to: it must not be the HTML source in a text editor either.
      assert.notEqual(vscode.window.activeTextEditor?.document.uri.fsPath, outcome.written[0]);
    }
  });

  it('opens a Markdown report in the preview', async () => {
    const outcome = await vscode.commands.executeCommand<ExportOutcome>('policyAnnotator.export', { format: 'md', findings: false, outDir, quiet: true });
    assert.ok(outcome && outcome.written.length === 1);
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.openExport', outcome.written[0]), 'preview');
    await until(() => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputWebview && /markdown/i.test(input.viewType);
    }, 'the Markdown preview');
    await takeScreenshot('export-preview', { clearNotifications: true });
  });
});
