/**
 * The user's own annotations in the editor: commands, highlights in the tag's colour, hovers,
 * comment threads (read and edit inline), a group in the Policy Annotator view, and the sidecar
 * file kept next to the document (atomic writes; a broken or newer sidecar is never overwritten).
 */
import * as vscode from 'vscode';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { userInfo } from 'node:os';
import { Disposable } from './lifecycle';
import { clip, escapeMarkdown as escapeMd } from '../core/display';
import { config, Settings } from './settings';
import { GroupNode, SpanNode, type FindingGroupSource, type FindingNode } from './findingsView';
import { anchorAll, anchorOne, reattach, refreshSelectors } from '../core/annotations/anchoring';
import { createAnnotation, updateAnnotation } from '../core/annotations/create';
import { applyEdits, type TextEdit } from '../core/annotations/tracking';
import { sidecarPathFor } from '../core/annotations/sidecar';
import type { AnchoredAnnotation, SidecarFile, StoredAnnotation } from '../core/annotations/model';
import { locateSidecar, newSidecar, readSidecar, SidecarWriteRefused, writeSidecar, type StorageMode } from '../node/sidecarStore';

export const DEFAULT_TAGS = ['重点', '存疑', '待核实', '引用', '笔记'];
const TAG_COLOR_KEYS: Record<string, string> = { 重点: 'important', 存疑: 'doubt', 待核实: 'verify', 引用: 'quote', 笔记: 'note' };
const COLOR_KEYS = ['important', 'doubt', 'verify', 'quote', 'note', 'other'];

function colorKey(tag: string | null): string {
  return (tag && TAG_COLOR_KEYS[tag]) || 'other';
}

interface DocState {
  uri: vscode.Uri;
  sidecarPath: string;
  broken: string | null;
  file: SidecarFile;
  /** The sidecar text last read or written by us: a different text on disk is someone else's change. */
  diskText: string | null;
  anchored: AnchoredAnnotation[];
  /** Positions moved since the sidecar was written. */
  moved: boolean;
}

export interface AddAnnotationArgs {
  uri?: string;
  start?: number;
  end?: number;
  note?: string;
  tag?: string | null;
  link?: string | null;
}

