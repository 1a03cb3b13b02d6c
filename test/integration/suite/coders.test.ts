/**
 * Several coders in a real VS Code (issue 15): blind coding hides the other coders' codings, the
 * Disagreements view lists a unit two coders coded differently, and a consensus decision writes the
 * coder `consensus`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/sidecar';
import { splitUnits } from '../../../src/core/coding/units';
import type { CoderCodesNode, DisagreementNode } from '../../../src/extension/coding/disagreementsView';
import type { ExchangeOutcome } from '../../../src/extension/exportCommands';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

describe('several coders in the editor', function () {
  this.timeout(60000);

  it('blind coding, the disagreements of two coders and a consensus decision', async () => {
    const api = await activateApi();
    const uri = workspaceUri('two-coders.txt');
    copyFileSync(workspaceUri('extra', 'state-council-2018-employment-stabilisation-opinions.txt').fsPath, uri.fsPath);
    const text = readFileSync(uri.fsPath, 'utf8');
    const unit = splitUnits(text).find((u) => u.text.startsWith('（一）'))!;
    const coded = (author: string, code: string) => ({ ...createAnnotation(text, unit.start, unit.end, { author, tag: null, note: '', link: null }), codes: [code] });
    writeFileSync(`${uri.fsPath}.annotations.json`, serializeSidecar({ version: 2, document: 'two-coders.txt', annotations: [coded('甲', 'tag.important'), coded('乙', 'tag.verify')] }));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await until(() => api.annotations.annotationsOf(document).length === 2, 'both coders loaded');

    // Blind coding: only the current coder's codings are shown.
    await vscode.workspace.getConfiguration('policyAnnotator').update('coding.blind', true, vscode.ConfigurationTarget.Global);
    api.annotations.setCoder('甲');
    await until(() => api.annotations.annotationsOf(document).length === 1, 'blind: one coder’s codings');
    assert.equal(api.annotations.annotationsOf(document)[0].annotation.author, '甲');
    await vscode.workspace.getConfiguration('policyAnnotator').update('coding.blind', undefined, vscode.ConfigurationTarget.Global);
    await until(() => api.annotations.annotationsOf(document).length === 2, 'not blind: both');

    const found = await vscode.commands.executeCommand<{ file: string; unit: { id: string; start: number; end: number } }[]>('policyAnnotator.refreshDisagreements');
    const mine = found.find((d) => d.file === 'two-coders.txt');
    assert.ok(mine, found.map((d) => d.file).join(', '));
    assert.deepEqual([mine.unit.start, mine.unit.end], [unit.start, unit.end]);
    assert.match(mine.unit.id, /^\d+-1-1$/, 'numbered in the study: document, section, clause');
    const nodes = api.coding.disagreements.getChildren() as DisagreementNode[];
    const node = nodes.find((n) => n.disagreement.file === 'two-coders.txt')!;
    const rows = api.coding.disagreements.getChildren(node) as CoderCodesNode[];
    assert.deepEqual(rows.map((r) => [r.coder, r.description]), [['乙', '待核实'], ['甲', '重点']]);
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'consensus written');
    await vscode.commands.executeCommand('policyAnnotator.acceptCoder', rows.find((r) => r.coder === '乙'));
    await written;
    const side = JSON.parse(readFileSync(`${uri.fsPath}.annotations.json`, 'utf8')) as { annotations: { author: string; codes: string[] }[] };
    assert.deepEqual(side.annotations.filter((a) => a.author === 'consensus').map((a) => a.codes), [['tag.verify']]);
    const after = api.coding.disagreements.getChildren() as DisagreementNode[];
    assert.deepEqual(after.find((n) => n.disagreement.file === 'two-coders.txt')?.disagreement.consensus, ['tag.verify']);
    const agreement = await vscode.commands.executeCommand<vscode.TextDocument>('policyAnnotator.showAgreement');
    assert.ok(agreement?.getText().includes("Krippendorff's α"));
  });

  it('one file per coder: each coder’s annotations go to their own file, every file is read, an edit goes back where it came from', async () => {
    const api = await activateApi();
    const uri = workspaceUri('coder-files.txt');
    copyFileSync(workspaceUri('extra', 'state-council-2018-employment-stabilisation-opinions.txt').fsPath, uri.fsPath);
    const text = readFileSync(uri.fsPath, 'utf8');
    const units = splitUnits(text).filter((u) => u.text.startsWith('（'));
    const coded = (author: string, k: number, code: string) => ({ ...createAnnotation(text, units[k].start, units[k].end, { author, tag: null, note: '', link: null }), codes: [code] });
    const shared = `${uri.fsPath}.annotations.json`;
    const sharedText = serializeSidecar({ version: 2, document: 'coder-files.txt', annotations: [coded('甲', 0, 'tag.important')] });
    writeFileSync(shared, sharedText);
    await vscode.workspace.getConfiguration('policyAnnotator').update('coding.filePerCoder', true, vscode.ConfigurationTarget.Global);
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await until(() => api.annotations.annotationsOf(document).length === 1, 'the shared file loaded');

      // 乙 codes in the editor: the annotation goes to 乙's own file, the shared file is not touched.
      const mine = `${uri.fsPath}.coder-乙.annotations.json`;
      let written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.path === mine, 20000, '乙’s file written');
      assert.ok(api.annotations.add(document, coded('乙', 1, 'tag.verify')));
      await written;
      assert.equal(readFileSync(shared, 'utf8'), sharedText, 'the shared file is unchanged');
      const own = JSON.parse(readFileSync(mine, 'utf8')) as { annotations: { author: string; codes: string[] }[] };
      assert.deepEqual(own.annotations.map((a) => [a.author, a.codes]), [['乙', ['tag.verify']]]);
      assert.equal(api.annotations.annotationsOf(document).length, 2, 'both files are shown');

      // Another coder's file arrives (a git pull): it is read without reopening the document.
      const theirs = `${uri.fsPath}.coder-丙.annotations.json`;
      writeFileSync(theirs, serializeSidecar({ version: 2, document: 'coder-files.txt', annotations: [coded('丙', 2, 'tag.doubt')] }));
      await until(() => api.annotations.annotationsOf(document).length === 3, '丙’s file read');

      // An edit of 甲's annotation is written to the shared file, where it came from.
      const first = api.annotations.annotationsOf(document).find((a) => a.annotation.author === '甲')!;
      written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.path === shared, 20000, 'shared file written');
      assert.ok(api.annotations.update(first.annotation.id, (a) => ({ ...a, annotation: { ...a.annotation, note: '改过' } })));
      await written;
      assert.match(readFileSync(shared, 'utf8'), /改过/);
      assert.doesNotMatch(readFileSync(mine, 'utf8'), /改过/);

      // The study's agreement reads all three files.
      const agreement = await vscode.commands.executeCommand<vscode.TextDocument>('policyAnnotator.showAgreement');
      assert.ok(agreement?.getText().includes('丙'), 'the third coder is in the agreement table');
    } finally {
      await vscode.workspace.getConfiguration('policyAnnotator').update('coding.filePerCoder', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('a REFI-QDA project exported from the editor and imported again keeps the codings', async () => {
    await activateApi();
    const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
    const out = join(mkdtempSync(join(tmpdir(), 'pa-qdpx-')), 'study.qdpx');
    const exported = await vscode.commands.executeCommand<ExchangeOutcome>('policyAnnotator.exportQdpx', { format: 'qdpx', out, quiet: true });
    assert.equal(exported?.code, 0, exported?.err.join('\n'));
    assert.ok(existsSync(out), out);
    const into = mkdtempSync(join(tmpdir(), 'pa-qdpx-in-'));
    const imported = await vscode.commands.executeCommand<ExchangeOutcome>('policyAnnotator.importQdpx', { file: out, intoDir: into, quiet: true });
    assert.equal(imported?.code, 0, imported?.err.join('\n'));
    assert.ok(existsSync(join(into, 'policy-codebook.json')), 'the codebook came along');
    // The two-coder document of the first test: both coders' codings and the consensus are back.
    const side = JSON.parse(readFileSync(join(into, 'two-coders.txt.annotations.json'), 'utf8')) as { annotations: { author: string; codes: string[] }[] };
    assert.deepEqual([...new Set(side.annotations.map((a) => a.author))].sort(), ['consensus', '乙', '甲']);
    assert.ok(readFileSync(join(into, 'two-coders.txt'), 'utf8') === readFileSync(join(folder, 'two-coders.txt'), 'utf8'), 'the document text is the same');
    const qdc = join(dirname(out), 'codes.qdc');
    const book = await vscode.commands.executeCommand<ExchangeOutcome>('policyAnnotator.exportQdpx', { format: 'qdc', out: qdc, quiet: true });
    assert.equal(book?.code, 0, book?.err.join('\n'));
    assert.match(readFileSync(qdc, 'utf8'), /<CodeBook/);
  });
});
