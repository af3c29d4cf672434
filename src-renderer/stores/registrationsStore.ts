import { call } from '../lib/api';
import type { ApiInput } from '../../src-main/contract';
import type { CellValue, GridSource } from '../components/grid/types';
import { asGridResult, count, id, optionalText, readAll, readPatch, text, type FieldReader, type FieldSpec } from './cell-fields';

type RegistrationFields = Required<Omit<ApiInput<'registrations.create'>, 'id'>>;
export type Assessment = RegistrationFields['assessment'];

/** Vietnamese names of the assessment results (kết quả đánh giá). */
export const ASSESSMENT_TITLES: Record<Assessment, string> = {
  pending: 'Chưa đánh giá',
  passed: 'Đạt',
  failed: 'Chưa đạt',
};

const isAssessment = (v: CellValue): v is Assessment => v === 'pending' || v === 'passed' || v === 'failed';
// The grid reads this column from its three options only, so anything else means "not assessed yet".
const assessment: FieldReader<Assessment> = (v) => (isAssessment(v) ? v : 'pending');
const requiredYear: FieldReader<number> = (v) => (typeof v === 'number' ? v : Number.NaN);

const spec: FieldSpec<RegistrationFields> = {
  year: requiredYear,
  unitId: id,
  registeredOn: text,
  assessment,
  points: count,
  decisionNumber: optionalText,
  decisionDate: optionalText,
  recognisedBy: optionalText,
  note: text,
};

/** Safety registrations (đăng ký "An toàn về ANTT"), one per unit and year, for the grid. */
export const registrationsSource: GridSource = {
  list: async (q) => asGridResult(await call('registrations.list', q)),
  update: async (rowId, patch) => asGridResult(await call('registrations.update', { ...readPatch(patch, spec), id: rowId })),
  create: async (values) => asGridResult(await call('registrations.create', readAll(values, spec))),
  remove: async (rowId) => asGridResult(await call('registrations.delete', { id: rowId })),
};
