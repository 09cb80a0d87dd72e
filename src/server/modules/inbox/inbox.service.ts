import type { TDuty, TInboxSummary } from '../../../contracts/inbox.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import { compareDuties, type Duty, type DutyKind } from './inbox.duties.js';
import * as notifications from './inbox.notifications.repository.js';

/** Duties due within this many days show as "due soon". */
export const DUE_SOON_DAYS = 3;

export function dutyState(d: Pick<Duty, 'dueAt'>, at: string): TDuty['state'] {
  if (d.dueAt === null) return 'open';
  if (d.dueAt <= at) return 'overdue';
  return Date.parse(d.dueAt) - Date.parse(at) <= DUE_SOON_DAYS * 86_400_000 ? 'due_soon' : 'open';
}

/** Position of a duty in the inbox order, as a cursor key. */
const sortKey = (d: Duty) => ({ d: d.dueAt ?? '~', s: d.since, k: d.key });
const afterCursor = (d: Duty, c: { d: string; s: string; k: string }) => {
  const k = sortKey(d);
  if (k.d !== c.d) return k.d > c.d;
  if (k.s !== c.s) return k.s > c.s;
  return k.k > c.k;
};

/**
 * One inbox of duties per person across every module: their own duties and those of the roles
 * they exercise now, including as a deputy while the holder is away.
 */
export function createInboxService(deps: Deps, kinds: DutyKind[]) {
  const { db } = deps;

  async function dutiesOf(actor: Actor, at: string): Promise<{ duty: Duty; module: string }[]> {
    if (actor.kind !== 'account') throw new AppError('forbidden', 'This needs a signed-in person');
    const roles = await deps.authz.rolesOf(actor);
    const who = { personId: actor.personId, roles };
    const lists = await Promise.all(
      kinds.map(async (k) => (await k.openFor(db, who, at)).map((duty) => ({ duty, module: k.module }))),
    );
    return lists.flat().sort((a, b) => compareDuties(a.duty, b.duty));
  }

  return {
    async list(actor: Actor, q: { limit: number; cursor?: string }) {
      const at = nowIso();
      const after = decodeCursor<{ d: string; s: string; k: string }>(q.cursor, {
        d: 'string',
        s: 'string',
        k: 'string',
      });
      const all = await dutiesOf(actor, at);
      const rest = after ? all.filter((x) => afterCursor(x.duty, after)) : all;
      const page = rest.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(({ duty, module }) => ({
          kind: duty.kind,
          module,
          key: duty.key,
          title: duty.title,
          detail: duty.detail,
          dueAt: duty.dueAt,
          state: dutyState(duty, at),
          link: duty.link,
          since: duty.since,
          standingInFor: duty.via?.standingIn ? { roleKey: duty.via.roleKey } : null,
        })),
        nextCursor: rest.length > q.limit && last ? encodeCursor(sortKey(last.duty)) : null,
      };
    },

    async summary(actor: Actor): Promise<TInboxSummary> {
      const at = nowIso();
      const all = await dutiesOf(actor, at);
      const states = all.map((x) => dutyState(x.duty, at));
      return {
        open: all.length,
        overdue: states.filter((s) => s === 'overdue').length,
        dueSoon: states.filter((s) => s === 'due_soon').length,
        unreadNotifications: actor.kind === 'account' ? await notifications.countUnread(db, actor.personId) : 0,
      };
    },
  };
}

export type InboxService = ReturnType<typeof createInboxService>;
