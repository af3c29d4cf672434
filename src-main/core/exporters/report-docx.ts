import { AlignmentType, Document, Packer, PageOrientation, type ISectionOptions, type Paragraph, type Table } from 'docx';
import { periodInSentence } from '../reports/period';
import type { Report } from '../reports/report';
import { DOCX_FONT, docxDocumentHeader, docxSignature, pageNumberHeaders, para, TEXT_WIDTH, TW_MM } from './docx-blocks';
import { docxCharts } from './docx-charts';
import { docxTable } from './docx-table';
import { scopeLine, type DocumentHeader } from './document-lines';

// Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (as the PDF).
const MARGIN = { top: Math.round(20 * TW_MM), bottom: Math.round(20 * TW_MM), left: Math.round(30 * TW_MM), right: Math.round(15 * TW_MM) };
const A4 = { width: Math.round(210 * TW_MM), height: Math.round(297 * TW_MM) };

function heading(text: string): Paragraph {
  return para(text, { bold: true }, { spacing: { before: 200, after: 80 } });
}

/** Widths in twips: fixed columns in mm, the rest sharing what is left of `total`. */
function widthsOf(fixedMm: readonly (number | null)[], total: number): number[] {
  const fixed = fixedMm.reduce<number>((s, w) => s + (w === null ? 0 : Math.round(w * TW_MM)), 0);
  const free = fixedMm.filter((w) => w === null).length;
  const each = free > 0 ? Math.floor((total - fixed) / free) : 0;
  return fixedMm.map((w) => (w === null ? each : Math.round(w * TW_MM)));
}

function firstPart(report: Report, header: DocumentHeader, fontDir: string): (Paragraph | Table)[] {
  const indicatorWidths = widthsOf([9, null, 19, 21, 21, 18], TEXT_WIDTH.portrait);
  return [
    docxDocumentHeader(header),
    para('BÁO CÁO', { size: 14, bold: true }, { alignment: AlignmentType.CENTER, spacing: { before: 320 } }),
    para(header.subject, { bold: true }, { alignment: AlignmentType.CENTER }),
    para(
      `(${scopeLine(report)}; so sánh với ${periodInSentence(report.previous.label)})`,
      { italics: true },
      {
        alignment: AlignmentType.CENTER,
        spacing: { after: 160 },
      },
    ),
    heading('I. ĐÁNH GIÁ CHUNG'),
    ...report.narrative.map((p) =>
      para(p, {}, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 } }),
    ),
    ...docxCharts(report, fontDir),
    heading('II. CÁC CHỈ TIÊU SO VỚI CÙNG KỲ'),
    docxTable(report.indicatorTable, indicatorWidths, 10),
  ];
}

/**
 * The report as an editable Word document with the PDF's content and layout: A4 portrait with the
 * header blocks, the narrative and the indicator table; the table by unit and the signature on
 * landscape pages; page numbers centred at the top from page 2.
 */
export function reportDocx(report: Report, header: DocumentHeader, fontDir: string): Document {
  const unitCols = report.unitTable.columns.length;
  const unitWidths = widthsOf([7, 36, ...Array.from({ length: unitCols - 2 }, () => null)], TEXT_WIDTH.landscape);
  const headers = pageNumberHeaders();
  const sections: ISectionOptions[] = [
    {
      properties: { titlePage: true, page: { size: A4, margin: MARGIN } },
      headers,
      children: firstPart(report, header, fontDir),
    },
    {
      properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
      headers: { default: headers.default },
      children: [heading('III. KẾT QUẢ THEO ĐƠN VỊ'), docxTable(report.unitTable, unitWidths, 7.5), para(''), docxSignature(header)],
    },
  ];
  return new Document({
    creator: 'antq-records',
    title: `Báo cáo ${report.period.label}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 26 } } } },
    sections,
  });
}

/** The Word document as bytes; `fontDir` holds Tinos, which the charts' PNG fallbacks are drawn with. */
export async function reportDocxBytes(report: Report, header: DocumentHeader, fontDir: string): Promise<Buffer> {
  return Packer.toBuffer(reportDocx(report, header, fontDir));
}
