import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

const ZEventPattern = z
  .string()
  .trim()
  .regex(
    /^(\*|[a-z][a-z0-9_.]*(\.\*)?)$/,
    'An event type such as assignment.created, a prefix such as assignment.*, or *',
  );

export const ZWebhook = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    active: z.boolean(),
    secretHint: z.string().describe('The last characters of the signing secret'),
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
    version: z.number().int(),
    lastDelivery: z.object({ status: z.enum(['pending', 'delivered', 'failed']), at: ZIsoDateTime }).nullable(),
  })
  .meta({ id: 'Webhook' });
export type TWebhook = z.infer<typeof ZWebhook>;

export const ZWebhookPage = ZPage(ZWebhook).meta({ id: 'WebhookPage' });
export const ZWebhookListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export const ZWebhookWithSecret = ZWebhook.extend({
  secret: z.string().describe('Shown once: keep it to verify signatures'),
}).meta({ id: 'WebhookWithSecret' });

export const ZCreateWebhookRequest = z.strictObject({
  name: z.string().trim().min(1).max(100),
  url: z.string().trim().min(1).max(2000),
  events: z.array(ZEventPattern).min(1).max(50),
  active: z.boolean().default(true),
});
export type TCreateWebhookRequest = z.infer<typeof ZCreateWebhookRequest>;

export const ZUpdateWebhookRequest = z.strictObject({
  version: z.number().int(),
  name: z.string().trim().min(1).max(100).optional(),
  url: z.string().trim().min(1).max(2000).optional(),
  events: z.array(ZEventPattern).min(1).max(50).optional(),
  active: z.boolean().optional(),
});
export type TUpdateWebhookRequest = z.infer<typeof ZUpdateWebhookRequest>;

export const ZWebhookDelivery = z
  .object({
    id: z.string(),
    eventId: z.string(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    responseStatus: z.number().int().nullable(),
    responseMs: z.number().int().nullable(),
    error: z.string().nullable(),
    createdAt: ZIsoDateTime,
    lastAttemptAt: ZIsoDateTime.nullable(),
    nextAttemptAt: ZIsoDateTime.nullable().describe('When the next attempt is due, while a failed delivery is retried'),
    deliveredAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export const ZWebhookDeliveryPage = ZPage(ZWebhookDelivery).meta({ id: 'WebhookDeliveryPage' });
export const ZRotateWebhookSecretRequest = z.strictObject({ version: z.number().int() });
export const ZWebhookTestResult = z.object({ deliveryId: z.string() }).meta({ id: 'WebhookTestResult' });

export const ZWebhookDeliveryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
