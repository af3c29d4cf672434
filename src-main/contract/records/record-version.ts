import { z } from 'zod';

/**
 * Optimistic concurrency, shared by every domain: each record carries `version` (1 when created, +1 on
 * each write) and a write may say which version it was made against. A stale `expectedVersion` means
 * another window or tab saved first; the core refuses it with CONFLICT and the current record, so the
 * clerk chooses instead of the last save silently winning.
 */

/** A record's version in an output. */
export const recordVersion = z.number().int().min(1);

/** The version a write was made against; absent: the write does not check (scripts, imports). */
export const expectedVersion = z
  .number({ error: 'Phiên bản của bản ghi (expectedVersion) phải là số nguyên.' })
  .int('Phiên bản của bản ghi (expectedVersion) phải là số nguyên.')
  .min(1, 'Phiên bản của bản ghi (expectedVersion) phải từ 1 trở lên.')
  .optional();

/** The field a write input adds for the check. */
export const versionCheck = { expectedVersion };
