import type { Db } from '../../db/database.js';
import type { AuditRow } from '../../db/schema.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import { currentIsmsHolderAssignments } from '../responsibilities/responsibilities.ledger.js';
import * as repo from './audits.repository.js';
import { countsOf, teamOf } from './audits.facts.js';

const CONDUCT = 'audits.conduct';
const STAFF = 'audits.staff';
const endOf = (day: string) => `${day}T23:59:59.999Z`;

type Running = { audit: AuditRow; open: number; total: number; team: { personId: string; assignmentId: string }[] };

async function running(db: Db): Promise<Running[]> {
  const audits = await repo.auditsWithStatus(db, 'in_progress');
  const counts = await countsOf(
    db,
    audits.map((a) => a.id),
  );
  const out: Running[] = [];
  for (const a of audits) {
    const c = counts.get(a.id);
    const team = (await teamOf(db, a)).map((t) => ({ personId: t.person_id, assignmentId: t.id }));
    out.push({ audit: a, open: (c?.total ?? 0) - (c?.recorded ?? 0), total: c?.total ?? 0, team });
  }
  return out;
}

function conductDuty(r: Running, m: { personId: string; assignmentId: string }): Duty | null {
  const a = r.audit;
  const lead = m.personId === a.lead_person_id;
  if (r.open === 0 && !lead) return null;
  return {
    kind: CONDUCT,
    key: `${CONDUCT}:${a.id}:${m.personId}`,
    personId: m.personId,
    title:
      r.open === 0
        ? `Sign off the report of ${a.reference} ${a.title}`
        : `Record the results of ${a.reference} ${a.title} (${r.open} of ${r.total} open)`,
    detail:
      r.open === 0
        ? 'Every checklist item has a result: write the conclusion and sign the audit report off.'
        : `Audit ${a.planned_start} to ${a.planned_end}: record a result, notes and evidence for each checklist item.`,
    dueAt: endOf(a.planned_end),
    link: `/audits/${a.id}`,
    objectType: 'audit',
    objectId: a.id,
    since: a.started_at ?? a.created_at,
    via: { roleKey: 'internal_auditor', assignmentId: m.assignmentId, standingIn: false },
  };
}

/** 9.2: the team of a running audit records its checklist; the lead signs the report off. */
export const conductAuditDutyKind: DutyKind = {
  kind: CONDUCT,
  module: 'audits',
  label: 'Carry out an internal audit',
  openFor: async (db, who: DutyWho) => {
    if (!who.roles.some((h) => h.roleKey === 'internal_auditor' && h.scopeType === 'audit')) return [];
    const out: Duty[] = [];
    for (const r of await running(db))
      for (const m of r.team.filter((t) => t.personId === who.personId)) {
        const d = conductDuty(r, m);
        if (d) out.push(d);
      }
    return out;
  },
  dueBefore: async (db, _at, dueBefore, afterKey, limit) => {
    const out: Duty[] = [];
    for (const r of await running(db))
      for (const m of r.team) {
        const d = conductDuty(r, m);
        if (d && d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey)) out.push(d);
      }
    return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
  },
};

function staffDuty(a: AuditRow, ism: { id: string; person_id: string }): Duty {
  return {
    kind: STAFF,
    key: `${STAFF}:${a.id}:${ism.person_id}`,
    personId: ism.person_id,
    title: `Assign a lead auditor to ${a.reference} ${a.title}`,
    detail: `The audit is planned to start on ${a.planned_start}; choose an auditor independent of its scope (SOD-01).`,
    dueAt: `${a.planned_start}T00:00:00.000Z`,
    link: `/audits/${a.id}`,
    objectType: 'audit',
    objectId: a.id,
    since: a.created_at,
    via: { roleKey: 'isms_manager', assignmentId: ism.id, standingIn: false },
  };
}

/** A planned audit without a lead auditor is the ISM's to staff before it starts. */
export const staffAuditDutyKind: DutyKind = {
  kind: STAFF,
  module: 'audits',
  label: 'Staff a planned internal audit',
  openFor: async (db, who, at) => {
    const ism = who.roles.find((h) => h.roleKey === 'isms_manager' && h.scopeType === 'isms' && h.kind === 'holder');
    if (!ism) return [];
    const held = (await currentIsmsHolderAssignments(db, 'isms_manager', at)).find((h) => h.person_id === who.personId);
    if (!held) return [];
    return (await repo.auditsWithStatus(db, 'planned'))
      .filter((a) => a.lead_person_id === null)
      .map((a) => staffDuty(a, held));
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const isms = await currentIsmsHolderAssignments(db, 'isms_manager', at);
    const out: Duty[] = [];
    for (const a of await repo.auditsWithStatus(db, 'planned'))
      if (a.lead_person_id === null)
        for (const h of isms) {
          const d = staffDuty(a, h);
          if (d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey)) out.push(d);
        }
    return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
  },
};
