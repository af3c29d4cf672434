import { handle } from '../api/define';
import type { ReadDb } from '../db/types';
import { renderReportPdf } from '../exporters/pdf-engine';
import { readSettings } from '../system';
import { commendationsContract } from '../../contract/commendations/commendations.contract';
import type { DecisionDocument } from '../../contract/commendations/decision-document';
import { formKindOf, requireDecision, requireOwnDecision } from './decision.checks';
import { prefilledDecisionDocument } from './decision-document.rules';
import { lastDecisionDocument, readDecisionDocument, writeDecisionDocument } from './decision-documents.repo';
import { decisionText, type DecisionText } from './decision-text';
import { recipientsOfDecision } from './recipients.repo';

/** The decision's saved document parts, or ones prefilled from the last decision and the office settings. */
function storedDocument(db: ReadDb, id: string): { document: DecisionDocument; saved: boolean } {
  const decision = requireDecision(db, id);
  const saved = readDecisionDocument(db, id);
  if (saved) return { document: saved, saved: true };
  return { document: prefilledDecisionDocument(decision, formKindOf(decision), readSettings(db), lastDecisionDocument(db)), saved: false };
}

/** Everything the document prints, read in the call's transaction (before any await). */
function textOf(db: ReadDb, input: { id: string; document?: DecisionDocument | undefined }): DecisionText {
  const decision = requireDecision(db, input.id);
  const doc = input.document ?? storedDocument(db, input.id).document;
  return decisionText(decision, recipientsOfDecision(db, input.id), doc);
}

/** "quyet-dinh-125-QD-CAT": the number and symbol in ASCII, safe as a file name everywhere. */
function fileBase(t: DecisionText): string {
  const label = `${t.header.number}-${t.header.symbol}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D');
  return `quyet-dinh-${label.replace(/[^0-9a-z]+/gi, '-').replace(/^-+|-+$/g, '')}`;
}

const fileOut = (bytes: Buffer, fileName: string, mimeType: string) => ({
  fileName,
  mimeType,
  base64: bytes.toString('base64'),
  bytes: bytes.length,
});

export const getDecisionDocumentMethod = handle(commendationsContract, 'commendations.decisionDocument.get', (ctx, input) =>
  storedDocument(ctx.db, input.id),
);

export const saveDecisionDocumentMethod = handle(commendationsContract, 'commendations.decisionDocument.save', (ctx, input) => {
  requireOwnDecision(ctx.db, input.id);
  writeDecisionDocument(ctx.db, input.id, input.document, ctx.now);
  return { document: input.document, saved: true as const };
});

/** The decision and its attached list as an editable Word document. */
export const exportDecisionDocxMethod = handle(commendationsContract, 'commendations.exportDecisionDocx', async (ctx, input) => {
  const t = textOf(ctx.db, input);
  // Imported at first use, like the report's exporters: docx and echarts stay out of the core's start.
  const { decisionDocxBytes } = await import('../exporters/decision-docx');
  const bytes = await decisionDocxBytes(t);
  return fileOut(bytes, `${fileBase(t)}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
});

/** The same decision as a PDF per Nghị định 30/2020, with the embedded font. */
export const exportDecisionPdfMethod = handle(commendationsContract, 'commendations.exportDecisionPdf', async (ctx, input) => {
  const t = textOf(ctx.db, input);
  const { decisionPdfDoc } = await import('../exporters/decision-pdf');
  const bytes = await renderReportPdf(ctx.env.resourcesDir, decisionPdfDoc(t));
  return fileOut(bytes, `${fileBase(t)}.pdf`, 'application/pdf');
});
