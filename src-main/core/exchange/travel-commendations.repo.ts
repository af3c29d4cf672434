import { z } from 'zod';
import { DecisionInput } from '../../contract/commendations/commendation';
import { DecisionDocument } from '../../contract/commendations/decision-document';
import { AppError } from '../api/errors';
import { deleteDecisionDocument, deleteDecisionRows, insertDecision, updateDecisionRow } from '../commendations';
import type { ReadDb, Row, WriteTx } from '../db/types';
import { countPackageRows, heldFromRow, readPackageRows, travelling, type PackageRows } from './package-rows.repo';
import type { HeldRecord, PackageScope, TravelRecord, TravelTarget } from './travel';
import { idsAmong, keepOwnerMeta, scopeWhere } from './travel-kinds.repo';

/**
 * Commendations travel as three kinds: decisions, their documents' parts (the decision's printout; saved
 * apart, with a version of their own) and recipients, the last two written after the decisions they
 * belong to (deleted before them). They are decided at the province or the Ministry, so only the
 * province's package to the Ministry carries them (`onlyToMinistry`); a district has none to send.
 */
export const META = 'id, version, created_at AS createdAt, updated_at AS updatedAt, origin_office_id AS origin';

/**
 * The columns of `keys` as the fields: the commendation tables name each column after its field in snake
 * case (`signedOn` is `signed_on`). A field added to the clerk's input travels with its column, and one
 * whose column is named otherwise fails the exchange tests with SQLite's "no such column".
 */
export function columnsOf(keys: readonly string[]): string {
  return keys.map((k) => `${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} AS "${k}"`).join(', ');
}

const DECISION_KEYS = Object.keys(DecisionInput.shape);
const DECISION_COLUMNS = `${META}, ${columnsOf(DECISION_KEYS)}`;

const DOCUMENT_COLUMNS = `decision_id AS id, version, saved_at AS createdAt, saved_at AS updatedAt, origin_office_id AS origin,
  decision_id AS decisionId, document_json AS document`;

/** A document's parts as they travel: parsed from the stored JSON (a row that does not parse travels as null). */
function documentOf(row: Row): HeldRecord {
  const held = heldFromRow(row, ['decisionId']);
  let document: unknown = null;
  try {
    document = JSON.parse(String(row['document']));
  } catch {
    document = null;
  }
  return { ...held, data: { ...held.data, document } };
}

/** Where a commendation target's rows are (its table, the columns a record reads, its time column) and how one reads. */
interface Source extends PackageRows {
  held: (row: Row) => HeldRecord;
}

/** The reads every commendation target shares, from its table. */
export function commendationReads(s: Source) {
  const versions = (db: ReadDb, where: string, params: string[]) =>
    db.all<{ id: string; version: number }>(`SELECT id, version FROM ${s.table} WHERE ${where}`, params);
  return {
    table: s.table,
    onlyToMinistry: true as const,
    *readForPackage(db: ReadDb, scope: PackageScope, since: string | null): Generator<TravelRecord> {
      for (const row of readPackageRows(db, s, scope, since)) yield travelling(s.held(row));
    },
    countForPackage: (db: ReadDb, scope: PackageScope, since: string | null) => countPackageRows(db, s, scope, since),
    idsForPackage: (db: ReadDb, scope: PackageScope) => versions(db, scopeWhere(scope), []),
    heldOf: (db: ReadDb, origin: string) => new Map(versions(db, 'origin_office_id = ?', [origin]).map((r) => [r.id, r.version])),
    idsHere: (db: ReadDb, ids: readonly string[]) => idsAmong(db, s.table, ids),
    read(db: ReadDb, id: string): HeldRecord | undefined {
      const row = db.get(`SELECT ${s.columns} FROM ${s.table} WHERE id = ?`, [id]);
      return row ? s.held(row) : undefined;
    },
  };
}

export const decisionsTarget: TravelTarget = {
  name: 'commendations',
  label: 'Quyết định khen thưởng',
  refs: { authorityId: 'catalogue', awardFormId: 'catalogue', occasionId: 'catalogue' },
  schema: DecisionInput,
  ...commendationReads({
    table: 'commendation_decisions',
    columns: DECISION_COLUMNS,
    changedAt: 'updated_at',
    held: (row) => heldFromRow(row, DECISION_KEYS),
  }),
  write(tx, rec, exists, origin, now) {
    const decision = DecisionInput.parse(rec.data);
    if (exists) updateDecisionRow(tx, rec.id, decision, now);
    else insertDecision(tx, rec.id, decision, now);
    keepOwnerMeta(tx, 'commendation_decisions', rec, origin);
  },
  remove: (tx, id) => deleteDecisionRows(tx, id),
};

/**
 * A travelled recipient or document belongs to a decision of the same office: a package cannot slip a
 * name or a text into the receiver's own decision (or a third office's), which only their owners change.
 */
export function checkDecisionOwner(tx: WriteTx, decisionId: string, origin: string | null): void {
  const owner = tx.get<{ origin: string | null }>('SELECT origin_office_id AS origin FROM commendation_decisions WHERE id = ?', [
    decisionId,
  ]);
  if (owner && owner.origin !== origin)
    throw new AppError(
      'CONFLICT',
      'Gói có người được khen hoặc văn bản ghi vào quyết định khen thưởng không thuộc cơ quan gửi (của cơ quan này hoặc cơ quan khác). Không nhận gói này; không có gì thay đổi.',
    );
}

const TravelDocument = z.object({ decisionId: z.string().min(1).max(64), document: DecisionDocument });

/** A decision's document parts, keyed by the decision (their id is the decision's). */
export const documentsTarget: TravelTarget = {
  name: 'decisionDocuments',
  label: 'Văn bản quyết định khen thưởng',
  refs: {},
  schema: TravelDocument,
  ...commendationReads({
    table: 'decision_documents',
    columns: DOCUMENT_COLUMNS,
    changedAt: 'saved_at',
    held: documentOf,
  }),
  write(tx, rec, _exists, origin) {
    const { decisionId, document } = TravelDocument.parse(rec.data);
    checkDecisionOwner(tx, decisionId, origin);
    tx.run(
      `INSERT INTO decision_documents (decision_id, document_json, saved_at, origin_office_id, version) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(decision_id) DO UPDATE SET document_json = excluded.document_json, saved_at = excluded.saved_at,
         origin_office_id = excluded.origin_office_id, version = excluded.version`,
      [decisionId, JSON.stringify(document), rec.updatedAt, origin, rec.version],
    );
  },
  remove: (tx, id) => deleteDecisionDocument(tx, id),
};
