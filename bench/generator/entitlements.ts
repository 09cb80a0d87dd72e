import fs from 'node:fs';
import type { DemoOrganisation } from './people.js';
import { createRandom } from './random.js';

/**
 * The systems of a company and the entitlement export of all of them (the CSV the entitlement
 * import reads: `system,account,person,entitlement,privileged`), generated deterministically and
 * streamed to a file, with everything a benchmark must find in it counted on the way: accounts
 * matched by email, by employee id and to nobody, privileged rows, the people holding both sides
 * of a toxic combination, and who reviews each row in a campaign.
 */

export type PlannedSystem = {
  /** Asset number (AST-0001 …). */
  number: number;
  reference: string;
  /** The CMDB id the inventory holds (`external_id`). */
  externalId: string;
  name: string;
  type: 'application' | 'system';
  /** Org unit code, or null: a system of nobody's unit. */
  unitCode: string | null;
  /** Index into `org.people` of an Asset Owner held for this system itself, or null. */
  directOwner: number | null;
  /** How the export names the system: its reference, its CMDB id or its (unique) name. */
  csvName: string;
  core: boolean;
  /** Relative share of the rows. */
  weight: number;
  /** Ordinary and privileged entitlement names (never a toxic rule's names). */
  catalogue: string[];
  privileged: string[];
};

export type ToxicSide = { system: number; pattern: string; privileged: boolean };
export type PlannedToxicRule = {
  name: string;
  description: string;
  left: ToxicSide;
  right: ToxicSide;
  /** People (indexes) holding both sides; each holds exactly one entitlement per side. */
  both: number[];
  leftOnly: number[];
  rightOnly: number[];
};

export type EntitlementPlan = {
  systems: PlannedSystem[];
  /** Org unit code → index into `org.people` of its Asset Owner (divisions and departments: their heads). */
  unitOwners: Map<string, number>;
  /** Index into `org.people` of the ISM (the fallback reviewer of systems without an owner). */
  ism: number;
  rules: PlannedToxicRule[];
  /** Person index → the toxic-side entitlements they hold, per system index. */
  toxicHoldings: Map<number, Map<number, { name: string; privileged: boolean; rule: number }[]>>;
};

/** What a campaign gives one reviewer (keyed by person index; -1: nobody). */
export type ReviewerCount = { total: number; orphaned: number; privileged: number; toxic: number };

export type EntitlementStats = {
  rows: number;
  /** Systems with at least one row. */
  systems: number;
  accounts: number;
  unmatchedAccounts: number;
  /** Rows by how the account was matched: email in the person column, employee id, account name = email, nobody. */
  matched: { email: number; employeeId: number; accountName: number; none: number };
  privileged: number;
  /** Rows that are one side of a toxic combination held by someone holding both. */
  toxicItems: number;
  /** Per rule: people holding both sides. */
  conflicts: number[];
  /** Rows whose holder owns the system (routed to their manager) and rows of systems nobody owns (to the ISM). */
  routed: { ownAccount: number; noOwner: number };
  reviewers: Record<number, ReviewerCount>;
  /** Only with `churn`: rows whose privileged flag flipped, renamed (old gone, new one), unmatched rows left out. */
  churn: { flipped: number; renamed: number; dropped: number };
};

