/**
 * Research coding in the editor: code a selection with several codes of the codebook, edit the
 * codebook (create from a template, add, rename, move, merge codes: codings keep their code ids),
 * edit the document variables, and the keyboard coding mode that walks the units of analysis.
 */
import * as vscode from 'vscode';
import { join } from 'node:path';
import { Disposable } from '../lifecycle';
import { registerCommands } from '../commands';
import { AuthorName } from '../author';
import type { AnnotationStore } from '../annotationStore';
import { passageOf } from '../annotationCommands';
import { createAnnotation, updateAnnotation } from '../../core/annotations/create';
import type { AnchoredAnnotation, StoredAnnotation } from '../../core/annotations/model';
import { addCode, codableCodes, freshCodeId, indexCodebook, mergeCodes, moveCode, remapCodeIds, renameCode, CODEBOOK_FILE_NAME, type CodeInfo } from '../../core/coding/codebook';
import { CODEBOOK_TEMPLATES } from '../../core/coding/templates';
import { extractMeta, META_FIELDS, type MetaField } from '../../core/coding/meta';
import { splitUnits, type Unit } from '../../core/coding/units';
import type { CodebookService } from './codebookService';

export interface CodeSelectionArgs {
  uri?: string;
  start?: number;
  end?: number;
  /** Code ids; asked with a multi-select quick pick when absent. */
  codes?: string[];
}

/** The code ids of an annotation (version-2 codes; a tag's code otherwise). */
export function codesOf(a: StoredAnnotation): string[] {
  return a.codes ?? [];
}

const MAX_UNITS_CHARS = 2_000_000;

export class CodingCommands extends Disposable {
  private readonly author = new AuthorName();
  private mode: CodingMode | null = null;

  constructor(
    private readonly store: AnnotationStore,
    private readonly codebooks: CodebookService,
  ) {
    super();
    this._register(
      registerCommands({
        'policyAnnotator.codeSelection': (args?: CodeSelectionArgs) => this.codeSelection(args ?? {}),
        'policyAnnotator.createCodebook': (template?: string) => this.createCodebook(template),
        'policyAnnotator.addCode': (parentId?: string | null, name?: string) => this.addCode(parentId, name),
        'policyAnnotator.renameCode': (id?: string, name?: string) => this.renameCode(id, name),
        'policyAnnotator.moveCode': (id?: string, parentId?: string | null) => this.moveCode(id, parentId),
        'policyAnnotator.mergeCodes': (fromId?: string, intoId?: string) => this.mergeCodes(fromId, intoId),
        'policyAnnotator.editVariables': (uri?: string, field?: MetaField, value?: string | null) => this.editVariables(uri, field, value),
        'policyAnnotator.startCoding': () => this.startCoding(),
        'policyAnnotator.stopCoding': () => this.stopCoding(),
        'policyAnnotator.nextUnit': () => this.mode?.move(1),
        'policyAnnotator.previousUnit': () => this.mode?.move(-1),
        'policyAnnotator.toggleUnitCode': (n?: number) => this.mode?.toggle(n ?? 1),
        'policyAnnotator.nextCodeGroup': () => this.mode?.nextGroup(),
        'policyAnnotator.pickUnitCodes': () => this.mode?.pick(),
      }),
    );
    this._register({ dispose: () => this.stopCoding() });
    // Blind coding hides the other coders' codings: the store needs to know who codes here.
    const active = vscode.window.activeTextEditor?.document;
    if (active) void this.author.of(active).then((name) => store.setCoder(name));
  }

  /** The coding mode, for tests. */
  get codingMode(): CodingMode | null {
    return this.mode;
  }

  private async documentFor(uri?: string): Promise<vscode.TextDocument | undefined> {
    return uri ? vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  }

  /** Codes a span with one or more codes; re-coding the same span replaces its codes. */
  async codeSelection(args: CodeSelectionArgs): Promise<StoredAnnotation | undefined> {
    const editor = vscode.window.activeTextEditor;
    const document = await this.documentFor(args.uri);
    if (!document) return undefined;
    const passage = passageOf(document, args, editor, vscode.l10n.t('Select the passage to code first.'));
    if (!passage) return undefined;
    const { start, end } = passage;
    if (document.uri.scheme !== 'file' || !this.store.canAnnotate(document)) return undefined;
    const me = await this.author.of(document);
    this.store.setCoder(me);
    const existing = this.store.annotationsOf(document).find((a) => a.start === start && a.end === end && a.annotation.author === me);
    const codes = args.codes ?? (await this.pickCodes(document.uri, existing ? codesOf(existing.annotation) : []));
    if (codes === undefined) return undefined;
    return this.setCodes(document, start, end, codes, existing, me);
  }

