import type { ApiError, ErrorCode, FieldIssue } from '../../contract/errors';

export type { ApiError, ErrorCode, FieldIssue };

/** Thrown by rules and handlers; the dispatcher turns it into `{ok: false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): ApiError {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

/** Shorthand for a validation failure on one field. */
export function fieldError(path: (string | number)[], message: string): AppError {
  return new AppError('VALIDATION', message, [{ path, message }]);
}
