import { Show } from 'solid-js';
import { formatVnNumber } from '../../../src-main/shared/vn-number';
import type { GridModel } from './grid-model';
import { pasteSummary } from './paste-summary';
import { unsavedCount } from './draft-rows';

/** Props of the line under the grid. */
export interface GridStatusBarProps {
  model: GridModel;
  version: () => number;
  /** False for a role that only reads (a viewer): the editing keys are not offered. */
  editable: boolean;
}

/** Under the grid: row count, paste progress, the last notice and the cursor cell's error. */
export default function GridStatusBar(props: GridStatusBarProps) {
  const m = () => (props.version(), props.model);
  const cellError = () => m().cellError(m().cursor.row, m().cursor.col);
  const rowMessage = () => m().rowState(m().cursor.row)?.message ?? null;
  // Saved rows, and apart from them rows entered here that are not saved yet: the footer counts what is on screen.
  const savedRows = () => m().total + m().book.localRows.filter((l) => l.savedId !== null).length;
  // Rows entered here and not created, and saved rows showing typed text not saved: the drafts the core keeps.
  const unsavedRows = () => unsavedCount(m());
  return (
    <div class="grid-statusbar" role="status" aria-live="polite">
      <span data-testid="grid-row-count">
        {formatVnNumber(savedRows())} dòng
        <Show when={unsavedRows() > 0}>, {formatVnNumber(unsavedRows())} dòng chưa lưu</Show>
      </span>
      <Show when={m().progress}>
        {(p) => (
          <span class="grid-progress">
            {p().label} {p().done}/{p().total}
            <progress max={p().total} value={p().done} />
          </span>
        )}
      </Show>
      <Show when={m().loadError}>
        <span class="grid-statusbar-error">{m().loadError}</span>
      </Show>
      <Show when={rowMessage()}>
        <span class="grid-statusbar-error">
          Dòng {m().cursor.row + 1}: {rowMessage()}
        </span>
      </Show>
      <Show when={cellError()}>
        <span class="grid-statusbar-error">Ô đang chọn: {cellError()}</span>
      </Show>
      <Show when={m().notice ?? pasteSummary(m())}>{(text) => <span class="grid-notice">{text()}</span>}</Show>
      <span class="grid-hint">
        <Show when={props.editable} fallback="Chỉ xem: vai trò của bạn không sửa được bảng này.">
          Enter/F2: sửa · Tab: ô sau · Esc: huỷ · Ctrl+Z/Ctrl+Y: hoàn tác/làm lại · Delete: xoá dòng · Ctrl+V: dán từ Excel
        </Show>
      </span>
    </div>
  );
}
