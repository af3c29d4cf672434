import type { Migration } from '../db/migrations';
import { joinStepParts } from '../db/migration-parts';
import { catalogueMigrations } from '../catalogues';
import { commendationsMigrations } from '../commendations';
import { modelsMigrations } from '../models';
import { outcomesMigrations } from '../outcomes';
import { registrationsMigrations } from '../registrations';
import { sessionsMigrations } from '../sessions';
import { systemMigrations } from '../system';
import { unitsMigrations } from '../units';
import { certificatesMigrations } from '../certificates';

/**
 * Every schema step, by version. Ranges per domain keep parallel work from colliding:
 * 1–9 system · 10–19 units and catalogues · 20–29 models · 30–39 sessions · 40–49 outcomes ·
 * 50–59 registrations · 60–69 commendations · 70–79 certificates · 80–89 report indexes. Steps 80 and 81
 * were released from reports/; the domains that own the tables now declare them, and step 80's parts
 * (one per table) are joined back into one step (db/migration-parts.ts).
 */
export const migrations: readonly Migration[] = joinStepParts([
  ...systemMigrations,
  ...unitsMigrations,
  ...catalogueMigrations,
  ...modelsMigrations,
  ...sessionsMigrations,
  ...outcomesMigrations,
  ...registrationsMigrations,
  ...commendationsMigrations,
  ...certificatesMigrations,
]);
