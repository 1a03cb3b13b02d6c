/** The author name written into new annotations: the setting, else git's user.name, else the OS user. */
import * as vscode from 'vscode';
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import { config, Settings } from './settings';

export class AuthorName {
  /** git is asked once per session, without blocking the extension host. */
  private gitName: Promise<string> | undefined;

  async of(document: vscode.TextDocument): Promise<string> {
    const configured = config(document.uri).get<string>(Settings.annotationAuthor, '');
    if (configured) return configured;
    this.gitName ??= gitUserName(document.uri.scheme === 'file' ? dirname(document.uri.fsPath) : undefined);
    return (await this.gitName) || osUserName();
  }
}

function gitUserName(cwd: string | undefined): Promise<string> {
  return new Promise((resolve) => {
    try {
      execFile('git', ['config', 'user.name'], { cwd, timeout: 2000, encoding: 'utf8', windowsHide: true }, (err, stdout) => resolve(err ? '' : stdout.trim()));
    } catch {
      resolve(''); // no git
    }
  });
}

function osUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}
