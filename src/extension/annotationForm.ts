/**
 * The one annotation form: tag, multi-line note, link (and, the first time, the name to show) in a
 * webview beside the editor. Reached from the selection, the hover, the view and the gutter “+”.
 * Typed text is never thrown away: every keystroke is kept as a draft of the passage, and a form
 * closed without saving opens again with it. The last tag chosen is remembered.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { Disposable } from './lifecycle';
import { clip } from '../core/display';
import { escapeHtml as esc } from '../core/export/html';
import { annotationTags } from './annotationTags';
import { config, Settings } from './settings';

export interface FormValues {
  tag: string | null;
  note: string;
  link: string | null;
  /** The name to show; present only while the user has not chosen one. */
  author?: string;
}

export interface FormRequest {
  document: vscode.TextDocument;
  start: number;
  end: number;
  /** Prefilled values; an id means the form edits that annotation. */
  tag?: string | null;
  note?: string;
  link?: string | null;
  id?: string;
  /** The name git (or the OS) suggests, shown for confirmation when no name was chosen yet. */
  suggestedAuthor?: string;
}

/** Messages from the webview (and from tests, which call `receive`). */
export type FormMessage = { type: 'save'; values: FormValues } | { type: 'draft'; values: FormValues } | { type: 'cancel' };

const LAST_TAG = 'policyAnnotator.lastTag';

