import type { ApiError, ErrorCode, FieldIssue } from '../../contract/errors';

export type { ApiError, ErrorCode, FieldIssue };

/** Thrown by rules and handlers; the dispatcher turns it into `{ok: false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): ApiError {
    const out: ApiError = { code: this.code, message: this.message };
    if (this.issues) out.issues = this.issues;
    if (this.current !== undefined) out.current = this.current;
    return out;
  }
}

/** Shorthand for a validation failure on one field. */
export function fieldError(path: (string | number)[], message: string): AppError {
  return new AppError('VALIDATION', message, [{ path, message }]);
}
