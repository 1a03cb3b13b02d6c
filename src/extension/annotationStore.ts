/**
 * The model of the user's annotations in the editor: one entry per open document (its sidecar, the
 * annotations with their live positions), loaded when a document opens, following its edits, written
 * back to the sidecar, reloaded when someone else writes the sidecar, moved when the document is
 * renamed. No UI: views and commands listen to `onDidChange(uri)`, problems go out as events.
 *
 * The objects the core returns (annotations, anchors) are never changed in place: every change
 * builds new ones, so a view holding an older list keeps a consistent picture.
 */
import * as vscode from 'vscode';
import { access, mkdir, rename } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { Disposable } from './lifecycle';
import { config, Settings } from './settings';
import { anchorAll, anchorOne, refreshSelectors } from '../core/annotations/anchoring';
import { applyEdits, type TextEdit } from '../core/annotations/tracking';
import { sidecarPathFor } from '../core/annotations/sidecar';
import type { AnchoredAnnotation, DocumentVariables, SidecarFile, StoredAnnotation } from '../core/annotations/model';
import { misdecodingSign, type MisdecodingSign } from '../core/annotations/misdecoded';
import { locateSidecar, newSidecar, readSidecar, SidecarWriteRefused, writeSidecar, type StorageMode } from '../node/sidecarStore';

/** What the store cannot do by itself; the commands module tells the user. */
export type AnnotationProblem =
  | { kind: 'broken'; sidecarPath: string; message: string; /** a change was refused because of it */ blocking: boolean }
  | { kind: 'notSaved'; message: string }
  | { kind: 'notMoved'; from: string; to: string }
  | { kind: 'moveFailed'; from: string; message: string }
  /**
   * `orphans` annotations that had a place no longer match the text, and the text shows signs of a
   * wrong decoding: the document was (re)opened with another encoding. Nothing is written until the
   * text reads right again (the sidecar keeps the last good quotes); `orphans: 0` when it does.
   */
  | { kind: 'encoding'; uri: vscode.Uri; orphans: number; encoding: string | undefined; sign: MisdecodingSign | null };

interface DocState {
  readonly uri: vscode.Uri;
  readonly sidecarPath: string;
  readonly broken: string | null;
  file: SidecarFile;
  /** The sidecar text last read or written by us: a different text on disk is someone else's change. */
  diskText: string | null;
  anchored: readonly AnchoredAnnotation[];
  /** Positions moved since the sidecar was written. */
  moved: boolean;
  /** Set while the text looks wrongly decoded and annotations lost their place because of it: no writes. */
  misdecoded: { sign: MisdecodingSign; orphans: number } | null;
}

/** Where a load comes from: a reload after someone else wrote the sidecar never writes it back. */
type LoadOrigin = 'open' | 'create' | 'foreign';

