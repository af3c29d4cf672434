import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { GridModel, type GridModelOptions } from './grid-model';
import { subscribeChanges } from '../../lib/live';

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
  if (options.source.live) onCleanup(subscribeChanges(options.source.live, () => void model.refresh()));
  void model.reload();
  return { model, version };
}
