import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Actor } from '../../core/actor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { currentIsmsHolders } from '../responsibilities/responsibilities.ledger.js';
import { readSettings } from '../settings/settings.service.js';
import { appendTrail } from '../trail/trail.service.js';
import type { Duty, DutyKind } from './inbox.duties.js';
import { addWorkingDays } from './inbox.jobs.rules.js';
import { enqueueJob } from './inbox.jobs.service.js';
import { queueMail } from './inbox.mail.service.js';
import { dueSoonMail, escalationMail, overdueMail, type MailContext } from './inbox.mail.templates.js';
import { notify } from './inbox.notifications.service.js';
import { emailModesOf } from './inbox.prefs.service.js';
import * as repo from './inbox.reminders.repository.js';
import { reminderKey, reminderStages, type ReminderRules, type ReminderStage } from './inbox.reminders.rules.js';
import { readInboxRules } from './inbox.settings.service.js';

export const REMINDER_SCAN_JOB = 'inbox.reminders.scan';
export const ISM_ROLE = 'isms_manager';
const PAGE = 200;

export type ReminderDeps = { db: Db; config: Pick<Config, 'baseUrl'>; log: Logger; kinds: DutyKind[] };

export type ScanOutcome = { duties: number; dueSoon: number; overdue: number; escalated: number; mails: number };

type Step = { duty: Duty; stage: ReminderStage; key: string; workingDaysOverdue: number };

/**
 * The reminder scan: for every open duty due within the lead time, "due soon" once; once past
 * due, "overdue" once; after the configured working days overdue, one escalation to the person's
 * manager and the ISM. Each is recorded in reminder_sent first; only the transaction that records
 * it queues its mail, so repeated or concurrent scans send nothing twice.
 */
export async function runReminderScan(deps: ReminderDeps, at: string = nowIso()): Promise<ScanOutcome> {
  const rules = await readInboxRules(deps.db);
  const org = await readSettings(deps.db);
  const ctx: MailContext = { organisationName: org.organisationName, baseUrl: deps.config.baseUrl };
  // A superset: every duty whose (moved) due date is within the lead time, and all overdue ones.
  const horizon = addWorkingDays(at, rules.reminderLeadDays + 1, rules.workingDays);
  const out: ScanOutcome = { duties: 0, dueSoon: 0, overdue: 0, escalated: 0, mails: 0 };
  for (const kind of deps.kinds) {
    let afterKey: string | undefined;
    for (;;) {
      const page = await kind.dueBefore(deps.db, at, horizon, afterKey, PAGE);
      out.duties += page.length;
      await remindPage(deps, ctx, rules, at, page, out);
      if (page.length < PAGE) break;
      afterKey = page.at(-1)?.key;
    }
  }
  if (out.dueSoon + out.overdue + out.escalated > 0) deps.log.info(out, 'reminder scan sent reminders');
  return out;
}

async function remindPage(
  deps: ReminderDeps,
  ctx: MailContext,
  rules: ReminderRules,
  at: string,
  page: Duty[],
  out: ScanOutcome,
): Promise<void> {
  const steps: Step[] = page.flatMap((duty) => {
    if (!duty.dueAt) return [];
    const plan = reminderStages(duty.dueAt, at, rules);
    return plan.stages.map((stage) => ({
      duty,
      stage,
      key: reminderKey(stage, duty.personId, duty.key),
      workingDaysOverdue: plan.workingDaysOverdue,
    }));
  });
  // Most steps were taken by an earlier scan: one read skips them without a write each.
  const done = await repo.sentKeys(
    deps.db,
    steps.map((s) => s.key),
  );
  const todo = steps.filter((s) => !done.has(s.key));
  if (todo.length === 0) return;
  const people = await repo.contactsOf(
    deps.db,
    todo.map((s) => s.duty.personId),
  );
  const managers = await repo.contactsOf(
    deps.db,
    [...people.values()].map((p) => p.manager_id).filter((m): m is string => m !== null),
  );
  const ismIds = todo.some((s) => s.stage === 'escalation') ? await currentIsmsHolders(deps.db, ISM_ROLE, at) : [];
  const isms = await repo.contactsOf(deps.db, ismIds);
  const modes = await emailModesOf(
    deps.db,
    todo.map((s) => s.duty.personId),
  );

  for (const step of todo) {
    const person = people.get(step.duty.personId);
    if (!person || person.status !== 'active') continue;
    const mode = modes.get(person.id) ?? 'digest';
    const mails = await deps.db.transaction().execute(async (trx) => {
      const recorded = await repo.recordReminder(trx, {
        key: step.key,
        person_id: person.id,
        duty_key: step.duty.key,
        stage: step.stage,
        sent_at: at,
      });
      if (!recorded) return -1;
      return sendStep(trx, ctx, step, person, mode, managers, isms);
    });
    if (mails < 0) continue;
    out.mails += mails;
    if (step.stage === 'due_soon') out.dueSoon += 1;
    else if (step.stage === 'overdue') out.overdue += 1;
    else out.escalated += 1;
  }
}

