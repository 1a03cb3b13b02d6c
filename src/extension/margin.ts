/**
 * The notes margin: a webview beside the editor that shows the notes of the visible part of the
 * document as balloons next to their passages (Word's comment balloons, Hypothesis's sidebar), in
 * their tag's colour. It follows the active editor and its scrolling; a click selects the passage,
 * a balloon is edited or deleted in place. Renders the annotation store; every change goes through
 * the annotation commands. Layout: src/core/margin.ts; page: src/core/marginView.ts; script:
 * src/webview/margin.ts.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { Disposable } from './lifecycle';
import { registerCommands } from './commands';
import { config, Settings } from './settings';
import { annotationTags, tagColorKey } from './annotationTags';
import { clip } from '../core/display';
import { displayWidth, editorLineHeight, selectVisible, type LineRange } from '../core/margin';
import { marginHtml, type MarginItem, type MarginMessage, type MarginUpdate } from '../core/marginView';
import type { AnnotationStore } from './annotationStore';

/** Pixels the breadcrumbs bar takes above an editor (none above a webview). */
const BREADCRUMBS_HEIGHT = 22;
/** Share of the editor area the margin takes when it opens the second group. */
const MARGIN_SHARE = 0.3;

export type MarginRendered = Extract<MarginMessage, { type: 'rendered' }>;

