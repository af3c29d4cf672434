import { handle } from '../api/define';
import { unitsContract } from '../../contract/units/units.contract';
import { AppError } from '../api/errors';
import { assertVersion } from '../api/version-check';

const NOUN = 'đơn vị';
import type { ReadDb } from '../db/types';
import { deleteOrConflict } from './foreign-key';
import type { Unit, UnitNode } from '../../contract/units/unit';
import { toDraft, type UnitDraft } from './unit-draft';
import { assertEndDate, assertMergeTarget } from './unit-merge.rules';
import { assertChildrenStillFit, assertUnitDraft } from './unit.rules';
import {
  childKinds,
  countChildren,
  deleteUnitRow,
  endUnit,
  findUnit,
  idsWithChildren,
  insertUnit,
  restartUnit,
  unitAncestors,
  updateUnit,
} from './units.repo';

/** The unit or a Vietnamese NOT_FOUND. */
export function getUnitOrThrow(db: ReadDb, id: string): Unit {
  const unit = findUnit(db, id);
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị; có thể nó đã bị xoá.');
  return unit;
}

/** A unit with its path and child flag, as the picker and the detail form show it. */
export function toNode(db: ReadDb, unit: Unit): UnitNode {
  return { ...unit, path: unitAncestors(db, unit.id), hasChildren: idsWithChildren(db, [unit.id]).size > 0 };
}

/** The stored unit's fields overlaid with the ones an update sent (undefined = keep). */
function mergeDraft(current: Unit, patch: Partial<UnitDraft>): UnitDraft {
  const pick = <K extends keyof UnitDraft>(k: K): UnitDraft[K] => (patch[k] === undefined ? current[k] : (patch[k] as UnitDraft[K]));
  return {
    code: pick('code'),
    name: pick('name'),
    kind: pick('kind'),
    subkind: pick('subkind'),
    parentId: pick('parentId'),
    validFrom: pick('validFrom'),
    validUntil: pick('validUntil'),
    note: pick('note'),
  };
}

/** One unit with its ancestors (đơn vị). */
export const getUnit = handle(unitsContract, 'units.get', (ctx, input) => toNode(ctx.db, getUnitOrThrow(ctx.db, input.id)));

/** Adds a unit to the tree. */
export const createUnit = handle(unitsContract, 'units.create', (ctx, input) => {
  const draft = toDraft(input);
  assertUnitDraft(ctx.db, draft, null);
  const id = ctx.newId();
  insertUnit(ctx.db, id, draft, ctx.now);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, id));
});

/** Changes some fields of a unit; omitted fields keep their value, null clears an optional one. */
export const updateUnitMethod = handle(unitsContract, 'units.update', (ctx, input) => {
  const current = getUnitOrThrow(ctx.db, input.id);
  assertVersion(NOUN, input.expectedVersion, current);
  const draft = mergeDraft(current, input);
  assertUnitDraft(ctx.db, draft, current.id);
  if (draft.kind !== current.kind) assertChildrenStillFit(childKinds(ctx.db, current.id), draft.kind);
  updateUnit(ctx.db, current.id, draft, ctx.now);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, current.id));
});

/** Ends a unit's validity (giải thể / hết hiệu lực); its records stay attached to it. */
export const retireUnit = handle(unitsContract, 'units.retire', (ctx, input) => {
  const unit = getUnitOrThrow(ctx.db, input.id);
  assertVersion(NOUN, input.expectedVersion, unit);
  assertEndDate(unit, input.validUntil);
  endUnit(ctx.db, unit.id, input.validUntil, null, ctx.now);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, unit.id));
});

/**
 * Merges a unit into a successor (sáp nhập): it ends on `validUntil` and names the successor. Records
 * keep pointing at the old unit, so a 2017 record keeps its 2017 district; reports map it forward.
 */
export const mergeUnit = handle(unitsContract, 'units.merge', (ctx, input) => {
  const unit = getUnitOrThrow(ctx.db, input.id);
  assertVersion(NOUN, input.expectedVersion, unit);
  assertEndDate(unit, input.validUntil);
  assertMergeTarget(ctx.db, unit, findUnit(ctx.db, input.successorId), input.validUntil);
  endUnit(ctx.db, unit.id, input.validUntil, input.successorId, ctx.now);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, unit.id));
});

/** Undoes a retirement or a merge: the unit is valid again with no end date and no successor. */
export const restoreUnit = handle(unitsContract, 'units.restore', (ctx, input) => {
  const unit = getUnitOrThrow(ctx.db, input.id);
  assertVersion(NOUN, input.expectedVersion, unit);
  restartUnit(ctx.db, unit.id, ctx.now);
  return toNode(ctx.db, getUnitOrThrow(ctx.db, unit.id));
});

/** Deletes a unit nothing refers to; one in use can only be retired or merged. */
export const deleteUnit = handle(unitsContract, 'units.delete', (ctx, input) => {
  const unit = getUnitOrThrow(ctx.db, input.id);
  assertVersion(NOUN, input.expectedVersion, unit);
  const children = countChildren(ctx.db, unit.id);
  if (children > 0) {
    throw new AppError(
      'CONFLICT',
      `Không xoá được "${unit.name}": còn ${children} đơn vị trực thuộc. Hãy xoá hoặc chuyển các đơn vị đó trước.`,
    );
  }
  const message = `Không xoá được "${unit.name}" vì đã có dữ liệu (mô hình, buổi tuyên truyền, kết quả, khen thưởng…) gắn với đơn vị này hoặc đơn vị khác sáp nhập vào nó. Hãy cho đơn vị hết hiệu lực hoặc sáp nhập thay vì xoá.`;
  deleteOrConflict(() => deleteUnitRow(ctx.db, unit.id), message);
  return { id: unit.id };
});
