/**
 * Screenshots of the workbench from inside a test. The extension host cannot see the page, so the
 * test asks scripts/integration/run.mjs, which drives the browser: it writes requests/<name>.req and
 * waits for shots/<name>.done, which the runner writes after page.screenshot() saved
 * test-results/screenshots/<name>.png. Outside that runner it does nothing and returns undefined.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { exchangeDir, exchangeFiles } from './exchange';

export interface ScreenshotOptions {
  /** Dismiss notifications left by earlier tests first (all suites share one window). */
  clearNotifications?: boolean;
  /** A CSS selector of the workbench the runner waits for before the shot (e.g. '.monaco-hover'). */
  waitForSelector?: string;
  timeoutMs?: number;
}

/** Resolves with the path of the saved PNG (or undefined when no runner takes screenshots). */
export async function takeScreenshot(name: string, options: ScreenshotOptions = {}): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`screenshot name must be [A-Za-z0-9_-]+: ${name}`);
  const dir = exchangeDir();
  if (!dir) return undefined;
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (options.clearNotifications) await vscode.commands.executeCommand('notifications.clearAll');
  const requests = exchangeFiles.requests(dir);
  const shots = exchangeFiles.shots(dir);
  mkdirSync(requests, { recursive: true });
  mkdirSync(shots, { recursive: true });
  const done = join(shots, `${name}.done`);
  rmSync(done, { force: true });

  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (err?: Error) => {
      if (finished) return;
      finished = true;
      watcher.close();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(readFileSync(done, 'utf8').trim());
    };
    // Watch before asking, so the answer cannot slip in between.
    const watcher = watch(shots, (_event, file) => {
      if (file === `${name}.done` && existsSync(done)) finish();
    });
    const timer = setTimeout(() => finish(new Error(`no screenshot "${name}" within ${timeoutMs} ms`)), timeoutMs);
    const tmp = join(requests, `${name}.tmp`);
    writeFileSync(tmp, JSON.stringify({ time: Date.now(), waitForSelector: options.waitForSelector }));
    renameSync(tmp, join(requests, `${name}.req`));
    if (existsSync(done)) finish();
  });
}
