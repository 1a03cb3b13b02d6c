/**
 * Several coders in a real VS Code (issue 15): blind coding hides the other coders' codings, the
 * Disagreements view lists a unit two coders coded differently, and a consensus decision writes the
 * coder `consensus`.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/sidecar';
import { splitUnits } from '../../../src/core/coding/units';
import type { CoderCodesNode, DisagreementNode } from '../../../src/extension/coding/disagreementsView';
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
});
