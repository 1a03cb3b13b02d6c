#!/usr/bin/env node
// Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3) into .cache/code-server from the npm
// registry alone, for the integration tests and `npm start`. Idempotent: a marker file records a
// finished install, so later runs only check it.
//
// Why not `npm install code-server` and let its postinstall.sh do the rest: that script reinstalls
// lib/vscode with every dependency script enabled, and @vscode/ripgrep's postinstall then downloads
// ripgrep from GitHub, which is not reachable in CI. So the same steps are done here one by one:
//   1. scripts/setup-system.sh: Debian packages (chromium, fonts-noto-cjk, libkrb5-dev, ripgrep).
//   2. `npm install code-server@4.100.3` into .cache/code-server. npm 11 blocks dependency install
//      scripts unless allowed: the wrapper package.json allows only argon2 (a native module that
//      code-server requires at start) and denies code-server's own postinstall.
//   3. lib/vscode: install without scripts, link @vscode/ripgrep/bin/rg to Debian's /usr/bin/rg (the
//      ripgrep postinstall skips its download when that folder exists), then `npm rebuild` with an
//      allow-list in lib/vscode/.npmrc for the native modules that are used on Linux.
//   4. What postinstall.sh does afterwards: node_modules.asar link, bin script links, and
//      `npm install --omit=dev` in lib/vscode/extensions.
// npm_config_yes=true is set for every nested npm: some install scripts call `npx`, which otherwise
// stops with "npx canceled due to missing packages" on machines whose npm config says yes=false.
// `--unsafe-perm` is not needed because postinstall.sh (the only thing that checks it) is not run;
// npm 11 runs scripts as root without it.
import { spawnSync } from 'node:child_process';
import {
  existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cacheDir = join(repoRoot, '.cache', 'code-server');
export const codeServerDir = join(cacheDir, 'node_modules', 'code-server');
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
const markerFile = join(cacheDir, `.installed-${CODE_SERVER_VERSION}`);
const lockDir = join(repoRoot, '.cache', 'code-server.lock');

// Native modules in lib/vscode whose install scripts must run on Linux. Left out on purpose:
// @vscode/windows-process-tree and @vscode/windows-registry (only loaded on Windows).
const VSCODE_NATIVE_MODULES = [
  '@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog',
  'kerberos', 'native-watchdog', 'node-pty',
];

function log(message) {
  console.log(`setup-code-server: ${message}`);
}

function run(cmd, args, cwd, extraEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...extraEnv },
  });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed with ${r.status ?? r.signal}`);
  }
}

/** A symlink at `link` pointing to `target`, replacing whatever is there. */
function forceSymlink(target, link) {
  try {
    lstatSync(link);
    rmSync(link, { recursive: true, force: true });
  } catch {
    // nothing there yet
  }
  symlinkSync(target, link);
}

export function isCodeServerInstalled() {
  return existsSync(markerFile) && existsSync(codeServerEntry);
}

/** Waits while another process installs (e.g. `npm start` and `npm test` started together). */
async function acquireLock() {
  mkdirSync(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(join(lockDir, 'pid'), String(process.pid));
      return;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    let owner = 0;
    try {
      owner = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    } catch {
      // lock being created right now
    }
    let alive = false;
    if (owner) {
      try {
        process.kill(owner, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    const age = Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs;
    if ((owner && !alive) || age > 15 * 60_000) {
      log('removing a stale lock');
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${lockDir}`);
    log(`waiting for another install (pid ${owner || '?'})`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function releaseLock() {
  rmSync(lockDir, { recursive: true, force: true });
}

function installSystemPackages() {
  const script = join(repoRoot, 'scripts', 'setup-system.sh');
  run('bash', [script], repoRoot);
}

function installCodeServer() {
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'package.json'), JSON.stringify({
    name: 'policy-annotator-code-server',
    private: true,
    description: 'code-server for the integration tests, installed by scripts/integration/setup-code-server.mjs',
    dependencies: { 'code-server': CODE_SERVER_VERSION },
    allowScripts: { argon2: true, 'code-server': false },
  }, null, 2) + '\n');

  log(`npm install code-server@${CODE_SERVER_VERSION}`);
  run('npm', ['install', '--no-save'], cacheDir);
  const argon2 = join(cacheDir, 'node_modules', 'argon2', 'lib', 'binding');
  if (!existsSync(argon2)) throw new Error('argon2 was not built (its install script did not run)');

  const vscodeDir = join(codeServerDir, 'lib', 'vscode');
  log('lib/vscode: npm install --omit=dev --ignore-scripts');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-save'], vscodeDir);

  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  forceSymlink('/usr/bin/rg', join(rgBin, 'rg'));

  // A project .npmrc is where npm 11 accepts an allow-list for a project-scoped install
  // (--allow-scripts on the command line or in the environment is refused there).
  writeFileSync(join(vscodeDir, '.npmrc'), `allow-scripts=${VSCODE_NATIVE_MODULES.join(',')}\n`);
  log(`lib/vscode: npm rebuild (native modules: ${VSCODE_NATIVE_MODULES.join(', ')})`);
  run('npm', ['rebuild', '--loglevel=error'], vscodeDir);

  forceSymlink('node_modules', join(vscodeDir, 'node_modules.asar'));
  forceSymlink('code-linux.sh', join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  forceSymlink('browser-linux.sh', join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  log('lib/vscode/extensions: npm install --omit=dev');
  run('npm', ['install', '--omit=dev', '--no-save', '--loglevel=error'], join(vscodeDir, 'extensions'));

  // Smoke check: the server starts far enough to print its version.
  const r = spawnSync(process.execPath, [codeServerEntry, '--version'], { encoding: 'utf8' });
  if (r.status !== 0 || !r.stdout.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version failed: ${r.stdout}${r.stderr}`);
  }
  writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }) + '\n');
}

/** Makes sure the Debian packages and code-server are installed; returns the path of entry.js. */
export async function ensureCodeServer() {
  installSystemPackages();
  if (isCodeServerInstalled()) return codeServerEntry;
  await acquireLock();
  try {
    if (!isCodeServerInstalled()) {
      const started = Date.now();
      installCodeServer();
      log(`installed code-server ${CODE_SERVER_VERSION} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    releaseLock();
  }
  return codeServerEntry;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  try {
    await ensureCodeServer();
    log(`ready (${((Date.now() - started) / 1000).toFixed(1)} s): ${codeServerEntry}`);
  } catch (err) {
    console.error(`setup-code-server: ${err.message}`);
    process.exit(1);
  }
}
