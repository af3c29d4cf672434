import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { modelsByTypeSvg, outcomesSvg } from '../charts/report-charts';
import type { Report } from '../reports/report';
import { periodInSentence } from '../reports/period';
import {
  MOTTO,
  NATIONAL_TITLE,
  numberLine,
  placeAndDate,
  recipientLines,
  scopeLine,
  signatureTitleLines,
  type DocumentHeader,
} from './document-lines';
import { REPORT_FONT } from './pdf-engine';
import { pdfTable } from './pdf-table';

const MM = 72 / 25.4;
// Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];

const rule = (w: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: w, y2: 0, lineWidth: 0.6 }],
  alignment: 'center',
  margin: [0, 1, 0, 4],
});

/**
 * Nghị định 30/2020's top: the parent body, the issuing body (bold, ruled) and "Số: …" on the left;
 * Quốc hiệu, tiêu ngữ (bold, ruled) and the dated line in italics on the right.
 */
export function documentHeader(h: DocumentHeader): Content {
  return {
    columns: [
      {
        width: 200,
        stack: [
          ...(h.parentBody ? [{ text: h.parentBody.toUpperCase(), fontSize: 12, alignment: 'center' as const }] : []),
          { text: h.issuingBody.toUpperCase(), fontSize: 12, bold: true, alignment: 'center' },
          rule(70),
          { text: numberLine(h), fontSize: 13, alignment: 'center' },
        ],
      },
      {
        width: '*',
        stack: [
          { text: NATIONAL_TITLE, fontSize: 12, bold: true, alignment: 'center' },
          { text: MOTTO, fontSize: 13, bold: true, alignment: 'center' },
          rule(160),
          { text: placeAndDate(h), fontSize: 13, italics: true, alignment: 'center' },
        ],
      },
    ],
    columnGap: 10,
  };
}

/** Nơi nhận at the bottom left; the signer's title lines, room for signature and seal, and the name on the right. */
export function signature(h: DocumentHeader): Content {
  return {
    columns: [
      {
        width: '45%',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          ...recipientLines(h.recipients).map((text) => ({ text, fontSize: 11 })),
        ],
      },
      {
        width: '*',
        stack: [
          ...signatureTitleLines(h).map((text) => ({ text, bold: true, fontSize: 13, alignment: 'center' as const })),
          { text: h.signerName, bold: true, fontSize: 13, alignment: 'center', margin: [0, 70, 0, 0] },
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 14, 0, 0],
  };
}

function charts(report: Report): Content[] {
  const cur = report.period.label;
  const prev = report.previous.label;
  const models = modelsByTypeSvg(report.indicators, cur, prev);
  return [
    ...(models
      ? [
          {
            svg: models,
            width: 440,
            alignment: 'center' as const,
            font: REPORT_FONT,
            margin: [0, 6, 0, 6] as [number, number, number, number],
          },
        ]
      : []),
    { svg: outcomesSvg(report.indicators, cur, prev), width: 440, alignment: 'center' as const, font: REPORT_FONT },
  ];
}

/**
 * The report as a pdfmake document: A4 portrait with the header blocks, the narrative and charts, the
 * indicator table; the table by unit on landscape pages; page numbers centred at the top from page 2.
 */
export function reportPdfDoc(report: Report, header: DocumentHeader): TDocumentDefinitions {
  const h = (text: string): Content => ({ text, bold: true, fontSize: 13, margin: [0, 10, 0, 4] });
  const unitCols = report.unitTable.columns.length;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: { title: `Báo cáo ${report.period.label}`, creator: 'antq-records' },
    defaultStyle: { font: REPORT_FONT, fontSize: 13, lineHeight: 1.1 },
    styles: { th: { bold: true, alignment: 'center' }, code: { italics: true, alignment: 'center' } },
    header: (page: number) => (page === 1 ? null : { text: String(page), alignment: 'center', fontSize: 13, margin: [0, 10 * MM, 0, 0] }),
    content: [
      documentHeader(header),
      { text: 'BÁO CÁO', bold: true, fontSize: 14, alignment: 'center', margin: [0, 16, 0, 0] },
      { text: header.subject, bold: true, fontSize: 13, alignment: 'center' },
      rule(120),
      {
        text: `(${scopeLine(report)}; so sánh với ${periodInSentence(report.previous.label)})`,
        italics: true,
        fontSize: 13,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      h('I. ĐÁNH GIÁ CHUNG'),
      ...report.narrative.map((p): Content => ({ text: p, alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6] })),
      ...charts(report),
      h('II. CÁC CHỈ TIÊU SO VỚI CÙNG KỲ'),
      pdfTable(report.indicatorTable, [24, '*', 52, 58, 58, 50], 10),
      {
        text: 'III. KẾT QUẢ THEO ĐƠN VỊ',
        bold: true,
        fontSize: 13,
        margin: [0, 0, 0, 4],
        pageBreak: 'before',
        pageOrientation: 'landscape',
      },
      pdfTable(report.unitTable, [18, 96, ...Array.from({ length: unitCols - 2 }, () => '*')], 7.5),
      signature(header),
    ],
  };
}
