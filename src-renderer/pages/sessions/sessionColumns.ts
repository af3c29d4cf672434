import { sessionKind } from '../../../src-main/contract/sessions/session.kind';
import type { GridColumn } from '../../components/grid/types';
import { catalogueOptions } from '../../stores/cataloguesStore';
import { modelOptions } from '../../stores/modelChoices';
import { kindColumns } from '../../stores/record-columns';
import { originColumn } from '../../stores/originColumn';

/** The columns of the propaganda sessions grid (buổi tuyên truyền); headers and cell types come from the kind. */
export const sessionColumns: GridColumn[] = [
  ...kindColumns(sessionKind, {
    heldOn: { width: 110 },
    unitId: { width: 190 },
    venueKindId: { width: 150, options: catalogueOptions('venue_kind') },
    formId: { width: 170, options: catalogueOptions('session_form') },
    topic: { width: 260 },
    presenter: { width: 160 },
    attendees: { width: 100 },
    householdsCommitted: { width: 110 },
    materialsDistributed: { width: 100 },
    modelId: { width: 220, options: modelOptions },
    note: { width: 200 },
  }),
  originColumn,
];