  /** Writes the codes of a span: updates the coder's annotation there, creates one, or removes an emptied one. */
  async setCodes(document: vscode.TextDocument, start: number, end: number, codes: string[], existing: AnchoredAnnotation | undefined, me: string): Promise<StoredAnnotation | undefined> {
    if (existing) {
      if (codes.length === 0 && !existing.annotation.note.trim()) {
        this.store.remove(existing.annotation.id);
        return undefined;
      }
      let updated: StoredAnnotation | undefined;
      this.store.update(existing.annotation.id, (item) => {
        updated = { ...updateAnnotation(item.annotation, {}), codes };
        return { ...item, annotation: updated };
      });
      return updated;
    }
    if (codes.length === 0) return undefined;
    const annotation: StoredAnnotation = { ...createAnnotation(document.getText(), start, end, { author: me, tag: null, note: '', link: null }), codes };
    return this.store.add(document, annotation) ? annotation : undefined;
  }

  async pickCodes(uri: vscode.Uri, current: readonly string[]): Promise<string[] | undefined> {
    const { codebook } = await this.codebooks.forDocument(uri);
    const items = codableCodes(codebook).map((c) => ({ label: `${'  '.repeat(Math.max(0, c.depth - 1))}${c.code.name}`, description: c.path.slice(0, -1).join(' › '), detail: c.code.definition, id: c.code.id, picked: current.includes(c.code.id) }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Codes of {0}', codebook.name), placeHolder: vscode.l10n.t('Choose one or more codes'), matchOnDescription: true, matchOnDetail: true });
    return picked?.map((p) => p.id);
  }

  private async codebookFile(uri?: vscode.Uri): Promise<string | undefined> {
    const resolved = await this.codebooks.forDocument(uri ?? vscode.window.activeTextEditor?.document.uri);
    if (resolved.path) return resolved.path;
    const create = vscode.l10n.t('Create a Codebook');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('The reading tags are built in. Create a codebook file to edit codes.'), create)) === create) return this.createCodebook();
    return undefined;
  }

  /** Creates policy-codebook.json at the workspace folder from a template and opens it. */
  async createCodebook(template?: string): Promise<string | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: the codebook is stored in it.'));
      return undefined;
    }
    const name =
      template ??
      (
        await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('Policy instruments × policy stage'), description: '供给型 / 环境型 / 需求型', id: 'policy-instruments' },
            { label: vscode.l10n.t('Reading tags'), description: '重点 / 存疑 / 待核实 / 引用 / 笔记', id: 'reading' },
          ],
          { title: vscode.l10n.t('Start the codebook from') },
        )
      )?.id;
    if (!name || !CODEBOOK_TEMPLATES[name]) return undefined;
    const path = join(folder.uri.fsPath, CODEBOOK_FILE_NAME);
    try {
      await vscode.workspace.fs.stat(vscode.Uri.file(path));
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} exists already.', CODEBOOK_FILE_NAME));
      return path;
    } catch {
      // not there yet
    }
    await this.codebooks.write(path, { $schema: 'https://policy-annotator.invalid/schemas/codebook.schema.json', ...CODEBOOK_TEMPLATES[name] });
    return path;
  }

  private async pickCode(uri: vscode.Uri | undefined, title: string, filter: (c: CodeInfo) => boolean = () => true): Promise<CodeInfo | undefined> {
    const { codebook } = await this.codebooks.forDocument(uri);
    const items = [...indexCodebook(codebook).values()].filter(filter).map((c) => ({ label: c.path.join(' › '), id: c.code.id, info: c }));
    return (await vscode.window.showQuickPick(items, { title }))?.info;
  }

  async addCode(parentId?: string | null, name?: string): Promise<string | undefined> {
    const path = await this.codebookFile();
    if (!path) return undefined;
    const uri = vscode.Uri.file(path);
    const { codebook } = await this.codebooks.forDocument(uri);
    if (parentId === undefined) {
      const top = { label: vscode.l10n.t('(a new dimension)'), id: null as string | null };
      const picked = await vscode.window.showQuickPick([top, ...[...indexCodebook(codebook).values()].map((c) => ({ label: c.path.join(' › '), id: c.code.id as string | null }))], { title: vscode.l10n.t('Add the code under') });
      if (!picked) return undefined;
      parentId = picked.id;
    }
    name ??= await vscode.window.showInputBox({ title: vscode.l10n.t('Name of the new code') });
    if (!name) return undefined;
    const id = freshCodeId(codebook, parentId ? `${parentId}.${codebook.codes.length}-${Date.now().toString(36)}` : `dim-${Date.now().toString(36)}`);
    await this.codebooks.write(path, addCode(codebook, parentId, { id, name }));
    return id;
  }

  async renameCode(id?: string, name?: string): Promise<boolean> {
    const path = await this.codebookFile();
    if (!path) return false;
    const { codebook } = await this.codebooks.forDocument(vscode.Uri.file(path));
    id ??= (await this.pickCode(vscode.Uri.file(path), vscode.l10n.t('Rename which code?')))?.code.id;
    if (!id) return false;
    name ??= await vscode.window.showInputBox({ title: vscode.l10n.t('New name'), value: indexCodebook(codebook).get(id)?.code.name });
    if (!name) return false;
    await this.codebooks.write(path, renameCode(codebook, id, name));
    return true;
  }

  async moveCode(id?: string, parentId?: string | null): Promise<boolean> {
    const path = await this.codebookFile();
    if (!path) return false;
    const uri = vscode.Uri.file(path);
    const { codebook } = await this.codebooks.forDocument(uri);
    id ??= (await this.pickCode(uri, vscode.l10n.t('Move which code?')))?.code.id;
    if (!id) return false;
    if (parentId === undefined) {
      const target = await this.pickCode(uri, vscode.l10n.t('Move it under'), (c) => c.code.id !== id);
      if (!target) return false;
      parentId = target.code.id;
    }
    try {
      await this.codebooks.write(path, moveCode(codebook, id, parentId));
      return true;
    } catch (e) {
      void vscode.window.showErrorMessage((e as Error).message);
      return false;
    }
  }

  /** Merges a code into another; every coding of the old code in the workspace is rewritten. */
  async mergeCodes(fromId?: string, intoId?: string): Promise<number> {
    const path = await this.codebookFile();
    if (!path) return 0;
    const uri = vscode.Uri.file(path);
    const { codebook } = await this.codebooks.forDocument(uri);
    fromId ??= (await this.pickCode(uri, vscode.l10n.t('Merge which code?')))?.code.id;
    if (!fromId) return 0;
    intoId ??= (await this.pickCode(uri, vscode.l10n.t('Into which code?'), (c) => c.code.id !== fromId))?.code.id;
    if (!intoId) return 0;
    const { codebook: merged, remap } = mergeCodes(codebook, fromId, intoId);
    let rewritten = 0;
    for (const document of vscode.workspace.textDocuments) {
      for (const a of this.store.annotationsOf(document)) {
        if (!codesOf(a.annotation).includes(fromId)) continue;
        this.store.update(a.annotation.id, (item) => ({ ...item, annotation: { ...updateAnnotation(item.annotation, {}), codes: remapCodeIds(codesOf(item.annotation), remap) } }));
        rewritten++;
      }
    }
    await this.codebooks.write(path, merged);
    return rewritten;
  }

  async editVariables(uri?: string, field?: MetaField, value?: string | null): Promise<boolean> {
    const document = await this.documentFor(uri);
    if (!document || !this.store.canAnnotate(document)) return false;
    const extracted = extractMeta(document.getText());
    const user = this.store.variablesOf(document);
    if (!field) {
      const picked = await vscode.window.showQuickPick(
        META_FIELDS.map((f) => ({ label: f, description: String((f in user ? user[f] : extracted[f]) ?? '—'), detail: f in user ? vscode.l10n.t('your value (read from the text: {0})', String(extracted[f] ?? '—')) : vscode.l10n.t('read from the text'), field: f })),
        { title: vscode.l10n.t('Document variables') },
      );
      if (!picked) return false;
      field = picked.field;
    }
    if (value === undefined) {
      const typed = await vscode.window.showInputBox({ title: field, value: String((field in user ? user[field] : extracted[field]) ?? ''), prompt: vscode.l10n.t('Empty: use the value read from the text') });
      if (typed === undefined) return false;
      value = typed;
    }
    const next = { ...user };
    if (value === '') delete next[field];
    else next[field] = value;
    return this.store.setVariables(document, next);
  }

  async startCoding(): Promise<CodingMode | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.scheme !== 'file') return undefined;
    if (editor.document.getText().length > MAX_UNITS_CHARS) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The document is too large for unit coding.'));
      return undefined;
    }
    this.stopCoding();
    const { codebook } = await this.codebooks.forDocument(editor.document.uri);
    const me = await this.author.of(editor.document);
    this.mode = new CodingMode(editor, this, codebook.name, codableCodes(codebook), me);
    await vscode.commands.executeCommand('setContext', 'policyAnnotator.codingMode', true);
    this.mode.show();
    return this.mode;
  }

  async stopCoding(): Promise<void> {
    if (!this.mode) return;
    this.mode.dispose();
    this.mode = null;
    await vscode.commands.executeCommand('setContext', 'policyAnnotator.codingMode', false);
  }

  annotationsOf(document: vscode.TextDocument): readonly AnchoredAnnotation[] {
    return this.store.annotationsOf(document);
  }
}

