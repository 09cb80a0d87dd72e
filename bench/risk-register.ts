/**
 * Risk register benchmark: 10,000 risks of a 20,000-person company (the HR import of the demo
 * generator's organisation), with their assessment history, treatment plans and actions,
 * acceptances and Risk Owners in the responsibility ledger, served over HTTP. It measures the
 * register's first page, each of its filters and a second page, the heat maps, the breakdown, one
 * risk, the overdue actions and a department Risk Owner's inbox, each once with one client at a
 * time (latency) and once under load (throughput), against a bare Fastify hello-world measured in
 * the same run. Every response is checked against the generated data first.
 *
 *   npm run bench:risks -- [--people 20000] [--risks 10000] [--seconds 3] [--duration 4]
 *     [--connections 16] [--pg] [--explain] [--keep] [--only words] [--try file.sql] [--write]
 *
 * --pg runs Remit on a fresh temporary PostgreSQL database (created from DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres, and dropped afterwards). --explain prints every SQL
 * statement each endpoint runs, with its time and plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN
 * ANALYZE on PostgreSQL), and measures nothing. --keep leaves the data (the SQLite file or the
 * PostgreSQL database) for experiments and prints where it is. For trying a fix without touching
 * the app: --try runs the SQL statements of a file (an index, say; one per `;` at a line end) on
 * the built data before it is served, and --only measures the endpoints whose label contains one
 * of the comma-separated words; neither can be recorded with --write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { DEFAULT_METHOD, levelOf, riskReference } from '../src/server/modules/risks/risks.rules.js';
import { generateOrganisation, hrCsvLines } from './generator/people.js';
import { BENCH_APPETITE, nextAssessment, planRiskRegister } from './generator/risks.js';
import {
  arg,
  explainEndpoints,
  expect,
  flag,
  fmt,
  option,
  PASSWORD,
  runServed,
  runStamp,
  writeSection,
  type Endpoint as ServedEndpoint,
  type Stats,
} from './lib/served.js';

const DAY = 86_400_000;
const PAGE = 50;
/** The word searched for (`?q=`): one risk template in twenty names it. */
const WORD = 'ransomware';

type Who = 'ism' | 'owner';
type Listed = { total: number; first: string[] };
type Ready = {
  port: number;
  dialect: 'sqlite' | 'postgres';
  buildMs: { import: number; register: number; accounts: number; total: number };
  rows: Record<string, number>;
  activePeople: number;
  dbMb: number;
  accounts: Record<Who, { email: string; personId: string }>;
  /** Department Risk Owners (org-unit assignments), direct (per-risk) Risk Owners. */
  owners: { units: number; direct: number };
  x: {
    all: Listed;
    secondPage: { cursor: string; first: string[] };
    unit: Listed & { id: string; name: string; units: number };
    owner: Listed & { personId: string; name: string; unit: string };
    above: Listed;
    q: Listed;
    byResidual: Listed;
    cell: Listed;
    heat: Record<'residual' | 'inherent', { cells: Record<string, number>; unassessed: number }>;
    breakdown: {
      units: number;
      owners: number;
      totals: {
        risks: number;
        open: number;
        aboveAppetite: number;
        unassessed: number;
        assessmentOverdue: number;
        overdueActions: number;
      };
    };
    risk: { id: string; reference: string; actions: number; acceptance: string | null; owner: string; via: string };
    overdueActions: { total: number; first: string[] };
    inbox: Record<string, number>;
  };
};

// ---------------------------------------------------------------------------------------------
// The endpoints, with what each must answer for the generated data.

type Endpoint = ServedEndpoint<Ready, Who>;
type RiskPage = { items: { reference: string }[]; nextCursor: string | null; total: number };

