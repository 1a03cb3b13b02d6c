#!/usr/bin/env node
// `npm run test:electron`: the same integration suite in a desktop VS Code that @vscode/test-electron
// downloads (needs internet access to update.code.visualstudio.com; CI uses run.mjs instead).
// Expects the build and the compiled tests, like run.mjs. Results and screenshots only exist with
// run.mjs; here mocha's output goes to the terminal and the exit code tells the outcome.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './setup-code-server.mjs';

const workspace = mkdtempSync(join(tmpdir(), 'policy-annotator-electron-'));
cpSync(join(repoRoot, 'test', 'fixtures'), workspace, { recursive: true });
let status = 0;
try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (err) {
  console.error(`test:electron: ${err.message ?? err}`);
  status = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(status);
