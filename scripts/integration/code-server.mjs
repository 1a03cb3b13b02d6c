// Starting and stopping code-server and headless Chromium; shared by run.mjs (tests) and start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium flags that keep a headless run quiet and offline (see docs in REAL_VSCODE.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** User settings for a throw-away profile: no trust dialog, no welcome page, nothing phoning home. */
export const QUIET_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
};

export function writeUserSettings(userDataDir, settings) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

function commonArgs({ userDataDir, extensionsDir, configFile }) {
  return [
    '--config', configFile, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
  ];
}

/** `code-server --install-extension <vsix>` into the given extensions folder. */
export function installExtension(entry, dirs, vsix) {
  writeFileSync(dirs.configFile, 'auth: none\n');
  const r = spawnSync(process.execPath, [entry, ...commonArgs(dirs), '--install-extension', vsix], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}${r.stderr}`);
  return r.stdout.trim();
}

/**
 * Starts code-server on 127.0.0.1 with a port chosen by the system (port 0), and resolves once it
 * prints the address it listens on. Output goes to `logFile`. The process leads its own process
 * group so that `stop()` also ends the extension host, pty host and file watcher it spawned.
 */
export function startCodeServer({ entry, folder, userDataDir, extensionsDir, configFile, logFile, env = {}, port = 0 }) {
  writeFileSync(configFile, 'auth: none\n');
  const args = [entry, ...commonArgs({ userDataDir, extensionsDir, configFile }), '--bind-addr', `127.0.0.1:${port}`];
  if (folder) args.push(folder);
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const log = createWriteStream(logFile);
  let output = '';
  const stop = () => killGroup(child);
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`code-server did not start within 60 s; see ${logFile}`));
    }, 60_000);
    const onData = (chunk) => {
      log.write(chunk);
      if (output === null) return;
      output += chunk.toString();
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(output);
      if (m) {
        output = null;
        clearTimeout(timer);
        resolve({ url: m[1], port: Number(m[2]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      log.end();
      reject(new Error(`code-server exited (${code ?? signal}) before it was ready; see ${logFile}`));
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  // A late rejection (exit after ready) must not become an unhandled rejection.
  ready.catch(() => {});
  return { child, ready, stop };
}

/** SIGTERM to the process group, SIGKILL after 3 s if anything is left. */
export function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      // Children that ignored SIGTERM: make sure the group is gone.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * The workbench URL that opens `folder` and passes development options the way
 * @vscode/test-web does: a `payload` parameter with remote URIs on the same authority.
 */
export function workbenchUrl(base, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const params = new URLSearchParams({ folder });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${base}/?${params}`;
}
