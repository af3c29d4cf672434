import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { modelsByTypeSvg, outcomesSvg } from '../charts/report-charts';
import type { Report } from '../reports/report';
import { MOTTO, NATIONAL_TITLE, placeAndDate, type OfficeInfo } from './office';
import { REPORT_FONT } from './pdf-engine';
import { pdfTable } from './pdf-table';

const MM = 72 / 25.4;
// Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
const MARGINS: [number, number, number, number] = [30 * MM, 20 * MM, 15 * MM, 20 * MM];

/** The issuing body (left) and Quốc hiệu, tiêu ngữ, dated line (right), as NĐ 30/2020 lays them out. */
function documentHeader(office: OfficeInfo, signedOn: string): Content {
  const rule = (w: number): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: w, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, 1, 0, 4],
  });
  return {
    columns: [
      {
        width: 200,
        stack: [
          { text: office.parentBody.toUpperCase(), fontSize: 12, alignment: 'center' },
          { text: office.officeName.toUpperCase(), fontSize: 12, bold: true, alignment: 'center' },
          rule(70),
          { text: 'Số:        /BC-PV05', fontSize: 13, alignment: 'center' },
        ],
      },
      {
        width: '*',
        stack: [
          { text: NATIONAL_TITLE, fontSize: 12, bold: true, alignment: 'center' },
          { text: MOTTO, fontSize: 13, bold: true, alignment: 'center' },
          rule(160),
          { text: placeAndDate(office, signedOn), fontSize: 13, italics: true, alignment: 'center' },
        ],
      },
    ],
    columnGap: 10,
  };
}

function signature(office: OfficeInfo): Content {
  return {
    columns: [
      {
        width: '45%',
        stack: [
          { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 12 },
          { text: '- Bộ Công an (V05);', fontSize: 11 },
          { text: '- Lưu: VT.', fontSize: 11 },
        ],
      },
      {
        width: '*',
        stack: [
          { text: office.signerTitle.toUpperCase(), bold: true, fontSize: 13, alignment: 'center' },
          { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 60] },
          { text: office.signerName, bold: true, fontSize: 13, alignment: 'center' },
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
export function reportPdfDoc(report: Report, office: OfficeInfo, signedOn: string): TDocumentDefinitions {
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
      documentHeader(office, signedOn),
      { text: 'BÁO CÁO', bold: true, fontSize: 14, alignment: 'center', margin: [0, 16, 0, 0] },
      {
        text: `Kết quả phong trào toàn dân bảo vệ an ninh Tổ quốc ${report.period.label.replace(/^Năm/, 'năm')}`,
        bold: true,
        fontSize: 13,
        alignment: 'center',
      },
      {
        text: `(${report.scope.kind === 'province' ? `Toàn tỉnh: ${report.scope.name}` : report.scope.name}; so sánh với ${report.previous.label.toLowerCase()})`,
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
      signature(office),
    ],
  };
}
