import { createSignal, For, Show } from 'solid-js';
import type { GridHandle } from './createGrid';
import { chooseColumns } from './column-choice';

/** Props of the column chooser. */
export interface ColumnChooserProps {
  grid: GridHandle;
  /** Called after the shown columns changed, so the view rebuilds its header and rows. */
  onChange: () => void;
}

/**
 * "Cột…": a list of the grid's columns with a box each; unticking one rebuilds the grid without it,
 * and the choice is remembered per grid. The first column cannot be hidden.
 */
export default function ColumnChooser(props: ColumnChooserProps) {
  const [open, setOpen] = createSignal(false);
  const [shown, setShown] = createSignal(new Set(props.grid.model.columns.map((c) => c.key)));
  const toggle = (key: string, on: boolean) => {
    const next = new Set(shown());
    if (on) next.add(key);
    else next.delete(key);
    setShown(next);
    const hidden = props.grid.allColumns.filter((c) => !next.has(c.key)).map((c) => c.key);
    chooseColumns(props.grid.model, props.grid.allColumns, hidden);
    props.onChange();
  };
  return (
    <div class="column-chooser">
      <button type="button" class="btn" aria-expanded={open()} onClick={() => setOpen(!open())}>
        Cột ({shown().size}/{props.grid.allColumns.length})…
      </button>
      <Show when={open()}>
        <fieldset class="column-chooser-list" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <legend>Các cột hiển thị</legend>
          <For each={props.grid.allColumns}>
            {(col, i) => (
              <label>
                <input
                  type="checkbox"
                  checked={shown().has(col.key)}
                  disabled={i() === 0}
                  onChange={(e) => toggle(col.key, e.currentTarget.checked)}
                />{' '}
                {col.label}
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </div>
  );
}
