import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type SessionInfo = Schemas['SessionInfo'];
export type Problem = Schemas['Problem'];

/** A problem+json answer from the API, thrown so TanStack Query can show it. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  /** The message for one form field (`body.email` → `email`), if the server named it. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === `body.${field}` || e.field === field)?.message;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** The CSRF token from the latest SessionInfo; sent on every mutation. */
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
export const setOnUnauthenticated = (fn: () => void) => {
  onUnauthenticated = fn;
};

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !['GET', 'HEAD', 'OPTIONS'].includes(request.method))
      request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    const isSessionProbe = new URL(request.url).pathname === '/api/auth/session';
    if (response.status === 401 && !isSessionProbe && onUnauthenticated) onUnauthenticated();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/** Unwraps an openapi-fetch result: the data, or an ApiError with the server's problem. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  const e = error as Partial<Problem> | undefined;
  throw new ApiError({
    type: e?.type ?? 'about:blank',
    title: e?.title ?? response.statusText,
    status: e?.status ?? response.status,
    detail: e?.detail ?? `The server answered ${response.status}`,
    code: e?.code ?? 'unknown',
    errors: e?.errors,
    requestId: e?.requestId,
    instance: e?.instance,
    rule: e?.rule,
  });
}
