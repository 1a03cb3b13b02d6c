#!/usr/bin/env node
// `npm start`: builds the extension and opens a scratch copy of the sample documents (media/samples
// copied to <tmp>/policy-annotator-samples, outside the repository: no git prompt about the clone,
// and sidecars and exports stay out of it) with a sample document open.
//   - With a desktop VS Code on PATH (`code`): `code --extensionDevelopmentPath=<repo> <scratch> <doc>`.
//   - Otherwise: code-server (installed into .cache/code-server by setup-code-server.mjs) on
//     127.0.0.1 with the built extension installed from a .vsix, so the plain address works; one
//     short line with that address is printed. Runs until Ctrl-C.
// Usage: node scripts/integration/start.mjs [folder] [--port N]   (default port 8080, else any free one)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { ensureCodeServer, repoRoot } from './setup-code-server.mjs';
import { installExtension, QUIET_SETTINGS, startCodeServer, workbenchUrl, writeUserSettings } from './code-server.mjs';

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const wantedPort = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT || 8080);
const folderArg = args.find((a, i) => !a.startsWith('--') && (portIndex < 0 || i !== portIndex + 1));
const folder = folderArg ? resolve(folderArg) : scratchSamples();
/** The document opened first: the largest sample (the government work report). */
const firstDocument = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().find((f) => f.includes('report')) ?? readdirSync(folder).find((f) => f.endsWith('.txt'));

/** media/samples copied once to a folder outside the repository; files already there are kept. */
function scratchSamples() {
  const scratch = join(tmpdir(), 'policy-annotator-samples');
  mkdirSync(scratch, { recursive: true });
  cpSync(join(repoRoot, 'media', 'samples'), scratch, { recursive: true, force: false, errorOnExist: false });
  return scratch;
}

function say(message) {
  console.log(`start: ${message}`);
}

/** Runs a step quietly; its output is shown only when it fails. */
function quietly(what, command, commandArgs) {
  const r = spawnSync(command, commandArgs, { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`start: ${what} failed\n${r.stdout ?? ''}${r.stderr ?? ''}`);
    process.exit(1);
  }
}

function build() {
  quietly('the build', process.execPath, ['esbuild.config.mjs']);
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
  const open = firstDocument ? [folder, join(folder, firstDocument)] : [folder];
  say(`${code} --extensionDevelopmentPath=${repoRoot} ${open.join(' ')}`);
  const r = spawnSync(code, [`--extensionDevelopmentPath=${repoRoot}`, ...open], { stdio: 'inherit' });
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
// The built extension installed (not loaded through the long `payload` address).
const vsix = join(profile, 'policy-annotator.vsix');
quietly('packaging the extension', process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--allow-missing-repository', '--no-rewrite-relative-links', '--skip-license', '-o', vsix]);
installExtension(entry, dirs, vsix);

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
  const address = workbenchUrl(url, folder);
  console.log(`Policy Annotator: ${address}  (samples in ${folder}; Ctrl-C stops)`);
} catch (err) {
  console.error(`start: ${err.message}`);
  await server.stop();
  process.exit(1);
}
// Runs on while code-server does: its output pipes keep the event loop alive until a signal.
