import { For, Show, type JSX } from 'solid-js';

/** One column header of an ActionTable; `num` right-aligns it like its figures. */
export interface ActionColumn {
  label: string;
  num?: boolean;
}

export interface ActionTableProps<T> {
  rows: readonly T[];
  columns: readonly ActionColumn[];
  /** Shown instead of an empty table. */
  empty: string;
  testId: string;
  /** One row's cells, the action cell last (its header is read only by screen readers). */
  children: (row: T) => JSX.Element;
}

/**
 * A settings list with an action per row (backups to restore, offices whose last package can be
 * undone): the headers, an unnamed action column, and the empty case.
 */
export default function ActionTable<T>(props: ActionTableProps<T>) {
  return (
    <Show when={props.rows.length > 0} fallback={<p class="muted">{props.empty}</p>}>
      <table class="table" data-testid={props.testId}>
        <thead>
          <tr>
            <For each={props.columns}>
              {(c) => (
                <th scope="col" class={c.num ? 'num' : undefined}>
                  {c.label}
                </th>
              )}
            </For>
            <th scope="col">
              <span class="visually-hidden">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>{(row) => <tr>{props.children(row)}</tr>}</For>
        </tbody>
      </table>
    </Show>
  );
}
