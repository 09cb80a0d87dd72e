import { z } from 'zod';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { readSettings } from '../settings/settings.service.js';
import { enqueueJob } from './inbox.jobs.service.js';
import { queueMail } from './inbox.mail.service.js';
import { notificationMail } from './inbox.mail.templates.js';
import { emailModesOf } from './inbox.prefs.service.js';
import * as repo from './inbox.reminders.repository.js';

export const NOTIFICATION_MAIL_JOB = 'inbox.notifications.mail';
export const ZNotificationMailJob = z.object({ ids: z.array(z.string()).max(1000) });

// The reminder scan mails these itself (as reminder and escalation mails).
const MAILED_BY_SCAN = new Set(['duty.overdue', 'duty.escalated']);

/**
 * For people who chose immediate mail: queues one job that mails these notifications. Call it in
 * the transaction that writes them (notify), so the mail exists exactly when the notice does.
 */
export async function queueNotificationMails(trx: Db, notificationIds: string[]): Promise<void> {
  for (let i = 0; i < notificationIds.length; i += 1000) {
    await enqueueJob(trx, { type: NOTIFICATION_MAIL_JOB, payload: { ids: notificationIds.slice(i, i + 1000) } });
  }
}

/**
 * What notify() calls: queues the mail job only for notifications someone wants mailed at once
 * (immediate mode, and not a kind the reminder scan mails itself), so most notices cost no job.
 */
export async function queueImmediateMails(
  trx: Db,
  rows: { id: string; kind: string; person_id: string }[],
): Promise<void> {
  const candidates = rows.filter((r) => !MAILED_BY_SCAN.has(r.kind));
  if (candidates.length === 0) return;
  const modes = await emailModesOf(
    trx,
    candidates.map((r) => r.person_id),
  );
  const wanted = candidates.filter((r) => modes.get(r.person_id) === 'immediate').map((r) => r.id);
  if (wanted.length > 0) await queueNotificationMails(trx, wanted);
}

/** The job: one mail per notification to its person if they want immediate mail; returns how many. */
export async function mailNotifications(deps: { db: Db; config: Pick<Config, 'baseUrl'> }, ids: string[]) {
  const rows = (await repo.notificationsByIds(deps.db, ids)).filter(
    (n) => n.read_at === null && !MAILED_BY_SCAN.has(n.kind),
  );
  if (rows.length === 0) return 0;
  const modes = await emailModesOf(
    deps.db,
    rows.map((n) => n.person_id),
  );
  const people = await repo.contactsOf(
    deps.db,
    rows.map((n) => n.person_id),
  );
  const org = await readSettings(deps.db);
  const ctx = { organisationName: org.organisationName, baseUrl: deps.config.baseUrl };
  let queued = 0;
  for (const n of rows) {
    const person = people.get(n.person_id);
    if (!person || person.status !== 'active' || modes.get(n.person_id) !== 'immediate') continue;
    const content = notificationMail(ctx, { name: person.full_name }, n);
    if (await queueMail(deps.db, { key: `notification:${n.id}`, to: person.email, content, baseUrl: ctx.baseUrl }))
      queued += 1;
  }
  return queued;
}
