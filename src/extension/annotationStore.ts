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
import { basename, dirname, join } from 'node:path';
import { Disposable } from './lifecycle';
import { config, Settings } from './settings';
import { anchorAll, anchorOne, refreshSelectors } from '../core/annotations/anchoring';
import { applyEdits, type TextEdit } from '../core/annotations/tracking';
import { coderOfSidecarName, coderSidecarPathFor, sidecarPathFor } from '../core/annotations/sidecar';
import type { AnchoredAnnotation, DocumentVariables, SidecarFile, StoredAnnotation } from '../core/annotations/model';
import { misdecodingSign, type MisdecodingSign } from '../core/annotations/misdecoded';
import { coderSidecarPaths, locateSidecar, newSidecar, readSidecar, SidecarWriteRefused, writeSidecar, type StorageMode } from '../node/sidecarStore';

/** What the store cannot do by itself; the commands module tells the user. */
export type AnnotationProblem =
  | { kind: 'broken'; sidecarPath: string; message: string; /** a change was refused because of it */ blocking: boolean }
  | { kind: 'notSaved'; message: string }
  | { kind: 'notMoved'; from: string; to: string }
  | { kind: 'moveFailed'; from: string; message: string }
  /**
   * `orphans` annotations that had a place no longer match the text, and the text shows signs of a
   * wrong decoding: the document was (re)opened with another encoding. Nothing is written until the
   * text reads right again (the sidecars keep the last good quotes); `orphans: 0` when it does.
   */
  | { kind: 'encoding'; uri: vscode.Uri; orphans: number; encoding: string | undefined; sign: MisdecodingSign | null };

/** One sidecar file of a document: the shared one, or one coder's own. */
interface Layer {
  readonly path: string;
  readonly broken: string | null;
  file: SidecarFile;
  /** The sidecar text last read or written by us: a different text on disk is someone else's change. */
  diskText: string | null;
  anchored: readonly AnchoredAnnotation[];
  /** Positions moved since the sidecar was written. */
  moved: boolean;
}

interface DocState {
  readonly uri: vscode.Uri;
  /** Where the sidecars are (`beside` the document or in the `.annotations` folder). */
  readonly mode: StorageMode;
  /**
   * The shared sidecar first, then each coder's own file beside it (`<name>.coder-<slug>.annotations.json`,
   * setting `coding.filePerCoder`). An annotation is written back to the file it came from.
   */
  readonly layers: Layer[];
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
   * The annotations of a document with their current positions (orphans with null), from the shared
   * sidecar and every coder's own. With blind coding on (`policyAnnotator.coding.blind`), only the
   * current coder's: every view renders from here.
   */
  annotationsOf(document: vscode.TextDocument | vscode.Uri): readonly AnchoredAnnotation[] {
    const uri = document instanceof vscode.Uri ? document : document.uri;
    const state = this.docs.get(uri.toString());
    if (!state) return [];
    const all = state.layers.length === 1 ? state.layers[0].anchored : state.layers.flatMap((l) => l.anchored);
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
    const found = this.locate(id);
    return found && { document: found.document, item: found.item };
  }

  /** The document's shared sidecar (where its variables are, and every annotation unless each coder keeps a file). */
  sidecarPathOf(document: vscode.TextDocument): string | undefined {
    return this.docs.get(document.uri.toString())?.layers[0].path ?? (document.uri.scheme === 'file' ? this.sidecarPathForNew(document.uri.fsPath) : undefined);
  }

  /** The message of the first of the document's sidecars that cannot be read, else null. */
  brokenReason(document: vscode.TextDocument): string | null {
    return this.docs.get(document.uri.toString())?.layers.find((l) => l.broken)?.broken ?? null;
  }

  /** Documents that can hold annotations: saved files of an analysed language. */
  isEligible(document: vscode.TextDocument): boolean {
    return document.uri.scheme === 'file' && !document.uri.fsPath.endsWith('.annotations.json') && config(document.uri).get<string[]>(Settings.languages, [])?.includes(document.languageId) === true;
  }

  // ---- changes (each writes the sidecar it concerns) ----

