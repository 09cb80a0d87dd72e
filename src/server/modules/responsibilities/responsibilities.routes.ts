import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZAcknowledgeRequest,
  ZAsOf,
  ZAssignment,
  ZAssignmentListQuery,
  ZAssignmentPage,
  ZAssignRequest,
  ZConfirmHandoverRequest,
  ZCoverage,
  ZCoverageItemPage,
  ZCoverageItemsQuery,
  ZCoverageQuery,
  ZCreateRoleRequest,
  ZEndAssignmentRequest,
  ZHandover,
  ZHandoverListQuery,
  ZHandoverPage,
  ZMyResponsibilities,
  ZRole,
  ZRoleKey,
  ZRoleList,
  ZStandInRequest,
  ZUpdateRoleRequest,
} from '../../../contracts/responsibilities.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { AssignmentService } from './responsibilities.assignments.service.js';
import type { CoverageService } from './responsibilities.coverage.service.js';
import type { HandoverService } from './responsibilities.handover.service.js';
import type { RoleService } from './responsibilities.roles.service.js';

type Services = {
  roles: RoleService;
  assignments: AssignmentService;
  coverage: CoverageService;
  handovers: HandoverService;
};

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const KeyParams = z.object({ key: ZRoleKey });
const AsOfQuery = z.object({ asOf: ZAsOf.optional() });

export const responsibilitiesRoutes: FastifyPluginAsyncZod<Services> = async (
  app,
  { roles, assignments, coverage, handovers },
) => {
  app.get('/api/roles', {
    schema: {
      tags: ['roles'],
      operationId: 'listRoles',
      summary: 'The role catalogue with current holder and deputy counts',
      querystring: AsOfQuery,
      response: { 200: ZRoleList, ...errors },
    },
    handler: (req) => roles.list(actorOf(req), req.query),
  });
  app.post('/api/roles', {
    schema: {
      tags: ['roles'],
      operationId: 'createRole',
      summary: 'Add a custom role (ISM)',
      body: ZCreateRoleRequest,
      response: { 201: ZRole, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await roles.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/roles/:key', {
    schema: {
      tags: ['roles'],
      operationId: 'getRole',
      summary: 'One role: description, responsibilities, decisions and rights',
      params: KeyParams,
      querystring: AsOfQuery,
      response: { 200: ZRole, ...errors },
    },
    handler: (req) => roles.get(actorOf(req), req.params.key, req.query),
  });
  app.patch('/api/roles/:key', {
    schema: {
      tags: ['roles'],
      operationId: 'updateRole',
      summary: 'Edit a role (ISM); a changed text asks its holders to acknowledge again',
      params: KeyParams,
      body: ZUpdateRoleRequest,
      response: { 200: ZRole, ...errors },
    },
    handler: (req) => roles.update(actorOf(req), req.params.key, req.body, metaOf(req)),
  });

  app.get('/api/assignments', {
    schema: {
      tags: ['assignments'],
      operationId: 'listAssignments',
      summary: 'The responsibility ledger: who holds which role for what, as of any date',
      querystring: ZAssignmentListQuery,
      response: { 200: ZAssignmentPage, ...errors },
    },
    handler: (req) => assignments.list(actorOf(req), req.query),
  });
  app.post('/api/assignments', {
    schema: {
      tags: ['assignments'],
      operationId: 'assignRole',
      summary: 'Assign a person to a role for a scope (ISM; Top Management for the leadership roles)',
      body: ZAssignRequest,
      response: { 201: ZAssignment, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await assignments.assign(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/assignments/:id', {
    schema: {
      tags: ['assignments'],
      operationId: 'getAssignment',
      summary: 'One assignment',
      params: IdParams,
      querystring: AsOfQuery,
      response: { 200: ZAssignment, ...errors },
    },
    handler: (req) => assignments.get(actorOf(req), req.params.id, req.query),
  });
  app.post('/api/assignments/:id/end', {
    schema: {
      tags: ['assignments'],
      operationId: 'endAssignment',
      summary: 'End an assignment now or on a date; the row is kept as history',
      params: IdParams,
      body: ZEndAssignmentRequest,
      response: { 200: ZAssignment, ...errors },
    },
    handler: (req) => assignments.end(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/assignments/:id/stand-in', {
    schema: {
      tags: ['assignments'],
      operationId: 'setStandIn',
      summary: "Set or clear the period in which the holder's deputies stand in (holder or ISM)",
      params: IdParams,
      body: ZStandInRequest,
      response: { 200: ZAssignment, ...errors },
    },
    handler: (req) => assignments.setStandIn(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/assignments/:id/acknowledge', {
    schema: {
      tags: ['assignments'],
      operationId: 'acknowledgeAssignment',
      summary: 'Acknowledge your responsibilities in this role (the assignee only)',
      params: IdParams,
      body: ZAcknowledgeRequest,
      response: { 200: ZAssignment, ...errors },
    },
    handler: (req) => assignments.acknowledge(actorOf(req), req.params.id, req.body.textVersion, metaOf(req)),
  });
  app.get('/api/my/responsibilities', {
    schema: {
      tags: ['assignments'],
      operationId: 'myResponsibilities',
      summary: 'Your roles, scopes, what each asks of you, and what is left to acknowledge',
      response: { 200: ZMyResponsibilities, ...errors },
    },
    handler: (req) => assignments.mine(actorOf(req)),
  });

  app.get('/api/coverage', {
    schema: {
      tags: ['coverage'],
      operationId: 'getCoverage',
      summary: 'Clause 5.3 readiness: the score and every finding behind it',
      querystring: ZCoverageQuery,
      response: { 200: ZCoverage, ...errors },
    },
    handler: (req) => coverage.summary(actorOf(req), req.query),
  });
  app.get('/api/coverage/items', {
    schema: {
      tags: ['coverage'],
      operationId: 'listCoverageItems',
      summary: 'The list behind one coverage number',
      querystring: ZCoverageItemsQuery,
      response: { 200: ZCoverageItemPage, ...errors },
    },
    handler: (req) => coverage.items(actorOf(req), req.query),
  });

  app.get('/api/handovers', {
    schema: {
      tags: ['handovers'],
      operationId: 'listHandovers',
      summary: 'Leaver handovers, newest first',
      querystring: ZHandoverListQuery,
      response: { 200: ZHandoverPage, ...errors },
    },
    handler: (req) => handovers.list(actorOf(req), req.query),
  });
  app.get('/api/handovers/:id', {
    schema: {
      tags: ['handovers'],
      operationId: 'getHandover',
      summary: 'One handover with what the leaver holds and the proposed successors',
      params: IdParams,
      response: { 200: ZHandover, ...errors },
    },
    handler: (req) => handovers.get(actorOf(req), req.params.id),
  });
  app.post('/api/handovers/:id/confirm', {
    schema: {
      tags: ['handovers'],
      operationId: 'confirmHandover',
      summary: 'Hand everything over in one action (ISM)',
      params: IdParams,
      body: ZConfirmHandoverRequest,
      response: { 200: ZHandover, ...errors },
    },
    handler: (req) => handovers.confirm(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
