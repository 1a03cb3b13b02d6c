/**
 * The command handlers and package.json agree, in both directions: every contributed command has a
 * handler, and every command a feature registers is contributed (like vscode-spell-checker's
 * commands.test.mts). The real `activate` runs against a stand-in `vscode` module that records
 * `commands.registerCommand` and answers everything else with inert objects, so the check sees
 * exactly what the features register, in plain Node.
 */
import * as assert from 'node:assert/strict';
import Module from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers';

const pkg = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
const contributed: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);

/** Values the features read at activation that must be real (an empty editor, no documents). */
const VALUES: Record<string, unknown> = {
  'window.activeTextEditor': undefined,
  'window.visibleTextEditors': [],
  'workspace.textDocuments': [],
  'workspace.workspaceFolders': undefined,
};

/** An object that accepts any property access, call or `new`, and iterates as empty. */
function inert(path: string, registered: string[]): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_t, prop) {
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => `<${path}>`;
      if (prop === 'then') return undefined; // not a promise
      if (typeof prop === 'symbol') return undefined;
      const next = path ? `${path}.${prop}` : prop;
      if (next in VALUES) return VALUES[next];
      if (next === 'commands.registerCommand') {
        return (id: string) => {
          registered.push(id);
          return { dispose() {} };
        };
      }
      return inert(next, registered);
    },
    set: () => true,
    apply: () => inert(`${path}()`, registered),
    construct: () => inert(`new ${path}`, registered) as object,
  });
}

/** Runs the real activate() with the stand-in and returns the command ids it registered. */
async function registeredCommands(): Promise<string[]> {
  const registered: string[] = [];
  const vscode = inert('', registered);
  const mod = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
  const resolve = mod._resolveFilename;
  const cache = require.cache as Record<string, unknown>;
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
  };
  cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
  try {
    const extension = await import('../../src/extension/extension');
    const context = { subscriptions: [] as { dispose(): void }[], extensionPath: repoRoot() };
    extension.activate(context as never);
    for (const d of context.subscriptions) d.dispose();
  } finally {
    mod._resolveFilename = resolve;
    delete cache.vscode;
  }
  return registered;
}

describe('commands and package.json', () => {
  let registered: string[];

  before(async () => {
    registered = await registeredCommands();
  });

  it('registers the commands at activation', () => {
    assert.ok(registered.length >= 25, `registered ${registered.length}`);
  });

  it('has a handler for every contributed command', () => {
    assert.deepEqual(contributed.filter((c) => !registered.includes(c)), []);
  });

  it('contributes every command a feature registers', () => {
    assert.deepEqual(registered.filter((c) => !contributed.includes(c)), []);
  });

  it('registers each command once (a second registration throws in VS Code)', () => {
    assert.deepEqual(registered.filter((c, i) => registered.indexOf(c) !== i), []);
  });

  it('names only contributed commands in menus and key bindings', () => {
    const menus = Object.values(pkg.contributes.menus as Record<string, { command?: string }[]>).flat();
    const used = [...menus.map((m) => m.command), ...pkg.contributes.keybindings.map((k: { command: string }) => k.command)].filter((c): c is string => !!c);
    assert.deepEqual(used.filter((c) => !contributed.includes(c)), []);
  });
});
