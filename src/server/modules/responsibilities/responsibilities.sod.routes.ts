import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZDecideSodExceptionRequest,
  ZRequestSodExceptionRequest,
  ZSodConflictPage,
  ZSodConflictQuery,
  ZSodException,
  ZSodExceptionListQuery,
  ZSodExceptionPage,
  ZSodRuleList,
} from '../../../contracts/sod.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { SodService } from './responsibilities.sod.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const tags = ['responsibilities'];

export const sodRoutes: FastifyPluginAsyncZod<{ sod: SodService }> = async (app, { sod }) => {
  app.get('/api/sod/rules', {
    schema: {
      tags,
      operationId: 'listSodRules',
      summary: 'The segregation-of-duties rules Remit enforces, with their ids and sources',
      response: { 200: ZSodRuleList, ...errors },
    },
    handler: async (req) => sod.rules(actorOf(req)),
  });

  app.get('/api/sod/conflicts', {
    schema: {
      tags,
      operationId: 'listSodConflicts',
      summary: 'Standing conflicts: one person holding two assignments a rule forbids together, in overlapping scopes',
      querystring: ZSodConflictQuery,
      response: { 200: ZSodConflictPage, ...errors },
    },
    handler: async (req) => sod.conflicts(actorOf(req), req.query),
  });

  app.get('/api/sod/exceptions', {
    schema: {
      tags,
      operationId: 'listSodExceptions',
      summary: 'Segregation-of-duties exceptions, newest request first',
      querystring: ZSodExceptionListQuery,
      response: { 200: ZSodExceptionPage, ...errors },
    },
    handler: async (req) => sod.listExceptions(actorOf(req), req.query),
  });

  app.post('/api/sod/exceptions', {
    schema: {
      tags,
      operationId: 'requestSodException',
      summary: 'Request a time-limited exception with a compensating control (ISM)',
      body: ZRequestSodExceptionRequest,
      response: { 201: ZSodException, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await sod.requestException(actorOf(req), req.body, metaOf(req))),
  });

  app.get('/api/sod/exceptions/:id', {
    schema: {
      tags,
      operationId: 'getSodException',
      summary: 'One segregation-of-duties exception',
      params: IdParams,
      response: { 200: ZSodException, ...errors },
    },
    handler: async (req) => sod.getException(actorOf(req), req.params.id),
  });

  app.post('/api/sod/exceptions/:id/approve', {
    schema: {
      tags,
      operationId: 'approveSodException',
      summary: 'Approve a requested exception (Top Management; never the person it covers: SOD-00)',
      params: IdParams,
      body: ZDecideSodExceptionRequest,
      response: { 200: ZSodException, ...errors },
    },
    handler: async (req) => sod.approve(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.post('/api/sod/exceptions/:id/reject', {
    schema: {
      tags,
      operationId: 'rejectSodException',
      summary: 'Reject a requested exception (Top Management; never the person it covers: SOD-00)',
      params: IdParams,
      body: ZDecideSodExceptionRequest,
      response: { 200: ZSodException, ...errors },
    },
    handler: async (req) => sod.reject(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.post('/api/sod/exceptions/:id/revoke', {
    schema: {
      tags,
      operationId: 'revokeSodException',
      summary: 'Withdraw a requested or approved exception before it ends (ISM or Top Management)',
      params: IdParams,
      body: ZDecideSodExceptionRequest,
      response: { 200: ZSodException, ...errors },
    },
    handler: async (req) => sod.revoke(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
