#!/usr/bin/env node
// Runs the mocha integration suite inside a real VS Code: code-server 4.100.3 (VS Code 1.100.3)
// driven by headless Chromium.
//
//   node scripts/integration/run.mjs <results.json>               the suite in out/test/integration/suite,
//                                                                  extension loaded from the repository
//   node scripts/integration/run.mjs <results.json> --vsix <file>  installs the packaged .vsix and runs
//                                                                  out/test/integration/vsix against it
//   --keep   keep the temporary folder (workspace copy, profile, logs) for inspection
//
// Builds nothing: the caller (scripts/test-all.mjs) has run `node esbuild.config.mjs` and
// `tsc -p tsconfig.test.json`. Writes {passed, failed, pending} to <results.json> when the suite ran,
// prints the mocha output as it comes, and exits non-zero on failures, timeouts or broken setup.
// The test module and this runner talk through a temporary folder (test/integration/exchange.ts):
// mocha.log, results.json and screenshot requests.
//
// Environment: POLICY_ANNOTATOR_IT_TIMEOUT_S (default 480), CHROMIUM_PATH (default /usr/bin/chromium),
// POLICY_ANNOTATOR_IT_OUT_DIR (compiled tests, default <repo>/out; a folder outside the repository
// needs a node_modules link to the repository's so that `mocha` resolves),
// POLICY_ANNOTATOR_IT_EXTENSION_DIR (extension under development, default the repository).
import {
  cpSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync,
  renameSync, rmSync, watch, writeFileSync, createWriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureCodeServer, repoRoot } from './setup-code-server.mjs';
import {
  CHROMIUM_ARGS, CHROMIUM_PATH, QUIET_SETTINGS, installExtension, startCodeServer, workbenchUrl, writeUserSettings,
} from './code-server.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const vsixIndex = args.indexOf('--vsix');
const vsix = vsixIndex >= 0 ? resolve(args[vsixIndex + 1] ?? '') : undefined;
const resultsArg = args.find((a, i) => !a.startsWith('--') && (vsixIndex < 0 || i !== vsixIndex + 1));
if (!resultsArg || (vsixIndex >= 0 && !args[vsixIndex + 1])) {
  console.error('usage: node scripts/integration/run.mjs <results.json> [--vsix <file.vsix>] [--keep]');
  process.exit(2);
}
const resultsFile = resolve(resultsArg);
const timeoutS = Number(process.env.POLICY_ANNOTATOR_IT_TIMEOUT_S || 480);
const suite = vsix ? 'vsix' : 'suite';
const label = vsix ? 'integration (vsix)' : 'integration';
const outDir = resolve(process.env.POLICY_ANNOTATOR_IT_OUT_DIR || join(repoRoot, 'out'));
const extensionDir = resolve(process.env.POLICY_ANNOTATOR_IT_EXTENSION_DIR || repoRoot);
const testResultsDir = join(repoRoot, 'test-results');
const screenshotsDir = join(testResultsDir, 'screenshots');
const logPrefix = join(testResultsDir, vsix ? 'integration-vsix' : 'integration');

