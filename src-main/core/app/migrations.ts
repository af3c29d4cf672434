import type { Migration } from '../db/migrations';
import { catalogueMigrations } from '../catalogues';
import { commendationsMigrations } from '../commendations';
import { modelsMigrations } from '../models';
import { outcomesMigrations } from '../outcomes';
import { registrationsMigrations } from '../registrations';
import { reportsMigrations } from '../reports';
import { sessionsMigrations } from '../sessions';
import { systemMigrations } from '../system';
import { unitsMigrations } from '../units';
import { certificatesMigrations } from '../certificates';

/**
 * Every schema step, by version. Ranges per domain keep parallel work from colliding:
 * 1–9 system · 10–19 units and catalogues · 20–29 models · 30–39 sessions · 40–49 outcomes ·
 * 50–59 registrations · 60–69 commendations · 70–79 certificates · 80–89 reports.
 */
export const migrations: readonly Migration[] = [
  ...systemMigrations,
  ...unitsMigrations,
  ...catalogueMigrations,
  ...modelsMigrations,
  ...sessionsMigrations,
  ...outcomesMigrations,
  ...registrationsMigrations,
  ...commendationsMigrations,
  ...certificatesMigrations,
  ...reportsMigrations,
].sort((a, b) => a.version - b.version);
