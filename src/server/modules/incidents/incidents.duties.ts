import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import {
  currentIsmsHolderAssignments,
  currentScopeHolders,
  holdersOfScopes,
} from '../responsibilities/responsibilities.ledger.js';
import { INCIDENT_MANAGER, incidentLink, ISM } from './incidents.core.js';
import * as repo from './incidents.repository.js';

const TRIAGE = 'incidents.triage';
const ASSIGN = 'incidents.assign';
const RESPOND = 'incidents.respond';
const CLOSE = 'incidents.close';

const via = (h: HeldRole): Duty['via'] => ({
  roleKey: h.roleKey,
  assignmentId: h.assignmentId,
  standingIn: h.kind === 'deputy',
});

/** The whole-ISMS role (ISM, else incident manager) `who` exercises, their own before a deputy's. */
const managerRole = (who: DutyWho) =>
  [ISM, INCIDENT_MANAGER]
    .map(
      (k) =>
        who.roles.find((h) => h.roleKey === k && h.scopeType === 'isms' && h.kind === 'holder') ??
        who.roles.find((h) => h.roleKey === k && h.scopeType === 'isms'),
    )
    .find((h) => h !== undefined);

type Line = { title: string; detail: string; dueAt: string | null; since: string };

function duty(kind: string, r: IncidentRow, personId: string, v: Duty['via'], l: Line): Duty {
  return {
    kind,
    key: `${kind}:${r.id}:${personId}`,
    personId,
    title: l.title,
    detail: l.detail,
    dueAt: l.dueAt,
    link: incidentLink(r.id),
    objectType: 'incident',
    objectId: r.id,
    since: l.since,
    via: v,
  };
}

const label = (r: IncidentRow) => `${r.reference} ${r.title}`;

/** Which of the managers' duties an incident gives now, if any. */
function managerLine(kind: string, r: IncidentRow, handled: boolean): Line | null {
  if (kind === TRIAGE && r.status === 'reported')
    return {
      title: `Triage ${r.reference}`,
      detail: `${r.title}: decide whether it is an incident, its severity and category, and who handles it.`,
      dueAt: r.triage_due_at,
      since: r.reported_at,
    };
  if (kind === ASSIGN && r.status === 'open' && !handled)
    return {
      title: `Give ${r.reference} a handler`,
      detail: `${label(r)} is a ${r.severity} incident that nobody handles: assign a handler (a system administrator of what it affects, by default).`,
      dueAt: r.next_due_at,
      since: r.triaged_at ?? r.reported_at,
    };
  if (kind === CLOSE && r.status === 'resolved')
    return {
      title: `Record the lessons learned from ${r.reference} and close it`,
      detail: `${r.title} is recovered: record what the organisation learns from it (A.5.27) and tell the reporter the outcome.`,
      dueAt: r.close_due_at,
      since: r.resolved_at ?? r.reported_at,
    };
  return null;
}

const STATUS_OF: Record<string, string> = { [TRIAGE]: 'reported', [ASSIGN]: 'open', [CLOSE]: 'resolved' };

async function candidates(db: Db, kind: string, at: string) {
  const rows = await repo.allIncidents(db, { now: at, status: STATUS_OF[kind] as repo.IncidentStatusFilter });
  const handlers =
    kind === ASSIGN
      ? await holdersOfScopes(
          db,
          repo.HANDLER,
          'incident',
          rows.map((r) => r.id),
          at,
        )
      : new Map<string, string>();
  return rows.flatMap((r) => {
    const l = managerLine(kind, r, handlers.has(r.id));
    return l ? [{ r, l }] : [];
  });
}

/** A duty of the ISM and of every incident manager (both are told; either acts). */
function managerDutyKind(kind: string, labelText: string): DutyKind {
  return {
    kind,
    module: 'incidents',
    label: labelText,
    openFor: async (db, who, at) => {
      const role = managerRole(who);
      if (!role) return [];
      return (await candidates(db, kind, at)).map(({ r, l }) => duty(kind, r, who.personId, via(role), l));
    },
    dueBefore: async (db, at, dueBefore, afterKey, limit) => {
      const lines = (await candidates(db, kind, at)).filter(({ l }) => l.dueAt !== null && l.dueAt < dueBefore);
      if (lines.length === 0) return [];
      const managers = [
        ...(await currentIsmsHolderAssignments(db, ISM, at)).map((h) => ({ ...h, roleKey: ISM })),
        ...(await currentIsmsHolderAssignments(db, INCIDENT_MANAGER, at)).map((h) => ({
          ...h,
          roleKey: INCIDENT_MANAGER,
        })),
      ];
      const seen = new Set<string>();
      const out: Duty[] = [];
      for (const m of managers) {
        if (seen.has(m.person_id)) continue;
        seen.add(m.person_id);
        for (const { r, l } of lines)
          out.push(duty(kind, r, m.person_id, { roleKey: m.roleKey, assignmentId: m.id, standingIn: false }, l));
      }
      return out
        .filter((d) => afterKey === undefined || d.key > afterKey)
        .sort((x, y) => (x.key < y.key ? -1 : 1))
        .slice(0, limit);
    },
  };
}

export const triageIncidentDutyKind = managerDutyKind(TRIAGE, 'Triage a reported incident');
export const assignIncidentDutyKind = managerDutyKind(ASSIGN, 'Assign an incident handler');
export const closeIncidentDutyKind = managerDutyKind(CLOSE, 'Record lessons learned and close an incident');

function respondLine(r: IncidentRow): Line {
  const containing = r.phase === 'contain';
  return {
    title: containing ? `Contain ${r.reference}` : `Eradicate and recover from ${r.reference}`,
    detail: containing
      ? `${r.title} (${r.severity}): stop it spreading and limit the damage, then record what was done.`
      : `${r.title} (${r.severity}): remove its cause and restore what was affected, keeping the timeline current.`,
    dueAt: containing ? r.contain_due_at : r.resolve_due_at,
    since: r.triaged_at ?? r.reported_at,
  };
}

/** A.5.26: each incident being handled is its handler's (or a deputy's standing in) to take through its phases. */
export const respondIncidentDutyKind: DutyKind = {
  kind: RESPOND,
  module: 'incidents',
  label: 'Respond to an incident',
  openFor: async (db, who, at) => {
    const held = new Map<string, HeldRole>();
    for (const h of [...who.roles].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1)))
      if (h.roleKey === repo.HANDLER && h.scopeType === 'incident' && h.scopeId && !held.has(h.scopeId))
        held.set(h.scopeId, h);
    if (held.size === 0) return [];
    return (await repo.allIncidents(db, { now: at, status: 'open', ids: [...held.keys()] })).map((r) =>
      duty(RESPOND, r, who.personId, via(held.get(r.id)!), respondLine(r)),
    );
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const out: Duty[] = [];
    for (const r of await repo.dueBefore(db, dueBefore)) {
      if (r.status !== 'open') continue;
      const [h] = await currentScopeHolders(db, repo.HANDLER, 'incident', r.id, at);
      if (!h) continue;
      const d = duty(
        RESPOND,
        r,
        h.person_id,
        { roleKey: repo.HANDLER, assignmentId: h.id, standingIn: false },
        respondLine(r),
      );
      if (d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey)) out.push(d);
    }
    return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
  },
};
