/**
 * The findings view on a 2 MB document (issue 13): claims grouped by section and by year, the
 * filter of our own (words, kind:, year:) with its message and Clear Filter, and the time to open the
 * claims group and to apply a filter, written into the test titles (`grep LATENCY` the suite's log).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileSync, writeFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
// Types only: the extension runs from its bundle, so `instanceof` against the compiled classes would be false.
import { FLAT_CLAIMS_MAX, type ClaimNode, type FindingNode, type GroupNode, type TermOccurrenceNode } from '../../../src/extension/findingsView';
import { activateApi, until, workspaceUri } from '../util';
import { takeScreenshot } from '../screenshot';

/** Resolves with the milliseconds the view took to reveal and expand the node (bounded: a hang fails clearly). */
async function expand(view: vscode.TreeView<FindingNode>, node: FindingNode, what: string): Promise<number> {
  const t0 = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`the view did not expand ${what} within 60 s`)), 60_000)));
  try {
    await Promise.race([view.reveal(node, { expand: true, select: false, focus: false }), limit]);
  } finally {
    clearTimeout(timer);
  }
  return performance.now() - t0;
}

/** What the tree asks of the provider when a group opens: its children and their tree items. */
function provide(node: FindingNode): number {
  const t0 = performance.now();
  for (const c of node.children()) c.toTreeItem();
  return performance.now() - t0;
}

const group = (nodes: FindingNode[], contextValue: string) => nodes.find((n) => (n as GroupNode).contextValue === contextValue) as GroupNode | undefined;
const isClaim = (n: FindingNode): n is ClaimNode => (n as ClaimNode).contextValue === 'numericClaim';
const isTerm = (n: FindingNode): n is TermOccurrenceNode => (n as TermOccurrenceNode).contextValue === 'termOccurrence';

/** Every leaf under a node (groups opened on the way, as the view does when expanded). */
function leaves(node: FindingNode): FindingNode[] {
  const children = node.children();
  return children.length ? children.flatMap(leaves) : [node];
}

describe('findings view on a 2 MB document (issue 13)', () => {
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;

  before(async function () {
    this.timeout(240_000);
    api = await activateApi();
    // Two reports, so that claims carry several years (the 2023 report states none).
    const source = ['government-work-report-2023.txt', 'digital-china-development-report-2022.txt'].map((f) => readFileSync(workspaceUri(f).fsPath, 'utf8')).join('\n');
    let text = '';
    while (Buffer.byteLength(text, 'utf8') < 2 * 1024 * 1024) text += source + '\n';
    const uri = workspaceUri('findings-view-2mb.txt');
    writeFileSync(uri.fsPath, text);
    document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    document = editor.document;
    await api.analyses.analyzeNow(document);
    await vscode.commands.executeCommand('policyAnnotator.findings.focus');
  });

  after(async () => {
    api.findingsView.setFilter('');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  const roots = () =>
    until(() => api.findingsView.currentDocument?.uri.toString() === document.uri.toString() && group(api.findingsView.rootNodes(), 'numericClaims') && api.findingsView.rootNodes(), 'the view of the 2 MB document', 120_000);

  it('groups thousands of claims by section and by year, and opens the claims group', async function () {
    this.timeout(120_000);
    const claims = group(await roots(), 'numericClaims')!;
    const a = api.analyses.get(document)!.analysis;
    assert.ok(a.numericClaims.length > FLAT_CLAIMS_MAX, `${a.numericClaims.length} claims`);
    const provideMs = provide(claims);
    const openMs = await expand(api.findingsView.view, claims, 'the claims group');
    const sections = claims.children().filter((n) => (n as GroupNode).contextValue === 'claimSection');
    assert.ok(sections.length >= 2, 'claims by section');
    const years = group(claims.children(), 'claimYears')!;
    assert.ok(years.children().length >= 2, 'claims by year');
    // Every claim is in exactly one section.
    assert.equal(sections.reduce((n, s) => n + s.children().length, 0), a.numericClaims.length);
    const sectionMs = await expand(api.findingsView.view, sections[0], 'a section');
    this.test!.title += ` — LATENCY ${a.numericClaims.length} claims, ${a.terms.length} terms: claims group built in ${provideMs.toFixed(0)} ms, opened in the view in ${openMs.toFixed(0)} ms; its first section (${sections[0].children().length} claims) opened in ${sectionMs.toFixed(0)} ms`;
  });

  it('filters by kind and year, says so in the view, and clears', async function () {
    this.timeout(120_000);
    const a = api.analyses.get(document)!.analysis;
    const year = a.numericClaims.find((c) => c.year !== null)?.year;
    assert.ok(year, 'claims with a year');
    const t0 = performance.now();
    api.findingsView.setFilter(`kind:claim year:${year}`);
    const filtered = await roots();
    const claims = group(filtered, 'numericClaims')!;
    provide(claims);
    const builtMs = performance.now() - t0;
    const filterMs = builtMs + (await expand(api.findingsView.view, claims, 'the filtered claims'));
    const shown = leaves(claims).filter(isClaim);
    const expected = a.numericClaims.filter((c) => c.year === year);
    // Above 200 claims each one is both in its section and under "By year".
    assert.equal(shown.length, expected.length * (expected.length > FLAT_CLAIMS_MAX ? 2 : 1));
    assert.ok(shown.every((n) => n.claim.year === year));
    assert.equal(group(filtered, 'terms')!.children().length, 0, 'no terms under kind:claim');
    assert.match(api.findingsView.view.message ?? '', new RegExp(`year:${year}.*${expected.length}`));
    await takeScreenshot('view-filter', { clearNotifications: true, waitForSelector: '.pane-body .monaco-list-row' });

    const t1 = performance.now();
    api.findingsView.setFilter('碳达峰');
    const words = await roots();
    const wordMs = performance.now() - t1;
    const termLeaves = leaves(group(words, 'terms')!).filter(isTerm);
    assert.ok(termLeaves.length > 0, 'terms with 碳达峰');
    assert.ok(termLeaves.every((n) => (n.term.term + n.term.text + (n.term.category ?? '')).includes('碳达峰')));
    assert.ok(leaves(group(words, 'numericClaims')!).every((n) => !isClaim(n) || n.claim.text.includes('碳达峰') || (n.claim.subject ?? '').includes('碳达峰')));

    await vscode.commands.executeCommand('policyAnnotator.clearFindingsFilter');
    const all = await roots();
    assert.equal(api.findingsView.filterText, '');
    assert.equal(api.findingsView.view.message, undefined);
    assert.equal(group(all, 'numericClaims')!.toTreeItem().description, String(a.numericClaims.length));
    this.test!.title += ` — LATENCY filter kind:claim year:${year} (${expected.length} claims) built in ${builtMs.toFixed(0)} ms, shown and opened in ${filterMs.toFixed(0)} ms; filter 碳达峰 ${wordMs.toFixed(0)} ms`;
  });
});
