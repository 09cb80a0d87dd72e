import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.js';
import { AppError } from '../core/app-error.js';
import type { CallMeta } from '../core/deps.js';
import type { Authenticated, SessionService } from '../modules/identity/identity.sessions.service.js';
import { safeEqual } from '../modules/identity/identity.rules.js';

export const SESSION_COOKIE = 'remit_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
  interface FastifyContextConfig {
    /** `public` routes skip authentication; everything else under /api needs it. */
    auth?: 'public';
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The API docs UI and its assets are public, like the OpenAPI document they render. */
const isDocs = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/') || url.startsWith('/api/docs?');

/** Authenticates every /api request before its body is parsed: 401 comes before any validation. */
export function registerAuthentication(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || isDocs(request.url)) return;
    if (request.routeOptions.config.auth === 'public') {
      // Public routes still see who is signed in (logout, session info), without requiring it.
      request.auth = await identify(request, sessions);
      return;
    }
    if (request.routeOptions.url === undefined) return; // unknown route: 404 handler answers
    const auth = await identify(request, sessions);
    if (!auth) throw new AppError('unauthenticated', 'Sign in, or send an API token as Authorization: Bearer <token>');
    request.auth = auth;
    if (SAFE_METHODS.has(request.method)) return;
    if (auth.actor.via === 'token' && auth.actor.tokenScope === 'read') {
      throw new AppError('token_scope', 'This API token is read-only');
    }
    if (auth.actor.via === 'session') {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !auth.csrfToken || !safeEqual(sent, auth.csrfToken)) {
        throw new AppError('csrf_failed', `Send the csrfToken from /api/auth/session in the ${CSRF_HEADER} header`);
      }
    }
  });
}

async function identify(request: FastifyRequest, sessions: SessionService): Promise<Authenticated | null> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('unauthenticated', 'Authorization must be "Bearer <token>"');
    const auth = await sessions.fromApiToken(match[1]);
    if (!auth) throw new AppError('unauthenticated', 'The API token is unknown, expired or revoked');
    return auth;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? sessions.fromSessionToken(cookie) : null;
}

/** The signed-in actor of a route that requires authentication. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in first');
  return request.auth.actor;
}

export function metaOf(request: FastifyRequest): CallMeta {
  const ua = request.headers['user-agent'];
  return { requestId: String(request.id), ip: request.ip, userAgent: typeof ua === 'string' ? ua : null };
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
