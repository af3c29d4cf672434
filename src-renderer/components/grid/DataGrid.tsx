import { createEffect, createMemo, createSignal, For, Show, type JSX } from 'solid-js';
import { createVirtualizer } from '@tanstack/solid-virtual';
import ConfirmDialog from '../form/ConfirmDialog';
import GridHeader from './GridHeader';
import GridRowView from './GridRowView';
import GridConflictBar from './GridConflictBar';
import GridDraftDiscard from './GridDraftDiscard';
import GridExistingBar from './GridExistingBar';
import GridStatusBar from './GridStatusBar';
import ColumnChooser from './ColumnChooser';
import GridSidePanel from './GridSidePanel';
import { copySelection, deleteRows, pasteText } from './grid-actions';
import type { GridHandle } from './createGrid';
import type { RowTarget } from './grid-model';
import { useGridKeyboard } from './useGridKeyboard';
import { gridTemplate, loadWidths, saveWidths } from './column-widths';
import { can } from '../../lib/permissions';
import type { UnitTreeSource } from '../unit-picker/unit-tree';
import { loadRecordHistory } from '../../stores/historyStore';
import './DataGrid.css';

/** Props of the one grid every list uses. */
export interface DataGridProps {
  grid: GridHandle;
  /** Names the grid for screen readers, e.g. "Danh sách mô hình". */
  label: string;
  unitSource?: UnitTreeSource;
  /** Buttons shown beside the search box: write actions, so only to a role that may edit. */
  toolbar?: JSX.Element;
}

const ROW_H = 30;

/** True for events from a text field inside the grid (a filter box, an editor). */
const inField = (e: Event) => e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement;
const HEAD_H = 64;

/**
 * The data-entry grid (bảng nhập liệu): virtual rows over pages fetched from the core, spreadsheet
 * keys, paste from Excel, one search box. All logic lives in the headless model; this only renders.
 */
export default function DataGrid(props: DataGridProps) {
  const model = props.grid.model;
  const version = props.grid.version;
  let scroller: HTMLDivElement | undefined;
  const [pendingDelete, setPendingDelete] = createSignal<RowTarget[] | null>(null);
  const rowCount = createMemo(() => (version(), model.rowCount));
  const virtualizer = createVirtualizer({
    get count() {
      return rowCount();
    },
    getScrollElement: () => scroller ?? null,
    estimateSize: () => ROW_H,
    overscan: 5,
    scrollMargin: HEAD_H,
  });
  createEffect(() => {
    const items = virtualizer.getVirtualItems();
    const first = items[0]?.index ?? 0;
    const last = items[items.length - 1]?.index ?? 0;
    model.setVisible(first, last);
  });
  const revealCursor = () => {
    virtualizer.scrollToIndex(model.cursor.row, { align: 'auto' });
    requestAnimationFrame(() => scroller?.querySelector('.grid-cursor')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }));
    scroller?.focus({ preventScroll: true });
  };
  const keys = useGridKeyboard({
    model,
    pageRows: () => Math.max(1, Math.floor(((scroller?.clientHeight ?? 600) - HEAD_H) / ROW_H) - 1),
    // A role that cannot edit (lib/permissions.ts) has read-only columns (createGrid) and no delete or paste.
    askDelete: (rows) => can(props.grid.editableBy) && setPendingDelete(rows),
    revealCursor,
  });
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const [dragged, setDragged] = createSignal(loadWidths(model.id));
  const resize = (key: string, width: number, done: boolean) => {
    setDragged({ ...dragged(), [key]: width });
    if (done) saveWidths(model.id, dragged());
  };
  // The header and rows are built per column list: a chooser change draws them again.
  const [shownColumns, setShownColumns] = createSignal(model.columns);
  const [sidePanel, setSidePanel] = createSignal(false);
  return (
    <div class="grid" style={{ '--grid-cols': gridTemplate(shownColumns(), dragged()) }}>
      <div class="toolbar grid-toolbar">
        <input
          class="grid-search"
          type="search"
          aria-label="Tìm kiếm"
          placeholder="Tìm (không cần dấu)…"
          onInput={(e) => {
            const text = e.currentTarget.value;
            clearTimeout(searchTimer);
            searchTimer = setTimeout(() => void model.setSearch(text), 250);
          }}
        />
        <Show when={can(props.grid.editableBy)}>{props.toolbar}</Show>
        <ColumnChooser grid={props.grid} onChange={() => setShownColumns(model.columns)} />
        <button type="button" class="btn" aria-pressed={sidePanel()} onClick={() => setSidePanel(!sidePanel())}>
          Chi tiết dòng
        </button>
        <GridDraftDiscard model={model} version={version} />
      </div>
      <div class="grid-main">
        <div
          ref={scroller}
          class="grid-scroll"
          tabIndex={0}
          role="grid"
          aria-label={props.label}
          aria-rowcount={rowCount() + 1}
          aria-readonly={can(props.grid.editableBy) ? undefined : true}
          // Busy until the first page and the kept drafts are both in: rows may still move before that.
          aria-busy={(version(), !model.settled)}
          // Keys, paste and copy in the filter boxes belong to those boxes, not to the grid.
          onKeyDown={(e) => !inField(e) && keys.onGridKeyDown(e)}
          onPaste={(e) => {
            if (model.editing || inField(e) || !can(props.grid.editableBy)) return;
            e.preventDefault();
            void pasteText(model, e.clipboardData?.getData('text/plain') ?? '');
          }}
          onCopy={(e) => {
            if (model.editing || inField(e)) return;
            e.preventDefault();
            e.clipboardData?.setData('text/plain', copySelection(model));
          }}
        >
          <Show when={shownColumns()} keyed>
            <GridHeader model={model} version={version} widthOf={(c) => dragged()[c.key] ?? c.width} onResize={resize} />
          </Show>
          <Show when={shownColumns()} keyed>
            <div class="grid-body" style={{ height: `${virtualizer.getTotalSize() - HEAD_H}px` }}>
              <For each={virtualizer.getVirtualItems()}>
                {(item) => (
                  <GridRowView
                    model={model}
                    version={version}
                    index={item.index}
                    top={item.start - HEAD_H}
                    unitSource={props.unitSource}
                    onEditorKeyDown={keys.onEditorKeyDown}
                    onEditorClosed={revealCursor}
                  />
                )}
              </For>
            </div>
          </Show>
        </div>
        <Show when={sidePanel()}>
          <GridSidePanel model={model} version={version} onClose={() => setSidePanel(false)} loadHistory={loadRecordHistory} />
        </Show>
      </div>
      <GridConflictBar model={model} version={version} />
      <GridExistingBar model={model} version={version} />
      <GridStatusBar model={model} version={version} editable={can(props.grid.editableBy)} />
      <ConfirmDialog
        open={pendingDelete() !== null}
        title="Xoá dòng"
        confirmLabel="Xoá"
        danger
        onCancel={() => {
          setPendingDelete(null);
          scroller?.focus();
        }}
        onConfirm={() => {
          const rows = pendingDelete() ?? [];
          setPendingDelete(null);
          void deleteRows(model, rows).then(() => scroller?.focus());
        }}
      >
        <p>Xoá {pendingDelete()?.length ?? 0} dòng đã chọn? Bản ghi đã xoá không hoàn tác được.</p>
      </ConfirmDialog>
    </div>
  );
}
