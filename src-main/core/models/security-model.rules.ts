import { fieldError } from '../api/errors';
import { unitValidOn, type Unit } from '../units';
import { formatVnDate } from '../../shared/vn-date';
import { MODEL_STATUS_LABELS, type ModelStatus } from '../../contract/models/security-model';

/** Kinds of unit a model belongs to: a commune, a residential area or an organisation. */
const MODEL_UNIT_KINDS: readonly Unit['kind'][] = ['commune', 'residential_area', 'organisation'];

/**
 * The model's unit must be of a kind that runs models and exist on the founding date. One exception:
 * a unit that began after the founding and is valid today: the successor of a merged commune carrying
 * on an older model, which clerks enter under today's unit.
 */
export function assertModelUnit(unit: Unit, foundedOn: string, today: string): void {
  if (!MODEL_UNIT_KINDS.includes(unit.kind)) {
    throw fieldError(
      ['unitId'],
      `Mô hình phải gắn với xã/phường, khu dân cư hoặc cơ quan, tổ chức; "${unit.name}" không thuộc các cấp đó.`,
    );
  }
  if (unitValidOn(unit, foundedOn)) return;
  const successorToday = unit.validFrom !== null && unit.validFrom > foundedOn && unitValidOn(unit, today);
  if (successorToday) return;
  const from = unit.validFrom ? ` từ ${formatVnDate(unit.validFrom)}` : '';
  const until = unit.validUntil ? ` đến ${formatVnDate(unit.validUntil)}` : '';
  throw fieldError(
    ['foundedOn'],
    `Ngày thành lập ${formatVnDate(foundedOn)} nằm ngoài thời gian hiệu lực của "${unit.name}"${from}${until}.`,
  );
}

/** Founding and status dates are facts already happened: not after the office's today. */
export function assertNotFuture(isoDate: string, today: string, path: string, label: string): void {
  if (isoDate > today)
    throw fieldError([path], `${label} (${formatVnDate(isoDate)}) không được sau ngày hôm nay (${formatVnDate(today)}).`);
}

/** A status history as stored: the first event is the founding ('active' on the founding date). */
export interface StatusPoint {
  status: ModelStatus;
  effectiveOn: string;
}

/**
 * The status a model had on `isoDate`, or null when it did not exist yet. Events are in order; on one
 * day the last event counts. "Active at D" and the reports derive from this rule (and its SQL twin in
 * models-report.repo.ts).
 */
export function statusAt(events: readonly StatusPoint[], isoDate: string): ModelStatus | null {
  let status: ModelStatus | null = null;
  for (const e of events) {
    if (e.effectiveOn <= isoDate) status = e.status;
  }
  return status;
}

/** A new status must change something and must not go back before the last recorded change. */
export function assertStatusChange(current: StatusPoint, foundedOn: string, next: StatusPoint): void {
  if (next.effectiveOn < foundedOn) {
    throw fieldError(['effectiveOn'], `Ngày chuyển trạng thái không được trước ngày thành lập (${formatVnDate(foundedOn)}).`);
  }
  if (next.effectiveOn < current.effectiveOn) {
    throw fieldError(
      ['effectiveOn'],
      `Ngày chuyển trạng thái không được trước lần thay đổi gần nhất (${formatVnDate(current.effectiveOn)}).`,
    );
  }
  if (next.status === current.status) {
    throw fieldError(['status'], `Mô hình đang ở trạng thái "${MODEL_STATUS_LABELS[current.status]}".`);
  }
}

/** Moving the founding date must keep it on or before every later status change. */
export function assertFoundingBeforeChanges(foundedOn: string, firstChangeOn: string | null): void {
  if (firstChangeOn !== null && foundedOn > firstChangeOn) {
    throw fieldError(['foundedOn'], `Ngày thành lập không được sau ngày chuyển trạng thái (${formatVnDate(firstChangeOn)}).`);
  }
}