export class AnnotationController extends Disposable implements FindingGroupSource {
  private readonly docs = new Map<string, DocState>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly saved = this._register(new vscode.EventEmitter<{ uri: vscode.Uri; path: string }>());
  /** Fires after a sidecar was written (tests wait on it). */
  readonly onDidWriteSidecar = this.saved.event;
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly comments = this._register(vscode.comments.createCommentController('policyAnnotator', 'Policy Annotator'));
  private readonly threads = new Map<string, vscode.CommentThread>();
  private readonly warnedBroken = new Set<string>();
  private authorCache: string | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    for (const key of COLOR_KEYS) {
      this.types.set(
        key,
        this._register(
          vscode.window.createTextEditorDecorationType({
            backgroundColor: new vscode.ThemeColor(`policyAnnotator.annotation.${key}Background`),
            overviewRulerColor: new vscode.ThemeColor(`policyAnnotator.annotation.${key}Background`),
            overviewRulerLane: vscode.OverviewRulerLane.Left,
            borderWidth: '0 0 2px 0',
            borderStyle: 'solid',
            borderColor: new vscode.ThemeColor(`policyAnnotator.annotation.${key}Background`),
          }),
        ),
      );
    }
    this.comments.options = { prompt: vscode.l10n.t('Write a note for this passage…'), placeHolder: vscode.l10n.t('Note (several lines allowed)') };
    this.comments.commentingRangeProvider = {
      provideCommentingRanges: (document) => (this.isEligible(document) ? [new vscode.Range(0, 0, Math.max(0, document.lineCount - 1), 0)] : []),
    };
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.load(d)));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.unload(d)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.track(e)));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => this.onSaved(d)));
    this._register(vscode.workspace.onDidRenameFiles((e) => this.onRenamed(e)));
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.renderAll()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('policyAnnotator.highlight.annotations')) this.renderAll();
      }),
    );
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.annotations.json'));
    const onSidecar = (uri: vscode.Uri) => this.onSidecarChanged(uri.fsPath);
    this._register(watcher.onDidChange(onSidecar));
    this._register(watcher.onDidCreate(onSidecar));
    this._register(watcher.onDidDelete(onSidecar));
    this._register(vscode.languages.registerHoverProvider('*', { provideHover: (d, p) => this.hover(d, p) }));
    this._register({ dispose: () => this.disposeThreads() });
    for (const d of vscode.workspace.textDocuments) this.load(d);
  }

  // ---- queries (view, tests) ----

  /** The annotations of a document with their current positions (orphans with null). */
  annotationsOf(document: vscode.TextDocument | vscode.Uri): AnchoredAnnotation[] {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    return this.docs.get(uri.toString())?.anchored ?? [];
  }

  sidecarPathOf(document: vscode.TextDocument): string | undefined {
    return this.docs.get(document.uri.toString())?.sidecarPath ?? (document.uri.scheme === 'file' ? this.sidecarPathForNew(document.uri.fsPath) : undefined);
  }

  /** The comment thread showing an annotation in the editor (the Comments API). */
  commentThread(id: string): vscode.CommentThread | undefined {
    return this.threads.get(id);
  }

  brokenReason(document: vscode.TextDocument): string | null {
    return this.docs.get(document.uri.toString())?.broken ?? null;
  }

  tags(): string[] {
    return config().get<string[]>(Settings.annotationTags, DEFAULT_TAGS);
  }

  groups(document: vscode.TextDocument): FindingNode[] {
    const state = this.docs.get(document.uri.toString());
    if (!state) return [];
    if (state.broken) return [new GroupNode(vscode.l10n.t('Annotations: sidecar cannot be read'), [], 'error', 'brokenSidecar', false, '!')];
    if (state.anchored.length === 0) return [];
    const byTag = new Map<string, FindingNode[]>();
    const orphans: FindingNode[] = [];
    for (const a of state.anchored) {
      const ann = a.annotation;
      const label = ann.note.split('\n')[0] || ann.target.quote.exact;
      if (a.start === null || a.end === null) {
        orphans.push(new OrphanNode(document.uri, ann));
        continue;
      }
      const node = new SpanNode(document.uri, { start: a.start, end: a.end, text: ann.target.quote.exact }, clip(label), clip(ann.target.quote.exact, 20), 'note', `annotation:${ann.id}`, ann.note);
      const key = ann.tag ?? vscode.l10n.t('Untagged');
      byTag.set(key, [...(byTag.get(key) ?? []), node]);
    }
    const order = [...this.tags(), ...[...byTag.keys()].filter((t) => !this.tags().includes(t))];
    const tagGroups = order.filter((t) => byTag.has(t)).map((t) => new GroupNode(t, byTag.get(t)!, 'tag', 'annotationTag', true));
    if (orphans.length) tagGroups.push(new GroupNode(vscode.l10n.t('Orphans'), orphans, 'warning', 'annotationOrphans', true));
    return [new GroupNode(vscode.l10n.t('Annotations'), tagGroups, 'comment', 'annotations', true, String(state.anchored.length))];
  }

  // ---- commands ----

  commandTable(): Record<string, (...args: never[]) => unknown> {
    return {
      'policyAnnotator.addAnnotation': (args?: AddAnnotationArgs) => this.add(args ?? {}),
      'policyAnnotator.addAnnotationAt': (uri: string, start: number, end: number, tag?: string) => this.add({ uri, start, end, tag }),
      'policyAnnotator.editAnnotation': (target?: unknown, note?: string, link?: string | null) => this.edit(target, note, link),
      'policyAnnotator.changeAnnotationTag': (target?: unknown, tag?: string | null) => this.changeTag(target, tag),
      'policyAnnotator.deleteAnnotation': (target?: unknown, confirm?: boolean) => this.remove(target, confirm ?? true),
      'policyAnnotator.reattachAnnotation': (target?: unknown) => this.reattachToSelection(target),
      'policyAnnotator.openSidecar': (uri?: string) => this.openSidecar(uri),
      'policyAnnotator.annotateFinding': (node?: SpanNode, note?: string) => this.annotateFinding(node, note),
      'policyAnnotator.createAnnotationFromComment': (reply: vscode.CommentReply) => this.createFromComment(reply),
      'policyAnnotator.editAnnotationComment': (comment: AnnotationComment) => this.setCommentMode(comment, vscode.CommentMode.Editing),
      'policyAnnotator.saveAnnotationComment': (comment: AnnotationComment) => this.saveComment(comment),
      'policyAnnotator.cancelAnnotationComment': (comment: AnnotationComment) => this.setCommentMode(comment, vscode.CommentMode.Preview),
      'policyAnnotator.deleteAnnotationComment': (comment: AnnotationComment) => this.remove(comment.annotationId, true),
    };
  }

  /** Adds an annotation; asks for what the arguments leave out. Resolves with the new annotation. */
  async add(args: AddAnnotationArgs): Promise<StoredAnnotation | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : editor?.document;
    if (!document) return undefined;
    let start = args.start;
    let end = args.end;
    if (start === undefined || end === undefined) {
      if (!editor || editor.document !== document || editor.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to annotate first.'));
        return undefined;
      }
      start = document.offsetAt(editor.selection.start);
      end = document.offsetAt(editor.selection.end);
    }
    const state = this.stateFor(document);
    if (!state) return undefined;
    if (state.broken) {
      this.warnBroken(state, true);
      return undefined;
    }
    let tag = args.tag;
    if (tag === undefined) {
      const picked = await vscode.window.showQuickPick([...this.tags(), vscode.l10n.t('(no tag)')], { title: vscode.l10n.t('Tag of the annotation') });
      if (picked === undefined) return undefined;
      tag = this.tags().includes(picked) ? picked : null;
    }
    let note = args.note;
    if (note === undefined) {
      note = await vscode.window.showInputBox({
        title: vscode.l10n.t('Note'),
        prompt: vscode.l10n.t('Your note on “{0}” (write \\n for a new line; edit longer notes in the comment thread)', clip(document.getText().slice(start, end), 30)),
      });
      if (note === undefined) return undefined;
      note = note.replace(/\\n/g, '\n');
    }
    let link = args.link;
    if (link === undefined && args.note === undefined) {
      link = (await vscode.window.showInputBox({ title: vscode.l10n.t('Link or source (optional)'), placeHolder: 'https://…' })) || null;
    }
    const annotation = createAnnotation(document.getText(), start, end, { note, tag, link: link ?? null, author: this.author(document) });
    state.anchored.push({ annotation, start: annotation.target.position.start, end: annotation.target.position.end, status: 'exact' });
    this.persist(document, state);
    return annotation;
  }

  private async pick(target: unknown): Promise<{ document: vscode.TextDocument; state: DocState; item: AnchoredAnnotation } | undefined> {
    let id: string | undefined;
    if (typeof target === 'string') id = target;
    else if (target instanceof SpanNode && target.contextValue.startsWith('annotation:')) id = target.contextValue.slice('annotation:'.length);
    else if (target instanceof OrphanNode) id = target.annotation.id;
    for (const state of this.docs.values()) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
      if (!document) continue;
      if (id) {
        const item = state.anchored.find((a) => a.annotation.id === id);
        if (item) return { document, state, item };
      }
    }
    if (id) return undefined;
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const state = this.docs.get(editor.document.uri.toString());
    const offset = editor.document.offsetAt(editor.selection.active);
    const item = state?.anchored.find((a) => a.start !== null && a.end !== null && a.start <= offset && offset <= a.end);
    if (!state || !item) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor inside an annotation first.'));
      return undefined;
    }
    return { document: editor.document, state, item };
  }

  /** Annotates a detected finding from its item in the view: a claim to verify, a quotation to cite. */
  async annotateFinding(node?: SpanNode, note?: string): Promise<StoredAnnotation | undefined> {
    if (!node) return undefined;
    const tag = node.contextValue === 'numericClaim' ? '待核实' : node.contextValue === 'quotation' ? '引用' : undefined;
    return this.add({ uri: node.uri.toString(), start: node.span.start, end: node.span.end, tag: tag && this.tags().includes(tag) ? tag : undefined, note });
  }

  async edit(target?: unknown, note?: string, link?: string | null): Promise<boolean> {
    const found = await this.pick(target);
    if (!found) return false;
    const a = found.item.annotation;
    if (note === undefined) {
      const typed = await vscode.window.showInputBox({ title: vscode.l10n.t('Edit note'), value: a.note.replace(/\n/g, '\\n') });
      if (typed === undefined) return false;
      note = typed.replace(/\\n/g, '\n');
      const typedLink = await vscode.window.showInputBox({ title: vscode.l10n.t('Link or source (optional)'), value: a.link ?? '' });
      if (typedLink !== undefined) link = typedLink || null;
    }
    found.item.annotation = updateAnnotation(a, link === undefined ? { note } : { note, link });
    this.persist(found.document, found.state);
    return true;
  }

  async changeTag(target?: unknown, tag?: string | null): Promise<boolean> {
    const found = await this.pick(target);
    if (!found) return false;
    if (tag === undefined) {
      const picked = await vscode.window.showQuickPick([...this.tags(), vscode.l10n.t('(no tag)')], { title: vscode.l10n.t('Tag of the annotation') });
      if (picked === undefined) return false;
      tag = this.tags().includes(picked) ? picked : null;
    }
    found.item.annotation = updateAnnotation(found.item.annotation, { tag });
    this.persist(found.document, found.state);
    return true;
  }

  async remove(target?: unknown, confirm = true): Promise<boolean> {
    const found = await this.pick(target);
    if (!found) return false;
    if (confirm) {
      const yes = vscode.l10n.t('Delete');
      const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Delete the annotation “{0}”?', clip(found.item.annotation.note || found.item.annotation.target.quote.exact, 40)), { modal: true }, yes);
      if (answer !== yes) return false;
    }
    found.state.anchored = found.state.anchored.filter((x) => x !== found.item);
    this.persist(found.document, found.state);
    return true;
  }

  async reattachToSelection(target?: unknown): Promise<boolean> {
    const found = await this.pick(target);
    const editor = vscode.window.activeTextEditor;
    if (!found || !editor || editor.document !== found.document || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage in the document the annotation belongs to, then run Re-attach again.'));
      return false;
    }
    const start = found.document.offsetAt(editor.selection.start);
    const end = found.document.offsetAt(editor.selection.end);
    found.item.annotation = reattach(found.item.annotation, found.document.getText(), start, end);
    found.item.start = start;
    found.item.end = end;
    found.item.status = 'exact';
    this.persist(found.document, found.state);
    return true;
  }

  async openSidecar(uri?: string): Promise<void> {
    const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
    const path = document && this.sidecarPathOf(document);
    if (!path || !existsSync(path)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This document has no annotations file yet.'));
      return;
    }
    await vscode.window.showTextDocument(vscode.Uri.file(path));
  }

  private async createFromComment(reply: vscode.CommentReply): Promise<void> {
    const thread = reply.thread;
    const range = thread.range;
    thread.dispose();
    if (!range || range.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to annotate first.'));
      return;
    }
    const document = await vscode.workspace.openTextDocument(thread.uri);
    await this.add({ uri: thread.uri.toString(), start: document.offsetAt(range.start), end: document.offsetAt(range.end), note: reply.text, tag: null, link: null });
  }

  private setCommentMode(comment: AnnotationComment, mode: vscode.CommentMode): void {
    const thread = this.threads.get(comment.annotationId);
    if (!thread) return;
    thread.comments = thread.comments.map((c) => {
      if ((c as AnnotationComment).annotationId !== comment.annotationId) return c;
      const ac = c as AnnotationComment;
      // Edited as the plain note; shown as Markdown with the link.
      ac.body = mode === vscode.CommentMode.Editing ? ac.note : ac.savedBody;
      ac.mode = mode;
      return ac;
    });
  }

  private async saveComment(comment: AnnotationComment): Promise<void> {
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    // Back to preview first, so the saved annotation replaces the comment being edited.
    comment.mode = vscode.CommentMode.Preview;
    await this.edit(comment.annotationId, text, undefined);
  }

  // ---- document lifecycle ----

  private isEligible(document: vscode.TextDocument): boolean {
    return document.uri.scheme === 'file' && !document.uri.fsPath.endsWith('.annotations.json') && config(document.uri).get<string[]>(Settings.languages, [])?.includes(document.languageId) === true;
  }

  private sidecarPathForNew(documentPath: string): string {
    return locateSidecar(documentPath, config().get<StorageMode>(Settings.annotationStorage, 'beside'));
  }

  private stateFor(document: vscode.TextDocument): DocState | undefined {
    if (document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Save the document first: annotations are stored in a file next to it.'));
      return undefined;
    }
    return this.docs.get(document.uri.toString()) ?? this.load(document, true);
  }

  private load(document: vscode.TextDocument, force = false): DocState | undefined {
    if (!force && !this.isEligible(document)) return undefined;
    if (document.uri.scheme !== 'file') return undefined;
    const path = this.sidecarPathForNew(document.uri.fsPath);
    const read = readSidecar(path);
    if (read.kind === 'none' && !force) {
      this.docs.delete(document.uri.toString());
      return undefined;
    }
    const state: DocState = {
      uri: document.uri,
      sidecarPath: path,
      broken: read.kind === 'broken' ? read.message : null,
      file: read.kind === 'ok' ? read.file : newSidecar(document.uri.fsPath),
      diskText: read.kind === 'ok' ? read.text : null,
      anchored: [],
      moved: false,
    };
    if (read.kind === 'ok') {
      state.anchored = anchorAll(document.getText(), read.file.annotations);
      const changedStatus = state.anchored.some((a) => a.status !== 'exact' || a.annotation.orphan === true);
      if (changedStatus && !document.isDirty) {
        const orphans = state.anchored.filter((a) => a.status === 'orphan').length;
        this.log.info(`${basename(document.uri.fsPath)}: re-anchored ${state.anchored.length} annotations (${orphans} orphans)`);
        state.moved = true;
      }
    }
    this.docs.set(document.uri.toString(), state);
    if (state.broken) this.warnBroken(state, false);
    if (state.moved) this.persist(document, state);
    else this.refresh(document);
    return state;
  }

  private unload(document: vscode.TextDocument): void {
    const state = this.docs.get(document.uri.toString());
    if (!state) return;
    for (const a of state.anchored) {
      this.threads.get(a.annotation.id)?.dispose();
      this.threads.delete(a.annotation.id);
    }
    this.docs.delete(document.uri.toString());
    this.changed.fire();
  }

  /** Annotations follow the edits; a range whose text was deleted is anchored again from its quote. */
  private track(e: vscode.TextDocumentChangeEvent): void {
    const state = this.docs.get(e.document.uri.toString());
    if (!state || state.broken || e.contentChanges.length === 0 || state.anchored.length === 0) return;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
    const live = state.anchored.filter((a) => a.start !== null && a.end !== null);
    const moved = applyEdits(
      live.map((a) => ({ start: a.start!, end: a.end! })),
      edits,
    );
    let text: string | undefined;
    live.forEach((a, i) => {
      const r = moved[i];
      if (r && r.end > r.start) {
        a.start = r.start;
        a.end = r.end;
      } else {
        text ??= e.document.getText();
        const again = anchorOne(text, a.annotation);
        Object.assign(a, { start: again.start, end: again.end, status: again.status });
      }
    });
    // An orphan comes back when an edit brings its quote back (undo, a restored paragraph, a reload).
    const inserted = edits.reduce((n, x) => n + x.newText.length, 0);
    for (const a of state.anchored) {
      if (a.start !== null || inserted < a.annotation.target.quote.exact.length) continue;
      text ??= e.document.getText();
      if (!text.includes(a.annotation.target.quote.exact)) continue;
      const again = anchorOne(text, a.annotation);
      Object.assign(a, { start: again.start, end: again.end, status: again.status });
    }
    state.moved = true;
    this.refresh(e.document);
    // Not dirty once the change is applied: the text is the file on disk (reloaded after a git pull
    // or another program's write), so the sidecar follows now rather than on the next save. The
    // dirty flag is only settled after the change event, hence the next turn.
    const document = e.document;
    setImmediate(() => {
      if (!document.isClosed && !document.isDirty && state.moved && this.docs.get(document.uri.toString()) === state) this.persist(document, state);
    });
  }

  private onSaved(document: vscode.TextDocument): void {
    const state = this.docs.get(document.uri.toString());
    if (state?.moved && !state.broken) this.persist(document, state);
  }

  private onSidecarChanged(path: string): void {
    for (const state of [...this.docs.values()]) {
      if (state.sidecarPath !== path) continue;
      const read = readSidecar(path);
      const onDisk = read.kind === 'ok' ? read.text : null;
      if (read.kind !== 'broken' && onDisk === state.diskText) continue; // our own write
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
      if (document) {
        this.unload(document);
        this.load(document, true);
      }
    }
  }

  private onRenamed(e: vscode.FileRenameEvent): void {
    for (const { oldUri, newUri } of e.files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file') continue;
      for (const mode of ['beside', 'folder'] as const) {
        const from = sidecarPathFor(oldUri.fsPath, mode);
        if (!existsSync(from)) continue;
        const to = sidecarPathFor(newUri.fsPath, mode);
        if (existsSync(to)) {
          void vscode.window.showWarningMessage(vscode.l10n.t('{0} was not moved: {1} exists already.', from, to));
          continue;
        }
        try {
          mkdirSync(dirname(to), { recursive: true });
          renameSync(from, to);
          const read = readSidecar(to);
          if (read.kind === 'ok') writeSidecar(to, { ...read.file, document: basename(newUri.fsPath) }, read.text);
          this.log.info(`moved ${from} -> ${to}`);
        } catch (err) {
          void vscode.window.showErrorMessage(vscode.l10n.t('Could not move the annotations {0}: {1}', from, (err as Error).message));
        }
      }
      const old = this.docs.get(oldUri.toString());
      if (old) this.docs.delete(oldUri.toString());
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === newUri.toString());
      if (document) this.load(document, true);
    }
  }

  /** Writes the sidecar; a broken or foreign-changed sidecar is left alone and the user told. */
  private persist(document: vscode.TextDocument, state: DocState): void {
    if (state.broken) {
      this.warnBroken(state, true);
      return;
    }
    const text = document.getText();
    const annotations = state.anchored.map((a) => refreshSelectors(text, a));
    const file: SidecarFile = { ...state.file, document: basename(document.uri.fsPath), annotations };
    try {
      const written = writeSidecar(state.sidecarPath, file, state.diskText);
      state.file = file;
      state.diskText = written;
      state.moved = false;
      state.anchored.forEach((a, i) => (a.annotation = annotations[i]));
      this.saved.fire({ uri: document.uri, path: state.sidecarPath });
    } catch (e) {
      if (e instanceof SidecarWriteRefused) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Annotations not saved: {0}', e.message));
        this.onSidecarChanged(state.sidecarPath);
      } else {
        void vscode.window.showErrorMessage(vscode.l10n.t('Annotations not saved: {0}', (e as Error).message));
      }
    }
    this.refresh(document);
  }

  private warnBroken(state: DocState, blocking: boolean): void {
    if (!blocking && this.warnedBroken.has(state.sidecarPath)) return;
    this.warnedBroken.add(state.sidecarPath);
    const open = vscode.l10n.t('Open annotations file');
    const message = blocking
      ? vscode.l10n.t('New annotations wait until the annotations file is fixed: {0}', state.broken ?? '')
      : vscode.l10n.t('The annotations file cannot be read and is left untouched: {0}', state.broken ?? '');
    void vscode.window.showErrorMessage(message, open).then((c) => {
      if (c === open) void vscode.window.showTextDocument(vscode.Uri.file(state.sidecarPath));
    });
  }

  private author(document: vscode.TextDocument): string {
    const configured = config(document.uri).get<string>(Settings.annotationAuthor, '');
    if (configured) return configured;
    if (this.authorCache) return this.authorCache;
    try {
      const r = spawnSync('git', ['config', 'user.name'], { cwd: dirname(document.uri.fsPath), encoding: 'utf8', timeout: 2000 });
      const name = r.status === 0 ? r.stdout.trim() : '';
      if (name) return (this.authorCache = name);
    } catch {
      // no git
    }
    try {
      return (this.authorCache = userInfo().username);
    } catch {
      return (this.authorCache = 'unknown');
    }
  }

  // ---- rendering ----

  private refresh(document: vscode.TextDocument): void {
    this.renderAll();
    this.syncThreads(document);
    this.changed.fire();
  }

  private renderAll(): void {
    const on = config().get<boolean>(Settings.highlightAnnotations, true);
    for (const editor of vscode.window.visibleTextEditors) {
      const state = this.docs.get(editor.document.uri.toString());
      const byKey = new Map<string, vscode.DecorationOptions[]>(COLOR_KEYS.map((k) => [k, []]));
      if (state && on) {
        for (const a of state.anchored) {
          if (a.start === null || a.end === null) continue;
          const range = new vscode.Range(editor.document.positionAt(a.start), editor.document.positionAt(a.end));
          byKey.get(colorKey(a.annotation.tag))!.push({ range });
        }
      }
      for (const [key, ranges] of byKey) editor.setDecorations(this.types.get(key)!, ranges);
    }
  }

  private syncThreads(document: vscode.TextDocument): void {
    const state = this.docs.get(document.uri.toString());
    const live = new Set<string>();
    for (const a of state?.anchored ?? []) {
      if (a.start === null || a.end === null) continue;
      const id = a.annotation.id;
      live.add(id);
      const range = new vscode.Range(document.positionAt(a.start), document.positionAt(a.end));
      let thread = this.threads.get(id);
      if (!thread) {
        thread = this.comments.createCommentThread(document.uri, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        thread.canReply = false;
        thread.contextValue = 'policyAnnotation';
        this.threads.set(id, thread);
      }
      if (!thread.range?.isEqual(range)) thread.range = range;
      const comment = thread.comments[0] as AnnotationComment | undefined;
      // A comment being edited is left alone; otherwise it is replaced when the annotation changed.
      if (comment?.mode !== vscode.CommentMode.Editing && comment?.signature !== signature(a.annotation)) {
        thread.comments = [new AnnotationComment(a.annotation)];
      }
      thread.label = a.annotation.tag ?? undefined;
    }
    for (const [id, thread] of this.threads) {
      if (!live.has(id) && thread.uri.toString() === document.uri.toString()) {
        thread.dispose();
        this.threads.delete(id);
      }
    }
  }

  private disposeThreads(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
  }

  private hover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.docs.get(document.uri.toString());
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const hits = state.anchored.filter((a) => a.start !== null && a.end !== null && a.start <= offset && offset < a.end);
    if (!hits.length) return undefined;
    const parts = hits.map((a) => {
      const md = new vscode.MarkdownString('', true);
      md.isTrusted = { enabledCommands: ['policyAnnotator.editAnnotation', 'policyAnnotator.changeAnnotationTag', 'policyAnnotator.deleteAnnotation'] };
      const ann = a.annotation;
      md.appendMarkdown(`**${vscode.l10n.t('Annotation')}**${ann.tag ? ` · ${escapeMd(ann.tag)}` : ''} · ${escapeMd(ann.author)} · ${ann.modified.slice(0, 10)}\n\n`);
      md.appendMarkdown(noteMarkdown(ann).value + '\n\n');
      const link = (cmd: string, label: string) => `[${label}](command:${cmd}?${encodeURIComponent(JSON.stringify([ann.id]))})`;
      md.appendMarkdown([link('policyAnnotator.editAnnotation', vscode.l10n.t('Edit')), link('policyAnnotator.changeAnnotationTag', vscode.l10n.t('Change tag')), link('policyAnnotator.deleteAnnotation', vscode.l10n.t('Delete'))].join(' · '));
      return md;
    });
    const first = hits[0];
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(first.start!), document.positionAt(first.end!)));
  }
}