export class AnnotationStore extends Disposable {
  private readonly docs = new Map<string, DocState>();
  private coder: string | null = null;
  private readonly changed = this._register(new vscode.EventEmitter<vscode.Uri>());
  /** Fires with the document whose annotations (or their places) changed. */
  readonly onDidChange = this.changed.event;
  private readonly saved = this._register(new vscode.EventEmitter<{ uri: vscode.Uri; path: string }>());
  /** Fires after a sidecar was written (tests wait on it). */
  readonly onDidWriteSidecar = this.saved.event;
  private readonly problems = this._register(new vscode.EventEmitter<AnnotationProblem>());
  readonly onProblem = this.problems.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument((d) => this.load(d, 'open')));
    this._register(vscode.workspace.onDidCloseTextDocument((d) => this.unload(d.uri)));
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.track(e)));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => this.onSaved(d)));
    this._register(vscode.workspace.onDidRenameFiles((e) => void this.onRenamed(e)));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.annotations.json'));
    const onSidecar = (uri: vscode.Uri) => this.onSidecarChanged(uri.fsPath);
    this._register(watcher.onDidChange(onSidecar));
    this._register(watcher.onDidCreate(onSidecar));
    this._register(watcher.onDidDelete(onSidecar));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`policyAnnotator.${Settings.blindCoding}`)) for (const state of this.docs.values()) this.changed.fire(state.uri);
    }));
    for (const d of vscode.workspace.textDocuments) this.load(d, 'open');
  }

  // ---- queries ----

  /**
   * The annotations of a document with their current positions (orphans with null). With blind
   * coding on (`policyAnnotator.coding.blind`), only the current coder's: every view renders from here.
   */
  annotationsOf(document: vscode.TextDocument | vscode.Uri): readonly AnchoredAnnotation[] {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    const all = this.docs.get(uri.toString())?.anchored ?? [];
    if (this.coder === null || !config(uri).get<boolean>(Settings.blindCoding, false)) return all;
    return all.filter((a) => a.annotation.author === this.coder);
  }

  /** Names the current coder (for blind coding); views are told to render again. */
  setCoder(name: string): void {
    this.coder = name;
    for (const state of this.docs.values()) this.changed.fire(state.uri);
  }

  /** The placed annotations that contain the offset (`end` inclusive when `inclusiveEnd`). */
  annotationsAt(document: vscode.TextDocument, offset: number, inclusiveEnd = false): AnchoredAnnotation[] {
    return this.annotationsOf(document).filter((a) => a.start !== null && a.end !== null && a.start <= offset && (inclusiveEnd ? offset <= a.end : offset < a.end));
  }

  /** The annotation with this id, in whichever open document holds it. */
  find(id: string): { document: vscode.TextDocument; item: AnchoredAnnotation } | undefined {
    for (const state of this.docs.values()) {
      const item = state.anchored.find((a) => a.annotation.id === id);
      const document = item && openDocument(state.uri);
      if (item && document) return { document, item };
    }
    return undefined;
  }

  sidecarPathOf(document: vscode.TextDocument): string | undefined {
    return this.docs.get(document.uri.toString())?.sidecarPath ?? (document.uri.scheme === 'file' ? this.sidecarPathForNew(document.uri.fsPath) : undefined);
  }

  brokenReason(document: vscode.TextDocument): string | null {
    return this.docs.get(document.uri.toString())?.broken ?? null;
  }

  /** Documents that can hold annotations: saved files of an analysed language. */
  isEligible(document: vscode.TextDocument): boolean {
    return document.uri.scheme === 'file' && !document.uri.fsPath.endsWith('.annotations.json') && config(document.uri).get<string[]>(Settings.languages, [])?.includes(document.languageId) === true;
  }

  // ---- changes (each writes the sidecar) ----

  /** Loads the document's sidecar if needed; false (and a problem) when it is unreadable. */
  canAnnotate(document: vscode.TextDocument): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    return !!state && !this.refuseBroken(state) && !this.refuseMisdecoded(document, state);
  }

  /** Adds a new annotation to a saved document; false when its sidecar is broken (nothing changes). */
  add(document: vscode.TextDocument, annotation: StoredAnnotation): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    if (!state || this.refuseBroken(state) || this.refuseMisdecoded(document, state)) return false;
    const { start, end } = annotation.target.position;
    state.anchored = [...state.anchored, { annotation, start, end, status: 'exact' }];
    this.persist(document, state);
    return true;
  }

  /** Replaces the annotation with this id by what `change` builds from it (never changed in place). */
  update(id: string, change: (item: AnchoredAnnotation) => AnchoredAnnotation): boolean {
    const found = this.find(id);
    const state = found && this.docs.get(found.document.uri.toString());
    if (!found || !state || this.refuseBroken(state) || this.refuseMisdecoded(found.document, state)) return false;
    state.anchored = state.anchored.map((a) => (a === found.item ? change(a) : a));
    this.persist(found.document, state);
    return true;
  }

  /** The user's own values of the document variables (stored in the sidecar). */
  variablesOf(document: vscode.TextDocument): DocumentVariables {
    return this.docs.get(document.uri.toString())?.file.variables ?? {};
  }

  /** Sets the user's document variables; false when the sidecar is broken (nothing changes). */
  setVariables(document: vscode.TextDocument, variables: DocumentVariables): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    if (!state || this.refuseBroken(state) || this.refuseMisdecoded(document, state)) return false;
    state.file = { ...state.file, variables };
    this.persist(document, state);
    return true;
  }

  remove(id: string): boolean {
    const found = this.find(id);
    const state = found && this.docs.get(found.document.uri.toString());
    if (!found || !state || this.refuseBroken(state) || this.refuseMisdecoded(found.document, state)) return false;
    state.anchored = state.anchored.filter((a) => a !== found.item);
    this.persist(found.document, state);
    return true;
  }

  // ---- document lifecycle ----

  private sidecarPathForNew(documentPath: string): string {
    return locateSidecar(documentPath, config().get<StorageMode>(Settings.annotationStorage, 'beside'));
  }

  private load(document: vscode.TextDocument, origin: LoadOrigin): DocState | undefined {
    if (document.uri.scheme !== 'file') return undefined;
    if (origin === 'open' && !this.isEligible(document)) return undefined;
    const path = this.sidecarPathForNew(document.uri.fsPath);
    const read = readSidecar(path);
    if (read.kind === 'none' && origin === 'open') {
      this.docs.delete(document.uri.toString());
      return undefined;
    }
    const state: DocState = {
      uri: document.uri,
      sidecarPath: path,
      broken: read.kind === 'broken' ? read.message : null,
      file: read.kind === 'ok' ? read.file : newSidecar(document.uri.fsPath),
      diskText: read.kind === 'ok' ? read.text : null,
      anchored: read.kind === 'ok' ? anchorAll(document.getText(), read.file.annotations) : [],
      moved: false,
      misdecoded: null,
    };
    const misdecoded = this.checkDecoding(document, state);
    if (state.anchored.some((a) => a.status !== 'exact' || a.annotation.orphan === true) && !document.isDirty) {
      const orphans = state.anchored.filter((a) => a.status === 'orphan').length;
      this.log.info(`${basename(document.uri.fsPath)}: re-anchored ${state.anchored.length} annotations (${orphans} orphans)`);
      state.moved = true;
    }
    this.docs.set(document.uri.toString(), state);
    if (state.broken) this.problems.fire({ kind: 'broken', sidecarPath: path, message: state.broken, blocking: false });
    // After someone else's write the new places are kept until our next write (an edit or a save):
    // writing them back at once would answer every foreign write with one of ours, and two writers
    // that place the annotations differently would never stop.
    if (state.moved && origin !== 'foreign' && !misdecoded) this.persist(document, state);
    else this.changed.fire(document.uri);
    return state;
  }

  private unload(uri: vscode.Uri): void {
    if (this.docs.delete(uri.toString())) this.changed.fire(uri);
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
    const current = () => (text ??= e.document.getText());
    // An orphan comes back when an edit brings its quote back (undo, a restored paragraph, a reload).
    const inserted = edits.reduce((n, x) => n + x.newText.length, 0);
    let i = 0;
    state.anchored = state.anchored.map((a) => {
      if (a.start !== null && a.end !== null) {
        const r = moved[i++];
        return r && r.end > r.start ? { ...a, start: r.start, end: r.end } : anchorOne(current(), a.annotation);
      }
      const exact = a.annotation.target.quote.exact;
      return inserted >= exact.length && current().includes(exact) ? anchorOne(current(), a.annotation) : a;
    });
    state.moved = true;
    const misdecoded = this.checkDecoding(e.document, state);
    this.changed.fire(e.document.uri);
    if (misdecoded) return;
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
      const document = openDocument(state.uri);
      if (!document) continue;
      this.unload(document.uri);
      this.load(document, 'foreign');
    }
  }

  private async onRenamed(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file') continue;
      for (const mode of ['beside', 'folder'] as const) await this.moveSidecar(sidecarPathFor(oldUri.fsPath, mode), sidecarPathFor(newUri.fsPath, mode), basename(newUri.fsPath));
      this.docs.delete(oldUri.toString());
      const document = openDocument(newUri);
      if (document) this.load(document, 'create');
    }
  }

  private async moveSidecar(from: string, to: string, documentName: string): Promise<void> {
    if (!(await exists(from))) return;
    if (await exists(to)) {
      this.problems.fire({ kind: 'notMoved', from, to });
      return;
    }
    try {
      await mkdir(dirname(to), { recursive: true });
      await rename(from, to);
      const read = readSidecar(to);
      if (read.kind === 'ok') writeSidecar(to, { ...read.file, document: documentName }, read.text);
      this.log.info(`moved ${from} -> ${to}`);
    } catch (err) {
      this.problems.fire({ kind: 'moveFailed', from, message: (err as Error).message });
    }
  }

  /**
   * Whether the text looks wrongly decoded while annotations that had a place are orphans: then the
   * document was opened with the wrong encoding, not edited. Reports the change of that state once
   * (a problem with the count, and `orphans: 0` when the text reads right again).
   */
  private checkDecoding(document: vscode.TextDocument, state: DocState): boolean {
    const lost = state.anchored.filter((a) => a.status === 'orphan' && a.annotation.orphan !== true).length;
    const sign = lost > 0 ? misdecodingSign(document.getText()) : null;
    const before = state.misdecoded;
    state.misdecoded = sign ? { sign, orphans: lost } : null;
    if (before?.orphans !== state.misdecoded?.orphans || before?.sign !== state.misdecoded?.sign) {
      if (sign) this.log.warn(`${basename(document.uri.fsPath)}: ${lost} annotations lost their place and the text shows ${sign} (opened as ${document.encoding}); the annotations file is not written until it reads right`);
      if (sign || before) this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: sign ? lost : 0, encoding: document.encoding, sign });
    }
    return sign !== null;
  }

  /** A change to a document read with the wrong encoding is refused (it could not be saved); the problem is told again. */
  private refuseMisdecoded(document: vscode.TextDocument, state: DocState): boolean {
    if (state.misdecoded) this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: state.misdecoded.orphans, encoding: document.encoding, sign: state.misdecoded.sign });
    return state.misdecoded !== null;
  }

  private refuseBroken(state: DocState): boolean {
    if (state.broken) this.problems.fire({ kind: 'broken', sidecarPath: state.sidecarPath, message: state.broken, blocking: true });
    return state.broken !== null;
  }

  /** Writes the sidecar; a broken or foreign-changed sidecar is left alone (a problem is reported). */
  private persist(document: vscode.TextDocument, state: DocState): void {
    if (this.refuseBroken(state)) return;
    if (state.misdecoded) {
      // Never write quotes taken from a wrongly decoded text: the sidecar keeps the last good ones.
      this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: state.misdecoded.orphans, encoding: document.encoding, sign: state.misdecoded.sign });
      this.changed.fire(document.uri);
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
      state.anchored = state.anchored.map((a, i) => ({ ...a, annotation: annotations[i] }));
      this.saved.fire({ uri: document.uri, path: state.sidecarPath });
    } catch (e) {
      this.problems.fire({ kind: 'notSaved', message: (e as Error).message });
      // Someone else wrote it since we read it: theirs is loaded (and not written back).
      if (e instanceof SidecarWriteRefused) this.onSidecarChanged(state.sidecarPath);
    }
    this.changed.fire(document.uri);
  }
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
