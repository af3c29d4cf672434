import { createSignal, Show } from 'solid-js';
import RecordHistory from '../../components/history/RecordHistory';
import type { GridColumn } from '../../components/grid/types';
import { catalogueOptions } from '../../stores/cataloguesStore';
import { loadRecordHistory } from '../../stores/historyStore';
import type { Decision } from './commendationsStore';

/** The decision's fields as the form names them, for the labels and formats of its history. */
const DECISION_FIELDS: GridColumn[] = [
  { key: 'number', label: 'Số quyết định', type: 'text', width: 0 },
  { key: 'symbol', label: 'Ký hiệu', type: 'text', width: 0 },
  { key: 'signedOn', label: 'Ngày ký', type: 'date', width: 0 },
  { key: 'year', label: 'Năm khen thưởng', type: 'year', width: 0 },
  { key: 'authorityId', label: 'Cấp khen', type: 'catalogue', width: 0, options: catalogueOptions('awarding_authority') },
  { key: 'awardFormId', label: 'Hình thức khen thưởng', type: 'catalogue', width: 0, options: catalogueOptions('award_form') },
  { key: 'occasionId', label: 'Đợt khen thưởng', type: 'catalogue', width: 0, options: catalogueOptions('occasion') },
  { key: 'signerTitle', label: 'Chức vụ người ký', type: 'text', width: 0 },
  { key: 'signerName', label: 'Họ tên người ký', type: 'text', width: 0 },
  { key: 'issuerLine', label: 'Cấp khen in trên bằng', type: 'text', width: 0 },
  { key: 'place', label: 'Địa danh', type: 'text', width: 0 },
  { key: 'subject', label: 'Trích yếu', type: 'text', width: 0 },
];

/** Props: the decision shown. */
export interface DecisionHistoryProps {
  decision: Decision;
}

/** "Lịch sử" of a decision, folded until asked for: who created and changed it, field by field. */
export default function DecisionHistory(props: DecisionHistoryProps) {
  const [open, setOpen] = createSignal(false);
  return (
    <div class="decision-history">
      <button type="button" class="btn" aria-expanded={open()} onClick={() => setOpen(!open())}>
        Lịch sử quyết định
      </button>
      <Show when={open()}>
        <RecordHistory
          record={() => ({ id: props.decision.id, version: props.decision.version })}
          columns={DECISION_FIELDS}
          load={loadRecordHistory}
        />
      </Show>
    </div>
  );
}
