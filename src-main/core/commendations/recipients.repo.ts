import type { ReadDb, WriteTx } from '../db/types';
import type { ListQuery } from '../../contract/list-query';
import { foldForSearch, searchPatterns } from '../text/fold';
import { sortKey } from '../text/sort-key';
import type { HistoryEntry, Recipient, RecipientInput } from '../../contract/commendations/commendation';

const SELECT = `
SELECT r.id, r.decision_id AS decisionId, r.seq, r.kind, r.name, r.gender, r.birth_year AS birthYear, r.position,
  r.unit_id AS unitId, r.unit_name AS unitName, r.achievement, r.registry_number AS registryNumber,
  r.printed_on AS printedOn, r.medal_override_reason AS medalOverrideReason, r.version, r.created_at AS createdAt, r.updated_at AS updatedAt
FROM commendation_recipients r`;

export function getRecipient(db: ReadDb, id: string): Recipient | undefined {
  return db.get<Recipient>(`${SELECT} WHERE r.id = ?`, [id]);
}

/** A decision's recipients in list order; `ids` narrows to a selection. */
export function recipientsOfDecision(db: ReadDb, decisionId: string, ids?: readonly string[]): Recipient[] {
  const all = db.all<Recipient>(`${SELECT} WHERE r.decision_id = ? ORDER BY r.seq, r.id`, [decisionId]);
  if (!ids) return all;
  const wanted = new Set(ids);
  return all.filter((r) => wanted.has(r.id));
}

const SORTABLE: Record<string, string> = {
  seq: 'r.seq',
  name: 'r.name_sort',
  birthYear: 'r.birth_year',
  // A decision's recipients number in the hundreds: vi_sort (db/engine.ts) orders free text at query time.
  unitName: 'vi_sort(r.unit_name)',
  position: 'vi_sort(r.position)',
  achievement: 'vi_sort(r.achievement)',
  gender: 'r.gender',
  printedOn: 'r.printed_on',
  registryNumber: 'r.registry_number',
  kind: 'r.kind',
};

/** The grid's filter box shows "Tập thể"/"Cá nhân"; the API may also send the stored value. */
function kindFilter(value: string): 'collective' | 'individual' | null {
  const f = foldForSearch(value);
  if (!f) return null;
  if (f === 'collective' || 'tap the'.startsWith(f)) return 'collective';
  if (f === 'individual' || 'ca nhan'.startsWith(f)) return 'individual';
  return null;
}

