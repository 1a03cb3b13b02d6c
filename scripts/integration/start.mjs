#!/usr/bin/env node
// `npm start`: builds the extension and opens the sample documents (media/samples) in VS Code with
// the extension loaded from this repository in development mode.
//   - With a desktop VS Code on PATH (`code`): `code --extensionDevelopmentPath=<repo> media/samples`.
//   - Otherwise: code-server (installed into .cache/code-server by setup-code-server.mjs) on
//     127.0.0.1, and the address to open in a browser is printed. Runs until Ctrl-C.
// Usage: node scripts/integration/start.mjs [folder] [--port N]   (default port 8080, else any free one)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ensureCodeServer, repoRoot } from './setup-code-server.mjs';
import { QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const wantedPort = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT || 8080);
const folderArg = args.find((a, i) => !a.startsWith('--') && (portIndex < 0 || i !== portIndex + 1));
const folder = resolve(folderArg ?? join(repoRoot, 'media', 'samples'));

function say(message) {
  console.log(`start: ${message}`);
}

function build() {
  say('building (node esbuild.config.mjs)');
  const r = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('start: the build failed');
    process.exit(1);
  }
}

/** A desktop VS Code's `code` on PATH; code-server's own remote CLI (also called `code`) does not count. */
function desktopCode() {
  if (process.env.VSCODE_IPC_HOOK_CLI) return undefined;
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  const path = r.stdout.trim();
  return r.status === 0 && path && !path.includes('code-server') ? path : undefined;
}

function portIsFree(port) {
  return new Promise((resolvePort) => {
    const probe = createServer();
    probe.once('error', () => resolvePort(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)));
  });
}

build();
if (!existsSync(folder)) {
  console.error(`start: ${folder} does not exist`);
  process.exit(1);
}

const code = desktopCode();
if (code) {
  say(`${code} --extensionDevelopmentPath=${repoRoot} ${folder}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const entry = await ensureCodeServer();
// A profile of its own that persists between runs (settings, open editors), kept out of git.
const profile = join(repoRoot, '.cache', 'start');
const dirs = {
  userDataDir: join(profile, 'user-data'),
  extensionsDir: join(profile, 'extensions'),
  configFile: join(profile, 'code-server.yaml'),
};
mkdirSync(dirs.extensionsDir, { recursive: true });
if (!existsSync(join(dirs.userDataDir, 'User', 'settings.json'))) writeUserSettings(dirs.userDataDir, QUIET_SETTINGS);

const port = (await portIsFree(wantedPort)) ? wantedPort : 0;
const server = startCodeServer({ entry, ...dirs, logFile: join(profile, 'code-server.log'), port });
let stopping = false;
const stop = async (why) => {
  if (stopping) return;
  stopping = true;
  say(why);
  await server.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop('stopping code-server'));
server.child.on('exit', (status) => {
  if (!stopping) {
    console.error(`start: code-server exited (${status}); see ${join(profile, 'code-server.log')}`);
    process.exit(1);
  }
});

try {
  const { url } = await server.ready;
  const address = workbenchUrl(url, folder, { extensionDevelopmentPath: repoRoot });
  say(`code-server is running. Open this address in a browser (Ctrl-C here stops it):\n\n  ${address}\n`);
  say(`on a remote machine, forward the port first: ssh -L ${new URL(url).port}:127.0.0.1:${new URL(url).port} <host>`);
  say('after changing the source: `npm run build`, then "Developer: Reload Window" in the browser');
} catch (err) {
  console.error(`start: ${err.message}`);
  await server.stop();
  process.exit(1);
}
// Runs on while code-server does: its output pipes keep the event loop alive until a signal.
