/**
 * Policy acknowledgement benchmark: 20,000 people (the HR import of the demo generator's company)
 * × 10 policies × 5 published versions, with about 860,000 acknowledgements, served over HTTP.
 * It measures the campaign pages of a version (totals, progress per unit, the pending list) and
 * the per-person views (Policies to read, a person's acknowledgements, the inbox), each once with
 * one client at a time (latency) and once under load (throughput), against a bare Fastify
 * hello-world measured in the same run. Every response is checked against the generated data.
 *
 *   npm run bench:policies -- [--people 20000] [--policies 10] [--versions 5] [--seconds 3]
 *     [--duration 4] [--connections 16] [--pg] [--explain] [--write]
 *
 * --pg runs Remit on a fresh temporary PostgreSQL database (created from DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres, and dropped afterwards). --explain prints every SQL
 * statement each endpoint runs, with its time and plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN
 * ANALYZE on PostgreSQL), and measures nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Deps } from '../src/server/core/deps.js';
import type { DatabaseHandle } from '../src/server/db/database.js';
import { generateOrganisation, hrCsvLines } from './generator/people.js';
import { planAcknowledgements, planPolicies, policyBody } from './generator/policies.js';
import {
  arg,
  explainEndpoints,
  expect,
  flag,
  fmt,
  PASSWORD,
  runServed,
  runStamp,
  writeSection,
  type Endpoint as ServedEndpoint,
  type Stats,
} from './lib/served.js';

const DAY = 86_400_000;

type Who = 'ism' | 'pending' | 'done';
type Campaign = {
  policyId: string;
  versionId: string;
  reference: string;
  audience: number;
  pending: number;
  /** Org units with someone in the audience. */
  units: number;
};
type Ready = {
  port: number;
  dialect: 'sqlite' | 'postgres';
  buildMs: { import: number; policies: number; acks: number; accounts: number; total: number };
  rows: Record<string, number>;
  activePeople: number;
  dbMb: number;
  accounts: Record<Who, { email: string; personId: string }>;
  everyone: Campaign;
  units: Campaign & { description: string };
  /** Policies whose audience includes the pending employee (all unread). */
  pendingPolicies: number;
  doneAcks: number;
};

// ---------------------------------------------------------------------------------------------
// The endpoints, with what each must answer for the generated data.

type Endpoint = ServedEndpoint<Ready, Who>;

