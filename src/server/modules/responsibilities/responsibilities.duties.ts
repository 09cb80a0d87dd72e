import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import type { Duty, DutyKind } from '../inbox/inbox.duties.js';
import { addWorkingDays, nextWorkingDay, type Weekday } from '../inbox/inbox.jobs.rules.js';
import { readInboxRules } from '../inbox/inbox.settings.service.js';
import * as repo from './responsibilities.duties.repository.js';
import * as ledger from './responsibilities.ledger.repository.js';

const DAY = 86_400_000;
/** Days a person has to read and acknowledge a new role (or a changed role text); due on a working day. */
export const ACKNOWLEDGE_WITHIN_DAYS = 14;
/** Working days the ISM has to confirm a leaver's handover, and Top Management to decide an SoD exception. */
export const DECIDE_WITHIN_WORKING_DAYS = 5;

const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
const minusDays = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString();
const workingDaysOf = async (db: Db) => (await readInboxRules(db)).workingDays;
const ackDue = (since: string, days: readonly Weekday[]) =>
  nextWorkingDay(plusDays(since, ACKNOWLEDGE_WITHIN_DAYS), days);
const decisionDue = (since: string, days: readonly Weekday[]) =>
  addWorkingDays(since, DECIDE_WITHIN_WORKING_DAYS, days);

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

function ackDuty(r: repo.AckRow, days: readonly Weekday[]): Duty {
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
    dueAt: ackDue(started, days),
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
  openFor: async (db, who, at) => {
    const days = await workingDaysOf(db);
    return (await repo.unacknowledgedOf(db, who.personId, at)).map((r) => ackDuty(r, days));
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    // Keys start with the assignment id, so paging by key pages by id.
    const afterId = afterKey?.split(':')[1];
    // Due is at least 14 days after the start, so the query narrows by that; the exact due date
    // (moved to a working day) is checked below.
    const days = await workingDaysOf(db);
    const rows = await repo.unacknowledgedStartedBefore(
      db,
      at,
      minusDays(dueBefore, ACKNOWLEDGE_WITHIN_DAYS),
      afterId,
      limit + 1,
    );
    return rows
      .map((r) => ackDuty(r, days))
      .filter((d) => (afterKey === undefined || d.key > afterKey) && d.dueAt !== null && d.dueAt < dueBefore)
      .slice(0, limit);
  },
};

type RoleDutySource<T> = {
  roleKey: string;
  list: (db: Db, before: string | null) => Promise<T[]>;
  toDuty: (item: T, personId: string, via: Duty['via'], days: readonly Weekday[]) => Duty;
};

/** A duty that falls to whoever exercises a whole-ISMS role: its holders, or deputies standing in. */
function roleDutyKind<T>(kind: string, module: string, label: string, src: RoleDutySource<T>): DutyKind {
  return {
    kind,
    module,
    label,
    openFor: async (db, who) => {
      const role = exercised(who.roles, src.roleKey);
      if (!role) return [];
      const via = { roleKey: role.roleKey, assignmentId: role.assignmentId, standingIn: role.kind === 'deputy' };
      const days = await workingDaysOf(db);
      return (await src.list(db, null)).map((item) => src.toDuty(item, who.personId, via, days));
    },
    dueBefore: async (db, at, dueBefore, afterKey, limit) => {
      // Five working days are at least five calendar days: narrow by that, then check exactly.
      const items = await src.list(db, minusDays(dueBefore, DECIDE_WITHIN_WORKING_DAYS));
      if (items.length === 0) return [];
      const [holders, days] = await Promise.all([ledger.currentHolders(db, src.roleKey, at), workingDaysOf(db)]);
      const duties = items.flatMap((item) =>
        holders.map((h) =>
          src.toDuty(item, h.person_id, { roleKey: src.roleKey, assignmentId: h.id, standingIn: false }, days),
        ),
      );
      return pageAfter(
        duties.filter((d) => d.dueAt !== null && d.dueAt < dueBefore),
        afterKey,
        limit,
      );
    },
  };
}

export const handoverDutyKind = roleDutyKind(
  'responsibilities.handover',
  'responsibilities',
  "Confirm a leaver's handover",
  {
    roleKey: 'isms_manager',
    list: repo.openHandovers,
    toDuty: (h, personId, via, days) => ({
      kind: 'responsibilities.handover',
      key: `handover:${h.id}:${personId}`,
      personId,
      title: `Confirm the handover of ${h.full_name}`,
      detail: `${h.full_name} has left; hand over what they still hold so nothing is left without an owner.`,
      dueAt: decisionDue(h.opened_at, days),
      link: `/handovers/${h.id}`,
      objectType: 'handover',
      objectId: h.id,
      since: h.opened_at,
      via,
    }),
  },
);

export const sodExceptionDutyKind = roleDutyKind(
  'sod.exception.decide',
  'sod',
  'Decide a segregation-of-duties exception',
  {
    roleKey: 'top_management',
    list: repo.requestedExceptions,
    toDuty: (x, personId, via, days) => ({
      kind: 'sod.exception.decide',
      key: `sodx:${x.id}:${personId}`,
      personId,
      title: `Decide exception ${x.reference} (${x.rule_id}) for ${x.full_name}`,
      detail: 'The ISM asks for a time-limited segregation-of-duties exception with a compensating control.',
      dueAt: decisionDue(x.requested_at, days),
      link: '/sod',
      objectType: 'sod_exception',
      objectId: x.id,
      since: x.requested_at,
      via,
    }),
  },
);
