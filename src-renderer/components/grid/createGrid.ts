import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { GridModel, type GridModelOptions } from './grid-model';
import { checkRowsOnLeave } from './grid-writer';

/** A grid model wired to Solid: `version` changes whenever the model does, so views re-read it. */
export interface GridHandle {
  model: GridModel;
  version: Accessor<number>;
}

/**
 * Creates a page's grid (the Solid adapter of the headless model, like TanStack's createTable) and
 * loads its first page. The undo stack lives in sessionStorage so it survives a reload.
 */
export function createGrid(options: Omit<GridModelOptions, 'storage'>): GridHandle {
  const model = new GridModel({ ...options, storage: typeof sessionStorage === 'undefined' ? null : sessionStorage });
  const [version, setVersion] = createSignal(0);
  onCleanup(model.subscribe(() => setVersion((v) => v + 1)));
  onCleanup(checkRowsOnLeave(model));
  void model.reload();
  return { model, version };
}
