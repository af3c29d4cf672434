import type { SheetColumn } from '../records/column-map';
import { UNIT_ALIASES } from '../records/record-fields';

/**
 * The column map of security models (mô hình) for an Excel import and its template: models are not a
 * record kind (they have a status history), so their columns are declared here, beside the model, in
 * the same shape a kind's column map has (contract/records/column-map.ts).
 */
export const securityModelColumns: readonly SheetColumn[] = [
  { field: 'name', header: 'Tên mô hình', cell: 'text', required: true, aliases: ['Mô hình', 'Tên'] },
  { field: 'typeId', header: 'Loại mô hình', cell: 'catalogue', required: true, refers: 'model_type', aliases: ['Loại'] },
  { field: 'unitId', header: 'Địa bàn', cell: 'unit', required: true, aliases: ['Đơn vị', ...UNIT_ALIASES] },
  {
    field: 'hostOrganisationId',
    header: 'Đơn vị chủ trì',
    cell: 'catalogue',
    required: false,
    refers: 'host_organisation',
    aliases: ['Chủ trì', 'Đoàn thể chủ trì', 'Cơ quan chủ trì'],
  },
  { field: 'foundedOn', header: 'Ngày thành lập', cell: 'date', required: true, aliases: ['Ngày ra mắt', 'Thành lập'] },
  { field: 'sites', header: 'Số điểm', cell: 'number', required: false },
  { field: 'teams', header: 'Số tổ', cell: 'number', required: false, aliases: ['Số tổ, nhóm'] },
  { field: 'members', header: 'Số thành viên', cell: 'number', required: false, aliases: ['Thành viên', 'Số người'] },
  { field: 'households', header: 'Số hộ tham gia', cell: 'number', required: false, aliases: ['Số hộ', 'Hộ tham gia'] },
  { field: 'leader', header: 'Người phụ trách', cell: 'text', required: false, aliases: ['Tổ trưởng', 'Trưởng mô hình'] },
  { field: 'note', header: 'Ghi chú', cell: 'text', required: false },
];
