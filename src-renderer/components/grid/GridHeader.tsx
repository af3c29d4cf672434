import { For, Show } from 'solid-js';
import type { CellOption } from './types';
import type { GridModel } from './grid-model';
import type { GridColumn } from './types';
import { MIN_COLUMN_WIDTH } from './column-widths';

/** Props of the header: column titles (click to sort) and the filter row. */
export interface GridHeaderProps {
  model: GridModel;
  version: () => number;
  /** The column's width now (dragged or declared). */
  widthOf: (col: GridColumn) => number;
  /** A drag of the column's right edge; `done` on release, when the width is remembered. */
  onResize: (key: string, width: number, done: boolean) => void;
}

/** Column headers that sort on click (Vietnamese order, in the core) and one filter box per column. */
export default function GridHeader(props: GridHeaderProps) {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const sortOf = (col: GridColumn): 'ascending' | 'descending' | 'none' => {
    props.version();
    const s = props.model.sort[0];
    if (!s || s.column !== (col.queryKey ?? col.key)) return 'none';
    return s.dir === 'asc' ? 'ascending' : 'descending';
  };
  // Dragging a header's right edge resizes its column; the pointer is captured so the drag survives leaving it.
  const startResize = (e: PointerEvent, col: GridColumn) => {
    e.preventDefault();
    e.stopPropagation();
    const handle = e.currentTarget as HTMLElement;
    const [x0, w0] = [e.clientX, props.widthOf(col)];
    const width = (ev: PointerEvent) => Math.max(MIN_COLUMN_WIDTH, Math.round(w0 + ev.clientX - x0));
    handle.setPointerCapture(e.pointerId);
    handle.onpointermove = (ev) => props.onResize(col.key, width(ev), false);
    handle.onpointerup = (ev) => {
      handle.onpointermove = null;
      handle.onpointerup = null;
      props.onResize(col.key, width(ev), true);
    };
  };
  const filter = (col: GridColumn, text: string) => {
    clearTimeout(timers.get(col.key));
    timers.set(
      col.key,
      setTimeout(() => void props.model.setFilter(col, text), 300),
    );
  };
  return (
    <div class="grid-head" role="rowgroup">
      <div class="grid-row grid-head-row" role="row">
        <div class="grid-status-cell" role="columnheader">
          #
        </div>
        <For each={props.model.columns}>
          {(col) => (
            <div class="grid-cell grid-head-cell" role="columnheader" aria-sort={sortOf(col)}>
              <button
                type="button"
                class="grid-sort"
                disabled={col.sortable === false}
                title="Bấm để sắp xếp"
                onClick={() => void props.model.toggleSort(col)}
              >
                {col.label}
                <span class="grid-sort-mark">{sortOf(col) === 'ascending' ? '▲' : sortOf(col) === 'descending' ? '▼' : ''}</span>
              </button>
              <span class="grid-resize" aria-hidden="true" title="Kéo để đổi độ rộng cột" onPointerDown={(e) => startResize(e, col)} />
            </div>
          )}
        </For>
        <div class="grid-cell grid-head-cell grid-message-cell" role="columnheader">
          Tình trạng lưu
        </div>
      </div>
      {/* Every child of a row has a cell role: axe (aria-required-children) refuses a row of bare divs. */}
      <div class="grid-row grid-filter-row" role="row">
        <div class="grid-status-cell" role="gridcell" />
        <For each={props.model.columns}>
          {(col) => (
            <div class="grid-cell grid-filter-cell" role="gridcell">
              <Show
                when={col.filterOptions}
                fallback={
                  <input
                    disabled={col.filterable === false}
                    class="grid-filter"
                    aria-label={`Lọc ${col.label}`}
                    placeholder="Lọc…"
                    value={props.model.filters[col.queryKey ?? col.key] ?? ''}
                    onInput={(e) => filter(col, e.currentTarget.value)}
                  />
                }
              >
                {(options) => <FilterChoice col={col} options={options()} model={props.model} />}
              </Show>
            </div>
          )}
        </For>
        <div class="grid-cell grid-message-cell" role="gridcell" />
      </div>
    </div>
  );
}

/** A filter chosen from a list (e.g. the origin office): "Tất cả" clears it; applies at once. */
function FilterChoice(props: { col: GridColumn; options: () => readonly CellOption[]; model: GridModel }) {
  const name = () => props.col.queryKey ?? props.col.key;
  return (
    <select
      class="grid-filter"
      aria-label={`Lọc ${props.col.label}`}
      value={props.model.filters[name()] ?? ''}
      onChange={(e) => void props.model.setFilter(props.col, e.currentTarget.value)}
    >
      <option value="">Tất cả</option>
      <For each={props.options()}>{(o) => <option value={o.value}>{o.label}</option>}</For>
    </select>
  );
}
