import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DecisionText } from '../commendations';
import { REPORT_FONT } from './pdf-engine';
import { pdfTable } from './pdf-table';
import { documentHeader, signature } from './report-pdf';

const MM = 72 / 25.4;
// Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];

function decisionPart(t: DecisionText): Content[] {
  const centred = (text: string, margin: [number, number, number, number] = [0, 0, 0, 0]): Content => ({
    text,
    bold: true,
    alignment: 'center',
    margin,
  });
  return [
    documentHeader(t.header),
    centred('QUYẾT ĐỊNH', [0, 18, 0, 0]),
    centred(t.subject, [0, 0, 0, 12]),
    centred(t.issuerLine, [0, 0, 0, 12]),
    ...t.preamble.map((text): Content => ({ text, italics: true, alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6] })),
    centred('QUYẾT ĐỊNH:', [0, 6, 0, 6]),
    ...t.articles.map((a): Content => ({
      text: [{ text: `${a.label} `, bold: true }, a.text],
      alignment: 'justify',
      leadingIndent: 28,
      margin: [0, 0, 0, 6],
    })),
    signature(t.header),
  ];
}

/**
 * The decision as a pdfmake document: A4 portrait per Nghị định 30/2020 (14 pt body), the attached
 * list from a new page with its header row repeated; page numbers centred at the top from page 2.
 */
export function decisionPdfDoc(t: DecisionText): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: { title: `Quyết định ${t.header.number}/${t.header.symbol}`, creator: 'antq-records' },
    defaultStyle: { font: REPORT_FONT, fontSize: 14, lineHeight: 1.1 },
    styles: { th: { bold: true, alignment: 'center' }, code: { italics: true, alignment: 'center' } },
    header: (page: number) => (page === 1 ? null : { text: String(page), alignment: 'center', fontSize: 13, margin: [0, 10 * MM, 0, 0] }),
    content: [
      ...decisionPart(t),
      { text: t.listTitle, bold: true, alignment: 'center', pageBreak: 'before' },
      { text: t.listSubtitle, italics: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 8] },
      pdfTable(t.list, [28, 170, 48, '*'], 12),
    ],
  };
}
