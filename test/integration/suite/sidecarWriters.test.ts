/**
 * A second writer of the sidecar (another VS Code window, the CLI's import, a git pull): its
 * versions are loaded, and never answered with a write of ours. Before issue 9, a foreign version
 * whose positions did not fit our text (written for another revision of the document) was
 * re-anchored and written back at once: persist → watcher → load → persist, a loop as long as the
 * other writer kept writing.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import { activateApi, waitForEvent, workspaceUri } from '../util';

interface Sidecar {
  annotations: { id: string; note: string; target: { position: { type: string; start: number; end: number } } }[];
}

/** The other writer's version: every note changed, every stored position 20 characters off. */
function foreignVersion(text: string, note: string): string {
  const file = JSON.parse(text) as Sidecar;
  for (const a of file.annotations) {
    a.note = note;
    a.target.position = { ...a.target.position, start: a.target.position.start + 20, end: a.target.position.end + 20 };
  }
  return JSON.stringify(file, null, 2) + '\n';
}

/** Atomic, as every writer of sidecars does it (temporary file, then rename). */
function writeAtomically(path: string, text: string): void {
  writeFileSync(path + '.tmp', text);
  renameSync(path + '.tmp', path);
}

describe('a second writer of the sidecar', () => {
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;
  let sidecar: string;
  let ours = 0;
  let sub: vscode.Disposable;

  const noteNow = () => api.annotations.annotationsOf(document)[0]?.annotation.note;
  /** Resolves once the store shows this note (at once if it does already). */
  const shows = (note: string) =>
    noteNow() === note ? Promise.resolve() : waitForEvent(api.annotations.onDidChange, (u) => u.toString() === document.uri.toString() && noteNow() === note, 20000, `the store shows “${note}”`);

  before(async () => {
    api = await activateApi();
    const uri = workspaceUri('two-writers.txt');
    copyFileSync(workspaceUri('government-work-report-2023.txt').fsPath, uri.fsPath);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    sidecar = uri.fsPath + '.annotations.json';
    const start = document.getText().indexOf('1206万人');
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end: start + 6, note: '我的笔记', tag: '待核实', link: null });
    sub = api.annotations.onDidWriteSidecar((e) => {
      if (e.path === sidecar) ours++;
    });
  });

  after(() => sub.dispose());

  it('loads each foreign version and writes nothing back', async () => {
    for (let round = 1; round <= 5; round++) {
      const theirs = foreignVersion(readFileSync(sidecar, 'utf8'), `另一位读者的修改 ${round}`);
      writeAtomically(sidecar, theirs);
      await shows(`另一位读者的修改 ${round}`);
      // A write of ours would come from the same load, before the change event we waited on.
      assert.equal(ours, 0, `round ${round}: the store wrote the sidecar back`);
      assert.equal(readFileSync(sidecar, 'utf8'), theirs, 'their version stays on disk');
      const a = api.annotations.annotationsOf(document)[0];
      assert.equal(document.getText().slice(a.start!, a.end!), '1206万人', 'placed on our text all the same');
    }
  });

  it('stays quiet while another process writes many versions, and shows the last one', async () => {
    const base = readFileSync(sidecar, 'utf8');
    const versions = Array.from({ length: 20 }, (_, i) => foreignVersion(base, i === 19 ? '另一进程的最终版本' : `另一进程 ${i}`));
    const script = `
      const fs = require('fs');
      const [path, json] = process.argv.slice(1);
      const versions = JSON.parse(json);
      let i = 0;
      const next = () => {
        fs.writeFileSync(path + '.w2.tmp', versions[i]);
        fs.renameSync(path + '.w2.tmp', path);
        if (++i < versions.length) setTimeout(next, 15);
      };
      next();`;
    const child = spawn(process.execPath, ['-e', script, sidecar, JSON.stringify(versions)], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(await exited, 0, 'the second writer ran');
    await shows('另一进程的最终版本');
    assert.equal(ours, 0, 'no write of ours between theirs');
    assert.equal(readFileSync(sidecar, 'utf8'), versions[19]);
  });

  it('writes again on the user’s next change, keeping the other writer’s annotations', async () => {
    const start = document.getText().indexOf('粮食产量');
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.path === sidecar, 20000, 'our write');
    await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: document.uri.toString(), start, end: start + 4, note: '我的第二条', tag: null, link: null });
    await written;
    assert.equal(ours, 1);
    const file = JSON.parse(readFileSync(sidecar, 'utf8')) as Sidecar;
    assert.deepEqual(file.annotations.map((a) => a.note).sort(), ['另一进程的最终版本', '我的第二条'].sort());
    const theirs = file.annotations.find((a) => a.note === '另一进程的最终版本')!;
    assert.equal(document.getText().slice(theirs.target.position.start, theirs.target.position.end), '1206万人', 'their annotation stored at its place in our text');
  });
});
