import type { Content } from 'pdfmake/interfaces';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { decisionLabel, recipientsOfDecision, requireDecision, type Decision, type Recipient } from '../commendations';
import { certificateDocument, certificatePage, type FieldProblem, type PrintOptions } from './certificate.doc';
import { getEmblem, layoutOffsets } from './certificates.repo';
import type { Layout } from './layout';
import { loadLayouts, pickLayout } from './layouts.load';
import { fontDirOf } from './pdf';
import { createMeasurer } from './text-fit';

/** Everything a print needs, read from the database in one synchronous step (before any await). */
export interface PrintJobData {
  decision: Decision;
  recipients: Recipient[];
  layout: Layout;
  options: PrintOptions;
  resourcesDir: string;
}

export function layoutFor(resourcesDir: string, decision: Decision): Layout {
  const layout = pickLayout(loadLayouts(resourcesDir), decision.awardFormCode, decision.authorityCode);
  if (!layout) throw new AppError('NOT_FOUND', 'Chưa có mẫu in cho hình thức khen thưởng này.');
  return layout;
}

export function emblemDataUrl(db: ReadDb): string | null {
  const e = getEmblem(db);
  return e ? `data:${e.mime};base64,${Buffer.from(e.bytes).toString('base64')}` : null;
}

export function readPrintData(
  db: ReadDb,
  resourcesDir: string,
  req: { decisionId: string; recipientIds?: string[]; mode: 'full' | 'overlay' },
): PrintJobData {
  const decision = requireDecision(db, req.decisionId);
  const recipients = recipientsOfDecision(db, req.decisionId, req.recipientIds);
  if (req.recipientIds && recipients.length !== new Set(req.recipientIds).size) {
    throw new AppError('NOT_FOUND', 'Có người được chọn không thuộc danh sách của quyết định này.');
  }
  if (recipients.length === 0) throw new AppError('VALIDATION', 'Quyết định chưa có người hoặc tập thể nào để in.');
  const layout = layoutFor(resourcesDir, decision);
  const options: PrintOptions = {
    mode: req.mode,
    offsets: layoutOffsets(db, layout.id),
    emblem: req.mode === 'full' ? emblemDataUrl(db) : null,
  };
  return { decision, recipients, layout, options, resourcesDir };
}

export interface RecipientProblems {
  recipientId: string;
  name: string;
  problems: FieldProblem[];
}

/** Builds the pages in chunks, yielding between them so progress can be polled while a batch is laid out. */
export async function buildPages(data: PrintJobData, onProgress: (done: number) => void, chunk = 100) {
  const m = createMeasurer(fontDirOf(data.resourcesDir));
  const pages: Content[][] = [];
  const problems: RecipientProblems[] = [];
  for (let i = 0; i < data.recipients.length; i++) {
    const r = data.recipients[i] as Recipient;
    const page = certificatePage(r, data.decision, data.layout, m, data.options);
    pages.push(page.content);
    if (page.problems.length) problems.push({ recipientId: r.id, name: r.name, problems: page.problems });
    if ((i + 1) % chunk === 0) {
      onProgress(i + 1);
      await new Promise((done) => setImmediate(done));
    }
  }
  onProgress(data.recipients.length);
  const title = `${data.decision.awardFormName} - Quyết định số ${decisionLabel(data.decision)}`;
  return { doc: certificateDocument(pages, data.layout, title), problems };
}
