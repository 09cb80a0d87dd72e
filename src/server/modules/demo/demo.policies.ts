import { createRandom } from '../../../../bench/generator/random.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createPolicyServices } from '../policies/policies.services.js';
import { recordAcknowledgements, recordPolicyHistory, type HistoricPolicy } from '../policies/policies.seed.js';
import { createResponsibilityServices } from '../responsibilities/responsibilities.services.js';
import { DEMO_POLICY_TEXTS } from './demo.policy-texts.js';

const DEMO = systemActor('demo');
const who = { actor: DEMO, grant: { kind: 'system' as const, label: 'demo' } };
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

type Holder = { assignmentId: string; personId: string };

/**
 * The demo organisation's policy set, as it would look after a couple of years of running the
 * ISMS: the ISMS policy approved by Top Management and revised this year, topic policies approved
 * by the ISM and written by their owners, acknowledgements for most people (one policy's new
 * version only half read), a review that is overdue and a draft waiting for approval, so every
 * part of the workflow has something to show. Runs once.
 */
export async function loadDemoPolicies(
  deps: Deps,
  seed: number,
): Promise<{ policies: number; acknowledgements: number }> {
  const resp = createResponsibilityServices(deps);
  const pol = createPolicyServices(deps, resp.assignments);
  if ((await pol.policies.list(DEMO, { limit: 1 })).items.length > 0) return { policies: 0, acknowledgements: 0 };
  const holders = async (roleKey: string): Promise<Holder[]> =>
    (await resp.assignments.list(DEMO, { roleKey, kind: 'holder', limit: 200, history: false })).items.map((a) => ({
      assignmentId: a.id,
      personId: a.person.id,
    }));
  const [tm] = await holders('top_management');
  const [ism] = await holders('isms_manager');
  const admins = await holders('sysadmin');
  const riskOwners = await holders('risk_owner');
  if (!tm || !ism) return { policies: 0, acknowledgements: 0 };
  const writer = admins[0] ?? riskOwners[0] ?? ism;
  const hrWriter = riskOwners[0] ?? writer;
  const rnd = createRandom(seed + 9_001);
  const asTm = { personId: tm.personId, roleKey: 'top_management', assignmentId: tm.assignmentId };
  const asIsm = { personId: ism.personId, roleKey: 'isms_manager', assignmentId: ism.assignmentId };
  const t = DEMO_POLICY_TEXTS;

  const plans: { policy: HistoricPolicy; owner: Holder; ackShare: number[] }[] = [
    {
      policy: {
        kind: 'isms',
        title: 'Information security policy',
        summary: 'Our commitment to protecting information, and the framework for the topic-specific policies.',
        approverRoleKey: 'top_management',
        reviewIntervalMonths: 12,
        ackWithinDays: 14,
        audience: { everyone: true, orgUnitIds: [], roleKeys: [] },
        versions: [
          {
            ...t.ismsV1,
            quiz: null,
            authorId: ism.personId,
            approvedBy: asTm,
            approvedAt: daysAgo(422),
            publishedAt: daysAgo(420),
          },
          {
            ...t.ismsV2,
            quiz: t.ismsQuiz,
            authorId: ism.personId,
            approvedBy: asTm,
            approvedAt: daysAgo(62),
            publishedAt: daysAgo(60),
          },
        ],
      },
      owner: ism,
      ackShare: [0.95, 0.9],
    },
    {
      policy: {
        kind: 'topic',
        title: 'Acceptable use policy',
        summary: 'How everyone may use the organisation’s devices, accounts and information.',
        approverRoleKey: 'isms_manager',
        reviewIntervalMonths: 12,
        ackWithinDays: 14,
        audience: { everyone: true, orgUnitIds: [], roleKeys: [] },
        versions: [
          {
            ...t.aup,
            quiz: null,
            authorId: hrWriter.personId,
            approvedBy: asIsm,
            approvedAt: daysAgo(302),
            publishedAt: daysAgo(300),
          },
        ],
      },
      owner: hrWriter,
      ackShare: [0.88],
    },
    {
      policy: {
        kind: 'topic',
        title: 'Access control policy',
        summary: 'Who grants, reviews and removes access, and the rules for privileged accounts.',
        approverRoleKey: 'isms_manager',
        reviewIntervalMonths: 12,
        ackWithinDays: 10,
        audience: {
          everyone: false,
          orgUnitIds: [],
          roleKeys: ['sysadmin', 'risk_owner', 'asset_owner', 'isms_manager'],
        },
        versions: [
          {
            ...t.access,
            quiz: null,
            authorId: writer.personId,
            approvedBy: asIsm,
            approvedAt: daysAgo(203),
            publishedAt: daysAgo(200),
          },
        ],
      },
      owner: writer,
      ackShare: [0.97],
    },
    {
      policy: {
        kind: 'topic',
        title: 'Incident reporting policy',
        summary: 'What to report, how, and how fast.',
        approverRoleKey: 'isms_manager',
        reviewIntervalMonths: 12,
        ackWithinDays: 14,
        audience: { everyone: true, orgUnitIds: [], roleKeys: [] },
        versions: [
          {
            ...t.incidents,
            quiz: null,
            authorId: writer.personId,
            approvedBy: asIsm,
            approvedAt: daysAgo(383),
            publishedAt: daysAgo(380),
          },
        ],
      },
      owner: ism,
      ackShare: [0.93],
    },
    {
      policy: {
        kind: 'topic',
        title: 'Secure development policy',
        summary: 'How software is designed, reviewed, tested and released.',
        approverRoleKey: 'isms_manager',
        reviewIntervalMonths: 24,
        ackWithinDays: 21,
        audience: { everyone: false, orgUnitIds: [], roleKeys: ['sysadmin'] },
        versions: [],
        inReview: { ...t.secureDev, authorId: writer.personId, submittedAt: daysAgo(2) },
      },
      owner: writer,
      ackShare: [],
    },
  ];

  let acknowledgements = 0;
  for (const plan of plans) {
    const { id, versionIds } = await deps.db.transaction().execute(async (trx) => {
      const created = await recordPolicyHistory(trx, plan.policy, who);
      await resp.assignments.open(
        trx,
        {
          personId: plan.owner.personId,
          roleKey: 'policy_owner',
          scopeType: 'policy',
          scopeId: created.id,
          kind: 'holder',
          validFrom: plan.policy.versions[0]?.approvedAt ?? plan.policy.inReview?.submittedAt,
          reason: `Owner of ${plan.policy.title}`,
          replaceCurrent: false,
        },
        who,
      );
      return created;
    });
    // Acknowledgements of each published version by the share of its audience asked then.
    for (const [i, vid] of versionIds.entries()) {
      const v = plan.policy.versions[i];
      const share = plan.ackShare[i] ?? 0;
      if (!v?.publishedAt || share === 0) continue;
      const people: string[] = [];
      for (let cursor: string | undefined; ;) {
        const page = await pol.campaigns.people(DEMO, id, vid, { limit: 200, cursor, state: 'pending' });
        people.push(...page.items.map((x) => x.person.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const chosen = people.filter(() => rnd.next() < share);
      const base = Date.parse(v.publishedAt);
      for (let k = 0; k < chosen.length; k += 1000) {
        const rows = chosen.slice(k, k + 1000).map((personId) => ({
          personId,
          at: new Date(base + Math.floor(rnd.next() * 12 * DAY)).toISOString(),
          quizScore: v.quiz ? 100 : null,
        }));
        await deps.db.transaction().execute((trx) => recordAcknowledgements(trx, vid, rows, who));
        acknowledgements += rows.length;
      }
    }
  }
  return { policies: plans.length, acknowledgements };
}
