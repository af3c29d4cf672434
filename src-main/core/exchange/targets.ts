import type { TravelTarget } from './travel';
import { outcomesTarget, registrationsTarget, sessionsTarget } from './travel-kinds.repo';
import { modelsTarget } from './travel-models.repo';

/**
 * Every travelling kind, in the order a receiver writes them: models first, because sessions and outcomes
 * refer to them (deletes run in the reverse order). Commendations stay at the office that decided them.
 */
export const TRAVEL_TARGETS: readonly TravelTarget[] = [modelsTarget, sessionsTarget, outcomesTarget, registrationsTarget];

export function targetNamed(name: string): TravelTarget | undefined {
  return TRAVEL_TARGETS.find((t) => t.name === name);
}
