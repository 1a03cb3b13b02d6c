/**
 * The folder through which the integration tests talk to scripts/integration/run.mjs, which starts
 * code-server with its path in POLICY_ANNOTATOR_IT_DIR. The extension host inherits that environment.
 * Unset when the suite runs elsewhere (e.g. @vscode/test-electron on a desktop): then there is no
 * results file and no screenshots.
 */
import { join } from 'node:path';

export const EXCHANGE_DIR_ENV = 'POLICY_ANNOTATOR_IT_DIR';
/** Which folder of out/test/integration to run: `suite` (default) or `vsix` (installed-package check). */
export const SUITE_ENV = 'POLICY_ANNOTATOR_IT_SUITE';

export function exchangeDir(): string | undefined {
  return process.env[EXCHANGE_DIR_ENV] || undefined;
}

export const exchangeFiles = {
  results: (dir: string) => join(dir, 'results.json'),
  log: (dir: string) => join(dir, 'mocha.log'),
  requests: (dir: string) => join(dir, 'requests'),
  shots: (dir: string) => join(dir, 'shots'),
};
