import { z } from 'zod';
import { recordId } from '../../core/records/record-fields';
import { ListQuery, listPage } from '../list-query';
import { defineContract } from '../method-spec';
import { Registration, RegistrationCreateInput, RegistrationUpdateInput } from './registration';

const IdInput = z.object({ id: recordId('Mã bản đăng ký') });

/**
 * The registrations domain: safety registrations (đăng ký "An toàn về ANTT").
 * Transitional: written so this branch compiles; the record-kinds work replaces it.
 */
export const registrationsContract = defineContract({
  'registrations.list': {
    role: 'viewer',
    summary: 'Danh sách đăng ký "An toàn về ANTT" (phân trang, sắp xếp, lọc, tìm không dấu).',
    input: ListQuery,
    output: listPage(Registration),
  },
  'registrations.get': {
    role: 'viewer',
    summary: 'Một bản đăng ký "An toàn về ANTT".',
    input: IdInput,
    output: Registration,
  },
  'registrations.create': {
    role: 'clerk',
    summary: 'Thêm đăng ký "An toàn về ANTT" của đơn vị trong năm.',
    input: RegistrationCreateInput,
    output: Registration,
  },
  'registrations.update': {
    role: 'clerk',
    summary: 'Sửa đăng ký "An toàn về ANTT" (kết quả đánh giá, quyết định công nhận…).',
    input: RegistrationUpdateInput,
    output: Registration,
  },
  'registrations.delete': {
    role: 'clerk',
    summary: 'Xoá đăng ký "An toàn về ANTT".',
    input: IdInput,
    output: Registration,
  },
});
