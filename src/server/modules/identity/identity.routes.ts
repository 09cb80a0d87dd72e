import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOk, ZProblem } from '../../../contracts/common.js';
import {
  ZAccount,
  ZAccountListQuery,
  ZAccountPage,
  ZApiToken,
  ZChangePasswordRequest,
  ZCreateAccountRequest,
  ZCreateApiTokenRequest,
  ZCreatedApiToken,
  ZLoginRequest,
  ZSessionInfo,
  ZSessionSummary,
  ZSetupRequest,
  ZUpdateAccountRequest,
} from '../../../contracts/identity.js';
import type { Config } from '../../config.js';
import { actorOf, clearSessionCookie, metaOf, setSessionCookie } from '../../http/auth.js';
import type { AccountService } from './identity.accounts.service.js';
import { csrfFor } from './identity.rules.js';
import type { SessionService } from './identity.sessions.service.js';
import type { SetupService } from './identity.setup.service.js';
import type { TokenService } from './identity.tokens.service.js';

type Services = {
  sessions: SessionService;
  tokens: TokenService;
  accounts: AccountService;
  setup: SetupService;
  config: Config;
};

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem, 429: ZProblem };
const IdParams = z.object({ id: z.uuid() });

export const identityRoutes: FastifyPluginAsyncZod<Services> = async (
  app,
  { sessions, tokens, accounts, setup, config },
) => {
  const rateLimit = { max: config.login.ratePerMinute, timeWindow: '1 minute' };

  app.post('/api/auth/login', {
    config: { auth: 'public', rateLimit },
    schema: {
      tags: ['auth'],
      operationId: 'login',
      summary: 'Sign in with email and password; sets the session cookie',
      security: [],
      body: ZLoginRequest,
      response: { 200: ZSessionInfo, ...errors },
    },
    handler: async (req, reply) => {
      const { token, expiresAt } = await sessions.login(req.body, metaOf(req));
      setSessionCookie(reply, token, expiresAt, config.secureCookies);
      const auth = await sessions.fromSessionToken(token);
      if (!auth) throw new Error('a session just opened is not usable');
      return sessions.sessionInfo({ ...auth, csrfToken: csrfFor(token) });
    },
  });

  app.post('/api/auth/logout', {
    schema: {
      tags: ['auth'],
      operationId: 'logout',
      summary: 'Sign out this session',
      response: { 200: ZOk, ...errors },
    },
    handler: async (req, reply) => {
      await sessions.logout(actorOf(req), metaOf(req));
      clearSessionCookie(reply, config.secureCookies);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/logout-everywhere', {
    schema: {
      tags: ['auth'],
      operationId: 'logoutEverywhere',
      summary: 'Revoke every session of your account',
      response: { 200: z.object({ revoked: z.number().int() }), ...errors },
    },
    handler: async (req, reply) => {
      const revoked = await sessions.logoutEverywhere(actorOf(req), metaOf(req));
      clearSessionCookie(reply, config.secureCookies);
      return { revoked };
    },
  });

  app.get('/api/auth/session', {
    schema: {
      tags: ['auth'],
      operationId: 'getSession',
      summary: 'Who is signed in, what they may use, and the CSRF token',
      response: { 200: ZSessionInfo, ...errors },
    },
    handler: async (req) => {
      actorOf(req);
      return sessions.sessionInfo(req.auth!);
    },
  });

  app.get('/api/setup', {
    config: { auth: 'public' },
    schema: {
      tags: ['setup'],
      operationId: 'getSetupStatus',
      summary: 'Whether first-start setup is still open, and the sign-in page texts',
      security: [],
      response: {
        200: z
          .object({ needsSetup: z.boolean(), organisationName: z.string(), sessionBanner: z.string() })
          .meta({ id: 'PublicInfo' }),
      },
    },
    handler: () => setup.status(),
  });

  app.post('/api/setup', {
    config: { auth: 'public', rateLimit },
    schema: {
      tags: ['setup'],
      operationId: 'completeSetup',
      summary: 'Create the organisation and its first administrator with the one-time setup token',
      security: [],
      body: ZSetupRequest,
      response: { 200: ZSessionInfo, ...errors },
    },
    handler: async (req, reply) => {
      const { session } = await setup.complete(req.body, metaOf(req));
      setSessionCookie(reply, session.token, session.expiresAt, config.secureCookies);
      const auth = await sessions.fromSessionToken(session.token);
      if (!auth) throw new Error('a session just opened is not usable');
      return sessions.sessionInfo(auth);
    },
  });

  app.post('/api/account/password', {
    schema: {
      tags: ['account'],
      operationId: 'changePassword',
      summary: 'Change your password; your other sessions are signed out',
      body: ZChangePasswordRequest,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => {
      await sessions.changePassword(actorOf(req), req.body.currentPassword, req.body.newPassword, metaOf(req));
      return { ok: true as const };
    },
  });

  app.get('/api/account/sessions', {
    schema: {
      tags: ['account'],
      operationId: 'listMySessions',
      summary: 'Your signed-in sessions',
      response: { 200: z.object({ items: z.array(ZSessionSummary) }), ...errors },
    },
    handler: async (req) => ({ items: await sessions.listSessions(actorOf(req)) }),
  });

  app.delete('/api/account/sessions/:id', {
    schema: {
      tags: ['account'],
      operationId: 'revokeMySession',
      summary: 'Sign out one of your sessions',
      params: IdParams,
      response: { 200: ZOk, ...errors },
    },
    handler: async (req) => {
      await sessions.revokeOwnSession(actorOf(req), req.params.id, metaOf(req));
      return { ok: true as const };
    },
  });

  app.get('/api/account/tokens', {
    schema: {
      tags: ['account'],
      operationId: 'listMyTokens',
      summary: 'Your API tokens',
      response: { 200: z.object({ items: z.array(ZApiToken) }), ...errors },
    },
    handler: async (req) => ({ items: await tokens.list(actorOf(req)) }),
  });

  app.post('/api/account/tokens', {
    schema: {
      tags: ['account'],
      operationId: 'createMyToken',
      summary: 'Create an API token; the secret is shown once',
      body: ZCreateApiTokenRequest,
      response: { 201: ZCreatedApiToken, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await tokens.create(actorOf(req), req.body, metaOf(req))),
  });

  app.delete('/api/account/tokens/:id', {
    schema: {
      tags: ['account'],
      operationId: 'revokeMyToken',
      summary: 'Revoke one of your API tokens',
      params: IdParams,
      response: { 200: ZApiToken, ...errors },
    },
    handler: async (req) => tokens.revoke(actorOf(req), req.params.id, metaOf(req)),
  });

  app.get('/api/admin/accounts', {
    schema: {
      tags: ['admin'],
      operationId: 'listAccounts',
      summary: 'User accounts (platform admin)',
      querystring: ZAccountListQuery,
      response: { 200: ZAccountPage, ...errors },
    },
    handler: async (req) => accounts.list(actorOf(req), req.query),
  });

  app.post('/api/admin/accounts', {
    schema: {
      tags: ['admin'],
      operationId: 'createAccount',
      summary: 'Create a user account and its person',
      body: ZCreateAccountRequest,
      response: { 201: ZAccount, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await accounts.create(actorOf(req), req.body, metaOf(req))),
  });

  app.get('/api/admin/accounts/:id', {
    schema: {
      tags: ['admin'],
      operationId: 'getAccount',
      summary: 'One user account',
      params: IdParams,
      response: { 200: ZAccount, ...errors },
    },
    handler: async (req) => accounts.get(actorOf(req), req.params.id),
  });

  app.patch('/api/admin/accounts/:id', {
    schema: {
      tags: ['admin'],
      operationId: 'updateAccount',
      summary: 'Disable, enable, unlock, or change admin rights of an account',
      params: IdParams,
      body: ZUpdateAccountRequest,
      response: { 200: ZAccount, ...errors },
    },
    handler: async (req) => accounts.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
