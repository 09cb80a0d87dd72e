import type { TInboxSettings, TUpdateInboxSettingsRequest } from '../../../contracts/inbox-mail.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import { MON_TO_FRI, type Weekday } from './inbox.jobs.rules.js';
import * as repo from './inbox.settings.repository.js';

const KEY = 'inbox';

/** How reminders, escalation and the digest behave for the whole organisation. */
export type InboxRules = {
  reminderLeadDays: number;
  escalateAfterWorkingDays: number;
  workingDays: Weekday[];
  digestHourUtc: number;
};

export const INBOX_DEFAULTS: InboxRules = {
  reminderLeadDays: 3,
  escalateAfterWorkingDays: 3,
  workingDays: [...MON_TO_FRI],
  digestHourUtc: 7,
};

const FIELDS = ['reminderLeadDays', 'escalateAfterWorkingDays', 'workingDays', 'digestHourUtc'] as const;

/** The stored rules merged over the defaults, with the row's version (1 until the first save). */
export async function readInboxRules(db: Db): Promise<InboxRules & { version: number; updatedAt: string | null }> {
  const row = await repo.getSettingRow(db, KEY);
  const stored = fromJson<Partial<InboxRules>>(row?.value, {});
  return { ...INBOX_DEFAULTS, ...stored, version: row?.version ?? 1, updatedAt: row?.updated_at ?? null };
}

const conflict = () => new AppError('version_conflict', 'Settings changed since you loaded them; reload and try again');

/** Organisation settings for reminders, escalation, working days and the digest. */
export function createInboxSettingsService(deps: Deps) {
  const mailEnabled = deps.config.mail.smtpUrl !== null;
  const present = (r: Awaited<ReturnType<typeof readInboxRules>>): TInboxSettings => ({
    reminderLeadDays: r.reminderLeadDays,
    escalateAfterWorkingDays: r.escalateAfterWorkingDays,
    workingDays: [...r.workingDays].sort(),
    digestHourUtc: r.digestHourUtc,
    mailEnabled,
    version: r.version,
    updatedAt: r.updatedAt,
  });

  return {
    async get(actor: Actor): Promise<TInboxSettings> {
      await deps.authz.authorize(actor, 'settings.read');
      return present(await readInboxRules(deps.db));
    },

    async update(actor: Actor, input: TUpdateInboxSettingsRequest, meta: CallMeta): Promise<TInboxSettings> {
      const grant = await deps.authz.authorize(actor, 'settings.manage');
      return deps.db.transaction().execute(async (trx) => {
        const before = await readInboxRules(trx);
        const next: InboxRules = {
          reminderLeadDays: input.reminderLeadDays ?? before.reminderLeadDays,
          escalateAfterWorkingDays: input.escalateAfterWorkingDays ?? before.escalateAfterWorkingDays,
          workingDays: input.workingDays ? ([...new Set(input.workingDays)].sort() as Weekday[]) : before.workingDays,
          digestHourUtc: input.digestHourUtc ?? before.digestHourUtc,
        };
        const at = nowIso();
        if (before.updatedAt === null) {
          if (input.version !== 1 || !(await repo.insertSettingRow(trx, KEY, toJson(next), at))) throw conflict();
        } else if (!(await repo.updateSettingRow(trx, KEY, input.version, toJson(next), at))) {
          throw conflict();
        }
        const changes: Record<string, unknown> = {};
        for (const k of FIELDS) {
          if (JSON.stringify(before[k]) !== JSON.stringify(next[k])) changes[k] = { before: before[k], after: next[k] };
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'settings.inbox.updated',
          objectType: 'settings',
          objectId: KEY,
          changes,
          requestId: meta.requestId,
        });
        const version = before.updatedAt === null ? 1 : input.version + 1;
        return present({ ...next, version, updatedAt: at });
      });
    },
  };
}

export type InboxSettingsService = ReturnType<typeof createInboxSettingsService>;