/** Systems every employee uses: (name, unit code, type). Their rows are a quarter of the file. */
const CORE: [string, string, 'application' | 'system'][] = [
  ['Okta Workforce Identity', 'IT-IAM', 'system'],
  ['Microsoft 365', 'IT-ITOPS', 'application'],
  ['SAP S/4HANA Finance', 'FIN-ACC', 'application'],
  ['Treasury Banking Portal', 'FIN-FPA', 'application'],
  ['Workday HCM', 'HR-PEOPLEOPS', 'application'],
  ['GitHub Enterprise', 'ENG-PLAT', 'application'],
  ['Argo CD Production', 'ENG-SRE', 'system'],
  ['Splunk SIEM', 'IT-SEC', 'system'],
  ['Salesforce CRM', 'SALES-ENT', 'application'],
  ['Jira and Confluence', 'ENG-PROD', 'application'],
  ['ServiceNow ITSM', 'IT-DESK', 'application'],
  ['GlobalProtect VPN', 'IT-ITOPS', 'system'],
];
const CORE_WEIGHT = 70;
const NOUNS = [
  'Portal',
  'Database',
  'Reporting',
  'Data Warehouse',
  'Scheduler',
  'API Gateway',
  'File Share',
  'Analytics',
  'Billing Engine',
  'Inventory',
  'Ticketing',
  'Wiki',
  'Build Server',
  'Message Queue',
  'Document Store',
  'Planning Tool',
];
const AREAS = [
  'orders',
  'customers',
  'invoices',
  'reports',
  'contracts',
  'assets',
  'tickets',
  'projects',
  'budgets',
  'vendors',
  'products',
  'shipments',
  'leads',
  'documents',
  'schedules',
  'metrics',
  'files',
  'users',
  'settings',
  'exports',
];
const VERBS = ['read', 'write', 'approve', 'export', 'delete', 'comment', 'import', 'audit', 'manage', 'share'];
const REPOS = ['payments-api', 'web-app', 'infrastructure', 'mobile', 'data-pipeline', 'identity', 'billing'];

/**
 * Five toxic combinations (index into CORE for each side, the pattern, privileged, people holding both):
 * segregation of duties in payments, payroll, code and access administration; one is a prefix rule.
 */
const RULES: {
  name: string;
  description: string;
  left: [number, string, boolean];
  right: [number, string, boolean];
  both: number;
}[] = [
  {
    name: 'Maintain vendors and approve payments',
    description: 'A fake vendor could be created and paid by the same person.',
    left: [2, 'AP: vendor master maintain', false],
    right: [2, 'AP: payment approve', false],
    both: 6,
  },
  {
    name: 'Run payments and release them at the bank',
    description: 'Payment runs need a second person at the bank.',
    left: [2, 'AP: payment run', false],
    right: [3, 'Payments: release', true],
    both: 4,
  },
  {
    name: 'Administer repositories and deploy to production',
    description: 'Unreviewed code could reach production.',
    left: [5, 'admin:*', true],
    right: [6, 'deploy:production', true],
    both: 9,
  },
  {
    name: 'Edit payroll and approve it',
    description: 'Payroll changes need four eyes.',
    left: [4, 'Payroll: edit', false],
    right: [4, 'Payroll: approve', false],
    both: 3,
  },
  {
    name: 'Grant admin roles and delete audit logs',
    description: 'Access could be granted and its traces removed.',
    left: [0, 'Access: grant admin roles', true],
    right: [7, 'Audit log: delete', true],
    both: 5,
  },
];
/** People holding one side only, per side. */
const ONE_SIDE = 20;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The org units below a unit (itself included) and the people in them. */
function orgIndex(org: DemoOrganisation) {
  const parentOf = new Map(org.units.map((u) => [u.code, u.parentCode]));
  const depth = (code: string) => {
    let d = 0;
    for (let p = parentOf.get(code) ?? null; p !== null; p = parentOf.get(p) ?? null) d += 1;
    return d;
  };
  const inUnit = new Map<string, number[]>();
  org.people.forEach((p, i) => inUnit.set(p.orgUnitCode, [...(inUnit.get(p.orgUnitCode) ?? []), i]));
  const below = new Map<string, number[]>();
  const peopleBelow = (code: string): number[] => {
    const known = below.get(code);
    if (known) return known;
    const out = [...(inUnit.get(code) ?? [])];
    for (const u of org.units) if (u.parentCode === code) out.push(...peopleBelow(u.code));
    below.set(code, out);
    return out;
  };
  const byEmployeeId = new Map(org.people.map((p, i) => [p.employeeId, i]));
  const managerOf = org.people.map((p) =>
    p.managerEmployeeId === null ? null : (byEmployeeId.get(p.managerEmployeeId) ?? null),
  );
  return { parentOf, depth, inUnit, peopleBelow, managerOf };
}

