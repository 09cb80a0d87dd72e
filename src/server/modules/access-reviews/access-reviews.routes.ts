import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAccessReview,
  ZAccessReviewListQuery,
  ZAccessReviewPage,
  ZBulkDecisionRequest,
  ZBulkDecisionResult,
  ZCloseAccessReviewRequest,
  ZCountResult,
  ZCreateAccessReviewRequest,
  ZDecideReviewItemRequest,
  ZMarkRevokedRequest,
  ZReassignReviewItemsRequest,
  ZReviewEvidenceQuery,
  ZReviewerProgressPage,
  ZReviewItem,
  ZReviewItemQuery,
} from '../../../contracts/access-reviews.js';
import { ZProblem } from '../../../contracts/common.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { AccessReviewService } from './access-reviews.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ItemParams = z.object({ id: z.uuid(), entitlementId: z.string().min(1).max(64) });
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
const tags = ['access-reviews'];
const PDF = 'application/pdf';

/** Access review campaigns: every entitlement in scope certified by its asset owner, never by its holder. */
export const accessReviewRoutes: FastifyPluginAsyncZod<{ reviews: AccessReviewService }> = async (app, { reviews }) => {
  app.get('/api/access-reviews', {
    schema: {
      tags,
      operationId: 'listAccessReviews',
      summary: 'Access review campaigns: every one (ISM, auditors, Top Management) or those you review in',
      querystring: ZAccessReviewListQuery,
      response: { 200: ZAccessReviewPage, ...errors },
    },
    handler: async (req) => reviews.list(actorOf(req), req.query),
  });
  app.post('/api/access-reviews', {
    schema: {
      tags,
      operationId: 'createAccessReview',
      summary: 'Start a campaign over systems: one item per entitlement, routed to the asset owner (ISM)',
      body: ZCreateAccessReviewRequest,
      response: { 201: ZAccessReview, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await reviews.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/access-reviews/:id', {
    schema: {
      tags,
      operationId: 'getAccessReview',
      summary: 'One campaign with its progress',
      params: IdParams,
      response: { 200: ZAccessReview, ...errors },
    },
    handler: async (req) => reviews.get(actorOf(req), req.params.id),
  });
  app.get('/api/access-reviews/:id/reviewers', {
    schema: {
      tags,
      operationId: 'listAccessReviewReviewers',
      summary: 'Progress per reviewer',
      params: IdParams,
      querystring: PageQuery,
      response: { 200: ZReviewerProgressPage, ...errors },
    },
    handler: async (req) => reviews.reviewers(actorOf(req), req.params.id, req.query),
  });
  app.get('/api/access-reviews/:id/items', {
    schema: {
      tags,
      operationId: 'listAccessReviewItems',
      summary: 'Items of a campaign, filtered (a reviewer sees theirs; the ISM and auditors see all)',
      params: IdParams,
      querystring: ZReviewItemQuery,
      response: { 200: z.object({ items: z.array(ZReviewItem), nextCursor: z.string().nullable() }), ...errors },
    },
    handler: async (req) => reviews.items(actorOf(req), req.params.id, req.query),
  });
  app.post('/api/access-reviews/:id/items/:entitlementId/decision', {
    schema: {
      tags,
      operationId: 'decideAccessReviewItem',
      summary: 'Keep, revoke or modify one entitlement (its reviewer; never the account holder: SOD-04)',
      params: ItemParams,
      body: ZDecideReviewItemRequest,
      response: { 200: ZReviewItem, ...errors },
    },
    handler: async (req) =>
      reviews.decide(actorOf(req), req.params.id, req.params.entitlementId, req.body, metaOf(req)),
  });
  app.post('/api/access-reviews/:id/items/decisions', {
    schema: {
      tags,
      operationId: 'decideAccessReviewItems',
      summary: 'One decision for many of your items: the ones named, or every undecided one the filter matches',
      params: IdParams,
      body: ZBulkDecisionRequest,
      response: { 200: ZBulkDecisionResult, ...errors },
    },
    handler: async (req) => reviews.bulkDecide(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/access-reviews/:id/items/reassign', {
    schema: {
      tags,
      operationId: 'reassignAccessReviewItems',
      summary: 'Give items to another reviewer (ISM; never to the account holder: SOD-04)',
      params: IdParams,
      body: ZReassignReviewItemsRequest,
      response: { 200: ZCountResult, ...errors },
    },
    handler: async (req) => reviews.reassign(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/access-reviews/:id/close', {
    schema: {
      tags,
      operationId: 'closeAccessReview',
      summary: 'Close a campaign whose items are all decided: kept entitlements count as certified (ISM)',
      params: IdParams,
      body: ZCloseAccessReviewRequest,
      response: { 200: ZAccessReview, ...errors },
    },
    handler: async (req) => reviews.close(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/access-reviews/:id/revocations', {
    schema: {
      tags,
      operationId: 'exportAccessReviewRevocations',
      summary: 'The revocation list for administrators: every revoke and modify decision, as CSV',
      params: IdParams,
      produces: [CONTENT_TYPES.csv],
      response: { 200: z.string().describe('The revocation list'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await reviews.revocationList(actorOf(req), req.params.id);
      return sendDownload(reply, file.body, CONTENT_TYPES.csv, file.fileName);
    },
  });
  app.post('/api/access-reviews/:id/revocations/done', {
    schema: {
      tags,
      operationId: 'markAccessReviewRevocationsDone',
      summary: 'Mark revocations as carried out on the systems (their administrators)',
      params: IdParams,
      body: ZMarkRevokedRequest,
      response: { 200: ZCountResult, ...errors },
    },
    handler: async (req) => reviews.markRevoked(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.get('/api/access-reviews/:id/evidence', {
    schema: {
      tags,
      operationId: 'exportAccessReviewEvidence',
      summary: 'Evidence of the campaign: every item, its decision, who took it and when (XLSX or PDF)',
      params: IdParams,
      querystring: ZReviewEvidenceQuery,
      produces: [CONTENT_TYPES.xlsx, PDF],
      response: { 200: z.string().describe('The evidence file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await reviews.evidence(actorOf(req), req.params.id, req.query.format);
      return sendDownload(reply, file.body, req.query.format === 'pdf' ? PDF : CONTENT_TYPES.xlsx, file.fileName);
    },
  });
};
