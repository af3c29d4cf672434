import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';

/**
 * What the report reads from security models (models-figures): grouped counts aggregated in SQLite,
 * so a million records come back as a few thousand rows, and the detail list in keyset batches.
 * Ranges are inclusive ISO dates.
 */
export interface ModelCountRow {
  unit_id: string;
  type_id: string;
  existing: number;
  founded: number;
  dissolved: number;
}

/**
 * Models by unit and type: existing at the period's end (founded by then and not dissolved by then,
 * read from the status history unless the latest status already predates the end), founded in the
 * period, dissolved in the period.
 */
export function modelCounts(db: ReadDb, r: { from: string; to: string }): ModelCountRow[] {
  // status/status_on repeat the latest event, so the history is read only for models whose latest
  // event falls after the period's end (existing) or inside the period (dissolved and maybe restored).
  return db.all<ModelCountRow>(
    `SELECT m.unit_id, m.type_id,
       SUM(CASE WHEN m.status_on <= :to THEN m.status <> 'dissolved'
             ELSE COALESCE((SELECT e.status FROM model_status_events e WHERE e.model_id = m.id AND e.effective_on <= :to
               ORDER BY e.effective_on DESC, e.seq DESC LIMIT 1), 'active') <> 'dissolved' END) AS existing,
       SUM(m.founded_on >= :from) AS founded,
       SUM(CASE WHEN m.status_on < :from THEN 0
             WHEN m.status = 'dissolved' AND m.status_on <= :to THEN 1
             ELSE EXISTS (SELECT 1 FROM model_status_events e WHERE e.model_id = m.id AND e.status = 'dissolved'
               AND e.effective_on BETWEEN :from AND :to) END) AS dissolved
     FROM security_models m INDEXED BY reports_models_by_unit_type
     WHERE m.founded_on <= :to
     GROUP BY m.unit_id, m.type_id`,
    { ':from': r.from, ':to': r.to },
  );
}

/** One model of the detail sheet (danh sách mô hình). */
export interface ModelDetail {
  ka: string;
  kb: string;
  unit_id: string;
  name: string;
  type_id: string;
  founded_on: string;
  status: string;
  sites: number | null;
  teams: number | null;
  members: number | null;
}

/** Models founded by the period's end, with their latest status, in founding order. */
export function modelDetails(db: ReadDb, r: { to: string }, after: BatchKey | null, limit: number): DetailBatch<ModelDetail> {
  const k = after ?? { a: '', b: '' };
  return keysetPage(
    db.all<ModelDetail>(
      `SELECT m.founded_on AS ka, m.id AS kb, m.unit_id, m.name, m.type_id, m.founded_on, m.status, m.sites, m.teams, m.members
       FROM security_models m
       WHERE m.founded_on <= ? AND (m.founded_on, m.id) > (?, ?)
       ORDER BY m.founded_on, m.id LIMIT ?`,
      [r.to, k.a, k.b, limit],
    ),
    limit,
  );
}
