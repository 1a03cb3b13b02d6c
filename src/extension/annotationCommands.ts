/**
 * Commands on the user's annotations (add, edit, tag, delete, re-attach, open the sidecar, annotate
 * a finding) with their prompts, and the messages for what the store could not do.
 */
import * as vscode from 'vscode';
import { access } from 'node:fs/promises';
import { Disposable } from './lifecycle';
import { clip } from '../core/display';
import { registerCommands } from './commands';
import { AuthorName } from './author';
import { config, Settings } from './settings';
import { annotationTags } from './annotationTags';
import { AnnotationNode, OrphanNode } from './annotationTree';
import { ClaimNode, QuotationNode, type SpanNode } from './findingsView';
import { reattach } from '../core/annotations/anchoring';
import { createAnnotation, updateAnnotation } from '../core/annotations/create';
import type { AnchoredAnnotation, StoredAnnotation } from '../core/annotations/model';
import type { AnnotationProblem, AnnotationStore } from './annotationStore';
import type { AnnotationForm } from './annotationForm';

export interface AddAnnotationArgs {
  uri?: string;
  start?: number;
  end?: number;
  note?: string;
  tag?: string | null;
  link?: string | null;
  /** Prefills the form's note (the text typed at the gutter “+”). */
  draftNote?: string;
}

/** What a command may be given to name an annotation: its id or its node in the view. */
type AnnotationTarget = string | AnnotationNode | OrphanNode | undefined;

