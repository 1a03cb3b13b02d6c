/**
 * Checks the packaged extension (.vsix) after `code-server --install-extension`, run by
 * `scripts/integration/run.mjs <results> --vsix <file>`: the copy in the extensions folder, not the
 * repository, is the one that runs, nodejieba's native module and dictionaries came along in the
 * package and load in the extension host, and a real document gets analysed.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../../src/extension/extension';

const EXTENSION_ID = 'policy-annotator.policy-annotator';
const FIXTURE = '000_b29511bdb28f9b3d.txt';

describe('vsix: the packaged extension, installed', () => {
  let extension: vscode.Extension<PolicyAnnotatorApi>;

  before(() => {
    const found = vscode.extensions.getExtension<PolicyAnnotatorApi>(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is installed`);
    extension = found;
  });

  it('runs from the extensions folder, not from the repository', () => {
    // The installed copy lives in <extensions-dir>/policy-annotator.policy-annotator-<version>.
    const folder = extension.extensionPath.split(sep).pop() ?? '';
    assert.match(folder, /^policy-annotator\.policy-annotator-\d+\.\d+\.\d+/);
    assert.ok(!existsSync(join(extension.extensionPath, 'src')), 'sources are not packaged');
    assert.ok(!existsSync(join(extension.extensionPath, 'test')), 'tests are not packaged');
  });

  it('carries nodejieba with its native module and dictionaries, and they load here', () => {
    const root = join(extension.extensionPath, 'node_modules', 'nodejieba');
    assert.ok(existsSync(join(root, 'build', 'Release', 'nodejieba.node')));
    assert.ok(existsSync(join(root, 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8')));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jieba = require(root) as { cut(text: string): string[] };
    const words = jieba.cut('加快建设北京国际科技创新中心');
    assert.equal(words.join(''), '加快建设北京国际科技创新中心');
    assert.ok(words.includes('北京'), `segmented: ${words.join('/')}`);
  });

  it('activates and analyses a real document', async () => {
    const api = await extension.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture folder is open as the workspace');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, FIXTURE));
    await vscode.window.showTextDocument(document);
    const result = await api.analyses.analyzeNow(document);
    assert.ok(result, 'an analysis arrives for the open document');
    // 党的二十大报告提出：“统筹推进国际科技创新中心、区域科技创新中心建设”。
    assert.ok(result.analysis.quotations.some((q) => q.content === '统筹推进国际科技创新中心、区域科技创新中心建设'));
  });
});
