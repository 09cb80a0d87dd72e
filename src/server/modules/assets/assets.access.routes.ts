import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAccessRequest,
  ZAccessRequestListQuery,
  ZAccessRequestPage,
  ZAccessRequestStep,
  ZCreateAccessRequest,
  ZDecideAccessRequest,
} from '../../../contracts/assets.js';
import { ZProblem } from '../../../contracts/common.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { AccessRequestService } from './assets.access.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const tags = ['access'];

/** Access requests: anyone asks, the asset owner decides, an administrator provisions and revokes. */
export const accessRequestRoutes: FastifyPluginAsyncZod<{ requests: AccessRequestService }> = async (
  app,
  { requests },
) => {
  app.get('/api/access-requests', {
    schema: {
      tags,
      operationId: 'listAccessRequests',
      summary: 'Access requests: yours, those waiting for your decision, provisioning or revocation, or all',
      querystring: ZAccessRequestListQuery,
      response: { 200: ZAccessRequestPage, ...errors },
    },
    handler: async (req) => requests.list(actorOf(req), req.query),
  });
  app.post('/api/access-requests', {
    schema: {
      tags,
      operationId: 'createAccessRequest',
      summary: 'Request access to an asset, for yourself or someone else',
      body: ZCreateAccessRequest,
      response: { 201: ZAccessRequest, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await requests.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/access-requests/:id', {
    schema: {
      tags,
      operationId: 'getAccessRequest',
      summary: 'One access request (its requester, beneficiary, the asset owner, administrators, ISM, auditors)',
      params: IdParams,
      response: { 200: ZAccessRequest, ...errors },
    },
    handler: async (req) => requests.get(actorOf(req), req.params.id),
  });
  app.post('/api/access-requests/:id/decision', {
    schema: {
      tags,
      operationId: 'decideAccessRequest',
      summary: 'Approve or reject (the asset owner; never the requester or beneficiary: SOD-02)',
      params: IdParams,
      body: ZDecideAccessRequest,
      response: { 200: ZAccessRequest, ...errors },
    },
    handler: async (req) => requests.decide(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/access-requests/:id/provision', {
    schema: {
      tags,
      operationId: 'provisionAccessRequest',
      summary:
        'Mark approved access as given (a system administrator of the asset; not its approver for privileged access: SOD-03)',
      params: IdParams,
      body: ZAccessRequestStep,
      response: { 200: ZAccessRequest, ...errors },
    },
    handler: async (req) => requests.provision(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/access-requests/:id/revoke', {
    schema: {
      tags,
      operationId: 'revokeAccessRequest',
      summary: 'Mark provisioned access as taken away (a system administrator of the asset)',
      params: IdParams,
      body: ZAccessRequestStep,
      response: { 200: ZAccessRequest, ...errors },
    },
    handler: async (req) => requests.revoke(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/access-requests/:id/cancel', {
    schema: {
      tags,
      operationId: 'cancelAccessRequest',
      summary: 'Withdraw a request not yet provisioned (its requester)',
      params: IdParams,
      body: ZAccessRequestStep,
      response: { 200: ZAccessRequest, ...errors },
    },
    handler: async (req) => requests.cancel(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
