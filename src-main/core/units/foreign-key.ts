import { AppError } from '../api/errors';

/**
 * True for SQLite's foreign-key refusal. Every domain declares `REFERENCES units(id)` (or
 * catalogue_entries) without cascade, so this error is how a delete learns a record still uses the row,
 * without this module knowing the other domains' tables.
 */
export function isForeignKeyViolation(err: unknown): boolean {
  return err instanceof Error && /FOREIGN KEY constraint failed/i.test(err.message);
}

/** Runs a delete, turning a foreign-key refusal into a Vietnamese CONFLICT with `message`. */
export function deleteOrConflict<T>(run: () => T, message: string): T {
  try {
    return run();
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new AppError('CONFLICT', message);
    throw err;
  }
}
