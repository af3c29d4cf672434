import { fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { formatVnDate } from '../../shared/vn-date';
import type { Unit } from '../../contract/units/unit';
import { findUnit, successorOf } from './units.repo';

/** True when the ISO date falls inside the unit's valid_from..valid_until (open ends count as always). */
export function unitValidOn(unit: Pick<Unit, 'validFrom' | 'validUntil'>, isoDate: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= isoDate) && (unit.validUntil === null || isoDate <= unit.validUntil);
}

/**
 * Checks that a record dated `isoDate` may be attached to the unit: it exists and was valid that day.
 * A 2017 record on a district abolished in 2025 passes; a 2026 record on it does not. Returns the unit.
 */
export function assertUnitValidOn(db: ReadDb, unitId: string, isoDate: string, fieldPath: (string | number)[]): Unit {
  const unit = findUnit(db, unitId);
  if (!unit) throw fieldError(fieldPath, 'Không tìm thấy đơn vị đã chọn; có thể nó đã bị xoá.');
  if (!unitValidOn(unit, isoDate)) {
    const from = unit.validFrom ? ` từ ${formatVnDate(unit.validFrom)}` : '';
    const until = unit.validUntil ? ` đến ${formatVnDate(unit.validUntil)}` : '';
    throw fieldError(fieldPath, `Đơn vị "${unit.name}" chỉ có hiệu lực${from}${until}, không có vào ngày ${formatVnDate(isoDate)}.`);
  }
  return unit;
}

/**
 * The unit that `unitId` maps to on `isoDate`, following successor (sáp nhập) links while the unit had
 * already ended by then. Reports use it to count a 2017 record under its 2026 commune. A unit retired
 * without a successor maps to itself. The walk stops at 50 steps, which no real chain reaches.
 */
export function resolveUnitAsOf(db: ReadDb, unitId: string, isoDate: string): string {
  let current = unitId;
  for (let step = 0; step < 50; step += 1) {
    const link = successorOf(db, current);
    if (!link || link.successorId === null || link.validUntil === null || isoDate <= link.validUntil) return current;
    current = link.successorId;
  }
  return current;
}
