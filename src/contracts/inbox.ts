import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

export const ZDuty = z
  .object({
    kind: z.string(),
    module: z.string(),
    key: z.string(),
    title: z.string(),
    detail: z.string(),
    dueAt: ZIsoDateTime.nullable(),
    state: z.enum(['overdue', 'due_soon', 'open']).describe('due_soon: within the reminder lead time'),
    link: z.string(),
    since: ZIsoDateTime,
    standingInFor: z
      .object({ roleKey: z.string() })
      .nullable()
      .describe('Set when the duty is yours because you stand in as a deputy'),
  })
  .meta({ id: 'Duty' });
export type TDuty = z.infer<typeof ZDuty>;

export const ZDutyPage = ZPage(ZDuty).meta({ id: 'DutyPage' });
export const ZInboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export const ZInboxSummary = z
  .object({
    open: z.number().int(),
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    unreadNotifications: z.number().int(),
  })
  .meta({ id: 'InboxSummary' });
export type TInboxSummary = z.infer<typeof ZInboxSummary>;

export const ZNotification = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: ZIsoDateTime,
    readAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationPage = ZPage(ZNotification).meta({ id: 'NotificationPage' });
export const ZNotificationQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(30),
  cursor: z.string().max(512).optional(),
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
