import { keysetPage, type BatchKey, type DetailBatch } from '../db/keyset-batch';
import type { ReadDb } from '../db/types';
import { originAnd, withNamedOrigin, type OriginScope } from '../records/record-origin.repo';

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
export function modelCounts(db: ReadDb, r: { from: string; to: string } & OriginScope): ModelCountRow[] {
  const o = originAnd('m.origin_office_id', r, ':origin');
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
     WHERE m.founded_on <= :to${o.sql}
     GROUP BY m.unit_id, m.type_id`,
    withNamedOrigin({ ':from': r.from, ':to': r.to }, o),
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

// The status a model had at :to: its latest status when that predates :to, else the history's.
const STATUS_AT_END = `CASE WHEN m.status_on <= :to THEN m.status
  ELSE COALESCE((SELECT e.status FROM model_status_events e WHERE e.model_id = m.id AND e.effective_on <= :to
    ORDER BY e.effective_on DESC, e.seq DESC LIMIT 1), 'active') END`;

/**
 * Models existing at the period's end (exactly those modelCounts counts as existing), with their status
 * at that date, in founding order.
 */
export function modelDetails(db: ReadDb, r: { to: string } & OriginScope, after: BatchKey | null, limit: number): DetailBatch<ModelDetail> {
  const k = after ?? { a: '', b: '' };
  const o = originAnd('m.origin_office_id', r, ':origin');
  return keysetPage(
    db.all<ModelDetail>(
      `SELECT m.founded_on AS ka, m.id AS kb, m.unit_id, m.name, m.type_id, m.founded_on, ${STATUS_AT_END} AS status,
         m.sites, m.teams, m.members
       FROM security_models m
       WHERE m.founded_on <= :to${o.sql} AND (m.founded_on, m.id) > (:a, :b) AND (${STATUS_AT_END}) <> 'dissolved'
       ORDER BY m.founded_on, m.id LIMIT :limit`,
      withNamedOrigin({ ':to': r.to, ':a': k.a, ':b': k.b, ':limit': limit }, o),
    ),
    limit,
  );
}

/** One model dissolved in the period (danh sách mô hình giải thể). */
export interface DissolvedModelDetail extends ModelDetail {
  dissolved_on: string;
}

/** Models dissolved in the period (exactly those modelCounts counts as dissolved), in founding order. */
export function dissolvedModelDetails(
  db: ReadDb,
  r: { from: string; to: string } & OriginScope,
  after: BatchKey | null,
  limit: number,
): DetailBatch<DissolvedModelDetail> {
  const k = after ?? { a: '', b: '' };
  const o = originAnd('m.origin_office_id', r, ':origin');
  return keysetPage(
    db.all<DissolvedModelDetail>(
      `SELECT m.founded_on AS ka, m.id AS kb, m.unit_id, m.name, m.type_id, m.founded_on, ${STATUS_AT_END} AS status,
         m.sites, m.teams, m.members,
         COALESCE((SELECT MAX(e.effective_on) FROM model_status_events e WHERE e.model_id = m.id
           AND e.status = 'dissolved' AND e.effective_on BETWEEN :from AND :to), m.status_on) AS dissolved_on
       FROM security_models m
       WHERE m.founded_on <= :to AND m.status_on >= :from${o.sql} AND (m.founded_on, m.id) > (:a, :b)
         AND ((m.status = 'dissolved' AND m.status_on <= :to) OR EXISTS (SELECT 1 FROM model_status_events e
           WHERE e.model_id = m.id AND e.status = 'dissolved' AND e.effective_on BETWEEN :from AND :to))
       ORDER BY m.founded_on, m.id LIMIT :limit`,
      withNamedOrigin({ ':from': r.from, ':to': r.to, ':a': k.a, ':b': k.b, ':limit': limit }, o),
    ),
    limit,
  );
}
