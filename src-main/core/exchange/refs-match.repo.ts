import type { Catalogue } from '../../contract/catalogues/catalogue';
import { CATALOGUES, findEntryByCode, findEntryByName, insertCatalogueEntry, nextSortOrder } from '../catalogues';
import type { ReadDb, WriteTx } from '../db/types';
import { findUnitByCode, insertUnit } from '../units';
import type { UnitKind } from '../../contract/units/unit';
import type { PackageEntry, PackageUnit } from './package-write.repo';

/** How one unit or catalogue entry of a package is found here (the preview lists all but code matches). */
export interface RefMatch {
  what: 'unit' | 'catalogue';
  code: string | null;
  name: string;
  match: 'code' | 'name' | 'created';
  /** The parent a created unit goes under (its name), or null at the top. */
  under: string | null;
}

/** A unit or entry to create at the receiver, with its new id. */
export type RefCreate =
  { what: 'unit'; id: string; unit: PackageUnit; parentId: string | null } | { what: 'catalogue'; id: string; entry: PackageEntry };

export interface RefPlan {
  /** The sender's id → the receiver's id, for units and entries alike (ids are UUIDs: no clash). */
  ids: Map<string, string>;
  matches: RefMatch[];
  creates: RefCreate[];
}

function unitName(db: ReadDb, id: string | null): string | null {
  return id === null ? null : (db.get<{ name: string }>('SELECT name FROM units WHERE id = ?', [id])?.name ?? null);
}

/** Parents before children, so a created unit's parent is already mapped. */
function parentsFirst(units: readonly PackageUnit[]): PackageUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const depth = (u: PackageUnit): number => {
    let d = 0;
    for (let p = u.parentId ? byId.get(u.parentId) : undefined; p && d < 64; p = p.parentId ? byId.get(p.parentId) : undefined) d += 1;
    return d;
  };
  return [...units].sort((a, b) => depth(a) - depth(b));
}

/**
 * Matches the package's units here: by code; a unit without a code by name and level under its matched
 * parent; otherwise it is created under its parent's match, or under the sender office's own unit (its
 * code), or at the top.
 */
function planUnits(db: ReadDb, units: readonly PackageUnit[], senderCode: string, newId: () => string, plan: RefPlan): void {
  const senderUnit = senderCode ? (findUnitByCode(db, senderCode)?.id ?? null) : null;
  for (const u of parentsFirst(units)) {
    const byCode = u.code ? findUnitByCode(db, u.code)?.id : undefined;
    if (byCode) {
      plan.ids.set(u.id, byCode);
      plan.matches.push({ what: 'unit', code: u.code, name: u.name, match: 'code', under: null });
      continue;
    }
    const parentId = (u.parentId ? plan.ids.get(u.parentId) : undefined) ?? senderUnit;
    const byName = u.code
      ? undefined
      : db.get<{ id: string }>('SELECT id FROM units WHERE parent_id IS ? AND name = ? AND kind = ?', [parentId, u.name, u.kind])?.id;
    const id = byName ?? newId();
    plan.ids.set(u.id, id);
    plan.matches.push({ what: 'unit', code: u.code, name: u.name, match: byName ? 'name' : 'created', under: unitName(db, parentId) });
    if (!byName) plan.creates.push({ what: 'unit', id, unit: u, parentId });
  }
}

function isCatalogue(name: string): name is Catalogue {
  return (CATALOGUES as readonly string[]).includes(name);
}

function planEntries(db: ReadDb, entries: readonly PackageEntry[], newId: () => string, plan: RefPlan): void {
  for (const e of entries) {
    if (!isCatalogue(e.catalogue)) continue;
    const byCode = e.code ? findEntryByCode(db, e.catalogue, e.code) : undefined;
    const byName = byCode ? undefined : findEntryByName(db, e.catalogue, e.name);
    const id = byCode ?? byName ?? newId();
    plan.ids.set(e.id, id);
    plan.matches.push({ what: 'catalogue', code: e.code, name: e.name, match: byCode ? 'code' : byName ? 'name' : 'created', under: null });
    if (!byCode && !byName) plan.creates.push({ what: 'catalogue', id, entry: e });
  }
}

export function planReferences(
  db: ReadDb,
  pkg: { units: readonly PackageUnit[]; entries: readonly PackageEntry[] },
  senderCode: string,
  newId: () => string,
): RefPlan {
  const plan: RefPlan = { ids: new Map(), matches: [], creates: [] };
  planUnits(db, pkg.units, senderCode, newId, plan);
  planEntries(db, pkg.entries, newId, plan);
  return plan;
}

/** Creates the units and entries the plan could not match; a unit keeps its code, name and level. */
export function createReferences(tx: WriteTx, creates: readonly RefCreate[], now: string): void {
  for (const c of creates) {
    if (c.what === 'unit') {
      const draft = { code: c.unit.code, name: c.unit.name, kind: c.unit.kind as UnitKind, subkind: null, parentId: c.parentId };
      insertUnit(tx, c.id, { ...draft, validFrom: null, validUntil: null, note: null }, now);
    } else {
      const catalogue = c.entry.catalogue as Catalogue;
      const e = { id: c.id, catalogue, code: c.entry.code, name: c.entry.name };
      insertCatalogueEntry(tx, { ...e, sortOrder: nextSortOrder(tx, catalogue), now });
    }
  }
}

/** Removes what an import created (its undo); refused by SQLite when something here uses it since. */
export function removeReference(tx: WriteTx, target: 'units' | 'catalogues', id: string): void {
  tx.run(target === 'units' ? 'DELETE FROM units WHERE id = ?' : 'DELETE FROM catalogue_entries WHERE id = ?', [id]);
}
