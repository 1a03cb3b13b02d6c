/**
 * Research coding in a real VS Code (issue 14): a codebook from the template, coding a passage with
 * several codes, the keyboard coding mode over the units, renaming and merging codes, document
 * variables, the Codebook view with counts and segments, the units in the Outline, and the chart
 * webview (with a screenshot for the README).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import type { CodeNode, SegmentNode } from '../../../src/extension/coding/codebookView';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

interface Sidecar {
  version: number;
  variables?: Record<string, string>;
  annotations: { id: string; codes?: string[]; tag: string | null; target: { quote: { exact: string } } }[];
}
const sidecar = (uri: vscode.Uri): Sidecar => JSON.parse(readFileSync(uri.fsPath + '.annotations.json', 'utf8'));

describe('research coding in the editor', function () {
  this.timeout(60000);
  let api: PolicyAnnotatorApi;
  let uri: vscode.Uri;
  let document: vscode.TextDocument;
  const codebookPath = () => workspaceUri('policy-codebook.json').fsPath;

  before(async () => {
    api = await activateApi();
    uri = workspaceUri('coded-opinion.txt');
    copyFileSync(workspaceUri('extra', 'state-council-2018-employment-stabilisation-opinions.txt').fsPath, uri.fsPath);
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await vscode.commands.executeCommand('policyAnnotator.stopCoding');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(codebookPath(), { force: true });
  });

  it('creates the policy-instrument codebook from its template', async () => {
    const changed = waitForEvent(api.coding.codebooks.onDidChange, () => true, 20000, 'codebook change');
    const path = await vscode.commands.executeCommand<string>('policyAnnotator.createCodebook', 'policy-instruments');
    await changed;
    assert.equal(path, codebookPath());
    assert.ok(existsSync(path));
    const { codebook } = await api.coding.codebooks.forDocument(uri);
    assert.deepEqual(codebook.codes.map((c) => c.name), ['政策工具', '政策阶段']);
  });

  it('codes a passage with several codes, also from one dimension; the sidecar becomes version 2', async () => {
    const phrase = '（一）加大稳岗支持力度。';
    const start = document.getText().indexOf(phrase);
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
    const a = await vscode.commands.executeCommand<{ id: string }>('policyAnnotator.codeSelection', { uri: uri.toString(), start, end: start + phrase.length, codes: ['supply.funding', 'environment.finance', 'stage.implementation'] });
    await written;
    assert.ok(a?.id);
    const file = sidecar(uri);
    assert.equal(file.version, 2);
    assert.deepEqual(file.annotations[0].codes, ['supply.funding', 'environment.finance', 'stage.implementation']);
  });

  it('walks the units with the coding mode and toggles codes with the number keys’ commands', async () => {
    const mode = await vscode.commands.executeCommand<unknown>('policyAnnotator.startCoding');
    assert.ok(mode);
    const coding = api.coding.commands.codingMode!;
    assert.ok(coding.unitCount > 10);
    const first = coding.unit!;
    await vscode.commands.executeCommand('policyAnnotator.nextUnit');
    assert.notEqual(coding.unit!.id, first.id);
    const unit = coding.unit!;
    const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
    await vscode.commands.executeCommand('policyAnnotator.toggleUnitCode', 1);
    await written;
    let coded = sidecar(uri).annotations.find((x) => x.target.quote.exact === unit.text);
    assert.ok(coded, 'the unit’s span is coded');
    assert.equal(coded.codes?.length, 1);
    await vscode.commands.executeCommand('policyAnnotator.nextCodeGroup');
    await vscode.commands.executeCommand('policyAnnotator.toggleUnitCode', 2);
    coded = sidecar(uri).annotations.find((x) => x.target.quote.exact === unit.text);
    assert.equal(coded?.codes?.length, 2, 'a second code from the next group');
    assert.deepEqual(coding.codes(), coded?.codes);
    await vscode.commands.executeCommand('policyAnnotator.stopCoding');
    assert.equal(api.coding.commands.codingMode, null);
  });

  it('renaming a code keeps every coding; merging rewrites them', async () => {
    await vscode.commands.executeCommand('policyAnnotator.renameCode', 'supply.funding', '财政资金投入');
    const { codebook } = await until(async () => {
      const r = await api.coding.codebooks.forDocument(uri);
      return JSON.stringify(r.codebook).includes('财政资金投入') && r;
    }, 'renamed codebook');
    assert.ok(codebook);
    assert.ok(sidecar(uri).annotations.some((x) => x.codes?.includes('supply.funding')), 'the coding still names the id');
    const holding = sidecar(uri).annotations.filter((x) => x.codes?.includes('environment.finance')).length;
    assert.ok(holding >= 1);
    const n = await vscode.commands.executeCommand<number>('policyAnnotator.mergeCodes', 'environment.finance', 'supply.funding');
    assert.equal(n, holding);
    await until(() => sidecar(uri).annotations.every((x) => !x.codes?.includes('environment.finance')), 'codings rewritten');
  });

  it('edits a document variable; the user’s value is stored and wins', async () => {
    const ok = await vscode.commands.executeCommand<boolean>('policyAnnotator.editVariables', uri.toString(), 'issuer', '国务院（用户）');
    assert.equal(ok, true);
    await until(() => sidecar(uri).variables?.issuer === '国务院（用户）', 'variables stored');
  });

  it('the Codebook view counts the codes across the workspace and lists the segments', async () => {
    await vscode.commands.executeCommand('policyAnnotator.refreshCodebook');
    const all = await api.coding.view.getChildren();
    const roots = all.filter((n) => n.contextValue === 'code') as CodeNode[];
    assert.deepEqual(roots.map((r) => r.label), ['政策工具', '政策阶段']);
    const unitsNode = all.find((n) => n.contextValue === 'units');
    assert.ok(unitsNode, 'the units of the active document are listed in the view');
    const units = await api.coding.view.getChildren(unitsNode as never);
    assert.ok(units.some((u) => /^1-1-1$/.test(String(u.label))), units.map((u) => u.label).slice(0, 5).join(', '));
    const tools = roots[0];
    assert.ok(Number(tools.description) >= 2, `count ${tools.description}`);
    const types = (await api.coding.view.getChildren(tools)) as CodeNode[];
    const supply = types.find((t) => t.label === '供给型')!;
    const leaves = (await api.coding.view.getChildren(supply)) as CodeNode[];
    const funding = leaves.find((l) => l.label === '财政资金投入')!;
    const segments = (await api.coding.view.getChildren(funding)) as unknown as SegmentNode[];
    assert.ok(segments.some((s) => s.segment.text === '（一）加大稳岗支持力度。'));
  });

  it('shows the units of analysis in the Outline', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const group = symbols.find((s) => s.name === vscode.l10n.t('Units of analysis') || s.name === '分析单元' || s.name === 'Units of analysis');
    assert.ok(group, symbols.map((s) => s.name).join(', '));
    assert.ok(group.children.some((c) => /^1-\d+-\d+/.test(c.name)));
  });

  it('draws the coding charts in a webview and exports a table as XLSX', async () => {
    const rendered = waitForEvent(api.coding.study.onDidRenderChart, (k) => k === 'bar' || k.startsWith('error'), 30000, 'chart rendered');
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('policyAnnotator.showCharts', 'frequency');
    assert.ok(panel);
    assert.equal(await rendered, 'bar');
    await takeScreenshot('coding-charts');
    const heat = waitForEvent(api.coding.study.onDidRenderChart, (k) => k === 'heatmap' || k.startsWith('error'), 30000, 'heatmap rendered');
    await vscode.commands.executeCommand('policyAnnotator.showCharts', 'cross');
    assert.equal(await heat, 'heatmap');
    const target = workspaceUri('frequency.xlsx').fsPath;
    const written = await vscode.commands.executeCommand<string>('policyAnnotator.exportCodingTable', 'frequency', 'xlsx', target);
    assert.equal(written, target);
    assert.equal(readFileSync(target).subarray(0, 2).toString('latin1'), 'PK');
  });
});
