import { v7 as uuidv7 } from 'uuid';
import type { TNotification } from '../../../contracts/inbox.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { NotificationTable } from '../../db/schema.js';
import { queueImmediateMails } from './inbox.instant.service.js';
import * as repo from './inbox.notifications.repository.js';

export type NotificationInput = {
  personIds: (string | null | undefined)[];
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  /** Who caused it: they are not told about their own action. */
  exceptPersonId?: string | null;
};

/**
 * Tells people about something that concerns them (assigned, asked to decide, decided, overdue).
 * Call it inside the transaction that makes the change, so the notice exists exactly when it does.
 */
export async function notify(trx: Db, input: NotificationInput): Promise<number> {
  const ids = [...new Set(input.personIds.filter((p): p is string => Boolean(p)))].filter(
    (p) => p !== input.exceptPersonId,
  );
  const at = nowIso();
  const rows: NotificationTable[] = ids.map((personId) => ({
    id: uuidv7(),
    person_id: personId,
    kind: input.kind,
    title: input.title.slice(0, 300),
    body: input.body.slice(0, 2000),
    link: input.link ?? null,
    object_type: input.objectType ?? null,
    object_id: input.objectId ?? null,
    created_at: at,
    read_at: null,
  }));
  await repo.insertNotifications(trx, rows);
  // People who chose immediate mail get it from the job runner, once this transaction commits.
  await queueImmediateMails(trx, rows);
  return rows.length;
}

const present = (n: NotificationTable): TNotification => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  createdAt: n.created_at,
  readAt: n.read_at,
});

function personOf(actor: Actor): string {
  if (actor.kind !== 'account') throw new AppError('forbidden', 'This needs a signed-in person');
  return actor.personId;
}

/** A person's own notifications; nobody reads or marks anyone else's. */
export function createNotificationService(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor, q: { limit: number; cursor?: string; unread: boolean }) {
      const personId = personOf(actor);
      const after = decodeCursor<{ c: string; id: string }>(q.cursor, { c: 'string', id: 'string' });
      const rows = await repo.listNotifications(db, personId, { unreadOnly: q.unread }, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(present),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ c: last.created_at, id: last.id }) : null,
      };
    },
    unreadCount: (actor: Actor) => repo.countUnread(db, personOf(actor)),
    async markRead(actor: Actor, id: string): Promise<TNotification> {
      const personId = personOf(actor);
      const n = await repo.findNotification(db, id);
      if (!n || n.person_id !== personId) throw new AppError('not_found', 'No such notification');
      await repo.markRead(db, personId, id, nowIso());
      const after = await repo.findNotification(db, id);
      return present(after ?? n);
    },
    async markAllRead(actor: Actor): Promise<{ marked: number }> {
      return { marked: await repo.markRead(db, personOf(actor), null, nowIso()) };
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
