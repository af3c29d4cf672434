import { AppError } from '../api/errors';
import type { ReadDb } from '../db/types';
import { assertNotFuture, runChecks, unchanged } from '../records';
import { assertUnitValidOn, findUnit } from '../units';
import type { RegistrationFields } from '../../contract/registrations/registration.kind';
import { assertPointsWhenAssessed, assertRecognition, assertRegisteredInPeriod, assertRegistrableKind } from './registration.rules';
import { registrationIdFor } from './registrations.repo';

/**
 * The checks of a registration against its rules and stored data. Rules that need the unit's kind
 * (evaluation period) run only when the unit exists and may register; otherwise the unit's own issue
 * is the one to fix first.
 */
export function checkRegistration(db: ReadDb, next: RegistrationFields, stored: RegistrationFields | null, now: string): void {
  const unit = findUnit(db, next.unitId);
  const unitMoved = !unchanged(stored, next, 'unitId');
  const kindChecks: (() => void)[] = [];
  if (unit && (unit.kind === 'residential_area' || unit.kind === 'commune' || unit.kind === 'organisation')) {
    const kind = unit.kind;
    kindChecks.push(
      () => assertRegisteredInPeriod(next, kind),
      () => assertRecognition(next, kind),
    );
  }
  runChecks([
    () => {
      if (unitMoved || !unchanged(stored, next, 'registeredOn'))
        assertUnitValidOn(db, next.unitId, next.registeredOn, [unitMoved ? 'unitId' : 'registeredOn']);
    },
    () => {
      if (unit && unitMoved) assertRegistrableKind(unit.kind);
    },
    () => assertNotFuture(next.registeredOn, now, ['registeredOn'], 'Ngày đăng ký'),
    () => {
      if (next.decisionDate !== null) assertNotFuture(next.decisionDate, now, ['decisionDate'], 'Ngày quyết định công nhận');
    },
    () => assertPointsWhenAssessed(next),
    ...kindChecks,
  ]);
}

/** One registration per unit and year: a second one, or an edit onto a taken unit and year, is a CONFLICT. */
export function assertOnePerUnitAndYear(db: ReadDb, id: string | null, next: RegistrationFields): void {
  const other = registrationIdFor(db, next.unitId, next.year);
  if (other !== undefined && other !== id) {
    const name = findUnit(db, next.unitId)?.name ?? '';
    throw new AppError('CONFLICT', `Đơn vị "${name}" đã đăng ký "An toàn về ANTT" năm ${next.year}; hãy sửa bản đăng ký đó.`);
  }
}
