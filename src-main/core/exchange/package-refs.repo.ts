import type { ReadDb } from '../db/types';
import type { PackageEntry, PackageUnit } from './package-write.repo';
import type { TravelRecord, TravelTarget } from './travel';

/** The unit and catalogue entry ids a package's records refer to, noted as the records go into it. */
export class PackageReferences {
  readonly units = new Set<string>();
  readonly entries = new Set<string>();

  note(target: TravelTarget, rec: TravelRecord): void {
    for (const [field, kind] of Object.entries(target.refs)) {
      const value = rec.data[field];
      if (typeof value !== 'string') continue;
      if (kind === 'unit') this.units.add(value);
      else if (kind === 'catalogue') this.entries.add(value);
    }
  }
}

/** The units `ids` and all their ancestors, so the receiver can place any it lacks. */
export function unitsForPackage(db: ReadDb, ids: ReadonlySet<string>): PackageUnit[] {
  const all = new Map(db.all<PackageUnit>('SELECT id, code, name, kind, parent_id AS parentId FROM units').map((u) => [u.id, u] as const));
  const out = new Map<string, PackageUnit>();
  for (const id of ids) {
    for (let u = all.get(id); u && !out.has(u.id); u = u.parentId ? all.get(u.parentId) : undefined) out.set(u.id, u);
  }
  return [...out.values()];
}

export function entriesForPackage(db: ReadDb, ids: ReadonlySet<string>): PackageEntry[] {
  return db.all<PackageEntry>('SELECT id, catalogue, code, name FROM catalogue_entries').filter((e) => ids.has(e.id));
}
