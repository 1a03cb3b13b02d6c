import * as assert from 'node:assert/strict';
import { chartHtml, crossHeatmap, frequencyBars } from '../../src/core/coding/charts';
import type { Table } from '../../src/core/coding/tables';

describe('chart specifications and the chart page', () => {
  it('bars from a frequency table, heatmap from a cross table without the totals', () => {
    const freq: Table = { name: 'frequency', title: 'f', columns: ['维度', '编码', '编码 ID', '频次', 'a', 'b'], rows: [['工具', '供给型', 'supply', 3, '', ''], ['工具', '供给型 › 人才', 'supply.talent', 2, '', ''], ['工具', '供给型 › 资金', 'supply.funding', 1, '', '']] };
    const bars = frequencyBars(freq, (id) => (id === 'supply.talent' ? '#112233' : null), (id) => id.includes('.'));
    assert.deepEqual(bars.categories, ['供给型 › 人才', '供给型 › 资金']);
    assert.deepEqual(bars.values, [2, 1]);
    assert.deepEqual(bars.colors, ['#112233', null]);
    const cross: Table = { name: 'cross', title: 'X × Y', columns: ['X \\ Y', 'y1', 'y2', '合计'], rows: [['x1', 1, 0, 1], ['x2', 2, 5, 7], ['合计', 3, 5, 8]] };
    const h = crossHeatmap(cross);
    assert.deepEqual(h.x, ['y1', 'y2']);
    assert.deepEqual(h.y, ['x1', 'x2']);
    assert.deepEqual(h.cells, [[0, 0, 1], [1, 0, 0], [0, 1, 2], [1, 1, 5]]);
    assert.equal(h.max, 5);
  });

  it('the page has a strict content security policy and escapes its texts', () => {
    const html = chartHtml({ cspSource: 'vscode-webview://abc', nonce: 'N0nce', scriptUri: 'vscode-webview://abc/dist/chartView.js', title: '<图表>', lang: 'zh-cn', labels: { svg: '导出 SVG', png: '导出 PNG', empty: '无数据' } });
    const csp = /content="([^"]+)"/.exec(html)![1];
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce'(;|$)/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe/);
    assert.doesNotMatch(csp, /https?:/);
    assert.ok(html.includes('<title>&lt;图表&gt;</title>'));
    assert.equal((html.match(/<script /g) ?? []).length, 1);
    assert.ok(html.includes('<script nonce="N0nce" src="vscode-webview://abc/dist/chartView.js">'));
  });
});
