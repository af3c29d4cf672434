import type { GridColumn } from '../../components/grid/types';
import { modelOptions } from '../../stores/modelChoices';

const count = (key: string, label: string, width = 120): GridColumn => ({ key, label, type: 'number', width, filterable: false });

/** The columns of the outcomes grid (kết quả), one row per unit and month. */
export const outcomeColumns: GridColumn[] = [
  { key: 'period', label: 'Tháng', type: 'month', width: 90, filterable: false },
  { key: 'unitId', label: 'Đơn vị', type: 'unit', width: 220, labelKey: 'unitName', queryKey: 'unitName', filterable: false },
  count('tipsReceived', 'Tin báo nhận được', 150),
  count('valuableTips', 'Tin có giá trị'),
  count('casesSolved', 'Vụ khám phá', 110),
  count('suspectsArrested', 'Đối tượng bị bắt', 130),
  count('weaponsHandedIn', 'Vũ khí giao nộp', 130),
  { key: 'modelId', label: 'Mô hình (nếu có)', type: 'catalogue', width: 220, labelKey: 'modelName', queryKey: 'modelName', options: modelOptions, filterable: false },
  { key: 'note', label: 'Ghi chú', type: 'text', width: 220 },
];
