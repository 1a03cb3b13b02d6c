/**
 * The highlights in VS Code's default light, dark and high-contrast themes (issue 13): one screenshot
 * per theme of the same passage with quotations, numeric claims, terms and three annotations
 * (重点, 存疑, 待核实) by the reader "Li Wei". Written to test-results/screenshots/theme-*.png;
 * the colours themselves are checked against the themes' backgrounds in test/unit/colors.test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import { takeScreenshot } from '../screenshot';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

const THEMES: [string, string, vscode.ColorThemeKind][] = [
  ['theme-light', 'Default Light Modern', vscode.ColorThemeKind.Light],
  ['theme-dark', 'Default Dark Modern', vscode.ColorThemeKind.Dark],
  ['theme-hc', 'Default High Contrast', vscode.ColorThemeKind.HighContrast],
];

describe('themes (screenshots of the highlights; issue 13)', () => {
  let api: PolicyAnnotatorApi;
  let editor: vscode.TextEditor;
  let top: vscode.Position;

  before(async function () {
    this.timeout(120_000);
    api = await activateApi();
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', 'Li Wei', vscode.ConfigurationTarget.Global);
    const uri = workspaceUri('themes-sample.txt');
    copyFileSync(workspaceUri('000_b29511bdb28f9b3d.txt').fsPath, uri.fsPath);
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = editor.document;
    const result = await api.analyses.analyzeNow(document);
    assert.ok(result, 'analysed');
    const at = document.getText().indexOf('党的二十大报告提出');
    assert.ok(at >= 0);
    top = document.positionAt(at);
    const claim = result.analysis.numericClaims.find((c) => c.start > at)!;
    const nextLine = document.offsetAt(new vscode.Position(top.line + 1, 0));
    for (const [start, end, tag, note] of [
      [at, at + 9, '重点', '报告的提法'],
      [nextLine, nextLine + 8, '存疑', '与上文口径不同？'],
      [claim.start, claim.end, '待核实', '核对统计公报'],
    ] as const) {
      const written = waitForEvent(api.annotations.onDidWriteSidecar, (e) => e.uri.toString() === uri.toString(), 20000, 'sidecar write');
      await vscode.commands.executeCommand('policyAnnotator.addAnnotation', { uri: uri.toString(), start, end, note, tag, link: null });
      await written;
    }
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('policyAnnotator').update('annotations.author', undefined, vscode.ConfigurationTarget.Global);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  for (const [name, theme, kind] of THEMES) {
    it(`${theme}: ${name}.png`, async function () {
      this.timeout(60_000);
      const changed = vscode.window.activeColorTheme.kind === kind ? Promise.resolve() : waitForEvent(vscode.window.onDidChangeActiveColorTheme, (t) => t.kind === kind, 30000, theme);
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await changed;
      const shown = await vscode.window.showTextDocument(editor.document);
      shown.selection = new vscode.Selection(0, 0, 0, 0);
      shown.revealRange(new vscode.Range(top, top), vscode.TextEditorRevealType.AtTop);
      await until(() => shown.visibleRanges.some((r) => r.contains(top)), 'the passage in view');
      const counts = api.decorations.renderedCounts(shown);
      assert.ok(counts.quotation + counts.numericClaim + counts.term > 0, 'highlights drawn');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const file = await takeScreenshot(name, { clearNotifications: true });
      assert.ok(file === undefined || file.endsWith(`${name}.png`));
    });
  }
});
