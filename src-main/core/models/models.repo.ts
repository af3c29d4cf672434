import type { ReadDb, WriteTx } from '../db/types';
import { fromOtherOfficeSql, originOfficeNameSql, originOfficeSql } from '../../contract/records/record-origin';
import { shadowText } from '../units';
import type { ModelStatus, ModelStatusEvent, SecurityModel } from '../../contract/models/security-model';
import type { SecurityModelDraft } from './security-model-draft';

/** A security_models row joined with the names shown beside its ids. */
export interface ModelRow {
  id: string;
  type_id: string;
  type_name: string;
  name: string;
  unit_id: string;
  unit_name: string;
  host_organisation_id: string | null;
  host_name: string | null;
  founded_on: string;
  status: ModelStatus;
  status_on: string;
  sites: number | null;
  teams: number | null;
  members: number | null;
  households: number | null;
  leader: string | null;
  note: string | null;
  origin_office_id: string | null;
  origin_office_name: string | null;
  from_other_office: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/** SELECT … FROM the models with their names; `indexHint` is an optional `INDEXED BY …` for lists. */
export function modelSelect(indexHint = ''): string {
  return `SELECT m.id, m.type_id, t.name AS type_name, m.name, m.unit_id, u.name AS unit_name,
  m.host_organisation_id, h.name AS host_name, m.founded_on, m.status, m.status_on, m.sites, m.teams, m.members,
  m.households, m.leader, m.note, ${originOfficeSql('m')} AS origin_office_id,
  ${originOfficeNameSql('m')} AS origin_office_name, ${fromOtherOfficeSql('m')} AS from_other_office, m.version, m.created_at, m.updated_at
  FROM security_models m ${indexHint}
  JOIN catalogue_entries t ON t.id = m.type_id
  JOIN units u ON u.id = m.unit_id
  LEFT JOIN catalogue_entries h ON h.id = m.host_organisation_id`;
}

export function toModel(r: ModelRow): SecurityModel {
  return {
    id: r.id,
    typeId: r.type_id,
    typeName: r.type_name,
    name: r.name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    hostOrganisationId: r.host_organisation_id,
    hostOrganisationName: r.host_name,
    foundedOn: r.founded_on,
    status: r.status,
    statusOn: r.status_on,
    sites: r.sites,
    teams: r.teams,
    members: r.members,
    households: r.households,
    leader: r.leader,
    note: r.note,
    originOfficeId: r.origin_office_id,
    originOfficeName: r.origin_office_name,
    fromOtherOffice: r.from_other_office === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findModel(db: ReadDb, id: string): SecurityModel | undefined {
  const row = db.get<ModelRow>(`${modelSelect()} WHERE m.id = ?`, [id]);
  return row ? toModel(row) : undefined;
}

function draftParams(d: SecurityModelDraft) {
  return [
    d.typeId,
    d.name,
    shadowText(d.name).search,
    shadowText(d.name).sort,
    d.unitId,
    d.hostOrganisationId,
    d.foundedOn,
    d.sites,
    d.teams,
    d.members,
    d.households,
    d.leader,
    shadowText(d.leader).sort,
    d.note,
  ];
}

/** The folded name and leader the search box matches (FTS row keyed by the model's seq). */
function ftsParams(d: SecurityModelDraft): string[] {
  return [shadowText(d.name).search, shadowText(d.leader).search];
}

export function insertModel(tx: WriteTx, id: string, d: SecurityModelDraft, now: string): void {
  tx.run(
    `INSERT INTO security_models (type_id, name, name_search, name_sort, unit_id, host_organisation_id, founded_on, sites, teams, members,
       households, leader, leader_sort, note, id, status, status_on, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
    [...draftParams(d), id, d.foundedOn, now, now],
  );
  tx.run('INSERT INTO security_models_fts (docid, name, leader) SELECT seq, ?, ? FROM security_models WHERE id = ?', [...ftsParams(d), id]);
}

export function updateModel(tx: WriteTx, id: string, d: SecurityModelDraft, now: string): void {
  tx.run(
    `UPDATE security_models SET type_id = ?, name = ?, name_search = ?, name_sort = ?, unit_id = ?, host_organisation_id = ?, founded_on = ?,
       sites = ?, teams = ?, members = ?, households = ?, leader = ?, leader_sort = ?, note = ?,
       version = version + 1, updated_at = ? WHERE id = ?`,
    [...draftParams(d), now, id],
  );
  tx.run('UPDATE security_models_fts SET name = ?, leader = ? WHERE docid = (SELECT seq FROM security_models WHERE id = ?)', [
    ...ftsParams(d),
    id,
  ]);
}

/** Deletes a model and its history; throws SQLite's foreign-key error when a record refers to it. */
export function deleteModelRow(tx: WriteTx, id: string): number {
  // The FTS row goes first; if the model is still referenced, the caller's transaction rolls both back.
  tx.run('DELETE FROM security_models_fts WHERE docid = (SELECT seq FROM security_models WHERE id = ?)', [id]);
  return tx.run('DELETE FROM security_models WHERE id = ?', [id]).changes;
}

interface EventRow {
  id: string;
  seq: number;
  status: ModelStatus;
  effective_on: string;
  note: string | null;
  created_at: string;
}

export function modelEvents(db: ReadDb, modelId: string): ModelStatusEvent[] {
  return db
    .all<EventRow>('SELECT id, seq, status, effective_on, note, created_at FROM model_status_events WHERE model_id = ? ORDER BY seq', [
      modelId,
    ])
    .map((r) => ({ id: r.id, seq: r.seq, status: r.status, effectiveOn: r.effective_on, note: r.note, createdAt: r.created_at }));
}

export interface EventWrite {
  id: string;
  modelId: string;
  status: ModelStatus;
  effectiveOn: string;
  note: string | null;
  now: string;
}

/** Appends a status event and repeats it on the model (status, status_on) for lists and filters. */
export function appendEvent(tx: WriteTx, e: EventWrite): void {
  const seq = (tx.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM model_status_events WHERE model_id = ?', [e.modelId])?.n ?? 0) + 1;
  tx.run('INSERT INTO model_status_events (id, model_id, seq, status, effective_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    e.id,
    e.modelId,
    seq,
    e.status,
    e.effectiveOn,
    e.note,
    e.now,
  ]);
  // The founding event (seq 1) is part of the create, which is version 1; each later change is a write.
  tx.run('UPDATE security_models SET status = ?, status_on = ?, version = version + ?, updated_at = ? WHERE id = ?', [
    e.status,
    e.effectiveOn,
    seq > 1 ? 1 : 0,
    e.now,
    e.modelId,
  ]);
}

/** Moves the founding event (seq 1) with the founding date, and status_on when it is still the only event. */
export function moveFoundingEvent(tx: WriteTx, modelId: string, foundedOn: string): void {
  tx.run('UPDATE model_status_events SET effective_on = ? WHERE model_id = ? AND seq = 1', [foundedOn, modelId]);
  tx.run(`UPDATE security_models SET status_on = ? WHERE id = ? AND (SELECT MAX(seq) FROM model_status_events WHERE model_id = ?) = 1`, [
    foundedOn,
    modelId,
    modelId,
  ]);
}
