/**
 * The Policy Annotator view: quotations by speaker, numeric claims with their values, terms by
 * frequency, headings. Small node classes over the cached analysis of the active editor.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { clip, withQualifier } from '../core/display';
import type { AnalysisService } from './analysisService';
import { buildHeadingTree, byYear, bySection, formatValue, quotationsBySpeaker, termsByFrequency, type HeadingNode } from '../core/findings';
import type { Analysis, NumericClaim, Quotation, Span, TermMatch } from '../core/types';
import { filterAnalysis, formatFindingFilter, parseFindingFilter, type FindingFilter } from '../core/findingFilter';
import { registerCommands } from './commands';

export const VIEW_ID = 'policyAnnotator.findings';


export abstract class FindingNode {
  abstract toTreeItem(): vscode.TreeItem;
  children(): FindingNode[] {
    return [];
  }
}

/** Extra groups other features contribute to the view (the user's annotations). */
export interface FindingGroupSource {
  /** Fires with the document whose groups changed. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
  groups(document: vscode.TextDocument): FindingNode[];
}

/** How a leaf looks in the tree. */
export interface NodeLook {
  label: string;
  description: string;
  icon: string;
  tooltip?: string;
}

/** A leaf over a range of the document; clicking it reveals the range. */
export abstract class SpanNode extends FindingNode {
  /** The `viewItem` of package.json's menus. */
  abstract readonly contextValue: string;
  constructor(
    readonly uri: vscode.Uri,
    readonly span: Span,
  ) {
    super();
  }
  protected abstract look(): NodeLook;
  toTreeItem(): vscode.TreeItem {
    const look = this.look();
    const item = new vscode.TreeItem(look.label, vscode.TreeItemCollapsibleState.None);
    item.description = look.description;
    item.iconPath = new vscode.ThemeIcon(look.icon);
    item.contextValue = this.contextValue;
    item.tooltip = look.tooltip ?? this.span.text;
    item.command = { command: 'policyAnnotator.reveal', title: vscode.l10n.t('Reveal'), arguments: [this.uri.toString(), this.span.start, this.span.end] };
    return item;
  }
}

export class QuotationNode extends SpanNode {
  readonly contextValue = 'quotation';
  constructor(
    uri: vscode.Uri,
    readonly quotation: Quotation,
  ) {
    super(uri, quotation);
  }
  protected look(): NodeLook {
    const q = this.quotation;
    return { label: clip(q.content || q.text), description: q.closed ? (q.cue ?? '') : vscode.l10n.t('unclosed'), icon: q.kind === 'speech' ? 'quote' : 'symbol-string', tooltip: q.content };
  }
}

export class ClaimNode extends SpanNode {
  readonly contextValue = 'numericClaim';
  constructor(
    uri: vscode.Uri,
    readonly claim: NumericClaim,
  ) {
    super(uri, claim);
  }
  protected look(): NodeLook {
    const c = this.claim;
    const value = c.upper !== null ? `${formatValue(c.value)}–${formatValue(c.upper)}` : formatValue(c.value);
    const description = [withQualifier(value + (c.unit ?? ''), c.qualifier, vscode.env.language), c.subject, c.year].filter((x) => x !== null && x !== '').join(' · ');
    return { label: clip(c.text, 24), description, icon: 'symbol-number' };
  }
}

export class TermOccurrenceNode extends SpanNode {
  readonly contextValue = 'termOccurrence';
  constructor(
    uri: vscode.Uri,
    readonly term: TermMatch,
    /** The occurrence with a few characters around it. */
    readonly context: string,
  ) {
    super(uri, term);
  }
  protected look(): NodeLook {
    return { label: clip(this.context, 40), description: '', icon: 'symbol-key' };
  }
}

export interface GroupLook {
  icon: string;
  /** The `viewItem` of package.json's menus; also identifies the group (tests, reveal). */
  contextValue: string;
  expanded?: boolean;
  /** Shown beside the label; the number of items when absent. */
  description?: string;
  /** Makes the tree item's id unique when labels repeat (sections with the same heading). */
  key?: string;
}

export class GroupNode extends FindingNode {
  private built: FindingNode[] | undefined;
  /** `items` may be a function: the nodes are then built when the group is first expanded. */
  constructor(
    readonly label: string,
    private readonly source: FindingNode[] | (() => FindingNode[]),
    private readonly look: GroupLook,
  ) {
    super();
  }
  get items(): FindingNode[] {
    this.built ??= typeof this.source === 'function' ? this.source() : this.source;
    return this.built;
  }
  get contextValue(): string {
    return this.look.contextValue;
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, this.look.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.look.description ?? String(this.items.length);
    item.iconPath = new vscode.ThemeIcon(this.look.icon);
    item.contextValue = this.look.contextValue;
    item.id = `${this.look.contextValue}:${this.look.key ?? ''}:${this.label}`;
    return item;
  }
  override children(): FindingNode[] {
    return this.items;
  }
}

class HeadingTreeNode extends FindingNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly node: HeadingNode,
  ) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    const h = this.node.heading;
    const item = new vscode.TreeItem(clip(h.text, 50), this.node.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.iconPath = new vscode.ThemeIcon('symbol-namespace');
    item.contextValue = 'heading';
    item.command = { command: 'policyAnnotator.reveal', title: vscode.l10n.t('Reveal'), arguments: [this.uri.toString(), h.start, h.end] };
    return item;
  }
  override children(): FindingNode[] {
    return this.node.children.map((c) => new HeadingTreeNode(this.uri, c));
  }
}

