/**
 * What a reader gets in the editor (issue 4): highlights, hovers, document symbols, the Policy
 * Annotator view, next/previous navigation and the highlight settings, on the real fixture.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { writeFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import type { GroupNode } from '../../../src/extension/findingsView';
import { takeScreenshot } from '../screenshot';
import { activateApi, hoverText, until, workspaceUri } from '../util';

const FIXTURE = '000_b29511bdb28f9b3d.txt';

describe('editor features on the fixture document', () => {
  let api: PolicyAnnotatorApi;
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;

  before(async () => {
    api = await activateApi();
    // The extension's own language: its grammar and its defaults for long Chinese paragraphs (word wrap).
    document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(workspaceUri(FIXTURE)), 'policy-text');
    editor = await vscode.window.showTextDocument(document);
    assert.equal(vscode.workspace.getConfiguration('editor', document).get('wordWrap'), 'on', 'policy-text turns word wrap on');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const result = await api.analyses.analyzeNow(document);
    assert.ok(result, 'analysed');
  });

  after(async () => {
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
  });

  it('highlights quotations, numeric claims and terms', async () => {
    const counts = await until(() => {
      const c = api.decorations.renderedCounts(editor);
      return c.quotation > 0 && c.numericClaim > 0 && c.term > 0 && c;
    }, 'decorations');
    const a = api.analyses.get(document)!.analysis;
    assert.equal(counts.numericClaim, a.numericClaims.length);
    assert.equal(counts.term, a.terms.length);
    assert.equal(counts.quotation, a.quotations.filter((q) => q.depth === 0).length);
    const at = document.positionAt(document.getText().indexOf('党的二十大报告提出'));
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.AtTop);
    await takeScreenshot('highlights', { clearNotifications: true });
  });

  it('shows a term explanation from the glossary on hover', async () => {
    const offset = document.getText().indexOf('三城一区');
    assert.ok(offset >= 0);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const text = hoverText(hovers);
    const entry = api.analyses.get(document)!.glossary.entries['三城一区'];
    assert.ok(entry, 'the glossary the worker resolved explains 三城一区');
    assert.ok(text.includes('三城一区'), text);
    assert.ok(text.includes(entry.explanation.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c).slice(0, 12)), text);
    assert.ok(text.includes('policyAnnotator.showTermOccurrences'), 'links to all occurrences');

    editor.selection = new vscode.Selection(document.positionAt(offset + 1), document.positionAt(offset + 1));
    editor.revealRange(new vscode.Range(document.positionAt(offset), document.positionAt(offset)), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await takeScreenshot('hover-term', { waitForSelector: '.monaco-hover .hover-contents' });
  });

  it('peeks every occurrence of a term from its hover link', async () => {
    const a = api.analyses.get(document)!.analysis;
    const expected = a.terms.filter((t) => t.term === '国际科技创新中心').length;
    assert.ok(expected > 3);
    const shown = await vscode.commands.executeCommand<number>('policyAnnotator.showTermOccurrences', document.uri.toString(), '国际科技创新中心');
    assert.equal(shown, expected);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('shows a numeric claim with its normalised value on hover', async () => {
    const offset = document.getText().indexOf('43.5万人');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes('435,000'), text);
    assert.ok(text.includes('人'), text);
  });

  it('provides headings as document symbols (Outline, breadcrumbs, Go to Symbol)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length >= 2, 'top-level headings');
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('加快建设北京国际科技创新中心'), names.join(' | '));
    assert.ok(symbols.some((s) => s.children.length > 0), 'sections nest under their article');
  });

  it('lists findings in the Policy Annotator view', async () => {
    // Away from the hover of the previous test: scrolling the editor closes it.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const top = document.positionAt(document.getText().indexOf('党的二十大报告提出'));
    editor.revealRange(new vscode.Range(top, top), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('policyAnnotator.findings.focus');
    const roots = await until(() => api.findingsView.rootNodes().length >= 4 && api.findingsView.rootNodes(), 'view roots');
    const labels = roots.map((n) => (n as GroupNode).label);
    for (const l of ['Quotations', 'Numeric claims', 'Terms', 'Headings']) assert.ok(labels.includes(l), labels.join(','));
    const a = api.analyses.get(document)!.analysis;
    const claims = roots.find((n) => (n as GroupNode).label === 'Numeric claims') as GroupNode;
    assert.equal(claims.children().length, a.numericClaims.length);
    const quotations = roots.find((n) => (n as GroupNode).label === 'Quotations') as GroupNode;
    const speakers = quotations.children().map((g) => (g as GroupNode).label);
    assert.ok(speakers.includes('习近平'), speakers.join(','));
    await api.findingsView.view.reveal(claims, { expand: true, select: false, focus: false });
    await takeScreenshot('view', { clearNotifications: true, waitForSelector: '.pane-body .monaco-list-row' });

    // Clicking an item runs its command: the editor selects the finding.
    const firstClaim = claims.children()[0];
    const item = firstClaim.toTreeItem();
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const sel = vscode.window.activeTextEditor!.selection;
    assert.equal(document.getText(new vscode.Range(sel.start, sel.end)), a.numericClaims[0].text);
  });

  it('moves the cursor to the next and previous finding', async () => {
    await vscode.window.showTextDocument(document);
    const active = vscode.window.activeTextEditor!;
    active.selection = new vscode.Selection(0, 0, 0, 0);
    const a = api.analyses.get(document)!.analysis;
    const starts = [...a.quotations.map((q) => q.start), ...a.numericClaims.map((c) => c.start), ...a.terms.map((t) => t.start)].sort((x, y) => x - y);
    const distinct = [...new Set(starts)];
    await vscode.commands.executeCommand('policyAnnotator.nextFinding');
    assert.equal(document.offsetAt(active.selection.active), distinct.find((s) => s > 0));
    const first = document.offsetAt(active.selection.active);
    await vscode.commands.executeCommand('policyAnnotator.nextFinding');
    const second = document.offsetAt(active.selection.active);
    assert.ok(second > first);
    await vscode.commands.executeCommand('policyAnnotator.previousFinding');
    assert.equal(document.offsetAt(active.selection.active), first);
  });

  it('turns a kind of highlight off and on with its setting and toggle command', async () => {
    const cfg = vscode.workspace.getConfiguration('policyAnnotator');
    await cfg.update('highlight.numericClaims', false, vscode.ConfigurationTarget.Global);
    await until(() => api.decorations.renderedCounts(vscode.window.activeTextEditor!).numericClaim === 0, 'claims hidden');
    assert.ok(api.decorations.renderedCounts(vscode.window.activeTextEditor!).term > 0, 'other kinds stay');
    await vscode.commands.executeCommand('policyAnnotator.toggleNumericClaims');
    await until(() => api.decorations.renderedCounts(vscode.window.activeTextEditor!).numericClaim > 0, 'claims shown again');
    await cfg.update('highlight.numericClaims', undefined, vscode.ConfigurationTarget.Global);
  });

  it('never shows a result for an older version of the document', async () => {
    const e = await vscode.window.showTextDocument(document);
    const before = document.version;
    await e.edit((b) => b.insert(new vscode.Position(0, 0), '测试'));
    assert.equal(api.analyses.get(document), undefined, 'the cached result belongs to an older version');
    const fresh = await api.analyses.analyzeNow(document);
    assert.ok(fresh && fresh.version === document.version && fresh.version > before);
    await vscode.commands.executeCommand('undo');
  });

  it('does not analyse a document over the size limit', async () => {
    const cfg = vscode.workspace.getConfiguration('policyAnnotator');
    await cfg.update('maxFileSizeMB', 0.05, vscode.ConfigurationTarget.Global);
    try {
      const big = workspaceUri('too-large.txt');
      writeFileSync(big.fsPath, '国内生产总值增长3%。\n'.repeat(10000));
      const doc = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(doc);
      assert.equal(await api.analyses.analyzeNow(doc), undefined);
      assert.equal(api.decorations.renderedCounts(vscode.window.activeTextEditor!).numericClaim, 0);
    } finally {
      await cfg.update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('summarises the active document in the status bar', async () => {
    await vscode.window.showTextDocument(document);
    await api.analyses.analyzeNow(document);
    api.status.update();
    assert.match(api.status.text, /\$\(quote\) \d+ +\$\(symbol-number\) \d+ +\$\(book\) \d+/);
  });
});
