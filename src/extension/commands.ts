/**
 * Registering a feature's commands: each feature module passes its own table (command id → handler)
 * and disposes the registrations with itself. test/unit/commands.test.ts checks the tables of all
 * features against package.json in both directions.
 */
import * as vscode from 'vscode';

export type CommandHandler = (...args: never[]) => unknown;

export function registerCommands(table: Record<string, CommandHandler>): vscode.Disposable {
  return vscode.Disposable.from(...Object.entries(table).map(([id, fn]) => vscode.commands.registerCommand(id, fn as (...a: unknown[]) => unknown)));
}