/** Queues the mails (and in-app notices) of one recorded step; returns how many mails. */
async function sendStep(
  trx: Db,
  ctx: MailContext,
  step: Step,
  person: repo.PersonContact,
  mode: 'immediate' | 'digest' | 'off',
  managers: Map<string, repo.PersonContact>,
  isms: Map<string, repo.PersonContact>,
): Promise<number> {
  const { duty } = step;
  const mailDuty = { title: duty.title, detail: duty.detail, dueAt: duty.dueAt, link: duty.link };
  const mailKey = (recipientId: string) => `reminder:${step.key}:${recipientId}`;
  if (step.stage !== 'escalation') {
    if (step.stage === 'overdue') {
      await notify(trx, {
        personIds: [person.id],
        kind: 'duty.overdue',
        title: `Overdue: ${duty.title}`,
        body: duty.detail,
        link: duty.link,
        objectType: duty.objectType,
        objectId: duty.objectId,
      });
    }
    // Digest folds reminders into the daily summary; off sends nothing.
    if (mode !== 'immediate') return 0;
    const content =
      step.stage === 'due_soon'
        ? dueSoonMail(ctx, { name: person.full_name }, mailDuty)
        : overdueMail(ctx, { name: person.full_name }, mailDuty);
    await queueMail(trx, { key: mailKey(person.id), to: person.email, content, baseUrl: ctx.baseUrl });
    return 1;
  }

  // Escalation goes to others whatever the person's own preference (and theirs): it is the point.
  // It links to the person's page: the duty's own link may be one only its owner can use.
  const escalated = { ...mailDuty, link: `/people/${person.id}` };
  const recipients = new Map<string, { contact: repo.PersonContact; reason: 'manager' | 'ism' }>();
  const manager = person.manager_id ? managers.get(person.manager_id) : undefined;
  if (manager && manager.status === 'active' && manager.id !== person.id)
    recipients.set(manager.id, { contact: manager, reason: 'manager' });
  for (const ism of isms.values()) {
    if (ism.status === 'active' && ism.id !== person.id && !recipients.has(ism.id))
      recipients.set(ism.id, { contact: ism, reason: 'ism' });
  }
  for (const { contact, reason } of recipients.values()) {
    const content = escalationMail(
      ctx,
      { name: contact.full_name, reason },
      { name: person.full_name },
      escalated,
      step.workingDaysOverdue,
    );
    await queueMail(trx, { key: mailKey(contact.id), to: contact.email, content, baseUrl: ctx.baseUrl });
  }
  await notify(trx, {
    personIds: [...recipients.keys()],
    kind: 'duty.escalated',
    title: `Escalated: ${person.full_name} — ${duty.title}`,
    body: `Overdue by ${step.workingDaysOverdue} working days (due ${duty.dueAt?.slice(0, 10) ?? '—'}).`,
    link: escalated.link,
    objectType: duty.objectType,
    objectId: duty.objectId,
  });
  return recipients.size;
}

/** Lets a platform admin run the reminder scan now instead of at the next hour. */
export function createReminderAdminService(deps: Deps) {
  return {
    async runScanNow(actor: Actor, meta: CallMeta): Promise<{ jobId: string | null }> {
      const grant = await deps.authz.authorize(actor, 'settings.manage');
      return deps.db.transaction().execute(async (trx) => {
        const jobId = await enqueueJob(trx, { type: REMINDER_SCAN_JOB, payload: {} });
        await appendTrail(trx, {
          actor,
          grant,
          action: 'jobs.reminder_scan.requested',
          objectType: 'job',
          objectId: jobId,
          requestId: meta.requestId,
        });
        return { jobId };
      });
    },
  };
}

export type ReminderAdminService = ReturnType<typeof createReminderAdminService>;
