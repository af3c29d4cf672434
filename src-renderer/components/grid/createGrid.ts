import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { GridModel, type GridModelOptions } from './grid-model';
import { checkRowsOnLeave } from './grid-writer';
import { subscribeChanges } from '../../lib/live';
import { onlyOwnSaves } from './grid-accept';
import { loadHidden, visibleColumns } from './column-choice';
import type { GridColumn } from './types';
import { followDrafts } from './grid-drafts';
import { can, type Action } from '../../lib/permissions';
import { askAgain } from './grid-existing';

/** Waits this long after a change before refreshing, so this grid's own save has its answer by then. */
const SETTLE_MS = 250;

/**
 * Refreshes the grid's rows after saves in other windows or tabs (the change feed). This grid's own
 * saves are on screen already; a paste in progress is let finish first.
 */
function followChanges(model: GridModel, kind: string): () => void {
  const heard = new Set<string | null>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    timer = undefined;
    if (model.progress) return void (timer = setTimeout(settle, SETTLE_MS));
    const ids = heard.has(null) ? null : ([...heard] as string[]);
    heard.clear();
    if (!onlyOwnSaves(model, ids)) void model.refresh();
  };
  const stop = subscribeChanges(kind, (ids) => {
    for (const id of ids ?? [null]) heard.add(id);
    timer ??= setTimeout(settle, SETTLE_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

/** A grid model wired to Solid: `version` changes whenever the model does, so views re-read it. */
export interface GridHandle {
  model: GridModel;
  version: Accessor<number>;
  /** Every column the page declared, the hidden ones too (the column chooser lists them). */
  allColumns: readonly GridColumn[];
  /** What a role must be allowed (lib/permissions.ts) to write through this grid. */
  editableBy: Action;
}

/**
 * Creates a page's grid (the Solid adapter of the headless model, like TanStack's createTable) and
 * loads its first page, with the columns the clerk chose to see. The undo stack lives in sessionStorage
 * so it survives a reload.
 */
export function createGrid(options: Omit<GridModelOptions, 'storage'>, editableBy: Action = 'edit'): GridHandle {
  const storage = typeof sessionStorage === 'undefined' ? null : sessionStorage;
  // A role that cannot edit (a viewer) sees every cell read-only: no typing, no paste into it.
  const editable = can(editableBy);
  const all = editable ? options.columns : options.columns.map((c) => ({ ...c, readOnly: true }));
  const columns = typeof localStorage === 'undefined' ? all : visibleColumns(all, loadHidden(options.id));
  const model = new GridModel({ ...options, columns, storage, appendable: editable && options.appendable !== false });
  const [version, setVersion] = createSignal(0);
  onCleanup(model.subscribe(() => setVersion((v) => v + 1)));
  onCleanup(checkRowsOnLeave(model));
  if (options.source.live) onCleanup(followChanges(model, options.source.live));
  const firstPage = model.reload();
  // A grid that asks about existing keys asks again about rows put back from drafts (grid-existing.ts).
  onCleanup(followDrafts(model, firstPage, options.source.asksOnExisting ? (rows) => void askAgain(model, rows) : undefined));
  return { model, version, allColumns: all, editableBy };
}
