import { z } from 'zod';
import { createLedgerSource } from '../responsibilities/responsibilities.ledger.js';
import { readSettings } from '../settings/settings.service.js';
import { compareDuties, type Duty } from './inbox.duties.js';
import { enqueueJob, JobSkipped } from './inbox.jobs.service.js';
import { queueMail } from './inbox.mail.service.js';
import { digestMail, type DigestDuty } from './inbox.mail.templates.js';
import { emailModeOf, emailModesOf } from './inbox.prefs.service.js';
import * as repo from './inbox.reminders.repository.js';
import { reminderStages } from './inbox.reminders.rules.js';
import type { ReminderDeps } from './inbox.reminders.service.js';
import { readInboxRules } from './inbox.settings.service.js';

export const DIGEST_PLAN_JOB = 'inbox.digest.plan';
export const DIGEST_SEND_JOB = 'inbox.digest.send';

const DAY_MS = 86_400_000;
const FAR_FUTURE = '9999-12-31T00:00:00.000Z';
const PAGE = 500;
const MAX_DUTIES = 20;
const MAX_NOTIFICATIONS = 10;

export const ZDigestPlan = z.object({ day: z.iso.date() });
export const ZDigestSend = z.object({ personId: z.string(), day: z.iso.date(), since: z.iso.datetime() });
export type DigestSend = z.infer<typeof ZDigestSend>;

/** When the digest of `day` goes out (the organisation's digest hour, UTC). */
export const digestTime = (day: string, hourUtc: number): string =>
  `${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;

/**
 * Queues one digest job for each person who wants the digest and has open duties with a due date
 * or notifications still unread from the last day. Deduped per person and day.
 */
export async function planDigests(deps: ReminderDeps, day: string, at: string): Promise<number> {
  const since = new Date(Date.parse(at) - DAY_MS).toISOString();
  const candidates = new Set(await repo.peopleWithUnreadSince(deps.db, since));
  for (const kind of deps.kinds) {
    let afterKey: string | undefined;
    for (;;) {
      const page = await kind.dueBefore(deps.db, at, FAR_FUTURE, afterKey, PAGE);
      for (const d of page) candidates.add(d.personId);
      if (page.length < PAGE) break;
      afterKey = page.at(-1)?.key;
    }
  }
  const modes = await emailModesOf(deps.db, [...candidates]);
  let queued = 0;
  for (const [personId, mode] of modes) {
    if (mode !== 'digest') continue;
    const id = await enqueueJob(deps.db, {
      type: DIGEST_SEND_JOB,
      payload: { personId, day, since } satisfies DigestSend,
      dedupeKey: `digest:${personId}:${day}`,
    });
    if (id) queued += 1;
  }
  return queued;
}

/**
 * Builds one person's digest (their open duties, overdue first, and unread notifications of the
 * last day) and queues it as a mail; nothing when there is nothing to say.
 */
export async function sendDigest(deps: ReminderDeps, job: DigestSend, at: string): Promise<void> {
  const person = (await repo.contactsOf(deps.db, [job.personId])).get(job.personId);
  if (!person || person.status !== 'active') throw new JobSkipped('the person is no longer active');
  if ((await emailModeOf(deps.db, person.id)) !== 'digest') throw new JobSkipped('the person no longer wants a digest');

  const roles = await createLedgerSource(deps.db).currentRoles(person.id);
  const who = { personId: person.id, roles };
  const lists = await Promise.all(deps.kinds.map((k) => k.openFor(deps.db, who, at)));
  const rules = await readInboxRules(deps.db);
  const stateOf = (d: Duty): DigestDuty['state'] => {
    if (!d.dueAt) return 'open';
    const plan = reminderStages(d.dueAt, at, rules);
    return plan.stages.includes('overdue') ? 'overdue' : plan.stages.includes('due_soon') ? 'due_soon' : 'open';
  };
  const duties = lists
    .flat()
    .sort(compareDuties)
    .map((d) => ({ title: d.title, detail: d.detail, dueAt: d.dueAt, link: d.link, state: stateOf(d) }));
  const notes = await repo.unreadSince(deps.db, person.id, job.since, MAX_NOTIFICATIONS);
  const unread =
    notes.length < MAX_NOTIFICATIONS ? notes.length : await repo.countUnreadSince(deps.db, person.id, job.since);
  if (duties.length === 0 && unread === 0) throw new JobSkipped('nothing to report');

  const org = await readSettings(deps.db);
  const content = digestMail(
    { organisationName: org.organisationName, baseUrl: deps.config.baseUrl },
    { name: person.full_name },
    job.day,
    duties.slice(0, MAX_DUTIES),
    notes.map((n) => ({ title: n.title, body: n.body, link: n.link, createdAt: n.created_at })),
    { duties: Math.max(0, duties.length - MAX_DUTIES), notifications: unread - notes.length },
  );
  await queueMail(deps.db, {
    key: `digest:${person.id}:${job.day}`,
    to: person.email,
    content,
    baseUrl: deps.config.baseUrl,
  });
}
