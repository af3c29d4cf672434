import type { GridColumn } from '../../components/grid/types';
import { UNIT_KIND_TITLES } from '../../stores/unitsStore';

const kindOptions = Object.entries(UNIT_KIND_TITLES).map(([value, label]) => ({ value, label }));

/** The columns of the units grid (đơn vị, địa bàn). */
export const unitColumns: GridColumn[] = [
  { key: 'name', label: 'Tên đơn vị', type: 'text', width: 200 },
  { key: 'code', label: 'Mã', type: 'text', width: 80 },
  { key: 'kind', label: 'Cấp', type: 'catalogue', width: 170, options: () => kindOptions, filterable: false },
  { key: 'parentId', label: 'Trực thuộc', type: 'unit', width: 170, labelKey: 'parentName', queryKey: 'parentName' },
  { key: 'validFrom', label: 'Hiệu lực từ', type: 'date', width: 105, filterable: false },
  { key: 'validUntil', label: 'Hết hiệu lực', type: 'date', width: 105, filterable: false },
  { key: 'subkind', label: 'Loại cụ thể', type: 'text', width: 110, filterable: false },
  { key: 'note', label: 'Ghi chú', type: 'text', width: 200, filterable: false },
];
