import { z } from 'zod';
import { recordId } from '../../core/records/record-fields';
import { ListQuery, listPage } from '../list-query';
import { defineContract } from '../method-spec';
import { Session, SessionCreateInput, SessionUpdateInput } from './session';

const IdInput = z.object({ id: recordId('Mã buổi tuyên truyền') });

/**
 * The sessions domain: propaganda sessions (buổi tuyên truyền).
 * Transitional: written so this branch compiles; the record-kinds work replaces it.
 */
export const sessionsContract = defineContract({
  'sessions.list': {
    role: 'viewer',
    summary: 'Danh sách buổi tuyên truyền (phân trang, sắp xếp, lọc, tìm không dấu).',
    input: ListQuery,
    output: listPage(Session),
  },
  'sessions.get': {
    role: 'viewer',
    summary: 'Một buổi tuyên truyền.',
    input: IdInput,
    output: Session,
  },
  'sessions.create': {
    role: 'clerk',
    summary: 'Thêm buổi tuyên truyền.',
    input: SessionCreateInput,
    output: Session,
  },
  'sessions.update': {
    role: 'clerk',
    summary: 'Sửa buổi tuyên truyền.',
    input: SessionUpdateInput,
    output: Session,
  },
  'sessions.delete': {
    role: 'clerk',
    summary: 'Xoá buổi tuyên truyền.',
    input: IdInput,
    output: Session,
  },
});