/**
 * `count` systems of the organisation (12 core systems used company-wide, the rest spread over its
 * units, 1 % without a unit and 2 % on the group itself), their Asset Owners (the heads of the
 * divisions and departments, and a person of the unit for about 10 % of the systems directly;
 * systems on the group or without a unit have none unless owned directly) and five toxic
 * combinations with a handful of people holding both sides. Deterministic for a seed; independent
 * of how many entitlement rows are generated from it.
 */
export function planSystems(org: DemoOrganisation, count: number, seed: number): EntitlementPlan {
  const rnd = createRandom(seed);
  const { depth, inUnit, peopleBelow } = orgIndex(org);
  const root = org.units.find((u) => u.parentCode === null)!.code;
  const byDepth: string[][] = [[], [], [], []];
  for (const u of org.units) byDepth[Math.min(3, depth(u.code))]!.push(u.code);
  const unitOwners = new Map<string, number>();
  // People are generated heads first: the first person of a division or department is its head.
  for (const code of [...byDepth[1]!, ...byDepth[2]!]) {
    const head = inUnit.get(code)?.[0];
    if (head !== undefined) unitOwners.set(code, head);
  }
  const ismTitle = org.people.findIndex((p) => p.jobTitle === 'Head of Information Security');
  const ism = ismTitle >= 0 ? ismTitle : 0;
  const units = new Set(org.units.map((u) => u.code));
  const leafOrDept = [...byDepth[2]!, ...byDepth[3]!];
  const width = Math.max(4, String(count).length);
  const catalogue = (size: number, privilegedSize: number) => {
    const offset = rnd.int(0, AREAS.length - 1);
    const names: string[] = [];
    for (let i = 0; i < size; i += 1) {
      const area = AREAS[(offset + i) % AREAS.length]!;
      const verb = VERBS[Math.floor(i / AREAS.length) % VERBS.length]!;
      const round = Math.floor(i / (AREAS.length * VERBS.length));
      names.push(round === 0 ? `${area}:${verb}` : `${area}:${verb}-${round + 1}`);
    }
    const privileged = Array.from({ length: privilegedSize }, (_, i) => `${AREAS[(offset + i) % AREAS.length]}:admin`);
    return { catalogue: names, privileged };
  };

  const systems: PlannedSystem[] = [];
  for (let n = 1; n <= count; n += 1) {
    const core = n <= CORE.length ? CORE[n - 1]! : null;
    const x = rnd.next();
    const unitCode = core
      ? units.has(core[1])
        ? core[1]
        : rnd.pick(byDepth[2]!.length > 0 ? byDepth[2]! : [root])
      : x < 0.01
        ? null
        : x < 0.03
          ? root
          : x < 0.1
            ? rnd.pick(byDepth[1]!)
            : rnd.pick(leafOrDept.length > 0 ? leafOrDept : [root]);
    const noun = rnd.pick(NOUNS);
    const name = core ? core[0] : `${noun} ${unitCode ?? 'Shared'} ${pad(n, width)}`;
    const reference = `AST-${pad(n, 4)}`;
    const externalId = `CI${pad(100_000 + n * 7, 7)}`;
    const how = rnd.next();
    const candidates = unitCode && unitCode !== root ? peopleBelow(unitCode) : [];
    const directOwner =
      !core && rnd.next() < (unitCode === null || unitCode === root ? 0.5 : 0.1)
        ? (() => {
            const pool = candidates.length > 1 ? candidates : org.people.map((_, i) => i);
            for (let tries = 0; tries < 20; tries += 1) {
              const i = rnd.pick(pool);
              if (i !== 0 && org.people[i]!.status === 'active') return i;
            }
            return null;
          })()
        : null;
    const size = core ? 60 : rnd.int(12, 40);
    systems.push({
      number: n,
      reference,
      externalId,
      name,
      type: core ? core[2] : rnd.next() < 0.7 ? 'application' : 'system',
      unitCode,
      directOwner,
      csvName: core || how < 0.7 ? reference : how < 0.9 ? externalId : name,
      core: core !== null,
      weight: core ? CORE_WEIGHT : Math.exp(rnd.next() * 2.4 - 1.2),
      ...catalogue(size, core ? 6 : rnd.int(2, 4)),
    });
  }

  // Toxic combinations: distinct active people (never the ISM) for every side of every rule.
  const taken = new Set<number>([ism, 0]);
  const draw = () => {
    for (;;) {
      const i = rnd.int(1, org.people.length - 1);
      if (!taken.has(i) && org.people[i]!.status === 'active') {
        taken.add(i);
        return i;
      }
    }
  };
  type Held = { name: string; privileged: boolean; rule: number };
  const toxicHoldings = new Map<number, Map<number, Held[]>>();
  const hold = (person: number, side: ToxicSide, rule: number) => {
    const name = side.pattern.endsWith('*') ? `${side.pattern.slice(0, -1)}${rnd.pick(REPOS)}` : side.pattern;
    const bySystem = toxicHoldings.get(person) ?? new Map<number, Held[]>();
    bySystem.set(side.system, [...(bySystem.get(side.system) ?? []), { name, privileged: side.privileged, rule }]);
    toxicHoldings.set(person, bySystem);
  };
  const enough = org.people.length > 4 * RULES.length * (2 * ONE_SIDE + 10) && count >= CORE.length;
  const rules: PlannedToxicRule[] = enough
    ? RULES.map((r, k) => {
        const side = ([system, pattern, privileged]: [number, string, boolean]): ToxicSide => ({
          system,
          pattern,
          privileged,
        });
        const rule: PlannedToxicRule = {
          name: r.name,
          description: r.description,
          left: side(r.left),
          right: side(r.right),
          both: Array.from({ length: r.both }, draw),
          leftOnly: Array.from({ length: ONE_SIDE }, draw),
          rightOnly: Array.from({ length: ONE_SIDE }, draw),
        };
        for (const p of [...rule.both, ...rule.leftOnly]) hold(p, rule.left, k);
        for (const p of [...rule.both, ...rule.rightOnly]) hold(p, rule.right, k);
        return rule;
      })
    : [];
  return { systems, unitOwners, ism, rules, toxicHoldings };
}

