import { createMemo, For, Show } from 'solid-js';
import CellEditor from './CellEditor';
import type { GridModel } from './grid-model';
import { rowView, sameRowView } from './row-view';
import './GridLock.css';
import type { UnitTreeSource } from '../unit-picker/unit-tree';

/** Props of one visible row. */
export interface GridRowViewProps {
  model: GridModel;
  version: () => number;
  index: number;
  top: number;
  unitSource?: UnitTreeSource;
  onEditorKeyDown: (e: KeyboardEvent) => void;
  onEditorClosed: () => void;
}

const statusMarks = { idle: '', saving: '…', saved: '✓', error: '!' } as const;
const statusTitles = { idle: '', saving: 'Đang lưu', saved: 'Đã lưu', error: 'Chưa lưu được' } as const;

/** One row: its status mark, its cells (cursor, selection, errors) and its message. */
export default function GridRowView(props: GridRowViewProps) {
  // Redraws only when this row's view changed, not on every change of the model.
  const info = createMemo(() => (props.version(), rowView(props.model, props.index)), undefined, { equals: sameRowView });
  const fresh = () => info().target.kind === 'new';
  const message = () => {
    const i = info();
    if (fresh()) return 'Dòng mới: gõ để thêm';
    return i.message ?? (i.status === 'saved' ? 'Đã lưu' : i.status === 'saving' ? 'Đang lưu…' : i.lock !== null ? 'Chỉ xem' : '');
  };
  return (
    <div
      class="grid-row"
      classList={{
        'grid-row-editing': info().editCol >= 0,
        'grid-row-new': fresh(),
        'grid-row-error': info().status === 'error',
        'grid-row-loading': info().target.kind === 'loading',
        'grid-row-locked': info().lock !== null,
      }}
      role="row"
      aria-rowindex={props.index + 2}
      data-row={props.index}
      data-status={info().status}
      data-locked={info().lock !== null ? 'true' : undefined}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <div class="grid-status-cell" role="rowheader" title={info().lock ?? statusTitles[info().status]} data-mark={info().status}>
        {fresh() ? '+' : statusMarks[info().status] || props.index + 1}
        <Show when={info().lock !== null}>
          <LockMark />
        </Show>
      </div>
      {/* A row whose page is still on its way gets no cells yet: a jump across the list stays cheap. */}
      <Show when={info().target.kind !== 'loading'}>
        <For each={props.model.columns}>
          {(col, c) => {
            const text = () => (info(), props.model.cellText(props.index, c()));
            const error = () => (info(), props.model.cellError(props.index, c()));
            return (
              <div
                class="grid-cell"
                classList={{
                  'grid-cursor': info().cursorCol === c(),
                  'grid-selected': c() >= info().selLeft && c() <= info().selRight,
                  'grid-cell-error': error() !== undefined,
                  'grid-num': col.type === 'number',
                }}
                role="gridcell"
                data-col={col.key}
                aria-invalid={error() !== undefined ? 'true' : undefined}
                // A row of another office: its cells are read out as read-only (ARIA has no read-only row).
                aria-readonly={info().lock !== null ? 'true' : undefined}
                // The full text of a cut value ("BN-H0…") as a tooltip; an error outranks it.
                title={error() ?? (text() || undefined)}
                onMouseDown={(e) => props.model.moveTo({ row: props.index, col: c() }, e.shiftKey)}
                onDblClick={() => props.model.startEdit(null)}
              >
                <Show when={info().editCol === c()} fallback={text()}>
                  <CellEditor
                    model={props.model}
                    column={col}
                    unitSource={props.unitSource}
                    onKeyDown={props.onEditorKeyDown}
                    onClosed={props.onEditorClosed}
                  />
                </Show>
              </div>
            );
          }}
        </For>
      </Show>
      <div class="grid-cell grid-message-cell" role="gridcell" title={info().lock ?? message()}>
        {message()}
      </div>
    </div>
  );
}

/** A small padlock beside the row number (drawn, so it does not depend on an emoji font). */
function LockMark() {
  return (
    <svg class="grid-lock" viewBox="0 0 10 12" width="9" height="11" role="img" aria-label="Chỉ xem">
      <path d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5" fill="none" stroke="currentColor" stroke-width="1.4" />
      <rect x="1" y="5" width="8" height="6.5" rx="1" fill="currentColor" />
    </svg>
  );
}
