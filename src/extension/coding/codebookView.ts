/**
 * The codebook view: every code of the workspace's codebook with the number of coded segments
 * across all documents, and under each code its segments (click to jump). Filters by a document
 * variable and by coder. Counts come from the workspace coding index, built in the background
 * (one document at a time) when the view is first shown and updated file by file afterwards.
 */
import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import { registerCommands } from '../commands';
import { config, Settings } from '../settings';
import { clip } from '../../core/display';
import { indexCodebook, type Code, type Codebook } from '../../core/coding/codebook';
import { META_FIELDS } from '../../core/coding/meta';
import { splitUnits, type Unit } from '../../core/coding/units';
import { CodingIndex, type CodedSegment, type IndexFilter } from '../../node/codingIndex';
import type { CodebookService } from './codebookService';

/** The documents of a study in the workspace (the extensions the CLI's folder walk takes). */
export const DOCUMENT_GLOB = '**/*.{txt,md,text,markdown}';
export const EXCLUDE_GLOB = '**/{node_modules,.git,.annotations,out,dist}/**';

export class CodeNode extends vscode.TreeItem {
  constructor(
    readonly code: Code,
    readonly count: number,
    readonly hasChildren: boolean,
  ) {
    super(code.name, hasChildren || count > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    this.description = String(count);
    this.tooltip = [code.definition, code.rule ? `${vscode.l10n.t('Rule')}: ${code.rule}` : '', code.example ? `${vscode.l10n.t('Example')}: ${code.example}` : ''].filter(Boolean).join('\n\n') || code.name;
    this.contextValue = 'code';
    this.iconPath = new vscode.ThemeIcon(hasChildren ? 'symbol-namespace' : 'tag', code.color ? undefined : undefined);
    this.id = `code:${code.id}`;
  }
}

export class SegmentNode extends vscode.TreeItem {
  constructor(readonly segment: CodedSegment) {
    super(clip(segment.text.replace(/\s+/g, ' '), 40), vscode.TreeItemCollapsibleState.None);
    this.description = `${vscode.workspace.asRelativePath(segment.file)} · ${segment.coder}`;
    this.tooltip = segment.note ? `${segment.text}\n\n${segment.note}` : segment.text;
    this.contextValue = 'codedSegment';
    this.command = { command: 'policyAnnotator.openSegment', title: vscode.l10n.t('Go to the segment'), arguments: [segment.file, segment.start, segment.end] };
  }
}

/** The units of analysis of the active document, under the codes (click to jump). */
export class UnitsNode extends vscode.TreeItem {
  constructor(
    readonly uri: vscode.Uri,
    readonly units: readonly Unit[],
  ) {
    super(vscode.l10n.t('Units of analysis'), vscode.TreeItemCollapsibleState.Collapsed);
    this.description = `${units.length} · ${vscode.workspace.asRelativePath(uri)}`;
    this.iconPath = new vscode.ThemeIcon('list-ordered');
    this.contextValue = 'units';
  }
}

export class UnitNode extends vscode.TreeItem {
  constructor(
    readonly uri: vscode.Uri,
    readonly unit: Unit,
  ) {
    super(unit.id, vscode.TreeItemCollapsibleState.None);
    this.description = clip(unit.text.replace(/\s+/g, ' '), 40);
    this.tooltip = `${unit.label}\n\n${unit.text}`;
    this.contextValue = 'unit';
    this.command = { command: 'policyAnnotator.openSegment', title: vscode.l10n.t('Go to the segment'), arguments: [uri.fsPath, unit.start, unit.end] };
  }
}

type Node = CodeNode | SegmentNode | UnitsNode | UnitNode;

/** Units listed in the view up to this size (they are computed on the extension host). */
const MAX_UNIT_CHARS = 300_000;

export class CodebookView extends Disposable implements vscode.TreeDataProvider<Node> {
  readonly index = new CodingIndex(config().get<'beside' | 'folder'>(Settings.annotationStorage, 'beside'));
  private readonly changed = this._register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly built = this._register(new vscode.EventEmitter<number>());
  /** Fires when the index finished a (re)build, with the number of documents read (tests wait on it). */
  readonly onDidBuild = this.built.event;
  private filter: IndexFilter = {};
  private codebook: Codebook | null = null;
  private building: Promise<void> | null = null;
  readonly view: vscode.TreeView<Node>;