/**
 * Walking the units of one document with the keyboard: ] and [ move, 1–9 toggle a code of the
 * current group, Tab switches the group, Enter picks codes from the whole codebook, Escape leaves.
 */
export class CodingMode extends Disposable {
  private units: Unit[];
  index = 0;
  private group = 0;
  private readonly groups: { name: string; codes: CodeInfo[] }[];
  private readonly decoration = this._register(vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('policyAnnotator.codingUnitBackground'), isWholeLine: false, border: '1px solid', borderColor: new vscode.ThemeColor('policyAnnotator.codingUnitBorder') }));
  private readonly status = this._register(vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 1000));

  constructor(
    private readonly editor: vscode.TextEditor,
    private readonly owner: CodingCommands,
    codebookName: string,
    codes: CodeInfo[],
    private readonly me: string,
  ) {
    super();
    this.units = splitUnits(editor.document.getText());
    // Groups: the codes under each parent that has codable leaves (供给型, 环境型, …), in tree order.
    const byParent = new Map<string, CodeInfo[]>();
    for (const c of codes) if (!codes.some((d) => d.parent === c.code.id)) byParent.set(c.parent ?? c.dimension, [...(byParent.get(c.parent ?? c.dimension) ?? []), c]);
    const all = [...codes];
    this.groups = [...byParent].map(([, list]) => ({ name: list[0].path.slice(0, -1).join(' › ') || codebookName, codes: list.slice(0, 9) }));
    if (this.groups.length === 0) this.groups.push({ name: codebookName, codes: all.slice(0, 9) });
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === editor.document) this.units = splitUnits(e.document.getText());
    }));
    const selected = editor.document.offsetAt(editor.selection.active);
    const at = this.units.findIndex((u) => u.end >= selected);
    this.index = at < 0 ? 0 : at;
  }

  get unit(): Unit | undefined {
    return this.units[this.index];
  }

  get unitCount(): number {
    return this.units.length;
  }

  private mine(): AnchoredAnnotation | undefined {
    const u = this.unit;
    return u && this.owner.annotationsOf(this.editor.document).find((a) => a.start === u.start && a.end === u.end && a.annotation.author === this.me);
  }

  /** The codes the current unit carries (this coder's codings of the unit's span). */
  codes(): string[] {
    const m = this.mine();
    return m ? codesOf(m.annotation) : [];
  }

  show(): void {
    const u = this.unit;
    if (!u) return;
    const range = new vscode.Range(this.editor.document.positionAt(u.start), this.editor.document.positionAt(u.end));
    this.editor.setDecorations(this.decoration, [range]);
    this.editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.editor.selection = new vscode.Selection(range.start, range.start);
    const g = this.groups[this.group];
    const have = new Set(this.codes());
    const names = g.codes.map((c, i) => `${i + 1}${have.has(c.code.id) ? '✓' : ''} ${c.code.name}`).join('  ');
    this.status.text = `$(symbol-field) ${u.id} (${this.index + 1}/${this.units.length}) · ${g.name}: ${names}`;
    this.status.tooltip = vscode.l10n.t('Coding mode: ] next unit, [ previous, 1–9 toggle a code, Tab next group, Enter all codes, Escape leave');
    this.status.show();
  }

  move(step: number): void {
    this.index = Math.max(0, Math.min(this.units.length - 1, this.index + step));
    this.show();
  }

  nextGroup(): void {
    this.group = (this.group + 1) % this.groups.length;
    this.show();
  }

  async toggle(n: number): Promise<void> {
    const code = this.groups[this.group].codes[n - 1];
    const u = this.unit;
    if (!code || !u) return;
    const current = this.codes();
    const next = current.includes(code.code.id) ? current.filter((c) => c !== code.code.id) : [...current, code.code.id];
    await this.owner.setCodes(this.editor.document, u.start, u.end, next, this.mine(), this.me);
    this.show();
  }

  async pick(): Promise<void> {
    const u = this.unit;
    if (!u) return;
    const codes = await this.owner.pickCodes(this.editor.document.uri, this.codes());
    if (codes === undefined) return;
    await this.owner.setCodes(this.editor.document, u.start, u.end, codes, this.mine(), this.me);
    this.show();
  }
}