  /** Loads the document's sidecars if needed; false (and a problem) when the shared one is unreadable. */
  canAnnotate(document: vscode.TextDocument): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    return !!state && !this.refuseBroken(state.layers[0]) && !this.refuseMisdecoded(document, state);
  }

  /**
   * Adds a new annotation to a saved document; false when its sidecar is broken (nothing changes).
   * It goes to the shared sidecar, or, when each coder keeps a file of their own
   * (`coding.filePerCoder`), to the file of its author.
   */
  add(document: vscode.TextDocument, annotation: StoredAnnotation): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    if (!state || this.refuseMisdecoded(document, state)) return false;
    const layer = this.layerFor(state, document, annotation.author);
    if (this.refuseBroken(layer)) return false;
    const { start, end } = annotation.target.position;
    layer.anchored = [...layer.anchored, { annotation, start, end, status: 'exact' }];
    this.persist(document, state, layer);
    return true;
  }

  /** Replaces the annotation with this id by what `change` builds from it (never changed in place). */
  update(id: string, change: (item: AnchoredAnnotation) => AnchoredAnnotation): boolean {
    const found = this.locate(id);
    if (!found || this.refuseBroken(found.layer) || this.refuseMisdecoded(found.document, found.state)) return false;
    found.layer.anchored = found.layer.anchored.map((a) => (a === found.item ? change(a) : a));
    this.persist(found.document, found.state, found.layer);
    return true;
  }

  /** The user's own values of the document variables (stored in the shared sidecar). */
  variablesOf(document: vscode.TextDocument): DocumentVariables {
    return this.docs.get(document.uri.toString())?.layers[0].file.variables ?? {};
  }

  /** Sets the user's document variables; false when the sidecar is broken (nothing changes). */
  setVariables(document: vscode.TextDocument, variables: DocumentVariables): boolean {
    const state = this.docs.get(document.uri.toString()) ?? this.load(document, 'create');
    if (!state || this.refuseBroken(state.layers[0]) || this.refuseMisdecoded(document, state)) return false;
    const shared = state.layers[0];
    shared.file = { ...shared.file, variables };
    this.persist(document, state, shared);
    return true;
  }

  remove(id: string): boolean {
    const found = this.locate(id);
    if (!found || this.refuseBroken(found.layer) || this.refuseMisdecoded(found.document, found.state)) return false;
    found.layer.anchored = found.layer.anchored.filter((a) => a !== found.item);
    this.persist(found.document, found.state, found.layer);
    return true;
  }

  private locate(id: string): { document: vscode.TextDocument; state: DocState; layer: Layer; item: AnchoredAnnotation } | undefined {
    for (const state of this.docs.values()) {
      for (const layer of state.layers) {
        const item = layer.anchored.find((a) => a.annotation.id === id);
        const document = item && openDocument(state.uri);
        if (item && document) return { document, state, layer, item };
      }
    }
    return undefined;
  }

  /** The layer a new annotation by `author` goes to (created, empty, when it is a new coder's). */
  private layerFor(state: DocState, document: vscode.TextDocument, author: string): Layer {
    if (!config(document.uri).get<boolean>(Settings.filePerCoder, false) || author.trim() === '') return state.layers[0];
    const path = coderSidecarPathFor(document.uri.fsPath, state.mode, author);
    let layer = state.layers.find((l) => l.path === path);
    if (!layer) {
      layer = emptyLayer(path, document.uri.fsPath);
      state.layers.push(layer);
    }
    return layer;
  }

  // ---- document lifecycle ----

  private sidecarPathForNew(documentPath: string): string {
    return locateSidecar(documentPath, config().get<StorageMode>(Settings.annotationStorage, 'beside'));
  }

  private load(document: vscode.TextDocument, origin: LoadOrigin): DocState | undefined {
    if (document.uri.scheme !== 'file') return undefined;
    if (origin === 'open' && !this.isEligible(document)) return undefined;
    const docPath = document.uri.fsPath;
    const shared = this.sidecarPathForNew(docPath);
    const mode: StorageMode = shared === sidecarPathFor(docPath, 'folder') ? 'folder' : 'beside';
    const paths = [shared, ...coderSidecarPaths(docPath, mode)];
    const reads = paths.map((p) => readSidecar(p));
    if (origin === 'open' && reads.every((r) => r.kind === 'none')) {
      this.docs.delete(document.uri.toString());
      return undefined;
    }
    const text = document.getText();
    const layers = reads.map((read): Layer => (read.kind === 'ok'
      ? { path: read.path, broken: null, file: read.file, diskText: read.text, anchored: anchorAll(text, read.file.annotations), moved: false }
      : { ...emptyLayer(read.path, docPath), broken: read.kind === 'broken' ? read.message : null }));
    const state: DocState = { uri: document.uri, mode, layers, misdecoded: null };
    const misdecoded = this.checkDecoding(document, state);
    for (const layer of layers) {
      if (layer.anchored.some((a) => a.status !== 'exact' || a.annotation.orphan === true) && !document.isDirty) {
        const orphans = layer.anchored.filter((a) => a.status === 'orphan').length;
        this.log.info(`${basename(layer.path)}: re-anchored ${layer.anchored.length} annotations (${orphans} orphans)`);
        layer.moved = true;
      }
    }
    this.docs.set(document.uri.toString(), state);
    for (const layer of layers) if (layer.broken) this.problems.fire({ kind: 'broken', sidecarPath: layer.path, message: layer.broken, blocking: false });
    // After someone else's write the new places are kept until our next write (an edit or a save):
    // writing them back at once would answer every foreign write with one of ours, and two writers
    // that place the annotations differently would never stop.
    const moved = layers.filter((l) => l.moved);
    if (moved.length > 0 && origin !== 'foreign' && !misdecoded) for (const layer of moved) this.persist(document, state, layer);
    else this.changed.fire(document.uri);
    return state;
  }

  private unload(uri: vscode.Uri): void {
    if (this.docs.delete(uri.toString())) this.changed.fire(uri);
  }

  /** Annotations follow the edits; a range whose text was deleted is anchored again from its quote. */
  private track(e: vscode.TextDocumentChangeEvent): void {
    const state = this.docs.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    const edits: TextEdit[] = e.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, newText: c.text }));
    let text: string | undefined;
    const current = () => (text ??= e.document.getText());
    const followed = state.layers.filter((l) => !l.broken && l.anchored.length > 0);
    for (const layer of followed) followEdits(layer, edits, current);
    if (followed.length === 0) return;
    const misdecoded = this.checkDecoding(e.document, state);
    this.changed.fire(e.document.uri);
    if (misdecoded) return;
    // Not dirty once the change is applied: the text is the file on disk (reloaded after a git pull
    // or another program's write), so the sidecar follows now rather than on the next save. The
    // dirty flag is only settled after the change event, hence the next turn.
    const document = e.document;
    setImmediate(() => {
      if (document.isClosed || document.isDirty || this.docs.get(document.uri.toString()) !== state) return;
      for (const layer of followed) if (layer.moved) this.persist(document, state, layer);
    });
  }

  private onSaved(document: vscode.TextDocument): void {
    const state = this.docs.get(document.uri.toString());
    for (const layer of state?.layers ?? []) if (state && layer.moved && !layer.broken) this.persist(document, state, layer);
  }

  /** A sidecar changed on disk: the document it belongs to is loaded again unless it was our own write. */
  private onSidecarChanged(path: string): void {
    for (const state of [...this.docs.values()]) {
      const layer = state.layers.find((l) => l.path === path);
      if (!layer && !isCoderSidecarOf(path, state)) continue;
      const read = readSidecar(path);
      const onDisk = read.kind === 'ok' ? read.text : null;
      if (layer && read.kind !== 'broken' && onDisk === layer.diskText) continue; // our own write
      if (!layer && read.kind === 'none') continue;
      const document = openDocument(state.uri);
      if (!document) continue;
      this.unload(document.uri);
      this.load(document, 'foreign');
    }
  }

  private async onRenamed(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file') continue;
      const newName = basename(newUri.fsPath);
      for (const mode of ['beside', 'folder'] as const) {
        await this.moveSidecar(sidecarPathFor(oldUri.fsPath, mode), sidecarPathFor(newUri.fsPath, mode), newName);
        const oldName = basename(oldUri.fsPath);
        for (const from of coderSidecarPaths(oldUri.fsPath, mode)) {
          const to = join(dirname(sidecarPathFor(newUri.fsPath, mode)), newName + basename(from).slice(oldName.length));
          await this.moveSidecar(from, to, newName);
        }
      }
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
   * Whether the annotations lost their place because the text is wrongly decoded (replacement
   * characters, UTF-8 read as GBK or Latin-1); tells the user when that changes.
   */
  private checkDecoding(document: vscode.TextDocument, state: DocState): boolean {
    const lost = state.layers.reduce((n, l) => n + l.anchored.filter((a) => a.status === 'orphan' && a.annotation.orphan !== true).length, 0);
    const sign = lost > 0 ? misdecodingSign(document.getText()) : null;
    const before = state.misdecoded;
    state.misdecoded = sign ? { sign, orphans: lost } : null;
    if (before?.orphans !== state.misdecoded?.orphans || before?.sign !== state.misdecoded?.sign) {
      if (sign) this.log.warn(`${basename(document.uri.fsPath)}: ${lost} annotations lost their place and the text shows ${sign} (opened as ${document.encoding}); the annotations file is not written until it reads right`);
      if (sign || before) this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: sign ? lost : 0, encoding: document.encoding, sign });
    }
    return sign !== null;
  }

  private refuseMisdecoded(document: vscode.TextDocument, state: DocState): boolean {
    if (state.misdecoded) this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: state.misdecoded.orphans, encoding: document.encoding, sign: state.misdecoded.sign });
    return state.misdecoded !== null;
  }

  private refuseBroken(layer: Layer): boolean {
    if (layer.broken) this.problems.fire({ kind: 'broken', sidecarPath: layer.path, message: layer.broken, blocking: true });
    return layer.broken !== null;
  }

  /** Writes one sidecar; a broken or foreign-changed sidecar is left alone (a problem is reported). */
  private persist(document: vscode.TextDocument, state: DocState, layer: Layer): void {
    if (this.refuseBroken(layer)) return;
    if (state.misdecoded) {
      // Never write quotes taken from a wrongly decoded text: the sidecar keeps the last good ones.
      this.problems.fire({ kind: 'encoding', uri: document.uri, orphans: state.misdecoded.orphans, encoding: document.encoding, sign: state.misdecoded.sign });
      this.changed.fire(document.uri);
      return;
    }
    const text = document.getText();
    const annotations = layer.anchored.map((a) => refreshSelectors(text, a));
    const file: SidecarFile = { ...layer.file, document: basename(document.uri.fsPath), annotations };
    try {
      const written = writeSidecar(layer.path, file, layer.diskText);
      layer.file = file;
      layer.diskText = written;
      layer.moved = false;
      layer.anchored = layer.anchored.map((a, i) => ({ ...a, annotation: annotations[i] }));
      this.saved.fire({ uri: document.uri, path: layer.path });
    } catch (e) {
      this.problems.fire({ kind: 'notSaved', message: (e as Error).message });
      // Someone else wrote it since we read it: theirs is loaded (and not written back).
      if (e instanceof SidecarWriteRefused) this.onSidecarChanged(layer.path);
    }
    if (this.docs.get(document.uri.toString()) === state) this.changed.fire(document.uri);
  }
}

