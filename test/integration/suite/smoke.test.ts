/**
 * First check inside a real VS Code: the extension is found, activates, contributes its commands,
 * and analyses a real document opened in an editor (the worker thread and its nodejieba load in the
 * extension host). The fixture folder is a temporary copy, so tests may edit files.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import { takeScreenshot } from '../screenshot';
import { until } from '../util';

const EXTENSION_ID = 'policy-annotator.policy-annotator';
const FIXTURE = '000_b29511bdb28f9b3d.txt';

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture folder is open as the workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

describe('smoke: the extension in a real VS Code', () => {
  let extension: vscode.Extension<PolicyAnnotatorApi>;
  let api: PolicyAnnotatorApi;

  before(async () => {
    const found = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is loaded`);
    extension = found;
    api = await extension.activate();
  });

  it('activates and returns its API', () => {
    assert.equal(extension.isActive, true);
    assert.ok(api.analyses, 'the API exposes the analysis service');
  });

  it('registers a handler for every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed: { command: string }[] = extension.packageJSON.contributes.commands;
    assert.ok(contributed.length > 0);
    const missing = contributed.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  it('analyses the fixture opened in an editor', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(FIXTURE));
    await vscode.window.showTextDocument(document);
    // Mostly Chinese plain text switches to the reading language (word wrap, keepAll) by itself.
    await until(() => document.languageId === 'policy-text', 'the policy-text language');
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on');

    const result = await api.analyses.analyzeNow(document);
    assert.ok(result, 'an analysis arrives for the open document');
    assert.equal(result.version, document.version);
    // 党的二十大报告提出：“统筹推进国际科技创新中心、区域科技创新中心建设”。 (second paragraph)
    const quotation = result.analysis.quotations.find(
      (q) => q.content === '统筹推进国际科技创新中心、区域科技创新中心建设',
    );
    assert.ok(quotation, 'the quotation from the 20th Party Congress report is found');
    // Offsets computed in the worker address the editor's text.
    assert.equal(document.getText().slice(quotation.start, quotation.end), quotation.text);

    await takeScreenshot('smoke-fixture', { clearNotifications: true });
  });
});
