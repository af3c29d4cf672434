import { z } from 'zod';
import { recordId } from '../../core/records/record-fields';
import { ListQuery, listPage } from '../list-query';
import { defineContract } from '../method-spec';
import { Outcome, OutcomeSaveInput, OutcomeSaveOutput, OutcomeUpdateInput } from './outcome';

const IdInput = z.object({ id: recordId('Mã dòng kết quả') });

/**
 * The outcomes domain: outcomes (kết quả: tin báo, vụ việc, bắt giữ).
 * Transitional: written so this branch compiles; the record-kinds work replaces it.
 */
export const outcomesContract = defineContract({
  'outcomes.list': {
    role: 'viewer',
    summary: 'Danh sách kết quả theo đơn vị và tháng (phân trang, sắp xếp, lọc, tìm không dấu).',
    input: ListQuery,
    output: listPage(Outcome),
  },
  'outcomes.get': {
    role: 'viewer',
    summary: 'Một dòng kết quả.',
    input: IdInput,
    output: Outcome,
  },
  'outcomes.save': {
    role: 'clerk',
    summary: 'Nhập kết quả của đơn vị trong tháng (đã có thì sửa dòng đó).',
    input: OutcomeSaveInput,
    output: OutcomeSaveOutput,
  },
  'outcomes.update': {
    role: 'clerk',
    summary: 'Sửa dòng kết quả.',
    input: OutcomeUpdateInput,
    output: Outcome,
  },
  'outcomes.delete': {
    role: 'clerk',
    summary: 'Xoá dòng kết quả.',
    input: IdInput,
    output: Outcome,
  },
});
