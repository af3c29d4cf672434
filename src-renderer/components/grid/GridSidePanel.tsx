import { createMemo, For, Show } from 'solid-js';
import type { GridModel } from './grid-model';
import { commitEdit } from './grid-writer';
import RecordHistory from '../history/RecordHistory';
import type { HistoryResult } from '../../stores/historyStore';

/** Props of the side panel. */
export interface GridSidePanelProps {
  model: GridModel;
  version: () => number;
  onClose: () => void;
  /** Loads the selected record's audit trail ("Lịch sử" under the fields). */
  loadHistory: (recordId: string) => Promise<HistoryResult>;
}

/**
 * The selected row as a form beside the grid (bảng chi tiết): every shown column with its label, so a
 * row too wide for the screen can be read and edited whole. A field saves when it loses focus or on
 * Enter, through the grid's own edit path: the same checks, versions, undo and status as a cell.
 */
export default function GridSidePanel(props: GridSidePanelProps) {
  const row = createMemo(() => (props.version(), props.model.cursor.row));
  const fields = createMemo(() => {
    props.version();
    const r = row();
    return props.model.columns.map((col, i) => ({
      col,
      index: i,
      text: props.model.cellText(r, i),
      error: props.model.cellError(r, i),
    }));
  });
  const record = createMemo(() => {
    props.version();
    const saved = props.model.rowRecord(row());
    return saved ? { id: saved.id, version: saved.version, row: saved } : null;
  });
  const lock = createMemo(() => (props.version(), props.model.lockOf(row())));
  const save = (colIndex: number, text: string) => {
    const m = props.model;
    if (m.editing || text === m.cellText(row(), colIndex)) return;
    m.moveTo({ row: row(), col: colIndex });
    if (!m.startEdit(text)) return;
    void commitEdit(m, 'stay');
  };
  return (
    <aside class="grid-side-panel" aria-label="Chi tiết dòng đang chọn">
      <div class="grid-side-head">
        <h2>Dòng {row() + 1}</h2>
        <button type="button" class="btn" onClick={() => props.onClose()}>
          Đóng
        </button>
      </div>
      <Show when={lock()}>
        {(text) => (
          <p class="notice grid-side-lock" role="note">
            {text()}
          </p>
        )}
      </Show>
      <For each={fields()}>
        {(f) => (
          <label class="field grid-side-field">
            <span>{f.col.label}</span>
            <input
              value={f.text}
              readOnly={f.col.readOnly === true || lock() !== null}
              aria-invalid={f.error !== undefined}
              onChange={(e) => save(f.index, e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
            />
            <Show when={f.error}>
              <small class="field-error">{f.error}</small>
            </Show>
          </label>
        )}
      </For>
      <RecordHistory record={record} columns={props.model.columns} load={props.loadHistory} />
    </aside>
  );
}
