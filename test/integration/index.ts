/**
 * The test module VS Code loads as `extensionTestsPath`: runs every compiled
 * out/test/integration/<suite>/**\/*.test.js with mocha inside the extension host and resolves when
 * they all pass. The same contract serves code-server (scripts/integration/run.mjs) and
 * @vscode/test-electron on a desktop.
 *
 * When scripts/integration/run.mjs started it, the mocha output is also appended to a log file the
 * runner prints live, and the counts go to results.json there: the extension host's console only
 * reaches the browser page, mixed with the workbench's own messages.
 */
import { appendFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { exchangeDir, exchangeFiles, SUITE_ENV } from './exchange';

export function run(): Promise<void> {
  const suite = process.env[SUITE_ENV] || 'suite';
  const suiteDir = join(__dirname, suite);
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  // While working on one suite: PA_INTEGRATION_GREP='research coding' runs only the matching tests.
  if (process.env.PA_INTEGRATION_GREP) mocha.grep(process.env.PA_INTEGRATION_GREP);

  const dir = exchangeDir();
  if (dir) {
    mkdirSync(dir, { recursive: true });
    const logFile = exchangeFiles.log(dir);
    const consoleLog = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      appendFileSync(logFile, format(...args) + '\n');
      consoleLog(...args);
    };
  }

  const files = readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(join(suiteDir, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        if (dir) {
          const counts = { passed: stats?.passes ?? 0, failed: stats?.failures ?? failures, pending: stats?.pending ?? 0 };
          writeFileSync(exchangeFiles.results(dir), JSON.stringify(counts) + '\n');
        }
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (files.length === 0) reject(new Error(`no test files in ${suiteDir}`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
