import { For } from 'solid-js';
import type { GridModel } from './grid-model';
import type { GridColumn } from './types';

/** Props of the header: column titles (click to sort) and the filter row. */
export interface GridHeaderProps {
  model: GridModel;
  version: () => number;
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
              <input
                disabled={col.filterable === false}
                class="grid-filter"
                aria-label={`Lọc ${col.label}`}
                placeholder="Lọc…"
                onInput={(e) => filter(col, e.currentTarget.value)}
              />
            </div>
          )}
        </For>
        <div class="grid-cell grid-message-cell" role="gridcell" />
      </div>
    </div>
  );
}
