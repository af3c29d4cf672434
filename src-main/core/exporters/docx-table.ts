import { AlignmentType, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { ReportTable } from '../reports/report';
import { viNumber } from '../reports/vi-number';

interface CellText {
  text: string;
  bold?: boolean;
  italics?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: number;
}

function cell(c: CellText, width: number, size: number, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    ...span,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: c.align ?? AlignmentType.CENTER,
        indent: c.indent ? { left: c.indent } : undefined,
        children: [new TextRun({ text: c.text, bold: c.bold, italics: c.italics, size: size * 2 })],
      }),
    ],
  });
}

/** The two header rows (a group's header merged across its columns) and the column-code row, repeated on every page. */
function headerRows(table: ReportTable, widths: readonly number[], size: number): TableRow[] {
  const top: TableCell[] = [];
  const second: TableCell[] = [];
  table.columns.forEach((c, i) => {
    if (c.group === null) {
      top.push(cell({ text: c.header, bold: true }, widths[i]!, size, { rowSpan: 2 }));
      return;
    }
    second.push(cell({ text: c.header, bold: true }, widths[i]!, size));
    if (table.columns[i - 1]?.group === c.group) return;
    let span = 1;
    while (table.columns[i + span]?.group === c.group) span++;
    const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
    top.push(cell({ text: c.group, bold: true }, width, size, { columnSpan: span }));
  });
  const codes = table.columns.map((c, i) => cell({ text: c.code, italics: true }, widths[i]!, size));
  return [top, second, codes].map((children) => new TableRow({ tableHeader: true, cantSplit: true, children }));
}

/**
 * A ReportTable as a Word table with the PDF's layout: headers repeated on each page, subtotal and
 * total rows bold, figures right-aligned with Vietnamese separators. `widths` in twips. Runs take the
 * document's default font and cells the table's margins: a unit table has thousands of cells, and
 * every property repeated on each of them costs time in the writer.
 */
export function docxTable(table: ReportTable, widths: readonly number[], size: number): Table {
  const rows = table.rows.map((row) => {
    const bold = row.kind === 'subtotal' || row.kind === 'total' || (row.kind === 'item' && row.level === 0);
    return new TableRow({
      cantSplit: true,
      children: table.columns.map((c, i) => {
        const v = row.cells[i] ?? null;
        const text = v === null ? '' : typeof v === 'number' ? viNumber(v) : v;
        const align = c.kind === 'number' ? AlignmentType.RIGHT : i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT;
        return cell({ text, bold, align, indent: i === 1 ? row.level * 120 : 0 }, widths[i]!, size);
      }),
    });
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    margins: { left: 40, right: 40 },
    rows: [...headerRows(table, widths, size), ...rows],
  });
}
