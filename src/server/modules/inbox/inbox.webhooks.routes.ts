import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZProblem } from '../../../contracts/common.js';
import {
  ZCreateWebhookRequest,
  ZUpdateWebhookRequest,
  ZWebhook,
  ZWebhookDeliveryPage,
  ZRotateWebhookSecretRequest,
  ZWebhookDeliveryQuery,
  ZWebhookListQuery,
  ZWebhookPage,
  ZWebhookTestResult,
  ZWebhookWithSecret,
} from '../../../contracts/webhooks.js';
import { actorOf, metaOf } from '../../http/auth.js';
import type { WebhookService } from './inbox.webhooks.service.js';

const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem, 409: ZProblem };
const IdParams = z.object({ id: z.uuid() });

export const webhookRoutes: FastifyPluginAsyncZod<{ webhooks: WebhookService }> = async (app, { webhooks }) => {
  app.get('/api/admin/webhooks', {
    schema: {
      tags: ['webhooks'],
      operationId: 'listWebhooks',
      summary: 'Webhook subscriptions by name (platform admin)',
      querystring: ZWebhookListQuery,
      response: { 200: ZWebhookPage, ...errors },
    },
    handler: (req) => webhooks.list(actorOf(req), req.query),
  });
  app.post('/api/admin/webhooks', {
    schema: {
      tags: ['webhooks'],
      operationId: 'createWebhook',
      summary: 'Subscribe a URL to events; the signing secret is in this answer only',
      body: ZCreateWebhookRequest,
      response: { 201: ZWebhookWithSecret, ...errors },
    },
    handler: async (req, reply) => reply.code(201).send(await webhooks.create(actorOf(req), req.body, metaOf(req))),
  });
  app.get('/api/admin/webhooks/:id', {
    schema: {
      tags: ['webhooks'],
      operationId: 'getWebhook',
      summary: 'One webhook subscription',
      params: IdParams,
      response: { 200: ZWebhook, ...errors },
    },
    handler: (req) => webhooks.get(actorOf(req), req.params.id),
  });
  app.patch('/api/admin/webhooks/:id', {
    schema: {
      tags: ['webhooks'],
      operationId: 'updateWebhook',
      summary: 'Change a webhook (name, URL, events, active)',
      params: IdParams,
      body: ZUpdateWebhookRequest,
      response: { 200: ZWebhook, ...errors },
    },
    handler: (req) => webhooks.update(actorOf(req), req.params.id, req.body, metaOf(req)),
  });
  app.delete('/api/admin/webhooks/:id', {
    schema: {
      tags: ['webhooks'],
      operationId: 'deleteWebhook',
      summary: 'Delete a webhook and its delivery log',
      params: IdParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await webhooks.remove(actorOf(req), req.params.id, metaOf(req));
      return reply.code(204).send(null);
    },
  });
  app.post('/api/admin/webhooks/:id/rotate-secret', {
    schema: {
      tags: ['webhooks'],
      operationId: 'rotateWebhookSecret',
      summary: 'Replace the signing secret; the new one is in this answer only',
      params: IdParams,
      body: ZRotateWebhookSecretRequest,
      response: { 200: ZWebhookWithSecret, ...errors },
    },
    handler: (req) => webhooks.rotateSecret(actorOf(req), req.params.id, req.body.version, metaOf(req)),
  });
  app.post('/api/admin/webhooks/:id/test', {
    schema: {
      tags: ['webhooks'],
      operationId: 'testWebhook',
      summary: 'Send a webhook.test event now (delivered in the background; see the delivery log)',
      params: IdParams,
      response: { 202: ZWebhookTestResult, ...errors },
    },
    handler: async (req, reply) => reply.code(202).send(await webhooks.sendTest(actorOf(req), req.params.id)),
  });
  app.get('/api/admin/webhooks/:id/deliveries', {
    schema: {
      tags: ['webhooks'],
      operationId: 'listWebhookDeliveries',
      summary: 'The delivery log of one webhook, newest first',
      params: IdParams,
      querystring: ZWebhookDeliveryQuery,
      response: { 200: ZWebhookDeliveryPage, ...errors },
    },
    handler: (req) => webhooks.deliveries(actorOf(req), req.params.id, req.query),
  });
};
