/** Stable error codes; http/errors.ts maps each to a status. */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'invalid_credentials'
  | 'account_locked'
  | 'forbidden'
  | 'csrf_failed'
  | 'token_scope'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'sod_violation'
  | 'setup_closed'
  | 'payload_too_large'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'unsupported_dialect'
  | 'internal_error';

export type FieldError = { field: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly errors?: FieldError[];
  readonly rule?: string;

  constructor(code: ErrorCode, message: string, extra: { errors?: FieldError[]; rule?: string } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = extra.errors;
    this.rule = extra.rule;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
