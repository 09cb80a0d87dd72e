import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

export const ZTrailEvent = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    occurredAt: ZIsoDateTime,
    actorPersonId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorAccountId: z.string().nullable(),
    authorizedBy: z.string().nullable().describe('The assignment the decision was taken under, if any'),
    authorizedAs: z.string().nullable().describe('platform:admin, self, role:<key>, system or setup'),
    action: z.string(),
    objectType: z.string(),
    objectId: z.string().nullable(),
    changes: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'TrailEvent' });
export type TTrailEvent = z.infer<typeof ZTrailEvent>;

export const ZTrailPage = ZPage(ZTrailEvent).meta({ id: 'TrailPage' });

export const ZTrailQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  actorPersonId: z.string().max(64).optional(),
  objectType: z.string().max(64).optional(),
  objectId: z.string().max(64).optional(),
  action: z.string().max(100).optional(),
  from: ZIsoDateTime.optional(),
  to: ZIsoDateTime.optional(),
});
export type TTrailQuery = z.infer<typeof ZTrailQuery>;

export const ZTrailVerification = z
  .object({
    ok: z.boolean(),
    checked: z.number().int(),
    lastSeq: z.number().int(),
    firstBrokenSeq: z.number().int().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'TrailVerification' });
export type TTrailVerification = z.infer<typeof ZTrailVerification>;
