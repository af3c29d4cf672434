/**
 * The one error shape of the API. `message` is Vietnamese text for the user; technical detail stays in logs.
 * DISK_FULL: the disk holding the database is full; nothing was changed, and writes keep being refused
 * until space is freed (what was saved before is safe).
 * EXISTS: a new entry whose key already has a record (an outcome's unit and month) and no say on what to do
 * with it; the caller asks the clerk and calls again with a mode (replace, add, skip).
 */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'EXISTS' | 'UNAUTHORIZED' | 'DISK_FULL' | 'INTERNAL';

/** One field's problem, with the path into the input (e.g. ['rows', 3, 'name']). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** An API failure as every transport returns it. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** With CONFLICT from a write with a stale `expectedVersion`: the record as it is now, to show beside the clerk's values. */
  current?: unknown;
}
