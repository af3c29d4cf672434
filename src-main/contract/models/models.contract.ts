import { z } from 'zod';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { text, uuid } from '../../shared/input.schema';
import { ListQuery, listPage } from '../list-query';
import { defineContract } from '../method-spec';
import { noCallerId } from '../records/record-fields';
import { versionCheck } from '../records/record-version';
import { ModelStatus, ModelStatusEvent, SecurityModel, SecurityModelFields } from './security-model';

const ModelId = uuid('Mã mô hình');

/** The models domain (mô hình an ninh trật tự): the models, their status over time. */
export const modelsContract = defineContract({
  'models.create': {
    role: 'clerk',
    summary: 'Thêm mô hình an ninh trật tự (đang hoạt động từ ngày thành lập).',
    input: SecurityModelFields.extend(noCallerId),
    output: SecurityModel,
  },
  'models.update': {
    role: 'clerk',
    summary: 'Sửa mô hình (chỉ các trường gửi lên).',
    input: SecurityModelFields.partial().extend({ id: ModelId, ...versionCheck }),
    output: SecurityModel,
  },
  'models.setStatus': {
    role: 'clerk',
    summary: 'Chuyển trạng thái mô hình từ một ngày (lưu vào lịch sử).',
    input: z.object({
      id: ModelId,
      status: ModelStatus,
      effectiveOn: isoDateSchema('Ngày chuyển trạng thái'),
      note: text('Ghi chú', 1000, { multiline: true }).nullable().optional(),
      ...versionCheck,
    }),
    output: SecurityModel,
  },
  'models.statusHistory': {
    role: 'viewer',
    summary: 'Lịch sử trạng thái của một mô hình.',
    input: z.object({ id: ModelId }),
    output: z.object({ rows: z.array(ModelStatusEvent) }),
  },
  'models.get': {
    role: 'viewer',
    summary: 'Xem một mô hình.',
    input: z.object({ id: ModelId }),
    output: SecurityModel,
  },
  'models.delete': {
    role: 'clerk',
    summary: 'Xoá mô hình (không được khi đã có buổi tuyên truyền hoặc kết quả gắn với nó).',
    input: z.object({ id: ModelId, ...versionCheck }),
    output: z.object({ id: z.uuid() }),
  },
  'models.list': {
    role: 'viewer',
    summary: 'Danh sách mô hình (phân trang, sắp xếp, lọc theo loại, địa bàn, trạng thái; tìm không dấu).',
    input: ListQuery.extend({
      typeId: uuid('Loại mô hình').optional(),
      unitId: uuid('Địa bàn').optional(),
      status: ModelStatus.optional(),
      activeOn: isoDateSchema('Ngày hoạt động').optional(),
    }),
    output: listPage(SecurityModel),
  },
});