export class NotesMargin extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private followed: vscode.TextEditor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The user closed the margin: it is not opened automatically again in this session. */
  private closedByUser = false;
  private last: MarginUpdate | undefined;
  private readonly updated = this._register(new vscode.EventEmitter<MarginUpdate>());
  /** Fires with what the margin was sent (tests wait on it). */
  readonly onDidUpdate = this.updated.event;
  private readonly rendered = this._register(new vscode.EventEmitter<MarginRendered>());
  /** Fires when the webview has placed its balloons (their tops and heights in pixels). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this._register({ dispose: () => this.disposePanel() });
    this._register(registerCommands({ 'policyAnnotator.showMargin': () => this.show() }));
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges((e) => e.textEditor === this.followed && this.schedule()));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => this.onVisibleEditors(editors)));
    this._register(
      store.onDidChange((uri) => {
        if (uri.toString() !== this.followed?.document.uri.toString()) return;
        this.schedule();
        this.openIfAnnotated();
      }),
    );
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['editor.fontSize', 'editor.lineHeight', 'editor.wordWrap', 'editor.padding', 'breadcrumbs.enabled', 'policyAnnotator.annotations.tags'].some((k) => e.affectsConfiguration(k))) this.schedule();
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get isOpen(): boolean {
    return !!this.panel;
  }

  /** What the margin shows now (the last update sent). */
  get state(): MarginUpdate | undefined {
    return this.last;
  }

  /** Opens the margin beside the editor (or brings it forward), keeping the focus in the editor. */
  show(): vscode.WebviewPanel {
    this.closedByUser = false;
    if (!this.followed) this.follow(vscode.window.activeTextEditor);
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn, true);
      this.schedule();
      return this.panel;
    }
    const groupsBefore = vscode.window.tabGroups.all.length;
    const panel = vscode.window.createWebviewPanel('policyAnnotator.margin', vscode.l10n.t('Margin Notes'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] });
    this.panel = panel;
    this.ready = false;
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((m: MarginMessage) => void this.receive(m));
    panel.onDidChangeViewState(() => panel.visible && this.schedule());
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.ready = false;
      this.closedByUser = true;
    });
    // A narrow column, as a margin is, when the margin made the second group.
    if (groupsBefore === 1) {
      void vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 1 - MARGIN_SHARE }, { size: MARGIN_SHARE }] });
    }
    return panel;
  }

  /** Handles a message of the webview (tests send the same messages). */
  async receive(message: MarginMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'reveal':
        await this.reveal(message.id);
        return;
      case 'edit':
        await this.edit(message.id, message.note, message.tag);
        return;
      case 'delete':
        // The webview asked “Delete?” in the balloon already.
        await vscode.commands.executeCommand('policyAnnotator.deleteAnnotation', message.id, false);
        return;
      case 'openLink': {
        const link = this.store.find(message.id)?.item.annotation.link;
        if (link && /^https?:\/\//i.test(link)) await vscode.env.openExternal(vscode.Uri.parse(link));
        return;
      }
      case 'rendered':
        this.rendered.fire(message);
        return;
    }
  }

  /** Selects the annotation's passage in the editor showing it, in view, with the focus. */
  async reveal(id: string): Promise<vscode.TextEditor | undefined> {
    const found = this.store.find(id);
    if (!found || found.item.start === null || found.item.end === null) return undefined;
    const { document, item } = found;
    const selection = new vscode.Selection(document.positionAt(item.start!), document.positionAt(item.end!));
    const shown = this.followed?.document === document ? this.followed : vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection, preserveFocus: false });
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private async edit(id: string, note: string, tag: string | null): Promise<void> {
    const current = this.store.find(id)?.item.annotation;
    if (!current) return;
    if (note !== current.note) await vscode.commands.executeCommand('policyAnnotator.editAnnotation', id, note);
    if (tag !== current.tag) await vscode.commands.executeCommand('policyAnnotator.changeAnnotationTag', id, tag);
  }

  /** Follows a document editor (not the output, a comment box or the margin itself). */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.viewColumn === undefined || !['file', 'untitled'].includes(editor.document.uri.scheme)) return;
    this.followed = editor;
    this.schedule();
    this.openIfAnnotated();
  }

  /** The followed editor was closed: follow another one showing the same document, else the active one. */
  private onVisibleEditors(editors: readonly vscode.TextEditor[]): void {
    const followed = this.followed;
    if (followed && !editors.includes(followed)) {
      this.followed = undefined;
      this.follow(editors.find((e) => e.document === followed.document) ?? vscode.window.activeTextEditor);
    }
    this.schedule();
  }

  /** `policyAnnotator.margin.openAutomatically`: opens for a document with annotations, unless closed by the user. */
  private openIfAnnotated(): void {
    const document = this.followed?.document;
    if (this.panel || this.closedByUser || !document || !config(document.uri).get<boolean>(Settings.marginOpenAutomatically, false)) return;
    if (this.store.annotationsOf(document).some((a) => a.start !== null)) this.show();
  }

  /** Coalesces the many scroll events into one update per frame. */
  private schedule(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.post();
    }, 16);
  }

  private post(): void {
    const panel = this.panel;
    if (!panel || !this.ready) return;
    const update = this.build();
    this.last = update;
    void panel.webview.postMessage(update);
    this.updated.fire(update);
  }

  /** What the webview needs for the followed editor's visible part. */
  build(): MarginUpdate {
    const editor = this.followed;
    const empty = (message: string): MarginUpdate => ({ type: 'update', uri: editor?.document.uri.toString() ?? '', ranges: [], widths: [], lineHeight: 0, wrap: false, topOffset: 0, endsInView: true, items: [], above: { count: 0, nearest: null }, below: { count: 0, nearest: null }, orphans: 0, tags: annotationTags(), message });
    if (!editor || editor.document.isClosed) return empty(vscode.l10n.t('Open a document to see its notes here.'));
    const document = editor.document;
    const all = this.store.annotationsOf(document);
    const placed = all.filter((a) => a.start !== null && a.end !== null);
    const orphans = all.length - placed.length;
    const tabSize = typeof editor.options.tabSize === 'number' ? editor.options.tabSize : 4;
    const widthBefore = (p: vscode.Position) => displayWidth(document.lineAt(p.line).text.slice(0, p.character), tabSize);
    const passages = placed.map((a) => ({ a, id: a.annotation.id, start: a.start!, end: a.end! }));
    const spans = editor.visibleRanges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }));
    const { visible, above, below } = selectVisible(passages, spans);
    // A wrapped line scrolled half out at the top: the visible range starts inside it.
    const ranges: LineRange[] = editor.visibleRanges.map((r) => ({ start: r.start.line, end: r.end.line, hidden: widthBefore(r.start) }));
    const c = vscode.workspace.getConfiguration('editor', { languageId: document.languageId, uri: document.uri });
    const widths = ranges.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => displayWidth(document.lineAt(Math.min(r.start + i, document.lineCount - 1)).text, tabSize)));
    const items: MarginItem[] = visible.map(({ a, start }) => ({
      id: a.annotation.id,
      line: document.positionAt(start).line,
      column: widthBefore(document.positionAt(start)),
      tag: a.annotation.tag,
      colorKey: tagColorKey(a.annotation.tag),
      note: a.annotation.note,
      author: a.annotation.author,
      date: a.annotation.modified.slice(0, 10),
      link: a.annotation.link,
      quote: clip(a.annotation.target.quote.exact.replace(/\s+/g, ' '), 60),
    }));
    const breadcrumbs = vscode.workspace.getConfiguration('breadcrumbs').get<boolean>('enabled', true);
    return {
      type: 'update',
      uri: document.uri.toString(),
      ranges,
      widths,
      lineHeight: editorLineHeight(c.get<number>('fontSize', 14), c.get<number>('lineHeight', 0), process.platform === 'darwin'),
      wrap: c.get<string>('wordWrap', 'off') !== 'off',
      topOffset: (breadcrumbs ? BREADCRUMBS_HEIGHT : 0) + (c.get<{ top?: number }>('padding')?.top ?? 0),
      endsInView: ranges.length === 0 || ranges[ranges.length - 1].end >= document.lineCount - 1,
      items,
      above: { count: above.count, nearest: above.nearest },
      below: { count: below.count, nearest: below.nearest },
      orphans,
      tags: annotationTags(),
      message: all.length === 0 ? vscode.l10n.t('No notes in this document yet. Select a passage and run Add Annotation to write one.') : null,
    };
  }

  private html(webview: vscode.Webview): string {
    const t = vscode.l10n.t;
    return marginHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'margin.js')).toString(),
      lang: vscode.env.language,
      title: t('Margin Notes'),
      labels: {
        edit: t('Edit'),
        delete: t('Delete'),
        save: t('Save'),
        cancel: t('Cancel'),
        confirmDelete: t('Delete this note?'),
        yes: t('Delete'),
        no: t('Keep'),
        above: t('▲ {0} more above'),
        below: t('▼ {0} more below'),
        orphans: t('{0} notes whose passage is no longer in the text: see the Annotations group of the view.'),
        noTag: t('(no tag)'),
        saveHint: t('Ctrl+Enter saves'),
      },
    });
  }

  private disposePanel(): void {
    if (this.timer) clearTimeout(this.timer);
    const panel = this.panel;
    this.panel = undefined;
    panel?.dispose();
  }
}
