import { fieldError } from '../api/errors';
import { formatVnDate } from '../../shared/vn-date';
import { REGISTRABLE_KINDS, type RegistrableKind, type RegistrationFields } from '../../contract/registrations/registration.kind';

/**
 * Evaluation period (kỳ đánh giá) of year Y: residential areas 01/11 of Y-1 to 31/10 of Y; communes and
 * organisations 16/11 of Y-1 to 15/11 of Y (DOMAIN.md B §1).
 */
export function evaluationPeriod(kind: RegistrableKind, year: number): { from: string; to: string } {
  return kind === 'residential_area'
    ? { from: `${year - 1}-11-01`, to: `${year}-10-31` }
    : { from: `${year - 1}-11-16`, to: `${year}-11-15` };
}

export function isRegistrableKind(kind: string): kind is RegistrableKind {
  return (REGISTRABLE_KINDS as readonly string[]).includes(kind);
}

export function assertRegistrableKind(kind: string): asserts kind is RegistrableKind {
  if (!isRegistrableKind(kind)) {
    throw fieldError(['unitId'], 'Chỉ khu dân cư, xã/phường/đặc khu và cơ quan, doanh nghiệp, trường học đăng ký "An toàn về ANTT".');
  }
}

/** A registration of year Y is made in Y (Q1 as a rule) and before Y's evaluation period ends. */
export function assertRegisteredInPeriod(r: Pick<RegistrationFields, 'year' | 'registeredOn'>, kind: RegistrableKind): void {
  if (!r.registeredOn.startsWith(`${r.year}-`)) throw fieldError(['registeredOn'], `Ngày đăng ký phải thuộc năm ${r.year}.`);
  const { to } = evaluationPeriod(kind, r.year);
  if (r.registeredOn > to)
    throw fieldError(['registeredOn'], `Kỳ đánh giá năm ${r.year} kết thúc ngày ${formatVnDate(to)}; không đăng ký sau ngày đó.`);
}

/**
 * Recognition (công nhận) follows an assessment of đạt: decision fields are refused otherwise, and the
 * decision is dated on or after the evaluation period's last day and the registration.
 */
export function assertRecognition(r: RegistrationFields, kind: RegistrableKind): void {
  const decision = (['decisionNumber', 'decisionDate', 'recognisedBy'] as const).filter((k) => r[k] !== null);
  if (r.assessment !== 'passed' && decision.length > 0) {
    throw fieldError([decision[0] ?? 'decisionNumber'], 'Chỉ ghi quyết định công nhận khi kết quả đánh giá là Đạt.');
  }
  if (r.decisionDate === null) return;
  const { to } = evaluationPeriod(kind, r.year);
  if (r.decisionDate < to) {
    throw fieldError(['decisionDate'], `Quyết định công nhận phải từ ngày kết thúc kỳ đánh giá (${formatVnDate(to)}) trở đi.`);
  }
}

/** Points come from scoring, so a registration not yet assessed has none. */
export function assertPointsWhenAssessed(r: Pick<RegistrationFields, 'assessment' | 'points'>): void {
  if (r.assessment === 'pending' && r.points !== null) throw fieldError(['points'], 'Chưa đánh giá thì chưa có số điểm.');
}
