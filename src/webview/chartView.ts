/**
 * The chart webview's script (bundled for the browser by esbuild into dist/chartView.js, with
 * ECharts). It renders the ChartSpec the extension posts, in the colours of the editor's theme,
 * re-renders when the theme changes, and exports the chart as SVG or PNG through the extension
 * (which asks where to save).
 */
import * as echarts from 'echarts';
import type { ChartSpec } from '../core/coding/charts';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(s: unknown): void; getState(): unknown };

const vscode = acquireVsCodeApi();
const el = document.getElementById('chart') as HTMLDivElement;
let chart: echarts.ECharts | null = null;
let spec: ChartSpec | null = (vscode.getState() as { spec?: ChartSpec } | undefined)?.spec ?? null;

const css = (name: string, fallback: string): string => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

function option(s: ChartSpec): echarts.EChartsOption {
  const fg = css('--vscode-editor-foreground', '#333');
  const grid = css('--vscode-editorWidget-border', '#888');
  const accent = css('--vscode-charts-blue', '#3794ff');
  const font = css('--vscode-font-family', 'sans-serif');
  const base = { backgroundColor: 'transparent', textStyle: { color: fg, fontFamily: font }, title: { text: s.title, textStyle: { color: fg, fontSize: 14 } }, tooltip: {} };
  if (s.kind === 'bar') {
    return {
      ...base,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: fg }, splitLine: { lineStyle: { color: grid, opacity: 0.3 } } },
      yAxis: { type: 'category', data: s.categories, inverse: true, axisLabel: { color: fg } },
      series: [{ type: 'bar', data: s.values.map((v, i) => ({ value: v, itemStyle: { color: s.colors[i] ?? accent } })), label: { show: true, position: 'right', color: fg } }],
    };
  }
  return {
    ...base,
    grid: { left: 8, right: 24, top: 40, bottom: 60, containLabel: true },
    xAxis: { type: 'category', data: s.x, axisLabel: { color: fg, rotate: s.x.length > 6 ? 30 : 0 } },
    yAxis: { type: 'category', data: s.y, axisLabel: { color: fg } },
    visualMap: { min: 0, max: s.max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, textStyle: { color: fg }, inRange: { color: [css('--vscode-editor-background', '#fff'), accent] } },
    series: [{ type: 'heatmap', data: s.cells, label: { show: true, color: fg } }],
  };
}

function render(): void {
  (document.getElementById('empty') as HTMLElement).hidden = spec !== null;
  if (!spec) return;
  chart?.dispose();
  chart = echarts.init(el, undefined, { renderer: 'svg' });
  chart.setOption(option(spec));
}

function exportChart(format: 'svg' | 'png'): void {
  if (!chart) return;
  const svgUrl = chart.getDataURL({ type: 'svg' });
  if (format === 'svg') {
    vscode.postMessage({ type: 'export', format, data: decodeURIComponent(svgUrl.replace(/^data:image\/svg\+xml;charset=UTF-8,/, '')) });
    return;
  }
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = el.clientWidth * 2;
    canvas.height = el.clientHeight * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = css('--vscode-editor-background', '#fff');
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    vscode.postMessage({ type: 'export', format, data: canvas.toDataURL('image/png') });
  };
  img.src = svgUrl;
}

window.addEventListener('message', (e: MessageEvent<{ type: string; spec?: ChartSpec; format?: 'svg' | 'png' }>) => {
  if (e.data.type === 'spec' && e.data.spec) {
    spec = e.data.spec;
    vscode.setState({ spec });
    try {
      render();
      vscode.postMessage({ type: 'rendered', kind: spec.kind });
    } catch (err) {
      vscode.postMessage({ type: 'error', message: String((err as Error).stack ?? err) });
    }
  } else if (e.data.type === 'export' && e.data.format) exportChart(e.data.format);
});
document.getElementById('export-svg')?.addEventListener('click', () => exportChart('svg'));
document.getElementById('export-png')?.addEventListener('click', () => exportChart('png'));
// Theme changes switch the body's class: draw again with the new colours.
new MutationObserver(render).observe(document.body, { attributes: true, attributeFilter: ['class'] });
window.addEventListener('resize', () => chart?.resize());
render();
vscode.postMessage({ type: 'ready' });
