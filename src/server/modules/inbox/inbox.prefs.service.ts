import type { TEmailMode, TNotificationPrefs, TUpdateNotificationPrefsRequest } from '../../../contracts/inbox-mail.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './inbox.prefs.repository.js';

/** Without a saved choice, reminders and notifications arrive as one daily digest. */
export const DEFAULT_EMAIL_MODE: TEmailMode = 'digest';

/** Each person's mail mode, defaults included, for the scan and the digest. */
export async function emailModesOf(db: Db, personIds: string[]): Promise<Map<string, TEmailMode>> {
  const stored = await repo.modesOf(db, [...new Set(personIds)]);
  return new Map(personIds.map((id) => [id, stored.get(id) ?? DEFAULT_EMAIL_MODE]));
}

export async function emailModeOf(db: Db, personId: string): Promise<TEmailMode> {
  return (await repo.findPref(db, personId))?.email_mode ?? DEFAULT_EMAIL_MODE;
}

const conflict = () =>
  new AppError('version_conflict', 'Your notification settings changed since you loaded them; reload and try again');

/** A person's own mail preferences; nobody reads or sets anyone else's. */
export function createNotificationPrefsService(deps: Deps) {
  function me(actor: Actor) {
    if (actor.kind !== 'account') throw new AppError('forbidden', 'This needs a signed-in person');
    return actor;
  }

  async function read(db: Db, personId: string): Promise<TNotificationPrefs> {
    const row = await repo.findPref(db, personId);
    return row
      ? { emailMode: row.email_mode, version: row.version, updatedAt: row.updated_at }
      : { emailMode: DEFAULT_EMAIL_MODE, version: 1, updatedAt: null };
  }

  return {
    async get(actor: Actor): Promise<TNotificationPrefs> {
      const who = me(actor);
      await deps.authz.authorize(actor, 'self.manage', { accountId: who.accountId });
      return read(deps.db, who.personId);
    },

    async update(actor: Actor, input: TUpdateNotificationPrefsRequest, meta: CallMeta): Promise<TNotificationPrefs> {
      const who = me(actor);
      const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: who.accountId });
      return deps.db.transaction().execute(async (trx) => {
        const before = await read(trx, who.personId);
        const at = nowIso();
        // Versions start at 1 for the defaults; the first save creates the row at version 2.
        if (before.updatedAt === null) {
          const inserted =
            input.version === 1 &&
            (await repo.insertPref(trx, {
              person_id: who.personId,
              email_mode: input.emailMode,
              updated_at: at,
              version: 2,
            }));
          if (!inserted) throw conflict();
        } else if (!(await repo.updatePref(trx, who.personId, input.version, input.emailMode, at))) {
          throw conflict();
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'account.notifications.updated',
          objectType: 'person',
          objectId: who.personId,
          changes:
            before.emailMode === input.emailMode
              ? {}
              : { emailMode: { before: before.emailMode, after: input.emailMode } },
          requestId: meta.requestId,
        });
        return { emailMode: input.emailMode, version: input.version + 1, updatedAt: at };
      });
    },
  };
}

export type NotificationPrefsService = ReturnType<typeof createNotificationPrefsService>;
