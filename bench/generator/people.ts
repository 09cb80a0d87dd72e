import { createRandom, type Random } from './random.js';

export type DemoSize = 'small' | 'medium' | 'enterprise';

/** People per size; later modules add their own counts to this table. */
export const PEOPLE_PER_SIZE: Record<DemoSize, number> = { small: 60, medium: 2_000, enterprise: 20_000 };

const FIRST = [
  'Amira',
  'Ben',
  'Chloé',
  'Dario',
  'Elif',
  'Finn',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Maja',
  'Nikolai',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoë',
] as const;
const LAST = [
  'Adeyemi',
  'Berg',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hoffmann',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Yilmaz',
  'Zhang',
] as const;

type Division = {
  code: string;
  name: string;
  head: string;
  /** Relative share of the staff. */
  weight: number;
  departments: [code: string, name: string][];
  titles: string[];
};

/** A plausible company: divisions, their departments, and the jobs people do there. */
const DIVISIONS: Division[] = [
  {
    code: 'ENG',
    name: 'Engineering',
    head: 'Chief Technology Officer',
    weight: 30,
    departments: [
      ['PLAT', 'Platform'],
      ['PROD', 'Product Engineering'],
      ['DATA', 'Data & Analytics'],
      ['QA', 'Quality Assurance'],
      ['SRE', 'Site Reliability'],
    ],
    titles: ['Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Data Engineer', 'QA Engineer'],
  },
  {
    code: 'IT',
    name: 'IT & Security',
    head: 'Chief Information Officer',
    weight: 8,
    departments: [
      ['SEC', 'Information Security'],
      ['ITOPS', 'IT Operations'],
      ['DESK', 'Service Desk'],
      ['IAM', 'Identity & Access'],
    ],
    titles: ['Security Analyst', 'System Administrator', 'Service Desk Analyst', 'Network Engineer'],
  },
  {
    code: 'SALES',
    name: 'Sales',
    head: 'Chief Revenue Officer',
    weight: 18,
    departments: [
      ['ENT', 'Enterprise Sales'],
      ['SMB', 'SMB Sales'],
      ['SE', 'Solutions Engineering'],
      ['PART', 'Partnerships'],
    ],
    titles: ['Account Executive', 'Sales Development Representative', 'Solutions Engineer', 'Account Manager'],
  },
  {
    code: 'OPS',
    name: 'Operations',
    head: 'Chief Operating Officer',
    weight: 20,
    departments: [
      ['SUPPORT', 'Customer Support'],
      ['PROC', 'Procurement'],
      ['FAC', 'Facilities'],
      ['LOG', 'Logistics'],
    ],
    titles: ['Support Specialist', 'Buyer', 'Facilities Coordinator', 'Logistics Planner'],
  },
  {
    code: 'FIN',
    name: 'Finance',
    head: 'Chief Financial Officer',
    weight: 7,
    departments: [
      ['ACC', 'Accounting'],
      ['FPA', 'Financial Planning'],
      ['PAY', 'Payroll'],
    ],
    titles: ['Accountant', 'Financial Analyst', 'Payroll Specialist'],
  },
  {
    code: 'HR',
    name: 'People & Culture',
    head: 'Chief People Officer',
    weight: 5,
    departments: [
      ['REC', 'Recruiting'],
      ['PEOPLEOPS', 'People Operations'],
      ['LND', 'Learning & Development'],
    ],
    titles: ['Recruiter', 'HR Business Partner', 'People Operations Specialist', 'Learning Designer'],
  },
  {
    code: 'LEGAL',
    name: 'Legal & Compliance',
    head: 'General Counsel',
    weight: 3,
    departments: [
      ['COUNSEL', 'Legal'],
      ['COMPL', 'Compliance'],
      ['PRIV', 'Privacy'],
    ],
    titles: ['Legal Counsel', 'Compliance Officer', 'Privacy Analyst'],
  },
  {
    code: 'MKT',
    name: 'Marketing',
    head: 'Chief Marketing Officer',
    weight: 9,
    departments: [
      ['BRAND', 'Brand'],
      ['GROWTH', 'Growth'],
      ['PMM', 'Product Marketing'],
    ],
    titles: ['Marketing Manager', 'Content Writer', 'Growth Analyst', 'Designer'],
  },
];

