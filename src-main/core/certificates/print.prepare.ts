import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { decisionLabel, recipientsOfDecision, requireDecision, type Decision, type Recipient } from '../commendations';
import { certificatePage, type FieldProblem, type PrintOptions } from './certificate.doc';
import { getEmblem, layoutOffsets } from './certificates.repo';
import type { Layout } from './layout';
import { applyPlacements } from './layout-fields';
import { chosenLayoutId, readPlacements } from './layout-editor.repo';
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

/**
 * The layout a decision prints with, as the file defines it: the one the clerk chose for it, else the
 * one its form and authority pick (a chosen layout whose file is gone falls back to that too).
 */
export function baseLayoutFor(db: ReadDb, resourcesDir: string, decision: Decision): { layout: Layout; chosen: boolean } {
  const layouts = loadLayouts(resourcesDir);
  const chosenId = chosenLayoutId(db, decision.id);
  const chosen = chosenId === null ? undefined : layouts.find((l) => l.id === chosenId);
  if (chosen) return { layout: chosen, chosen: true };
  const layout = pickLayout(layouts, decision.awardFormCode, decision.authorityCode);
  if (!layout) throw new AppError('NOT_FOUND', 'Chưa có mẫu in cho hình thức khen thưởng này.');
  return { layout, chosen: false };
}

/** The decision's layout with the office's field placements over the file's: what actually prints. */
export function layoutFor(db: ReadDb, resourcesDir: string, decision: Decision): Layout {
  const { layout } = baseLayoutFor(db, resourcesDir, decision);
  return applyPlacements(layout, readPlacements(db, layout.id).placements);
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
  const layout = layoutFor(db, resourcesDir, decision);
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

/**
 * Lays out every certificate's fields (not the PDF) to find the texts that overflow their boxes, yielding
 * between chunks so a long check does not hold the core. Nothing of the pages is kept.
 */
export async function findProblems(data: PrintJobData, chunk = 500): Promise<RecipientProblems[]> {
  const m = createMeasurer(fontDirOf(data.resourcesDir));
  const problems: RecipientProblems[] = [];
  for (let i = 0; i < data.recipients.length; i++) {
    const r = data.recipients[i] as Recipient;
    const page = certificatePage(r, data.decision, data.layout, m, data.options);
    if (page.problems.length) problems.push({ recipientId: r.id, name: r.name, problems: page.problems });
    if ((i + 1) % chunk === 0) await new Promise((done) => setImmediate(done));
  }
  return problems;
}

/** The PDF's title: the award form and the decision. */
export function printTitle(decision: Decision): string {
  return `${decision.awardFormName} - Quyết định số ${decisionLabel(decision)}`;
}