function termContext(t: TermMatch, text: string): string {
  return text.slice(Math.max(0, t.start - 12), Math.min(text.length, t.end + 12)).replace(/\s+/g, ' ');
}

/** Above this many claims the view groups them by section and by year instead of one flat list. */
export const FLAT_CLAIMS_MAX = 200;

function claimNodes(uri: vscode.Uri, a: Analysis): FindingNode[] {
  const leaf = (c: NumericClaim) => new ClaimNode(uri, c);
  if (a.numericClaims.length <= FLAT_CLAIMS_MAX) return a.numericClaims.map(leaf);
  const sections = bySection(a.numericClaims, a.headings).map(
    (g) => new GroupNode(g.heading ? clip(g.heading.text, 40) : vscode.l10n.t('Before the first heading'), () => g.items.map(leaf), { icon: 'symbol-namespace', contextValue: 'claimSection', key: String(g.heading?.start ?? -1) }),
  );
  const years = byYear(a.numericClaims).map(
    (g) => new GroupNode(g.year === null ? vscode.l10n.t('No year') : String(g.year), () => g.items.map(leaf), { icon: 'calendar', contextValue: 'claimYear' }),
  );
  return [...sections, new GroupNode(vscode.l10n.t('By year'), years, { icon: 'calendar', contextValue: 'claimYears', description: String(years.length) })];
}

/** Builds the root groups for one document's analysis. */
export function buildFindingGroups(uri: vscode.Uri, a: Analysis, text: string): GroupNode[] {
  const quotations = quotationsBySpeaker(a.quotations.filter((q) => q.depth === 0)).map(
    (g) =>
      new GroupNode(
        g.kind === 'phrase' ? vscode.l10n.t('Quoted phrases') : (g.speaker ?? vscode.l10n.t('Speaker not stated')),
        g.items.map((q) => new QuotationNode(uri, q)),
        { icon: g.kind === 'phrase' ? 'symbol-string' : 'person', contextValue: 'speakerGroup' },
      ),
  );
  const terms = termsByFrequency(a.terms).map(
    (g) =>
      new GroupNode(
        g.term,
        () => g.items.map((t) => new TermOccurrenceNode(uri, t, termContext(t, text))),
        { icon: g.explained ? 'book' : 'question', contextValue: g.explained ? 'termGroup' : 'unexplainedTermGroup', description: `${g.items.length}${g.category ? ' · ' + g.category : ''}` },
      ),
  );
  const headingTree = buildHeadingTree(a.headings, text.length).map((n) => new HeadingTreeNode(uri, n));
  return [
    new GroupNode(vscode.l10n.t('Quotations'), quotations, { icon: 'quote', contextValue: 'quotations', expanded: true, description: String(a.quotations.filter((q) => q.depth === 0).length) }),
    new GroupNode(vscode.l10n.t('Numeric claims'), () => claimNodes(uri, a), { icon: 'symbol-number', contextValue: 'numericClaims', description: String(a.numericClaims.length) }),
    new GroupNode(vscode.l10n.t('Terms'), terms, { icon: 'book', contextValue: 'terms', description: String(a.terms.length) }),
    new GroupNode(vscode.l10n.t('Headings'), headingTree, { icon: 'list-tree', contextValue: 'headings', description: String(a.headings.length) }),
  ];
}

