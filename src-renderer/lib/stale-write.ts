import type { ApiError } from '../../src-main/contract';

/**
 * The record as it is now, from a save refused as stale (CONFLICT: the core sends it in `error.current`),
 * or null for any other failure. `isRecord` checks the shape the caller reads.
 */
export function conflictRecord<T>(error: Pick<ApiError, 'code' | 'current'>, isRecord: (v: unknown) => v is T): T | null {
  if (error.code !== 'CONFLICT') return null;
  return isRecord(error.current) ? error.current : null;
}

/** True for a record carrying an id and a version: the shape of every record a versioned write answers with. */
export function isVersioned(v: unknown): v is { id: string; version: number } {
  return typeof v === 'object' && v !== null && 'id' in v && typeof v.id === 'string' && 'version' in v && typeof v.version === 'number';
}

/** A refused write: the message, and for a stale one the record as it is now. */
export interface WriteRefusal<T> {
  message: string;
  current: T | null;
}
