import type { Db } from '../../db/database.js';
import type { RiskTable as RiskRow } from '../../db/schema.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import { addWorkingDays } from '../inbox/inbox.jobs.rules.js';
import { readInboxRules } from '../inbox/inbox.settings.service.js';
import { currentIsmsHolderAssignments } from '../responsibilities/responsibilities.ledger.js';
import { loadOwnerFacts, ownerFilter } from './risks.owners.js';
import * as repo from './risks.repository.js';
import { aboveAppetite, ownerOf, unitsWithoutOwner, type Owner } from './risks.rules.js';
import { loadMethod } from './risks.service.js';

const DAY = 86_400_000;
/** Days before a due date that a risk duty appears. */
export const RISK_LEAD_DAYS = 30;
/** Working days the owner has to approve a changed treatment plan. */
export const PLAN_APPROVAL_WORKING_DAYS = 5;
/** The most duties of one kind one person's inbox lists (soonest first); the register has the rest. */
const PER_PERSON = 200;

const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();

type Facts = Awaited<ReturnType<typeof loadOwnerFacts>>;

/** The register filter for "risks whose duties are this person's": what they own, and for the ISM what nobody owns. */
function filtersFor(who: DutyWho, facts: Facts, at: string) {
  const mine = { now: at, owner: ownerFilter(who.personId, facts) };
  const ism = who.roles.some((r) => r.roleKey === 'isms_manager' && r.scopeType === 'isms');
  const unowned =
    ism && !facts.isms
      ? { now: at, owner: { personId: '', units: [], unownedUnits: unitsWithoutOwner(facts, facts.unitIds) } }
      : null;
  return unowned ? [mine, unowned] : [mine];
}

/** Who a risk duty falls to: its owner, or the ISMs when it has none. */
async function assignees(db: Db, owner: Owner | null, at: string): Promise<{ personId: string; via: Duty['via'] }[]> {
  if (owner)
    return [
      { personId: owner.personId, via: { roleKey: 'risk_owner', assignmentId: owner.assignmentId, standingIn: false } },
    ];
  return (await currentIsmsHolderAssignments(db, 'isms_manager', at)).map((h) => ({
    personId: h.person_id,
    via: { roleKey: 'isms_manager', assignmentId: h.id, standingIn: false },
  }));
}

type Source = {
  kind: string;
  label: string;
  /** Risks with this duty due before `horizon`, by id after `afterId`. */
  list: (db: Db, f: repo.RiskFilter, horizon: string, afterId: string | undefined, limit: number) => Promise<RiskRow[]>;
  duty: (
    r: RiskRow,
    at: string,
    days: Awaited<ReturnType<typeof readInboxRules>>['workingDays'],
  ) => Pick<Duty, 'title' | 'detail' | 'dueAt' | 'since'> | null;
};

/** A risk duty kind: the owner's (or, for unowned risks, the ISM's) part in the risk process. */
function riskDutyKind(src: Source): DutyKind {
  const toDuty = (
    r: RiskRow,
    personId: string,
    via: Duty['via'],
    d: NonNullable<ReturnType<Source['duty']>>,
  ): Duty => ({
    kind: src.kind,
    key: `${src.kind}:${r.id}:${personId}`,
    personId,
    title: d.title,
    detail: d.detail,
    dueAt: d.dueAt,
    link: `/risks/${r.id}`,
    objectType: 'risk',
    objectId: r.id,
    since: d.since,
    via,
  });
  return {
    kind: src.kind,
    module: 'risks',
    label: src.label,
    openFor: async (db, who, at) => {
      const [facts, rules] = await Promise.all([loadOwnerFacts(db, at), readInboxRules(db)]);
      const out: Duty[] = [];
      for (const f of filtersFor(who, facts, at))
        for (const r of await src.list(db, f, plus(at, RISK_LEAD_DAYS), undefined, PER_PERSON)) {
          const d = src.duty(r, at, rules.workingDays);
          const owner = ownerOf(r, facts);
          if (d)
            out.push(
              toDuty(
                r,
                who.personId,
                owner
                  ? {
                      roleKey: 'risk_owner',
                      assignmentId: owner.assignmentId,
                      standingIn: owner.personId !== who.personId,
                    }
                  : null,
                d,
              ),
            );
        }
      return out;
    },
    dueBefore: async (db, at, dueBefore, afterKey, limit) => {
      const [facts, rules] = await Promise.all([loadOwnerFacts(db, at), readInboxRules(db)]);
      const afterId = afterKey?.split(':')[1];
      const out: Duty[] = [];
      let cursor = afterId;
      for (;;) {
        const rows = await src.list(db, { now: at }, dueBefore, cursor, limit);
        for (const r of rows) {
          const d = src.duty(r, at, rules.workingDays);
          if (!d || d.dueAt === null || d.dueAt >= dueBefore) continue;
          for (const a of await assignees(db, ownerOf(r, facts), at)) {
            const duty = toDuty(r, a.personId, a.via, d);
            if (afterKey === undefined || duty.key > afterKey) out.push(duty);
          }
        }
        if (out.length >= limit || rows.length < limit) break;
        cursor = rows[rows.length - 1]!.id;
      }
      return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
    },
  };
}

/** 8.2: risks are reassessed at the method's interval; new ones are assessed within 30 days. */
export const assessRiskDutyKind = riskDutyKind({
  kind: 'risks.assess',
  label: 'Assess a risk',
  list: (db, f, horizon, afterId, limit) =>
    repo.dueForAssessment(db, f, horizon, plus(horizon, -RISK_LEAD_DAYS), afterId, limit),
  duty: (r) => {
    const first = r.assessed_at === null;
    return {
      title: first ? `Assess ${r.reference} ${r.title}` : `Reassess ${r.reference} ${r.title}`,
      detail: first
        ? 'A new risk in your area: score its likelihood and impact, before and after existing controls.'
        : 'The risk is due for its periodic reassessment.',
      dueAt: first ? plus(r.created_at, RISK_LEAD_DAYS) : r.next_assessment_at,
      since: first ? r.created_at : plus(r.next_assessment_at!, -RISK_LEAD_DAYS),
    };
  },
});

