import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAddCorrectiveActionRequest,
  ZCancelCorrectiveActionRequest,
  ZCompleteCorrectiveActionRequest,
  ZCorrectiveAction,
  ZNcAgeing,
  ZNcExportQuery,
  ZNcListQuery,
  ZNcPage,
  ZNonconformity,
  ZRaiseNonconformityRequest,
  ZSetNcOwnerRequest,
  ZUpdateCorrectiveActionRequest,
  ZUpdateNonconformityRequest,
  ZVerifyNonconformityRequest,
} from '../../../contracts/audits.js';
import { ZProblem } from '../../../contracts/common.js';
import { CONTENT_TYPES } from '../../core/tabular.js';
import { actorOf, metaOf } from '../../http/auth.js';
import { sendDownload } from '../../http/download.js';
import type { NonconformityService } from './audits.nonconformities.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });
const ActionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
const tags = ['nonconformities'];
const one = { 200: ZNonconformity, ...errors };

/** Nonconformities and corrective actions (ISO/IEC 27001:2022 10.2). */
export const nonconformityRoutes: FastifyPluginAsyncZod<{ nonconformities: NonconformityService }> = async (
  app,
  { nonconformities: ncs },
) => {
  app.get('/api/nonconformities', {
    schema: {
      tags,
      operationId: 'listNonconformities',
      summary: 'Nonconformities with owner, age and action counts: filtered, sorted and paged on the server',
      querystring: ZNcListQuery,
      response: { 200: ZNcPage, ...errors },
    },
    handler: async (req) => ncs.list(actorOf(req), req.query),
  });
  app.post('/api/nonconformities', {
    schema: {
      tags,
      operationId: 'raiseNonconformity',
      summary: 'Raise a nonconformity from an incident or elsewhere (ISM, Top Management, internal auditors)',
      body: ZRaiseNonconformityRequest,
      response: { 201: ZNonconformity, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await ncs.raise(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/nonconformities/ageing', {
    schema: {
      tags,
      operationId: 'getNonconformityAgeing',
      summary: 'Unclosed nonconformities by age: in total, per owner and by severity',
      response: { 200: ZNcAgeing, ...errors },
    },
    handler: async (req) => ncs.ageing(actorOf(req)),
  });
  app.get('/api/nonconformities/export', {
    schema: {
      tags,
      operationId: 'exportNonconformities',
      summary:
        'The nonconformity and corrective action log as CSV or XLSX (one row per action), same filters as the list',
      querystring: ZNcExportQuery,
      produces: Object.values(CONTENT_TYPES),
      response: { 200: z.string(), ...errors },
    },
    handler: async (req, reply) => {
      const file = await ncs.export(actorOf(req), req.query);
      return sendDownload(reply, file.body, file.contentType, file.fileName);
    },
  });
  app.get('/api/nonconformities/:id', {
    schema: {
      tags,
      operationId: 'getNonconformity',
      summary:
        'One nonconformity with its correction, root cause, corrective actions, verifications and what you may do',
      params: IdParams,
      response: one,
    },
    handler: async (req) => ncs.get(actorOf(req), req.params.id),
  });
  app.get('/api/corrective-actions/:id', {
    schema: {
      tags,
      operationId: 'getCorrectiveAction',
      summary: 'One corrective action, with the id of its nonconformity',
      params: IdParams,
      response: { 200: ZCorrectiveAction, ...errors },
    },
    handler: async (req) => ncs.getAction(actorOf(req), req.params.id),
  });
  app.patch('/api/nonconformities/:id', {
    schema: {
      tags,
      operationId: 'updateNonconformity',
      summary: 'Change the description, severity, correction (10.2 a) or root cause (10.2 b) (the ISM or its owner)',
      params: IdParams,
      body: ZUpdateNonconformityRequest,
      response: one,
    },
    handler: async (req) => ncs.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.put('/api/nonconformities/:id/owner', {
    schema: {
      tags,
      operationId: 'setNonconformityOwner',
      summary: "Set, replace or end the nonconformity's owner in the responsibility ledger (ISM)",
      params: IdParams,
      body: ZSetNcOwnerRequest,
      response: one,
    },
    handler: async (req) => ncs.setOwner(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.post('/api/nonconformities/:id/actions', {
    schema: {
      tags,
      operationId: 'addCorrectiveAction',
      summary:
        'Plan a corrective action with its owner and due date, once the root cause is known (the ISM or its owner)',
      params: IdParams,
      body: ZAddCorrectiveActionRequest,
      response: { 201: ZNonconformity, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await ncs.addAction(actorOf(req), req.params.id, req.body, metaOf(req))),
  });
  app.patch('/api/nonconformities/:id/actions/:actionId', {
    schema: {
      tags,
      operationId: 'updateCorrectiveAction',
      summary: 'Change an open corrective action: title, description, due date or owner (the ISM or the NC owner)',
      params: ActionParams,
      body: ZUpdateCorrectiveActionRequest,
      response: one,
    },
    handler: async (req) => ncs.updateAction(actorOf(req), req.params.id, req.params.actionId, req.body, metaOf(req)),
  });
  app.post('/api/nonconformities/:id/actions/:actionId/complete', {
    schema: {
      tags,
      operationId: 'completeCorrectiveAction',
      summary: 'Record a corrective action done, saying what was done (its owner, or a deputy standing in)',
      params: ActionParams,
      body: ZCompleteCorrectiveActionRequest,
      response: one,
    },
    handler: async (req) => ncs.completeAction(actorOf(req), req.params.id, req.params.actionId, req.body, metaOf(req)),
  });
  app.post('/api/nonconformities/:id/actions/:actionId/cancel', {
    schema: {
      tags,
      operationId: 'cancelCorrectiveAction',
      summary: 'Cancel an open corrective action, with the reason (the ISM or the NC owner)',
      params: ActionParams,
      body: ZCancelCorrectiveActionRequest,
      response: one,
    },
    handler: async (req) => ncs.cancelAction(actorOf(req), req.params.id, req.params.actionId, req.body, metaOf(req)),
  });
  app.post('/api/nonconformities/:id/verify', {
    schema: {
      tags,
      operationId: 'verifyNonconformity',
      summary:
        'Verify whether the corrective actions worked (10.2 d): effective closes it, not effective reopens it (an internal auditor or the ISM who did not implement them)',
      params: IdParams,
      body: ZVerifyNonconformityRequest,
      response: one,
    },
    handler: async (req) => ncs.verify(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
};