class OrphanNode extends SpanNode {
  constructor(
    uri: vscode.Uri,
    readonly annotation: StoredAnnotation,
  ) {
    super(uri, { start: 0, end: 0, text: annotation.target.quote.exact }, clip(annotation.note.split('\n')[0] || annotation.target.quote.exact), clip(annotation.target.quote.exact, 20), 'warning', 'orphanAnnotation', annotation.note);
  }
  override toTreeItem(): vscode.TreeItem {
    const item = super.toTreeItem();
    item.tooltip = vscode.l10n.t('Not found in the current text: “{0}”. Select the passage and run Re-attach Annotation.', this.annotation.target.quote.exact);
    item.command = { command: 'policyAnnotator.reattachAnnotation', title: vscode.l10n.t('Re-attach'), arguments: [this.annotation.id] };
    return item;
  }
}

export class AnnotationComment implements vscode.Comment {
  body: string | vscode.MarkdownString;
  savedBody: vscode.MarkdownString;
  mode = vscode.CommentMode.Preview;
  author: vscode.CommentAuthorInformation;
  label?: string;
  contextValue = 'policyAnnotation';
  timestamp?: Date;
  readonly annotationId: string;
  readonly note: string;
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

function noteMarkdown(a: StoredAnnotation): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(a.note);
  if (a.link) md.appendMarkdown(`\n\n${/^https?:\/\//.test(a.link) ? `[${escapeMd(a.link)}](${a.link.replace(/[()\s]/g, encodeURIComponent)})` : escapeMd(a.link)}`);
  return md;
}

