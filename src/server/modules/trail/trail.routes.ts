import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZProblem } from '../../../contracts/common.js';
import { ZTrailPage, ZTrailQuery, ZTrailVerification } from '../../../contracts/trail.js';
import { actorOf } from '../../http/auth.js';
import type { TrailService } from './trail.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem };

export const trailRoutes: FastifyPluginAsyncZod<{ trail: TrailService }> = async (app, { trail }) => {
  app.get('/api/trail', {
    schema: {
      tags: ['trail'],
      operationId: 'listTrail',
      summary: 'Trail events, newest first, filtered',
      querystring: ZTrailQuery,
      response: { 200: ZTrailPage, ...errors },
    },
    handler: async (req) => trail.list(actorOf(req), req.query),
  });
  app.get('/api/trail/verify', {
    schema: {
      tags: ['trail'],
      operationId: 'verifyTrail',
      summary: 'Recompute the hash chain; names the first broken sequence number',
      response: { 200: ZTrailVerification, ...errors },
    },
    handler: async (req) => trail.verify(actorOf(req)),
  });
};
