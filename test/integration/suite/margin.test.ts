/**
 * The notes margin (issue 13) in a real VS Code: it shows the notes of the visible part of the
 * document, follows the editor's scrolling, a click selects the passage, a balloon edited in place
 * changes the annotation in the sidecar, deleting removes it. The webview's script posts the same
 * messages the test gives to `margin.receive` (a test cannot click inside a webview's iframe from the
 * extension host); what the webview placed comes back as its `rendered` message.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import type { MarginUpdate } from '../../../src/core/marginView';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

const SOURCE = 'government-work-report-2023.txt';

/** Passages and the notes a reader writes on them: the first four near the top, the last far below. */
const NOTES = [
  { quote: '本届政府任期即将结束', tag: '重点', note: '换届之年的报告：回顾五年，部署一年。' },
  { quote: '党的二十大胜利召开', tag: '笔记', note: '与二十大报告的表述对照。' },
  { quote: '国内生产总值增长3%', tag: '待核实', note: '与统计公报核对：2022年GDP实际增速3.0%。' },
  { quote: '城镇新增就业1206万人', tag: '引用', note: '就业目标（1100万人左右）超额完成。\n来源：人社部年度统计公报' },
  { quote: '国内生产总值增长5%左右', tag: '存疑', note: '“5%左右”的依据？' },
];

function sidecar(path: string): { annotations: { id: string; note: string; tag: string | null }[] } {
  return JSON.parse(readFileSync(path + '.annotations.json', 'utf8'));
}