/** Rows per system for a file of `rows` rows: by weight, largest remainders first. */
function budgets(plan: EntitlementPlan, rows: number): number[] {
  const total = plan.systems.reduce((s, x) => s + x.weight, 0);
  const exact = plan.systems.map((s) => (rows * s.weight) / total);
  const out = exact.map(Math.floor);
  let left = rows - out.reduce((s, n) => s + n, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left -= 1;
  }
  return out;
}

export type CsvOptions = {
  seed: number;
  /**
   * The same export some time later: this share of the matched, non-toxic rows changed (half had
   * their privileged flag flipped, half were replaced by a new entitlement) and the accounts
   * matched to nobody are gone (their access was revoked).
   */
  churn?: number;
};

/**
 * The entitlement export of every planned system, in chunks of about 1,000 lines, with about `rows`
 * rows (exactly, unless a system is too small for the toxic holdings planned on it). Per system:
 * one account per person (60 % from the system's unit, the rest from anywhere; core systems from
 * anywhere), about 3 entitlements each (more on core systems); 2 % of the accounts match nobody
 * (service accounts and former contractors), 3 % name the person by account name only, 10 % by
 * employee id, the rest by email; about 5 % of the rows are privileged. `stats` is filled as the
 * rows are written.
 */
export function* entitlementCsv(
  org: DemoOrganisation,
  plan: EntitlementPlan,
  rows: number,
  opts: CsvOptions,
  stats: EntitlementStats,
): Generator<string> {
  const rnd = createRandom(opts.seed);
  const churnRnd = createRandom(opts.seed ^ 0x5eed);
  const { parentOf, peopleBelow, managerOf } = orgIndex(org);
  const root = org.units.find((u) => u.parentCode === null)!.code;
  const everyone = org.people.map((_, i) => i);
  const cap = Math.floor(0.6 * org.people.length);
  const ownerOf = (s: PlannedSystem): number | null => {
    if (s.directOwner !== null) return s.directOwner;
    for (let u = s.unitCode; u !== null; u = parentOf.get(u) ?? null) {
      const o = plan.unitOwners.get(u);
      if (o !== undefined) return o;
    }
    return null;
  };
  const local = (i: number) => org.people[i]!.email.split('@')[0]!;
  const review = (owner: number | null, person: number | null, privileged: boolean, toxic: boolean) => {
    let reviewer: number | null;
    if (owner === null) {
      reviewer = plan.ism;
      stats.routed.noOwner += 1;
    } else if (person === owner) {
      reviewer = managerOf[person] ?? plan.ism;
      stats.routed.ownAccount += 1;
    } else reviewer = owner;
    const r = (stats.reviewers[reviewer ?? -1] ??= { total: 0, orphaned: 0, privileged: 0, toxic: 0 });
    r.total += 1;
    if (person === null) r.orphaned += 1;
    if (privileged) r.privileged += 1;
    if (toxic) r.toxic += 1;
  };
  const conflicted = plan.rules.map((r) => new Set(r.both));
  stats.conflicts = plan.rules.map((r) => r.both.length);

  const rowBudget = budgets(plan, rows);
  // Systems holding toxic entitlements get at least what those accounts need, taken from the largest.
  const forcedOn = plan.systems.map(() => [] as number[]);
  for (const [person, bySystem] of plan.toxicHoldings) for (const s of bySystem.keys()) forcedOn[s]!.push(person);
  forcedOn.forEach((people, s) => {
    const need = people.reduce((n, p) => n + 1 + plan.toxicHoldings.get(p)!.get(s)!.length, 0);
    if (rowBudget[s]! < need) {
      const more = need - rowBudget[s]!;
      rowBudget[s] = need;
      const largest = rowBudget.indexOf(Math.max(...rowBudget.filter((_, i) => forcedOn[i]!.length === 0)));
      if (largest >= 0) rowBudget[largest] = Math.max(0, rowBudget[largest]! - more);
    }
  });

  let lines: string[] = [];
  const emit = (line: string) => lines.push(line);
  emit('system,account,person,entitlement,privileged\n');

  for (let si = 0; si < plan.systems.length; si += 1) {
    const s = plan.systems[si]!;
    const budget = rowBudget[si]!;
    if (budget === 0) continue;
    const rowsBefore = stats.rows;
    const owner = ownerOf(s);
    const forced = forcedOn[si]!;
    const avgK = s.core ? 3.5 : 3;
    const wanted = Math.max(forced.length, Math.min(Math.round(budget / avgK), cap));
    const accounts = Math.max(1, Math.min(wanted, budget));
    // Enough ordinary names for the largest account of this system.
    const most = Math.ceil((budget / accounts) * 1.6) + 4;
    let names = s.catalogue;
    if (names.length < most) {
      names = [...names];
      for (let i = names.length; i < most; i += 1) names.push(`${s.catalogue[i % s.catalogue.length]}-${i}`);
    }
    const pool = s.unitCode && s.unitCode !== root && !s.core ? peopleBelow(s.unitCode) : everyone;
    const used = new Set<number>(forced);
    const pickPerson = (): number => {
      if (pool !== everyone && rnd.next() < 0.6)
        for (let tries = 0; tries < 4; tries += 1) {
          const i = pool[Math.floor(rnd.next() * pool.length)]!;
          if (!used.has(i) && !(owner === null && i === plan.ism)) return i;
        }
      for (let tries = 0; tries < 50; tries += 1) {
        const i = Math.floor(rnd.next() * everyone.length);
        if (!used.has(i) && !(owner === null && i === plan.ism)) return i;
      }
      for (
        let i = Math.floor(rnd.next() * everyone.length), n = 0;
        n < everyone.length;
        i = (i + 1) % everyone.length, n += 1
      )
        if (!used.has(i) && !(owner === null && i === plan.ism)) return i;
      throw new Error(`no one left for ${s.reference}`);
    };
    let remaining = budget;
    let orphanNo = 0;
    for (let a = 0; a < accounts && remaining > 0; a += 1) {
      const isForced = a < forced.length;
      const orphan = !isForced && rnd.next() < 0.02;
      let person: number | null = null;
      let account: string;
      let personCell: string;
      let how: keyof EntitlementStats['matched'];
      if (orphan) {
        orphanNo += 1;
        const service = rnd.next() < 0.5;
        account = service ? `svc-${s.number}-${orphanNo}` : `ext${s.number}x${orphanNo}`;
        personCell = service ? '' : `ext${s.number}x${orphanNo}@contractor.example`;
        how = 'none';
      } else {
        person = isForced ? forced[a]! : pickPerson();
        used.add(person);
        const p = org.people[person]!;
        const r = isForced ? 1 : rnd.next();
        if (r < 0.03) {
          account = p.email;
          personCell = '';
          how = 'accountName';
        } else if (r < 0.13) {
          account = local(person);
          personCell = p.employeeId;
          how = 'employeeId';
        } else {
          account = local(person);
          personCell = p.email;
          how = 'email';
        }
      }
      const toxicHeld = person === null ? [] : (plan.toxicHoldings.get(person)?.get(si) ?? []);
      const left = accounts - a;
      const share = remaining / left;
      let k =
        left === 1 ? remaining : Math.max(1, Math.min(remaining - (left - 1), Math.round(share * (0.5 + rnd.next()))));
      k = Math.max(k, toxicHeld.length + 1);
      const ordinary = Math.min(k - toxicHeld.length, names.length);
      // Distinct entitlements for the account: about 5 % privileged (30 % for service accounts).
      const chosen = new Map<string, boolean>();
      const privilegedShare = orphan ? 0.3 : 0.05;
      while (chosen.size < ordinary) {
        const privileged = s.privileged.length > 0 && rnd.next() < privilegedShare;
        const name = privileged ? rnd.pick(s.privileged) : names[Math.floor(rnd.next() * names.length)]!;
        if (!chosen.has(name)) chosen.set(name, privileged);
        else if (chosen.size >= names.length) break;
      }
      const all = [
        ...[...chosen].map(([name, privileged]) => ({ name, privileged, toxic: false })),
        ...toxicHeld.map((t) => ({ name: t.name, privileged: t.privileged, toxic: conflicted[t.rule]!.has(person!) })),
      ];
      if (person !== null || opts.churn === undefined) {
        stats.accounts += 1;
        if (person === null) stats.unmatchedAccounts += 1;
      }
      for (const e of all) {
        remaining -= 1;
        let { name, privileged } = e;
        const c = churnRnd.next();
        if (opts.churn !== undefined) {
          if (person === null) {
            stats.churn.dropped += 1;
            continue;
          }
          if (!e.toxic && !toxicHeld.some((t) => t.name === name)) {
            if (c < opts.churn / 2) {
              privileged = !privileged;
              stats.churn.flipped += 1;
            } else if (c < opts.churn) {
              name = `${name}+2`;
              stats.churn.renamed += 1;
            }
          }
        }
        stats.rows += 1;
        stats.matched[how] += 1;
        if (privileged) stats.privileged += 1;
        if (e.toxic) stats.toxicItems += 1;
        review(owner, person, privileged, e.toxic);
        emit(`${s.csvName},${account},${personCell},${name},${privileged ? 'yes' : 'no'}\n`);
      }
      if (lines.length >= 1000) {
        yield lines.join('');
        lines = [];
      }
    }
    if (stats.rows > rowsBefore) stats.systems += 1;
  }
  if (lines.length > 0) yield lines.join('');
}

export const emptyStats = (): EntitlementStats => ({
  rows: 0,
  systems: 0,
  accounts: 0,
  unmatchedAccounts: 0,
  matched: { email: 0, employeeId: 0, accountName: 0, none: 0 },
  privileged: 0,
  toxicItems: 0,
  conflicts: [],
  routed: { ownAccount: 0, noOwner: 0 },
  reviewers: {},
  churn: { flipped: 0, renamed: 0, dropped: 0 },
});

/** Streams the export to a file (never the whole file in memory) and returns what it holds. */
export async function writeEntitlementCsv(
  file: string,
  org: DemoOrganisation,
  plan: EntitlementPlan,
  rows: number,
  opts: CsvOptions,
): Promise<EntitlementStats> {
  const stats = emptyStats();
  const out = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  for (const chunk of entitlementCsv(org, plan, rows, opts, stats))
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  out.end();
  await done;
  return stats;
}
