import { AppError } from '../api/errors';
import type { WriteTx } from '../db/types';
import { isForeignKeyViolation } from '../units';
import type { ImportPlan, TargetPlan } from './import-plan';
import { isAddedStep, type AddedStep, type RecordStep, type UndoStep } from './undo-steps.repo';
import { createReferences, removeReference } from './refs-match.repo';
import { targetNamed } from './targets';
import type { HeldRecord, TravelRecord, TravelTarget } from './travel';

/** Whose refusal a failed write is: the import's ("Không nhận được gói") or its undo's. */
type Doing = 'import' | 'undo';

/** A write the database refused (a key taken, a reference missing) as the Vietnamese refusal of the whole import or undo. */
function refused(target: TravelTarget, err: unknown, doing: Doing): AppError {
  if (err instanceof AppError) return err;
  const text = err instanceof Error ? err.message : '';
  const why = /UNIQUE/.test(text)
    ? 'trùng với bản ghi đã có ở đây (cùng đơn vị và kỳ)'
    : isForeignKeyViolation(err)
      ? 'tham chiếu tới bản ghi không có ở đây, hoặc đang được bản ghi khác dùng'
      : 'không ghi được';
  const head = doing === 'import' ? 'Không nhận được gói' : 'Không hoàn tác được';
  return new AppError('CONFLICT', `${head}: một bản ghi ${target.label.toLowerCase()} ${why}. Không có gì thay đổi.`);
}

function guarded(target: TravelTarget, fn: () => void, doing: Doing = 'import'): void {
  try {
    fn();
  } catch (err) {
    throw refused(target, err, doing);
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

/**
 * Records a bulk write takes at once: the new records are read again from the package in parts this size
 * (in date order within each, which keeps the indexes' inserts near each other), so they are never all held.
 */
const ADDED_PART = 10_000;

function* inParts<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let part: T[] = [];
  for (const item of items) {
    part.push(item);
    if (part.length === size) {
      yield part;
      part = [];
    }
  }
  if (part.length > 0) yield part;
}

/** The new records of a target: in bulk writes where the target has one, else one by one; `tick` hears each part. */
function writeAdded(
  tx: WriteTx,
  target: TravelTarget,
  added: Iterable<TravelRecord>,
  origin: string,
  now: string,
  tick: (n: number) => void,
): void {
  for (const part of inParts(added, ADDED_PART)) {
    if (!target.writeNew) {
      for (const rec of part) {
        target.write(tx, rec, false, origin, now);
        tick(1);
      }
      continue;
    }
    let before = 0;
    target.writeNew(tx, part, origin, now, (written) => {
      tick(written - before);
      before = written;
    });
  }
}

/**
 * Writes the plan in the call's transaction (the dispatcher's: a refusal anywhere rolls all of it back)
 * and answers the undo steps in the order they were done: references created, records written (those
 * added as one id list per kind), then records deleted (the last kind first, as records refer to models).
 * `onRecords` hears how many of the plan's records are written as they are: after each bulk statement
 * (~50 records) and each record written alone, for the import's progress bar (the feed passes on one
 * report per 100 ms).
 */
export function applyPlan(
  tx: WriteTx,
  plan: ImportPlan,
  addedOf: (tp: TargetPlan) => Iterable<TravelRecord>,
  origin: string,
  now: string,
  bulk: BulkCreates,
  onRecords: (done: number, total: number) => void = () => undefined,
): UndoStep[] {
  const steps: UndoStep[] = [];
  const total = plan.targets.reduce((n, t) => n + t.added.length + t.changed.length + t.deleted.length, 0);
  let done = 0;
  const tick = (n: number) => onRecords((done += n), total);
  createReferences(tx, plan.refs.creates, now);
  for (const c of plan.refs.creates) steps.push({ target: c.what === 'unit' ? 'units' : 'catalogues', recordId: c.id, before: null });
  for (const tp of plan.targets) {
    const { target, added, changed } = tp;
    for (const rec of changed) steps.push({ target: target.name, recordId: rec.id, before: snapshot(tx, target, rec.id) });
    guarded(target, () => {
      if (added.length > 0) bulk(target.table, () => writeAdded(tx, target, addedOf(tp), origin, now, tick));
      for (const rec of changed) {
        target.write(tx, rec, true, origin, now);
        tick(1);
      }
    });
    if (added.length > 0) steps.push({ target: target.name, added });
  }
  for (const { target, deleted } of [...plan.targets].reverse()) {
    for (const id of deleted) steps.push({ target: target.name, recordId: id, before: snapshot(tx, target, id) });
    guarded(target, () =>
      deleted.forEach((id) => {
        target.remove(tx, id);
        tick(1);
      }),
    );
  }
  return steps;
}

function travelTarget(name: string): TravelTarget {
  const target = targetNamed(name);
  if (!target) throw new Error(`undo step of an unknown kind: ${name}`);
  return target;
}

/**
 * How the records an import added are deleted at its undo: inside the audit trail's bulk section (their
 * entries made in one statement, audit-trail.ts `bulkDeletes`), or directly where nothing is audited.
 */
export type BulkDeletes = (table: string, ids: readonly string[], remove: () => void) => void;

/** Removes the records an import added: all at once where the kind can, else one by one. */
function undoAdded(tx: WriteTx, step: AddedStep, bulk: BulkDeletes): void {
  const target = travelTarget(step.target);
  const { removeMany } = target;
  guarded(
    target,
    () =>
      removeMany ? bulk(target.table, step.added, () => removeMany(tx, step.added)) : step.added.forEach((id) => target.remove(tx, id)),
    'undo',
  );
}

/** Undoes one record's step: a reference created is removed, a record replaced or deleted is put back as it was. */
function undoRecordStep(tx: WriteTx, step: RecordStep, now: string): void {
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
  const target = travelTarget(step.target);
  guarded(
    target,
    () => {
      if (step.before === null) return target.remove(tx, step.recordId);
      // Written by applyPlan from target.read: a held record.
      const before = JSON.parse(step.before) as HeldRecord;
      target.write(tx, before, target.read(tx, step.recordId) !== undefined, before.origin, now);
    },
    'undo',
  );
}

const isReference = (target: string) => target === 'units' || target === 'catalogues';

/**
 * The steps with each run of records added to one kind as one step. Imports stored before version 165
 * kept a step per record added; their undo is set-based all the same.
 */
export function groupAdded(steps: readonly UndoStep[]): UndoStep[] {
  const out: UndoStep[] = [];
  // The run being grouped: the last step out, while it is one made here.
  let run: { target: string; added: string[] } | undefined;
  for (const step of steps) {
    if (isAddedStep(step) || step.before !== null || isReference(step.target)) {
      run = undefined;
      out.push(step);
    } else if (run !== undefined && run.target === step.target) run.added.push(step.recordId);
    else {
      run = { target: step.target, added: [step.recordId] };
      out.push(run);
    }
  }
  return out;
}

/** Undoes an import's steps, last first; the records it added go a kind at a time. */
export function undoImport(
  tx: WriteTx,
  steps: readonly UndoStep[],
  now: string,
  bulk: BulkDeletes = (_table, _ids, remove) => remove(),
): void {
  for (const step of groupAdded(steps)) {
    if (isAddedStep(step)) undoAdded(tx, step, bulk);
    else undoRecordStep(tx, step, now);
  }
}
