#!/usr/bin/env node
// The README's test command (`npm test`): lint, type-check, build, unit tests, then the
// integration suite inside a real VS Code (code-server + headless Chromium).
// Ends with one summary line `tests: N passed, N failed` counting every test that ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const skipIntegration = process.argv.includes('--unit-only');

let passed = 0;
let failed = 0;
let pending = 0;
const problems = [];

function step(name, cmd, args, opts = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    problems.push(`${name} exited with ${r.status ?? r.signal}`);
    return false;
  }
  return true;
}

function addResults(file, name) {
  if (!existsSync(file)) {
    problems.push(`${name} wrote no results`);
    return;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.passed;
  failed += r.failed;
  pending += r.pending ?? 0;
  console.log(`${name}: ${r.passed} passed, ${r.failed} failed, ${r.pending ?? 0} pending`);
}

step('lint', 'npx', ['--no-install', 'eslint', 'src', 'test']);
step('typecheck', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.test.json']);
step('typecheck webview', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.webview.json']);
const built = step('build', 'node', ['esbuild.config.mjs']);
rmSync('out', { recursive: true, force: true });
const compiled = step('compile tests', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.test.json']);

if (compiled) {
  rmSync('test-results/unit.json', { force: true });
  step('unit tests', 'node', ['scripts/run-mocha.mjs', 'test-results/unit.json']);
  addResults('test-results/unit.json', 'unit tests');
}

const integration = join(root, 'scripts', 'integration', 'run.mjs');
if (!skipIntegration && existsSync(integration) && built && compiled) {
  rmSync('test-results/integration.json', { force: true });
  step('integration tests (code-server)', 'node', [integration, 'test-results/integration.json']);
  addResults('test-results/integration.json', 'integration tests');

  // The packaged extension: build the .vsix (vscode:prepublish makes a production build), install it
  // into a fresh code-server and check that it activates and nodejieba loads from the package.
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const vsix = `${pkg.name}-${pkg.version}.vsix`;
  rmSync(vsix, { force: true });
  rmSync('test-results/integration-vsix.json', { force: true });
  // stdin closed: vsce must never wait for an answer.
  if (step('package (vsce)', 'npm', ['run', 'package', '--', '--out', vsix], { stdio: ['ignore', 'inherit', 'inherit'] })) {
    step('integration tests (installed vsix)', 'node', [integration, 'test-results/integration-vsix.json', '--vsix', vsix]);
    addResults('test-results/integration-vsix.json', 'vsix tests');
  }
}

console.log('');
for (const p of problems) console.log(`problem: ${p}`);
const skipped = pending ? `, ${pending} skipped` : '';
console.log(`tests: ${passed} passed, ${failed} failed${skipped}`);
process.exit(problems.length || failed ? 1 : 0);
