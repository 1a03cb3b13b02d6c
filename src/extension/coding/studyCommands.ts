/**
 * Tables and charts of the workspace's coding study, from the editor: the chart webview (ECharts,
 * theme-aware, strict CSP, SVG/PNG export) with the frequency bars and the cross-table heatmap,
 * and the export of any study table as CSV, Markdown, JSON or XLSX.
 */
import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Disposable } from '../lifecycle';
import { registerCommands } from '../commands';
import { config, Settings } from '../settings';
import { CODEBOOK_FILE_NAME, indexCodebook, type Codebook } from '../../core/coding/codebook';
import { buildStudy } from '../../core/coding/study';
import { buildTable, type Table, type TableKind } from '../../core/coding/tables';
import { chartHtml, crossHeatmap, frequencyBars, type ChartSpec } from '../../core/coding/charts';
import { tableToCsv, tableToJson, tableToMarkdown } from '../../core/coding/render';
import { readStudyInputs } from '../../node/studyFiles';
import type { CodebookService } from './codebookService';
import { DOCUMENT_GLOB, EXCLUDE_GLOB } from './codebookView';


export class StudyCommands extends Disposable {
  private panel: vscode.WebviewPanel | null = null;
  /** The page takes messages only once its script runs: the spec waits for its `ready`. */
  private ready = false;
  private pending: ChartSpec | null = null;
  private readonly rendered = this._register(new vscode.EventEmitter<string>());
  /** Fires when the webview has drawn a chart (tests wait on it). */
  readonly onDidRenderChart = this.rendered.event;
  private readonly exported = this._register(new vscode.EventEmitter<string>());
  readonly onDidExportChart = this.exported.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly codebooks: CodebookService,
  ) {
    super();
    this._register(
      registerCommands({
        'policyAnnotator.showCharts': (kind?: 'frequency' | 'cross') => this.showCharts(kind),
        'policyAnnotator.exportCodingTable': (kind?: TableKind, format?: string, target?: string) => this.exportTable(kind, format, target),
      }),
    );
  }

  /** The codebook and the coded documents of the first workspace folder. */
  async study(): Promise<{ codebook: Codebook; docs: ReturnType<typeof buildStudy> } | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const files = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, DOCUMENT_GLOB), EXCLUDE_GLOB, 5000)).map((u) => u.fsPath);
    const inputs = await readStudyInputs(files, folder.uri.fsPath, config().get<'beside' | 'folder'>(Settings.annotationStorage, 'beside'));
    // With a webview in front there is no text editor: look for the codebook from the folder itself.
    const { codebook } = await this.codebooks.forDocument(vscode.window.activeTextEditor?.document.uri ?? vscode.Uri.joinPath(folder.uri, CODEBOOK_FILE_NAME));
    return { codebook, docs: buildStudy(inputs) };
  }

  private async spec(kind: 'frequency' | 'cross'): Promise<ChartSpec | undefined> {
    const s = await this.study();
    if (!s) return undefined;
    const index = indexCodebook(s.codebook);
    if (kind === 'cross' && s.codebook.codes.length >= 2) return crossHeatmap(buildTable(s.codebook, s.docs, { kind: 'cross', rows: s.codebook.codes[0].id, cols: s.codebook.codes[1].id }));
    return frequencyBars(buildTable(s.codebook, s.docs, { kind: 'frequency' }), (id) => index.get(id)?.code.color ?? null, (id) => (index.get(id)?.code.children ?? []).length === 0);
  }

  async showCharts(kind: 'frequency' | 'cross' = 'frequency'): Promise<vscode.WebviewPanel | undefined> {
    const spec = await this.spec(kind);
    if (!spec) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder with coded documents first.'));
      return undefined;
    }
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel('policyAnnotator.charts', vscode.l10n.t('Coding charts'), vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')], retainContextWhenHidden: true });
      const nonce = randomBytes(16).toString('base64');
      panel.webview.html = chartHtml({
        cspSource: panel.webview.cspSource,
        nonce,
        scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'chartView.js')).toString(),
        title: vscode.l10n.t('Coding charts'),
        lang: vscode.env.language,
        labels: { svg: vscode.l10n.t('Export SVG'), png: vscode.l10n.t('Export PNG'), empty: vscode.l10n.t('No coded units yet.') },
      });
      const listener = panel.webview.onDidReceiveMessage((m: { type: string; kind?: string; format?: 'svg' | 'png'; data?: string; message?: string }) => this.onMessage(m));
      panel.onDidDispose(() => listener.dispose());
      panel.onDidDispose(() => {
        this.panel = null;
        this.ready = false;
      });
      this.panel = panel;
      this._register({ dispose: () => this.panel?.dispose() });
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    if (this.ready) await this.panel.webview.postMessage({ type: 'spec', spec });
    else this.pending = spec;
    return this.panel;
  }

  /** Asks the webview to export the chart; resolves with the path written. */
  exportChart(format: 'svg' | 'png'): void {
    void this.panel?.webview.postMessage({ type: 'export', format });
  }

  private async onMessage(m: { type: string; kind?: string; format?: 'svg' | 'png'; data?: string; message?: string }): Promise<void> {
    if (m.type === 'ready') {
      this.ready = true;
      if (this.pending) void this.panel?.webview.postMessage({ type: 'spec', spec: this.pending });
      this.pending = null;
    }
    if (m.type === 'rendered') this.rendered.fire(m.kind ?? '');
    if (m.type === 'error') this.rendered.fire(`error: ${m.message ?? ''}`);
    if (m.type !== 'export' || !m.data || !m.format) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `coding-chart.${m.format}`), filters: { [m.format.toUpperCase()]: [m.format] } });
    if (!target) return;
    const bytes = m.format === 'svg' ? Buffer.from(m.data, 'utf8') : Buffer.from(m.data.replace(/^data:image\/png;base64,/, ''), 'base64');
    await writeFile(target.fsPath, bytes);
    this.exported.fire(target.fsPath);
  }

  async exportTable(kind?: TableKind, format?: string, target?: string): Promise<string | undefined> {
    const s = await this.study();
    if (!s) return undefined;
    kind ??= (
      await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Coding table'), id: 'coding' as TableKind },
          { label: vscode.l10n.t('Code frequencies'), id: 'frequency' as TableKind },
          { label: vscode.l10n.t('Codes by document'), id: 'document' as TableKind },
          { label: vscode.l10n.t('Cross table of the first two dimensions'), id: 'cross' as TableKind },
          { label: vscode.l10n.t('Codes by year'), id: 'variable' as TableKind },
          { label: vscode.l10n.t('Code co-occurrence'), id: 'cooccurrence' as TableKind },
          { label: vscode.l10n.t('0/1 unit × code matrix'), id: 'binary' as TableKind },
        ],
        { title: vscode.l10n.t('Which table?') },
      )
    )?.id;
    if (!kind) return undefined;
    format ??= (await vscode.window.showQuickPick(['xlsx', 'csv', 'md', 'json'], { title: vscode.l10n.t('Format') })) ?? undefined;
    if (!format) return undefined;
    const table: Table = buildTable(s.codebook, s.docs, { kind, rows: s.codebook.codes[0]?.id, cols: s.codebook.codes[1]?.id, by: 'year' });
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const path = target ?? (await vscode.window.showSaveDialog({ defaultUri: folder && vscode.Uri.joinPath(folder, `${table.name}.${format}`) }))?.fsPath;
    if (!path) return undefined;
    // exceljs is loaded only when a workbook is written, not at activation.
    const data = format === 'xlsx' ? await (await import('../../node/xlsx')).tablesToXlsx([table]) : format === 'csv' ? tableToCsv(table) : format === 'json' ? tableToJson(table) : tableToMarkdown(table);
    await writeFile(path, data);
    return path;
  }
}
