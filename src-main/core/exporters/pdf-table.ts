import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportTable } from '../reports/report';
import { viNumber } from '../reports/vi-number';

function headerRows(table: ReportTable): TableCell[][] {
  const top: TableCell[] = [];
  const second: TableCell[] = [];
  table.columns.forEach((c, i) => {
    if (c.group === null) {
      top.push({ text: c.header, rowSpan: 2, style: 'th' });
      second.push({ text: '' });
      return;
    }
    second.push({ text: c.header, style: 'th' });
    if (table.columns[i - 1]?.group === c.group) {
      top.push({ text: '' });
      return;
    }
    let span = 1;
    while (table.columns[i + span]?.group === c.group) span++;
    top.push(span > 1 ? { text: c.group, colSpan: span, style: 'th' } : { text: c.group, style: 'th' });
  });
  const codes: TableCell[] = table.columns.map((c) => ({ text: c.code, style: 'code' }));
  return [top, second, codes];
}

function cellText(v: string | number | null): string {
  if (v === null) return '';
  return typeof v === 'number' ? viNumber(v) : v;
}

/**
 * A ReportTable as a pdfmake table: the two header rows and the code row repeat on every page
 * (headerRows: 3); subtotal and total rows are bold; figures right-aligned with Vietnamese separators.
 */
export function pdfTable(table: ReportTable, widths: (string | number)[], fontSize: number): Content {
  const body: TableCell[][] = [...headerRows(table)];
  for (const row of table.rows) {
    const bold = row.kind === 'subtotal' || row.kind === 'total' || (row.kind === 'item' && row.level === 0);
    body.push(
      table.columns.map((c, i) => ({
        text: cellText(row.cells[i] ?? null),
        bold,
        alignment: c.kind === 'number' ? 'right' : i === 0 ? 'center' : 'left',
        margin: i === 1 ? [row.level * 6, 0, 0, 0] : undefined,
      })),
    );
  }
  return {
    table: { headerRows: 3, dontBreakRows: true, widths, body },
    fontSize,
    layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
  };
}
