import { z } from 'zod';
import { defineMethod } from '../api/define';
import { ListQuery, listPage } from '../../contract/list-query';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { ModelStatus, SecurityModel } from './security-model';
import { listModels } from './models-list.repo';

/** The models grid: one page, sorted and filtered in SQL, searchable without diacritics. */
export const listModelsMethod = defineMethod({
  name: 'models.list',
  role: 'viewer',
  summary: 'Danh sách mô hình (phân trang, sắp xếp, lọc theo loại, địa bàn, trạng thái; tìm không dấu).',
  input: ListQuery.extend({
    typeId: z.uuid({ error: 'Loại mô hình không hợp lệ.' }).optional(),
    unitId: z.uuid({ error: 'Địa bàn không hợp lệ.' }).optional(),
    status: ModelStatus.optional(),
    activeOn: isoDateSchema('Ngày hoạt động').optional(),
  }),
  output: listPage(SecurityModel),
  handler: (ctx, input) => listModels(ctx.db, input, { typeId: input.typeId, unitId: input.unitId, status: input.status, activeOn: input.activeOn }),
});
