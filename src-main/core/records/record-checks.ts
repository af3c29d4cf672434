import { AppError, type FieldIssue } from '../api/errors';

/**
 * Runs every check and throws one VALIDATION error with all their issues, so a pasted row shows each
 * bad cell at once rather than one per attempt. A non-validation error (NOT_FOUND…) passes through.
 */
export function runChecks(checks: readonly (() => void)[]): void {
  const issues: FieldIssue[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION') throw err;
      issues.push(...(err.issues ?? [{ path: [], message: err.message }]));
    }
  }
  if (issues.length === 0) return;
  const first = issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
  throw new AppError('VALIDATION', issues.length > 1 ? `Dữ liệu chưa hợp lệ (${issues.length} lỗi): ${first}` : first, issues);
}

/** The record as it will be after a patch: absent fields keep the stored value. */
export function applyPatch<F extends object>(stored: F, patch: Partial<F>): F {
  const next = { ...stored };
  for (const key of Object.keys(patch) as (keyof F)[]) {
    const value = patch[key];
    if (value !== undefined) next[key] = value as F[keyof F];
  }
  return next;
}

/** True when a stored record exists and its field equals the new value (a kept value needs no re-check). */
export function unchanged<F extends object, K extends keyof F>(stored: F | null, next: F, key: K): boolean {
  return stored !== null && stored[key] === next[key];
}
