import type { ChangedKind, ChangesPage } from '../contract/changes/changes.contract';
import type { CallProgress } from '../contract/progress/call-progress';

/**
 * True when a message on the changes channel has the shape of a ChangesPage. The shell sends only what
 * the core's dispatcher validated; this keeps anything else from reaching the page all the same. By
 * hand, not with the contract's zod schema: the sandboxed preload bundles nothing of the app.
 */
export function isChangesPage(data: unknown): data is ChangesPage {
  if (typeof data !== 'object' || data === null || !('cursor' in data && 'changes' in data && 'reset' in data)) return false;
  const { cursor, changes, reset } = data;
  return typeof cursor === 'string' && typeof reset === 'boolean' && Array.isArray(changes) && changes.every(isChangedKind);
}

function isChangedKind(c: unknown): c is ChangedKind {
  if (typeof c !== 'object' || c === null || !('kind' in c && 'ids' in c)) return false;
  const { kind, ids } = c;
  return typeof kind === 'string' && (ids === null || (Array.isArray(ids) && ids.every((id) => typeof id === 'string')));
}

/** True when a message on the progress channel has the shape of a CallProgress (by hand, as above). */
export function isCallProgress(data: unknown): data is CallProgress {
  if (typeof data !== 'object' || data === null || !('method' in data && 'label' in data && 'done' in data && 'total' in data))
    return false;
  const { method, label, done, total } = data;
  return typeof method === 'string' && typeof label === 'string' && typeof done === 'number' && typeof total === 'number';
}
