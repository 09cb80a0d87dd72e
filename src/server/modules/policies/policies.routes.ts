import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZCreatePolicyRequest,
  ZMyPolicies,
  ZPageQuery,
  ZPersonPolicyAckPage,
  ZPolicy,
  ZPolicyExportQuery,
  ZPolicyListQuery,
  ZPolicyPage,
  ZPolicyReview,
  ZPolicyReviewPage,
  ZRecordReviewRequest,
  ZRetirePolicyRequest,
  ZReturnVersionRequest,
  ZUpdatePolicyRequest,
  ZVersionDecisionRequest,
} from '../../../contracts/policies.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { PolicyCampaignService } from './policies.campaigns.service.js';
import type { PolicyService } from './policies.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ReviewParams = z.object({ id: z.uuid(), reviewId: z.uuid() });
const tags = ['policies'];

/** The policy register, one policy's settings, retirement and periodic reviews, and "Policies to read". */
export const policyRoutes: FastifyPluginAsyncZod<{
  policies: PolicyService;
  campaigns: PolicyCampaignService;
}> = async (app, { policies, campaigns }) => {
  app.get('/api/policies', {
    schema: {
      tags,
      operationId: 'listPolicies',
      summary: 'The policy register, by reference',
      querystring: ZPolicyListQuery,
      response: { 200: ZPolicyPage, ...errors },
    },
    handler: async (req) => policies.list(actorOf(req), req.query),
  });

  app.post('/api/policies', {
    schema: {
      tags,
      operationId: 'createPolicy',
      summary: 'Create a policy with its first draft (the ISM)',
      body: ZCreatePolicyRequest,
      response: { 201: ZPolicy, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await policies.create(actorOf(req), req.body, metaOf(req))),
  });

  app.get('/api/policies/export', {
    schema: {
      tags,
      operationId: 'exportPolicies',
      summary: 'The policy register as CSV or XLSX',
      querystring: ZPolicyExportQuery,
      produces: [CONTENT_TYPES.csv, CONTENT_TYPES.xlsx],
      response: { 200: z.string().describe('The register file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await policies.exportRegister(actorOf(req), req.query.format);
      return sendDownload(reply, file.body, CONTENT_TYPES[req.query.format], file.fileName);
    },
  });

  app.get('/api/policies/:id', {
    schema: {
      tags,
      operationId: 'getPolicy',
      summary: 'One policy',
      params: IdParams,
      response: { 200: ZPolicy, ...errors },
    },
    handler: async (req) => policies.get(actorOf(req), req.params.id),
  });

  app.patch('/api/policies/:id', {
    schema: {
      tags,
      operationId: 'updatePolicy',
      summary: "Change a policy's settings: title, audience, approver role, intervals (ISM or owner)",
      params: IdParams,
      body: ZUpdatePolicyRequest,
      response: { 200: ZPolicy, ...errors },
    },
    handler: async (req) => policies.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.post('/api/policies/:id/retire', {
    schema: {
      tags,
      operationId: 'retirePolicy',
      summary: 'Retire a policy: it is no longer in force and nobody is asked to read it',
      params: IdParams,
      body: ZRetirePolicyRequest,
      response: { 200: ZPolicy, ...errors },
    },
    handler: async (req) => policies.retire(actorOf(req), req.params.id, req.body, metaOf(req)),
  });

  app.get('/api/policies/:id/reviews', {
    schema: {
      tags,
      operationId: 'listPolicyReviews',
      summary: 'Periodic reviews of a policy, newest first: revisions and reviews without changes',
      params: IdParams,
      querystring: ZPageQuery,
      response: { 200: ZPolicyReviewPage, ...errors },
    },
    handler: async (req) => policies.listReviews(actorOf(req), req.params.id, req.query),
  });

  app.post('/api/policies/:id/reviews', {
    schema: {
      tags,
      operationId: 'recordPolicyReview',
      summary: 'Record a review without changes; the approver re-approves the text in force',
      params: IdParams,
      body: ZRecordReviewRequest,
      response: { 201: ZPolicyReview, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await policies.recordReview(actorOf(req), req.params.id, req.body, metaOf(req))),
  });

  app.post('/api/policies/:id/reviews/:reviewId/approve', {
    schema: {
      tags,
      operationId: 'approvePolicyReview',
      summary: 'Re-approve the text in force after a review without changes (the approver role; not its requester)',
      params: ReviewParams,
      body: ZVersionDecisionRequest,
      response: { 200: ZPolicyReview, ...errors },
    },
    handler: async (req) =>
      policies.decideReview(actorOf(req), req.params.id, req.params.reviewId, req.body, 'approved', metaOf(req)),
  });

  app.post('/api/policies/:id/reviews/:reviewId/return', {
    schema: {
      tags,
      operationId: 'returnPolicyReview',
      summary: 'Return a review without changes: the policy needs a new version instead',
      params: ReviewParams,
      body: ZReturnVersionRequest,
      response: { 200: ZPolicyReview, ...errors },
    },
    handler: async (req) =>
      policies.decideReview(actorOf(req), req.params.id, req.params.reviewId, req.body, 'returned', metaOf(req)),
  });

  app.get('/api/my/policies', {
    schema: {
      tags,
      operationId: 'myPolicies',
      summary: 'Policies to read: the versions in force that apply to the caller, acknowledged or not',
      response: { 200: ZMyPolicies, ...errors },
    },
    handler: async (req) => campaigns.mine(actorOf(req)),
  });

  app.get('/api/people/:id/policy-acknowledgements', {
    schema: {
      tags,
      operationId: 'listPersonPolicyAcks',
      summary: "A person's policy acknowledgements, newest first (themselves, or those who follow campaigns)",
      params: IdParams,
      querystring: ZPageQuery,
      response: { 200: ZPersonPolicyAckPage, ...errors },
    },
    handler: async (req) => campaigns.ofPerson(actorOf(req), req.params.id, req.query),
  });
};
