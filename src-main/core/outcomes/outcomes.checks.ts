import { AppError, fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { runChecks, securityModelExists, unchanged } from '../records';
import { assertUnitValidOn, findUnit } from '../units';
import type { OutcomeFields } from '../../contract/outcomes/outcome';
import { assertMonthStarted, assertValuableWithinReceived, monthBounds, vnMonth } from './outcome.rules';
import { outcomeIdFor } from './outcomes.repo';

/**
 * The checks of an outcome row against its rules and stored data. A unit counts as valid for a month
 * when it existed on its first or its last day (a commune founded on 1/7 reports July; one abolished on
 * 30/6 reports June). Unchanged unit, month and model are not re-checked on an edit.
 */
export function checkOutcome(db: ReadDb, next: OutcomeFields, stored: OutcomeFields | null, now: string): void {
  const unitMoved = !unchanged(stored, next, 'unitId');
  runChecks([
    () => assertValuableWithinReceived(next),
    () => assertMonthStarted(next.period, now),
    () => {
      if (unitMoved || !unchanged(stored, next, 'period')) assertUnitInMonth(db, next, unitMoved ? ['unitId'] : ['period']);
    },
    () => {
      if (next.modelId !== null && !unchanged(stored, next, 'modelId') && !securityModelExists(db, next.modelId)) {
        throw fieldError(['modelId'], 'Không tìm thấy mô hình đã chọn; có thể nó đã bị xoá.');
      }
    },
  ]);
}

function assertUnitInMonth(db: ReadDb, o: OutcomeFields, path: string[]): void {
  const { first, last } = monthBounds(o.period);
  try {
    assertUnitValidOn(db, o.unitId, last, path);
  } catch (err) {
    try {
      assertUnitValidOn(db, o.unitId, first, path);
    } catch {
      throw err;
    }
  }
}

/** An edit may not move a row onto a unit and month that already has one (one row per unit and month). */
export function assertNoOtherRow(db: ReadDb, id: string, next: OutcomeFields): void {
  const other = outcomeIdFor(db, next.unitId, next.period);
  if (other !== undefined && other !== id) {
    const unit = findUnit(db, next.unitId)?.name ?? '';
    throw new AppError('CONFLICT', `Đơn vị "${unit}" đã có kết quả tháng ${vnMonth(next.period)}; hãy sửa dòng đó.`);
  }
}