export function listRecipients(db: ReadDb, decisionId: string, q: ListQuery): { total: number; rows: Recipient[] } {
  const where = ['r.decision_id = ?'];
  const params: (string | number)[] = [decisionId];
  for (const p of searchPatterns(q.search)) {
    where.push("(r.name_search LIKE ? ESCAPE '\\' OR r.unit_search LIKE ? ESCAPE '\\')");
    params.push(p, p);
  }
  for (const [key, value] of Object.entries(q.filters)) {
    const kind = key === 'kind' ? kindFilter(value) : null;
    if (kind) {
      where.push('r.kind = ?');
      params.push(kind);
    } else if ((key === 'name' || key === 'unitName') && value) {
      for (const p of searchPatterns(value)) {
        where.push(`${key === 'name' ? 'r.name_search' : 'r.unit_search'} LIKE ? ESCAPE '\\'`);
        params.push(p);
      }
    }
  }
  const w = `WHERE ${where.join(' AND ')}`;
  const order = q.sort.filter((s) => SORTABLE[s.column]).map((s) => `${SORTABLE[s.column]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('r.seq', 'r.id');
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM commendation_recipients r ${w}`, params)?.n ?? 0;
  const rows = db.all<Recipient>(`${SELECT} ${w} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  return { total, rows };
}

export function nextSeq(db: ReadDb, decisionId: string): number {
  return (
    (db.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM commendation_recipients WHERE decision_id = ?', [decisionId])?.n ?? 0) + 1
  );
}

function columns(r: RecipientInput): (string | number | null)[] {
  return [
    r.kind,
    r.name,
    foldForSearch(r.name),
    sortKey(r.name),
    r.gender,
    r.birthYear,
    r.position,
    r.unitId,
    r.unitName,
    foldForSearch(r.unitName),
    r.achievement,
    r.medalOverrideReason,
  ];
}

export function insertRecipient(tx: WriteTx, row: { id: string; decisionId: string; seq: number; now: string }, r: RecipientInput): void {
  tx.run(
    `INSERT INTO commendation_recipients (id, decision_id, seq, kind, name, name_search, name_sort, gender, birth_year, position,
      unit_id, unit_name, unit_search, achievement, medal_override_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [row.id, row.decisionId, row.seq, ...columns(r), row.now, row.now],
  );
}

export function updateRecipientRow(tx: WriteTx, id: string, r: RecipientInput, now: string): void {
  tx.run(
    `UPDATE commendation_recipients SET kind = ?, name = ?, name_search = ?, name_sort = ?, gender = ?, birth_year = ?,
      position = ?, unit_id = ?, unit_name = ?, unit_search = ?, achievement = ?, medal_override_reason = ?,
      version = version + 1, updated_at = ? WHERE id = ?`,
    [...columns(r), now, id],
  );
}

export function deleteRecipientRow(tx: WriteTx, id: string): void {
  tx.run('DELETE FROM commendation_recipients WHERE id = ?', [id]);
}

/** Every commendation of anyone with this folded name (the caller narrows by birth year or unit). */
export function historyCandidates(
  db: ReadDb,
  kind: string,
  name: string,
): (HistoryEntry & { kind: 'collective' | 'individual'; unitId: string | null })[] {
  return db.all(
    `SELECT r.id AS recipientId, d.id AS decisionId,
       CASE WHEN d.symbol = '' THEN d.number ELSE d.number || '/' || d.symbol END AS decisionNumber,
       d.signed_on AS signedOn, d.year, d.award_form_id AS awardFormId, f.name AS awardFormName, f.code AS awardFormCode,
       a.name AS authorityName, r.name, r.kind, r.birth_year AS birthYear, r.unit_id AS unitId, r.unit_name AS unitName, r.achievement
     FROM commendation_recipients r
     JOIN commendation_decisions d ON d.id = r.decision_id
     JOIN catalogue_entries f ON f.id = d.award_form_id
     JOIN catalogue_entries a ON a.id = d.authority_id
     WHERE r.name_search = ? AND r.kind = ?
     ORDER BY d.signed_on DESC, d.id`,
    [foldForSearch(name), kind],
  );
}

/**
 * Takes the next `count` registry numbers of a counter. The counter only grows, so numbers of deleted
 * recipients are never handed out again.
 */
export function takeRegistryNumbers(tx: WriteTx, key: string, count: number): number {
  const last = tx.get<{ n: number }>('SELECT last_number AS n FROM commendation_registry_counters WHERE registry_key = ?', [key])?.n ?? 0;
  tx.run(
    `INSERT INTO commendation_registry_counters (registry_key, last_number) VALUES (?, ?)
     ON CONFLICT(registry_key) DO UPDATE SET last_number = excluded.last_number`,
    [key, last + count],
  );
  return last + 1;
}

export function setRegistryNumber(tx: WriteTx, id: string, key: string, n: number, now: string): void {
  tx.run('UPDATE commendation_recipients SET registry_key = ?, registry_number = ?, version = version + 1, updated_at = ? WHERE id = ?', [
    key,
    n,
    now,
    id,
  ]);
}

/** Frees numbers about to be dealt out again in list order (the unique index holds one number per row). */
export function clearRegistryNumbers(tx: WriteTx, ids: readonly string[]): void {
  for (const id of ids) tx.run('UPDATE commendation_recipients SET registry_key = NULL, registry_number = NULL WHERE id = ?', [id]);
}

export function markPrinted(tx: WriteTx, ids: readonly string[], on: string, now: string): void {
  for (const id of ids)
    tx.run('UPDATE commendation_recipients SET printed_on = ?, version = version + 1, updated_at = ? WHERE id = ?', [on, now, id]);
}

/** A registry-numbered decision cannot change authority, form or year: its numbers belong to that counter. */
export function numberedRegistryKeys(db: ReadDb, decisionId: string): string[] {
  return db
    .all<{ k: string }>(
      'SELECT DISTINCT registry_key AS k FROM commendation_recipients WHERE decision_id = ? AND registry_key IS NOT NULL',
      [decisionId],
    )
    .map((r) => r.k);
}
