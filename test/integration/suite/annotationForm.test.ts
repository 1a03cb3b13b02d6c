/**
 * The one annotation form (issue 13): tag, multi-line note, link and the name to show together;
 * typed text survives closing the form; the last tag is remembered; the gutter “+” path keeps the
 * typed note; the new highlight stays in view. The webview's own script posts the same messages the
 * test gives to `form.receive` (a test cannot type into a webview's iframe from the extension host).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, readFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

const SOURCE = 'government-work-report-2023.txt';

describe('the annotation form', () => {
  let api: PolicyAnnotatorApi;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await activateApi();
    uri = workspaceUri('form-report.txt');
    copyFileSync(workspaceUri(SOURCE).fsPath, uri.fsPath);
    document = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(document);
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', undefined, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', undefined, vscode.ConfigurationTarget.Global);
  });

  it('keeps what was typed when the form is closed, and saves tag, note, link and name together', async () => {
    const start = document.getText().lastIndexOf('粮食产量');
    assert.ok(start > 0);
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 4));
    let opened = waitForEvent(api.form.onDidOpen, () => true, 20000, 'the form');
    const first = vscode.commands.executeCommand<unknown>('policyAnnotator.addAnnotation');
    await opened;
    assert.ok(api.form.request?.suggestedAuthor, 'a name is suggested (git or the OS)');
    const typed = { tag: '存疑', note: '口径？\n与统计公报对照', link: 'https://www.stats.gov.cn/', author: 'Li Hua' };
    api.form.receive({ type: 'draft', values: typed });
    api.form.receive({ type: 'cancel' });
    assert.equal(await first, undefined, 'closing saves nothing');
    assert.deepEqual(api.form.draftOf(document, start, start + 4), typed, 'the typed text is kept');

    opened = waitForEvent(api.form.onDidOpen, () => true, 20000, 'the form again');
    const second = vscode.commands.executeCommand<{ id: string; note: string; tag: string; author: string; link: string }>('policyAnnotator.addAnnotation');
    await opened;
    await takeScreenshot('annotation-form', { clearNotifications: true, waitForSelector: 'iframe.webview.ready' });
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
    api.form.receive({ type: 'save', values: api.form.draftOf(document, start, start + 4)! });
    const created = await second;
    await written;
    assert.ok(created);
    assert.equal(created.note, '口径？\n与统计公报对照');
    assert.equal(created.tag, '存疑');
    assert.equal(created.link, 'https://www.stats.gov.cn/');
    assert.equal(created.author, 'Li Hua');
    assert.equal(vscode.workspace.getConfiguration('policyAnnotator').get('annotations.author'), 'Li Hua', 'the name is asked once');
    assert.equal(api.form.lastTag, '存疑', 'the last tag is remembered');
    assert.equal(api.form.draftOf(document, start, start + 4), undefined, 'the draft is gone once saved');
    const file = JSON.parse(readFileSync(uri.fsPath + '.annotations.json', 'utf8'));
    assert.equal(file.annotations.length, 1);
    const at = document.positionAt(start);
    // visibleRanges follow the reveal with the next layout event: waited for, with a deadline.
    await until(() => vscode.window.visibleTextEditors.find((e) => e.document === document)?.visibleRanges.some((r) => r.contains(at)), 'the new highlight in view', 5000);
    const thread = api.comments.thread(created.id);
    assert.ok(thread, 'the annotation has its comment thread');
    assert.equal(thread.range, undefined, 'a file-level thread: no comment icon on every wrapped row');
  });

  it('takes the note typed at the gutter “+” into the form', async () => {
    const line = document.positionAt(document.getText().indexOf('城镇新增就业')).line;
    editor.selection = new vscode.Selection(line, 0, line, 0);
    const opened = waitForEvent(api.form.onDidOpen, () => true, 20000, 'the form from the gutter');
    const thread = { uri, range: new vscode.Range(line, 0, line, 0), dispose: () => undefined };
    const done = vscode.commands.executeCommand('policyAnnotator.createAnnotationFromComment', { thread, text: '就业目标完成' });
    const request = await opened;
    assert.equal(request.note, '就业目标完成', 'the typed note is in the form');
    assert.equal(request.tag, undefined);
    const passage = document.getText().slice(request.start, request.end);
    assert.ok(passage.includes('城镇新增就业'), 'the line is the passage');
    api.form.receive({ type: 'save', values: { tag: api.form.lastTag ?? null, note: request.note!, link: null } });
    await done;
    const notes = api.annotations.annotationsOf(document).map((a) => a.annotation.note);
    assert.ok(notes.includes('就业目标完成'));
  });
});
