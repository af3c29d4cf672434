import type { ReadDb, WriteTx } from '../db/types';
import type { ListQuery } from '../../contract/list-query';
import { foldForSearch, searchPatterns } from '../text/fold';
import type { Decision, DecisionInput } from '../../contract/commendations/commendation';
import { fromOtherOfficeSql, originOfficeNameSql, originOfficeSql } from '../../contract/records/record-origin';
import { originCondition, ownOriginFilter } from '../records/record-origin.repo';

/** A catalogue entry as this domain needs it. */
export interface CatalogueRef {
  id: string;
  catalogue: string;
  code: string | null;
  name: string;
  retiredAt: string | null;
}

export function findCatalogueEntry(db: ReadDb, id: string): CatalogueRef | undefined {
  return db.get<CatalogueRef>('SELECT id, catalogue, code, name, retired_at AS retiredAt FROM catalogue_entries WHERE id = ?', [id]);
}

export function unitName(db: ReadDb, id: string): string | undefined {
  return db.get<{ name: string }>('SELECT name FROM units WHERE id = ?', [id])?.name;
}

const SELECT = `
SELECT d.id, d.number, d.symbol, d.signed_on AS signedOn, d.year, d.authority_id AS authorityId,
  d.issuer_line AS issuerLine, d.signer_title AS signerTitle, d.signer_name AS signerName,
  d.award_form_id AS awardFormId, d.occasion_id AS occasionId, d.subject, d.place,
  a.name AS authorityName, a.code AS authorityCode, f.name AS awardFormName, f.code AS awardFormCode,
  o.name AS occasionName, ${originOfficeSql('d')} AS originOfficeId, ${originOfficeNameSql('d')} AS originOfficeName,
  ${fromOtherOfficeSql('d')} AS fromOtherOffice, d.version, d.created_at AS createdAt, d.updated_at AS updatedAt,
  (SELECT COUNT(*) FROM commendation_recipients r WHERE r.decision_id = d.id) AS recipientCount
FROM commendation_decisions d
JOIN catalogue_entries a ON a.id = d.authority_id
JOIN catalogue_entries f ON f.id = d.award_form_id
LEFT JOIN catalogue_entries o ON o.id = d.occasion_id`;

/** SQLite answers the origin test as 0/1: the output says it as a boolean. */
function withFlag(row: Decision): Decision {
  return { ...row, fromOtherOffice: Boolean(row.fromOtherOffice) };
}

export function getDecision(db: ReadDb, id: string): Decision | undefined {
  const row = db.get<Decision>(`${SELECT} WHERE d.id = ?`, [id]);
  return row ? withFlag(row) : undefined;
}

/** This office's own decision of that number (another office's, received in its package, may share it). */
export function findDecisionByNumber(db: ReadDb, d: { number: string; symbol: string; year: number }): string | undefined {
  const sql = 'SELECT id FROM commendation_decisions WHERE number = ? AND symbol = ? AND year = ? AND origin_office_id IS NULL';
  return db.get<{ id: string }>(sql, [d.number, d.symbol, d.year])?.id;
}

const SORTABLE: Record<string, string> = {
  signedOn: 'd.signed_on',
  number: 'd.number_search',
  year: 'd.year',
  awardFormName: 'f.name',
  authorityName: 'a.name',
};
const FILTERS: Record<string, string> = { year: 'd.year', awardFormId: 'd.award_form_id', authorityId: 'd.authority_id' };

export function listDecisions(db: ReadDb, q: ListQuery): { total: number; rows: Decision[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const p of searchPatterns(q.search)) {
    where.push("(d.number_search LIKE ? ESCAPE '\\' OR d.subject_search LIKE ? ESCAPE '\\')");
    params.push(p, p);
  }
  for (const [key, value] of Object.entries(ownOriginFilter(db, q.filters))) {
    if (key === 'origin' && value !== '') {
      const o = originCondition('d', value);
      where.push(o.sql);
      params.push(...o.params.map(String));
      continue;
    }
    const col = FILTERS[key];
    if (col && value !== '') {
      where.push(`${col} = ?`);
      params.push(key === 'year' ? Number(value) : value);
    }
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = q.sort.filter((s) => SORTABLE[s.column]).map((s) => `${SORTABLE[s.column]} ${s.dir === 'desc' ? 'DESC' : 'ASC'}`);
  order.push('d.signed_on DESC', 'd.id');
  const total = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM commendation_decisions d ${w}`, params)?.n ?? 0;
  const rows = db.all<Decision>(`${SELECT} ${w} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
  return { total, rows: rows.map(withFlag) };
}

function columns(d: DecisionInput): (string | number | null)[] {
  return [
    d.number,
    d.symbol,
    foldForSearch(`${d.number}/${d.symbol}`),
    d.signedOn,
    d.year,
    d.authorityId,
    d.issuerLine,
    d.signerTitle,
    d.signerName,
    d.awardFormId,
    d.occasionId,
    d.subject,
    foldForSearch(d.subject),
    d.place,
  ];
}

export function insertDecision(tx: WriteTx, id: string, d: DecisionInput, now: string): void {
  tx.run(
    `INSERT INTO commendation_decisions (id, number, symbol, number_search, signed_on, year, authority_id, issuer_line,
      signer_title, signer_name, award_form_id, occasion_id, subject, subject_search, place, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ...columns(d), now, now],
  );
}

export function updateDecisionRow(tx: WriteTx, id: string, d: DecisionInput, now: string): void {
  tx.run(
    `UPDATE commendation_decisions SET number = ?, symbol = ?, number_search = ?, signed_on = ?, year = ?, authority_id = ?,
      issuer_line = ?, signer_title = ?, signer_name = ?, award_form_id = ?, occasion_id = ?, subject = ?, subject_search = ?,
      place = ?, version = version + 1, updated_at = ? WHERE id = ?`,
    [...columns(d), now, id],
  );
}

/** Deletes a decision and its recipients (explicitly: the schema has no cascade). */
export function deleteDecisionRows(tx: WriteTx, id: string): void {
  tx.run('DELETE FROM commendation_recipients WHERE decision_id = ?', [id]);
  tx.run('DELETE FROM commendation_decisions WHERE id = ?', [id]);
}

/** How many of a decision's recipients already carry a registry number or were printed. */
export function decisionUsage(db: ReadDb, id: string): { numbered: number; printed: number } {
  return (
    db.get<{ numbered: number; printed: number }>(
      `SELECT COUNT(registry_number) AS numbered, COUNT(printed_on) AS printed FROM commendation_recipients WHERE decision_id = ?`,
      [id],
    ) ?? { numbered: 0, printed: 0 }
  );
}