describe('the notes margin', () => {
  let api: PolicyAnnotatorApi;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  const ids: string[] = [];
  const shown = (u: MarginUpdate) => u.items.map((i) => i.id);
  /** The notes whose passage the editor shows now, in document order. */
  const inView = () =>
    NOTES.map((n, i) => ({ id: ids[i], start: document.getText().indexOf(n.quote), length: n.quote.length }))
      .filter(({ start, length }) => editor.visibleRanges.some((r) => r.intersection(new vscode.Range(document.positionAt(start), document.positionAt(start + length)))))
      .sort((x, y) => x.start - y.start)
      .map((x) => x.id);

  before(async () => {
    api = await activateApi();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', 'Li Wei', vscode.ConfigurationTarget.Global);
    uri = workspaceUri('margin-report.txt');
    rmSync(uri.fsPath + '.annotations.json', { force: true });
    copyFileSync(workspaceUri(SOURCE).fsPath, uri.fsPath);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    // Mostly Chinese plain text switches to the policy-text language (word wrap, line height 24).
    editor = await until(() => vscode.window.activeTextEditor?.document.languageId === 'policy-text' && vscode.window.activeTextEditor, 'the policy-text language');
    document = editor.document;
    for (const n of NOTES) {
      const start = document.getText().indexOf(n.quote);
      assert.ok(start >= 0, n.quote);
      const created = await vscode.commands.executeCommand<{ id: string }>('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + n.quote.length, note: n.note, tag: n.tag });
      assert.ok(created?.id);
      ids.push(created.id);
    }
    editor = await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('shows the notes of the visible part beside the editor, in order and without overlap', async () => {
    // The Comments panel opens by itself on the first file with comments: room for the editor instead.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const opened = waitForEvent(api.margin.onDidUpdate, (u) => u.uri === uri.toString(), 30000, 'the margin');
    await vscode.commands.executeCommand('policyAnnotator.showMargin');
    await opened;
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');
    // The paragraph with two notes at the top (their balloons want the same place).
    const line = document.positionAt(document.getText().indexOf(NOTES[2].quote)).line;
    const wanted = (u: MarginUpdate) => u.uri === uri.toString() && shown(u).join() === inView().join() && ids.slice(2, 4).every((id) => shown(u).includes(id));
    const updated = waitForEvent(api.margin.onDidUpdate, wanted, 20000, 'the margin with the notes in view');
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
    const u = await updated.catch(async (e: Error) => {
      await takeScreenshot('margin-failed');
      throw new Error(`${e.message}; the margin shows ${JSON.stringify({ ...api.margin.state, widths: undefined, items: api.margin.state?.items.map((i) => [i.id, i.line]) })}, ids ${ids.join(' ')}; the editor ${JSON.stringify(editor.visibleRanges.map((r) => [r.start.line, r.end.line]))}`);
    });
    // The webview answers each update with the balloons it placed (after this event: subscribed now).
    const rendered = waitForEvent(api.margin.onDidRender, (r) => r.uri === uri.toString() && r.placed.map((p) => p.id).join() === shown(u).join(), 30000, 'the balloons placed by the webview');
    assert.deepEqual(shown(u), inView(), 'the notes of the visible part, in document order');
    assert.equal(u.above.count + u.items.length + u.below.count, NOTES.length, 'the others are counted above and below');
    assert.equal(u.below.nearest, ids[4], 'the far note is the next one below');
    const verify = u.items.find((i) => i.id === ids[2])!;
    assert.equal(verify.colorKey, 'verify', 'the tag colour');
    assert.equal(verify.author, 'Li Wei');
    assert.equal(verify.note, NOTES[2].note);
    assert.equal(u.lineHeight, 24, 'the [policy-text] line height');
    assert.equal(u.wrap, true);
    // In the webview: the two notes of the same paragraph are pushed apart, nothing overlaps.
    const { placed } = await rendered;
    assert.deepEqual(
      placed.map((p) => p.id),
      shown(u),
      'balloons in the order of their passages',
    );
    for (let i = 1; i < placed.length; i++) assert.ok(placed[i].top >= placed[i - 1].top + placed[i - 1].height, `${i - 1} and ${i} do not overlap`);
    assert.ok(placed.every((p) => p.height > 0), 'every balloon has a height (it was drawn)');
    await takeScreenshot('margin', { clearNotifications: true, waitForSelector: 'iframe.webview.ready' });
  });

  it('follows the editor as it scrolls', async () => {
    const far = document.positionAt(document.getText().indexOf(NOTES[4].quote));
    const updated = waitForEvent(api.margin.onDidUpdate, (u) => shown(u).includes(ids[4]) && shown(u).join() === inView().join(), 20000, 'the margin after scrolling');
    editor.revealRange(new vscode.Range(far, far), vscode.TextEditorRevealType.AtTop);
    const u = await updated.catch((e: Error) => {
      throw new Error(`${e.message}; the margin shows ${JSON.stringify(api.margin.state?.ranges)} ${JSON.stringify(api.margin.state?.items.map((i) => i.id))}; the editor ${JSON.stringify(editor.visibleRanges.map((r) => [r.start.line, r.end.line]))}`);
    });
    assert.ok(!shown(u).includes(ids[0]), 'the first note scrolled out');
    assert.equal(u.above.count, 4, 'the four notes above are counted');
    assert.equal(u.above.nearest, ids[3]);
    assert.ok(u.ranges.some((r) => r.start <= far.line && far.line <= r.end), 'the visible lines are the editor’s');
  });

  it('selects the passage when a balloon is clicked', async () => {
    await api.margin.receive({ type: 'reveal', id: ids[3] });
    const start = document.getText().indexOf(NOTES[3].quote);
    const active = await until(() => vscode.window.activeTextEditor?.document === document && vscode.window.activeTextEditor, 'the document focused');
    assert.equal(document.offsetAt(active.selection.start), start);
    assert.equal(document.offsetAt(active.selection.end), start + NOTES[3].quote.length);
    await until(() => active.visibleRanges.some((r) => r.contains(active.selection.start)), 'the passage in view', 5000);
  });

  it('saves a note and a tag edited in place through the annotation model', async () => {
    const note = '就业目标超额完成。\n核对：人社部2022年统计公报';
    const updated = waitForEvent(api.margin.onDidUpdate, (u) => u.items.some((i) => i.id === ids[3] && i.note === note && i.tag === '重点'), 20000, 'the edited balloon');
    await api.margin.receive({ type: 'edit', id: ids[3], note, tag: '重点' });
    await updated;
    const saved = sidecar(uri.fsPath).annotations.find((a) => a.id === ids[3]);
    assert.equal(saved?.note, note);
    assert.equal(saved?.tag, '重点');
    assert.equal(sidecar(uri.fsPath).annotations.length, NOTES.length, 'nothing else changed');
  });

  it('deletes a note from its balloon', async () => {
    const updated = waitForEvent(api.margin.onDidUpdate, (u) => u.uri === uri.toString() && !shown(u).includes(ids[2]), 20000, 'the margin without the deleted note');
    await api.margin.receive({ type: 'delete', id: ids[2] });
    await updated;
    const left = sidecar(uri.fsPath).annotations.map((a) => a.id);
    assert.ok(!left.includes(ids[2]), 'gone from the sidecar');
    assert.equal(left.length, NOTES.length - 1);
  });

  it('leaves the comment threads out of the editor (no icon on every wrapped row)', () => {
    for (const id of [ids[0], ids[3]]) {
      const thread = api.comments.thread(id);
      assert.ok(thread, 'the thread exists (the Comments panel lists it)');
      assert.equal(thread.range, undefined, 'a file-level thread draws nothing in the editor');
    }
  });
});
