import { addMonths } from '../../src/server/core/dates.js';
import type { DemoOrganisation } from './people.js';
import { createRandom, type Random } from './random.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Highest residual score an owner may accept in the default method (above it: Top Management). */
export const BENCH_APPETITE = 9;

type Template = { title: string; category: string; threat: string; vulnerability: string };

/** Risks a register of this size is made of; each is instantiated for many assets and units. */
const TEMPLATES: Template[] = [
  {
    title: 'Phishing leads to account takeover of',
    category: 'Cyber',
    threat: 'Credential phishing',
    vulnerability: 'Passwords without a second factor',
  },
  {
    title: 'Ransomware encrypts',
    category: 'Cyber',
    threat: 'Ransomware',
    vulnerability: 'Unpatched servers and flat network',
  },
  {
    title: 'Laptop lost with exports from',
    category: 'Physical',
    threat: 'Loss or theft',
    vulnerability: 'Local copies of exports',
  },
  {
    title: 'Supplier outage stops',
    category: 'Supplier',
    threat: 'Cloud provider outage',
    vulnerability: 'Single region, no exit plan',
  },
  {
    title: 'Payments sent to changed bank details in',
    category: 'Fraud',
    threat: 'Invoice fraud',
    vulnerability: 'Bank details changed by e-mail',
  },
  {
    title: 'Leaver keeps access to',
    category: 'Access',
    threat: 'Misuse by former staff',
    vulnerability: 'Manual de-provisioning',
  },
  {
    title: 'Personal data kept too long in',
    category: 'Privacy',
    threat: 'Regulatory fine',
    vulnerability: 'No retention schedule',
  },
  { title: 'Faulty change breaks', category: 'Change', threat: 'Faulty release', vulnerability: 'No staged roll-out' },
  {
    title: 'Flood damages the hardware of',
    category: 'Physical',
    threat: 'Flooding',
    vulnerability: 'Equipment in the basement',
  },
  {
    title: 'Key person unavailable for',
    category: 'People',
    threat: 'Absence',
    vulnerability: 'Undocumented procedures',
  },
  {
    title: 'Excessive privileges in',
    category: 'Access',
    threat: 'Insider misuse',
    vulnerability: 'Roles never reviewed',
  },
  {
    title: 'Backups fail to restore',
    category: 'Continuity',
    threat: 'Data loss',
    vulnerability: 'Restores never tested',
  },
  {
    title: 'Misconfigured storage exposes',
    category: 'Cloud',
    threat: 'Public data exposure',
    vulnerability: 'No configuration baseline',
  },
  {
    title: 'Contract breach through',
    category: 'Legal',
    threat: 'Customer claim',
    vulnerability: 'Security clauses not tracked',
  },
  {
    title: 'Malware spreads from',
    category: 'Cyber',
    threat: 'Malware',
    vulnerability: 'Outdated endpoint protection',
  },
  {
    title: 'Sensitive data e-mailed outside from',
    category: 'Data',
    threat: 'Accidental disclosure',
    vulnerability: 'No data loss prevention',
  },
  {
    title: 'Shadow IT processes data of',
    category: 'Data',
    threat: 'Unvetted tools',
    vulnerability: 'No software approval process',
  },
  {
    title: 'Denial of service takes down',
    category: 'Cyber',
    threat: 'DDoS attack',
    vulnerability: 'No traffic filtering',
  },
  {
    title: 'Logs missing for incidents in',
    category: 'Detection',
    threat: 'Undetected intrusion',
    vulnerability: 'Logs not collected centrally',
  },
  {
    title: 'Social engineering at the service desk for',
    category: 'People',
    threat: 'Impersonation',
    vulnerability: 'Weak caller verification',
  },
];

const ASSETS = [
  'the CRM',
  'the ERP',
  'the payroll system',
  'the customer portal',
  'the data warehouse',
  'e-mail',
  'the HR system',
  'the website',
  'the build pipeline',
  'the file shares',
  'the ticketing system',
  'the billing platform',
  'the mobile app',
  'the VPN',
  'the identity provider',
  'the document archive',
];

