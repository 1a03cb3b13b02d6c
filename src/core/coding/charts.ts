/**
 * Chart specifications from the study tables, for the chart webview (ECharts): a bar chart of code
 * frequencies and a heatmap of a dimension × dimension cross table. Plain data, no rendering and
 * no colours of a theme: the webview applies the editor's theme. Pure: no `vscode`.
 */
import type { Table } from './tables';
import { escapeHtml } from '../export/html';

export interface BarChartSpec {
  kind: 'bar';
  title: string;
  categories: string[];
  values: number[];
  /** Per bar, the code's colour from the codebook (or null). */
  colors: (string | null)[];
}

export interface HeatmapSpec {
  kind: 'heatmap';
  title: string;
  x: string[];
  y: string[];
  /** [x index, y index, value] */
  cells: [number, number, number][];
  max: number;
}

export type ChartSpec = BarChartSpec | HeatmapSpec;

/** Bars for the codes of a frequency table (subtotal rows of grouping codes left out). */
export function frequencyBars(t: Table, colorOf: (codeId: string) => string | null = () => null, leavesOnly: (codeId: string) => boolean = () => true): BarChartSpec {
  const rows = t.rows.filter((r) => leavesOnly(String(r[2])));
  return { kind: 'bar', title: t.title, categories: rows.map((r) => String(r[1])), values: rows.map((r) => Number(r[3])), colors: rows.map((r) => colorOf(String(r[2]))) };
}

/** The heatmap of a cross table (its 合计 row and column left out). */
export function crossHeatmap(t: Table): HeatmapSpec {
  const body = t.rows.filter((r) => r[0] !== '合计');
  const x = t.columns.slice(1, -1);
  const y = body.map((r) => String(r[0]));
  const cells: [number, number, number][] = [];
  body.forEach((r, j) => x.forEach((_, i) => cells.push([i, j, Number(r[i + 1])])));
  return { kind: 'heatmap', title: t.title, x, y, cells, max: Math.max(1, ...cells.map((c) => c[2])) };
}

/**
 * The webview's HTML with a strict content security policy: no remote content, scripts only
 * from the extension with the page's nonce, styles from the extension (and style attributes,
 * which the chart library sets), images only as data URLs (the PNG export).
 */
export function chartHtml(o: { cspSource: string; nonce: string; scriptUri: string; title: string; lang: string; labels: { svg: string; png: string; empty: string } }): string {
  const esc = escapeHtml;
  const csp = [`default-src 'none'`, `script-src 'nonce-${o.nonce}'`, `style-src ${o.cspSource} 'unsafe-inline'`, `img-src ${o.cspSource} data: blob:`, `font-src ${o.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${esc(o.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.title)}</title>
</head>
<body style="margin:0;padding:8px;background:var(--vscode-editor-background);color:var(--vscode-editor-foreground);font-family:var(--vscode-font-family)">
<div id="toolbar" style="display:flex;gap:8px;margin-bottom:8px">
<button id="export-svg">${esc(o.labels.svg)}</button>
<button id="export-png">${esc(o.labels.png)}</button>
</div>
<div id="empty" hidden>${esc(o.labels.empty)}</div>
<div id="chart" style="width:100%;height:calc(100vh - 60px);min-height:320px"></div>
<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
</body>
</html>
`;
}
