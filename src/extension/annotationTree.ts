/** The user's annotations in the Policy Annotator view: one group per tag, plus the orphans. */
import * as vscode from 'vscode';
import { clip } from '../core/display';
import { FindingNode, GroupNode, SpanNode, type FindingGroupSource, type NodeLook } from './findingsView';
import type { AnnotationStore } from './annotationStore';
import type { AnchoredAnnotation, StoredAnnotation } from '../core/annotations/model';
import { annotationTags } from './annotationTags';

function firstLine(a: StoredAnnotation): string {
  return clip(a.note.split('\n')[0] || a.target.quote.exact);
}

/** A placed annotation; its commands receive the node and read its id. */
export class AnnotationNode extends SpanNode {
  readonly contextValue = 'annotation';
  readonly annotationId: string;
  constructor(
    uri: vscode.Uri,
    readonly annotation: StoredAnnotation,
    start: number,
    end: number,
  ) {
    super(uri, { start, end, text: annotation.target.quote.exact });
    this.annotationId = annotation.id;
  }
  protected look(): NodeLook {
    const a = this.annotation;
    return { label: firstLine(a), description: clip(a.target.quote.exact, 20), icon: 'note', tooltip: a.note };
  }
}

/** An annotation whose text is not found: clicking it re-attaches it to the selection. */
export class OrphanNode extends FindingNode {
  readonly contextValue = 'orphanAnnotation';
  readonly annotationId: string;
  constructor(
    readonly uri: vscode.Uri,
    readonly annotation: StoredAnnotation,
  ) {
    super();
    this.annotationId = annotation.id;
  }
  toTreeItem(): vscode.TreeItem {
    const a = this.annotation;
    const item = new vscode.TreeItem(firstLine(a), vscode.TreeItemCollapsibleState.None);
    item.description = clip(a.target.quote.exact, 20);
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = this.contextValue;
    item.tooltip = vscode.l10n.t('Not found in the current text: “{0}”. Select the passage and run Re-attach Annotation.', a.target.quote.exact);
    item.command = { command: 'policyAnnotator.reattachAnnotation', title: vscode.l10n.t('Re-attach'), arguments: [a.id] };
    return item;
  }
}

export class AnnotationGroups implements FindingGroupSource {
  readonly onDidChange: vscode.Event<vscode.Uri>;

  constructor(private readonly store: AnnotationStore) {
    this.onDidChange = store.onDidChange;
  }

  groups(document: vscode.TextDocument): FindingNode[] {
    if (this.store.brokenReason(document)) {
      return [new GroupNode(vscode.l10n.t('Annotations: sidecar cannot be read'), [], { icon: 'error', contextValue: 'brokenSidecar', description: '!' })];
    }
    const anchored = this.store.annotationsOf(document);
    if (anchored.length === 0) return [];
    const byTag = new Map<string, FindingNode[]>();
    const orphans: FindingNode[] = [];
    for (const a of anchored) {
      const node = leaf(document.uri, a);
      if (node instanceof OrphanNode) {
        orphans.push(node);
        continue;
      }
      const key = a.annotation.tag ?? vscode.l10n.t('Untagged');
      byTag.set(key, [...(byTag.get(key) ?? []), node]);
    }
    const tags = annotationTags();
    const order = [...tags, ...[...byTag.keys()].filter((t) => !tags.includes(t))];
    const groups = order.filter((t) => byTag.has(t)).map((t) => new GroupNode(t, byTag.get(t)!, { icon: 'tag', contextValue: 'annotationTag', expanded: true }));
    if (orphans.length) groups.push(new GroupNode(vscode.l10n.t('Orphans'), orphans, { icon: 'warning', contextValue: 'annotationOrphans', expanded: true }));
    return [new GroupNode(vscode.l10n.t('Annotations'), groups, { icon: 'comment', contextValue: 'annotations', expanded: true, description: String(anchored.length) })];
  }
}

function leaf(uri: vscode.Uri, a: AnchoredAnnotation): AnnotationNode | OrphanNode {
  return a.start === null || a.end === null ? new OrphanNode(uri, a.annotation) : new AnnotationNode(uri, a.annotation, a.start, a.end);
}
