/**
 * Re-opening a document with another encoding (issue 12, “Chinese files as they come”): a GB18030
 * document with annotations, opened as GB18030, then re-opened as UTF-8 (what VS Code does by
 * default without auto-guessing), then as GB18030 again. The annotations must not turn into silent
 * orphans: the product says how many lost their place and why, the sidecar is never written with the
 * garbled text, and it stays UTF-8 whatever the document's encoding.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import type { AnnotationProblem } from '../../../src/extension/annotationStore';
import { createAnnotation } from '../../../src/core/annotations/create';
import { emptySidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

const QUOTES = ['稳就业', '最大的民生', '国务院'];

describe('re-opening a document with another encoding', function () {
  this.timeout(120000);
  let api: PolicyAnnotatorApi;
  let uri: vscode.Uri;
  let sidecar: string;
  let original: Buffer;
  let documentBytes: Buffer;
  let writes = 0;
  let sub: vscode.Disposable;

  const placed = (d: vscode.TextDocument) => api.annotations.annotationsOf(d).filter((a) => a.status !== 'orphan').length;
  const encodingProblem = (orphans: (n: number) => boolean) =>
    waitForEvent(api.annotations.onProblem, (p: AnnotationProblem) => p.kind === 'encoding' && p.uri.toString() === uri.toString() && orphans(p.orphans), 30000, 'the encoding problem');

  before(async () => {
    api = await activateApi();
    uri = workspaceUri('encoding-reopen.txt');
    copyFileSync(workspaceUri('encodings', 'gb18030.txt').fsPath, uri.fsPath);
    documentBytes = readFileSync(uri.fsPath);
    const text = new TextDecoder('gb18030').decode(documentBytes);
    const file = emptySidecar('encoding-reopen.txt');
    for (const [i, q] of QUOTES.entries()) {
      const start = text.indexOf(q);
      assert.ok(start >= 0, q);
      file.annotations.push(createAnnotation(text, start, start + q.length, { id: `enc-${i}`, author: '测试者', tag: '重点', note: `笔记${i}：${q}`, now: new Date('2024-05-01T00:00:00Z') }));
    }
    sidecar = uri.fsPath + '.annotations.json';
    writeFileSync(sidecar, serializeSidecar(file));
    original = readFileSync(sidecar);
    sub = api.annotations.onDidWriteSidecar((e) => {
      if (e.path === sidecar) writes++;
    });
  });

  after(() => sub.dispose());

  it('opened as GB18030 (the API of VS Code 1.100: openTextDocument with an encoding), every annotation is in place', async () => {
    const document = await vscode.workspace.openTextDocument(uri, { encoding: 'gb18030' });
    await vscode.window.showTextDocument(document);
    assert.equal(document.encoding, 'gb18030');
    await until(() => placed(document) === QUOTES.length, 'three annotations placed');
    const byId = new Map(api.annotations.annotationsOf(document).map((a) => [a.annotation.id, document.getText().slice(a.start!, a.end!)]));
    assert.deepEqual(QUOTES.map((_, i) => byId.get(`enc-${i}`)), QUOTES);
    assert.equal(writes, 0, 'nothing to write');
    assert.deepEqual(readFileSync(sidecar), original);
  });

  it('re-opened as UTF-8: the product says how many annotations lost their place, and writes nothing', async () => {
    const told = encodingProblem((n) => n === QUOTES.length);
    const document = await vscode.workspace.openTextDocument(uri, { encoding: 'utf8' });
    const problem = await told;
    assert.equal(document.encoding, 'utf8');
    assert.ok(document.getText().includes('\uFFFD'), 'the text is garbled');
    assert.equal(placed(document), 0);
    assert.ok(problem.kind === 'encoding' && problem.sign === 'replacement characters');
    await until(() => api.encodingWarning.lastMessage?.includes(`${QUOTES.length}`) && api.encodingWarning.lastMessage, 'the warning');
    assert.match(api.encodingWarning.lastMessage!, /encoding-reopen\.txt/);
    assert.match(api.encodingWarning.lastMessage!, /utf8/);
    await takeScreenshot('encoding-reopen-warning');
    // A change now could only be saved with garbled quotes: refused, and said again.
    const again = encodingProblem((n) => n === QUOTES.length);
    const added = await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start: 10, end: 14, note: '不应保存', tag: '重点', link: null });
    await again;
    assert.ok(!added, 'the new annotation is refused');
    assert.equal(writes, 0, 'the sidecar was not written');
    assert.deepEqual(readFileSync(sidecar), original);
  });

  it('re-opened as GB18030 again: every annotation is back in place, the sidecar unchanged', async () => {
    const cleared = encodingProblem((n) => n === 0);
    const document = await vscode.workspace.openTextDocument(uri, { encoding: 'gb18030' });
    await cleared;
    await until(() => placed(document) === QUOTES.length, 'three annotations placed again');
    const stored = JSON.parse(readFileSync(sidecar, 'utf8')) as { annotations: { id: string; note: string; target: { quote: { exact: string } } }[] };
    const byId = new Map(stored.annotations.map((a) => [a.id, a]));
    assert.deepEqual(QUOTES.map((_, i) => byId.get(`enc-${i}`)?.target.quote.exact), QUOTES, 'the quotes on disk are the good ones');
    assert.deepEqual(QUOTES.map((_, i) => byId.get(`enc-${i}`)?.note), QUOTES.map((q, i) => `笔记${i}：${q}`));
  });

  it('a new annotation on the GB18030 document goes into a UTF-8 sidecar; the document stays GB18030', async () => {
    const document = await vscode.workspace.openTextDocument(uri, { encoding: 'gb18030' });
    const start = document.getText().indexOf('就业');
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.path === sidecar, 30000, 'the sidecar write');
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 2, note: '新的笔记：就业优先', tag: '笔记', link: null });
    await written;
    const bytes = readFileSync(sidecar);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // throws if not UTF-8
    const stored = JSON.parse(text) as { annotations: { note: string; target: { quote: { exact: string } } }[] };
    assert.equal(stored.annotations.length, QUOTES.length + 1);
    assert.ok(stored.annotations.some((a) => a.note === '新的笔记：就业优先' && a.target.quote.exact === '就业'));
    assert.deepEqual(readFileSync(uri.fsPath), documentBytes, 'the document itself is untouched (still GB18030)');
  });
});