/** 6.1.3 f: the owner approves the treatment plan whenever it changes. */
export const approvePlanDutyKind = riskDutyKind({
  kind: 'risks.approve_plan',
  label: 'Approve a risk treatment plan',
  list: (db, f, _at, afterId, limit) => repo.plansAwaitingApproval(db, f, afterId, limit),
  duty: (r, _at, days) => ({
    title: `Approve the treatment plan of ${r.reference} ${r.title}`,
    detail: `The plan (${r.treatment_option}) changed since it was last approved; review it and approve it.`,
    dueAt: addWorkingDays(r.updated_at, PLAN_APPROVAL_WORKING_DAYS, days),
    since: r.updated_at,
  }),
});

/** An acceptance runs out: decide again (accept anew, or treat). */
export const renewAcceptanceDutyKind = riskDutyKind({
  kind: 'risks.renew_acceptance',
  label: 'Renew a risk acceptance',
  list: (db, f, horizon, afterId, limit) => repo.acceptancesEnding(db, f, horizon, afterId, limit),
  duty: (r, at) => ({
    title: `${r.accepted_until! < at ? 'Acceptance expired' : 'Acceptance ends soon'}: ${r.reference} ${r.title}`,
    detail: 'Reassess the risk and accept its residual risk again, or treat it further.',
    dueAt: r.accepted_until,
    since: plus(r.accepted_until!, -RISK_LEAD_DAYS),
  }),
});

/** Treatment actions are the action owner's, due on their due date. */
export const riskActionDutyKind: DutyKind = {
  kind: 'risks.action',
  module: 'risks',
  label: 'Carry out a risk treatment action',
  openFor: async (db, who) => {
    const rows = await repo.listActions(db, { status: 'open', ownerPersonId: who.personId }, undefined, PER_PERSON);
    return rows.map((x) => actionDuty(x, who.personId));
  },
  dueBefore: async (db, _at, dueBefore, afterKey, limit) => {
    const rows = await repo.listActions(db, { status: 'open', dueBefore: dueBefore.slice(0, 10) }, undefined, 5000);
    return rows
      .filter((x) => x.owner_person_id !== null)
      .map((x) => actionDuty(x, x.owner_person_id!))
      .filter((d) => d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .slice(0, limit);
  },
};

function actionDuty(x: repo.ActionWithRisk, personId: string): Duty {
  return {
    kind: 'risks.action',
    key: `risks.action:${x.id}:${personId}`,
    personId,
    title: `${x.title} (${x.reference})`,
    detail: `A treatment action for ${x.reference} ${x.risk_title}; mark it done when it is.`,
    dueAt: x.due_date ? `${x.due_date}T23:59:59.999Z` : null,
    link: `/risks/${x.risk_id}`,
    objectType: 'risk',
    objectId: x.risk_id,
    since: x.created_at,
    via: null,
  };
}

/** Risks above appetite without a decision are Top Management's to accept (SOD-09). */
export const acceptAboveAppetiteDutyKind: DutyKind = {
  kind: 'risks.accept_above_appetite',
  module: 'risks',
  label: 'Decide on a risk above appetite',
  openFor: async (db, who, at) => {
    if (!who.roles.some((r) => r.roleKey === 'top_management' && r.scopeType === 'isms')) return [];
    return aboveAppetiteDuties(db, at, [{ personId: who.personId, assignmentId: null }]);
  },
  dueBefore: async (db, at, dueBefore, afterKey, limit) => {
    const holders = (await currentIsmsHolderAssignments(db, 'top_management', at)).map((h) => ({
      personId: h.person_id,
      assignmentId: h.id,
    }));
    return (await aboveAppetiteDuties(db, at, holders))
      .filter((d) => d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .slice(0, limit);
  },
};

/** Open, assessed risks above appetite whose plan the owner approved but that nobody has accepted. */
async function aboveAppetiteDuties(
  db: Db,
  at: string,
  people: { personId: string; assignmentId: string | null }[],
): Promise<Duty[]> {
  const m = await loadMethod(db);
  const rows = await repo.listRisks(db, { now: at, aboveScore: m.appetiteScore }, '-residual', undefined, PER_PERSON);
  const waiting = rows.filter(
    (r) =>
      r.closed_at === null &&
      aboveAppetite(m, r.residual_score) &&
      (r.accepted_until === null || r.accepted_until <= at) &&
      r.plan_approved_version !== null &&
      r.plan_approved_version === r.plan_version &&
      r.plan_approved_at !== null,
  );
  return waiting.flatMap((r) =>
    people.map((p) => ({
      kind: 'risks.accept_above_appetite',
      key: `risks.accept_above_appetite:${r.id}:${p.personId}`,
      personId: p.personId,
      title: `Decide on ${r.reference} ${r.title}: residual risk above appetite`,
      detail: `Residual score ${r.residual_score} is above the acceptance criteria (${m.appetiteScore}); only Top Management may accept it.`,
      dueAt: plus(r.plan_approved_at!, 14),
      link: `/risks/${r.id}`,
      objectType: 'risk',
      objectId: r.id,
      since: r.plan_approved_at!,
      via: p.assignmentId ? { roleKey: 'top_management', assignmentId: p.assignmentId, standingIn: false } : null,
    })),
  );
}