function say(message) {
  console.log(`${label}: ${message}`);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
let tmp;
let server;
let browser;
let requestWatcher;
let cleaningUp;

async function cleanup() {
  cleaningUp ??= (async () => {
    requestWatcher?.close();
    await browser?.close().catch(() => {});
    await server?.stop();
    if (tmp && !keep) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) say(`kept ${tmp}`);
  })();
  return cleaningUp;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    say(`${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

/** Prints what mocha appends to its log file, as it arrives. */
function followLog(file) {
  let offset = 0;
  const buf = Buffer.alloc(64 * 1024);
  const flush = () => {
    if (!existsSync(file)) return;
    const fd = openSync(file, 'r');
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, offset);
        if (n <= 0) break;
        process.stdout.write(buf.subarray(0, n));
        offset += n;
      }
    } finally {
      closeSync(fd);
    }
  };
  const watcher = watch(dirname(file), (_event, name) => {
    if (name === basename(file)) flush();
  });
  return { flush, close: () => watcher.close() };
}

/** Answers screenshot requests from test/integration/screenshot.ts, one at a time. */
function serveScreenshots(page, exchange) {
  const requests = join(exchange, 'requests');
  const shots = join(exchange, 'shots');
  mkdirSync(requests, { recursive: true });
  mkdirSync(shots, { recursive: true });
  let queue = Promise.resolve();
  const handle = () => {
    queue = queue.then(async () => {
      for (const file of readdirSync(requests).filter((f) => f.endsWith('.req'))) {
        const name = file.slice(0, -'.req'.length);
        let request = {};
        try {
          request = JSON.parse(readFileSync(join(requests, file), 'utf8'));
        } catch {
          // an older plain request: no options
        }
        rmSync(join(requests, file), { force: true });
        const png = join(screenshotsDir, `${name}.png`);
        mkdirSync(screenshotsDir, { recursive: true });
        try {
          // A UI element the test made appear (a hover, a view) is waited for, not slept on.
          if (request.waitForSelector) {
            await page.waitForSelector(request.waitForSelector, { state: 'visible', timeout: 10_000 }).catch(() => say(`screenshot ${name}: ${request.waitForSelector} did not appear`));
          }
          // Fade-ins (hovers, notifications) finish before the shot.
          await page
            .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 })
            .catch(() => {});
          // Two animation frames: whatever the test changed has been painted.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({ path: png });
          say(`screenshot ${png}`);
        } catch (err) {
          say(`screenshot ${name} failed: ${err.message}`);
        }
        const tmpDone = join(shots, `${name}.tmp`);
        writeFileSync(tmpDone, png);
        renameSync(tmpDone, join(shots, `${name}.done`));
      }
    });
  };
  const watcher = watch(requests, handle);
  handle();
  return watcher;
}

function tail(file, lines) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function main() {
  const entry = await ensureCodeServer();
  const testsDir = join(outDir, 'test', 'integration');
  const testsIndex = join(testsDir, 'index.js');
  if (!existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: run \`tsc -p tsconfig.test.json\` first`);
  if (!existsSync(join(testsDir, suite))) throw new Error(`${join(testsDir, suite)} is missing`);
  if (!existsSync(join(extensionDir, 'dist', 'extension.js'))) {
    throw new Error(`${join(extensionDir, 'dist', 'extension.js')} is missing: run \`node esbuild.config.mjs\` first`);
  }
  rmSync(resultsFile, { force: true });
  mkdirSync(testResultsDir, { recursive: true });

  tmp = mkdtempSync(join(tmpdir(), 'policy-annotator-it-'));
  const workspace = join(tmp, 'workspace');
  const exchange = join(tmp, 'exchange');
  const dirs = {
    userDataDir: join(tmp, 'user-data'),
    extensionsDir: join(tmp, 'extensions'),
    configFile: join(tmp, 'code-server.yaml'),
  };
  cpSync(join(repoRoot, 'test', 'fixtures'), workspace, { recursive: true });
  mkdirSync(exchange, { recursive: true });
  mkdirSync(dirs.extensionsDir, { recursive: true });
  writeUserSettings(dirs.userDataDir, QUIET_SETTINGS);

  // The development extension: the repository itself, or for --vsix an empty stand-in that only
  // gives the test module a host, so that the extension under test is the installed package.
  let developmentPath = extensionDir;
  if (vsix) {
    if (!existsSync(vsix)) throw new Error(`${vsix} does not exist`);
    say(installExtension(entry, dirs, vsix));
    developmentPath = join(tmp, 'vsix-test-host');
    mkdirSync(developmentPath);
    writeFileSync(join(developmentPath, 'package.json'), JSON.stringify({
      name: 'vsix-test-host', publisher: 'policy-annotator-tests', version: '0.0.0',
      engines: { vscode: '^1.100.0' },
    }) + '\n');
  }

  const codeServerLog = `${logPrefix}-code-server.log`;
  server = startCodeServer({
    entry,
    ...dirs,
    logFile: codeServerLog,
    env: { POLICY_ANNOTATOR_IT_DIR: exchange, POLICY_ANNOTATOR_IT_SUITE: suite },
  });
  const { url } = await server.ready;
  say(`code-server ${url} (${seconds()} s)`);

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const pageLog = createWriteStream(`${logPrefix}-page.log`);
  page.on('console', (m) => pageLog.write(`[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => pageLog.write(`[pageerror] ${e.stack ?? e}\n`));

  const exited = new Promise((resolveExit) => {
    page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code))).catch(() => {});
  });
  page.on('crash', () => say('the page crashed'));

  const mochaLog = followLog(join(exchange, 'mocha.log'));
  requestWatcher = serveScreenshots(page, exchange);

  const target = workbenchUrl(url, workspace, {
    extensionDevelopmentPath: developmentPath,
    extensionTestsPath: testsIndex,
  });
  // Loading the workbench takes seconds on a quiet machine but can take minutes on a loaded one;
  // Playwright's default of 30 s failed there (POLICY_ANNOTATOR_IT_LOAD_TIMEOUT_S, default 180).
  await page.goto(target, { timeout: Number(process.env.POLICY_ANNOTATOR_IT_LOAD_TIMEOUT_S || 180) * 1000 });
  say(`workbench opened (${seconds()} s), running ${join(testsDir, suite)}`);

  let timer;
  const timedOut = new Promise((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout('timeout'), timeoutS * 1000);
  });
  const code = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  mochaLog.flush();
  mochaLog.close();
  pageLog.end();

  if (code === 'timeout') {
    say(`TIMED OUT after ${timeoutS} s waiting for the test module to finish`);
    say(`last lines of ${logPrefix}-page.log:\n${tail(`${logPrefix}-page.log`, 40)}`);
    return 1;
  }
  const counts = join(exchange, 'results.json');
  if (!existsSync(counts)) {
    say(`the test module ended (exit code ${code}) without reporting results`);
    say(`last lines of ${logPrefix}-page.log:\n${tail(`${logPrefix}-page.log`, 40)}`);
    return 1;
  }
  const r = JSON.parse(readFileSync(counts, 'utf8'));
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(r) + '\n');
  say(`${r.passed} passed, ${r.failed} failed, ${r.pending} pending; exit code ${code}; ${seconds()} s`);
  return code === 0 && r.failed === 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  say(`ERROR: ${err.stack ?? err}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

