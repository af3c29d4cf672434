import type { GridColumn } from '../../components/grid/types';
import { catalogueOptions } from '../../stores/cataloguesStore';
import { MODEL_STATUS_TITLES } from '../../stores/modelsStore';
import { originColumn } from '../../stores/originColumn';

const statusOptions = Object.entries(MODEL_STATUS_TITLES).map(([value, label]) => ({ value, label }));

/** The columns of the models grid (mô hình), in the order a clerk enters them. */
export const modelColumns: GridColumn[] = [
  { key: 'name', label: 'Tên mô hình', type: 'text', width: 240 },
  {
    key: 'typeId',
    label: 'Loại mô hình',
    type: 'catalogue',
    width: 200,
    labelKey: 'typeName',
    queryKey: 'typeName',
    options: catalogueOptions('model_type'),
  },
  { key: 'unitId', label: 'Địa bàn', type: 'unit', width: 190, labelKey: 'unitName', queryKey: 'unitName' },
  { key: 'foundedOn', label: 'Ngày thành lập', type: 'date', width: 120 },
  {
    key: 'hostOrganisationId',
    label: 'Đơn vị chủ trì',
    type: 'catalogue',
    width: 170,
    labelKey: 'hostOrganisationName',
    queryKey: 'hostOrganisationName',
    options: catalogueOptions('host_organisation'),
  },
  { key: 'sites', label: 'Số điểm', type: 'number', width: 80 },
  { key: 'teams', label: 'Số tổ', type: 'number', width: 80 },
  { key: 'members', label: 'Thành viên', type: 'number', width: 95 },
  { key: 'households', label: 'Số hộ', type: 'number', width: 80 },
  { key: 'leader', label: 'Người phụ trách', type: 'text', width: 160 },
  { key: 'status', label: 'Trạng thái', type: 'catalogue', width: 130, readOnly: true, filterable: false, options: () => statusOptions },
  { key: 'statusOn', label: 'Từ ngày', type: 'date', width: 100, readOnly: true },
  { key: 'note', label: 'Ghi chú', type: 'text', width: 200 },
  originColumn,
];
