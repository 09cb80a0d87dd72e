import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import { ping, type Db } from '../../db/database.js';
import { problem } from '../../http/errors.js';

export const systemRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/healthz', {
    config: { auth: 'public' },
    schema: {
      tags: ['system'],
      operationId: 'liveness',
      summary: 'Liveness: the process answers',
      security: [],
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: () => ({ status: 'ok' as const }),
  });
  app.get('/readyz', {
    config: { auth: 'public' },
    schema: {
      tags: ['system'],
      operationId: 'readiness',
      summary: 'Readiness: the database answers',
      security: [],
      response: { 200: z.object({ status: z.literal('ready') }), 503: ZProblem },
    },
    handler: async (req, reply) => {
      if (await ping(db)) return { status: 'ready' as const };
      return reply
        .code(503)
        .type('application/problem+json')
        .send({
          ...problem('internal_error', 'The database does not answer'),
          status: 503,
          instance: '/readyz',
          requestId: String(req.id),
        });
    },
  });
  app.get('/api/openapi.json', {
    config: { auth: 'public' },
    schema: { hide: true },
    handler: () => app.swagger(),
  });
};
