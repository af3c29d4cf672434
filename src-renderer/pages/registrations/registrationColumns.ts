import type { GridColumn } from '../../components/grid/types';
import { ASSESSMENT_TITLES } from '../../stores/registrationsStore';

const assessmentOptions = Object.entries(ASSESSMENT_TITLES).map(([value, label]) => ({ value, label }));

/** The columns of the safety registrations grid (đăng ký "An toàn về ANTT"). */
export const registrationColumns: GridColumn[] = [
  { key: 'year', label: 'Năm', type: 'year', width: 70 },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 230, labelKey: 'unitName', queryKey: 'unitName', filterable: false },
  { key: 'registeredOn', label: 'Ngày đăng ký', type: 'date', width: 115, filterable: false },
  { key: 'assessment', label: 'Kết quả', type: 'catalogue', width: 120, options: () => assessmentOptions, filterable: false },
  { key: 'points', label: 'Điểm', type: 'number', width: 70, filterable: false },
  { key: 'decisionNumber', label: 'Số QĐ công nhận', type: 'text', width: 140, filterable: false },
  { key: 'decisionDate', label: 'Ngày QĐ', type: 'date', width: 110, filterable: false },
  { key: 'recognisedBy', label: 'Cơ quan công nhận', type: 'text', width: 200, filterable: false },
  { key: 'note', label: 'Ghi chú', type: 'text', width: 200, filterable: false },
];
