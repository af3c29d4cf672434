import { z } from 'zod';
import { defineMethod } from '../api/define';
import { ListQuery, listPage } from '../../contract/list-query';
import { isoDateSchema } from '../../shared/iso-date.schema';
import { Unit, UnitKind, UnitNode, UnitPathItem } from './unit';
import { childUnits, listUnits, searchUnits } from './units-list.repo';
import { idsWithChildren, unitAncestors } from './units.repo';
import { getUnitOrThrow, toNode } from './units.api';
import { resolveUnitAsOf } from './unit-validity.rules';

const AsOf = isoDateSchema('Ngày xem').optional();
const ParentId = z.uuid({ error: 'Đơn vị cấp trên không hợp lệ.' });

/** A unit row of the units grid: the unit and its parent's name. */
export const UnitListRow = Unit.extend({ parentName: z.string().nullable() });

/** The units grid: one page, sorted and filtered in SQL. */
export const listUnitsMethod = defineMethod({
  name: 'units.list',
  role: 'viewer',
  summary: 'Danh sách đơn vị (phân trang, sắp xếp, lọc, tìm không dấu).',
  input: ListQuery.extend({ kind: UnitKind.optional(), parentId: ParentId.nullable().optional(), asOf: AsOf }),
  output: listPage(UnitListRow),
  handler: (ctx, input) => listUnits(ctx.db, input, { kinds: input.kind ? [input.kind] : undefined, parentId: input.parentId, asOf: input.asOf }),
});

/** Children of one unit (or the roots) for the tree picker, with the path of the expanded unit. */
export const unitChildren = defineMethod({
  name: 'units.children',
  role: 'viewer',
  summary: 'Các đơn vị trực thuộc một đơn vị (hoặc cấp cao nhất) cho cây chọn đơn vị.',
  input: z.object({ parentId: ParentId.nullable().default(null), asOf: AsOf, kinds: z.array(UnitKind).optional() }),
  output: z.object({ path: z.array(UnitPathItem), rows: z.array(Unit.extend({ hasChildren: z.boolean() })) }),
  handler: (ctx, input) => {
    let path: UnitPathItem[] = [];
    if (input.parentId !== null) {
      const parent = getUnitOrThrow(ctx.db, input.parentId);
      path = [...unitAncestors(ctx.db, parent.id), { id: parent.id, name: parent.name, kind: parent.kind }];
    }
    const rows = childUnits(ctx.db, { parentId: input.parentId, asOf: input.asOf, kinds: input.kinds });
    const withChildren = idsWithChildren(ctx.db, rows.map((r) => r.id));
    return { path, rows: rows.map((r) => ({ ...r, hasChildren: withChildren.has(r.id) })) };
  },
});

/** The picker's search box: units by name or code, diacritics ignored, each with its path. */
export const searchUnitsMethod = defineMethod({
  name: 'units.search',
  role: 'viewer',
  summary: 'Tìm đơn vị theo tên hoặc mã (không dấu), kèm đường dẫn cấp trên.',
  input: z.object({
    query: z.string().max(200, 'Từ khoá dài quá 200 ký tự.'),
    kinds: z.array(UnitKind).optional(),
    asOf: AsOf,
    limit: z.number().int().min(1).max(200).default(50),
  }),
  output: z.object({ rows: z.array(UnitNode) }),
  handler: (ctx, input) => {
    const units = searchUnits(ctx.db, input.query, { kinds: input.kinds, asOf: input.asOf }, input.limit);
    const withChildren = idsWithChildren(ctx.db, units.map((u) => u.id));
    return { rows: units.map((u) => ({ ...u, path: unitAncestors(ctx.db, u.id), hasChildren: withChildren.has(u.id) })) };
  },
});

/** The unit a unit maps to on a date, following merges (sáp nhập): what a report counts it under. */
export const resolveUnitMethod = defineMethod({
  name: 'units.resolveAsOf',
  role: 'viewer',
  summary: 'Đơn vị mà một đơn vị cũ thuộc về vào một ngày (theo các lần sáp nhập).',
  input: z.object({ id: z.uuid({ error: 'Mã đơn vị không hợp lệ.' }), asOf: isoDateSchema('Ngày xem') }),
  output: UnitNode,
  handler: (ctx, input) => {
    getUnitOrThrow(ctx.db, input.id);
    return toNode(ctx.db, getUnitOrThrow(ctx.db, resolveUnitAsOf(ctx.db, input.id, input.asOf)));
  },
});
