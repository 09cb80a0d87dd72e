import type { DemoSize } from '../../../../bench/generator/people.js';
import { createRandom } from '../../../../bench/generator/random.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { recordPastAcceptance } from '../risks/risks.seed.js';
import { loadMethod } from '../risks/risks.service.js';
import { createRiskServices } from '../risks/risks.services.js';

const DEMO = systemActor('demo');
const who = { actor: DEMO, grant: { kind: 'system' as const, label: 'demo' } };
const DAY = 86_400_000;
const RISKS_PER_DEPARTMENT: Record<DemoSize, number> = { small: 3, medium: 8, enterprise: 15 };

type Template = {
  title: string;
  category: string;
  threat: string;
  vulnerability: string;
  inherent: [number, number];
  residual: [number, number];
  treatment: 'modify' | 'retain' | 'avoid' | 'share' | null;
  action?: string;
};

/** Risks an organisation like the demo one keeps in its register (Remit's own examples). */
const TEMPLATES: Template[] = [
  {
    title: 'Phishing leads to account takeover',
    category: 'Cyber',
    threat: 'Credential phishing',
    vulnerability: 'Passwords without a second factor',
    inherent: [4, 4],
    residual: [2, 3],
    treatment: 'modify',
    action: 'Enforce multi-factor sign-in for every account',
  },
  {
    title: 'Ransomware encrypts shared drives',
    category: 'Cyber',
    threat: 'Ransomware',
    vulnerability: 'Unpatched file servers',
    inherent: [3, 5],
    residual: [2, 4],
    treatment: 'modify',
    action: 'Test restoring the file servers from backup',
  },
  {
    title: 'Laptop lost with customer data',
    category: 'Physical',
    threat: 'Loss or theft',
    vulnerability: 'Local copies of exports',
    inherent: [3, 3],
    residual: [2, 2],
    treatment: 'modify',
    action: 'Turn on disk encryption on every laptop',
  },
  {
    title: 'Supplier outage stops order processing',
    category: 'Supplier',
    threat: 'Cloud provider outage',
    vulnerability: 'Single region',
    inherent: [2, 4],
    residual: [2, 3],
    treatment: 'retain',
  },
  {
    title: 'Payments sent to changed bank details',
    category: 'Fraud',
    threat: 'Invoice fraud',
    vulnerability: 'Bank details changed by e-mail',
    inherent: [3, 4],
    residual: [1, 4],
    treatment: 'modify',
    action: 'Call back suppliers on a known number before changing bank details',
  },
  {
    title: 'Leaver keeps access to SaaS tools',
    category: 'Access',
    threat: 'Misuse by former staff',
    vulnerability: 'Manual de-provisioning',
    inherent: [3, 3],
    residual: [2, 2],
    treatment: 'modify',
    action: 'Connect the HR leaver feed to account removal',
  },
  {
    title: 'Personal data kept longer than allowed',
    category: 'Privacy',
    threat: 'Regulatory fine',
    vulnerability: 'No retention schedule',
    inherent: [3, 3],
    residual: [3, 3],
    treatment: null,
  },
  {
    title: 'Production change breaks checkout',
    category: 'Change',
    threat: 'Faulty release',
    vulnerability: 'No staged roll-out',
    inherent: [3, 4],
    residual: [2, 3],
    treatment: 'modify',
    action: 'Introduce staged roll-outs for checkout releases',
  },
  {
    title: 'Office flood damages network room',
    category: 'Physical',
    threat: 'Flooding',
    vulnerability: 'Network room in the basement',
    inherent: [1, 4],
    residual: [1, 3],
    treatment: 'share',
  },
  {
    title: 'Key person unavailable during an incident',
    category: 'People',
    threat: 'Absence',
    vulnerability: 'Undocumented procedures',
    inherent: [3, 3],
    residual: [2, 3],
    treatment: 'modify',
    action: 'Write the incident runbook and name deputies',
  },
];

