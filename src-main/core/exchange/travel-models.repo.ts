import { z } from 'zod';
import { ModelStatus, ModelStatusEvent, SecurityModelFields } from '../../contract/models/security-model';
import type { ReadDb, Row, WriteTx } from '../db/types';
import { deleteModelRow, insertModel, updateModel, type SecurityModelDraft } from '../models';
import { countPackageRows, heldFromRow, readPackageRows, travelling, type PackageRows } from './package-rows.repo';
import type { HeldRecord, TravelTarget } from './travel';
import { idsAmong, keepOwnerMeta, scopeWhere } from './travel-kinds.repo';

/**
 * Security models travel with their status history: the model's fields (as its draft), its current
 * status, and every status event, which the receiver replaces as a whole.
 */
const COLUMNS = `id, version, created_at AS createdAt, updated_at AS updatedAt, origin_office_id AS origin,
  type_id AS typeId, name, unit_id AS unitId, host_organisation_id AS hostOrganisationId, founded_on AS foundedOn,
  sites, teams, members, households, leader, note, status, status_on AS statusOn`;

/** The models a package carries, read in batches (package-rows.repo.ts). */
const MODEL_ROWS: PackageRows = { table: 'security_models', columns: COLUMNS, changedAt: 'updated_at' };

const DRAFT_KEYS = [
  'typeId',
  'name',
  'unitId',
  'hostOrganisationId',
  'foundedOn',
  'sites',
  'teams',
  'members',
  'households',
  'leader',
  'note',
];

interface EventRow {
  id: string;
  seq: number;
  status: string;
  effectiveOn: string;
  note: string | null;
  createdAt: string;
}

function eventsOf(db: ReadDb, modelId: string): EventRow[] {
  return db.all<EventRow>(
    'SELECT id, seq, status, effective_on AS effectiveOn, note, created_at AS createdAt FROM model_status_events WHERE model_id = ? ORDER BY seq',
    [modelId],
  );
}

function toHeld(db: ReadDb, row: Row): HeldRecord {
  const held = heldFromRow(row, [...DRAFT_KEYS, 'status', 'statusOn']);
  held.data['events'] = eventsOf(db, held.id);
  return held;
}

function draftOf(data: Record<string, unknown>): SecurityModelDraft {
  // A travelled model's fields were a model's stored columns at the sender; the package's hash guards them.
  return Object.fromEntries(DRAFT_KEYS.map((k) => [k, data[k] ?? null])) as unknown as SecurityModelDraft;
}

function writeEvents(tx: WriteTx, modelId: string, events: unknown): void {
  tx.run('DELETE FROM model_status_events WHERE model_id = ?', [modelId]);
  for (const e of Array.isArray(events) ? (events as EventRow[]) : []) {
    tx.run('INSERT INTO model_status_events (id, model_id, seq, status, effective_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      String(e.id),
      modelId,
      Number(e.seq),
      String(e.status),
      String(e.effectiveOn),
      e.note === null ? null : String(e.note),
      String(e.createdAt),
    ]);
  }
}

export const modelsTarget: TravelTarget = {
  name: 'models',
  label: 'Mô hình',
  table: 'security_models',
  refs: { typeId: 'catalogue', hostOrganisationId: 'catalogue', unitId: 'unit' },
  schema: SecurityModelFields.extend({ status: ModelStatus, statusOn: z.string(), events: z.array(ModelStatusEvent) }),
  *readForPackage(db, scope, since) {
    for (const row of readPackageRows(db, MODEL_ROWS, scope, since)) yield travelling(toHeld(db, row));
  },
  countForPackage: (db, scope, since) => countPackageRows(db, MODEL_ROWS, scope, since),
  idsForPackage: (db, scope) =>
    db.all<{ id: string; version: number }>(`SELECT id, version FROM security_models WHERE ${scopeWhere(scope)}`),
  heldOf: (db, origin) =>
    new Map(
      db
        .all<{ id: string; version: number }>('SELECT id, version FROM security_models WHERE origin_office_id = ?', [origin])
        .map((r) => [r.id, r.version]),
    ),
  idsHere: (db, ids) => idsAmong(db, 'security_models', ids),
  read(db, id) {
    const row = db.get(`SELECT ${COLUMNS} FROM security_models WHERE id = ?`, [id]);
    return row ? toHeld(db, row) : undefined;
  },
  write(tx, rec, exists, origin, now) {
    const draft = draftOf(rec.data);
    if (exists) updateModel(tx, rec.id, draft, now);
    else insertModel(tx, rec.id, draft, now);
    writeEvents(tx, rec.id, rec.data['events']);
    tx.run('UPDATE security_models SET status = ?, status_on = ? WHERE id = ?', [
      String(rec.data['status']),
      String(rec.data['statusOn']),
      rec.id,
    ]);
    keepOwnerMeta(tx, 'security_models', rec, origin);
  },
  remove: (tx, id) => {
    deleteModelRow(tx, id);
  },
};