const REGIONS: [code: string, name: string][] = [
  ['EMEA', 'EMEA'],
  ['AMER', 'Americas'],
  ['APAC', 'Asia Pacific'],
  ['DACH', 'DACH'],
];

/** People per team lead inside a unit. */
const TEAM = 8;
/** Dates are fixed, not relative to today, so the same seed builds the same file every year. */
const LAST_DAY = Date.UTC(2025, 11, 31);

export type DemoOrgUnit = { code: string; name: string; parentCode: string | null };

export type DemoPerson = {
  employeeId: string;
  fullName: string;
  email: string;
  jobTitle: string;
  orgUnitCode: string;
  managerEmployeeId: string | null;
  status: 'active' | 'leaver';
  startDate: string;
  leaveDate: string | null;
};

export type DemoOrganisation = { units: DemoOrgUnit[]; people: DemoPerson[] };

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const randomDay = (rnd: Random, fromYear: number, toMs = LAST_DAY) => {
  const from = Date.UTC(fromYear, 0, 1);
  return day(from + Math.floor(rnd.next() * (toMs - from)));
};

/** The org tree for a head count: bigger companies get more divisions, departments and regions. */
function buildUnits(count: number): {
  units: DemoOrgUnit[];
  leaves: { code: string; division: Division; name: string }[];
} {
  const divisions = count <= 100 ? DIVISIONS.slice(0, 4) : DIVISIONS;
  const deptsPer = count <= 100 ? 2 : Infinity;
  const regional = count > 5_000;
  const units: DemoOrgUnit[] = [{ code: 'ACME', name: 'Acme Group', parentCode: null }];
  const leaves: { code: string; division: Division; name: string }[] = [];
  for (const d of divisions) units.push({ code: d.code, name: d.name, parentCode: 'ACME' });
  for (const d of divisions) {
    for (const [code, name] of d.departments.slice(0, deptsPer)) {
      const deptCode = `${d.code}-${code}`;
      units.push({ code: deptCode, name, parentCode: d.code });
      if (!regional) leaves.push({ code: deptCode, division: d, name });
    }
  }
  if (regional) {
    for (const d of divisions) {
      for (const [code, name] of d.departments) {
        for (const [rc, rn] of REGIONS) {
          const leaf = `${d.code}-${code}-${rc}`;
          units.push({ code: leaf, name: `${name} ${rn}`, parentCode: `${d.code}-${code}` });
          leaves.push({ code: leaf, division: d, name: `${name} ${rn}` });
        }
      }
    }
  }
  return { units, leaves };
}

/**
 * A deterministic organisation of `count` people: a CEO, division and department heads, regional
 * managers in large companies, team leads every eight people, and staff under them; unique
 * emails and employee ids; about 2% leavers (never managers).
 */
