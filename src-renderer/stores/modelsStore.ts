import { call } from '../lib/api';
import type { ApiInput, ApiOutput } from '../../src-main/contract';
import { conflictRecord, isVersioned, type WriteRefusal } from '../lib/stale-write';
import type { GridSource } from '../components/grid/types';
import { asGridResult, count, id, optionalId, optionalText, readAll, readPatch, text, type FieldSpec } from './cell-fields';

// What a row sends: the core gives the id (a create refuses one).
type ModelFields = Omit<ApiInput<'models.create'>, 'id'>;
export type ModelStatus = ApiInput<'models.setStatus'>['status'];

/** Vietnamese names of a model's statuses. */
export const MODEL_STATUS_TITLES: Record<ModelStatus, string> = {
  active: 'Đang hoạt động',
  suspended: 'Tạm ngừng',
  dissolved: 'Giải thể',
};

const spec: FieldSpec<ModelFields> = {
  typeId: id,
  name: text,
  unitId: id,
  hostOrganisationId: optionalId,
  foundedOn: text,
  sites: count,
  teams: count,
  members: count,
  households: count,
  leader: optionalText,
  note: optionalText,
};

/** Security models (mô hình an ninh trật tự) for the grid: paged list and per-cell saves. */
export const modelsSource: GridSource = {
  list: async (q) => asGridResult(await call('models.list', q)),
  update: async (rowId, patch, expectedVersion) =>
    asGridResult(await call('models.update', { ...readPatch(patch, spec), id: rowId, expectedVersion })),
  create: async (values) => asGridResult(await call('models.create', readAll(values, spec))),
  remove: async (rowId, expectedVersion) => asGridResult(await call('models.delete', { id: rowId, expectedVersion })),
  live: 'models',
};

export type SecurityModel = ApiOutput<'models.get'>;
const isModel = (v: unknown): v is SecurityModel => isVersioned(v) && 'status' in v && 'statusOn' in v;

/**
 * Records a change of status from a date (kept in the model's history). With `expectedVersion`, a model
 * changed meanwhile in another window is refused and comes back as it is now. Null when saved.
 */
export async function setModelStatus(input: ApiInput<'models.setStatus'>): Promise<WriteRefusal<SecurityModel> | null> {
  const r = await call('models.setStatus', input);
  return r.ok ? null : { message: r.error.message, current: conflictRecord(r.error, isModel) };
}
