import type { GridColumn } from '../../components/grid/types';
import { catalogueOptions } from '../../stores/cataloguesStore';
import { modelOptions } from '../../stores/modelChoices';

/** The columns of the propaganda sessions grid (buổi tuyên truyền). */
export const sessionColumns: GridColumn[] = [
  { key: 'heldOn', label: 'Ngày', type: 'date', width: 110, filterable: false },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 190, labelKey: 'unitName', queryKey: 'unitName', filterable: false },
  { key: 'venueKindId', label: 'Loại địa điểm', type: 'catalogue', width: 150, labelKey: 'venueKindName', queryKey: 'venueKindName', options: catalogueOptions('venue_kind'), filterable: false },
  { key: 'formId', label: 'Hình thức', type: 'catalogue', width: 170, labelKey: 'formName', queryKey: 'formName', options: catalogueOptions('session_form'), filterable: false },
  { key: 'topic', label: 'Nội dung, chủ đề', type: 'text', width: 260 },
  { key: 'presenter', label: 'Báo cáo viên', type: 'text', width: 160 },
  { key: 'attendees', label: 'Số người dự', type: 'number', width: 100, filterable: false },
  { key: 'householdsCommitted', label: 'Hộ ký cam kết', type: 'number', width: 110, filterable: false },
  { key: 'materialsDistributed', label: 'Tài liệu phát', type: 'number', width: 100, filterable: false },
  { key: 'modelId', label: 'Mô hình tổ chức', type: 'catalogue', width: 220, labelKey: 'modelName', queryKey: 'modelName', options: modelOptions, filterable: false },
  { key: 'note', label: 'Ghi chú', type: 'text', width: 200 },
];
