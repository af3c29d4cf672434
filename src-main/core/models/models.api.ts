import { handle, type MethodContext } from '../api/define';
import { modelsContract } from '../../contract/models/models.contract';
import { AppError, fieldError } from '../api/errors';
import { assertCatalogueEntry } from '../catalogues';
import { assertVersion } from '../api/version-check';
import { deleteOrConflict, findUnit } from '../units';
import { assertOwnRecord } from '../records/record-origin.repo';
import { officeToday } from '../../shared/office-day';
import type { SecurityModel } from '../../contract/models/security-model';
import { toModelDraft, type SecurityModelDraft } from './security-model-draft';
import { assertFoundingBeforeChanges, assertModelUnit, assertNotFuture, assertStatusChange } from './security-model.rules';
import { appendEvent, deleteModelRow, findModel, insertModel, modelEvents, moveFoundingEvent, updateModel } from './models.repo';

export function getModelOrThrow(ctx: Pick<MethodContext, 'db'>, id: string): SecurityModel {
  const model = findModel(ctx.db, id);
  if (!model) throw new AppError('NOT_FOUND', 'Không tìm thấy mô hình; có thể nó đã bị xoá.');
  return model;
}

/** Every rule a model's fields must meet; `before` is the stored model on update (retired entries it has stay allowed). */
function assertModelDraft(ctx: MethodContext, d: SecurityModelDraft, before: SecurityModel | null): void {
  assertCatalogueEntry(ctx.db, 'model_type', d.typeId, ['typeId'], { allowRetired: before?.typeId === d.typeId });
  if (d.hostOrganisationId !== null) {
    assertCatalogueEntry(ctx.db, 'host_organisation', d.hostOrganisationId, ['hostOrganisationId'], {
      allowRetired: before?.hostOrganisationId === d.hostOrganisationId,
    });
  }
  const unit = findUnit(ctx.db, d.unitId);
  if (!unit) throw fieldError(['unitId'], 'Không tìm thấy địa bàn đã chọn; có thể nó đã bị xoá.');
  const today = officeToday(ctx.now);
  if (!before || before.foundedOn !== d.foundedOn) assertNotFuture(d.foundedOn, today, 'foundedOn', 'Ngày thành lập');
  if (!before || before.unitId !== d.unitId || before.foundedOn !== d.foundedOn) assertModelUnit(unit, d.foundedOn, today);
}

/** Records a new security model (mô hình), active from its founding date. */
export const createModel = handle(modelsContract, 'models.create', (ctx, input) => {
  const draft = toModelDraft(input);
  assertModelDraft(ctx, draft, null);
  const id = ctx.newId();
  insertModel(ctx.db, id, draft, ctx.now);
  appendEvent(ctx.db, { id: ctx.newId(), modelId: id, status: 'active', effectiveOn: draft.foundedOn, note: null, now: ctx.now });
  return getModelOrThrow(ctx, id);
});

/** Changes some fields of a model; omitted fields keep their value, null clears an optional one. */
export const updateModelMethod = handle(modelsContract, 'models.update', (ctx, input) => {
  const before = getModelOrThrow(ctx, input.id);
  assertOwnRecord(ctx.db, 'security_models', before.id, 'mô hình');
  assertVersion('mô hình', input.expectedVersion, before);
  const { expectedVersion: _checked, ...patch } = input;
  const draft = toModelDraft({ ...before, ...definedOnly(patch) });
  assertModelDraft(ctx, draft, before);
  if (draft.foundedOn !== before.foundedOn) {
    const changes = modelEvents(ctx.db, before.id).slice(1);
    assertFoundingBeforeChanges(draft.foundedOn, changes[0]?.effectiveOn ?? null);
    moveFoundingEvent(ctx.db, before.id, draft.foundedOn);
  }
  updateModel(ctx.db, before.id, draft, ctx.now);
  return getModelOrThrow(ctx, before.id);
});

/** The keys of a patch that were actually sent (zod leaves omitted optional keys undefined). */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Records a change of status (tạm ngừng, giải thể, hoạt động lại) from a date; history only grows forward. */
export const setModelStatus = handle(modelsContract, 'models.setStatus', (ctx, input) => {
  const model = getModelOrThrow(ctx, input.id);
  assertOwnRecord(ctx.db, 'security_models', model.id, 'mô hình');
  assertVersion('mô hình', input.expectedVersion, model);
  assertNotFuture(input.effectiveOn, officeToday(ctx.now), 'effectiveOn', 'Ngày chuyển trạng thái');
  assertStatusChange({ status: model.status, effectiveOn: model.statusOn }, model.foundedOn, input);
  appendEvent(ctx.db, {
    id: ctx.newId(),
    modelId: model.id,
    status: input.status,
    effectiveOn: input.effectiveOn,
    note: input.note || null,
    now: ctx.now,
  });
  return getModelOrThrow(ctx, model.id);
});

/** A model's status history, oldest first (the first entry is its founding). */
export const modelStatusHistory = handle(modelsContract, 'models.statusHistory', (ctx, input) => ({
  rows: modelEvents(ctx.db, getModelOrThrow(ctx, input.id).id),
}));

/** One model. */
export const getModel = handle(modelsContract, 'models.get', (ctx, input) => getModelOrThrow(ctx, input.id));

/** Deletes a model and its history, unless a session or outcome refers to it. */
export const deleteModel = handle(modelsContract, 'models.delete', (ctx, input) => {
  const model = getModelOrThrow(ctx, input.id);
  assertOwnRecord(ctx.db, 'security_models', model.id, 'mô hình');
  assertVersion('mô hình', input.expectedVersion, model);
  const message = `Không xoá được mô hình "${model.name}" vì đã có dữ liệu (buổi tuyên truyền, kết quả…) gắn với nó. Hãy chuyển mô hình sang trạng thái giải thể thay vì xoá.`;
  deleteOrConflict(() => deleteModelRow(ctx.db, model.id), message);
  return { id: model.id };
});
