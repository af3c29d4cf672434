import { outcomeKind } from '../../../src-main/contract/outcomes/outcome.kind';
import type { GridColumn } from '../../components/grid/types';
import { modelOptions } from '../../stores/modelChoices';
import { kindColumns } from '../../stores/record-columns';
import { originColumn } from '../../stores/originColumn';

/** The columns of the outcomes grid (kết quả), one row per unit and month; headers and cell types come from the kind. */
export const outcomeColumns: GridColumn[] = [
  ...kindColumns(outcomeKind, {
    period: { width: 90 },
    unitId: { width: 220 },
    tipsReceived: { width: 150 },
    valuableTips: { width: 120 },
    casesSolved: { width: 110 },
    suspectsArrested: { width: 130 },
    weaponsHandedIn: { width: 130 },
    modelId: { width: 220, options: modelOptions },
    note: { width: 220 },
  }),
  originColumn,
];
