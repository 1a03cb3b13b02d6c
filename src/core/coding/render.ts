/**
 * Text renderings of a coding table: CSV (UTF-8 with BOM for Excel, RFC 4180, formula guard),
 * Markdown and JSON. XLSX is written by src/node/xlsx.ts (exceljs). Pure: no `vscode`.
 */
import { csvField, guardFormula } from '../export/csv';
import type { Cell, Table } from './tables';

export function tableToCsv(t: Table): string {
  const line = (cells: readonly Cell[]): string => cells.map((c) => (typeof c === 'number' ? String(c) : csvField(guardFormula(c)))).join(',');
  return '\uFEFF' + [line(t.columns), ...t.rows.map(line)].join('\r\n') + '\r\n';
}

const mdCell = (c: Cell): string => String(c).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function tableToMarkdown(t: Table): string {
  const numeric = t.columns.map((_, j) => t.rows.length > 0 && t.rows.every((r) => typeof r[j] === 'number' || /^[\d.]+%$|^—$/.test(String(r[j]))));
  const out = [`### ${mdCell(t.title)}`, '', `| ${t.columns.map(mdCell).join(' | ')} |`, `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`];
  for (const r of t.rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
  if (t.note) out.push('', `*${mdCell(t.note)}*`);
  return out.join('\n') + '\n';
}

export function tableToJson(t: Table): string {
  return JSON.stringify({ name: t.name, title: t.title, columns: t.columns, rows: t.rows, note: t.note ?? null }, null, 2) + '\n';
}
