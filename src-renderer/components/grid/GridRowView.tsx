import { createMemo, For, Show } from 'solid-js';
import CellEditor from './CellEditor';
import { inRange } from './navigation';
import type { GridModel } from './grid-model';
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
  const info = createMemo(() => {
    props.version();
    const m = props.model;
    const target = m.targetAt(props.index);
    const state = m.rowState(props.index);
    const status = state?.status ?? 'idle';
    const fresh = target.kind === 'new';
    return { target, state, status, fresh, range: m.selection(), extended: m.anchor !== null, cursor: m.cursor, editing: m.editing };
  });
  const message = () => {
    const i = info();
    if (i.fresh) return 'Dòng mới: gõ để thêm';
    return i.state?.message ?? (i.status === 'saved' ? 'Đã lưu' : i.status === 'saving' ? 'Đang lưu…' : '');
  };
  return (
    <div
      class="grid-row"
      classList={{ 'grid-row-editing': info().editing?.cell.row === props.index, 'grid-row-new': info().fresh, 'grid-row-error': info().status === 'error', 'grid-row-loading': info().target.kind === 'loading' }}
      role="row"
      aria-rowindex={props.index + 2}
      data-row={props.index}
      data-status={info().status}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <div class="grid-status-cell" title={statusTitles[info().status]} data-mark={info().status}>
        {info().fresh ? '+' : statusMarks[info().status] || props.index + 1}
      </div>
      <For each={props.model.columns}>
        {(col, c) => {
          const text = () => (info(), props.model.cellText(props.index, c()));
          const error = () => (info(), props.model.cellError(props.index, c()));
          const isCursor = () => info().cursor.row === props.index && info().cursor.col === c();
          const isEditing = () => {
            const ed = info().editing;
            return ed !== null && ed.cell.row === props.index && ed.cell.col === c();
          };
          return (
            <div
              class="grid-cell"
              classList={{
                'grid-cursor': isCursor(),
                'grid-selected': info().extended && inRange(info().range, props.index, c()),
                'grid-cell-error': error() !== undefined,
                'grid-num': col.type === 'number',
              }}
              role="gridcell"
              data-col={col.key}
              aria-invalid={error() !== undefined ? 'true' : undefined}
              title={error() ?? text()}
              onMouseDown={(e) => props.model.moveTo({ row: props.index, col: c() }, e.shiftKey)}
              onDblClick={() => props.model.startEdit(null)}
            >
              <Show when={isEditing()} fallback={text()}>
                <CellEditor model={props.model} column={col} unitSource={props.unitSource} onKeyDown={props.onEditorKeyDown} onClosed={props.onEditorClosed} />
              </Show>
            </div>
          );
        }}
      </For>
      <div class="grid-cell grid-message-cell" title={message()}>
        {message()}
      </div>
    </div>
  );
}
