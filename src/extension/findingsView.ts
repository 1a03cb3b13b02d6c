/**
 * The Policy Annotator view: quotations by speaker, numeric claims with their values, terms by
 * frequency, headings. Small node classes over the cached analysis of the active editor.
 */
import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { clip } from '../core/display';
import type { AnalysisService } from './analysisService';
import { buildHeadingTree, formatValue, quotationsBySpeaker, termsByFrequency, type HeadingNode } from '../core/findings';
import type { Analysis, NumericClaim, Quotation, Span, TermMatch } from '../core/types';

export const VIEW_ID = 'policyAnnotator.findings';


export abstract class FindingNode {
  abstract toTreeItem(): vscode.TreeItem;
  children(): FindingNode[] {
    return [];
  }
}

/** Extra groups other features contribute to the view (the user's annotations). */
export interface FindingGroupSource {
  readonly onDidChange: vscode.Event<void>;
  groups(document: vscode.TextDocument): FindingNode[];
}

export class SpanNode extends FindingNode {
  constructor(
    readonly uri: vscode.Uri,
    readonly span: Span,
    readonly label: string,
    readonly description: string,
    readonly icon: string,
    readonly contextValue: string,
    readonly tooltip?: string,
  ) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, vscode.TreeItemCollapsibleState.None);
    item.description = this.description;
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.contextValue = this.contextValue;
    item.tooltip = this.tooltip ?? this.span.text;
    item.command = { command: 'policyAnnotator.reveal', title: vscode.l10n.t('Reveal'), arguments: [this.uri.toString(), this.span.start, this.span.end] };
    return item;
  }
}

export class GroupNode extends FindingNode {
  constructor(
    readonly label: string,
    readonly items: FindingNode[],
    readonly icon: string,
    readonly contextValue = 'group',
    readonly expanded = false,
    readonly descriptionOverride?: string,
  ) {
    super();
  }
  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.label, this.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.description = this.descriptionOverride ?? String(this.items.length);
    item.iconPath = new vscode.ThemeIcon(this.icon);
    item.contextValue = this.contextValue;
    item.id = `${this.contextValue}:${this.label}`;
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

export function quotationNode(uri: vscode.Uri, q: Quotation): SpanNode {
  return new SpanNode(uri, q, clip(q.content || q.text), q.closed ? (q.cue ?? '') : vscode.l10n.t('unclosed'), q.kind === 'speech' ? 'quote' : 'symbol-string', 'quotation', q.content);
}

export function claimNode(uri: vscode.Uri, c: NumericClaim): SpanNode {
  const value = c.upper !== null ? `${formatValue(c.value)}–${formatValue(c.upper)}` : formatValue(c.value);
  const desc = [value, c.unit, c.qualifier, c.subject, c.year].filter((x) => x !== null && x !== '').join(' · ');
  return new SpanNode(uri, c, clip(c.text, 24), desc, 'symbol-number', 'numericClaim');
}

export function termOccurrenceNode(uri: vscode.Uri, t: TermMatch, text: string): SpanNode {
  const from = Math.max(0, t.start - 12);
  const context = text.slice(from, Math.min(text.length, t.end + 12)).replace(/\s+/g, ' ');
  return new SpanNode(uri, t, clip(context, 40), '', 'symbol-key', 'termOccurrence');
}

/** Builds the root groups for one document's analysis. */
export function buildFindingGroups(uri: vscode.Uri, a: Analysis, text: string): GroupNode[] {
  const quotations = quotationsBySpeaker(a.quotations.filter((q) => q.depth === 0)).map(
    (g) =>
      new GroupNode(
        g.kind === 'phrase' ? vscode.l10n.t('Quoted phrases') : (g.speaker ?? vscode.l10n.t('Speaker not stated')),
        g.items.map((q) => quotationNode(uri, q)),
        g.kind === 'phrase' ? 'symbol-string' : 'person',
        'speakerGroup',
      ),
  );
  const terms = termsByFrequency(a.terms).map(
    (g) =>
      new GroupNode(g.term, g.items.map((t) => termOccurrenceNode(uri, t, text)), g.explained ? 'book' : 'question', g.explained ? 'termGroup' : 'unexplainedTermGroup', false, `${g.items.length}${g.category ? ' · ' + g.category : ''}`),
  );
  const headingTree = buildHeadingTree(a.headings, text.length).map((n) => new HeadingTreeNode(uri, n));
  return [
    new GroupNode(vscode.l10n.t('Quotations'), quotations, 'quote', 'quotations', true, String(a.quotations.filter((q) => q.depth === 0).length)),
    new GroupNode(vscode.l10n.t('Numeric claims'), a.numericClaims.map((c) => claimNode(uri, c)), 'symbol-number', 'numericClaims'),
    new GroupNode(vscode.l10n.t('Terms'), terms, 'book', 'terms', false, String(a.terms.length)),
    new GroupNode(vscode.l10n.t('Headings'), headingTree, 'list-tree', 'headings', false, String(a.headings.length)),
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
  private roots: FindingNode[] = [];
  private readonly sources: FindingGroupSource[] = [];
  private readonly parents = new WeakMap<FindingNode, FindingNode>();

  constructor(private readonly analyses: AnalysisService) {
    super();
    this.view = this._register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => e && this.follow(e.document)));
    this._register(analyses.onDidAnalyze((r) => r.uri.toString() === this.document?.uri.toString() && this.refresh()));
    this._register(analyses.onDidClear((u) => u.toString() === this.document?.uri.toString() && this.refresh()));
    const active = vscode.window.activeTextEditor;
    if (active) this.follow(active.document);
  }

  addSource(source: FindingGroupSource): void {
    this.sources.push(source);
    this._register(source.onDidChange(() => this.refresh()));
    this.refresh();
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
    const extra = doc ? this.sources.flatMap((s) => s.groups(doc)) : [];
    this.roots = result ? [...extra, ...buildFindingGroups(doc.uri, result.analysis, doc.getText())] : extra;
    this.view.description = doc ? doc.fileName.split(/[\\/]/).pop() : undefined;
    this.view.message = doc && !result ? vscode.l10n.t('No findings yet for this document.') : undefined;
    this.changed.fire(undefined);
    this.refreshed.fire();
  }

  /** The current root groups (what the view shows), for commands and tests. */
  rootNodes(): FindingNode[] {
    return this.roots;
  }

  getTreeItem(node: FindingNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getChildren(node?: FindingNode): FindingNode[] {
    const children = node ? node.children() : this.roots;
    if (node) for (const c of children) this.parents.set(c, node);
    return children;
  }

  /** Needed by TreeView.reveal (e.g. to expand a group from a command). */
  getParent(node: FindingNode): FindingNode | undefined {
    return this.parents.get(node);
  }
}
