import type { z } from 'zod';
import type { AnyKind, RecordFields, RecordOut } from '../../contract/records/define-kind';
import type { KindContract } from '../../contract/records/kind-contract';
import type { MethodSpec } from '../../contract/method-spec';
import type { Handler, MethodContext } from '../api/define';
import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { applyPatch } from './record-checks';
import { checkSortColumns, parseListFilters } from './record-list';
import { deleteRecord, findRecord, insertRecord, updateRecord } from './kind.repo';
import { insertRecords } from './kind-bulk.repo';
import { listRecords } from './kind-list.repo';
import { assertVersion } from '../api/version-check';
import { assertOwnRecord } from './record-origin.repo';

type Computed<K extends AnyKind> = NonNullable<K['computed']>;
/** A record as read from its table, before the rules add the computed fields. */
export type StoredRecord<K extends AnyKind> = Omit<RecordOut<K>, keyof Computed<K>>;

/** One handler per standard method of the kind. */
export type KindHandlers<K extends AnyKind> = {
  [N in keyof KindContract<K>]: KindContract<K>[N] extends MethodSpec ? Handler<KindContract<K>[N]> : never;
};

/** The hand-written rules of a kind, which the standard methods call at their fixed points. */
export interface KindRules<K extends AnyKind> {
  /** Checks a record before it is written (create: `stored` is null); throws AppError (runChecks gathers issues). */
  check?(db: ReadDb, next: RecordFields<K>, stored: RecordFields<K> | null, now: string): void;
  /** Refuses a record that would take another's place (a uniqueness rule); `id` is null on create. */
  conflicts?(db: ReadDb, id: string | null, next: RecordFields<K>): void;
  /** The kind's computed output fields, from the stored record. */
  compute?(row: StoredRecord<K>): { [N in keyof Computed<K>]: z.input<Computed<K>[N]> };
}

/** The record with that id, with its computed fields; NOT_FOUND in Vietnamese when it is gone. */
export function readRecord<K extends AnyKind>(db: ReadDb, kind: K, rules: KindRules<K>, id: string): RecordOut<K> {
  const row = findRecord(db, kind, id);
  if (!row) throw new AppError('NOT_FOUND', `Không tìm thấy ${kind.noun} này; có thể nó đã bị xoá.`);
  return withComputed(kind, rules, row);
}

function withComputed<K extends AnyKind>(kind: K, rules: KindRules<K>, row: Record<string, unknown>): RecordOut<K> {
  // The row has the kind's output columns (selectSql); the output schema checks it after the handler.
  const stored = row as StoredRecord<K>;
  return (rules.compute ? { ...stored, ...rules.compute(stored) } : stored) as RecordOut<K>;
}

/** The stored fields of a record (what an update patches). */
export function fieldsOf<K extends AnyKind>(kind: K, record: RecordOut<K>): RecordFields<K> {
  const source: Record<string, unknown> = record;
  return Object.fromEntries(Object.keys(kind.fields).map((k) => [k, source[k]])) as RecordFields<K>;
}

type AnyHandler = (ctx: MethodContext, input: Record<string, unknown>) => unknown;

/**
 * The handlers of a kind's standard methods (kind-contract.ts): list with the kind's sort and filter
 * whitelists, get, create (under a new id; a caller's id is refused), update (absent fields keep their
 * value), delete (returns the record as it was, for the caller's notice). Update
 * and delete refuse a stale `expectedVersion` with CONFLICT and the current record.
 */
