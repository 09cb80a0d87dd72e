import type { HeldRole } from '../../core/authorize.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import { INTERNAL_AUDITOR, ISM, implementersOfNc, ncLink } from './audits.nonconformities.core.js';
import * as repo from './audits.nonconformities.repository.js';

const HANDLE = 'audits.nonconformity.handle';
const ACT = 'audits.corrective_action';
const VERIFY = 'audits.nonconformity.verify';

const via = (h: HeldRole): Duty['via'] => ({
  roleKey: h.roleKey,
  assignmentId: h.assignmentId,
  standingIn: h.kind === 'deputy',
});

/** The roles `who` exercises for objects of one type, by object id (their own before a deputy's). */
function scopedRoles(who: DutyWho, roleKey: string, scopeType: string): Map<string, HeldRole> {
  const out = new Map<string, HeldRole>();
  for (const h of [...who.roles].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1)))
    if (h.roleKey === roleKey && h.scopeType === scopeType && h.scopeId && !out.has(h.scopeId)) out.set(h.scopeId, h);
  return out;
}

const ismsRole = (who: DutyWho, roleKeys: string[]) =>
  roleKeys
    .map(
      (k) =>
        who.roles.find((h) => h.roleKey === k && h.scopeType === 'isms' && h.kind === 'holder') ??
        who.roles.find((h) => h.roleKey === k && h.scopeType === 'isms'),
    )
    .find((h) => h !== undefined);

function ncDuty(
  kind: string,
  n: repo.NcView,
  personId: string,
  v: Duty['via'],
  title: string,
  detail: string,
  since: string,
): Duty {
  return {
    kind,
    key: `${kind}:${n.id}:${personId}`,
    personId,
    title,
    detail,
    dueAt: null,
    link: ncLink(n.id),
    objectType: 'nonconformity',
    objectId: n.id,
    since,
    via: v,
  };
}

/**
 * 10.2 a, b: an open nonconformity (no corrective action planned yet, or found not effective) is
 * its owner's to correct, find the root cause of and plan actions for; the ISM's while it has none.
 */
export const handleNonconformityDutyKind: DutyKind = {
  kind: HANDLE,
  module: 'audits',
  label: 'Correct a nonconformity and plan its corrective action',
  openFor: async (db, who, at) => {
    const owned = scopedRoles(who, repo.NC_OWNER, 'nonconformity');
    const ism = ismsRole(who, [ISM]);
    const lines: { n: repo.NcView; v: Duty['via'] }[] = [];
    if (owned.size > 0)
      for (const n of await repo.allNcs(db, { now: at, status: 'open', ids: [...owned.keys()] }))
        lines.push({ n, v: via(owned.get(n.id)!) });
    if (ism)
      for (const n of await repo.allNcs(db, { now: at, status: 'open', owner: 'none' })) lines.push({ n, v: via(ism) });
    return lines.map(({ n, v }) =>
      ncDuty(
        HANDLE,
        n,
        who.personId,
        v,
        `Correct ${n.reference}, find its root cause and plan corrective action`,
        `${n.title}: contain and correct it (10.2 a), find its root cause (10.2 b) and plan corrective actions with owners and due dates${n.reopened_count > 0 ? '; the last actions were found not effective' : ''}.`,
        n.raised_at,
      ),
    );
  },
  // No due date: the ageing report and the ISM's view follow how long NCs stay open.
  dueBefore: async () => [],
};

function actionDuty(a: repo.OpenAction, personId: string, v: Duty['via']): Duty {
  return {
    kind: ACT,
    key: `${ACT}:${a.id}:${personId}`,
    personId,
    title: `${a.title} (${a.reference} for ${a.nc_reference}, due ${a.due_date})`,
    detail: `Corrective action for ${a.nc_reference}: carry it out by its due date and record what was done.`,
    dueAt: `${a.due_date}T23:59:59.999Z`,
    link: ncLink(a.nc_id),
    objectType: 'corrective_action',
    objectId: a.id,
    since: a.created_at,
    via: v,
  };
}

/** 10.2 c: each open corrective action is its owner's (or a deputy's standing in), due on its due date. */
export const correctiveActionDutyKind: DutyKind = {
  kind: ACT,
  module: 'audits',
  label: 'Carry out a corrective action',
  openFor: async (db, who) => {
    const owned = scopedRoles(who, repo.ACTION_OWNER, 'corrective_action');
    if (owned.size === 0) return [];
    return (await repo.openActions(db, { ids: [...owned.keys()] })).map((a) =>
      actionDuty(a, who.personId, via(owned.get(a.id)!)),
    );
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const actions = await repo.openActions(db, { dueBy: dueBefore.slice(0, 10) });
    const owners = await repo.holdersOf(
      db,
      repo.ACTION_OWNER,
      'corrective_action',
      actions.map((a) => a.id),
      at,
    );
    const byAction = new Map(actions.map((a) => [a.id, a]));
    return owners
      .map((o) =>
        actionDuty(byAction.get(o.scope_id)!, o.person_id, {
          roleKey: repo.ACTION_OWNER,
          assignmentId: o.id,
          standingIn: false,
        }),
      )
      .filter((d) => d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey))
      .sort((x, y) => (x.key < y.key ? -1 : 1))
      .slice(0, limit);
  },
};

/**
 * 10.2 d: an NC whose actions are all done awaits verification by the ISM or an internal auditor
 * of the whole ISMS; never by someone who implemented them (SOD-10), so they do not see it.
 */
export const verifyNonconformityDutyKind: DutyKind = {
  kind: VERIFY,
  module: 'audits',
  label: 'Verify the effectiveness of corrective actions',
  openFor: async (db, who, at) => {
    const role = ismsRole(who, [ISM, INTERNAL_AUDITOR]);
    if (!role) return [];
    const out: Duty[] = [];
    for (const n of await repo.allNcs(db, { now: at, status: 'verification' })) {
      if ((await implementersOfNc(db, n.id, at)).includes(who.personId)) continue;
      out.push(
        ncDuty(
          VERIFY,
          n,
          who.personId,
          via(role),
          `Verify the corrective actions of ${n.reference}`,
          `${n.title}: every corrective action is done; check whether they removed the cause (10.2 d).`,
          n.updated_at,
        ),
      );
    }
    return out;
  },
  dueBefore: async () => [],
};
