import type { AnyKind } from '../../contract/records/define-kind';
import { outcomeKind } from '../../contract/outcomes/outcome.kind';
import { registrationKind } from '../../contract/registrations/registration.kind';
import { sessionKind } from '../../contract/sessions/session.kind';
import type { ReadDb, Row, WriteTx } from '../db/types';
import { deleteRecord, deleteRecords, insertRecord, insertRecords, updateRecord } from '../records';
import { countPackageRows, heldFromRow, readPackageRows, travelling, type PackageRows } from './package-rows.repo';
import type { HeldRecord, PackageScope, RefKind, TravelRecord, TravelTarget } from './travel';

/** Rows of the package's scope: the office's own (NULL origin) or all it holds. */
export function scopeWhere(scope: PackageScope): string {
  return scope === 'own' ? 'origin_office_id IS NULL' : '1 = 1';
}

/** Which of `ids` the table holds (`table` is a fixed name): one lookup along its id index each. */
export function idsAmong(db: ReadDb, table: string, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  const rows = db.all<{ id: string }>(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`, [JSON.stringify(ids)]);
  return new Set(rows.map((r) => r.id));
}

/** Sets what a travelled record keeps from its owner: version, times, and the owning office. */
export function keepOwnerMeta(tx: WriteTx, table: string, rec: TravelRecord, origin: string | null): void {
  tx.run(`UPDATE ${table} SET origin_office_id = ?, version = ?, created_at = ?, updated_at = ? WHERE id = ?`, [
    origin,
    rec.version,
    rec.createdAt,
    rec.updatedAt,
    rec.id,
  ]);
}

function selectColumns(kind: AnyKind): string {
  const fields = Object.entries(kind.fields).map(([key, f]) => `${f.column} AS "${key}"`);
  return ['id', 'version', 'created_at AS createdAt', 'updated_at AS updatedAt', 'origin_office_id AS origin', ...fields].join(', ');
}

/** A row of the kind's table as a held record: its fields by key. */
function toHeld(kind: AnyKind, row: Row): HeldRecord {
  return heldFromRow(row, Object.keys(kind.fields));
}

/** A record kind (contract/records) as a travelling target: its SQL derives from the declaration. */
function kindTarget(kind: AnyKind, label: string, refs: Readonly<Record<string, RefKind>>): TravelTarget {
  const t = kind.table;
  const rows: PackageRows = { table: t, columns: selectColumns(kind), changedAt: 'updated_at' };
  return {
    name: kind.name,
    label,
    table: t,
    refs,
    schema: kind.createInput,
    *readForPackage(db, scope, since) {
      for (const row of readPackageRows(db, rows, scope, since)) yield travelling(toHeld(kind, row));
    },
    countForPackage: (db, scope, since) => countPackageRows(db, rows, scope, since),
    idsForPackage: (db, scope) => db.all<{ id: string; version: number }>(`SELECT id, version FROM ${t} WHERE ${scopeWhere(scope)}`),
    heldOf: (db, origin) =>
      new Map(
        db
          .all<{ id: string; version: number }>(`SELECT id, version FROM ${t} WHERE origin_office_id = ?`, [origin])
          .map((r) => [r.id, r.version]),
      ),
    idsHere: (db, ids) => idsAmong(db, t, ids),
    read(db, id) {
      const row = db.get(`SELECT ${selectColumns(kind)} FROM ${t} WHERE id = ?`, [id]);
      return row ? toHeld(kind, row) : undefined;
    },
    write(tx, rec, exists, origin, now) {
      if (!exists) return insertRecord(tx, kind, rec.id, rec.data, now, { ...rec, origin });
      updateRecord(tx, kind, rec.id, rec.data, now);
      keepOwnerMeta(tx, t, rec, origin);
    },
    writeNew(tx, recs, origin, now, onWritten) {
      const owner = (r: TravelRecord) => ({ origin, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt });
      insertRecords(
        tx,
        kind,
        recs.map((r) => ({ id: r.id, fields: r.data, owner: owner(r) })),
        now,
        onWritten,
      );
    },
    remove: (tx, id) => deleteRecord(tx, kind, id),
    removeMany: (tx, ids) => void deleteRecords(tx, kind, ids),
  };
}

export const sessionsTarget = kindTarget(sessionKind, 'Buổi tuyên truyền', {
  unitId: 'unit',
  venueKindId: 'catalogue',
  formId: 'catalogue',
  modelId: 'model',
});
export const outcomesTarget = kindTarget(outcomeKind, 'Kết quả', { unitId: 'unit', modelId: 'model' });
export const registrationsTarget = kindTarget(registrationKind, 'Đăng ký an toàn', { unitId: 'unit' });