export class FindingsView extends Disposable implements vscode.TreeDataProvider<FindingNode> {
  private readonly changed = this._register(new vscode.EventEmitter<FindingNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly refreshed = this._register(new vscode.EventEmitter<void>());
  /** Fires after the roots were rebuilt (tests wait on it). */
  readonly onDidRefresh = this.refreshed.event;
  readonly view: vscode.TreeView<FindingNode>;
  private document: vscode.TextDocument | undefined;
  /** Built when the tree asks (a hidden view costs nothing while a large document is edited). */
  private roots: FindingNode[] | undefined;
  private readonly parents = new WeakMap<FindingNode, FindingNode>();
  private filter: FindingFilter | null = null;

  /** `sources` add their groups above the findings (the user's annotations). */
  constructor(
    private readonly analyses: AnalysisService,
    private readonly sources: readonly FindingGroupSource[] = [],
  ) {
    super();
    this.view = this._register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => e && this.follow(e.document)));
    this._register(analyses.onDidAnalyze((r) => r.uri.toString() === this.document?.uri.toString() && this.refresh()));
    this._register(analyses.onDidClear((u) => u.toString() === this.document?.uri.toString() && this.refresh()));
    for (const source of sources) this._register(source.onDidChange((uri) => uri.toString() === this.document?.uri.toString() && this.refresh()));
    this._register(
      registerCommands({
        'policyAnnotator.filterFindings': () => this.askFilter(),
        'policyAnnotator.clearFindingsFilter': () => this.setFilter(''),
      }),
    );
    const active = vscode.window.activeTextEditor;
    if (active) this.follow(active.document);
  }

  /** The current filter line ('' when none). */
  get filterText(): string {
    return this.filter ? formatFindingFilter(this.filter) : '';
  }

  /** Filters the view (words, kind:, year:, category:; see core/findingFilter); '' clears. */
  setFilter(line: string): void {
    this.filter = parseFindingFilter(line);
    void vscode.commands.executeCommand('setContext', 'policyAnnotator.findingsFiltered', this.filter !== null);
    this.refresh();
  }

  private async askFilter(): Promise<void> {
    const line = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter Findings'),
      value: this.filterText,
      placeHolder: vscode.l10n.t('words, kind:quotation|claim|term, year:2023 or year:2020-2025, category:…'),
      prompt: vscode.l10n.t('Shows the findings that contain all the words; empty shows all.'),
    });
    if (line !== undefined) this.setFilter(line);
  }

  get currentDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  private follow(document: vscode.TextDocument): void {
    if (!this.analyses.isEnabledFor(document)) return;
    this.document = document;
    this.refresh();
  }

  refresh(): void {
    const doc = this.document;
    const result = doc && this.analyses.get(doc);
    this.roots = undefined;
    this.view.description = doc ? doc.fileName.split(/[\\/]/).pop() : undefined;
    this.view.message = doc && !result ? vscode.l10n.t('No findings yet for this document.') : this.filterMessage(result?.analysis);
    this.changed.fire(undefined);
    this.refreshed.fire();
  }

  private buildRoots(): FindingNode[] {
    const doc = this.document;
    const result = doc && this.analyses.get(doc);
    const extra = doc ? this.sources.flatMap((s) => s.groups(doc)) : [];
    return result ? [...extra, ...buildFindingGroups(doc.uri, filterAnalysis(result.analysis, this.filter), doc.getText())] : extra;
  }

  private filterMessage(all: Analysis | undefined): string | undefined {
    if (!this.filter || !all) return undefined;
    const shown = filterAnalysis(all, this.filter);
    const count = (a: Analysis) => a.quotations.filter((q) => q.depth === 0).length + a.numericClaims.length + a.terms.length;
    return vscode.l10n.t('Filter: {0} — {1} of {2} findings', this.filterText, count(shown), count(all));
  }

  /** The current root groups (what the view shows), for commands and tests. */
  rootNodes(): FindingNode[] {
    this.roots ??= this.buildRoots();
    return this.roots;
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getChildren(node?: FindingNode): FindingNode[] {
    const children = node ? node.children() : this.rootNodes();
    if (node) for (const c of children) this.parents.set(c, node);
    return children;
  }

  /** Needed by TreeView.reveal (e.g. to expand a group from a command). */
  getParent(node: FindingNode): FindingNode | undefined {
    return this.parents.get(node);
  }
}
