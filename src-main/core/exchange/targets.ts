import { MINISTRY_OFFICE_ID } from '../../contract/exchange/office';
import { AppError } from '../api/errors';
import type { VerifiedPackage } from './package-read.repo';
import type { TravelTarget } from './travel';
import { outcomesTarget, registrationsTarget, sessionsTarget } from './travel-kinds.repo';
import { decisionsTarget, documentsTarget } from './travel-commendations.repo';
import { recipientsTarget } from './travel-recipients.repo';
import { modelsTarget } from './travel-models.repo';

/**
 * Every travelling kind, in the order a receiver writes them: models first, because sessions and outcomes
 * refer to them, and commendation decisions before their documents and recipients (deletes run in the
 * reverse order). Commendations travel only to the Ministry (`onlyToMinistry`).
 */
export const TRAVEL_TARGETS: readonly TravelTarget[] = [
  modelsTarget,
  sessionsTarget,
  outcomesTarget,
  registrationsTarget,
  decisionsTarget,
  documentsTarget,
  recipientsTarget,
];

/** The kinds a package to `receiver` carries: every kind to the Ministry, the others' kinds to anyone else. */
export function targetsTo(receiver: string): readonly TravelTarget[] {
  return receiver === MINISTRY_OFFICE_ID ? TRAVEL_TARGETS : TRAVEL_TARGETS.filter((t) => !t.onlyToMinistry);
}

export function targetNamed(name: string): TravelTarget | undefined {
  return TRAVEL_TARGETS.find((t) => t.name === name);
}

/**
 * The kinds an import of `pkg` plans: those a package to its receiver carries. Commendations in a package
 * to anyone but the Ministry are refused: no build of the program makes one. A kind the manifest does not
 * count, and of which the package holds nothing, is one the sender's program did not know yet (a package
 * made before commendations travelled): nothing of it is added or deleted here.
 */
export function targetsOfPackage(pkg: VerifiedPackage): readonly TravelTarget[] {
  const m = pkg.manifest;
  const allowed = targetsTo(m.receiver);
  const carried = pkg.kinds();
  for (const t of TRAVEL_TARGETS) {
    if (allowed.includes(t) || !carried.has(t.name)) continue;
    throw new AppError(
      'VALIDATION',
      `Gói của "${m.sender.name}" mang ${t.label.toLowerCase()}, nhưng khen thưởng chỉ đi trong gói của tỉnh gửi Bộ (quyết định của cấp tỉnh hoặc của Bộ). Không nhận gói này; hãy xin đơn vị gửi lại gói do chương trình tạo.`,
    );
  }
  return allowed.filter((t) => t.name in m.counts || carried.has(t.name));
}