function endpoints(r: Ready): Endpoint[] {
  const { x } = r;
  const page = (expected: Listed, what: string) => (body: unknown) => {
    const b = body as RiskPage;
    const refs = b.items.map((i) => i.reference);
    expect(
      b.total === expected.total &&
        JSON.stringify(refs) === JSON.stringify(expected.first) &&
        (b.nextCursor !== null) === expected.total > PAGE,
      `${what}: total ${b.total} (expected ${expected.total}), ${refs.slice(0, 3).join(', ')}… (expected ${expected.first.slice(0, 3).join(', ')}…)`,
    );
    return `${refs.length} of ${fmt(b.total)}${what ? ` ${what}` : ''}`;
  };
  const heat = (basis: 'residual' | 'inherent') => (body: unknown) => {
    const b = body as { cells: { likelihood: number; impact: number; count: number }[]; unassessed: number };
    const e = x.heat[basis];
    const wrong = b.cells.filter((c) => c.count !== (e.cells[`${c.likelihood}:${c.impact}`] ?? 0));
    expect(
      wrong.length === 0 && b.cells.length === 25 && b.unassessed === e.unassessed,
      `${basis} heat map: ${wrong.length} cells differ, ${b.unassessed} unassessed (expected ${e.unassessed})`,
    );
    return `${fmt(b.cells.reduce((s, c) => s + c.count, 0))} open risks in 25 cells, ${fmt(b.unassessed)} unassessed`;
  };
  const list = (query: string) => `/api/risks?limit=${PAGE}${query}`;
  return [
    { label: 'GET /api/auth/session (ISM)', path: '/api/auth/session', as: 'ism', check: () => 'the session' },
    {
      label: 'register, first page: /api/risks?limit=50',
      path: list(''),
      as: 'ism',
      check: (body) => {
        expect((body as RiskPage).nextCursor === x.secondPage.cursor, 'the next cursor');
        return page(x.all, '')(body);
      },
    },
    {
      label: 'second page: …&cursor=<nextCursor of the first>',
      path: list(`&cursor=${x.secondPage.cursor}`),
      as: 'ism',
      check: (body) => {
        const refs = (body as RiskPage).items.map((i) => i.reference);
        expect(JSON.stringify(refs) === JSON.stringify(x.secondPage.first), `second page ${refs[0]}…`);
        return `${refs[0]} to ${refs.at(-1)}`;
      },
    },
    {
      label: `…&orgUnitId=<${x.unit.name}> (department + ${x.unit.units - 1} units below)`,
      path: list(`&orgUnitId=${x.unit.id}`),
      as: 'ism',
      check: page(x.unit, ''),
    },
    {
      label: `…&ownerPersonId=<Risk Owner of ${x.owner.unit}> (ledger)`,
      path: list(`&ownerPersonId=${x.owner.personId}`),
      as: 'ism',
      check: page(x.owner, ''),
    },
    { label: '…&aboveAppetite=true', path: list('&aboveAppetite=true'), as: 'ism', check: page(x.above, '') },
    { label: `…&q=${WORD}`, path: list(`&q=${WORD}`), as: 'ism', check: page(x.q, '') },
    { label: '…&sort=-residual', path: list('&sort=-residual'), as: 'ism', check: page(x.byResidual, '') },
    { label: '…&cell=residual:4:4', path: list('&cell=residual:4:4'), as: 'ism', check: page(x.cell, '') },
    {
      label: 'GET /api/risks/heatmap?basis=residual',
      path: '/api/risks/heatmap?basis=residual',
      as: 'ism',
      check: heat('residual'),
    },
    {
      label: 'GET /api/risks/heatmap?basis=inherent',
      path: '/api/risks/heatmap?basis=inherent',
      as: 'ism',
      check: heat('inherent'),
    },
    {
      label: 'GET /api/risks/breakdown',
      path: '/api/risks/breakdown',
      as: 'ism',
      check: (body) => {
        const b = body as { byOrgUnit: unknown[]; byOwner: unknown[]; totals: Ready['x']['breakdown']['totals'] };
        const e = x.breakdown;
        expect(
          JSON.stringify(b.totals) === JSON.stringify(e.totals) &&
            b.byOrgUnit.length === e.units &&
            b.byOwner.length === e.owners,
          `breakdown ${JSON.stringify(b.totals)} (expected ${JSON.stringify(e.totals)}), ${b.byOrgUnit.length} units, ${b.byOwner.length} owners`,
        );
        return `${fmt(b.totals.open)} open: ${b.byOrgUnit.length} units, ${b.byOwner.length} owners, ${fmt(b.totals.overdueActions)} overdue actions`;
      },
    },
    {
      label: 'GET /api/risks/{id}',
      path: `/api/risks/${x.risk.id}`,
      as: 'ism',
      check: (body) => {
        const b = body as {
          reference: string;
          owner: { person: { id: string }; via: string } | null;
          plan: { actions: unknown[] };
          acceptance: { state: string } | null;
        };
        expect(
          b.reference === x.risk.reference &&
            b.plan.actions.length === x.risk.actions &&
            (b.acceptance?.state ?? null) === x.risk.acceptance &&
            b.owner?.person.id === x.risk.owner &&
            b.owner.via === x.risk.via,
          `risk ${JSON.stringify(b).slice(0, 300)}`,
        );
        return `${b.reference}: ${b.plan.actions.length} actions, acceptance ${b.acceptance?.state ?? 'none'}`;
      },
    },
    {
      label: 'GET /api/risks/actions?overdue=true&limit=50',
      path: `/api/risks/actions?overdue=true&limit=${PAGE}`,
      as: 'ism',
      check: (body) => {
        const b = body as { items: { id: string; overdue: boolean }[]; nextCursor: string | null };
        const ids = b.items.map((i) => i.id);
        expect(
          JSON.stringify(ids) === JSON.stringify(x.overdueActions.first) &&
            b.items.every((i) => i.overdue) &&
            (b.nextCursor !== null) === x.overdueActions.total > PAGE,
          `overdue actions ${ids.length}`,
        );
        return `${ids.length} of ${fmt(x.overdueActions.total)} overdue actions`;
      },
    },
    {
      label: `GET /api/inbox?limit=50 (Risk Owner of ${x.owner.unit})`,
      path: `/api/inbox?limit=${PAGE}`,
      as: 'owner',
      check: async (body, _r, fetchAs) => {
        // Every page of the inbox, counted by kind.
        const kinds: Record<string, number> = {};
        let all = 0;
        for (let cursor: string | null = ''; cursor !== null;) {
          const p = (await fetchAs(`/api/inbox?limit=200${cursor ? `&cursor=${cursor}` : ''}`)) as {
            items: { kind: string }[];
            nextCursor: string | null;
          };
          for (const i of p.items) if (i.kind.startsWith('risks.')) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
          all += p.items.length;
          cursor = p.nextCursor;
        }
        const want = Object.fromEntries(Object.entries(x.inbox).filter(([, n]) => n > 0));
        expect(
          JSON.stringify(Object.entries(kinds).sort()) === JSON.stringify(Object.entries(want).sort()) &&
            (body as { items: unknown[] }).items.length === Math.min(PAGE, all),
          `risk duties ${JSON.stringify(kinds)} (expected ${JSON.stringify(want)})`,
        );
        const n = (k: string) => kinds[`risks.${k}`] ?? 0;
        return `${Math.min(PAGE, all)} of ${all} duties (${n('assess')} assess, ${n('approve_plan')} approve plan, ${n('renew_acceptance')} renew, ${n('action')} actions)`;
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Child: build the data on a fresh database, then serve it.

async function serve(): Promise<void> {
  const { loadConfig } = await import('../src/server/config.js');
  const { createLogger } = await import('../src/server/logger.js');
  const { openRuntime } = await import('../src/server/runtime.js');
  const { buildApp } = await import('../src/server/http/app.js');
  const { runPeopleImport } = await import('../src/server/modules/people/people.import.service.js');
  const { createProgress } = await import('../src/cli/progress.js');
  const { grantRole } = await import('../src/server/testing/test-app.js');
  const { createAccountRecord } = await import('../src/server/modules/identity/identity.accounts.service.js');
  const { appendTrail } = await import('../src/server/modules/trail/trail.service.js');
  const { encodeCursor } = await import('../src/server/core/cursor.js');

  const peopleCount = arg('people', 20_000);
  const riskCount = arg('risks', 10_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-risks-'));
  const env: NodeJS.ProcessEnv = { REMIT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  if (process.env.RISK_BENCH_DATABASE_URL) env.DATABASE_URL = process.env.RISK_BENCH_DATABASE_URL;
  const config = { ...loadConfig(env), webDir: path.join(dir, 'no-web') };
  const { deps, handle } = await openRuntime(config, createLogger('silent'));
  const { db } = deps;
  const system = {
    actor: { kind: 'system' as const, label: 'bench' },
    grant: { kind: 'system' as const, label: 'bench' },
  };
  const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const today = nowIso.slice(0, 10);
  const iso = (ms: number) => new Date(ms).toISOString();
  const tStart = performance.now();

  // 1. People: the real HR import (units, people, managers, Employee roles, trail).
  const org = generateOrganisation(peopleCount, 1, 'bench.example');
  const csv = path.join(dir, 'hr.csv');
  fs.writeFileSync(csv, [...hrCsvLines(org)].join(''));
  const progress = createProgress('HR import');
  const summary = await runPeopleImport(
    db,
    system,
    { open: () => fs.createReadStream(csv), size: fs.statSync(csv).size },
    {
      mode: 'apply',
      missingAreLeavers: false,
      onProgress: (phase, d, t) => phase === 'apply' && progress.update(d, t),
    },
  );
  progress.stop();
  if (summary.counts.errors > 0) throw new Error(`HR import errors: ${JSON.stringify(summary.errors[0])}`);
  const importMs = performance.now() - tStart;
  log(`imported ${fmt(summary.counts.created)} people in ${sec(importMs)}`);
  const personId = new Map(
    (await db.selectFrom('person').select(['id', 'employee_id']).execute()).map((p) => [p.employee_id, p.id]),
  );
  const unitId = new Map((await db.selectFrom('org_unit').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const idOf = (i: number) => personId.get(org.people[i]!.employeeId)!;
  const indexOfTitle = (title: string) => org.people.findIndex((p) => p.jobTitle === title);

  // 2. Roles, Risk Owners and the register, written directly in bulk in one transaction.
  const t1 = performance.now();
  const plan = planRiskRegister(org, riskCount, now, 11);
  const ceo = idOf(0);
  const ismIndex = indexOfTitle('Head of Information Security');
  const ism = idOf(ismIndex);
  const tm = await grantRole(deps, ceo, 'top_management', { validFrom: iso(now - 2000 * DAY) });
  await grantRole(deps, ism, 'isms_manager', { validFrom: iso(now - 2000 * DAY) });
  const riskIds = plan.risks.map(() => uuidv7());
  type Holding = { personId: string; assignmentId: string };
  const assignments: Insertable<Database['assignment']>[] = [];
  const holder = (person: number, scopeType: string, scopeId: string | null, from: string): Holding => {
    const id = uuidv7();
    assignments.push({
      id,
      person_id: idOf(person),
      role_key: 'risk_owner',
      scope_type: scopeType,
      scope_id: scopeId,
      scope_key: `${scopeType}:${scopeId ?? '*'}`,
      kind: 'holder',
      exclusive: 0,
      valid_from: from,
      valid_to: null,
      stand_in_from: null,
      stand_in_until: null,
      acknowledged_at: iso(Date.parse(from) + 2 * DAY),
      acknowledged_version: 1,
      assigned_by: ism,
      reason: 'bench',
      ended_by: null,
      end_reason: null,
      created_at: from,
      updated_at: from,
      version: 1,
    });
    return { personId: idOf(person), assignmentId: id };
  };
  const longAgo = iso(now - 1500 * DAY);
  const unitHolders = new Map<string, Holding>();
  for (const [code, person] of plan.unitOwners)
    unitHolders.set(unitId.get(code)!, holder(person, 'org_unit', unitId.get(code)!, longAgo));
  const ismsHolder = holder(plan.ismsOwner, 'isms', null, longAgo);
  const direct = new Map<string, Holding>();
  plan.risks.forEach((p, i) => {
    if (p.directOwner !== null) direct.set(riskIds[i]!, holder(p.directOwner, 'risk', riskIds[i]!, p.createdAt));
  });
  const parentOf = new Map(
    (await db.selectFrom('org_unit').select(['id', 'parent_id']).execute()).map((u) => [u.id, u.parent_id]),
  );
  // Who owns a risk, as the ledger says (risks.rules ownerOf): its own holder, its unit's up the tree, the ISMS's.
  const ownerOf = (riskId: string, unit: string | null): Holding & { via: 'risk' | 'org_unit' | 'isms' } => {
    const d = direct.get(riskId);
    if (d) return { ...d, via: 'risk' };
    for (let u = unit; u !== null; u = parentOf.get(u) ?? null) {
      const h = unitHolders.get(u);
      if (h) return { ...h, via: 'org_unit' };
    }
    return { ...ismsHolder, via: 'isms' };
  };

  const risks: Insertable<Database['risk']>[] = [];
  const history: Insertable<Database['risk_assessment']>[] = [];
  const actions: Insertable<Database['risk_action']>[] = [];
  const acceptances: Insertable<Database['risk_acceptance']>[] = [];
  plan.risks.forEach((p, i) => {
    const id = riskIds[i]!;
    const unit = p.unitCode ? unitId.get(p.unitCode)! : null;
    const owner = ownerOf(id, unit);
    const cur = p.assessments.at(-1);
    const residual = cur ? cur.residual[0] * cur.residual[1] : null;
    for (const a of p.assessments)
      history.push({
        id: uuidv7(),
        risk_id: id,
        method_version: 1,
        inherent_likelihood: a.inherent[0],
        inherent_impact: a.inherent[1],
        inherent_score: a.inherent[0] * a.inherent[1],
        residual_likelihood: a.residual[0],
        residual_impact: a.residual[1],
        residual_score: a.residual[0] * a.residual[1],
        rationale: 'Assessed at the yearly risk workshop with the process owners.',
        assessed_by: owner.personId,
        assessed_role_key: 'risk_owner',
        assessed_at: a.at,
      });
    for (const a of p.actions)
      actions.push({
        id: uuidv7(),
        risk_id: id,
        title: a.title,
        description: '',
        owner_person_id: a.owner === null ? null : idOf(a.owner),
        due_date: a.dueDate,
        status: a.status,
        completed_at: a.completedAt,
        created_at: a.createdAt,
        updated_at: a.completedAt ?? a.createdAt,
        version: 1,
      });
    if (p.acceptance && residual !== null) {
      const byTm = p.acceptance.by === 'top_management';
      acceptances.push({
        id: uuidv7(),
        risk_id: id,
        residual_score: residual,
        level_key: levelOf(DEFAULT_METHOD, residual).key,
        above_appetite: residual > BENCH_APPETITE ? 1 : 0,
        method_version: 1,
        justification: byTm
          ? 'Accepted for one quarter while the treatment is implemented'
          : 'Residual risk within the acceptance criteria after treatment',
        accepted_by: byTm ? ceo : owner.personId,
        accepted_role_key: byTm ? 'top_management' : 'risk_owner',
        accepted_assignment_id: byTm ? tm : owner.assignmentId,
        accepted_at: p.acceptance.at,
        expires_at: p.acceptance.expiresAt,
        revoked_at: null,
        revoked_by: null,
        revoke_reason: null,
      });
    }
    risks.push({
      id,
      number: p.number,
      reference: riskReference(p.number),
      title: p.title,
      description: p.description,
      category: p.category,
      org_unit_id: unit,
      threat: p.threat,
      vulnerability: p.vulnerability,
      inherent_likelihood: cur?.inherent[0] ?? null,
      inherent_impact: cur?.inherent[1] ?? null,
      inherent_score: cur ? cur.inherent[0] * cur.inherent[1] : null,
      residual_likelihood: cur?.residual[0] ?? null,
      residual_impact: cur?.residual[1] ?? null,
      residual_score: residual,
      method_version: cur ? 1 : null,
      assessed_at: cur?.at ?? null,
      next_assessment_at: cur ? nextAssessment(cur.at) : null,
      treatment_option: p.treatment,
      treatment_note: '',
      plan_version: p.planVersion,
      plan_approved_version: p.planApprovedVersion,
      plan_approved_at: p.planApprovedAt,
      plan_approved_by: p.planApprovedAt ? owner.personId : null,
      plan_approved_role_key: p.planApprovedAt ? 'risk_owner' : null,
      accepted_until: p.acceptance?.expiresAt ?? null,
      closed_at: p.closedAt,
      closed_by: p.closedAt ? owner.personId : null,
      close_reason: p.closedAt ? 'The process was retired' : null,
      created_by: ism,
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      version: 1 + p.assessments.length + p.actions.length,
    });
  });
  const insertAll = async <T extends keyof Database>(trx: Db, table: T, rows: Insertable<Database[T]>[]) => {
    if (rows.length === 0) return;
    const batch = Math.min(1000, Math.floor(30_000 / Object.keys(rows[0]!).length));
    for (let i = 0; i < rows.length; i += batch)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + batch))
        .execute();
  };
  await db.transaction().execute(async (trx) => {
    await insertAll(trx, 'assignment', assignments);
    await insertAll(trx, 'risk', risks);
    await insertAll(trx, 'risk_assessment', history);
    await insertAll(trx, 'risk_action', actions);
    await insertAll(trx, 'risk_acceptance', acceptances);
    await appendTrail(trx, {
      ...system,
      action: 'risk.register.recorded',
      objectType: 'risk',
      objectId: '*',
      changes: {
        risks: risks.length,
        assessments: history.length,
        actions: actions.length,
        acceptances: acceptances.length,
      },
    });
  });
  const registerMs = performance.now() - t1;
  log(
    `wrote ${fmt(risks.length)} risks and ${fmt(history.length + actions.length + acceptances.length + assignments.length)} related rows in ${sec(registerMs)}`,
  );

  // 3. Accounts for the ISM and a department's Risk Owner.
  const t3 = performance.now();
  const ownerCode = plan.unitOwners.has('ENG-PLAT') ? 'ENG-PLAT' : [...plan.unitOwners.keys()][0]!;
  const ownerIndex = plan.unitOwners.get(ownerCode)!;
  const accounts = {} as Ready['accounts'];
  for (const [who, i] of [
    ['ism', ismIndex],
    ['owner', ownerIndex],
  ] as const) {
    const p = org.people[i]!;
    await db
      .transaction()
      .execute((trx) =>
        createAccountRecord(trx, { email: p.email, fullName: p.fullName, password: PASSWORD, isAdmin: false }, system),
      );
    accounts[who] = { email: p.email, personId: idOf(i) };
  }
  const accountsMs = performance.now() - t3;
  // After a load this size PostgreSQL's autovacuum vacuums and analyzes the tables within a minute
  // or two; do it now, so that it does not run during the measurements and the plans are settled.
  const tryFile = option('try');
  if (tryFile && flag('write')) throw new Error('--try changes the database; it cannot --write');
  if (tryFile)
    for (const statement of fs
      .readFileSync(tryFile, 'utf8')
      .replace(/^\s*--.*$/gm, '')
      .split(/;\s*\n/)) {
      if (statement.trim() === '') continue;
      log(`--try: ${statement.trim().replace(/\s+/g, ' ')}`);
      await sql.raw(statement).execute(db);
    }
  if (handle.dialect === 'postgres') await sql`vacuum (analyze)`.execute(db);
  const totalMs = performance.now() - tStart;
  log(`data built in ${sec(totalMs)}`);

  // 4. What each endpoint must answer, worked out from the rows written (at "now"; no instant
  //    lies within two hours of now plus whole days, so the server's later "now" agrees).
  const rowCounts: Record<string, number> = {};
  for (const t of [
    'person',
    'org_unit',
    'assignment',
    'risk',
    'risk_assessment',
    'risk_action',
    'risk_acceptance',
    'trail_event',
  ] as const)
    rowCounts[t] = Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if (rowCounts.risk !== risks.length) throw new Error(`risk has ${rowCounts.risk} rows, expected ${risks.length}`);
  let dbBytes: number;
  if (handle.sqlite) {
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    dbBytes = fs.statSync(path.join(dir, 'remit.db')).size;
  } else {
    const r = await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(db);
    dbBytes = Number(r.rows[0]!.n);
  }

  const byNumber = [...risks].sort((a, b) => a.number - b.number);
  const open = byNumber.filter((r) => r.closed_at === null);
  const listed = (rows: typeof risks): Listed => ({
    total: rows.length,
    first: rows.slice(0, PAGE).map((r) => r.reference),
  });
  const overdueOpen = actions.filter(
    (a) => (a.status === 'planned' || a.status === 'in_progress') && a.due_date !== null && a.due_date! < today,
  );
  const openIds = new Set(open.map((r) => r.id));
  const overdueActions = overdueOpen
    .filter((a) => openIds.has(a.risk_id))
    .sort((a, b) => (a.due_date! < b.due_date! ? -1 : a.due_date! > b.due_date! ? 1 : a.id < b.id ? -1 : 1));
  const overdueByRisk = new Map<string, number>();
  for (const a of overdueActions) overdueByRisk.set(a.risk_id, (overdueByRisk.get(a.risk_id) ?? 0) + 1);

  const unitCode = plan.unitOwners.has('IT-SEC') ? 'IT-SEC' : [...plan.unitOwners.keys()].at(-1)!;
  const subtree = new Set<string>([unitId.get(unitCode)!]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [u, parent] of parentOf)
      if (parent && subtree.has(parent) && !subtree.has(u)) {
        subtree.add(u);
        grew = true;
      }
  }
  const ownerPerson = idOf(ownerIndex);
  const owned = byNumber.filter((r) => ownerOf(r.id, r.org_unit_id ?? null).personId === ownerPerson);
  const cellOf = (r: (typeof risks)[number], basis: 'residual' | 'inherent') =>
    basis === 'residual' ? [r.residual_likelihood, r.residual_impact] : [r.inherent_likelihood, r.inherent_impact];
  const heat = (basis: 'residual' | 'inherent') => {
    const cells: Record<string, number> = {};
    let unassessed = 0;
    for (const r of open) {
      const [l, i] = cellOf(r, basis);
      if (l === null || l === undefined) unassessed += 1;
      else cells[`${l}:${i}`] = (cells[`${l}:${i}`] ?? 0) + 1;
    }
    return { cells, unassessed };
  };
  const residualKey = (r: (typeof risks)[number]) => r.residual_score ?? -1;
  const horizon = iso(now + 30 * DAY);
  const ownedOpen = owned.filter((r) => r.closed_at === null);
  const cap = (n: number) => Math.min(200, n);
  const detail =
    open.find(
      (r) =>
        (r.accepted_until ?? '') > nowIso && actions.filter((a) => a.risk_id === r.id).length >= 2 && direct.has(r.id),
    ) ?? open.find((r) => actions.some((a) => a.risk_id === r.id))!;
  const detailOwner = ownerOf(detail.id, detail.org_unit_id ?? null);
  const detailAcceptance = acceptances.find((k) => k.risk_id === detail.id);

  const ready: Ready = {
    port: 0,
    dialect: handle.dialect,
    buildMs: { import: importMs, register: registerMs, accounts: accountsMs, total: totalMs },
    rows: rowCounts,
    activePeople: org.people.filter((p) => p.status === 'active').length,
    dbMb: dbBytes / 1_048_576,
    accounts,
    owners: { units: unitHolders.size, direct: direct.size },
    x: {
      all: listed(byNumber),
      secondPage: {
        cursor: encodeCursor({ k: PAGE, n: PAGE }),
        first: byNumber.slice(PAGE, 2 * PAGE).map((r) => r.reference),
      },
      unit: {
        ...listed(byNumber.filter((r) => r.org_unit_id && subtree.has(r.org_unit_id))),
        id: unitId.get(unitCode)!,
        name: org.units.find((u) => u.code === unitCode)!.name,
        units: subtree.size,
      },
      owner: {
        ...listed(owned),
        personId: ownerPerson,
        name: org.people[ownerIndex]!.fullName,
        unit: org.units.find((u) => u.code === ownerCode)!.name,
      },
      above: listed(byNumber.filter((r) => (r.residual_score ?? 0) > BENCH_APPETITE)),
      q: listed(
        byNumber.filter((r) =>
          [r.reference, r.title, r.threat, r.vulnerability].some((s) => s.toLowerCase().includes(WORD)),
        ),
      ),
      byResidual: listed([...byNumber].sort((a, b) => residualKey(b) - residualKey(a) || a.number - b.number)),
      cell: listed(byNumber.filter((r) => r.residual_likelihood === 4 && r.residual_impact === 4)),
      heat: { residual: heat('residual'), inherent: heat('inherent') },
      breakdown: {
        units: new Set(open.map((r) => r.org_unit_id ?? null)).size,
        owners: new Set(open.map((r) => ownerOf(r.id, r.org_unit_id ?? null).personId)).size,
        totals: {
          risks: byNumber.length,
          open: open.length,
          aboveAppetite: open.filter((r) => (r.residual_score ?? 0) > BENCH_APPETITE).length,
          unassessed: open.filter((r) => r.assessed_at === null).length,
          assessmentOverdue: open.filter((r) => r.next_assessment_at && r.next_assessment_at < nowIso).length,
          overdueActions: overdueActions.length,
        },
      },
      risk: {
        id: detail.id,
        reference: detail.reference,
        actions: actions.filter((a) => a.risk_id === detail.id).length,
        acceptance: detailAcceptance ? (detailAcceptance.expires_at <= nowIso ? 'expired' : 'in_force') : null,
        owner: detailOwner.personId,
        via: detailOwner.via,
      },
      overdueActions: { total: overdueActions.length, first: overdueActions.slice(0, PAGE).map((a) => a.id) },
      inbox: {
        'risks.assess': cap(
          ownedOpen.filter(
            (r) =>
              (r.next_assessment_at && r.next_assessment_at < horizon) ||
              (r.assessed_at === null && r.created_at < nowIso),
          ).length,
        ),
        'risks.approve_plan': cap(
          ownedOpen.filter(
            (r) =>
              r.treatment_option !== null &&
              (r.plan_approved_version === null || r.plan_approved_version !== r.plan_version),
          ).length,
        ),
        'risks.renew_acceptance': cap(ownedOpen.filter((r) => r.accepted_until && r.accepted_until < horizon).length),
        'risks.action': cap(
          actions.filter(
            (a) =>
              a.owner_person_id === ownerPerson &&
              (a.status === 'planned' || a.status === 'in_progress') &&
              openIds.has(a.risk_id),
          ).length,
        ),
      },
    },
  };

  if (flag('explain'))
    await explainEndpoints(deps, handle, process.env.RISK_BENCH_DATABASE_URL, ready.accounts, endpoints(ready));
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  ready.port = (app.server.address() as { port: number }).port;
  (globalThis as { gc?: () => void }).gc?.();
  if (flag('keep') && handle.sqlite) log(`keeping the data: ${path.join(dir, 'remit.db')}`);
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => handle.close())
      .then(() => {
        if (!flag('keep') || !handle.sqlite) fs.rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: measure, then report.

async function main(): Promise<void> {
  const { ready, hello, results } = await runServed('bench/risk-register.ts', 'RISK_BENCH_DATABASE_URL', endpoints);
  if (ready && hello) report(ready, hello, results);
}

function report(r: Ready, hello: Stats, results: { e: Endpoint; returns: string; s: Stats }[]): void {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const sec = (n: number) => `${(n / 1000).toFixed(1)} s`;
  const ratio = (x: number) => (x >= 0.01 ? x.toFixed(3) : x.toPrecision(2));
  const connections = arg('connections', 16);
  const b = r.buildMs;
  const t = r.x.breakdown.totals;
  const related = r.rows.risk_assessment! + r.rows.risk_action! + r.rows.risk_acceptance!;
  const data = [
    `| Data | ${runStamp(r.dialect)} |`,
    '|---|---|',
    `| people (active) · org units · assignments | ${fmt(r.rows.person!)} (${fmt(r.activePeople)}) · ${fmt(r.rows.org_unit!)} · ${fmt(r.rows.assignment!)} |`,
    `| Risk Owners: departments · whole ISMS · single risks | ${r.owners.units} · 1 · ${fmt(r.owners.direct)} |`,
    `| **risks** (open · above appetite · unassessed · reassessment overdue) | **${fmt(r.rows.risk!)}** (${fmt(t.open)} · ${fmt(t.aboveAppetite)} · ${fmt(t.unassessed)} · ${fmt(t.assessmentOverdue)}) |`,
    `| assessments · actions (open overdue) · acceptances | ${fmt(r.rows.risk_assessment!)} · ${fmt(r.rows.risk_action!)} (${fmt(t.overdueActions)}) · ${fmt(r.rows.risk_acceptance!)} |`,
    `| trail events · database size | ${fmt(r.rows.trail_event!)} · ${fmt(Math.round(r.dbMb))} MB |`,
    `| build: HR import · register · accounts | **${sec(b.total)}**: ${sec(b.import)} · ${sec(b.register)} (${fmt(Math.round((r.rows.risk! + related) / (b.register / 1000)))} rows/s) · ${sec(b.accounts)} |`,
  ];
  const row = (label: string, returns: string, s: Stats) =>
    `| ${label} | ${returns} | ${ms(s.mean)} · ${ms(s.p50)} · ${ms(s.p99)} | ${fmt(Math.round(s.rps))} | ${ratio(s.rps / hello.rps)} |`;
  const table = [
    `| Endpoint (as the ISM unless said) | returns | ms, 1 client: mean · p50 · p99 | req/s, ${connections} connections | ratio / hello-world |`,
    '|---|---|---|---|---|',
    row('baseline: bare Fastify hello-world', '`{"hello":"world"}`', hello),
    ...results.map((x) => row(x.e.label.replaceAll('|', '\\|'), x.returns, x.s)),
  ];
  const summary = `${data.join('\n')}\n\n${table.join('\n')}`;
  process.stdout.write(`${summary}\n`);
  if (flag('write')) writeSection(`risk-register${r.dialect === 'postgres' ? '-pg' : ''}`, summary);
}

if (flag('serve')) await serve();
else await main();