export class AnnotationForm extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: { request: FormRequest; key: string; resolve: (v: FormValues | undefined) => void } | undefined;
  private readonly drafts = new Map<string, FormValues>();
  private readonly opened = this._register(new vscode.EventEmitter<FormRequest>());
  /** Fires when the form shows a passage (tests wait on it). */
  readonly onDidOpen = this.opened.event;

  constructor(private readonly memento: vscode.Memento) {
    super();
    this._register({ dispose: () => this.panel?.dispose() });
  }

  get isOpen(): boolean {
    return !!this.current;
  }

  /** What the open form shows (for tests). */
  get request(): FormRequest | undefined {
    return this.current?.request;
  }

  /** The tag the next new form preselects. */
  get lastTag(): string | null | undefined {
    return this.memento.get<string | null>(LAST_TAG);
  }

  /** The draft kept for a passage (what was typed in a form closed without saving). */
  draftOf(document: vscode.TextDocument, start: number, end: number): FormValues | undefined {
    return this.drafts.get(keyOf(document, start, end));
  }

  /** Shows the form; resolves with what was saved, or undefined when it was closed (the draft stays). */
  open(request: FormRequest): Promise<FormValues | undefined> {
    this.current?.resolve(undefined);
    const key = keyOf(request.document, request.start, request.end);
    return new Promise((resolve) => {
      this.current = { request, key, resolve };
      const panel = this.ensurePanel();
      panel.title = request.id ? vscode.l10n.t('Edit annotation') : vscode.l10n.t('Annotate');
      panel.webview.html = this.html(panel.webview, request, this.drafts.get(key));
      panel.reveal(vscode.ViewColumn.Beside, false);
      this.opened.fire(request);
    });
  }

  /** Handles a message of the webview. */
  receive(message: FormMessage): void {
    const current = this.current;
    if (!current) return;
    if (message.type === 'draft') {
      this.drafts.set(current.key, message.values);
      return;
    }
    this.current = undefined;
    if (message.type === 'save') {
      this.drafts.delete(current.key);
      void this.memento.update(LAST_TAG, message.values.tag);
      current.resolve(message.values);
    } else current.resolve(undefined);
    this.panel?.dispose();
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel('policyAnnotator.annotationForm', vscode.l10n.t('Annotate'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, retainContextWhenHidden: true });
    panel.webview.onDidReceiveMessage((m: FormMessage) => this.receive(m));
    panel.onDidDispose(() => {
      this.panel = undefined;
      const current = this.current;
      this.current = undefined;
      current?.resolve(undefined); // the draft (sent on every keystroke) stays
    });
    this.panel = panel;
    return panel;
  }

  private html(webview: vscode.Webview, r: FormRequest, draft: FormValues | undefined): string {
    const nonce = randomBytes(16).toString('base64');
    const tags = annotationTags();
    const remembered = this.memento.get<string | null>(LAST_TAG);
    const tag = draft ? draft.tag : r.tag !== undefined ? r.tag : remembered !== undefined && (remembered === null || tags.includes(remembered)) ? remembered : tags[0] ?? null;
    const note = draft?.note ?? r.note ?? '';
    const link = draft?.link ?? r.link ?? '';
    const askAuthor = !config(r.document.uri).get<string>(Settings.annotationAuthor, '');
    const author = draft?.author ?? r.suggestedAuthor ?? '';
    const passage = clip(r.document.getText().slice(r.start, r.end), 120);
    const t = (s: string): string => esc(s);
    const options = [...tags.map((x) => `<option value="${esc(x)}"${x === tag ? ' selected' : ''}>${esc(x)}</option>`), `<option value=""${tag === null ? ' selected' : ''}>${t(vscode.l10n.t('(no tag)'))}</option>`].join('');
    return `<!DOCTYPE html><html lang="${esc(vscode.env.language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:12px 16px;max-width:40em}
blockquote{margin:0 0 12px;padding:4px 10px;border-left:3px solid var(--vscode-textBlockQuote-border);background:var(--vscode-textBlockQuote-background)}
label{display:block;margin:10px 0 4px;font-weight:600}
select,textarea,input{width:100%;box-sizing:border-box;font:inherit;color:var(--vscode-input-foreground);background:var(--vscode-input-background);border:1px solid var(--vscode-input-border,transparent);padding:4px 6px}
textarea{min-height:9em;resize:vertical}
.hint{color:var(--vscode-descriptionForeground);font-size:90%}
.buttons{margin-top:14px;display:flex;gap:8px}
button{font:inherit;padding:4px 14px;border:none;color:var(--vscode-button-foreground);background:var(--vscode-button-background);cursor:pointer}
button.secondary{color:var(--vscode-button-secondaryForeground);background:var(--vscode-button-secondaryBackground)}
</style></head><body>
<blockquote id="passage">${esc(passage)}</blockquote>
<label for="tag">${t(vscode.l10n.t('Tag'))}</label><select id="tag">${options}</select>
<label for="note">${t(vscode.l10n.t('Note'))}</label><textarea id="note" autofocus>${esc(note)}</textarea>
<label for="link">${t(vscode.l10n.t('Link or source (optional)'))}</label><input id="link" type="url" placeholder="https://…" value="${esc(link ?? '')}">
${askAuthor ? `<label for="author">${t(vscode.l10n.t('Your name, shown with your notes'))}</label><input id="author" value="${esc(author)}"><div class="hint">${t(vscode.l10n.t('Asked once; change it later in the setting policyAnnotator.annotations.author.'))}</div>` : ''}
<div class="buttons"><button id="save">${t(vscode.l10n.t('Save'))}</button><button id="cancel" class="secondary">${t(vscode.l10n.t('Close'))}</button></div>
<div class="hint">${t(vscode.l10n.t('Ctrl+Enter saves. What you type is kept if you close the form.'))}</div>
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
const $ = (id) => document.getElementById(id);
function values() {
  const v = { tag: $('tag').value || null, note: $('note').value, link: $('link').value.trim() || null };
  if ($('author')) v.author = $('author').value.trim();
  return v;
}
for (const id of ['tag', 'note', 'link', 'author']) if ($(id)) $(id).addEventListener('input', () => vscode.postMessage({ type: 'draft', values: values() }));
$('save').addEventListener('click', () => vscode.postMessage({ type: 'save', values: values() }));
$('cancel').addEventListener('click', () => vscode.postMessage({ type: 'cancel' }));
document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); vscode.postMessage({ type: 'save', values: values() }); } });
$('note').focus();
</script></body></html>`;
  }
}

function keyOf(document: vscode.TextDocument, start: number, end: number): string {
  return `${document.uri.toString()}#${start}-${end}`;
}
