import type { DemoOrganisation, DemoPerson } from '../../../../bench/generator/people.js';
import { createRandom } from '../../../../bench/generator/random.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import { createOrgUnitService } from '../people/people.org-units.service.js';
import { recordAcknowledgement } from '../responsibilities/responsibilities.assignments.service.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';

const DEMO = systemActor('demo');
const who = { actor: DEMO, grant: { kind: 'system' as const, label: 'demo' } };
const BATCH = 500;
/** How long ago the demo organisation's roles were assigned. */
export const ROLES_SINCE_DAYS = 730;

type Plan = { person: DemoPerson; roleKey: string; orgUnitCode?: string; kind: 'holder' | 'deputy'; reason: string };

/**
 * Fills the responsibility ledger of a demo organisation the way an ISM would: the CEO as Top
 * Management, a security lead as ISM, a risk owner (with a deputy) per department, system
 * administrators and internal auditors from fitting job titles, and most assignments already
 * acknowledged. Runs once: an organisation that already has Top Management is left alone.
 */
export async function assignDemoRoles(
  deps: Deps,
  org: DemoOrganisation,
  seed: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ assignments: number; acknowledgements: number }> {
  const svc = createResponsibilityServices(deps);
  const existing = await svc.assignments.list(DEMO, { roleKey: 'top_management', limit: 1, history: false });
  if (existing.items.length > 0) return { assignments: 0, acknowledgements: 0 };
  const rnd = createRandom(seed + 5_003);
  const active = org.people.filter((p) => p.status === 'active');
  const ceo = active.find((p) => p.managerEmployeeId === null);
  if (!ceo) return { assignments: 0, acknowledgements: 0 };
  const taken = new Set<string>([ceo.employeeId]);
  const pick = (pred: (p: DemoPerson) => boolean) => {
    const found = active.find((p) => !taken.has(p.employeeId) && pred(p));
    if (found) taken.add(found.employeeId);
    return found;
  };
  const plan: Plan[] = [{ person: ceo, roleKey: 'top_management', kind: 'holder', reason: 'Chief executive' }];
  const ism = pick((p) => /security|information|technology|IT\b/i.test(p.jobTitle)) ?? pick(() => true);
  if (ism) plan.push({ person: ism, roleKey: 'isms_manager', kind: 'holder', reason: 'Leads information security' });

  const departments = org.units.filter(
    (u) =>
      u.parentCode !== null &&
      u.parentCode !== 'ACME' &&
      org.units.some((p) => p.code === u.parentCode && p.parentCode === 'ACME'),
  );
  for (const dept of departments) {
    const inDept = (p: DemoPerson) => p.orgUnitCode === dept.code || p.orgUnitCode.startsWith(`${dept.code}-`);
    const owner = pick((p) => inDept(p) && /head|director|manager|lead/i.test(p.jobTitle)) ?? pick(inDept);
    if (!owner) continue;
    plan.push({
      person: owner,
      roleKey: 'risk_owner',
      orgUnitCode: dept.code,
      kind: 'holder',
      reason: `Owns the risks of ${dept.name}`,
    });
    const deputy = pick(inDept);
    if (deputy)
      plan.push({
        person: deputy,
        roleKey: 'risk_owner',
        orgUnitCode: dept.code,
        kind: 'deputy',
        reason: `Deputy risk owner for ${dept.name}`,
      });
  }
  const admins = Math.max(2, Math.round(active.length / 150));
  for (let i = 0; i < admins; i += 1) {
    const p = pick((x) => /engineer|administrator|devops|platform|infrastructure|network/i.test(x.jobTitle));
    if (p) plan.push({ person: p, roleKey: 'sysadmin', kind: 'holder', reason: 'Runs production systems' });
  }
  const auditors = Math.max(1, Math.round(active.length / 1000));
  for (let i = 0; i < auditors; i += 1) {
    const p = pick((x) => /audit|analyst|controller|accountant|finance/i.test(x.jobTitle)) ?? pick(() => true);
    if (p) plan.push({ person: p, roleKey: 'internal_auditor', kind: 'holder', reason: 'Internal audit programme' });
  }
  // Picked last, so that adding the role left every earlier pick of a seed as it was.
  const incidentManager =
    pick((x) => /security|service desk|support|operations|infrastructure/i.test(x.jobTitle)) ?? pick(() => true);
  if (incidentManager)
    plan.push({
      person: incidentManager,
      roleKey: 'incident_manager',
      kind: 'holder',
      reason: 'Triages incident reports and runs the response for the ISM',
    });

  const units = new Map((await createOrgUnitService(deps).tree(DEMO)).items.map((u) => [u.code, u.id]));
  const ids = new Map<string, string>();
  for (const p of plan) {
    const found = await svc.assignments.personByEmail(p.person.email);
    if (found) ids.set(p.person.employeeId, found.id);
  }
  let assignments = 0;
  const since = new Date(Date.now() - ROLES_SINCE_DAYS * 86_400_000).toISOString().slice(0, 10);
  await deps.db.transaction().execute(async (trx) => {
    for (const p of plan) {
      const personId = ids.get(p.person.employeeId);
      if (!personId) continue;
      const scopeId = p.orgUnitCode ? (units.get(p.orgUnitCode) ?? null) : null;
      if (p.orgUnitCode && !scopeId) continue;
      await svc.assignments.open(
        trx,
        {
          personId,
          roleKey: p.roleKey,
          scopeType: scopeId ? 'org_unit' : 'isms',
          scopeId,
          kind: p.kind,
          // The organisation has run its ISMS for a while: roles date from two years ago, or the
          // person's first day, so the decisions in its history were taken under them.
          validFrom: p.person.startDate > since ? `${p.person.startDate}T00:00:00.000Z` : `${since}T00:00:00.000Z`,
          reason: p.reason,
          replaceCurrent: false,
        },
        who,
      );
      assignments += 1;
    }
  });

  // Most people have read their responsibilities; some have not yet, so coverage has work to show.
  let acknowledgements = 0;
  const everyone = active.filter(() => rnd.next() < 0.85);
  for (let i = 0; i < everyone.length; i += BATCH) {
    const batch = everyone.slice(i, i + BATCH);
    const personIds: (string | undefined)[] = [];
    for (const p of batch) personIds.push(ids.get(p.employeeId) ?? (await svc.assignments.personByEmail(p.email))?.id);
    await deps.db.transaction().execute(async (trx) => {
      const at = nowIso();
      for (const personId of personIds) {
        if (!personId) continue;
        for (const row of await svc.assignments.currentOf(trx, personId)) {
          await recordAcknowledgement(trx, row, at, who);
          acknowledgements += 1;
        }
      }
    });
    onProgress?.(Math.min(i + BATCH, everyone.length), everyone.length);
  }
  return { assignments, acknowledgements };
}
