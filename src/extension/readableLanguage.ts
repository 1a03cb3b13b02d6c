/**
 * A plain-text document that is mostly Chinese opens in the `policy-text` language, so that the
 * reading defaults apply (word wrap, `keepAll` line breaking, no unicode banner) without the user
 * knowing about language modes. Once per document and session: switching back is respected.
 * Setting `policyAnnotator.readableLanguage` (default on) turns it off.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { config, languages, Settings } from './settings';
import { isMostlyChinese } from '../core/script';

export const POLICY_TEXT = 'policy-text';
const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export class ReadableLanguage extends Disposable {
  private readonly seen = new Set<string>();
  private readonly switched = this._register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires after a document was switched to `policy-text` (tests wait on it). */
  readonly onDidSwitch = this.switched.event;

  constructor() {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => void this.consider(e.document))));
    for (const e of vscode.window.visibleTextEditors) void this.consider(e.document);
  }

  /** Switches the document when it qualifies; resolves with whether it did. */
  async consider(document: vscode.TextDocument): Promise<boolean> {
    const key = document.uri.toString();
    if (this.seen.has(key) || document.languageId !== 'plaintext' || !SCHEMES.has(document.uri.scheme)) return false;
    this.seen.add(key);
    // Off by the setting, or when the user's analysed languages leave policy-text out.
    if (!config(document.uri).get<boolean>(Settings.readableLanguage, true) || !languages(document.uri).includes(POLICY_TEXT)) return false;
    if (document.uri.fsPath.endsWith('.annotations.json') || !isMostlyChinese(document.getText(new vscode.Range(0, 0, 200, 0)))) return false;
    const doc = await vscode.languages.setTextDocumentLanguage(document, POLICY_TEXT);
    this.switched.fire(doc);
    return true;
  }
}