export function generateOrganisation(count: number, seed: number, domain = 'example.org'): DemoOrganisation {
  const rnd = createRandom(seed);
  const { units, leaves } = buildUnits(count);
  const people: DemoPerson[] = [];
  const seen = new Map<string, number>();
  const width = Math.max(5, String(count).length);
  const add = (
    p: Omit<DemoPerson, 'employeeId' | 'fullName' | 'email' | 'status' | 'leaveDate' | 'startDate'> & {
      fromYear: number;
      mayLeave?: boolean;
    },
  ): string | null => {
    if (people.length >= count) return null;
    const first = rnd.pick(FIRST);
    const last = rnd.pick(LAST);
    const base = `${first}.${last}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const employeeId = `E${String(people.length + 1).padStart(width, '0')}`;
    const startDate = randomDay(rnd, p.fromYear);
    const leaveFrom = Date.UTC(Number(startDate.slice(0, 4)) + 1, 0, 1);
    const leaves = p.mayLeave === true && rnd.next() < 0.02 && leaveFrom < LAST_DAY;
    people.push({
      employeeId,
      fullName: `${first} ${last}`,
      email: `${n === 1 ? base : `${base}${n}`}@${domain}`,
      jobTitle: p.jobTitle,
      orgUnitCode: p.orgUnitCode,
      managerEmployeeId: p.managerEmployeeId,
      status: leaves ? 'leaver' : 'active',
      startDate,
      leaveDate: leaves ? day(leaveFrom + Math.floor(rnd.next() * (LAST_DAY - leaveFrom))) : null,
    });
    return employeeId;
  };

  const ceo = add({
    jobTitle: 'Chief Executive Officer',
    orgUnitCode: 'ACME',
    managerEmployeeId: null,
    fromYear: 2009,
  });
  const divisionHead = new Map<string, string | null>();
  const deptHead = new Map<string, string | null>();
  const leafHead = new Map<string, string | null>();
  for (const u of units.filter((x) => x.parentCode === 'ACME')) {
    const d = DIVISIONS.find((x) => x.code === u.code)!;
    divisionHead.set(u.code, add({ jobTitle: d.head, orgUnitCode: u.code, managerEmployeeId: ceo, fromYear: 2010 }));
  }
  for (const u of units.filter((x) => x.parentCode !== null && divisionHead.has(x.parentCode))) {
    deptHead.set(
      u.code,
      add({
        jobTitle: `Head of ${u.name}`,
        orgUnitCode: u.code,
        managerEmployeeId: divisionHead.get(u.parentCode as string) ?? ceo,
        fromYear: 2011,
      }),
    );
  }
  for (const u of units.filter((x) => x.parentCode !== null && deptHead.has(x.parentCode))) {
    leafHead.set(
      u.code,
      add({
        jobTitle: `${u.name} Manager`,
        orgUnitCode: u.code,
        managerEmployeeId: deptHead.get(u.parentCode as string) ?? ceo,
        fromYear: 2013,
      }),
    );
  }
  // Staff go to leaf units by division weight; in each unit every eighth person leads a team.
  const totalWeight = leaves.reduce((s, l) => s + l.division.weight / l.division.departments.length, 0);
  const perLeaf = new Map<string, { lead: string | null; members: number }>();
  while (people.length < count) {
    let r = rnd.next() * totalWeight;
    let leaf = leaves[leaves.length - 1]!;
    for (const l of leaves) {
      r -= l.division.weight / l.division.departments.length;
      if (r <= 0) {
        leaf = l;
        break;
      }
    }
    const head = leafHead.get(leaf.code) ?? deptHead.get(leaf.code) ?? ceo;
    const team = perLeaf.get(leaf.code) ?? { lead: null, members: 0 };
    if (team.members % TEAM === 0) {
      team.lead = add({
        jobTitle: `Team Lead, ${leaf.name}`,
        orgUnitCode: leaf.code,
        managerEmployeeId: head,
        fromYear: 2014,
      });
    } else {
      add({
        jobTitle: rnd.pick(leaf.division.titles),
        orgUnitCode: leaf.code,
        managerEmployeeId: team.lead ?? head,
        fromYear: 2015,
        mayLeave: true,
      });
    }
    team.members += 1;
    perLeaf.set(leaf.code, team);
  }
  return { units, people };
}

const HR_HEADER = [
  'employee_id',
  'full_name',
  'email',
  'job_title',
  'org_unit_code',
  'org_unit_name',
  'parent_org_unit_code',
  'manager_employee_id',
  'status',
  'start_date',
  'leave_date',
];

const quote = (v: string | null) => (v === null ? '' : /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The organisation as an HR system would export it (the import format, docs/IMPORT.md), line by line. */
export function* hrCsvLines(org: DemoOrganisation): Generator<string> {
  const units = new Map(org.units.map((u) => [u.code, u]));
  yield `${HR_HEADER.join(',')}\n`;
  for (const p of org.people) {
    const u = units.get(p.orgUnitCode);
    yield `${[
      p.employeeId,
      p.fullName,
      p.email,
      p.jobTitle,
      p.orgUnitCode,
      u?.name ?? null,
      u?.parentCode ?? null,
      p.managerEmployeeId,
      p.status,
      p.startDate,
      p.leaveDate,
    ]
      .map(quote)
      .join(',')}\n`;
  }
}
