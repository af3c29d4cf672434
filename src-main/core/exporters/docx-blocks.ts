import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import {
  MOTTO,
  NATIONAL_TITLE,
  numberLine,
  placeAndDate,
  recipientLines,
  signatureTitleLines,
  type DocumentHeader,
} from './document-lines';

/**
 * The blocks every Word document of the office shares (docx is only imported by the docx-* modules):
 * Nghị định 30/2020's top and signature, laid out as in the PDF with borderless tables.
 */

/** Times New Roman is what Word and LibreOffice have (the PDF embeds the metric-compatible Tinos). */
export const DOCX_FONT = 'Times New Roman';
/** Twips per millimetre. */
export const TW_MM = 1440 / 25.4;
/** A4 width inside the margins (left 30 mm, right 15 mm), portrait and landscape, in twips. */
export const TEXT_WIDTH = { portrait: Math.round(165 * TW_MM), landscape: Math.round(252 * TW_MM) };

interface RunStyle {
  size?: number;
  bold?: boolean;
  italics?: boolean;
}

/** One paragraph of a single run; `size` in points. */
export function para(text: string, style: RunStyle = {}, options: Omit<IParagraphOptions, 'children' | 'text'> = {}): Paragraph {
  const { size = 13, bold, italics } = style;
  return new Paragraph({ ...options, children: [new TextRun({ text, size: size * 2, bold, italics, font: DOCX_FONT })] });
}

const centred = (text: string, style: RunStyle = {}, after = 0) =>
  para(text, style, { alignment: AlignmentType.CENTER, spacing: { after } });

/** A short rule under a centred line (as NĐ 30/2020 draws under the issuing body and the motto), `width` in mm. */
function rule(cellWidthMm: number, widthMm: number): Paragraph {
  const side = Math.max(0, Math.round(((cellWidthMm - widthMm) / 2) * TW_MM));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 80, line: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function blockTable(widthsMm: readonly number[], columns: Paragraph[][]): Table {
  const widths = widthsMm.map((w) => Math.round(w * TW_MM));
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: columns.map(
          (children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: TableBorders.NONE, children }),
        ),
      }),
    ],
  });
}

/** The issuing body, its parent and "Số: …" on the left; Quốc hiệu, tiêu ngữ and the dated line on the right. */
export function docxDocumentHeader(h: DocumentHeader): Table {
  const left = [
    ...(h.parentBody ? [centred(h.parentBody.toUpperCase(), { size: 12 })] : []),
    centred(h.issuingBody.toUpperCase(), { size: 12, bold: true }),
    rule(70, 25),
    centred(numberLine(h)),
  ];
  const right = [
    centred(NATIONAL_TITLE, { size: 12, bold: true }),
    centred(MOTTO, { size: 13, bold: true }),
    rule(95, 57),
    centred(placeAndDate(h), { italics: true }),
  ];
  return blockTable([70, 95], [left, right]);
}

/** Nơi nhận at the bottom left; the signer's title lines, room for signature and seal, and the name on the right. */
export function docxSignature(h: DocumentHeader): Table {
  const left = [
    para('Nơi nhận:', { size: 12, bold: true, italics: true }),
    ...recipientLines(h.recipients).map((l) => para(l, { size: 11 })),
  ];
  const titles = signatureTitleLines(h).map((t) => centred(t, { bold: true }));
  const right = [...titles, centred('', {}, 1400), centred(h.signerName, { bold: true })];
  return blockTable([75, 90], [left, right]);
}

/** Page numbers centred at the top of every page but the first (the first page's header is left empty). */
export function pageNumberHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: 26, font: DOCX_FONT })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}
