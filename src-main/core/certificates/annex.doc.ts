import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY } from './certificate.doc';
import { mm } from './layout';
import { ANNEX_COLUMNS, type AnnexData } from './annex.rows';

/**
 * The annex as a PDF per NĐ 30/2020 (DOMAIN.md §3): A4, landscape as allowed for table pages, margins top/bottom 20 mm, left 30 mm,
 * right 15 mm, Times-metric font 13 pt, page numbers centred in the top margin from page 2 on.
 */
export function annexDocument(a: AnnexData): TDocumentDefinitions {
  const head: TableCell[] = ANNEX_COLUMNS.map((c) => ({ text: c, bold: true, alignment: 'center' }));
  const body: TableCell[][] = [head];
  for (const g of a.groups) {
    body.push([{ text: g.heading, bold: true, colSpan: 6 }, '', '', '', '', '']);
    for (const r of g.rows) {
      body.push([
        { text: r.seq, alignment: 'center' },
        r.name,
        { text: r.birthYear, alignment: 'center' },
        r.positionUnit,
        r.achievement,
        { text: r.registry, alignment: 'center' },
      ]);
    }
  }
  const content: Content[] = [
    { text: a.title, bold: true, fontSize: 14, alignment: 'center' },
    { text: a.subtitle, italics: true, fontSize: 14, alignment: 'center', margin: [0, 2, 0, 4] },
    { canvas: [{ type: 'line', x1: mm(103), y1: 0, x2: mm(149), y2: 0, lineWidth: 0.6 }], margin: [0, 0, 0, 10] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [mm(11), mm(58), mm(15), mm(66), '*', mm(14)], body },
      layout: { paddingTop: () => 2, paddingBottom: () => 2, hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
      fontSize: 12,
    },
  ];
  return {
    info: { title: a.title, creator: 'antq-records' },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [mm(30), mm(20), mm(15), mm(20)],
    defaultStyle: { font: FONT_FAMILY, fontSize: 13, lineHeight: 1.1 },
    header: (page: number): Content =>
      page === 1 ? '' : { text: String(page), alignment: 'center', fontSize: 13, margin: [0, mm(10), 0, 0] },
    content,
  };
}