const ACTIONS = [
  'Enforce multi-factor sign-in',
  'Test restoring from backup',
  'Turn on disk encryption',
  'Review access rights quarterly',
  'Add a second region',
  'Write the runbook and name deputies',
  'Introduce staged roll-outs',
  'Collect logs centrally',
  'Patch within 14 days',
  'Train the team',
  'Add the security clauses to the contract',
  'Set up data loss prevention rules',
];

type Treatment = 'modify' | 'retain' | 'avoid' | 'share';

export type PlannedAssessment = { inherent: [number, number]; residual: [number, number]; at: string };
export type PlannedAction = {
  title: string;
  /** Index into `org.people`, or null. */
  owner: number | null;
  /** YYYY-MM-DD */
  dueDate: string | null;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  completedAt: string | null;
  createdAt: string;
};

/** One risk of the register, with its history. Instants are never within two hours of "now" plus whole days. */
export type PlannedRisk = {
  /** 1-based register number. */
  number: number;
  unitCode: string | null;
  category: string;
  title: string;
  description: string;
  threat: string;
  vulnerability: string;
  createdAt: string;
  /** Oldest first; the last is the risk's current assessment. Empty: not assessed yet. */
  assessments: PlannedAssessment[];
  treatment: Treatment | null;
  planVersion: number;
  planApprovedVersion: number | null;
  planApprovedAt: string | null;
  actions: PlannedAction[];
  /** Who accepted the residual risk (the owner within appetite, Top Management above it), when, until when. */
  acceptance: { by: 'owner' | 'top_management'; at: string; expiresAt: string } | null;
  closedAt: string | null;
  /** Index into `org.people` of a Risk Owner for this risk itself, or null (owned through its unit or the ISMS). */
  directOwner: number | null;
  updatedAt: string;
};

export type RiskRegisterPlan = {
  risks: PlannedRisk[];
  /** Department code → index into `org.people` of its Risk Owner (the head of the department). */
  unitOwners: Map<string, number>;
  /** Index into `org.people` of the whole-ISMS Risk Owner. */
  ismsOwner: number;
};

/** A likelihood or impact from 1 to 5, mostly in the middle. */
const level = (rnd: Random) => {
  const x = rnd.next();
  return x < 0.1 ? 1 : x < 0.3 ? 2 : x < 0.65 ? 3 : x < 0.9 ? 4 : 5;
};

/**
 * A register of `count` risks for the organisation: spread over its units (3 % without a unit,
 * 2 % on the group, 10 % on divisions, 25 % on departments, 60 % on regional units), 92 % assessed
 * (2 to 4 assessments each, the latest up to 14 months ago, so about one in seven is overdue for
 * reassessment), 4 % closed, most with a treatment option, plans with actions (some overdue),
 * most plans approved, some acceptances in force, some expired; Risk Owners for each department
 * (its head), for the whole ISMS, and for 10 % of the risks directly. Deterministic for a seed
 * and relative to `now`.
 */