function emptyLayer(path: string, documentPath: string): Layer {
  return { path, broken: null, file: newSidecar(documentPath), diskText: null, anchored: [], moved: false };
}

/** Moves a layer's annotations along with the edits; an orphan comes back when an edit brings its quote back. */
function followEdits(layer: Layer, edits: readonly TextEdit[], current: () => string): void {
  const live = layer.anchored.filter((a) => a.start !== null && a.end !== null);
  const moved = applyEdits(live.map((a) => ({ start: a.start!, end: a.end! })), edits);
  const inserted = edits.reduce((n, x) => n + x.newText.length, 0);
  let i = 0;
  layer.anchored = layer.anchored.map((a) => {
    if (a.start !== null && a.end !== null) {
      const r = moved[i++];
      return r && r.end > r.start ? { ...a, start: r.start, end: r.end } : anchorOne(current(), a.annotation);
    }
    const exact = a.annotation.target.quote.exact;
    return inserted >= exact.length && current().includes(exact) ? anchorOne(current(), a.annotation) : a;
  });
  layer.moved = true;
}

/** True for a coder's own sidecar of the document (one that may not be loaded yet: a new coder's, after a pull). */
function isCoderSidecarOf(path: string, state: DocState): boolean {
  return dirname(path) === dirname(state.layers[0].path) && coderOfSidecarName(basename(path), basename(state.uri.fsPath)) !== null;
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
