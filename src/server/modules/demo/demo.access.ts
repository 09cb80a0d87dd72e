import { Readable } from 'node:stream';
import type { DemoSize } from '../../../../bench/generator/people.js';
import { createRandom } from '../../../../bench/generator/random.js';
import { systemActor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createAccessReviewService } from '../access-reviews/access-reviews.service.js';
import { createEntitlementService } from '../assets/assets.entitlements.service.js';
import { createToxicService } from '../assets/assets.toxic.service.js';

const DEMO = systemActor('demo');
/** Accounts per application in the demo, by size. */
const ACCOUNTS: Record<DemoSize, number> = { small: 12, medium: 120, enterprise: 600 };
const ROLES: Record<string, { name: string; privileged: boolean; weight: number }[]> = {
  ERP: [
    { name: 'erp-user', privileged: false, weight: 6 },
    { name: 'approve-payments', privileged: true, weight: 1 },
    { name: 'erp-admin', privileged: true, weight: 1 },
  ],
  CRM: [
    { name: 'crm-user', privileged: false, weight: 6 },
    { name: 'create-payments', privileged: false, weight: 2 },
    { name: 'crm-admin', privileged: true, weight: 1 },
  ],
  'HR information system': [
    { name: 'hr-self-service', privileged: false, weight: 8 },
    { name: 'hr-officer', privileged: true, weight: 1 },
  ],
};

/**
 * Access for the demo: accounts and entitlements on the ERP, the CRM and the HR system (most
 * matched to staff by email, two orphaned), a toxic combination some people hold (approve and
 * create payments), and an access review in progress over those systems. Runs once.
 */
export async function loadDemoAccess(deps: Deps, size: DemoSize, seed: number): Promise<{ entitlements: number }> {
  const { db } = deps;
  const already = await db.selectFrom('entitlement').select('id').limit(1).executeTakeFirst();
  if (already) return { entitlements: 0 };
  const systems = await db
    .selectFrom('asset')
    .select(['id', 'name', 'reference'])
    .where('name', 'in', Object.keys(ROLES))
    .orderBy('number')
    .execute();
  const first = new Map<string, { id: string; reference: string }>();
  for (const s of systems) if (!first.has(s.name)) first.set(s.name, s);
  if (first.size === 0) return { entitlements: 0 };
  const people = await db
    .selectFrom('person')
    .select(['email'])
    .where('status', '=', 'active')
    .orderBy('email')
    .execute();
  const rnd = createRandom(seed + 7_919);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd.next() * xs.length)]!;
  const lines = ['system,account,person,entitlement,privileged'];
  const both: string[] = [];
  for (const [name, asset] of first) {
    const roles = ROLES[name]!;
    const pool = roles.flatMap((r) => Array.from({ length: r.weight }, () => r));
    // Distinct people per system: one account each.
    const chosen = [...people].sort(() => rnd.next() - 0.5).slice(0, Math.min(ACCOUNTS[size], people.length));
    for (const { email } of chosen) {
      const role = pick(pool);
      lines.push(`${asset.reference},${email.split('@')[0]},${email},${role.name},${role.privileged ? 'yes' : 'no'}`);
      if (name === 'ERP' && role.name === 'approve-payments') both.push(email);
    }
    lines.push(`${asset.reference},svc-${name.split(' ')[0]!.toLowerCase()}-legacy,,${roles.at(-1)!.name},yes`);
  }
  // Someone who approves payments in the ERP also creates them in the CRM: the toxic combination.
  const crm = first.get('CRM');
  for (const email of both.slice(0, 2))
    if (crm) lines.push(`${crm.reference},${email.split('@')[0]}.crm,${email},create-payments,no`);
  await createEntitlementService(deps).importCsv(
    DEMO,
    { stream: Readable.from(lines.map((l) => `${l}\n`)), fileName: 'demo-entitlements.csv' },
    {},
  );
  const erp = first.get('ERP');
  if (erp && crm)
    await createToxicService(deps).create(
      DEMO,
      {
        name: 'Approve and create payments',
        description: 'One person must not both create a payment and approve it (A.5.3).',
        leftAssetId: erp.id,
        leftEntitlement: 'approve-payments',
        rightAssetId: crm.id,
        rightEntitlement: 'create-payments',
        active: true,
      },
      {},
    );
  const due = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await createAccessReviewService(deps).create(
    DEMO,
    {
      title: 'Quarterly review of business applications',
      assetIds: [...first.values()].map((s) => s.id),
      differential: false,
      dueOn: due,
    },
    {},
  );
  const n = await db
    .selectFrom('entitlement')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { entitlements: Number(n.n) };
}