export function planRiskRegister(org: DemoOrganisation, count: number, now: number, seed: number): RiskRegisterPlan {
  const rnd = createRandom(seed);
  // An instant `days` from now, never within two hours of now plus whole days (the server's "now"
  // moves during the run; a comparison must not flip while it is measured).
  const at = (days: number) => new Date(now + Math.floor(days) * DAY + (2 + rnd.next() * 20) * HOUR).toISOString();
  // A due day, never yesterday, today or tomorrow (the overdue test compares with today).
  const dueDay = (days: number) => {
    let d = Math.floor(days);
    if (Math.abs(d) <= 1) d = d < 0 || (d === 0 && rnd.next() < 0.5) ? -2 : 2;
    return new Date(now + d * DAY).toISOString().slice(0, 10);
  };
  const daysAgo = (iso: string) => (now - Date.parse(iso)) / DAY;
  // An instant at least a day before now.
  const past = (ago: number) => at(-Math.max(1, ago));

  const parentOf = new Map(org.units.map((u) => [u.code, u.parentCode]));
  const depth = (code: string) => {
    let d = 0;
    for (let p = parentOf.get(code) ?? null; p !== null; p = parentOf.get(p) ?? null) d += 1;
    return d;
  };
  const byDepth: string[][] = [[], [], [], []];
  for (const u of org.units) byDepth[Math.min(3, depth(u.code))]!.push(u.code);
  const active = org.people.flatMap((p, i) => (p.status === 'active' ? [i] : []));
  const inUnit = new Map<string, number[]>();
  for (const i of active) {
    const code = org.people[i]!.orgUnitCode;
    inUnit.set(code, [...(inUnit.get(code) ?? []), i]);
  }
  // The people of a unit and the units below it.
  const subtreePeople = new Map<string, number[]>();
  const peopleBelow = (code: string): number[] => {
    const known = subtreePeople.get(code);
    if (known) return known;
    const out = [...(inUnit.get(code) ?? [])];
    for (const u of org.units) if (u.parentCode === code) out.push(...peopleBelow(u.code));
    subtreePeople.set(code, out);
    return out;
  };

  const unitOwners = new Map<string, number>();
  for (const code of byDepth[2]!) {
    const name = org.units.find((u) => u.code === code)!.name;
    const head = org.people.findIndex((p) => p.orgUnitCode === code && p.jobTitle === `Head of ${name}`);
    if (head >= 0) unitOwners.set(code, head);
  }
  const counsel = org.people.findIndex((p) => p.jobTitle === 'General Counsel');
  const ismsOwner = counsel >= 0 ? counsel : org.people.findIndex((p) => p.jobTitle === 'Chief Operating Officer');
  // The Risk Owner of a unit: the nearest department head up the tree, else the whole ISMS's.
  const ownerOfUnit = (code: string | null) => {
    for (let u = code; u !== null; u = parentOf.get(u) ?? null) {
      const o = unitOwners.get(u);
      if (o !== undefined) return o;
    }
    return ismsOwner;
  };

  const risks: PlannedRisk[] = [];
  for (let n = 1; n <= count; n += 1) {
    const x = rnd.next();
    const unitCode =
      x < 0.03
        ? null
        : x < 0.05
          ? byDepth[0]![0]!
          : x < 0.15
            ? rnd.pick(byDepth[1]!)
            : x < 0.4 || byDepth[3]!.length === 0
              ? rnd.pick(byDepth[2]!)
              : rnd.pick(byDepth[3]!);
    const t = rnd.pick(TEMPLATES);
    const asset = rnd.pick(ASSETS);
    const unitName = unitCode ? org.units.find((u) => u.code === unitCode)!.name : 'the organisation';
    const people = unitCode ? peopleBelow(unitCode) : active;
    const directOwner = rnd.next() < 0.1 && people.length > 0 ? rnd.pick(people) : null;
    const owner = directOwner ?? ownerOfUnit(unitCode);

    const assessed = rnd.next() >= 0.08;
    const assessments: PlannedAssessment[] = [];
    let createdAt: string;
    if (assessed) {
      const k = 2 + Math.floor(rnd.next() * 3);
      const latest = 3 + rnd.next() * 420;
      const il = level(rnd);
      const ii = level(rnd);
      const rl = Math.max(1, il - (rnd.next() < 0.5 ? 1 : rnd.next() < 0.5 ? 2 : 0));
      const ri = Math.max(1, ii - (rnd.next() < 0.25 ? 1 : 0));
      for (let j = k - 1; j >= 0; j -= 1) {
        // Earlier assessments a year apart, the residual risk higher before the treatment worked.
        const worse = j === 0 ? 0 : Math.min(j, 2);
        assessments.push({
          inherent: [il, ii],
          residual: [Math.min(il, rl + (worse > 0 ? 1 : 0)), Math.min(ii, ri + (worse > 1 ? 1 : 0))],
          at: at(-(latest + j * 365 + rnd.next() * 20)),
        });
      }
      createdAt = at(-(daysAgo(assessments[0]!.at) + 5 + rnd.next() * 60));
    } else {
      createdAt = at(-(2 + rnd.next() * 90));
    }
    const current = assessments.at(-1);
    const residual = current ? current.residual[0] * current.residual[1] : null;
    const above = residual !== null && residual > BENCH_APPETITE;

    let treatment: Treatment | null = null;
    if (current) {
      const y = rnd.next();
      treatment = above
        ? y < 0.75
          ? 'modify'
          : y < 0.85
            ? 'share'
            : y < 0.9
              ? 'avoid'
              : null
        : y < 0.4
          ? 'modify'
          : y < 0.75
            ? 'retain'
            : y < 0.8
              ? 'share'
              : null;
    }
    const actions: PlannedAction[] = [];
    let planVersion = 0;
    let planApprovedVersion: number | null = null;
    let planApprovedAt: string | null = null;
    let acceptance: PlannedRisk['acceptance'] = null;
    if (current && treatment) {
      const decided = daysAgo(current.at) - 1 - rnd.next() * 2;
      const nActions =
        treatment === 'modify' ? 1 + Math.floor(rnd.next() * 3) : treatment === 'retain' ? 0 : rnd.next() < 0.5 ? 1 : 0;
      for (let a = 0; a < nActions; a += 1) {
        const due = -decided + 30 + rnd.next() * 270;
        const wasDue = due < 0;
        const s = rnd.next();
        const status = wasDue
          ? s < 0.6
            ? 'done'
            : s < 0.7
              ? 'cancelled'
              : s < 0.85
                ? 'in_progress'
                : 'planned'
          : s < 0.2
            ? 'done'
            : s < 0.6
              ? 'in_progress'
              : 'planned';
        const o = rnd.next();
        actions.push({
          title: `${rnd.pick(ACTIONS)} for ${asset}`,
          owner: o < 0.1 ? null : o < 0.3 ? owner : people.length > 0 ? rnd.pick(people) : owner,
          dueDate: dueDay(due),
          status,
          completedAt: status === 'done' ? past(Math.min(decided - 5, -due) * rnd.next()) : null,
          createdAt: past(decided),
        });
      }
      planVersion = 1 + nActions;
      const p = rnd.next();
      if (p < 0.85) {
        planApprovedVersion = planVersion;
        planApprovedAt = past(decided - 1 - rnd.next() * 3);
      } else if (p < 0.95 && planVersion > 1) {
        planApprovedVersion = planVersion - 1;
        planApprovedAt = past(decided - 1);
      }
      // Residual risk accepted after an approved plan: by its owner within appetite, by Top
      // Management above it (for a quarter); acceptances run a year, some have run out.
      const approved = planApprovedVersion === planVersion && planApprovedAt !== null;
      if (approved && rnd.next() < (above ? 0.3 : treatment === 'retain' ? 0.9 : 0.4)) {
        const acceptedAt = past(daysAgo(planApprovedAt!) - 1 - rnd.next() * 3);
        acceptance = {
          by: above ? 'top_management' : 'owner',
          at: acceptedAt,
          expiresAt: at(-daysAgo(acceptedAt) + (above ? 90 : 365)),
        };
      }
    }
    const closedAt = current && rnd.next() < 0.04 ? past(daysAgo(current.at) * rnd.next()) : null;
    const times = [
      createdAt,
      current?.at,
      planApprovedAt,
      acceptance?.at,
      closedAt,
      ...actions.map((a) => a.createdAt),
    ];
    risks.push({
      number: n,
      unitCode,
      category: t.category,
      title: `${t.title} ${asset}`,
      description: `${t.title} ${asset} (${unitName}). ${t.threat} exploiting: ${t.vulnerability.toLowerCase()}. Identified in the yearly risk workshop; the owner keeps the treatment plan up to date.`,
      threat: t.threat,
      vulnerability: t.vulnerability,
      createdAt,
      assessments,
      treatment,
      planVersion,
      planApprovedVersion,
      planApprovedAt,
      actions,
      acceptance,
      closedAt,
      directOwner,
      updatedAt: times
        .filter((s): s is string => typeof s === 'string')
        .sort()
        .at(-1)!,
    });
  }
  return { risks, unitOwners, ismsOwner };
}

/** When a risk's current assessment is due again: the method's 12 months after it. */
export const nextAssessment = (assessedAt: string) => addMonths(assessedAt, 12);
