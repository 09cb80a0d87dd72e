import type { DemoOrganisation } from './people.js';
import { createRandom } from './random.js';

const DAY = 86_400_000;

/** A policy for the acknowledgement benchmark, with the history of its published versions. */
export type BenchPolicy = {
  kind: 'isms' | 'topic';
  title: string;
  summary: string;
  approverRoleKey: 'top_management' | 'isms_manager';
  ackWithinDays: number;
  /** Codes of the org units (with the units below them) that must read it; null: everyone. */
  audienceUnits: string[] | null;
  /** Days before now each version was published, oldest first; the last one is in force. */
  publishedDaysAgo: number[];
};

const TOPICS: [title: string, summary: string, audienceUnits: string[] | null][] = [
  ['Information security policy', 'Our commitment to protecting information, and the framework.', null],
  ['Acceptable use policy', 'How everyone may use devices, accounts and information.', null],
  ['Access control policy', 'Who grants, reviews and removes access.', null],
  ['Incident reporting policy', 'What to report, how, and how fast.', null],
  ['Information classification policy', 'Labels, and how each label is handled.', null],
  ['Remote working policy', 'Working safely away from the office.', null],
  ['Supplier security policy', 'What we ask of suppliers who handle our information.', null],
  ['Secure development policy', 'How software is designed, reviewed, tested and released.', ['ENG', 'IT']],
  [
    'Customer data handling policy',
    'Handling customer data in sales, operations and marketing.',
    ['SALES', 'OPS', 'MKT'],
  ],
  ['Backup and recovery policy', 'What is backed up, how often, and how restores are tested.', null],
];

/**
 * `count` policies (the first is the ISMS policy, approved by Top Management; the rest topic
 * policies approved by the ISM; two of them for a few divisions only), each with `versions`
 * published versions roughly 200 days apart, the one in force published 20 to 120 days ago.
 */
export function planPolicies(count: number, versions: number): BenchPolicy[] {
  return Array.from({ length: count }, (_, i) => {
    const [title, summary, audienceUnits] = TOPICS[i % TOPICS.length]!;
    const current = 20 + ((i * 37) % 100);
    return {
      kind: i === 0 ? 'isms' : 'topic',
      title: i < TOPICS.length ? title : `${title} (${Math.floor(i / TOPICS.length) + 1})`,
      summary,
      approverRoleKey: i === 0 ? 'top_management' : 'isms_manager',
      ackWithinDays: i % 3 === 0 ? 14 : 10,
      audienceUnits,
      publishedDaysAgo: Array.from({ length: versions }, (_, v) => current + (versions - 1 - v) * (180 + i * 3)),
    };
  });
}

/** A plausible body of a few sections, so versions are the size of real policy texts (about 2 kB). */
export function policyBody(p: BenchPolicy, version: number): string {
  const para = (topic: string) =>
    `${topic} applies to everyone who works for or with the organisation and to every system that holds ` +
    `its information. Managers make sure their teams know it; the ISM checks that it is followed, and ` +
    `exceptions are approved in writing, recorded in the risk register and reviewed at least yearly.`;
  return [
    `# ${p.title}`,
    `Version ${version}. ${p.summary}`,
    '## Purpose',
    para('This policy'),
    '## Scope',
    para('The scope'),
    '## Rules',
    ...Array.from({ length: 6 }, (_, i) => `${i + 1}. ${para(`Rule ${i + 1}`)}`),
    '## Review',
    'The policy owner reviews this policy every year and after any significant change.',
  ].join('\n\n');
}

/** One acknowledgement: person (index into `org.people`) read `version` (0-based) of `policy` `afterMs` after it was published. */
export type PlannedAck = { policy: number; version: number; person: number; afterMs: number };

export type AckPlan = {
  /** Per policy, the indexes of the people in its audience now (active, started). */
  audience: number[][];
  /** People who have read none of the versions in force (the pending list of every campaign). */
  laggards: Set<number>;
  /** Every acknowledgement, by policy, version and person (the primary key's order). */
  rows: () => Generator<PlannedAck>;
};

/**
 * Who acknowledged what: everyone in a policy's audience acknowledged every version, within its
 * window, except `pendingShare` of the people (the laggards), who have not read the versions in
 * force, and `missShare` of the older acknowledgements, missed at random; leavers acknowledged
 * only the versions published before they left. Deterministic for a seed.
 */
export function planAcknowledgements(
  org: DemoOrganisation,
  policies: BenchPolicy[],
  now: number,
  seed: number,
  opts: { pendingShare: number; missShare: number } = { pendingShare: 0.03, missShare: 0.01 },
): AckPlan {
  const rnd = createRandom(seed);
  const today = new Date(now).toISOString().slice(0, 10);
  const below = new Map<string, string[]>();
  for (const u of org.units) if (u.parentCode) below.set(u.parentCode, [...(below.get(u.parentCode) ?? []), u.code]);
  const subtree = (codes: string[]) => {
    const out = new Set<string>();
    const stack = [...codes];
    while (stack.length > 0) {
      const c = stack.pop()!;
      if (out.has(c)) continue;
      out.add(c);
      stack.push(...(below.get(c) ?? []));
    }
    return out;
  };
  const units = policies.map((p) => (p.audienceUnits ? subtree(p.audienceUnits) : null));
  const inUnits = (p: number, person: number) => units[p]?.has(org.people[person]!.orgUnitCode) ?? true;
  const laggards = new Set<number>();
  org.people.forEach((person, i) => {
    if (person.status === 'active' && rnd.next() < opts.pendingShare) laggards.add(i);
  });
  const audience = policies.map((_, p) =>
    org.people.flatMap((person, i) =>
      person.status === 'active' && person.startDate <= today && inUnits(p, i) ? [i] : [],
    ),
  );
  function* rows(): Generator<PlannedAck> {
    const r = createRandom(seed + 1);
    for (const [p, policy] of policies.entries()) {
      const windowMs = policy.ackWithinDays * DAY;
      for (const [v, daysAgo] of policy.publishedDaysAgo.entries()) {
        const publishedAt = now - daysAgo * DAY;
        const inForce = v === policy.publishedDaysAgo.length - 1;
        for (const [i, person] of org.people.entries()) {
          if (!inUnits(p, i)) continue;
          if (person.leaveDate !== null && Date.parse(person.leaveDate) <= publishedAt) continue;
          if (inForce ? laggards.has(i) : r.next() < opts.missShare) continue;
          // Most read it within days, a few only near the deadline; nobody after "now".
          const afterMs = Math.floor(r.next() ** 2 * Math.min(windowMs, daysAgo * DAY - 60_000));
          yield { policy: p, version: v, person: i, afterMs };
        }
      }
    }
  }
  return { audience, laggards, rows };
}