function endpoints(r: Ready): Endpoint[] {
  const base = (c: Campaign) => `/api/policies/${c.policyId}/versions/${c.versionId}/campaign`;
  const campaign = (c: Campaign) => (body: unknown) => {
    const b = body as { audience: number; acknowledged: number; overdue: number; ratePercent: number };
    expect(
      b.audience === c.audience && b.acknowledged === c.audience - c.pending && b.overdue === c.pending,
      `campaign ${JSON.stringify(b)} (expected audience ${c.audience}, pending ${c.pending})`,
    );
    return `audience ${fmt(b.audience)}, ${b.ratePercent}% read, ${fmt(b.overdue)} overdue`;
  };
  type Page = { items: Record<string, unknown>[]; nextCursor: string | null };
  return [
    { label: 'GET /healthz (no auth)', path: '/healthz', as: null, check: () => 'ok' },
    { label: 'GET /api/auth/session (ISM)', path: '/api/auth/session', as: 'ism', check: () => 'the session' },
    {
      label: `campaign: ${r.everyone.reference} v5, everyone (ISM)`,
      path: base(r.everyone),
      as: 'ism',
      check: campaign(r.everyone),
    },
    {
      label: `campaign: ${r.units.reference} v5, ${r.units.description} (ISM)`,
      path: base(r.units),
      as: 'ism',
      check: campaign(r.units),
    },
    {
      label: `campaign/units?limit=50: ${r.everyone.reference} (ISM)`,
      path: `${base(r.everyone)}/units?limit=50`,
      as: 'ism',
      check: (body) => {
        const b = body as Page;
        const n = Math.min(50, r.everyone.units);
        expect(
          b.items.length === n && (b.nextCursor !== null) === r.everyone.units > 50,
          `units page of ${b.items.length}`,
        );
        return `${n} of ${r.everyone.units} units`;
      },
    },
    {
      label: `campaign/people?state=pending&limit=50: ${r.everyone.reference} (ISM)`,
      path: `${base(r.everyone)}/people?state=pending&limit=50`,
      as: 'ism',
      check: (body) => {
        const b = body as Page;
        expect(
          b.items.length === 50 && b.nextCursor !== null && b.items.every((i) => i.acknowledgedAt === null),
          `pending page of ${b.items.length}`,
        );
        return `50 of ${fmt(r.everyone.pending)} pending, next cursor`;
      },
    },
    {
      label: 'GET /api/my/policies (employee with unread policies)',
      path: '/api/my/policies',
      as: 'pending',
      check: (body) => {
        const b = body as { toRead: unknown[]; acknowledged: unknown[] };
        expect(b.toRead.length === r.pendingPolicies && b.acknowledged.length === 0, `${b.toRead.length} to read`);
        return `${b.toRead.length} to read`;
      },
    },
    {
      label: 'GET /api/my/policies (employee who read all)',
      path: '/api/my/policies',
      as: 'done',
      check: (body) => {
        const b = body as { toRead: unknown[]; acknowledged: unknown[] };
        expect(b.toRead.length === 0 && b.acknowledged.length > 0, `${b.toRead.length} to read`);
        return `${b.acknowledged.length} read`;
      },
    },
    {
      label: "GET /api/people/{id}/policy-acknowledgements?limit=50 (ISM, someone's history)",
      path: `/api/people/${r.accounts.done.personId}/policy-acknowledgements?limit=50`,
      as: 'ism',
      check: (body) => {
        const b = body as Page;
        expect(b.items.length === Math.min(50, r.doneAcks), `${b.items.length} acknowledgements`);
        return `${b.items.length} acknowledgements`;
      },
    },
    {
      label: 'GET /api/inbox (employee with unread policies)',
      path: '/api/inbox',
      as: 'pending',
      check: (body) => {
        const b = body as Page;
        const policy = b.items.filter((i) => i.kind === 'policies.acknowledge').length;
        expect(policy === r.pendingPolicies, `${policy} policy duties`);
        return `${b.items.length} duties (${policy} policies to read)`;
      },
    },
    {
      label: 'GET /api/inbox (ISM)',
      path: '/api/inbox',
      as: 'ism',
      check: (body) => `${(body as Page).items.length} duties`,
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
  const { recordPolicyHistory } = await import('../src/server/modules/policies/policies.seed.js');
  const { createAccountRecord } = await import('../src/server/modules/identity/identity.accounts.service.js');
  const { appendTrail } = await import('../src/server/modules/trail/trail.service.js');

  const peopleCount = arg('people', 20_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-policies-'));
  const env: NodeJS.ProcessEnv = { REMIT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  if (process.env.POLICY_BENCH_DATABASE_URL) env.DATABASE_URL = process.env.POLICY_BENCH_DATABASE_URL;
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

  // 2. Roles and policies, through the function the demo uses to record a policy's history.
  const t1 = performance.now();
  const ceo = idOf(0);
  const ismIndex = indexOfTitle('Head of Information Security');
  const ism = idOf(ismIndex);
  const writer = idOf(indexOfTitle('Head of IT Operations'));
  const tm = await grantRole(deps, ceo, 'top_management', { validFrom: iso(now - 2000 * DAY) });
  const ismAssignment = await grantRole(deps, ism, 'isms_manager', { validFrom: iso(now - 2000 * DAY) });
  const plans = planPolicies(arg('policies', 10), arg('versions', 5));
  const policies = await db.transaction().execute(async (trx) => {
    const out: { id: string; versionIds: string[] }[] = [];
    for (const p of plans) {
      const approvedBy =
        p.approverRoleKey === 'top_management'
          ? { personId: ceo, roleKey: 'top_management', assignmentId: tm }
          : { personId: ism, roleKey: 'isms_manager', assignmentId: ismAssignment };
      out.push(
        await recordPolicyHistory(
          trx,
          {
            kind: p.kind,
            title: p.title,
            summary: p.summary,
            approverRoleKey: p.approverRoleKey,
            reviewIntervalMonths: 12,
            ackWithinDays: p.ackWithinDays,
            audience: {
              everyone: p.audienceUnits === null,
              // A small company has fewer divisions; units it does not have are left out.
              orgUnitIds: (p.audienceUnits ?? []).flatMap((c) => unitId.get(c) ?? []),
              roleKeys: [],
            },
            versions: p.publishedDaysAgo.map((daysAgo, v) => ({
              title: p.title,
              body: policyBody(p, v + 1),
              changeSummary: v === 0 ? 'First version.' : `Revision ${v + 1}.`,
              quiz: null,
              authorId: p.kind === 'isms' ? ism : writer,
              approvedBy,
              approvedAt: iso(now - (daysAgo + 2) * DAY),
              publishedAt: iso(now - daysAgo * DAY),
            })),
          },
          system,
        ),
      );
    }
    return out;
  });
  const policiesMs = performance.now() - t1;

  // 3. Acknowledgements, written directly in bulk (one trail event per version, as the demo does).
  const t2 = performance.now();
  const plan = planAcknowledgements(org, plans, now, 7);
  const perPerson = new Uint16Array(org.people.length);
  const perVersion = new Map<string, number>();
  let acks = 0;
  const rows = function* () {
    for (const a of plan.rows()) {
      const versionId = policies[a.policy]!.versionIds[a.version]!;
      perPerson[a.person] = (perPerson[a.person] ?? 0) + 1;
      perVersion.set(versionId, (perVersion.get(versionId) ?? 0) + 1);
      acks += 1;
      if (acks % 200_000 === 0) log(`${fmt(acks)} acknowledgements…`);
      const at = iso(now - plans[a.policy]!.publishedDaysAgo[a.version]! * DAY + a.afterMs);
      yield [versionId, idOf(a.person), at] as const;
    }
  };
  if (handle.sqlite) {
    const raw = handle.sqlite;
    const insert = raw.prepare(
      'insert into policy_ack (version_id, person_id, acknowledged_at, quiz_score, account_id) values (?, ?, ?, null, null)',
    );
    raw.transaction(() => {
      for (const r of rows()) insert.run(...r);
    })();
  } else {
    await db.transaction().execute(async (trx) => {
      let batch: (readonly [string, string, string])[] = [];
      const flush = async () => {
        await sql`insert into policy_ack (version_id, person_id, acknowledged_at, quiz_score, account_id)
          select v, p, a, null, null from unnest(${batch.map((b) => b[0])}::text[], ${batch.map((b) => b[1])}::text[],
          ${batch.map((b) => b[2])}::text[]) as t(v, p, a)`.execute(trx);
        batch = [];
      };
      for (const r of rows()) {
        batch.push(r);
        if (batch.length === 20_000) await flush();
      }
      if (batch.length > 0) await flush();
    });
  }
  await db.transaction().execute(async (trx) => {
    for (const [versionId, count] of perVersion)
      await appendTrail(trx, {
        ...system,
        action: 'policy.acknowledgements.recorded',
        objectType: 'policy_version',
        objectId: versionId,
        changes: { count },
      });
  });
  const acksMs = performance.now() - t2;
  log(`wrote ${fmt(acks)} acknowledgements in ${sec(acksMs)}`);

  // 4. Accounts for the ISM and two employees (one behind on every policy, one who read them all).
  const t3 = performance.now();
  const eng = (i: number) => org.people[i]!.orgUnitCode.startsWith('ENG-') && org.people[i]!.status === 'active';
  const pendingIndex = [...plan.laggards].find(eng)!;
  const doneIndex = org.people.findIndex((p, i) => eng(i) && !plan.laggards.has(i) && i > ismIndex);
  const accounts = {} as Ready['accounts'];
  for (const [who, i] of [
    ['ism', ismIndex],
    ['pending', pendingIndex],
    ['done', doneIndex],
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
  if (handle.dialect === 'postgres') await sql`vacuum (analyze)`.execute(db);
  const totalMs = performance.now() - tStart;
  log(`data built in ${sec(totalMs)}`);

  const count = async (
    t:
      | 'person'
      | 'org_unit'
      | 'assignment'
      | 'policy'
      | 'policy_version'
      | 'policy_audience'
      | 'policy_ack'
      | 'trail_event',
  ) =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const rowCounts: Record<string, number> = {};
  for (const t of [
    'person',
    'org_unit',
    'assignment',
    'policy',
    'policy_version',
    'policy_audience',
    'policy_ack',
    'trail_event',
  ] as const)
    rowCounts[t] = await count(t);
  if (rowCounts.policy_ack !== acks) throw new Error(`policy_ack has ${rowCounts.policy_ack} rows, expected ${acks}`);
  let dbBytes: number;
  if (handle.sqlite) {
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    dbBytes = fs.statSync(path.join(dir, 'remit.db')).size;
  } else {
    const r = await sql<{ n: number }>`select pg_database_size(current_database()) as n`.execute(db);
    dbBytes = Number(r.rows[0]!.n);
  }
  const campaignOf = (p: number): Campaign => ({
    policyId: policies[p]!.id,
    versionId: policies[p]!.versionIds.at(-1)!,
    reference: `POL-${String(p + 1).padStart(3, '0')}`,
    audience: plan.audience[p]!.length,
    pending: plan.audience[p]!.filter((i) => plan.laggards.has(i)).length,
    units: new Set(plan.audience[p]!.map((i) => org.people[i]!.orgUnitCode)).size,
  });
  const unitsPolicy = plans.findIndex((p) => p.audienceUnits !== null);
  const ready: Ready = {
    port: 0,
    dialect: handle.dialect,
    buildMs: { import: importMs, policies: policiesMs, acks: acksMs, accounts: accountsMs, total: totalMs },
    rows: rowCounts,
    activePeople: org.people.filter((p) => p.status === 'active').length,
    dbMb: dbBytes / 1_048_576,
    accounts,
    everyone: campaignOf(plans.findIndex((p) => p.audienceUnits === null)),
    units: { ...campaignOf(unitsPolicy), description: plans[unitsPolicy]!.audienceUnits!.join(' + ') },
    pendingPolicies: plan.audience.filter((a) => a.includes(pendingIndex)).length,
    doneAcks: perPerson[doneIndex]!,
  };

  if (flag('explain')) await explain(deps, handle, ready);
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  ready.port = (app.server.address() as { port: number }).port;
  (globalThis as { gc?: () => void }).gc?.();
  process.stdout.write(`READY ${JSON.stringify(ready)}\n`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => handle.close())
      .then(() => {
        fs.rmSync(dir, { recursive: true, force: true });
        process.exit(0);
      });
  });
}

/** Runs each endpoint once through a copy of the app whose queries are logged, and prints every query's time and plan. */
async function explain(deps: Deps, handle: DatabaseHandle, ready: Ready): Promise<void> {
  await explainEndpoints(deps, handle, process.env.POLICY_BENCH_DATABASE_URL, ready.accounts, endpoints(ready));
}

// ---------------------------------------------------------------------------------------------
// Parent: start the servers, sign in, check and measure each endpoint.

async function main(): Promise<void> {
  const { ready, hello, results } = await runServed('bench/policy-acks.ts', 'POLICY_BENCH_DATABASE_URL', endpoints);
  if (ready && hello) report(ready, hello, results);
}

function report(r: Ready, hello: Stats, results: { e: Endpoint; returns: string; s: Stats }[]): void {
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
  const sec = (n: number) => `${(n / 1000).toFixed(1)} s`;
  const ratio = (x: number) => (x >= 0.01 ? x.toFixed(3) : x.toPrecision(2));
  const connections = arg('connections', 16);
  const b = r.buildMs;
  const data = [
    `| Data | ${runStamp(r.dialect)} |`,
    '|---|---|',
    `| people (active) · org units · assignments | ${fmt(r.rows.person!)} (${fmt(r.activePeople)}) · ${fmt(r.rows.org_unit!)} · ${fmt(r.rows.assignment!)} |`,
    `| policies · versions · org-unit audience rows | ${fmt(r.rows.policy!)} · ${fmt(r.rows.policy_version!)} · ${fmt(r.rows.policy_audience!)} |`,
    `| **acknowledgements (policy_ack rows)** | **${fmt(r.rows.policy_ack!)}** |`,
    `| trail events · database size | ${fmt(r.rows.trail_event!)} · ${fmt(Math.round(r.dbMb))} MB |`,
    `| build: HR import · policies · acknowledgements · accounts | **${sec(b.total)}**: ${sec(b.import)} · ${sec(b.policies)} · ${sec(b.acks)} (${fmt(Math.round(r.rows.policy_ack! / (b.acks / 1000)))} rows/s) · ${sec(b.accounts)} |`,
  ];
  const row = (label: string, returns: string, s: Stats) =>
    `| ${label} | ${returns} | ${ms(s.mean)} · ${ms(s.p50)} · ${ms(s.p99)} | ${fmt(Math.round(s.rps))} | ${ratio(s.rps / hello.rps)} |`;
  const table = [
    `| Endpoint (caller) | returns | ms, 1 client: mean · p50 · p99 | req/s, ${connections} connections | ratio / hello-world |`,
    '|---|---|---|---|---|',
    row('baseline: bare Fastify hello-world', '`{"hello":"world"}`', hello),
    ...results.map((x) => row(x.e.label.replaceAll('|', '\\|'), x.returns, x.s)),
  ];
  const summary = `${data.join('\n')}\n\n${table.join('\n')}`;
  process.stdout.write(`${summary}\n`);
  if (flag('write')) writeSection(`policy-acks${r.dialect === 'postgres' ? '-pg' : ''}`, summary);
}

if (flag('serve')) await serve();
else await main();