export function kindHandlers<const K extends AnyKind>(kind: K, rules: KindRules<K> = {}): KindHandlers<K> {
  const read = (db: ReadDb, id: unknown) => readRecord(db, kind, rules, String(id));
  const n = kind.name;
  const handlers: Record<string, AnyHandler> = {
    [`${n}.list`]: (ctx, q) => {
      const query = q as unknown as Parameters<typeof listRecords>[2];
      const sort = checkSortColumns(query.sort, kind.sortable);
      const page = listRecords(ctx.db, kind, { ...query, sort }, parseListFilters(kind.filterSchema, query.filters));
      return { total: page.total, rows: page.rows.map((row) => withComputed(kind, rules, row)) };
    },
    [`${n}.get`]: (ctx, { id }) => read(ctx.db, id),
    [`${n}.update`]: updateHandler(kind, rules),
    [`${n}.delete`]: (ctx, { id, expectedVersion }) => {
      const stored = read(ctx.db, id);
      assertOwnRecord(ctx.db, kind.table, String(id), kind.noun);
      assertVersion(kind.noun, versionOf(expectedVersion), stored);
      deleteRecord(ctx.db, kind, String(id));
      return stored;
    },
  };
  if (kind.methods.create !== undefined) handlers[`${n}.create`] = createHandler(kind, rules);
  // Keyed by the kind's name as KindContract states; each input passed its spec's schema first.
  return handlers as unknown as KindHandlers<K>;
}

/** The rules a new record must meet against the stored data (an import's preview runs these without inserting). */
export function checkNewRecord<K extends AnyKind>(ctx: MethodContext, rules: KindRules<K>, fields: RecordFields<K>): void {
  checkWrite(ctx, rules, null, fields, null);
}

/** The rules a write runs: the checks (stored is null on create), then the uniqueness rule. */
function checkWrite<K extends AnyKind>(
  ctx: MethodContext,
  rules: KindRules<K>,
  id: string | null,
  next: RecordFields<K>,
  stored: RecordFields<K> | null,
) {
  rules.check?.(ctx.db, next, stored, ctx.now);
  rules.conflicts?.(ctx.db, id, next);
}

function createHandler<K extends AnyKind>(kind: K, rules: KindRules<K>): AnyHandler {
  // The input passed createInput, which refuses an `id`: the record always gets a new one.
  return (ctx, input) => readRecord(ctx.db, kind, rules, createRecord(ctx, kind, rules, input as RecordFields<K>));
}

/**
 * Checks and inserts a new record (the create input after its schema: every field, defaults filled in)
 * and returns its new id, without reading it back: what `create` does, for an import of many rows.
 */
export function createRecord<K extends AnyKind>(ctx: MethodContext, kind: K, rules: KindRules<K>, fields: RecordFields<K>): string {
  checkNewRecord(ctx, rules, fields);
  const id = ctx.newId();
  insertRecord(ctx.db, kind, id, fields, ctx.now);
  return id;
}

/**
 * Inserts new records that each passed checkNewRecord with nothing written in between, under new ids, in
 * one bulk write (an import of many rows); for a kind without a uniqueness rule only, whose records never
 * depend on each other. Answers the ids in the order of `all`; `onWritten` hears how many are in so far.
 */
export function createCheckedRecords<K extends AnyKind>(
  ctx: MethodContext,
  kind: K,
  all: readonly RecordFields<K>[],
  onWritten?: (written: number) => void,
): string[] {
  const records = all.map((fields) => ({ id: ctx.newId(), fields }));
  insertRecords(ctx.db, kind, records, ctx.now, onWritten);
  return records.map((r) => r.id);
}

function updateHandler<K extends AnyKind>(kind: K, rules: KindRules<K>): AnyHandler {
  return (ctx, { id, expectedVersion, ...patch }) => {
    const current = readRecord(ctx.db, kind, rules, String(id));
    assertOwnRecord(ctx.db, kind.table, String(id), kind.noun);
    assertVersion(kind.noun, versionOf(expectedVersion), current);
    const stored = fieldsOf(kind, current);
    // The update input after its schema: some fields, each of its field's type.
    const next = applyPatch(stored, patch as Partial<RecordFields<K>>);
    checkWrite(ctx, rules, String(id), next, stored);
    updateRecord(ctx.db, kind, String(id), next, ctx.now);
    return readRecord(ctx.db, kind, rules, String(id));
  };
}

/** The input's `expectedVersion` after its schema: an integer or absent. */
function versionOf(expected: unknown): number | undefined {
  return typeof expected === 'number' ? expected : undefined;
}
