/**
 * The units where coders disagree, side by side (one row per coder with the codes given), with the
 * consensus decisions: accept one coder's codes, take the union, or choose the codes by hand. A
 * decision is written as a coding of the unit's span by the coder `consensus`, which the tables and
 * the agreement use like any coder. Also: the agreement table of the workspace, from the editor.
 */
import * as vscode from 'vscode';
import { Disposable } from '../lifecycle';
import { registerCommands } from '../commands';
import { clip } from '../../core/display';
import { indexCodebook, type Codebook } from '../../core/coding/codebook';
import { CONSENSUS_CODER, decide, findDisagreements, type Decision, type Disagreement } from '../../core/coding/disagreements';
import { agreementTable, studyAgreement, type AgreementUnit } from '../../core/coding/studyAgreement';
import { tableToMarkdown } from '../../core/coding/render';
import type { CodingCommands } from './codingCommands';
import type { StudyCommands } from './studyCommands';

export class DisagreementNode extends vscode.TreeItem {
  constructor(readonly disagreement: Disagreement, names: (ids: string[]) => string) {
    super(`${disagreement.unit.id}  ${clip(disagreement.unit.text.replace(/\s+/g, ' '), 24)}`, vscode.TreeItemCollapsibleState.Expanded);
    this.description = disagreement.consensus ? `✓ ${names(disagreement.consensus)}` : disagreement.file;
    this.tooltip = disagreement.unit.text;
    this.contextValue = 'disagreement';
    this.iconPath = new vscode.ThemeIcon(disagreement.consensus ? 'pass' : 'diff');
  }
}

export class CoderCodesNode extends vscode.TreeItem {
  constructor(
    readonly disagreement: Disagreement,
    readonly coder: string,
    codes: string,
  ) {
    super(coder, vscode.TreeItemCollapsibleState.None);
    this.description = codes || '—';
    this.contextValue = 'coderCodes';
    this.iconPath = new vscode.ThemeIcon('person');
  }
}

type Node = DisagreementNode | CoderCodesNode;

export class DisagreementsView extends Disposable implements vscode.TreeDataProvider<Node> {
  private readonly changed = this._register(new vscode.EventEmitter<Node | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private items: Disagreement[] = [];
  private codebook: Codebook | null = null;

  constructor(
    private readonly study: StudyCommands,
    private readonly coding: CodingCommands,
  ) {
    super();
    this._register(vscode.window.createTreeView('policyAnnotator.disagreements', { treeDataProvider: this }));
    this._register(
      registerCommands({
        'policyAnnotator.refreshDisagreements': () => this.refresh(),
        'policyAnnotator.acceptCoder': (node?: CoderCodesNode) => node && this.settle(node.disagreement, { kind: 'accept', coder: node.coder }),
        'policyAnnotator.acceptUnion': (node?: DisagreementNode) => node && this.settle(node.disagreement, { kind: 'union' }),
        'policyAnnotator.editConsensus': (node?: DisagreementNode) => node && this.editConsensus(node.disagreement),
        'policyAnnotator.showAgreement': (unit?: AgreementUnit) => this.showAgreement(unit),
      }),
    );
  }

  /** Reads the workspace again; resolves with the disagreements found. */
  async refresh(): Promise<Disagreement[]> {
    const s = await this.study.study();
    this.codebook = s?.codebook ?? null;
    this.items = s ? findDisagreements(s.docs) : [];
    this.changed.fire(undefined);
    return this.items;
  }

  private names = (ids: string[]): string => {
    const index = this.codebook ? indexCodebook(this.codebook) : new Map();
    return ids.map((id) => index.get(id)?.code.name ?? id).join('、');
  };

  getTreeItem(node: Node): vscode.TreeItem {
    return node;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.items.map((d) => new DisagreementNode(d, this.names));
    if (node instanceof DisagreementNode) return [...node.disagreement.byCoder].map(([coder, codes]) => new CoderCodesNode(node.disagreement, coder, this.names(codes)));
    return [];
  }

  private async document(d: Disagreement): Promise<vscode.TextDocument | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, d.file)) : undefined;
  }

  /** Writes the consensus coding of the unit; resolves with its codes. */
  async settle(d: Disagreement, decision: Decision): Promise<string[] | undefined> {
    const document = await this.document(d);
    if (!document) return undefined;
    const codes = decide(d, decision);
    const existing = this.coding.annotationsOf(document).find((a) => a.start === d.unit.start && a.end === d.unit.end && a.annotation.author === CONSENSUS_CODER);
    await this.coding.setCodes(document, d.unit.start, d.unit.end, codes, existing, CONSENSUS_CODER);
    await this.refresh();
    return codes;
  }

  private async editConsensus(d: Disagreement): Promise<string[] | undefined> {
    const document = await this.document(d);
    if (!document) return undefined;
    const codes = await this.coding.pickCodes(document.uri, d.consensus ?? decide(d, { kind: 'union' }));
    return codes === undefined ? undefined : this.settle(d, { kind: 'codes', codes });
  }

  /** The agreement table of the workspace, as a Markdown preview. */
  async showAgreement(unit: AgreementUnit = 'clause'): Promise<vscode.TextDocument | undefined> {
    const s = await this.study.study();
    if (!s) return undefined;
    const result = studyAgreement(s.codebook, s.docs, { unit, coders: undefined });
    const coders = result.coders.filter((c) => c !== CONSENSUS_CODER);
    if (coders.length < 2) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Agreement needs the codings of at least two coders.'));
      return undefined;
    }
    const table = agreementTable(studyAgreement(s.codebook, s.docs, { unit, coders }));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: tableToMarkdown(table) });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside, true);
    return document;
  }
}
