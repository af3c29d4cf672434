import type { Caller } from '../api/roles';
import { storeWithWrite } from '../db/store-with-write';
import type { Connection, Store, WriteTx } from '../db/types';
import { deleteDiffSql, installCapture, setBulkDeletes, setBulkTable, setCapture, takePending } from './audit-capture.repo';
import {
  appendCreatedSince,
  appendDeletedAmong,
  appendEntries,
  carryOver,
  lastRowid,
  type AuditWhat,
  type AuditWho,
} from './audit-log.repo';

/**
 * The audit trail of an open store: row changes captured on its connection (audit-capture.repo.ts),
 * appended to audit_log in the transaction that made them, and carried over a restore.
 */
export class AuditTrail {
  private conn: Connection | null = null;
  /** Who makes the audited transaction under way, if one is (bulk sections and events log as them). */
  private who: (() => AuditWho) | null = null;

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
    return storeWithWrite(base, (fn, options) => base.write((tx) => this.captured(tx, fn, who), options));
  }

  /** Appends one row (an event) in a write of its own. */
  record(who: AuditWho, what: AuditWhat): void {
    this.store.write((tx) => appendEntries(tx, who, [what]));
  }

  /**
   * Logs an event (an import: which package or file, counts) in the audited transaction under way, as its
   * caller, so it commits or rolls back with what it describes. Outside one it logs nothing.
   */
  event(tx: WriteTx, note: string): void {
    if (!this.who) return;
    this.drain(tx, this.who);
    appendEntries(tx, this.who(), [{ kind: null, recordId: null, action: 'event', changes: null, note }]);
  }

  /**
   * Runs `write`, which creates many rows of `table` (a record table with an `id`), and logs each row it
   * created as a compact 'create' entry carrying `note` (the import it came with) instead of its field
   * list: the record itself holds the values, and later edits are logged with their before-values.
   * Why: capturing 100,000 diffs as JSON doubled the cost of a package import (issue 13). Only creates
   * of that one table are compact; everything else `write` does (updates, deletes, other tables) is
   * captured as always, and every row created after the table's last row gets its entry, whatever made it
   * (a row the section itself deleted again shows only its deletion).
   */
  bulkCreates<T>(tx: WriteTx, table: string, note: string, write: () => T): T {
    const who = this.who;
    if (!who) return write();
    const conn = this.connection();
    this.drain(tx, who);
    const last = lastRowid(tx, table);
    setBulkTable(conn, table);
    let result: T;
    try {
      result = write();
    } finally {
      setBulkTable(conn, null);
    }
    // The creates first, then what the section changed besides (an update of a row it created comes after it).
    appendCreatedSince(tx, who(), table, last, note);
    this.drain(tx, who);
    return result;
  }

  /**
   * Runs `write`, which deletes the rows of `table` (a record table with an `id`) whose ids are in `ids`,
   * and logs each of them as its delete trigger would (its values before), but in one statement ahead of
   * `write` instead of a trigger, a capture row and a bound insert each: the undo of a 100k-record import
   * spent most of its time there. Deletes of other tables (dependants) are captured as always.
   */
  bulkDeletes<T>(tx: WriteTx, table: string, ids: readonly string[], write: () => T): T {
    const who = this.who;
    if (!who) return write();
    const conn = this.connection();
    this.drain(tx, who);
    appendDeletedAmong(tx, who(), table, JSON.stringify(ids), deleteDiffSql(conn, table, 't'));
    setBulkDeletes(conn, table);
    let result: T;
    try {
      result = write();
    } finally {
      setBulkDeletes(conn, null);
    }
    this.drain(tx, who);
    return result;
  }

  private captured<T>(tx: WriteTx, fn: (tx: WriteTx) => T, who: () => AuditWho): T {
    const conn = this.connection();
    setCapture(conn, true);
    const outer = this.who;
    this.who = who;
    try {
      const result = fn(tx);
      this.drain(tx, who);
      return result;
    } finally {
      // On a throw the transaction rolls back, the captured rows with it.
      this.who = outer;
      setCapture(this.connection(), false);
    }
  }

  /** Appends the changes captured so far, in the order they were made. */
  private drain(tx: WriteTx, who: () => AuditWho): void {
    const changes = takePending(this.connection());
    if (changes.length === 0) return;
    const rows = changes.map((c) => ({ kind: c.kind, recordId: c.record_id, action: c.action, changes: c.changes, note: null }));
    appendEntries(tx, who(), rows);
  }

  private connection(): Connection {
    if (!this.conn) throw new Error('audit trail used before its connection was set up');
    return this.conn;
  }
}

/** `trail.bulkCreates` where the environment has a trail; a bare store (db tests) just writes. */
export function bulkCreates<T>(env: { audit?: AuditTrail }, tx: WriteTx, table: string, note: string, write: () => T): T {
  return env.audit ? env.audit.bulkCreates(tx, table, note, write) : write();
}

/** `trail.bulkDeletes` where the environment has a trail; a bare store just writes. */
export function bulkDeletes<T>(env: { audit?: AuditTrail }, tx: WriteTx, table: string, ids: readonly string[], write: () => T): T {
  return env.audit ? env.audit.bulkDeletes(tx, table, ids, write) : write();
}

/** `trail.event` where the environment has a trail. */
export function logEvent(env: { audit?: AuditTrail }, tx: WriteTx, note: string): void {
  env.audit?.event(tx, note);
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