/**
 * A risk register for the demo organisation: a few risks per department, owned by the
 * department's Risk Owner, assessed, most with a treatment plan the owner approved, some accepted,
 * a few left unassessed or above appetite so the heat map, duties and Top Management's decisions
 * have something to show. Runs once.
 */
export async function loadDemoRisks(deps: Deps, size: DemoSize, seed: number): Promise<{ risks: number }> {
  const resp = createResponsibilityServices(deps);
  const svc = createRiskServices(deps, resp.assignments);
  if ((await svc.risks.list(DEMO, { limit: 1, sort: 'reference' })).total > 0) return { risks: 0 };
  const owners = (
    await resp.assignments.list(DEMO, { roleKey: 'risk_owner', kind: 'holder', limit: 200, history: false })
  ).items.filter((a) => a.scope.type === 'org_unit' && a.scope.id !== null);
  const [tm] = (
    await resp.assignments.list(DEMO, { roleKey: 'top_management', kind: 'holder', limit: 1, history: false })
  ).items;
  const rnd = createRandom(seed + 7_919);
  const m = await loadMethod(deps.db);
  let created = 0;
  for (const owner of owners) {
    for (let i = 0; i < RISKS_PER_DEPARTMENT[size]; i++) {
      const tpl = TEMPLATES[Math.floor(rnd.next() * TEMPLATES.length)]!;
      let risk = await svc.risks.create(
        DEMO,
        {
          title: `${tpl.title} (${owner.scope.label})`,
          description: '',
          category: tpl.category,
          orgUnitId: owner.scope.id,
          threat: tpl.threat,
          vulnerability: tpl.vulnerability,
          ownerPersonId: null,
        },
        {},
      );
      created++;
      // One in six stays unassessed: new risks the owner still has to look at.
      if (rnd.next() < 1 / 6) continue;
      const worse = rnd.next() < 0.15 ? 1 : 0;
      risk = await svc.decisions.assess(
        DEMO,
        risk.id,
        {
          version: risk.version,
          inherentLikelihood: tpl.inherent[0],
          inherentImpact: tpl.inherent[1],
          residualLikelihood: Math.min(5, tpl.residual[0] + worse),
          residualImpact: tpl.residual[1],
          rationale: 'Assessed at the annual risk workshop',
        },
        {},
      );
      if (!tpl.treatment) continue;
      risk = await svc.decisions.setTreatment(
        DEMO,
        risk.id,
        { version: risk.version, option: tpl.treatment, note: '' },
        {},
      );
      if (tpl.action)
        risk = await svc.decisions.addAction(
          DEMO,
          risk.id,
          {
            title: tpl.action,
            description: '',
            ownerPersonId: owner.person.id,
            dueDate: new Date(Date.now() + Math.floor((rnd.next() * 120 - 20) * DAY)).toISOString().slice(0, 10),
          },
          {},
        );
      risk = await svc.decisions.approvePlan(DEMO, risk.id, risk.plan.version, {});
      // Risks within appetite are mostly accepted by their owner; above it some wait for Top
      // Management and some were accepted by it for a quarter.
      const decider =
        !risk.aboveAppetite && rnd.next() < 0.6
          ? {
              personId: owner.person.id,
              roleKey: 'risk_owner' as const,
              assignmentId: owner.id,
              days: 120 + Math.floor(rnd.next() * 200),
              why: 'Residual risk within the acceptance criteria after treatment',
            }
          : risk.aboveAppetite && tm && rnd.next() < 0.3
            ? {
                personId: tm.person.id,
                roleKey: 'top_management' as const,
                assignmentId: tm.id,
                days: 90,
                why: 'Accepted for one quarter while the treatment is implemented',
              }
            : null;
      if (decider)
        await deps.db.transaction().execute((trx) =>
          recordPastAcceptance(
            trx,
            m,
            {
              riskId: risk.id,
              decider,
              ownerPersonId: owner.person.id,
              justification: decider.why,
              acceptedAt: new Date().toISOString(),
              expiresAt: new Date(Date.now() + decider.days * DAY).toISOString(),
            },
            who,
          ),
        );
    }
  }
  return { risks: created };
}
