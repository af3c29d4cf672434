import { AlignmentType, Document, Packer, PageBreak, Paragraph, TextRun, type ISectionOptions } from 'docx';
import type { DecisionText } from '../commendations';
import { DOCX_FONT, docxDocumentHeader, docxSignature, pageNumberHeaders, para, TEXT_WIDTH, TW_MM } from './docx-blocks';
import { docxTable } from './docx-table';

// Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm (as the PDF).
const MARGIN = { top: Math.round(20 * TW_MM), bottom: Math.round(20 * TW_MM), left: Math.round(30 * TW_MM), right: Math.round(15 * TW_MM) };
const A4 = { width: Math.round(210 * TW_MM), height: Math.round(297 * TW_MM) };
const BODY = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120 } } as const;
const centred = (text: string, style: { bold?: boolean; italics?: boolean; size?: number }, before = 0, after = 0) =>
  para(text, style, { alignment: AlignmentType.CENTER, spacing: { before, after } });

/** "Điều 1." in bold, then the article's text, as one justified paragraph. */
function article(label: string, text: string): Paragraph {
  return new Paragraph({
    ...BODY,
    children: [new TextRun({ text: `${label} `, bold: true, font: DOCX_FONT, size: 28 }), new TextRun({ text, font: DOCX_FONT, size: 28 })],
  });
}

function decisionPart(t: DecisionText): (Paragraph | ReturnType<typeof docxDocumentHeader>)[] {
  return [
    docxDocumentHeader(t.header),
    centred('QUYẾT ĐỊNH', { bold: true, size: 14 }, 320),
    centred(t.subject, { bold: true, size: 14 }, 0, 240),
    centred(t.issuerLine, { bold: true, size: 14 }, 0, 240),
    ...t.preamble.map((line) => para(line, { size: 14, italics: true }, BODY)),
    centred('QUYẾT ĐỊNH:', { bold: true, size: 14 }, 120, 120),
    ...t.articles.map((a) => article(a.label, a.text)),
    para(''),
    docxSignature(t.header),
  ];
}

function listPart(t: DecisionText): (Paragraph | ReturnType<typeof docxTable>)[] {
  const widths = [12, 70, 20].map((mm) => Math.round(mm * TW_MM));
  widths.push(TEXT_WIDTH.portrait - widths.reduce((a, b) => a + b, 0));
  return [
    new Paragraph({ children: [new PageBreak()] }),
    centred(t.listTitle, { bold: true, size: 14 }),
    centred(t.listSubtitle, { italics: true, size: 13 }, 0, 200),
    docxTable(t.list, widths, 12),
  ];
}

/**
 * The decision as an editable Word document with the PDF's content and layout: A4 portrait, the
 * header blocks, căn cứ, the articles, nơi nhận and the signer; the attached list from a new page;
 * page numbers centred at the top from page 2.
 */
export function decisionDocx(t: DecisionText): Document {
  const section: ISectionOptions = {
    properties: { titlePage: true, page: { size: A4, margin: MARGIN } },
    headers: pageNumberHeaders(),
    children: [...decisionPart(t), ...listPart(t)],
  };
  return new Document({
    creator: 'antq-records',
    title: `Quyết định ${t.header.number}/${t.header.symbol}`,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 28 } } } },
    sections: [section],
  });
}

/** The Word document as bytes. */
export async function decisionDocxBytes(t: DecisionText): Promise<Buffer> {
  return Packer.toBuffer(decisionDocx(t));
}
