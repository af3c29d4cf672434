import { call } from '../lib/api';
import type { ApiInput } from '../../src-main/contract';
import type { GridSource } from '../components/grid/types';
import { asGridResult, zeroCount, id, optionalId, text, readAll, readPatch, type FieldSpec } from './cell-fields';

type SessionFields = Omit<ApiInput<'sessions.create'>, 'id'>;

const spec: FieldSpec<SessionFields> = {
  heldOn: text,
  unitId: id,
  venueKindId: id,
  formId: id,
  topic: text,
  presenter: text,
  attendees: zeroCount,
  householdsCommitted: zeroCount,
  materialsDistributed: zeroCount,
  modelId: optionalId,
  note: text,
};

/** Propaganda sessions (buổi tuyên truyền) for the grid. */
export const sessionsSource: GridSource = {
  list: async (q) => asGridResult(await call('sessions.list', q)),
  update: async (rowId, patch) => asGridResult(await call('sessions.update', { ...readPatch(patch, spec), id: rowId })),
  create: async (values) => asGridResult(await call('sessions.create', readAll(values, spec))),
  remove: async (rowId) => asGridResult(await call('sessions.delete', { id: rowId })),
};
