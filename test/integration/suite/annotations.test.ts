/**
 * The user's annotations in a real VS Code (issue 5): add, edit, delete through the commands and
 * check the sidecar; change the document on disk and check the re-anchoring; rename the document
 * and check that the sidecar followed; a broken sidecar is never overwritten.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { existsSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import type { GroupNode, SpanNode } from '../../../src/extension/findingsView';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

const SOURCE = 'government-work-report-2023.txt';

function sidecar(path: string): { annotations: { id: string; note: string; tag: string | null; link: string | null; target: { quote: { exact: string } } }[] } {
  return JSON.parse(readFileSync(path + '.annotations.json', 'utf8'));
}

describe('annotations in the editor', () => {
  let api: PolicyAnnotatorApi;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  let id: string;

  before(async () => {
    api = await activateApi();
    uri = workspaceUri('annotated-report.txt');
    copyFileSync(workspaceUri(SOURCE).fsPath, uri.fsPath);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await vscode.workspace.getConfiguration('editor').update('wordWrap', 'on', vscode.ConfigurationTarget.Global);
    // A reader's name in the screenshots, not the machine's user.
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', 'Li Hua', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('editor').update('wordWrap', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', undefined, vscode.ConfigurationTarget.Global);
  });

  it('adds an annotation through the command and writes the sidecar', async () => {
    const start = document.getText().indexOf('1206万人');
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
    const created = await vscode.commands.executeCommand<{ id: string }>('policyAnnotator.addAnnotation', {
      uri: uri.toString(),
      start,
      end: start + 6,
      note: '核对统计公报\n第二行',
      tag: '待核实',
      link: 'https://www.stats.gov.cn/',
    });
    await written;
    assert.ok(created?.id);
    id = created.id;
    const file = sidecar(uri.fsPath);
    assert.equal(file.annotations.length, 1);
    assert.equal(file.annotations[0].note, '核对统计公报\n第二行');
    assert.equal(file.annotations[0].tag, '待核实');
    assert.equal(file.annotations[0].target.quote.exact, '1206万人');
    const listed = api.annotations.annotationsOf(document);
    assert.equal(listed.length, 1);
    assert.equal(document.getText().slice(listed[0].start!, listed[0].end!), '1206万人');
    const editor = vscode.window.activeTextEditor!;
    await api.analyses.analyzeNow(document);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    editor.selection = new vscode.Selection(document.positionAt(start + 2), document.positionAt(start + 2));
    editor.revealRange(new vscode.Range(document.positionAt(start), document.positionAt(start)), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await takeScreenshot('annotation', { waitForSelector: '.monaco-hover .hover-contents' });
  });

  it('edits the note and the tag, then deletes', async () => {
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.editAnnotation', id, '已核实：1206万人', null), true);
    assert.equal(sidecar(uri.fsPath).annotations[0].note, '已核实：1206万人');
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.changeAnnotationTag', id, '重点'), true);
    assert.equal(sidecar(uri.fsPath).annotations[0].tag, '重点');

    const start = document.getText().indexOf('5.5%左右');
    const other = await vscode.commands.executeCommand<{ id: string }>('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 6, note: '目标', tag: null, link: null });
    assert.equal(sidecar(uri.fsPath).annotations.length, 2);
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.deleteAnnotation', other.id, false), true);
    assert.deepEqual(sidecar(uri.fsPath).annotations.map((a) => a.id), [id]);
  });

  it('shows the annotation as a comment thread whose note is edited inline', async () => {
    const thread = await until(() => api.comments.thread(id), 'the comment thread');
    assert.equal(thread.uri.toString(), uri.toString());
    const comment = thread.comments[0] as vscode.Comment & { annotationId: string };
    assert.equal(comment.annotationId, id);
    await vscode.commands.executeCommand('policyAnnotator.editAnnotationComment', comment);
    const editing = api.comments.thread(id)!.comments[0];
    assert.equal(editing.mode, vscode.CommentMode.Editing);
    assert.equal(editing.body, '已核实：1206万人', 'edited as the plain note');
    editing.body = '已核实：1206万人\n见统计公报第3页';
    await vscode.commands.executeCommand('policyAnnotator.saveAnnotationComment', editing);
    assert.equal(sidecar(uri.fsPath).annotations[0].note, '已核实：1206万人\n见统计公报第3页');
    const shown = api.comments.thread(id)!.comments[0];
    assert.equal(shown.mode, vscode.CommentMode.Preview);
  });

  it('follows the edits while the user types, and stores the new place when the document is saved', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const before = api.annotations.annotationsOf(document).find((a) => a.annotation.id === id)!;
    const start = before.start!;
    await editor.edit((b) => b.insert(document.positionAt(0), '编者按：插入的一句话。\n'));
    const moved = api.annotations.annotationsOf(document).find((a) => a.annotation.id === id)!;
    assert.equal(moved.start, start + 12);
    assert.equal(document.getText().slice(moved.start!, moved.end!), '1206万人');
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write on save');
    await document.save();
    await written;
    const stored = sidecar(uri.fsPath).annotations.find((a) => a.id === id) as unknown as { target: { position: { start: number } } };
    assert.equal(stored.target.position.start, start + 12);
    // Undo the insertion and save, so the next tests see the original text.
    await editor.edit((b) => b.delete(new vscode.Range(document.positionAt(0), document.positionAt(12))));
    await document.save();
  });

  it('creates an annotation from a new comment thread (the gutter “+”)', async () => {
    const start = document.getText().indexOf('粮食产量');
    let disposed = false;
    const range = new vscode.Range(document.positionAt(start), document.positionAt(start + 4));
    const reply = { text: '多行笔记\n第二行', thread: { uri, range, dispose: () => (disposed = true) } };
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
    // The typed note goes into the form (tag and link beside it), which the user then saves.
    const opened = waitForEvent(api.form.onDidOpen, () => true, 20000, 'the annotation form');
    const done = vscode.commands.executeCommand('policyAnnotator.createAnnotationFromComment', reply);
    const request = await opened;
    assert.equal(request.note, '多行笔记\n第二行');
    api.form.receive({ type: 'save', values: { tag: null, note: request.note!, link: null, author: 'Li Hua' } });
    await done;
    await written;
    assert.ok(disposed, 'the draft thread is replaced by the annotation’s own');
    const created = sidecar(uri.fsPath).annotations.find((a) => a.note === '多行笔记\n第二行');
    assert.ok(created);
    assert.equal(created.target.quote.exact, '粮食产量');
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.deleteAnnotation', created.id, false), true);
  });

  it('re-anchors when the document changes on disk', async () => {
    const original = readFileSync(uri.fsPath, 'utf8');
    const changed = '（编者按：本文为节选。）\n\n' + original;
    writeFileSync(uri.fsPath, changed);
    const expected = changed.indexOf('1206万人');
    await until(() => document.getText() === changed, 'VS Code reloads the changed file');
    const a = await until(() => {
      const x = api.annotations.annotationsOf(document)[0];
      return x && x.start === expected && x;
    }, 'the annotation follows its quote');
    assert.equal(document.getText().slice(a.start!, a.end!), '1206万人');
    // The file on disk changed, not an unsaved edit: the sidecar is updated at once.
    await until(() => (sidecar(uri.fsPath).annotations.find((x) => x.id === id) as unknown as { target: { position: { start: number } } }).target.position.start === expected, 'the stored position follows');
  });

  it('keeps an annotation whose text is gone as an orphan, listed in the view', async () => {
    const text = document.getText();
    const gone = text.replaceAll('1206万人', '');
    writeFileSync(uri.fsPath, gone);
    await until(() => document.getText() === gone, 'reload');
    await until(() => api.annotations.annotationsOf(document)[0]?.status === 'orphan', 'orphan');
    assert.equal(sidecar(uri.fsPath).annotations.length, 1, 'kept in the file');
    await until(() => (sidecar(uri.fsPath).annotations[0] as unknown as { orphan?: boolean }).orphan === true, 'marked orphan in the file');
    const groups = await until(() => {
      const root = api.findingsView.rootNodes().find((n) => (n as GroupNode).contextValue === 'annotations') as GroupNode | undefined;
      return root?.children().find((g) => (g as GroupNode).contextValue === 'annotationOrphans') as GroupNode | undefined;
    }, 'an Orphans group in the view');
    assert.equal(groups.children().length, 1);
    writeFileSync(uri.fsPath, text);
    await until(() => api.annotations.annotationsOf(document)[0]?.status !== 'orphan', 'anchored again');
  });

  it('re-attaches an orphan to a new selection', async () => {
    const text = document.getText();
    const gone = text.replaceAll('1206万人', '');
    writeFileSync(uri.fsPath, gone);
    await until(() => api.annotations.annotationsOf(document)[0]?.status === 'orphan', 'orphan');
    const editor = await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('城镇调查失业率');
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 7));
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.reattachAnnotation', id), true);
    const a = api.annotations.annotationsOf(document)[0];
    assert.equal(a.status, 'exact');
    assert.equal(document.getText().slice(a.start!, a.end!), '城镇调查失业率');
    const stored = sidecar(uri.fsPath).annotations[0] as unknown as { orphan?: boolean; target: { quote: { exact: string } } };
    assert.equal(stored.orphan, undefined);
    assert.equal(stored.target.quote.exact, '城镇调查失业率');
    writeFileSync(uri.fsPath, text);
    await until(() => document.getText() === text, 'reload');
  });

  it('moves the sidecar with the document when it is renamed in VS Code', async () => {
    const target = workspaceUri('renamed-report.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(uri, target);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(() => existsSync(target.fsPath + '.annotations.json'), 'sidecar moved');
    assert.ok(!existsSync(uri.fsPath + '.annotations.json'), 'old sidecar gone');
    assert.equal(sidecar(target.fsPath).annotations[0].id, id);
    uri = target;
    document = await vscode.workspace.openTextDocument(target);
  });

  it('keeps the sidecar when the document is deleted', async () => {
    const doomed = workspaceUri('doomed.txt');
    writeFileSync(doomed.fsPath, '到2025年，研发经费投入强度达到3%以上。\n');
    const doc = await vscode.workspace.openTextDocument(doomed);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: doomed.toString(), start: 0, end: 7, note: '目标年份', tag: '重点', link: null });
    assert.ok(existsSync(doomed.fsPath + '.annotations.json'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(doomed);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(() => !existsSync(doomed.fsPath), 'document deleted');
    assert.ok(existsSync(doomed.fsPath + '.annotations.json'), 'the notes are not lost with the document');
    await vscode.window.showTextDocument(document);
  });

  it('never overwrites a sidecar that does not parse, and refuses new annotations until it is fixed', async () => {
    const path = uri.fsPath + '.annotations.json';
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.slice(0, 40));
    await until(() => api.annotations.brokenReason(document) !== null, 'broken sidecar noticed');
    const start = document.getText().indexOf('粮食');
    const result = await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 2, note: 'x', tag: null, link: null });
    assert.equal(result, undefined);
    assert.equal(readFileSync(path, 'utf8'), good.slice(0, 40), 'file untouched');
    writeFileSync(path, good);
    await until(() => api.annotations.brokenReason(document) === null && api.annotations.annotationsOf(document).length === 1, 'fixed file reloaded');
  });

  it('annotates a detected claim from its item in the view, tagged 待核实', async () => {
    await vscode.window.showTextDocument(document);
    await api.analyses.analyzeNow(document);
    const group = await until(
      () => api.findingsView.currentDocument?.uri.toString() === document.uri.toString() && (api.findingsView.rootNodes().find((n) => (n as GroupNode).contextValue === 'numericClaims') as GroupNode | undefined),
      'the numeric claims of this document in the view',
    );
    // Large documents group their claims by section: the first claim is the first leaf.
    let node = group.children()[0];
    while (!('span' in node)) node = node.children()[0];
    const created = await vscode.commands.executeCommand<{ id: string; tag: string | null; target: { quote: { exact: string } } }>('policyAnnotator.annotateFinding', node, '来源？');
    assert.ok(created);
    assert.equal(created.tag, '待核实');
    assert.equal(created.target.quote.exact, (node as SpanNode).span.text);
    assert.ok(sidecar(uri.fsPath).annotations.some((a) => a.id === created.id && a.note === '来源？'));
  });

  it('exports W3C Web Annotations and imports them into a copy of the document', async () => {
    await vscode.window.showTextDocument(document);
    const outDir = workspaceUri('exports-jsonld').fsPath;
    const outcome = await vscode.commands.executeCommand<{ written: string[] }>('policyAnnotator.export', { format: 'jsonld', scope: 'document', findings: false, outDir, quiet: true });
    assert.equal(outcome.written.length, 1);
    const copy = workspaceUri('report-copy.txt');
    copyFileSync(uri.fsPath, copy.fsPath);
    const imported = await vscode.commands.executeCommand<{ added: number; errors: string[] }>('policyAnnotator.importWebAnnotations', outcome.written[0], copy.fsPath);
    assert.deepEqual(imported.errors, []);
    assert.equal(imported.added, sidecar(uri.fsPath).annotations.length);
    assert.deepEqual(
      sidecar(copy.fsPath).annotations.map((a) => [a.id, a.note, a.tag, a.target.quote.exact]),
      sidecar(uri.fsPath).annotations.map((a) => [a.id, a.note, a.tag, a.target.quote.exact]),
    );
  });

  it('exports the document as CSV with a byte-order mark from the command', async () => {
    await vscode.window.showTextDocument(document);
    const outDir = workspaceUri('exports').fsPath;
    const outcome = await vscode.commands.executeCommand<{ written: string[] }>('policyAnnotator.export', { format: 'csv', scope: 'document', findings: true, outDir, quiet: true });
    assert.ok(outcome && outcome.written.length === 1);
    const csv = readFileSync(outcome.written[0], 'utf8');
    assert.ok(csv.startsWith('\uFEFFfile,line,column,kind'));
    assert.ok(csv.includes('numeric-claim'));
  });
});
