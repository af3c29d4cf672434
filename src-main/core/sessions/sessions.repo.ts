import type { ReadDb, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import { sortKey } from '../text/sort-key';
import type { Session, SessionFields } from '../../contract/sessions/session';

/**
 * SQL ↔ objects for propaganda sessions. Every write keeps the `*_sort` keys and the FTS shadow row
 * (folded topic, presenter, note and the unit's folded name) in step with the record, in the same
 * transaction; a unit rename reaches the FTS row through the trigger of migration 31.
 */

/** The columns of a Session, joined with the names the grid shows. */
export const SESSION_SELECT = `s.id AS id, s.held_on AS heldOn, s.unit_id AS unitId, u.name AS unitName, u.code AS unitCode,
  s.venue_kind_id AS venueKindId, v.name AS venueKindName, s.form_id AS formId, f.name AS formName,
  s.topic AS topic, s.presenter AS presenter, s.attendees AS attendees, s.households_committed AS householdsCommitted,
  s.materials_distributed AS materialsDistributed, s.model_id AS modelId, m.name AS modelName, s.note AS note,
  s.created_at AS createdAt, s.updated_at AS updatedAt`;

/** The joins for the names, besides the unit's. */
export const SESSION_NAME_JOINS = `JOIN catalogue_entries v ON v.id = s.venue_kind_id
  JOIN catalogue_entries f ON f.id = s.form_id
  LEFT JOIN security_models m ON m.id = s.model_id`;

export const SESSION_JOINS = `JOIN units u ON u.id = s.unit_id ${SESSION_NAME_JOINS}`;

export function findSession(db: ReadDb, id: string): Session | undefined {
  return db.get<Session>(`SELECT ${SESSION_SELECT} FROM propaganda_sessions s ${SESSION_JOINS} WHERE s.id = ?`, [id]);
}

export function sessionIdTaken(db: ReadDb, id: string): boolean {
  return db.get('SELECT 1 AS x FROM propaganda_sessions WHERE id = ?', [id]) !== undefined;
}

function columnValues(f: SessionFields) {
  return [
    f.heldOn,
    f.unitId,
    f.venueKindId,
    f.formId,
    f.topic,
    sortKey(f.topic),
    f.presenter,
    sortKey(f.presenter),
    f.attendees,
    f.householdsCommitted,
    f.materialsDistributed,
    f.modelId,
    f.note,
  ];
}

function ftsValues(f: SessionFields) {
  return [foldForSearch(f.topic), foldForSearch(f.presenter), foldForSearch(f.note)];
}

export function insertSession(tx: WriteTx, id: string, f: SessionFields, now: string): void {
  tx.run(
    `INSERT INTO propaganda_sessions (id, held_on, unit_id, venue_kind_id, form_id, topic, topic_sort, presenter, presenter_sort,
       attendees, households_committed, materials_distributed, model_id, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...columnValues(f), now, now],
  );
  tx.run(
    `INSERT INTO propaganda_sessions_fts (docid, topic, presenter, note, unit)
     SELECT s.seq, ?, ?, ?, u.name_search FROM propaganda_sessions s JOIN units u ON u.id = s.unit_id WHERE s.id = ?`,
    [...ftsValues(f), id],
  );
}

export function updateSession(tx: WriteTx, id: string, f: SessionFields, now: string): void {
  tx.run(
    `UPDATE propaganda_sessions SET held_on = ?, unit_id = ?, venue_kind_id = ?, form_id = ?, topic = ?, topic_sort = ?, presenter = ?,
       presenter_sort = ?, attendees = ?, households_committed = ?, materials_distributed = ?, model_id = ?, note = ?, updated_at = ?
     WHERE id = ?`,
    [...columnValues(f), now, id],
  );
  tx.run(
    `UPDATE propaganda_sessions_fts SET topic = ?, presenter = ?, note = ?, unit = (SELECT name_search FROM units WHERE id = ?)
     WHERE docid = (SELECT seq FROM propaganda_sessions WHERE id = ?)`,
    [...ftsValues(f), f.unitId, id],
  );
}

/** Deletes the session and its search row; returns whether it existed. */
export function deleteSession(tx: WriteTx, id: string): boolean {
  tx.run('DELETE FROM propaganda_sessions_fts WHERE docid = (SELECT seq FROM propaganda_sessions WHERE id = ?)', [id]);
  return tx.run('DELETE FROM propaganda_sessions WHERE id = ?', [id]).changes > 0;
}
