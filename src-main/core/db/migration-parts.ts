import type { Migration } from './migrations';

/**
 * Joins the parts of one schema step. A step released over several domains' tables (step 80, the
 * report indexes) is declared by each domain as a part on its own table, with the step's version and
 * name; joined, the parts run as one step in one transaction, in list order, as they were released.
 * Two entries on one version with different names are two steps colliding, a programming error, and
 * are left for pendingMigrations to refuse. Returns the steps sorted by version.
 */
export function joinStepParts(migrations: readonly Migration[]): Migration[] {
  const steps: Migration[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    const prev = steps.at(-1);
    if (prev && prev.version === m.version && prev.name === m.name) {
      steps[steps.length - 1] = { ...prev, sql: `${prev.sql}\n${m.sql}` };
    } else {
      steps.push(m);
    }
  }
  return steps;
}
