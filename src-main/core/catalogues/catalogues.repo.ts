import type { ReadDb, WriteTx } from '../db/types';
import { foldForSearch } from '../text/fold';
import type { Catalogue, CatalogueEntry } from '../../contract/catalogues/catalogue';

interface EntryRow {
  id: string;
  catalogue: Catalogue;
  code: string | null;
  name: string;
  sort_order: number;
  retired_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, catalogue, code, name, sort_order, retired_at, version, created_at, updated_at';

function toEntry(r: EntryRow): CatalogueEntry {
  return {
    id: r.id,
    catalogue: r.catalogue,
    code: r.code,
    name: r.name,
    sortOrder: r.sort_order,
    retired: r.retired_at !== null,
    retiredAt: r.retired_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function findCatalogueEntry(db: ReadDb, id: string): CatalogueEntry | undefined {
  const row = db.get<EntryRow>(`SELECT ${COLUMNS} FROM catalogue_entries WHERE id = ?`, [id]);
  return row ? toEntry(row) : undefined;
}

/** Entries of one catalogue in their display order; the catalogues are small, so no paging. */
export function listCatalogueEntries(db: ReadDb, catalogue: Catalogue, includeRetired: boolean): CatalogueEntry[] {
  const where = includeRetired ? '' : ' AND retired_at IS NULL';
  const rows = db.all<EntryRow>(`SELECT ${COLUMNS} FROM catalogue_entries WHERE catalogue = ?${where} ORDER BY sort_order, name`, [
    catalogue,
  ]);
  return rows.map(toEntry);
}

/** The id of another entry of the same catalogue with this name (case- and diacritic-exact), if any. */
export function findEntryByName(db: ReadDb, catalogue: Catalogue, name: string): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM catalogue_entries WHERE catalogue = ? AND name = ?', [catalogue, name])?.id;
}

export function nextSortOrder(db: ReadDb, catalogue: Catalogue): number {
  const row = db.get<{ m: number | null }>('SELECT MAX(sort_order) AS m FROM catalogue_entries WHERE catalogue = ?', [catalogue]);
  return (row?.m ?? 0) + 10;
}

export interface EntryWrite {
  id: string;
  catalogue: Catalogue;
  code: string | null;
  name: string;
  sortOrder: number;
  now: string;
}

export function insertCatalogueEntry(tx: WriteTx, e: EntryWrite): void {
  tx.run(
    'INSERT INTO catalogue_entries (id, catalogue, code, name, name_search, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [e.id, e.catalogue, e.code, e.name, foldForSearch(e.name), e.sortOrder, e.now, e.now],
  );
}

export function updateCatalogueEntry(tx: WriteTx, e: Omit<EntryWrite, 'catalogue'>): void {
  tx.run(
    'UPDATE catalogue_entries SET code = ?, name = ?, name_search = ?, sort_order = ?, version = version + 1, updated_at = ? WHERE id = ?',
    [e.code, e.name, foldForSearch(e.name), e.sortOrder, e.now, e.id],
  );
}

export function setEntryRetired(tx: WriteTx, id: string, retiredAt: string | null, now: string): void {
  tx.run('UPDATE catalogue_entries SET retired_at = ?, version = version + 1, updated_at = ? WHERE id = ?', [retiredAt, now, id]);
}

/** Deletes an entry; throws SQLite's foreign-key error when a record still uses it. */
export function deleteCatalogueEntry(tx: WriteTx, id: string): number {
  return tx.run('DELETE FROM catalogue_entries WHERE id = ?', [id]).changes;
}

/** The id of an entry of the catalogue with this code, if any. */
export function findEntryByCode(db: ReadDb, catalogue: Catalogue, code: string): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM catalogue_entries WHERE catalogue = ? AND code = ?', [catalogue, code])?.id;
}

/** Every entry of every catalogue, grouped by catalogue, for loading all dropdowns at once. */
export function listAllCatalogueEntries(db: ReadDb, includeRetired: boolean): CatalogueEntry[] {
  const where = includeRetired ? '' : 'WHERE retired_at IS NULL';
  return db.all<EntryRow>(`SELECT ${COLUMNS} FROM catalogue_entries ${where} ORDER BY catalogue, sort_order, name`).map(toEntry);
}
