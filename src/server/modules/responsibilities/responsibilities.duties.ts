import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import type { Duty, DutyKind } from '../inbox/inbox.duties.js';
import * as repo from './responsibilities.duties.repository.js';

const DAY = 86_400_000;
/** Days a person has to read and acknowledge a new role (or a changed role text). */
export const ACKNOWLEDGE_WITHIN_DAYS = 14;
/** Days the ISM has to confirm a leaver's handover, and Top Management to decide an SoD exception. */
export const DECIDE_WITHIN_DAYS = 5;

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
const minusDays = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString();

/** The whole-ISMS role the person exercises now (their own, else standing in as a deputy). */
function exercised(roles: HeldRole[], roleKey: string): HeldRole | undefined {
  const mine = roles.filter((r) => r.roleKey === roleKey && r.scopeType === 'isms');
  return mine.find((r) => r.kind === 'holder') ?? mine[0];
}

const pageAfter = (duties: Duty[], afterKey: string | undefined, limit: number) =>
  duties
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .filter((d) => afterKey === undefined || d.key > afterKey)
    .slice(0, limit);

function ackDuty(r: repo.AckRow): Duty {
  const started = r.acknowledged_version === null ? r.valid_from : r.role_updated_at;
  const changed = r.acknowledged_version !== null;
  return {
    kind: 'responsibilities.acknowledge',
    key: `ack:${r.id}:v${r.text_version}`,
    personId: r.person_id,
    title: changed ? `Read the changed description of ${r.role_name}` : `Acknowledge your role: ${r.role_name}`,
    detail: changed
      ? 'The role description changed after you acknowledged it; read it again and acknowledge.'
      : `You were made ${r.kind === 'deputy' ? 'deputy ' : ''}${r.role_name}; read what it asks of you and acknowledge it.`,
    dueAt: plusDays(started, ACKNOWLEDGE_WITHIN_DAYS),
    link: '/my/responsibilities',
    objectType: 'assignment',
    objectId: r.id,
    since: started,
    via: null,
  };
}

/** Clause 5.3 "communicated": every assignee acknowledges their role's current text. */
export const acknowledgeDutyKind: DutyKind = {
  kind: 'responsibilities.acknowledge',
  module: 'responsibilities',
  label: 'Acknowledge a role',
  openFor: async (db, who, at) => (await repo.unacknowledgedOf(db, who.personId, at)).map(ackDuty),
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    // Keys start with the assignment id, so paging by key pages by id.
    const afterId = afterKey?.split(':')[1];
    const rows = await repo.unacknowledgedStartedBefore(
      db,
      at,
      minusDays(dueBefore, ACKNOWLEDGE_WITHIN_DAYS),
      afterId,
      limit + 1,
    );
    return rows
      .map(ackDuty)
      .filter((d) => afterKey === undefined || d.key > afterKey)
      .slice(0, limit);
  },
};

type RoleDutySource<T> = {
  roleKey: string;
  list: (db: Db, before: string | null) => Promise<T[]>;
  toDuty: (item: T, personId: string, via: Duty['via']) => Duty;
};

/** A duty that falls to whoever exercises a whole-ISMS role: its holders, or deputies standing in. */
function roleDutyKind<T>(kind: string, label: string, src: RoleDutySource<T>): DutyKind {
  return {
    kind,
    module: 'responsibilities',
    label,
    openFor: async (db, who) => {
      const role = exercised(who.roles, src.roleKey);
      if (!role) return [];
      const via = { roleKey: role.roleKey, assignmentId: role.assignmentId, standingIn: role.kind === 'deputy' };
      return (await src.list(db, null)).map((item) => src.toDuty(item, who.personId, via));
    },
    dueBefore: async (db, at, dueBefore, afterKey, limit) => {
      const items = await src.list(db, minusDays(dueBefore, DECIDE_WITHIN_DAYS));
      if (items.length === 0) return [];
      const holders = await repo.currentHolders(db, src.roleKey, at);
      const duties = items.flatMap((item) =>
        holders.map((h) =>
          src.toDuty(item, h.person_id, { roleKey: src.roleKey, assignmentId: h.id, standingIn: false }),
        ),
      );
      return pageAfter(duties, afterKey, limit);
    },
  };
}

export const handoverDutyKind = roleDutyKind('responsibilities.handover', "Confirm a leaver's handover", {
  roleKey: 'isms_manager',
  list: repo.openHandovers,
  toDuty: (h, personId, via) => ({
    kind: 'responsibilities.handover',
    key: `handover:${h.id}:${personId}`,
    personId,
    title: `Confirm the handover of ${h.full_name}`,
    detail: `${h.full_name} has left; hand over what they still hold so nothing is left without an owner.`,
    dueAt: plusDays(h.opened_at, DECIDE_WITHIN_DAYS),
    link: `/handovers/${h.id}`,
    objectType: 'handover',
    objectId: h.id,
    since: h.opened_at,
    via,
  }),
});

export const sodExceptionDutyKind = roleDutyKind('sod.exception.decide', 'Decide a segregation-of-duties exception', {
  roleKey: 'top_management',
  list: repo.requestedExceptions,
  toDuty: (x, personId, via) => ({
    kind: 'sod.exception.decide',
    key: `sodx:${x.id}:${personId}`,
    personId,
    title: `Decide exception ${x.reference} (${x.rule_id}) for ${x.full_name}`,
    detail: 'The ISM asks for a time-limited segregation-of-duties exception with a compensating control.',
    dueAt: plusDays(x.requested_at, DECIDE_WITHIN_DAYS),
    link: '/sod',
    objectType: 'sod_exception',
    objectId: x.id,
    since: x.requested_at,
    via,
  }),
});
