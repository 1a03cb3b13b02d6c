/**
 * The annotations as comment threads (the Comments API): listed in the Comments panel, the note edited inline there,
 * a new annotation from the gutter “+”. Renders the store; changes go through the annotation commands.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { noteMarkdown } from './hovers';
import type { AnnotationStore } from './annotationStore';
import type { AnnotationCommands } from './annotationCommands';
import type { StoredAnnotation } from '../core/annotations/model';

export class AnnotationComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  readonly savedBody: vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  readonly author: vscode.CommentAuthorInformation;
  readonly label?: string;
  readonly contextValue = 'policyAnnotation';
  readonly timestamp: Date;
  readonly annotationId: string;
  readonly note: string;
  /** Changes when anything shown changes: the comment is then replaced. */
  readonly signature: string;
  constructor(a: StoredAnnotation) {
    this.annotationId = a.id;
    this.note = a.note;
    this.signature = signature(a);
    this.savedBody = noteMarkdown(a);
    this.body = this.savedBody;
    this.author = { name: a.author };
    this.label = a.tag ?? undefined;
    this.timestamp = new Date(a.modified);
  }
}

function signature(a: StoredAnnotation): string {
  return JSON.stringify([a.id, a.note, a.tag, a.link, a.author, a.modified]);
}

/**
 * The threads of annotations belong to the file, not to a range. VS Code draws a thread's icon with a
 * whole-line decoration, so on a wrapped paragraph it appeared on every row (seven icons on one
 * line), and an expanded thread is a zone widget that splits the paragraph. A file-level thread
 * (range undefined, collapsed) draws nothing in the editor: it lists the note in the Comments panel,
 * where it can be edited; in the editor the passage is marked by its highlight and read in the hover
 * and in the notes margin. (The API types still ask for a Range when a thread is created; VS Code
 * 1.100 takes undefined there, as the `range` property documents.)
 */
const FILE_LEVEL = undefined as unknown as vscode.Range;

export class AnnotationComments extends Disposable {
  private readonly controller = this._register(vscode.comments.createCommentController('policyAnnotator', 'Policy Annotator'));
  private readonly threads = new Map<string, vscode.CommentThread>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly commands: AnnotationCommands,
  ) {
    super();
    this.controller.options = { prompt: vscode.l10n.t('Write a note for this passage…'), placeHolder: vscode.l10n.t('Note (several lines allowed)') };
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (document) => (store.isEligible(document) ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
    this._register(store.onDidChange((uri) => this.sync(uri)));
    this._register({ dispose: () => this.disposeThreads() });
    this._register(
      registerCommands({
        'policyAnnotator.createAnnotationFromComment': (reply: vscode.CommentReply) => this.createFromComment(reply),
        'policyAnnotator.editAnnotationComment': (comment: AnnotationComment) => this.setMode(comment, vscode.CommentMode.Editing),
        'policyAnnotator.saveAnnotationComment': (comment: AnnotationComment) => this.save(comment),
        'policyAnnotator.cancelAnnotationComment': (comment: AnnotationComment) => this.setMode(comment, vscode.CommentMode.Preview),
        'policyAnnotator.deleteAnnotationComment': (comment: AnnotationComment) => this.commands.remove(comment.annotationId, true),
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.sync(d.uri);
  }

  /** The comment thread showing an annotation in the editor. */
  thread(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id);
  }

  private sync(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const live = new Set<string>();
    for (const a of document ? this.store.annotationsOf(document) : []) {
      if (!document || a.start === null || a.end === null) continue;
      const id = a.annotation.id;
      live.add(id);
      let thread = this.threads.get(id);
      if (!thread) {
        thread = this.controller.createCommentThread(document.uri, FILE_LEVEL, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        thread.canReply = false;
        thread.contextValue = 'policyAnnotation';
        this.threads.set(id, thread);
      }
      const comment = thread.comments[0] as AnnotationComment | undefined;
      // A comment being edited is left alone; otherwise it is replaced when the annotation changed.
      if (comment?.mode !== vscode.CommentMode.Editing && comment?.signature !== signature(a.annotation)) {
        thread.comments = [new AnnotationComment(a.annotation)];
      }
      thread.label = a.annotation.tag ?? undefined;
    }
    for (const [id, thread] of this.threads) {
      if (!live.has(id) && thread.uri.toString() === uri.toString()) {
        thread.dispose();
        this.threads.delete(id);
      }
    }
  }

  private disposeThreads(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
  }

  /**
   * The gutter “+”: the typed note goes into the form (with the tag and link), never lost. Without a
   * selected passage the thread's line is the passage.
   */
  private async createFromComment(reply: vscode.CommentReply): Promise<void> {
    const thread = reply.thread;
    const range = thread.range;
    thread.dispose();
    const document = await vscode.workspace.openTextDocument(thread.uri);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    let passage = range && !range.isEmpty ? range : undefined;
    if (!passage && editor && !editor.selection.isEmpty && (!range || editor.selection.contains(range.start) || editor.selection.start.line === range.start.line)) passage = editor.selection;
    if (!passage) {
      const line = document.lineAt(range?.start.line ?? editor?.selection.active.line ?? 0);
      passage = line.range.with(line.range.start.translate(0, line.firstNonWhitespaceCharacterIndex));
    }
    if (passage.isEmpty) {
      // Nothing to attach to (an empty line): the typed note is kept on the clipboard.
      if (reply.text) await vscode.env.clipboard.writeText(reply.text);
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to annotate first. Your note was copied to the clipboard.'));
      return;
    }
    await this.commands.add({ uri: thread.uri.toString(), start: document.offsetAt(passage.start), end: document.offsetAt(passage.end), draftNote: reply.text });
  }

  private setMode(comment: AnnotationComment, mode: vscode.CommentMode): void {
    const thread = this.threads.get(comment.annotationId);
    if (!thread) return;
    thread.comments = thread.comments.map((c) => {
      const ac = c as AnnotationComment;
      if (ac.annotationId !== comment.annotationId) return c;
      // Edited as the plain note; shown as Markdown with the link.
      ac.body = mode === vscode.CommentMode.Editing ? ac.note : ac.savedBody;
      ac.mode = mode;
      return ac;
    });
  }

  private async save(comment: AnnotationComment): Promise<void> {
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    // Back to preview first, so the saved annotation replaces the comment being edited.
    comment.mode = vscode.CommentMode.Preview;
    await this.commands.edit(comment.annotationId, text, undefined);
  }
}
