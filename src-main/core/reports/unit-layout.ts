import type { UnitTreeEntry } from '../units';

/**
 * The rows of a report by unit, resolved as of the period's end: a 2017 report lists the districts
 * (huyện) with their communes, a 2026 report the communes of the two-tier structure. Records kept
 * against a unit that was later merged are counted under its successor, so a year-earlier column
 * lines up with this year's rows.
 */
export type UnitNode = UnitTreeEntry;

/**
 * One row of the layout: a group (district with its communes), a unit row, or a "direct" row for the
 * records kept against the scope or a district itself rather than one of its row units.
 */
export interface LayoutRow {
  kind: 'group' | 'unit' | 'direct';
  unitId: string;
  name: string;
  /** For a unit row inside a group, the group's index in `rows`. */
  groupIndex: number | null;
}

export interface UnitLayout {
  scope: UnitNode;
  rows: LayoutRow[];
  /** The unit row index a record's unit counts under, or null when it lies outside the scope. */
  rowOf(unitId: string): number | null;
}

export function validAt(u: UnitNode, date: string): boolean {
  return (u.validFrom === null || u.validFrom <= date) && (u.validUntil === null || u.validUntil >= date);
}

// Kinds that get their own row under a scope of the given kind; everything else is "direct".
const ROW_KINDS: Record<string, readonly string[]> = {
  province: ['district', 'commune'],
  district: ['commune'],
  commune: ['residential_area', 'organisation'],
};

function byName(a: UnitNode, b: UnitNode): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

function childrenIndex(units: readonly UnitNode[], asOf: string): Map<string, UnitNode[]> {
  const out = new Map<string, UnitNode[]>();
  for (const u of units) {
    if (!u.parentId || !validAt(u, asOf)) continue;
    const list = out.get(u.parentId) ?? [];
    list.push(u);
    out.set(u.parentId, list);
  }
  for (const list of out.values()) list.sort(byName);
  return out;
}

function buildRows(scope: UnitNode, children: Map<string, UnitNode[]>): LayoutRow[] {
  const rows: LayoutRow[] = [];
  for (const child of children.get(scope.id) ?? []) {
    if (!(ROW_KINDS[scope.kind] ?? []).includes(child.kind)) continue;
    const grandChildren = child.kind === 'district' ? (children.get(child.id) ?? []).filter((g) => g.kind === 'commune') : [];
    if (grandChildren.length === 0) {
      rows.push({ kind: 'unit', unitId: child.id, name: child.name, groupIndex: null });
      continue;
    }
    const groupIndex = rows.length;
    rows.push({ kind: 'group', unitId: child.id, name: child.name, groupIndex: null });
    for (const g of grandChildren) rows.push({ kind: 'unit', unitId: g.id, name: g.name, groupIndex });
    // Schools, companies and agencies kept directly under the district count in the district's subtotal.
    rows.push({ kind: 'direct', unitId: child.id, name: `Trực thuộc ${child.name}`, groupIndex });
  }
  // Records kept against the scope itself or its other units (e.g. province-level agencies).
  rows.push({ kind: 'direct', unitId: scope.id, name: `Trực thuộc ${scope.name}`, groupIndex: null });
  return rows;
}

/** Lays out the rows of `scopeId` as of `asOf`; throws a plain Error when the scope is unknown. */
export function layoutUnits(units: readonly UnitNode[], scopeId: string, asOf: string): UnitLayout {
  const byId = new Map(units.map((u) => [u.id, u]));
  const scope = byId.get(scopeId);
  if (!scope) throw new Error(`unknown scope ${scopeId}`);
  const rows = buildRows(scope, childrenIndex(units, asOf));
  const rowByUnit = new Map<string, number>();
  rows.forEach((r, i) => {
    if (r.kind !== 'group') rowByUnit.set(r.unitId, i);
  });
  const cache = new Map<string, number | null>();

  function resolve(unitId: string): number | null {
    let u = byId.get(unitId);
    // Follow mergers forward to the unit that exists at the period's end (bounded against cycles).
    for (let hops = 0; u && !validAt(u, asOf) && u.successorId && hops < 20; hops++) u = byId.get(u.successorId);
    for (let depth = 0; u && depth < 20; depth++) {
      const row = rowByUnit.get(u.id);
      if (row !== undefined) return row;
      const parent: UnitNode | undefined = u.parentId ? byId.get(u.parentId) : undefined;
      // A parent that was merged away still leads up the tree through its successor.
      u = parent && !validAt(parent, asOf) && parent.successorId ? (byId.get(parent.successorId) ?? parent) : parent;
    }
    return null;
  }

  return {
    scope,
    rows,
    rowOf(unitId) {
      if (!cache.has(unitId)) cache.set(unitId, resolve(unitId));
      return cache.get(unitId) ?? null;
    },
  };
}
