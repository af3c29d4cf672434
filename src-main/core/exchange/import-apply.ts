import { AppError } from '../api/errors';
import type { WriteTx } from '../db/types';
import { isForeignKeyViolation } from '../units';
import type { ImportPlan } from './import-plan';
import type { UndoStep } from './office.repo';
import { createReferences, removeReference } from './refs-match.repo';
import { targetNamed } from './targets';
import type { HeldRecord, TravelRecord, TravelTarget } from './travel';

/** A write the database refused (a key taken, a reference missing) as the Vietnamese refusal of the whole import. */
function refused(target: TravelTarget, err: unknown): AppError {
  if (err instanceof AppError) return err;
  const text = err instanceof Error ? err.message : '';
  const why = /UNIQUE/.test(text)
    ? 'trùng với bản ghi đã có ở đây (cùng đơn vị và kỳ)'
    : isForeignKeyViolation(err)
      ? 'tham chiếu tới bản ghi không có ở đây, hoặc đang được bản ghi khác dùng'
      : 'không ghi được';
  return new AppError('CONFLICT', `Không nhận được gói: một bản ghi ${target.label.toLowerCase()} ${why}. Không có gì thay đổi.`);
}

function guarded(target: TravelTarget, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw refused(target, err);
  }
}

function snapshot(tx: WriteTx, target: TravelTarget, id: string): string {
  const held = target.read(tx, id);
  if (!held) throw new AppError('CONFLICT', `Không tìm thấy bản ghi ${target.label.toLowerCase()} cần thay.`);
  return JSON.stringify(held);
}

/**
 * How the new records of one table are written: inside the audit trail's bulk section (one compact entry
 * per record naming the package, audit-trail.ts `bulkCreates`), or directly where nothing is audited.
 */
export type BulkCreates = (table: string, write: () => void) => void;

/** The new records of a target: in one bulk write where the target has one, else one by one. */
function writeAdded(tx: WriteTx, target: TravelTarget, added: readonly TravelRecord[], origin: string, now: string): void {
  if (target.writeNew) target.writeNew(tx, added, origin, now);
  else for (const rec of added) target.write(tx, rec, false, origin, now);
}

/**
 * Writes the plan in the call's transaction (the dispatcher's: a refusal anywhere rolls all of it back)
 * and answers the undo steps in the order they were done: references created, records written, then
 * records deleted (the last kind first, as records refer to models). `onRecords` hears how many of the
 * plan's records are written, kind by kind (the import's progress bar).
 */
export function applyPlan(
  tx: WriteTx,
  plan: ImportPlan,
  origin: string,
  now: string,
  bulk: BulkCreates,
  onRecords: (done: number, total: number) => void = () => undefined,
): UndoStep[] {
  const steps: UndoStep[] = [];
  const total = plan.targets.reduce((n, t) => n + t.added.length + t.changed.length + t.deleted.length, 0);
  let done = 0;
  createReferences(tx, plan.refs.creates, now);
  for (const c of plan.refs.creates) steps.push({ target: c.what === 'unit' ? 'units' : 'catalogues', recordId: c.id, before: null });
  for (const { target, added, changed } of plan.targets) {
    for (const rec of changed) steps.push({ target: target.name, recordId: rec.id, before: snapshot(tx, target, rec.id) });
    guarded(target, () => {
      if (added.length > 0) bulk(target.table, () => writeAdded(tx, target, added, origin, now));
      for (const rec of changed) target.write(tx, rec, true, origin, now);
    });
    for (const rec of added) steps.push({ target: target.name, recordId: rec.id, before: null });
    onRecords((done += added.length + changed.length), total);
  }
  for (const { target, deleted } of [...plan.targets].reverse()) {
    for (const id of deleted) steps.push({ target: target.name, recordId: id, before: snapshot(tx, target, id) });
    guarded(target, () => deleted.forEach((id) => target.remove(tx, id)));
    onRecords((done += deleted.length), total);
  }
  return steps;
}

/** Undoes one step: a record added is removed, a record replaced or deleted is put back as it was. */
function undoStep(tx: WriteTx, step: UndoStep, now: string): void {
  if (step.target === 'units' || step.target === 'catalogues') {
    try {
      removeReference(tx, step.target, step.recordId);
    } catch {
      throw new AppError(
        'CONFLICT',
        'Không hoàn tác được: một đơn vị hoặc mục danh mục do gói tạo ra đang được dùng ở đây. Không có gì thay đổi.',
      );
    }
    return;
  }
  const target = targetNamed(step.target);
  if (!target) throw new Error(`undo step of an unknown kind: ${step.target}`);
  guarded(target, () => {
    if (step.before === null) return target.remove(tx, step.recordId);
    // Written by applyPlan from target.read: a held record.
    const before = JSON.parse(step.before) as HeldRecord;
    target.write(tx, before, target.read(tx, step.recordId) !== undefined, before.origin, now);
  });
}

/** Undoes an import's steps, last first. */
export function undoImport(tx: WriteTx, steps: readonly UndoStep[], now: string): void {
  for (const step of steps) undoStep(tx, step, now);
}