  constructor(private readonly codebooks: CodebookService) {
    super();
    this.view = this._register(vscode.window.createTreeView('policyAnnotator.codebook', { treeDataProvider: this, showCollapseAll: true }));
    this._register(this.index.onDidChange(() => this.changed.fire(undefined)));
    this._register(codebooks.onDidChange(() => {
      this.codebook = null;
      this.changed.fire(undefined);
    }));
    this._register(this.view.onDidChangeVisibility((e) => e.visible && void this.ensureBuilt()));
    const watcher = this._register(vscode.workspace.createFileSystemWatcher('**/*.annotations.json'));
    const onSidecar = (uri: vscode.Uri) => void this.index.update(uri.fsPath.replace(/\.annotations\.json$/, '').replace(/[\\/]\.annotations([\\/][^\\/]+)$/, '$1'));
    this._register(watcher.onDidChange(onSidecar));
    this._register(watcher.onDidCreate(onSidecar));
    this._register(watcher.onDidDelete(onSidecar));
    this._register(vscode.workspace.onDidSaveTextDocument((d) => d.uri.scheme === 'file' && void this.index.update(d.uri.fsPath)));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)));
    this._register(
      registerCommands({
        'policyAnnotator.openSegment': (file: string, start: number, end: number) => this.open(file, start, end),
        'policyAnnotator.filterCodebook': (field?: string, value?: string) => this.setFilter(field, value),
        'policyAnnotator.refreshCodebook': () => this.rebuild(),
      }),
    );
  }

  /** Builds the index once (in the background: one document at a time). */
  ensureBuilt(): Promise<void> {
    this.building ??= this.rebuild();
    return this.building;
  }

  async rebuild(): Promise<void> {
    const files = (await vscode.workspace.findFiles(DOCUMENT_GLOB, EXCLUDE_GLOB, 5000)).map((u) => u.fsPath).filter((p) => !p.endsWith('.annotations.json'));
    const read = await this.index.build(files.sort());
    this.built.fire(read);
  }

  private async setFilter(field?: string, value?: string): Promise<void> {
    if (field === undefined) {
      const fields = [{ label: vscode.l10n.t('(no filter)'), field: '' }, { label: 'year', field: 'year' }, ...META_FIELDS.filter((f) => f !== 'title').map((f) => ({ label: f, field: f })), { label: vscode.l10n.t('coder'), field: 'coder' }];
      field = (await vscode.window.showQuickPick(fields, { title: vscode.l10n.t('Filter the codebook view by') }))?.field;
      if (field === undefined) return;
    }
    if (field === '') {
      this.filter = {};
    } else {
      if (value === undefined) {
        const metas = [...this.index.variables().values()];
        const values = field === 'coder' ? this.index.coders() : [...new Set(metas.map((m) => (field === 'year' ? (m.date ?? '').slice(0, 4) : String((m as unknown as Record<string, unknown>)[field!] ?? ''))).filter(Boolean))].sort();
        value = values.length > 0 ? (await vscode.window.showQuickPick(values, { title: field }))?.toString() : await vscode.window.showInputBox({ title: field });
        if (value === undefined) return;
      }
      this.filter = field === 'coder' ? { ...this.filter, coders: new Set([value]) } : { ...this.filter, variables: { ...(this.filter.variables ?? {}), [field]: value } };
    }
    const parts = [...Object.entries(this.filter.variables ?? {}).map(([k, v]) => `${k}=${v}`), ...[...(this.filter.coders ?? [])].map((c) => `coder=${c}`)];
    this.view.description = parts.join(', ');
    this.changed.fire(undefined);
  }

  private async open(file: string, start: number, end: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    await vscode.window.showTextDocument(document, { selection: range });
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node instanceof SegmentNode || node instanceof UnitNode) return [];
    if (node instanceof UnitsNode) return node.units.map((u) => new UnitNode(node.uri, u));
    void this.ensureBuilt();
    this.codebook ??= (await this.codebooks.forDocument(vscode.window.activeTextEditor?.document.uri)).codebook;
    const counts = this.index.counts(this.filter);
    const index = indexCodebook(this.codebook);
    const subtotal = (c: Code): number => (counts.get(c.id) ?? 0) + (c.children ?? []).reduce((a, ch) => a + subtotal(ch), 0);
    const codeNodes = (codes: readonly Code[]) => codes.map((c) => new CodeNode(c, subtotal(c), (c.children ?? []).length > 0));
    if (!node) {
      const editor = vscode.window.activeTextEditor;
      const text = editor?.document.uri.scheme === 'file' ? editor.document.getText() : '';
      const units = text && text.length <= MAX_UNIT_CHARS ? splitUnits(text) : [];
      return [...codeNodes(this.codebook.codes), ...(units.length > 0 ? [new UnitsNode(editor!.document.uri, units)] : [])];
    }
    const children = codeNodes(index.get(node.code.id)?.code.children ?? []);
    const segments = this.index.segments(node.code.id, this.filter).map((s) => new SegmentNode(s));
    return [...children, ...segments];
  }
}
