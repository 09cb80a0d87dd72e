import { z } from 'zod';
import { ZIsoDateTime } from './common.js';

export const EMAIL_MODES = ['immediate', 'digest', 'off'] as const;
export const ZEmailMode = z
  .enum(EMAIL_MODES)
  .describe('immediate: a mail per reminder; digest: one summary a day (default); off: no mail')
  .meta({ id: 'EmailMode' });
export type TEmailMode = z.infer<typeof ZEmailMode>;

export const ZNotificationPrefs = z
  .object({
    emailMode: ZEmailMode,
    version: z.number().int(),
    updatedAt: ZIsoDateTime.nullable().describe('Null while the defaults apply'),
  })
  .meta({ id: 'NotificationPrefs' });
export type TNotificationPrefs = z.infer<typeof ZNotificationPrefs>;

export const ZUpdateNotificationPrefsRequest = z
  .strictObject({ version: z.number().int().min(1), emailMode: ZEmailMode })
  .meta({ id: 'UpdateNotificationPrefsRequest' });
export type TUpdateNotificationPrefsRequest = z.infer<typeof ZUpdateNotificationPrefsRequest>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const ZWeekday = z.number().int().min(1).max(7);

export const ZInboxSettings = z
  .object({
    reminderLeadDays: z.number().int().describe('Working days before a due date that the "due soon" reminder goes out'),
    escalateAfterWorkingDays: z
      .number()
      .int()
      .describe('Working days overdue after which the manager and the ISM are told'),
    workingDays: z.array(ZWeekday).describe('ISO weekdays (1 = Monday); due dates on other days move to the next one'),
    digestHourUtc: z.number().int().describe('Hour of the day (UTC) the daily digest goes out'),
    mailEnabled: z.boolean().describe('Whether this server has SMTP configured (SMTP_URL)'),
    version: z.number().int(),
    updatedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'InboxSettings' });
export type TInboxSettings = z.infer<typeof ZInboxSettings>;

export const ZUpdateInboxSettingsRequest = z
  .strictObject({
    version: z.number().int().min(1),
    reminderLeadDays: z.number().int().min(0).max(60).optional(),
    escalateAfterWorkingDays: z.number().int().min(1).max(60).optional(),
    workingDays: z
      .array(ZWeekday)
      .min(1, 'At least one working day')
      .max(7)
      .refine((days) => new Set(days).size === days.length, 'Each weekday once')
      .optional(),
    digestHourUtc: z.number().int().min(0).max(23).optional(),
  })
  .meta({ id: 'UpdateInboxSettingsRequest' });
export type TUpdateInboxSettingsRequest = z.infer<typeof ZUpdateInboxSettingsRequest>;

export const ZJobEnqueued = z
  .object({ jobId: z.string().nullable().describe('Null when the same job was already queued') })
  .meta({ id: 'JobEnqueued' });
export type TJobEnqueued = z.infer<typeof ZJobEnqueued>;

export const ZJobStatus = z.enum(['queued', 'running', 'done', 'skipped', 'dead']).meta({ id: 'JobStatus' });

export const ZJob = z
  .object({
    id: z.string(),
    type: z.string(),
    status: ZJobStatus,
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: ZIsoDateTime,
    lastError: z.string().nullable().describe('Why the last attempt failed, or why the job was skipped'),
    createdAt: ZIsoDateTime,
    finishedAt: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'Job' });
export type TJob = z.infer<typeof ZJob>;
