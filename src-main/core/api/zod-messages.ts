import { z } from 'zod';
import type { FieldIssue } from './errors';

// Zod ships Vietnamese messages; schemas override them per field where a plainer sentence helps the clerk.
z.config(z.locales.vi());

/** Zod's issues as the API's field issues (path + Vietnamese message). */
export function zodIssuesToVietnamese(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: issue.message,
  }));
}
