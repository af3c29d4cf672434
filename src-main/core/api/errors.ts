/** The one error shape of the API. `message` is Vietnamese text for the user; technical detail stays in logs. */
export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHORIZED' | 'INTERNAL';

/** One field's problem, with the path into the input (e.g. ['rows', 3, 'name']). */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

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
