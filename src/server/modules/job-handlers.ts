import type { Deps } from '../core/deps.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../db/json.js';
import { DUTY_KINDS } from './duty-kinds.js';
import type { DutyKind } from './inbox/inbox.duties.js';
import {
  DIGEST_PLAN_JOB,
  DIGEST_SEND_JOB,
  digestTime,
  planDigests,
  sendDigest,
  ZDigestPlan,
  ZDigestSend,
} from './inbox/inbox.digest.service.js';
import { mailNotifications, NOTIFICATION_MAIL_JOB, ZNotificationMailJob } from './inbox/inbox.instant.service.js';
import { dayKey, hourKey } from './inbox/inbox.jobs.rules.js';
import {
  createJobRunner,
  defaultJobOwner,
  enqueueJob,
  PRUNE_JOB,
  pruneFinishedJobs,
  type JobHandlers,
  type JobRunner,
} from './inbox/inbox.jobs.service.js';
import { MAIL_JOB, mailJobHandler, type Mailer } from './inbox/inbox.mail.service.js';
import { REMINDER_SCAN_JOB, runReminderScan } from './inbox/inbox.reminders.service.js';
import { readInboxRules } from './inbox/inbox.settings.service.js';
import { deliverWebhook, WEBHOOK_DELIVERY_JOB } from './inbox/inbox.webhooks.delivery.js';

/**
 * Every job type the server runs, composed in one place: a module that brings a job type adds
 * its handler here. Handlers get what they need from `deps`; the clock is injectable for tests.
 */
export function createJobHandlers(
  deps: Deps,
  opts: { mailer: Mailer; kinds?: DutyKind[]; now?: () => string },
): JobHandlers {
  const now = opts.now ?? nowIso;
  const reminders = { db: deps.db, config: deps.config, log: deps.log, kinds: opts.kinds ?? DUTY_KINDS };
  return {
    [MAIL_JOB]: mailJobHandler(opts.mailer, deps.log),
    [REMINDER_SCAN_JOB]: async () => {
      await runReminderScan(reminders, now());
    },
    [DIGEST_PLAN_JOB]: async (payload) => {
      const { day } = ZDigestPlan.parse(payload);
      await planDigests(reminders, day, now());
    },
    [DIGEST_SEND_JOB]: async (payload) => {
      await sendDigest(reminders, ZDigestSend.parse(payload), now());
    },
    [NOTIFICATION_MAIL_JOB]: async (payload) => {
      await mailNotifications(deps, ZNotificationMailJob.parse(payload).ids);
    },
    [WEBHOOK_DELIVERY_JOB]: (payload) => deliverWebhook({ ...deps, now }, payload),
    [PRUNE_JOB]: async () => {
      const removed = await pruneFinishedJobs(deps.db, now());
      if (removed > 0) deps.log.info({ removed }, 'finished jobs pruned');
    },
  };
}

/**
 * Enqueues the recurring jobs of the current period: the reminder scan every hour, the digest
 * plan and the prune once a day. Dedupe keys per period make this safe from any number of
 * instances; within one process it writes only when the hour changes.
 */
export function createRecurringSchedule(): (db: Db, at: string) => Promise<void> {
  let scheduledHour: string | undefined;
  return async (db, at) => {
    const hour = hourKey(at);
    if (hour === scheduledHour) return;
    const day = dayKey(at);
    const rules = await readInboxRules(db);
    await enqueueJob(db, { type: REMINDER_SCAN_JOB, payload: {}, dedupeKey: `reminders:${hour}` });
    await enqueueJob(db, {
      type: DIGEST_PLAN_JOB,
      payload: { day },
      runAt: digestTime(day, rules.digestHourUtc),
      dedupeKey: `digest-plan:${day}`,
    });
    await enqueueJob(db, { type: PRUNE_JOB, payload: {}, dedupeKey: `jobs-prune:${day}` });
    scheduledHour = hour;
  };
}

/** The server's job runner: every handler, the recurring schedule, polling at JOBS_POLL_MS. */
export function createServerJobRunner(deps: Deps, mailer: Mailer): JobRunner {
  return createJobRunner(deps, createJobHandlers(deps, { mailer }), {
    owner: defaultJobOwner(),
    // Longer than the SMTP timeouts together, so a slow send fails before its lease can lapse.
    leaseSeconds: 120,
    pollMs: deps.config.jobs.pollMs,
    concurrency: 4,
    schedule: createRecurringSchedule(),
  });
}
