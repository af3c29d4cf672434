import type { ReadDb } from '../db/types';
import type { PackageEntry, PackageUnit } from './package-write.repo';
import type { TravelRecord, TravelTarget } from './travel';

/** The ids a set of records refers to, by what they point at. */
function referencedIds(records: readonly { target: TravelTarget; rec: TravelRecord }[], what: 'unit' | 'catalogue'): Set<string> {
  const ids = new Set<string>();
  for (const { target, rec } of records) {
    for (const [field, kind] of Object.entries(target.refs)) {
      const value = rec.data[field];
      if (kind === what && typeof value === 'string') ids.add(value);
    }
  }
  return ids;
}

/** The units the records refer to and all their ancestors, so the receiver can place any it lacks. */
export function unitsForPackage(db: ReadDb, records: readonly { target: TravelTarget; rec: TravelRecord }[]): PackageUnit[] {
  const all = new Map(db.all<PackageUnit>('SELECT id, code, name, kind, parent_id AS parentId FROM units').map((u) => [u.id, u] as const));
  const out = new Map<string, PackageUnit>();
  for (const id of referencedIds(records, 'unit')) {
    for (let u = all.get(id); u && !out.has(u.id); u = u.parentId ? all.get(u.parentId) : undefined) out.set(u.id, u);
  }
  return [...out.values()];
}

export function entriesForPackage(db: ReadDb, records: readonly { target: TravelTarget; rec: TravelRecord }[]): PackageEntry[] {
  const wanted = referencedIds(records, 'catalogue');
  return db.all<PackageEntry>('SELECT id, catalogue, code, name FROM catalogue_entries').filter((e) => wanted.has(e.id));
}
