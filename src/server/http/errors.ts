import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { TProblem } from '../../contracts/common.js';
import { type ErrorCode, type FieldError, isAppError } from '../core/app-error.js';

/** The one map from domain error codes to HTTP statuses. */
export const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 429,
  forbidden: 403,
  csrf_failed: 403,
  token_scope: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  sod_violation: 409,
  setup_closed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unsupported_dialect: 400,
  internal_error: 500,
};

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign-in required',
  invalid_credentials: 'Sign-in failed',
  account_locked: 'Account temporarily locked',
  forbidden: 'Not allowed',
  csrf_failed: 'Missing or wrong CSRF token',
  token_scope: 'The API token does not allow this',
  not_found: 'Not found',
  conflict: 'Conflict',
  version_conflict: 'Edited by someone else',
  sod_violation: 'Segregation of duties',
  setup_closed: 'Setup already done',
  payload_too_large: 'Request body too large',
  unsupported_media_type: 'Unsupported content type',
  rate_limited: 'Too many requests',
  unsupported_dialect: 'Not supported on this database',
  internal_error: 'Something went wrong on our side',
};

export function problem(code: ErrorCode, detail: string, extra: Partial<TProblem> = {}): TProblem {
  return {
    type: `https://remit.dev/problems/${code}`,
    title: TITLES[code],
    status: STATUS[code],
    detail,
    code,
    ...extra,
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, p: TProblem): FastifyReply {
  return reply
    .code(p.status)
    .type('application/problem+json')
    .send({ ...p, instance: request.url.split('?')[0], requestId: String(request.id) });
}

/** Turns any thrown error into problem+json; only unexpected ones are logged as errors. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isAppError(error)) {
    return sendProblem(reply, request, problem(error.code, error.message, { errors: error.errors, rule: error.rule }));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const issues = error.validation as unknown as {
      instancePath: string;
      message?: string;
      params: { keys?: unknown };
    }[];
    const errors: FieldError[] = issues.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const keys = Array.isArray(v.params.keys) ? v.params.keys.map(String) : [];
      const field = keys.length > 0 ? keys.map((k) => (path ? `${path}.${k}` : k)).join(', ') : path;
      return { field: field ? `${where}.${field}` : where, message: v.message ?? 'invalid' };
    });
    return sendProblem(
      reply,
      request,
      problem('validation_failed', `The ${where} has ${errors.length} invalid field(s)`, { errors }),
    );
  }
  if (isResponseSerializationError(error)) {
    request.log.error({ err: error }, 'response did not match its schema');
    return sendProblem(reply, request, problem('internal_error', 'The server produced an invalid response'));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendProblem(reply, request, problem('payload_too_large', error.message));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendProblem(
        reply,
        request,
        problem('unsupported_media_type', 'Send JSON with Content-Type: application/json'),
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendProblem(
        reply,
        request,
        problem('validation_failed', 'The body is not valid JSON', {
          errors: [{ field: 'body', message: error.message }],
        }),
      );
    default:
      break;
  }
  if (error.statusCode === 429)
    return sendProblem(reply, request, problem('rate_limited', 'Too many requests; wait a minute and try again'));
  if (
    error instanceof SyntaxError ||
    (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
  ) {
    return sendProblem(
      reply,
      request,
      problem('validation_failed', error.message, { status: error.statusCode ?? 400 }),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, problem('internal_error', 'The error was logged with this request id'));
}
