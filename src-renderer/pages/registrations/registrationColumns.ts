import { registrationKind } from '../../../src-main/contract/registrations/registration.kind';
import type { GridColumn } from '../../components/grid/types';
import { kindColumns } from '../../stores/record-columns';
import { originColumn } from '../../stores/originColumn';

/** The columns of the safety registrations grid (đăng ký "An toàn về ANTT"); headers and cell types come from the kind. */
export const registrationColumns: GridColumn[] = [
  ...kindColumns(registrationKind, {
    year: { width: 70 },
    unitId: { width: 230 },
    registeredOn: { width: 115 },
    assessment: { width: 120 },
    points: { width: 70 },
    decisionNumber: { width: 140 },
    decisionDate: { width: 110 },
    recognisedBy: { width: 200 },
    note: { width: 200 },
  }),
  originColumn,
];
