/**
 * Glue: tells the user when a document's annotations lost their place because the document was
 * opened with the wrong encoding (the store's `encoding` problem), with a button that opens VS Code's
 * “Reopen with Encoding” picker. Once per document and count, until the text reads right again.
 */
import * as vscode from 'vscode';
import { basename } from 'node:path';
import { Disposable } from './lifecycle';
import type { AnnotationStore } from './annotationStore';

export class EncodingWarning extends Disposable {
  private readonly told = new Map<string, number>();
  /** The last warning shown (tests read it; notifications are not visible to the extension API). */
  lastMessage: string | undefined;

  constructor(store: AnnotationStore) {
    super();
    this._register(store.onProblem((p) => {
      if (p.kind !== 'encoding') return;
      const key = p.uri.toString();
      if (p.orphans === 0) {
        this.told.delete(key);
        return;
      }
      if (this.told.get(key) === p.orphans) return;
      this.told.set(key, p.orphans);
      void this.warn(p.uri, p.orphans, p.encoding);
    }));
  }

  private async warn(uri: vscode.Uri, orphans: number, encoding: string | undefined): Promise<void> {
    const reopen = vscode.l10n.t('Reopen with Encoding');
    const message = vscode.l10n.t(
      '{0} annotations of {1} no longer match its text: the document looks decoded with the wrong encoding ({2}). The annotations file is left unchanged; reopen the document with its encoding (GB18030, Big5, UTF-16…).',
      orphans, basename(uri.fsPath), encoding ?? '?',
    );
    this.lastMessage = message;
    const choice = await vscode.window.showWarningMessage(message, reopen);
    if (choice !== reopen) return;
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  }
}
