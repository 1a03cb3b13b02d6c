/**
 * XLSX output of coding tables with exceljs (a well-kept library: we do not write the format by
 * hand). One worksheet per table, a bold frozen header row, numbers as numbers, the note below.
 */
import ExcelJS from 'exceljs';
import type { Table } from '../core/coding/tables';

export async function tablesToXlsx(tables: readonly Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Policy Annotator';
  const used = new Set<string>();
  for (const t of tables) {
    let name = t.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || t.name;
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(t.columns).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    if (t.note) {
      ws.addRow([]);
      ws.addRow([t.note]).font = { italic: true };
    }
    ws.columns.forEach((col, j) => {
      const widest = Math.max(...[t.columns[j], ...t.rows.slice(0, 200).map((r) => r[j])].map((c) => String(c ?? '').length));
      col.width = Math.min(60, Math.max(8, widest * 1.6));
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