export class AnnotationCommands extends Disposable {
  private readonly author = new AuthorName();
  /** Sidecars already reported as unreadable (told once, unless a change is refused). */
  private readonly warnedBroken = new Set<string>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly form: AnnotationForm,
  ) {
    super();
    this._register(store.onProblem((p) => this.tell(p)));
    this._register(
      registerCommands({
        'policyAnnotator.addAnnotation': (args?: AddAnnotationArgs) => this.add(args ?? {}),
        'policyAnnotator.addAnnotationAt': (uri: string, start: number, end: number, tag?: string) => this.add({ uri, start, end, tag }),
        'policyAnnotator.editAnnotation': (target?: AnnotationTarget, note?: string, link?: string | null) => this.edit(target, note, link),
        'policyAnnotator.changeAnnotationTag': (target?: AnnotationTarget, tag?: string | null) => this.changeTag(target, tag),
        'policyAnnotator.deleteAnnotation': (target?: AnnotationTarget, confirm?: boolean) => this.remove(target, confirm ?? true),
        'policyAnnotator.reattachAnnotation': (target?: AnnotationTarget) => this.reattachToSelection(target),
        'policyAnnotator.openSidecar': (uri?: string) => this.openSidecar(uri),
        'policyAnnotator.annotateFinding': (node?: SpanNode, note?: string) => this.annotateFinding(node, note),
      }),
    );
  }

  /** Adds an annotation; asks for what the arguments leave out. Resolves with the new annotation. */
  async add(args: AddAnnotationArgs): Promise<StoredAnnotation | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : editor?.document;
    if (!document) return undefined;
    const passage = passageOf(document, args, editor, vscode.l10n.t('Select the passage to annotate first.'));
    if (!passage) return undefined;
    const { start, end } = passage;
    if (document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Save the document first: annotations are stored in a file next to it.'));
      return undefined;
    }
    if (!this.store.canAnnotate(document)) return undefined;
    const suggested = await this.author.of(document);
    let { note, tag, link } = args;
    let author = suggested;
    if (note === undefined) {
      // The form: tag, note and link together; what is typed stays as a draft if it is closed.
      const values = await this.form.open({ document, start, end, tag, link, note: args.draftNote, suggestedAuthor: suggested });
      if (!values) return undefined;
      ({ note, tag, link } = values);
      if (values.author) author = await this.rememberAuthor(document, values.author);
    }
    const annotation = createAnnotation(document.getText(), start, end, { note, tag: tag ?? null, link: link ?? null, author });
    if (!this.store.add(document, annotation)) return undefined;
    await keepInView(document, start, end);
    return annotation;
  }

  /** The name chosen in the form is kept in the user setting: asked once. */
  private async rememberAuthor(document: vscode.TextDocument, name: string): Promise<string> {
    await config(document.uri).update(Settings.annotationAuthor, name, vscode.ConfigurationTarget.Global);
    return name;
  }

  /** Annotates a detected finding from its item in the view: a claim to verify, a quotation to cite. */
  async annotateFinding(node?: SpanNode, note?: string): Promise<StoredAnnotation | undefined> {
    if (!node) return undefined;
    const tag = node instanceof ClaimNode ? '待核实' : node instanceof QuotationNode ? '引用' : undefined;
    return this.add({ uri: node.uri.toString(), start: node.span.start, end: node.span.end, tag: tag && annotationTags().includes(tag) ? tag : undefined, note });
  }

  async edit(target?: AnnotationTarget, note?: string, link?: string | null): Promise<boolean> {
    const found = this.pick(target);
    if (!found) return false;
    const a = found.annotation;
    if (note === undefined) {
      const place = this.store.find(a.id);
      if (!place || found.start === null || found.end === null) return false;
      const values = await this.form.open({ document: place.document, start: found.start, end: found.end, id: a.id, tag: a.tag, note: a.note, link: a.link });
      if (!values) return false;
      note = values.note;
      link = values.link;
      if (values.tag !== a.tag) return this.store.update(a.id, (item) => ({ ...item, annotation: updateAnnotation(item.annotation, { note: values.note, link: values.link, tag: values.tag }) }));
    }
    const changes = link === undefined ? { note } : { note, link };
    return this.store.update(a.id, (item) => ({ ...item, annotation: updateAnnotation(item.annotation, changes) }));
  }

  async changeTag(target?: AnnotationTarget, tag?: string | null): Promise<boolean> {
    const found = this.pick(target);
    if (!found) return false;
    const chosen = tag !== undefined ? tag : await pickTag();
    if (chosen === undefined) return false;
    return this.store.update(found.annotation.id, (item) => ({ ...item, annotation: updateAnnotation(item.annotation, { tag: chosen }) }));
  }

  async remove(target?: AnnotationTarget, confirm = true): Promise<boolean> {
    const found = this.pick(target);
    if (!found) return false;
    if (confirm) {
      const yes = vscode.l10n.t('Delete');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the annotation “{0}”?', clip(found.annotation.note || found.annotation.target.quote.exact, 40)), { modal: true }, yes);
      if (answer !== yes) return false;
    }
    return this.store.remove(found.annotation.id);
  }

  async reattachToSelection(target?: AnnotationTarget): Promise<boolean> {
    const picked = this.pick(target);
    const found = picked && this.store.find(picked.annotation.id);
    const editor = vscode.window.activeTextEditor;
    if (!found || !editor || editor.document !== found.document || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage in the document the annotation belongs to, then run Re-attach again.'));
      return false;
    }
    const document = found.document;
    const start = document.offsetAt(editor.selection.start);
    const end = document.offsetAt(editor.selection.end);
    return this.store.update(found.item.annotation.id, (item): AnchoredAnnotation => ({ annotation: reattach(item.annotation, document.getText(), start, end), start, end, status: 'exact' }));
  }

  async openSidecar(uri?: string): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
    const path = document && this.store.sidecarPathOf(document);
    if (!path || !(await access(path).then(() => true, () => false))) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document has no annotations file yet.'));
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(path));
  }

  /** The annotation a command is about: the one named, else the one under the cursor. */
  private pick(target: AnnotationTarget): AnchoredAnnotation | undefined {
    const id = targetId(target);
    if (id) return this.store.find(id)?.item;
    const editor = vscode.window.activeTextEditor;
    const item = editor && this.store.annotationsAt(editor.document, editor.document.offsetAt(editor.selection.active), true)[0];
    if (!item) void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor inside an annotation first.'));
    return item;
  }

  private tell(problem: AnnotationProblem): void {
    switch (problem.kind) {
      case 'broken': {
        if (!problem.blocking && this.warnedBroken.has(problem.sidecarPath)) return;
        this.warnedBroken.add(problem.sidecarPath);
        const open = vscode.l10n.t('Open annotations file');
        const message = problem.blocking
          ? vscode.l10n.t('New annotations wait until the annotations file is fixed: {0}', problem.message)
          : vscode.l10n.t('The annotations file cannot be read and is left untouched: {0}', problem.message);
        void vscode.window.showErrorMessage(message, open).then((c) => {
          if (c === open) void vscode.window.showTextDocument(vscode.Uri.file(problem.sidecarPath));
        });
        return;
      }
      case 'notSaved':
        void vscode.window.showErrorMessage(vscode.l10n.t('Annotations not saved: {0}', problem.message));
        return;
      case 'notMoved':
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not moved: {1} exists already.', problem.from, problem.to));
        return;
      case 'moveFailed':
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not move the annotations {0}: {1}', problem.from, problem.message));
        return;
    }
  }
}

function targetId(target: AnnotationTarget): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof AnnotationNode || target instanceof OrphanNode) return target.annotationId;
  return undefined;
}

/** The one tag prompt: a tag of the setting, null for “(no tag)”, undefined when dismissed. */
async function pickTag(): Promise<string | null | undefined> {
  const tags = annotationTags();
  const none = vscode.l10n.t('(no tag)');
  const picked = await vscode.window.showQuickPick([...tags, none], { title: vscode.l10n.t('Tag of the annotation') });
  if (picked === undefined) return undefined;
  return tags.includes(picked) ? picked : null;
}

/** After a new annotation the editor keeps its passage in view (focus back on the document). */
async function keepInView(document: vscode.TextDocument, start: number, end: number): Promise<void> {
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  if (!shown) return;
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown.viewColumn, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The passage a command is about: the offsets it was given, else the editor's selection in that
 * document; undefined (after telling the user `hint`) when there is neither.
 */
export function passageOf(document: vscode.TextDocument, args: { start?: number; end?: number }, editor: vscode.TextEditor | undefined, hint: string): { start: number; end: number } | undefined {
  if (args.start !== undefined && args.end !== undefined) return { start: args.start, end: args.end };
  if (!editor || editor.document !== document || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage(hint);
    return undefined;
  }
  return { start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
}
