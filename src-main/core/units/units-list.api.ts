import { handle } from '../api/define';
import { unitsContract } from '../../contract/units/units.contract';
import type { UnitPathItem } from '../../contract/units/unit';
import { childUnits, listUnits, searchUnits } from './units-list.repo';
import { idsWithChildren, unitAncestors } from './units.repo';
import { getUnitOrThrow, toNode } from './units.api';
import { resolveUnitAsOf } from './unit-validity.rules';

/** The units grid: one page, sorted and filtered in SQL. */
export const listUnitsMethod = handle(unitsContract, 'units.list', (ctx, input) =>
  listUnits(ctx.db, input, { kinds: input.kind ? [input.kind] : undefined, parentId: input.parentId, asOf: input.asOf }),
);

/** Children of one unit (or the roots) for the tree picker, with the path of the expanded unit. */
export const unitChildren = handle(unitsContract, 'units.children', (ctx, input) => {
  let path: UnitPathItem[] = [];
  if (input.parentId !== null) {
    const parent = getUnitOrThrow(ctx.db, input.parentId);
    path = [...unitAncestors(ctx.db, parent.id), { id: parent.id, name: parent.name, kind: parent.kind }];
  }
  const rows = childUnits(ctx.db, { parentId: input.parentId, asOf: input.asOf, kinds: input.kinds });
  const withChildren = idsWithChildren(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { path, rows: rows.map((r) => ({ ...r, hasChildren: withChildren.has(r.id) })) };
});

/** The picker's search box: units by name or code, diacritics ignored, each with its path. */
export const searchUnitsMethod = handle(unitsContract, 'units.search', (ctx, input) => {
  const units = searchUnits(ctx.db, input.query, { kinds: input.kinds, asOf: input.asOf }, input.limit);
  const withChildren = idsWithChildren(
    ctx.db,
    units.map((u) => u.id),
  );
  return { rows: units.map((u) => ({ ...u, path: unitAncestors(ctx.db, u.id), hasChildren: withChildren.has(u.id) })) };
});

/** The unit a unit maps to on a date, following merges (sáp nhập): what a report counts it under. */
export const resolveUnitMethod = handle(unitsContract, 'units.resolveAsOf', (ctx, input) => {
  getUnitOrThrow(ctx.db, input.id);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, resolveUnitAsOf(ctx.db, input.id, input.asOf)));
});
