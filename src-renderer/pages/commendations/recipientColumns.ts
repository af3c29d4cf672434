import type { GridColumn } from '../../components/grid/types';

const KINDS = [
  { value: 'individual', label: 'Cá nhân' },
  { value: 'collective', label: 'Tập thể' },
];
const GENDERS = [
  { value: 'male', label: 'Nam' },
  { value: 'female', label: 'Nữ' },
];

/** The columns of the recipients grid, in the order of a proposal list (danh sách đề nghị). */
export const recipientColumns: GridColumn[] = [
  { key: 'seq', label: 'STT', type: 'number', width: 56, readOnly: true, filterable: false },
  { key: 'kind', label: 'Loại', type: 'catalogue', width: 96, options: () => KINDS },
  { key: 'name', label: 'Họ tên / Tên tập thể', type: 'text', width: 220 },
  { key: 'gender', label: 'Giới tính', type: 'catalogue', width: 84, options: () => GENDERS, filterable: false },
  { key: 'birthYear', label: 'Năm sinh', type: 'year', width: 84, filterable: false },
  { key: 'position', label: 'Chức vụ', type: 'text', width: 170, filterable: false },
  { key: 'unitName', label: 'Đơn vị', type: 'text', width: 200 },
  { key: 'achievement', label: 'Thành tích', type: 'text', width: 320, filterable: false },
  { key: 'registryNumber', label: 'Số sổ', type: 'number', width: 70, readOnly: true, filterable: false },
  { key: 'medalOverrideReason', label: 'Lý do tặng lại KNC (quản trị viên)', type: 'text', width: 220, filterable: false },
  { key: 'printedOn', label: 'Ngày in', type: 'date', width: 96, readOnly: true, filterable: false },
];
