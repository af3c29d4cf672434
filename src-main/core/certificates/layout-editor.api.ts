import { handle } from '../api/define';
import { certificatesContract } from '../../contract/certificates/certificates.contract';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { recipientsOfDecision, requireDecision } from '../commendations';
import { FIELD_LABELS } from './certificate.doc';
import { certificateTexts } from './certificate.text';
import { layoutOffsets } from './certificates.repo';
import { VARIABLE_FIELDS, pageSizeMm, type Layout } from './layout';
import { chooseLayout, readPlacements, savePlacements } from './layout-editor.repo';
import { ALL_FIELDS, applyPlacements, placementIssues, placementOf } from './layout-fields';
import { previewPage, sampleTexts } from './layout-preview';
import { loadLayouts } from './layouts.load';
import { fontDirOf } from './pdf';
import { baseLayoutFor } from './print.prepare';
import { createMeasurer } from './text-fit';
import type { FieldPlacements } from '../../contract/certificates/layout-editor';

function requireLayout(resourcesDir: string, id: string): Layout {
  const layout = loadLayouts(resourcesDir).find((l) => l.id === id);
  if (!layout) throw new AppError('NOT_FOUND', `Không tìm thấy mẫu in "${id}"; hãy chọn lại mẫu in trong danh sách.`);
  return layout;
}

/** The editor's view of a layout: each field where it prints now and where the file puts it. */
function editorView(db: ReadDb, base: Layout) {
  const stored = readPlacements(db, base.id);
  const applied = applyPlacements(base, stored.placements);
  const [widthMm, heightMm] = pageSizeMm(base);
  return {
    layoutId: base.id,
    name: base.name,
    sheet: { widthMm, heightMm },
    fields: ALL_FIELDS.map((field) => ({
      field,
      label: FIELD_LABELS[field],
      variable: (VARIABLE_FIELDS as readonly string[]).includes(field),
      placement: placementOf(applied.fields[field]),
      original: placementOf(base.fields[field]),
      heightMm: base.fields[field].height,
    })),
    offsets: layoutOffsets(db, base.id),
    version: stored.version,
  };
}

function refuseOffSheet(layout: Layout, placements: FieldPlacements): void {
  const issues = placementIssues(layout, placements);
  if (issues.length === 0) return;
  throw new AppError('VALIDATION', `Có ${issues.length} trường nằm ngoài tờ giấy; chưa lưu. ${issues[0]?.message ?? ''}`.trim(), issues);
}

export const layoutFieldsMethod = handle(certificatesContract, 'certificates.layoutFields', (ctx, { layoutId }) =>
  editorView(ctx.db, requireLayout(ctx.env.resourcesDir, layoutId)),
);

export const saveLayoutFieldsMethod = handle(certificatesContract, 'certificates.saveLayoutFields', (ctx, input) => {
  const base = requireLayout(ctx.env.resourcesDir, input.layoutId);
  refuseOffSheet(base, input.fields);
  const current = readPlacements(ctx.db, base.id);
  if (current.version !== input.expectedVersion) {
    throw new AppError(
      'CONFLICT',
      `Bố cục mẫu in "${base.name}" vừa được lưu ở nơi khác (phiên bản ${current.version}, bạn sửa từ phiên bản ${input.expectedVersion}). Hãy tải lại rồi sửa tiếp.`,
    );
  }
  savePlacements(ctx.db, base.id, input.fields, current.version + 1, ctx.now);
  return editorView(ctx.db, base);
});

/** Texts of a real certificate of the decision (its first recipient, or the one asked), else sample ones. */
function previewTexts(db: ReadDb, layout: Layout, decisionId?: string, recipientId?: string) {
  if (!decisionId) return sampleTexts(layout);
  const decision = requireDecision(db, decisionId);
  const [recipient] = recipientsOfDecision(db, decisionId, recipientId ? [recipientId] : undefined);
  if (!recipient) return recipientId ? notInDecision() : sampleTexts(layout);
  return certificateTexts(recipient, decision, layout);
}

function notInDecision(): never {
  throw new AppError('NOT_FOUND', 'Người được chọn không thuộc quyết định này; hãy tải lại danh sách.');
}

export const layoutPreviewMethod = handle(certificatesContract, 'certificates.layoutPreview', (ctx, input) => {
  const base = requireLayout(ctx.env.resourcesDir, input.layoutId);
  const placements = input.fields ?? readPlacements(ctx.db, base.id).placements;
  refuseOffSheet(base, placements);
  const layout = applyPlacements(base, placements);
  const texts = previewTexts(ctx.db, layout, input.decisionId, input.recipientId);
  const m = createMeasurer(fontDirOf(ctx.env.resourcesDir));
  return previewPage(texts, layout, m, { mode: input.mode, offsets: layoutOffsets(ctx.db, base.id) });
});

function decisionLayoutView(db: ReadDb, resourcesDir: string, decisionId: string) {
  const { layout, chosen } = baseLayoutFor(db, resourcesDir, requireDecision(db, decisionId));
  return { layoutId: layout.id, layoutName: layout.name, chosen };
}

export const decisionLayoutMethod = handle(certificatesContract, 'certificates.decisionLayout', (ctx, { decisionId }) =>
  decisionLayoutView(ctx.db, ctx.env.resourcesDir, decisionId),
);

export const setDecisionLayoutMethod = handle(certificatesContract, 'certificates.setDecisionLayout', (ctx, { decisionId, layoutId }) => {
  requireDecision(ctx.db, decisionId);
  if (layoutId !== null) requireLayout(ctx.env.resourcesDir, layoutId);
  chooseLayout(ctx.db, decisionId, layoutId, ctx.now);
  return decisionLayoutView(ctx.db, ctx.env.resourcesDir, decisionId);
});
