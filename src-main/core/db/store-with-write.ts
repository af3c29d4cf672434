import type { Store } from './types';

/**
 * `base` with its `write` replaced and everything else handed to it: for the views of one store that
 * differ in how a write runs (the audit trail's capture, a call's watch on whether it wrote). Members are
 * delegated one by one, because a class's methods are not own properties and would not spread.
 */
export function storeWithWrite(base: Store, write: Store['write']): Store {
  return {
    all: (sql, params) => base.all(sql, params),
    get: (sql, params) => base.get(sql, params),
    write,
    checkpoint: () => base.checkpoint(),
    status: () => base.status(),
    backup: (reason) => base.backup(reason),
    listBackups: () => base.listBackups(),
    restore: (name) => base.restore(name),
    settled: () => base.settled(),
    close: () => base.close(),
    onConnection: (setup) => base.onConnection(setup),
  };
}
