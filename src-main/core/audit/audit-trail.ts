import type { Caller } from '../api/roles';
import type { Connection, Store, WriteTx } from '../db/types';
import { installCapture, setCapture, takePending } from './audit-capture.repo';
import { appendEntries, carryOver, type AuditWhat, type AuditWho } from './audit-log.repo';

/**
 * The audit trail of an open store: row changes captured on its connection (audit-capture.repo.ts),
 * appended to audit_log in the transaction that made them, and carried over a restore.
 */
export class AuditTrail {
  private conn: Connection | null = null;

  constructor(private readonly store: Store) {
    store.onConnection((conn, replaced) => {
      installCapture(conn);
      if (replaced) carryInOneTransaction(replaced, conn);
      this.conn = conn;
    });
  }

  /**
   * The store a call's handler writes through: each of its write transactions (the call's own and any
   * the handler opens after an await) appends the rows it changed to the trail before it commits.
   */
  storeFor(who: () => AuditWho): Store {
    const base = this.store;
    return {
      all: (sql, params) => base.all(sql, params),
      get: (sql, params) => base.get(sql, params),
      write: (fn) => base.write((tx) => this.captured(tx, fn, who)),
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

  /** Appends one row (an event) in a write of its own. */
  record(who: AuditWho, what: AuditWhat): void {
    this.store.write((tx) => appendEntries(tx, who, [what]));
  }

  private captured<T>(tx: WriteTx, fn: (tx: WriteTx) => T, who: () => AuditWho): T {
    const conn = this.connection();
    setCapture(conn, true);
    try {
      const result = fn(tx);
      const changes = takePending(conn);
      if (changes.length > 0) {
        const rows = changes.map((c) => ({ kind: c.kind, recordId: c.record_id, action: c.action, changes: c.changes, note: null }));
        appendEntries(tx, who(), rows);
      }
      return result;
    } finally {
      // On a throw the transaction rolls back, the captured rows with it.
      setCapture(this.connection(), false);
    }
  }

  private connection(): Connection {
    if (!this.conn) throw new Error('audit trail used before its connection was set up');
    return this.conn;
  }
}

/** Who a caller is, for the trail. `userId` comes with accounts (issue 12): read where present. */
export function whoOf(caller: Caller, method: string, at: string): AuditWho {
  const userId: unknown = Reflect.get(caller, 'userId');
  return { at, method, username: caller.name, role: caller.role, userId: typeof userId === 'string' ? userId : null };
}

function carryInOneTransaction(from: Connection, to: Connection): void {
  to.exec('BEGIN');
  try {
    carryOver(from, to);
    to.exec('COMMIT');
  } catch (err) {
    to.exec('ROLLBACK');
    throw err;
  }
}
