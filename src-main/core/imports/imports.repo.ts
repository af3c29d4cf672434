import type { ReadDb, WriteTx } from '../db/types';
import type { Catalogue } from '../../contract/catalogues/catalogue';
import type { ImportKind } from '../../contract/imports/imports.contract';

/** A record a cell may name: a unit, a catalogue entry or a model, with what tells equal names apart. */
export interface RefRow {
  id: string;
  code: string | null;
  name: string;
  /** The parent unit's name (units) or the model's unit (models); shown when a name fits two. */
  context: string | null;
}

/** Every unit with its code and its parent's name (a province has some thousands). */
export function unitRefs(db: ReadDb): RefRow[] {
  return db.all<RefRow>(`SELECT u.id, u.code, u.name, p.name AS context FROM units u LEFT JOIN units p ON p.id = u.parent_id`);
}

/** The live entries of a catalogue (a retired entry is not offered to new records). */
export function catalogueRefs(db: ReadDb, catalogue: Catalogue): RefRow[] {
  return db.all<RefRow>(
    `SELECT id, code, name, NULL AS context FROM catalogue_entries WHERE catalogue = ? AND retired_at IS NULL ORDER BY sort_order, name`,
    [catalogue],
  );
}

/** Every security model with its unit's name. */
export function modelRefs(db: ReadDb): RefRow[] {
  return db.all<RefRow>(`SELECT m.id, NULL AS code, m.name, u.name AS context FROM security_models m JOIN units u ON u.id = m.unit_id`);
}

/** An applied import as stored. */
export interface StoredImport {
  id: string;
  kind: ImportKind;
  decisionId: string | null;
  fileName: string;
  created: number;
  createdAt: string;
  undoneAt: string | null;
}

const IMPORT_COLUMNS = `id, kind, decision_id AS decisionId, file_name AS fileName, created, created_at AS createdAt, undone_at AS undoneAt`;

/** Rows per INSERT of an import's record list: 250 × 4 bound values. */
const RECORDS_PER_INSERT = 250;

/** Records an applied import and, in order, the records it created with the file's row of each. */
export function insertImport(tx: WriteTx, row: Omit<StoredImport, 'undoneAt'>, records: readonly { id: string; line: number }[]): void {
  tx.run(`INSERT INTO imports (id, kind, decision_id, file_name, created, created_at) VALUES (?, ?, ?, ?, ?, ?)`, [
    row.id,
    row.kind,
    row.decisionId,
    row.fileName,
    row.created,
    row.createdAt,
  ]);
  for (let i = 0; i < records.length; i += RECORDS_PER_INSERT) {
    const part = records.slice(i, i + RECORDS_PER_INSERT);
    tx.run(
      `INSERT INTO import_records (import_id, seq, record_id, line) VALUES ${part.map(() => '(?, ?, ?, ?)').join(', ')}`,
      part.flatMap((r, j) => [row.id, i + j, r.id, r.line]),
    );
  }
}

export function findImport(db: ReadDb, id: string): StoredImport | undefined {
  return db.get<StoredImport>(`SELECT ${IMPORT_COLUMNS} FROM imports WHERE id = ?`, [id]);
}

/** The newest import of a kind (and decision) that was not undone. */
export function lastImport(db: ReadDb, kind: ImportKind, decisionId: string | null): StoredImport | undefined {
  return db.get<StoredImport>(
    `SELECT ${IMPORT_COLUMNS} FROM imports WHERE kind = ? AND decision_id IS ? AND undone_at IS NULL ORDER BY seq DESC LIMIT 1`,
    [kind, decisionId],
  );
}

/**
 * The records an import created that still exist, with their current version and file row. `table` is
 * one of the fixed table names of import-targets.ts, never text from a caller.
 */
export function importedRecords(db: ReadDb, importId: string, table: string): { id: string; line: number; version: number }[] {
  return db.all(
    `SELECT r.record_id AS id, r.line, t.version FROM import_records r JOIN ${table} t ON t.id = r.record_id
     WHERE r.import_id = ? ORDER BY r.seq DESC`,
    [importId],
  );
}

export function markUndone(tx: WriteTx, id: string, at: string): void {
  tx.run(`UPDATE imports SET undone_at = ? WHERE id = ?`, [at, id]);
}
