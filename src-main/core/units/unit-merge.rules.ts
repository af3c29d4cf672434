import { fieldError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { nextDay } from '../../shared/iso-date';
import { formatVnDate } from '../../shared/vn-date';
import { UNIT_KIND_LABELS, type Unit } from '../../contract/units/unit';
import { unitValidOn } from './unit-validity.rules';
import { successorOf } from './units.repo';

/** A unit may end only on or after the day it began. */
export function assertEndDate(unit: Unit, validUntil: string): void {
  if (unit.validFrom && validUntil < unit.validFrom) {
    throw fieldError(['validUntil'], `Ngày hết hiệu lực phải từ ${formatVnDate(unit.validFrom)} (ngày đơn vị bắt đầu hiệu lực) trở đi.`);
  }
}

/**
 * Merge (sáp nhập) rules: a different unit of the same kind, valid on the day after the merged unit
 * ends, and not itself (through its own successors) merged into the unit: a loop would make
 * `resolveUnitAsOf` wander.
 */
export function assertMergeTarget(db: ReadDb, unit: Unit, successor: Unit | undefined, validUntil: string): Unit {
  if (!successor) throw fieldError(['successorId'], 'Không tìm thấy đơn vị tiếp nhận đã chọn.');
  if (successor.id === unit.id) throw fieldError(['successorId'], 'Không thể sáp nhập một đơn vị vào chính nó.');
  if (successor.kind !== unit.kind) {
    throw fieldError(
      ['successorId'],
      `Đơn vị tiếp nhận phải cùng cấp (${UNIT_KIND_LABELS[unit.kind]}), không phải ${UNIT_KIND_LABELS[successor.kind].toLowerCase()}.`,
    );
  }
  const firstDay = nextDay(validUntil);
  if (!unitValidOn(successor, firstDay)) {
    throw fieldError(['successorId'], `Đơn vị tiếp nhận "${successor.name}" không có hiệu lực vào ngày ${formatVnDate(firstDay)}.`);
  }
  let current: string | null = successor.id;
  for (let step = 0; current !== null && step < 50; step += 1) {
    if (current === unit.id)
      throw fieldError(['successorId'], `"${successor.name}" đã được sáp nhập (trực tiếp hoặc gián tiếp) vào "${unit.name}".`);
    current = successorOf(db, current)?.successorId ?? null;
  }
  return successor;
}
