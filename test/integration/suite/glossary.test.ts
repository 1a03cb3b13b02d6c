/**
 * User glossaries in the editor (issue 3): a policy-glossary.json in the workspace is merged over
 * the built-in glossary as soon as it is saved; a broken entry becomes a diagnostic naming its line
 * and field, and everything else keeps working.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';
import { activateApi, until, waitForEvent, workspaceUri } from '../util';

describe('user glossaries in the editor', () => {
  let api: PolicyAnnotatorApi;
  let document: vscode.TextDocument;
  const glossary = () => workspaceUri('policy-glossary.json');

  before(async () => {
    api = await activateApi();
    const uri = workspaceUri('glossary-doc.txt');
    writeFileSync(uri.fsPath, '各地要推进试点新词建设，加快“三城一区”建设，构建新发展格局。\n');
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await api.analyses.analyzeNow(document);
  });

  after(() => {
    rmSync(glossary().fsPath, { force: true });
  });

  it('merges a new policy-glossary.json over the built-in glossary and re-analyses', async () => {
    assert.ok(!api.analyses.get(document)!.analysis.terms.some((t) => t.term === '试点新词'));
    const fresh = waitForEvent(api.analyses.onDidAnalyze, (r) => r.uri.toString() === document.uri.toString() && r.analysis.terms.some((t) => t.term === '试点新词'), 20000, 'analysis with the user term');
    writeFileSync(
      glossary().fsPath,
      JSON.stringify(
        {
          version: 1,
          entries: [
            { term: '试点新词', category: '经济与改革', explanation: '集成测试用的用户术语，用来确认用户术语表会被合并。', source: { text: '测试，2024年', year: 2024 } },
            { term: '新发展格局', category: '发展理念与战略', explanation: '用户改写的解释：用户条目优先于内置条目。', source: { text: '测试，2024年', year: 2024 } },
          ],
        },
        null,
        2,
      ),
    );
    const result = await fresh;
    assert.ok(result.analysis.terms.some((t) => t.term === '三城一区' && t.explained), 'built-in terms still found');
    assert.match(result.glossary.entries['新发展格局'].explanation, /用户改写/, 'a user entry overrides the built-in one');
    const all = await api.analyses.glossaryEntries(document);
    assert.match(all.find((e) => e.term === '新发展格局')!.explanation, /用户改写/, 'Look Up a Policy Term lists the user entry');
    assert.ok(all.some((e) => e.term === '三城一区'), 'and the built-in entries');
  });

  it('reports a broken entry as a diagnostic with its line and keeps the rest working', async () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "entries": [',
      '    { "term": "试点新词", "category": "经济与改革", "explanation": "集成测试用的用户术语，仍然有效。", "source": { "text": "测试，2024年", "year": 2024 } },',
      '    { "term": "坏条目", "category": "经济与改革", "explanation": "年份写成了字符串，这一条应被跳过。", "source": { "text": "测试", "year": "2024" } }',
      '  ]',
      '}',
    ].join('\n');
    const fresh = waitForEvent(api.analyses.onDidAnalyze, (r) => r.uri.toString() === document.uri.toString(), 20000, 're-analysis');
    writeFileSync(glossary().fsPath, text);
    await fresh;
    const diagnostics = await until(() => {
      const d = vscode.languages.getDiagnostics(glossary()).filter((x) => x.source === 'Policy Annotator');
      return d.length > 0 && d;
    }, 'a diagnostic on policy-glossary.json');
    assert.equal(diagnostics[0].range.start.line, 4, 'the line of the broken entry (0-based)');
    assert.match(diagnostics[0].message, /year/);
    const result = await api.analyses.analyzeNow(document);
    assert.ok(result!.analysis.terms.some((t) => t.term === '试点新词'), 'the valid entry still works');
  });

  it('adds a term to the user glossary without disturbing the file, and never touches a file that does not parse', async () => {
    const before = readFileSync(glossary().fsPath, 'utf8');
    const path = await vscode.commands.executeCommand<string>('policyAnnotator.addTermToGlossary', '未收录提法');
    assert.equal(path, glossary().fsPath);
    const after = readFileSync(glossary().fsPath, 'utf8');
    assert.ok(after.startsWith(before.slice(0, before.indexOf('"entries"'))), 'the top of the file is kept as it was');
    const parsed = JSON.parse(after);
    assert.equal(parsed.entries.length, 3);
    assert.equal(parsed.entries[2].term, '未收录提法');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, glossary().fsPath);
    assert.match(editor.document.getText(editor.selection), /^待补充/, 'the explanation is selected for the user to write');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    writeFileSync(glossary().fsPath, '{ "version": 1, "entries": [');
    assert.equal(await vscode.commands.executeCommand('policyAnnotator.addTermToGlossary', '另一个提法'), undefined);
    assert.equal(readFileSync(glossary().fsPath, 'utf8'), '{ "version": 1, "entries": [');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
