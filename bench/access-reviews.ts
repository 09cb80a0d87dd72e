/**
 * Access review benchmark: the entitlements of 2,000 systems of a 20,000-person company (the HR
 * import of the demo generator's organisation), 2,000,000 rows by default, imported from a CSV
 * file through the entitlement import service, then toxic combinations and a campaign over every
 * system. Each phase runs in its own child process, in this order, on one database:
 *
 * - build: the HR import, the asset inventory (bulk inserts) and the Asset Owners in the ledger
 *   (the heads of divisions and departments, some systems owned directly, a few owned by nobody);
 * - small: the import of a file 10× smaller (the memory baseline), then the baseline for writes: a
 *   plain INSERT of as many rows as the large file into a scratch table, 1,000 rows a statement
 *   and a transaction, as the import writes; the imported rows are deleted again;
 * - main: the import of the large file, sampling process.memoryUsage() every 250 ms (and the live
 *   heap after a forced collection every twentieth of the large file's rows, in both imports); a
 *   re-import of the same file; five toxic combinations (their conflict counts and the first
 *   conflicts page); a full campaign (creation, the summary, a reviewer's first page, the toxic
 *   and privileged filters, reviewer progress, one reviewer keeping all their matched accounts,
 *   every reviewer revoking the orphaned accounts and keeping the rest, the revocation list,
 *   closing); with --differential also a re-import of the export a quarter later (1 % changed,
 *   the revoked accounts gone) and a differential campaign over it (about 5 more minutes).
 *
 * Reads are measured against one point read by primary key in the same run, bulk steps against
 * the plain INSERT, so the numbers are ratios too. Every result is checked against what the
 * generator wrote (bench/generator/entitlements.ts).
 *
 *   npm run bench:access -- [--people 20000] [--systems 2000] [--entitlements 2000000] [--pg]
 *     [--differential] [--evidence] [--keep] [--try file.sql] [--write]
 *
 * --pg runs on a fresh temporary PostgreSQL database (created from DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres, and dropped afterwards); after each bulk load it
 * runs ANALYZE (timed and reported), as autovacuum would within a minute. --evidence also times
 * the XLSX evidence of the full campaign. --keep leaves the data (the SQLite file or the PostgreSQL
 * database) and prints where it is. For trying a fix without touching the app, --try runs the SQL
 * statements of a file (one per `;` at a line end) in every phase's process once the schema is
 * migrated: pragmas, or `create index if not exists …` (the build phase creates it); it cannot be
 * recorded with --write. Every bulk step and read prints its slowest statements (time summed by
 * statement shape) on stderr.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Insertable } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../src/server/core/actor.js';
import type { Deps } from '../src/server/core/deps.js';
import type { DatabaseHandle } from '../src/server/db/database.js';
import type { Database } from '../src/server/db/schema.js';
import { planSystems, writeEntitlementCsv, type EntitlementStats } from './generator/entitlements.js';
import { generateOrganisation, hrCsvLines } from './generator/people.js';
import { arg, expect, flag, fmt, option, root, runStamp, temporaryPostgres, writeSection } from './lib/served.js';

const DAY = 86_400_000;
const PAGE = 50;
const ORG_SEED = 1;
const PLAN_SEED = 5;
const CSV_SEED = 7;
const CHURN = 0.01;
const DB_URL_ENV = 'ACCESS_BENCH_DATABASE_URL';

type Files = { small: string; large: string; churn: string };
type Expected = { small: EntitlementStats; large: EntitlementStats; churn: EntitlementStats | null };
type Mem = {
  rows: number;
  ms: number;
  startHeapMb: number;
  startRssMb: number;
  peakHeapMb: number;
  peakByTenthMb: number[];
  peakRssMb: number;
  /** Largest heapUsed right after a forced collection, one every `liveEvery` rows. */
  liveHeapMb: number;
  liveSamples: number;
  liveEvery: number;
  /** After the import and a forced collection. */
  endHeapMb: number;
  samples: number;
};
type Top = { sql: string; ms: number; n: number };
type Step = { label: string; returns: string; ms: number; rows: number; top: Top[] };
type Read = { label: string; returns: string; ms: number; firstMs: number; runs: number; top: Top[] };
type BuildResult = {
  dialect: 'sqlite' | 'postgres';
  hrMs: number;
  inventoryMs: number;
  people: number;
  units: number;
  systems: number;
  owners: { units: number; direct: number; none: number };
};
type SmallResult = { mem: Mem; baseline: { ms: number; rows: number } };
type MainResult = {
  mem: Mem;
  steps: Step[];
  reads: Read[];
  pointRead: Read;
  analyze: { label: string; ms: number }[];
  rows: Record<string, number>;
  dbMb: number;
  reviewers: number;
};

const mb = (bytes: number) => bytes / 1_048_576;
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The organisation and its systems: every process builds the same ones from the same arguments. */
function world() {
  const org = generateOrganisation(arg('people', 20_000), ORG_SEED, 'bench.example');
  const plan = planSystems(org, arg('systems', 2_000), PLAN_SEED);
  return { org, plan };
}

// ---------------------------------------------------------------------------------------------
// Children

/** Time per SQL statement, summed by statement shape (value and IN lists folded), for the step running now. */
type Statements = Map<string, { ms: number; n: number }>;
let statements: Statements | null = null;
const shape = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(
      /(\((?:\?|\$\d+|'[^']*')(?:, (?:\?|\$\d+|'[^']*'))*\))(?:, \((?:\?|\$\d+|'[^']*')(?:, (?:\?|\$\d+|'[^']*'))*\))+/g,
      '$1, …',
    )
    .replace(/\((?:\?|\$\d+)(?:, (?:\?|\$\d+))+\)/g, '(…)');

/**
 * The app's runtime on the bench's database, with a Kysely of its own over the same connection
 * (SQLite) or database (PostgreSQL) that times every statement (`statements`).
 */
async function openApp(dir: string): Promise<{ deps: Deps; handle: DatabaseHandle }> {
  const { loadConfig } = await import('../src/server/config.js');
  const { createLogger } = await import('../src/server/logger.js');
  const { openRuntime } = await import('../src/server/runtime.js');
  const { withStatementCache } = await import('../src/server/db/database.js');
  const { createAuthorizer } = await import('../src/server/core/authorize.js');
  const { createLedgerSource } = await import('../src/server/modules/responsibilities/responsibilities.ledger.js');
  const env: NodeJS.ProcessEnv = { REMIT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  if (process.env[DB_URL_ENV]) env.DATABASE_URL = process.env[DB_URL_ENV];
  const config = { ...loadConfig(env), webDir: path.join(dir, 'no-web') };
  const { deps, handle } = await openRuntime(config, createLogger('silent'));
  const pool =
    config.database.kind === 'postgres'
      ? new pg.Pool({ connectionString: config.database.url, max: config.database.poolSize })
      : null;
  const db = new Kysely<Database>({
    dialect: handle.sqlite
      ? new SqliteDialect({ database: withStatementCache(handle.sqlite) })
      : new PostgresDialect({ pool: pool! }),
    log: (e) => {
      if (e.level !== 'query' || !statements) return;
      const key = shape(e.query.sql);
      const s = statements.get(key) ?? { ms: 0, n: 0 };
      s.ms += e.queryDurationMillis;
      s.n += 1;
      statements.set(key, s);
    },
  });
  // --try: SQL of your own (an index, a pragma) run in every phase's process before it starts.
  const tryFile = option('try');
  if (tryFile)
    for (const statement of fs
      .readFileSync(tryFile, 'utf8')
      .replace(/^\s*--.*$/gm, '')
      .split(/;\s*\n/)) {
      if (statement.trim() === '') continue;
      log(`--try: ${statement.trim().replace(/\s+/g, ' ')}`);
      await sql.raw(statement).execute(db);
    }
  return {
    deps: { ...deps, db, authz: createAuthorizer(createLedgerSource(db)) },
    handle: {
      ...handle,
      close: async () => {
        await db.destroy();
        await handle.close();
      },
    },
  };
}

const printTop = (top: Top[]) => {
  for (const t of top)
    process.stderr.write(
      `        ${(t.ms / 1000).toFixed(2).padStart(7)} s ×${String(t.n).padEnd(6)} ${t.sql.slice(0, 200)}\n`,
    );
};

/** Runs a step with its statements timed; returns the slowest shapes. */
async function traced<T>(fn: () => Promise<T>): Promise<{ v: T; top: Top[] }> {
  statements = new Map();
  try {
    const v = await fn();
    const top = [...statements]
      .map(([text, s]) => ({ sql: text.length > 300 ? `${text.slice(0, 300)}…` : text, ...s }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4);
    return { v, top };
  } finally {
    statements = null;
  }
}

const count = async (deps: Deps, query: string): Promise<number> =>
  Number((await sql<{ n: number | string }>`${sql.raw(query)}`.execute(deps.db)).rows[0]!.n);

/** Build: the HR import, the inventory and its Asset Owners, the ISM and Top Management. */
async function build(dir: string): Promise<BuildResult> {
  const { runPeopleImport } = await import('../src/server/modules/people/people.import.service.js');
  const { createProgress } = await import('../src/cli/progress.js');
  const { grantRole } = await import('../src/server/testing/test-app.js');
  const { appendTrail } = await import('../src/server/modules/trail/trail.service.js');
  const { deps, handle } = await openApp(dir);
  const { db } = deps;
  const { org, plan } = world();
  const system = {
    actor: { kind: 'system' as const, label: 'bench' },
    grant: { kind: 'system' as const, label: 'bench' },
  };
  const t0 = performance.now();
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
  const hrMs = performance.now() - t0;
  log(`imported ${fmt(summary.counts.created)} people in ${sec(hrMs)}`);

  const t1 = performance.now();
  const personId = new Map(
    (await db.selectFrom('person').select(['id', 'employee_id']).execute()).map((p) => [p.employee_id, p.id]),
  );
  const unitId = new Map((await db.selectFrom('org_unit').select(['id', 'code']).execute()).map((u) => [u.code, u.id]));
  const idOf = (i: number) => personId.get(org.people[i]!.employeeId)!;
  const now = Date.now();
  const longAgo = new Date(now - 1500 * DAY).toISOString();
  await grantRole(deps, idOf(0), 'top_management', { validFrom: longAgo });
  await grantRole(deps, idOf(plan.ism), 'isms_manager', { validFrom: longAgo });
  const assets: Insertable<Database['asset']>[] = plan.systems.map((s) => ({
    id: uuidv7(),
    number: s.number,
    reference: s.reference,
    name: s.name,
    description: `${s.core ? 'Used across the company' : 'A departmental system'}; accounts and entitlements imported monthly.`,
    type: s.type,
    status: 'in_use',
    org_unit_id: s.unitCode ? unitId.get(s.unitCode)! : null,
    parent_id: null,
    confidentiality: s.core ? 4 : 3,
    integrity: 3,
    availability: s.core ? 4 : 2,
    label: 'confidential',
    location: 'eu-central-1',
    external_id: s.externalId,
    created_by: null,
    created_at: longAgo,
    updated_at: longAgo,
  }));
  const assignments: Insertable<Database['assignment']>[] = [];
  const owner = (person: number, scopeType: 'org_unit' | 'asset', scopeId: string) =>
    assignments.push({
      id: uuidv7(),
      person_id: idOf(person),
      role_key: 'asset_owner',
      scope_type: scopeType,
      scope_id: scopeId,
      scope_key: `${scopeType}:${scopeId}`,
      kind: 'holder',
      exclusive: 0,
      valid_from: longAgo,
      valid_to: null,
      stand_in_from: null,
      stand_in_until: null,
      acknowledged_at: longAgo,
      acknowledged_version: 1,
      assigned_by: idOf(plan.ism),
      reason: 'bench',
      ended_by: null,
      end_reason: null,
      created_at: longAgo,
      updated_at: longAgo,
      version: 1,
    });
  for (const [code, person] of plan.unitOwners) owner(person, 'org_unit', unitId.get(code)!);
  plan.systems.forEach((s, i) => {
    if (s.directOwner !== null) owner(s.directOwner, 'asset', assets[i]!.id);
  });
  const insertAll = async <T extends keyof Database>(trx: typeof db, table: T, rows: Insertable<Database[T]>[]) => {
    const batch = Math.min(1000, Math.floor(30_000 / Object.keys(rows[0]!).length));
    for (let i = 0; i < rows.length; i += batch)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + batch))
        .execute();
  };
  await db.transaction().execute(async (trx) => {
    await insertAll(trx, 'asset', assets);
    await insertAll(trx, 'assignment', assignments);
    await appendTrail(trx, {
      ...system,
      action: 'asset.inventory.recorded',
      objectType: 'asset',
      objectId: '*',
      changes: { assets: assets.length, owners: assignments.length },
    });
  });
  const inventoryMs = performance.now() - t1;
  log(`wrote ${fmt(assets.length)} systems and ${fmt(assignments.length)} Asset Owners in ${sec(inventoryMs)}`);
  const parentOf = new Map(org.units.map((u) => [u.code, u.parentCode]));
  const owned = (code: string | null) => {
    for (let u = code; u !== null; u = parentOf.get(u) ?? null) if (plan.unitOwners.has(u)) return true;
    return false;
  };
  const result: BuildResult = {
    dialect: handle.dialect,
    hrMs,
    inventoryMs,
    people: await count(deps, 'select count(*) as n from person'),
    units: await count(deps, 'select count(*) as n from org_unit'),
    systems: await count(deps, 'select count(*) as n from asset'),
    owners: {
      units: plan.unitOwners.size,
      direct: plan.systems.filter((s) => s.directOwner !== null).length,
      none: plan.systems.filter((s) => s.directOwner === null && !owned(s.unitCode)).length,
    },
  };
  await handle.close();
  return result;
}

/** The ISM as a signed-in account would be, for direct service calls (authorisation reads the ledger). */
async function accountActor(deps: Deps, employeeId: string): Promise<Actor & { kind: 'account' }> {
  const p = await deps.db
    .selectFrom('person')
    .select(['id', 'email'])
    .where('employee_id', '=', employeeId)
    .executeTakeFirstOrThrow();
  return { kind: 'account', accountId: uuidv7(), personId: p.id, email: p.email, isAdmin: false, via: 'session' };
}

/**
 * Imports a file through the service, sampling process.memoryUsage() every 250 ms (the peaks
 * overall and per tenth of the rows) and the live heap (after a forced collection) at a fixed
 * interval of rows.
 */
async function importMeasured(deps: Deps, actor: Actor, file: string, rows: number, label: string) {
  const { createEntitlementService } = await import('../src/server/modules/assets/assets.entitlements.service.js');
  const { createProgress } = await import('../src/cli/progress.js');
  const service = createEntitlementService(deps);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const startHeap = process.memoryUsage().heapUsed;
  const startRss = process.memoryUsage().rss;
  let peakHeap = startHeap;
  let peakRss = startRss;
  let samples = 0;
  let tenth = 0;
  const byTenth: number[] = [];
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
    byTenth[tenth] = Math.max(byTenth[tenth] ?? 0, m.heapUsed);
    samples += 1;
  }, 250);
  // The live heap: a forced collection every `liveEvery` rows, the same interval for every file.
  const liveEvery = Math.max(1000, Math.round(arg('entitlements', 2_000_000) / 20));
  let live = 0;
  let lives = 0;
  let nextLive = liveEvery;
  const progress = createProgress(label);
  const t0 = performance.now();
  const { v: result, top } = await traced(() =>
    service.importCsv(
      actor,
      { stream: fs.createReadStream(file), fileName: path.basename(file) },
      { requestId: `bench-${label}` },
      (read) => {
        progress.update(read, rows);
        tenth = Math.min(9, Math.floor((10 * read) / rows));
        if (read >= nextLive) {
          nextLive += liveEvery;
          gc?.();
          live = Math.max(live, process.memoryUsage().heapUsed);
          lives += 1;
        }
      },
    ),
  );
  const ms = performance.now() - t0;
  clearInterval(sampler);
  progress.stop();
  const end = process.memoryUsage();
  gc?.();
  const mem: Mem = {
    rows: result.rowsRead,
    ms,
    startHeapMb: mb(startHeap),
    startRssMb: mb(startRss),
    peakHeapMb: mb(Math.max(peakHeap, end.heapUsed)),
    peakByTenthMb: Array.from({ length: 10 }, (_, i) => mb(byTenth[i] ?? 0)),
    peakRssMb: mb(Math.max(peakRss, end.rss, process.resourceUsage().maxRSS * 1024)),
    liveHeapMb: mb(live),
    liveSamples: lives,
    liveEvery,
    endHeapMb: mb(process.memoryUsage().heapUsed),
    samples,
  };
  log(
    `${label}: ${fmt(result.rowsRead)} rows in ${sec(ms)} (${fmt(Math.round(result.rowsRead / (ms / 1000)))} rows/s), peak heap ${mem.peakHeapMb.toFixed(0)} MB (per tenth: ${mem.peakByTenthMb.map((x) => x.toFixed(0)).join(' ')}), live ${mem.liveHeapMb.toFixed(0)} MB, peak RSS ${mem.peakRssMb.toFixed(0)} MB`,
  );
  printTop(top);
  return { result, mem, top };
}

function checkImport(
  r: { rowsRead: number; rowsImported: number; rowsFailed: number; accountsUnmatched: number; removed: number },
  x: EntitlementStats,
  removed: number,
  what: string,
) {
  expect(
    r.rowsRead === x.rows &&
      r.rowsImported === x.rows &&
      r.rowsFailed === 0 &&
      r.accountsUnmatched === x.unmatchedAccounts &&
      r.removed === removed,
    `${what}: ${JSON.stringify(r)} (expected ${x.rows} rows, ${x.unmatchedAccounts} unmatched accounts, ${removed} removed)`,
  );
}

/** Small: the 10× smaller import (memory baseline), the imported rows deleted again, then the plain INSERT baseline. */
async function small(dir: string, files: Files, x: Expected): Promise<SmallResult> {
  const { deps, handle } = await openApp(dir);
  const { org, plan } = world();
  const ism = await accountActor(deps, org.people[plan.ism]!.employeeId);
  const { result, mem } = await importMeasured(deps, ism, files.small, x.small.rows, 'Import (small)');
  checkImport(result, x.small, 0, 'small import');
  await deps.db.deleteFrom('entitlement').execute();
  await deps.db.deleteFrom('system_account').execute();

  // The floor for writing this many rows: plain multi-row INSERTs into a table of the same shape
  // (no parsing, no lookups, no upserts), 1,000 rows a statement and a transaction.
  const rows = x.large.rows;
  await sql`create table bench_scratch (id text primary key, asset_id text not null, account_id text not null,
    person_id text, name text not null, privileged integer not null, source text not null,
    first_seen_at text not null, changed_at text not null, last_import_id text, removed_at text,
    last_certified_at text)`.execute(deps.db);
  const scratch = deps.db.withTables<{
    bench_scratch: {
      id: string;
      asset_id: string;
      account_id: string;
      person_id: string | null;
      name: string;
      privileged: number;
      source: string;
      first_seen_at: string;
      changed_at: string;
      last_import_id: string | null;
      removed_at: string | null;
      last_certified_at: string | null;
    };
  }>();
  const assetIds = (await deps.db.selectFrom('asset').select('id').execute()).map((a) => a.id);
  const names = plan.systems[0]!.catalogue;
  const at = new Date().toISOString();
  log(`baseline: a plain INSERT of ${fmt(rows)} rows…`);
  const t0 = performance.now();
  for (let i = 0; i < rows; i += 1000) {
    const values = Array.from({ length: Math.min(1000, rows - i) }, (_, j) => ({
      id: uuidv7(),
      asset_id: assetIds[(i + j) % assetIds.length]!,
      account_id: uuidv7(),
      person_id: null,
      name: names[(i + j) % names.length]!,
      privileged: 0,
      source: 'import',
      first_seen_at: at,
      changed_at: at,
      last_import_id: null,
      removed_at: null,
      last_certified_at: null,
    }));
    await scratch.transaction().execute((trx) => trx.insertInto('bench_scratch').values(values).execute());
  }
  const baselineMs = performance.now() - t0;
  log(`baseline: ${sec(baselineMs)} (${fmt(Math.round(rows / (baselineMs / 1000)))} rows/s)`);
  await sql`drop table bench_scratch`.execute(deps.db);
  await handle.close();
  return { mem, baseline: { ms: baselineMs, rows } };
}

/** Median time of a read (at least 3 runs and about 2 s); the first run's answer is checked. */
async function timed<T>(
  label: string,
  fn: () => Promise<T>,
  check: (v: T) => string,
  opts: { runs?: number; seconds?: number } = {},
): Promise<Read> {
  const t0 = performance.now();
  const { v: first, top } = await traced(fn);
  const firstMs = performance.now() - t0;
  const returns = check(first);
  const times = [firstMs];
  const end = performance.now() + (opts.seconds ?? 2) * 1000;
  while (times.length < (opts.runs ?? 3) || (performance.now() < end && times.length < 200)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  log(`${label}: ${returns}, ${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ms (median of ${times.length})`);
  printTop(top.filter((t) => t.ms >= 1));
  return { label, returns, ms, firstMs, runs: times.length, top };
}

/** Main: the large import with memory, re-import, toxic combinations, the campaigns. */
async function main(dir: string, files: Files, x: Expected): Promise<MainResult> {
  const { createToxicService } = await import('../src/server/modules/assets/assets.toxic.service.js');
  const { createAccessReviewService } = await import('../src/server/modules/access-reviews/access-reviews.service.js');
  const { deps, handle } = await openApp(dir);
  const { db } = deps;
  const { org, plan } = world();
  const X = x.large;
  const ism = await accountActor(deps, org.people[plan.ism]!.employeeId);
  const meta = { requestId: 'bench' };
  const steps: Step[] = [];
  const reads: Read[] = [];
  const analyze: MainResult['analyze'] = [];
  const step = async <T>(label: string, rows: number, fn: () => Promise<T>, check: (v: T) => string) => {
    const t0 = performance.now();
    const { v, top } = await traced(fn);
    const ms = performance.now() - t0;
    const returns = check(v);
    log(`${label}: ${returns}, ${sec(ms)}`);
    printTop(top);
    steps.push({ label, returns, ms, rows, top });
    return v;
  };
  // On PostgreSQL, autovacuum analyses a table within a minute of a load this size; do it now.
  const settle = async (label: string) => {
    if (handle.dialect !== 'postgres') return;
    const t0 = performance.now();
    await sql`analyze`.execute(db);
    analyze.push({ label, ms: performance.now() - t0 });
  };

  // 1. The large import, memory sampled.
  const { result: first, mem, top: importTop } = await importMeasured(deps, ism, files.large, X.rows, 'Import');
  checkImport(first, X, 0, 'import');
  const n = (q: string) => count(deps, q);
  const entitlements = await n('select count(*) as n from entitlement where removed_at is null');
  const orphaned = await n('select count(*) as n from entitlement where person_id is null');
  const privileged = await n('select count(*) as n from entitlement where privileged = 1');
  const accounts = await n('select count(*) as n from system_account');
  const byEmployeeId = await n(
    "select count(*) as n from entitlement e join system_account a on a.id = e.account_id where a.matched_by = 'employee_id'",
  );
  expect(
    entitlements === X.rows &&
      orphaned === X.matched.none &&
      privileged === X.privileged &&
      accounts === X.accounts &&
      byEmployeeId === X.matched.employeeId,
    `after the import: ${entitlements} entitlements, ${orphaned} unmatched, ${privileged} privileged, ${accounts} accounts, ${byEmployeeId} by employee id (expected ${X.rows}, ${X.matched.none}, ${X.privileged}, ${X.accounts}, ${X.matched.employeeId})`,
  );
  steps.push({
    label: `import ${fmt(X.rows)} rows from a file stream (importCsv)`,
    returns: `${fmt(X.rows)} entitlements, ${fmt(X.accounts)} accounts, ${fmt(X.unmatchedAccounts)} matched to nobody`,
    ms: mem.ms,
    rows: X.rows,
    top: importTop,
  });
  await settle('after the import');

  // 2. The same file again: every row an update, nothing new, nothing removed.
  const again = await importMeasured(deps, ism, files.large, X.rows, 'Re-import');
  checkImport(again.result, X, 0, 're-import');
  const changed = await n(`select count(*) as n from entitlement where changed_at <> '${first.startedAt}'`);
  expect(changed === 0, `re-import changed ${changed} entitlements`);
  steps.push({
    label: 're-import of the same file (every row an update)',
    returns: `${fmt(again.result.rowsImported)} updated, 0 new, 0 removed`,
    ms: again.mem.ms,
    rows: X.rows,
    top: again.top,
  });

  // 3. Toxic combinations.
  const toxic = createToxicService(deps);
  const assetId = new Map(
    (await db.selectFrom('asset').select(['id', 'number']).execute()).map((a) => [a.number, a.id]),
  );
  const systemId = (i: number) => assetId.get(plan.systems[i]!.number)!;
  const personId = new Map(
    (await db.selectFrom('person').select(['id', 'employee_id']).execute()).map((p) => [p.employee_id, p.id]),
  );
  const idOf = (i: number) => personId.get(org.people[i]!.employeeId)!;
  const indexOf = new Map(org.people.map((p, i) => [personId.get(p.employeeId)!, i]));
  const conflictsTotal = X.conflicts.reduce((s, c) => s + c, 0);
  await step(
    `create ${plan.rules.length} toxic combinations (each answers its conflict count)`,
    0,
    async () => {
      const out = [];
      for (const r of plan.rules)
        out.push(
          await toxic.create(
            ism,
            {
              name: r.name,
              description: r.description,
              leftAssetId: systemId(r.left.system),
              leftEntitlement: r.left.pattern,
              rightAssetId: systemId(r.right.system),
              rightEntitlement: r.right.pattern,
              active: true,
            },
            meta,
          ),
        );
      return out;
    },
    (rules) => {
      expect(
        JSON.stringify(rules.map((r) => r.conflicts)) === JSON.stringify(X.conflicts),
        `conflicts ${rules.map((r) => r.conflicts).join(', ')} (expected ${X.conflicts.join(', ')})`,
      );
      return `${rules.length} rules, ${conflictsTotal} people in conflict`;
    },
  );
  reads.push(
    await timed(
      `toxic combinations with conflict counts (${plan.rules.length} rules)`,
      () => toxic.rules(ism),
      (r) => {
        expect(
          JSON.stringify(r.items.map((i) => i.conflicts)) === JSON.stringify(X.conflicts),
          `rules() conflicts ${r.items.map((i) => i.conflicts).join(', ')}`,
        );
        return `${r.items.map((i) => i.conflicts).join(' + ')} people`;
      },
    ),
  );
  reads.push(
    await timed(
      `first page of conflicts (limit ${PAGE})`,
      () => toxic.conflicts(ism, { limit: PAGE }),
      (p) => {
        const want = plan.rules.flatMap((r, k) => r.both.map((i) => `${k}:${idOf(i)}`)).sort();
        const got = p.items.map((c) => `${plan.rules.findIndex((r) => r.name === c.rule.name)}:${c.person.id}`);
        expect(
          p.items.length === Math.min(PAGE, conflictsTotal) &&
            got.every((g) => want.includes(g)) &&
            new Set(got).size === got.length &&
            (p.nextCursor !== null) === conflictsTotal > PAGE,
          `conflicts page: ${p.items.length} (expected ${Math.min(PAGE, conflictsTotal)})`,
        );
        return `${p.items.length} of ${conflictsTotal} people holding both sides`;
      },
    ),
  );

  // 4. A campaign over every system.
  const reviews = createAccessReviewService(deps);
  const dueOn = new Date(Date.now() + 14 * DAY).toISOString().slice(0, 10);
  const routed = X.routed.ownAccount + X.routed.noOwner;
  const review = await step(
    `campaign over all systems: create (${fmt(X.rows)} items, reviewers, SOD-04 routing, toxic flags)`,
    X.rows,
    () => reviews.create(ism, { title: 'Quarterly access review', assetIds: [], differential: false, dueOn }, meta),
    (r) => {
      expect(
        r.counts.total === X.rows &&
          r.assetCount === X.systems &&
          r.counts.toxic === X.toxicItems &&
          r.counts.routed === routed &&
          r.counts.withoutReviewer === 0,
        `campaign counts ${JSON.stringify(r.counts)}, ${r.assetCount} systems (expected ${X.rows} items, ${X.systems} systems, ${X.toxicItems} toxic, ${routed} routed)`,
      );
      return `${fmt(r.counts.total)} items on ${fmt(r.assetCount)} systems, ${fmt(r.counts.toxic)} toxic, ${fmt(r.counts.routed)} routed (own account ${fmt(X.routed.ownAccount)}, no owner ${fmt(X.routed.noOwner)})`;
    },
  );
  await settle('after the campaign was created');
  const reviewerIndexes = Object.keys(X.reviewers)
    .map(Number)
    .sort((a, b) => X.reviewers[b]!.total - X.reviewers[a]!.total || a - b);
  const big = reviewerIndexes[0]!;
  const bigX = X.reviewers[big]!;
  const bigActor = await accountActor(deps, org.people[big]!.employeeId);
  const bigName = `${org.people[big]!.fullName}, ${org.people[big]!.jobTitle}`;

  reads.push(
    await timed(
      'campaign summary: get (counts of all items, scope)',
      () => reviews.get(ism, review.id),
      (r) => {
        expect(r.counts.total === X.rows && r.counts.decided === 0, `summary ${JSON.stringify(r.counts)}`);
        return `${fmt(r.counts.total)} items, ${fmt(r.counts.decided)} decided`;
      },
    ),
  );
  reads.push(
    await timed(
      `a reviewer's first page: items?reviewer=me (${bigName}, ${fmt(bigX.total)} items)`,
      () => reviews.items(bigActor, review.id, { reviewer: 'me', limit: PAGE }),
      (p) => {
        expect(
          p.items.length === Math.min(PAGE, bigX.total) &&
            p.items.every((i) => i.reviewer?.id === bigActor.personId) &&
            (p.nextCursor !== null) === bigX.total > PAGE,
          `reviewer page of ${p.items.length}`,
        );
        return `${p.items.length} of ${fmt(bigX.total)}`;
      },
    ),
  );
  reads.push(
    await timed(
      `the same, undecided privileged only (${fmt(bigX.privileged)})`,
      () =>
        reviews.items(bigActor, review.id, { reviewer: 'me', privileged: true, decision: 'undecided', limit: PAGE }),
      (p) => {
        expect(
          p.items.length === Math.min(PAGE, bigX.privileged) && p.items.every((i) => i.privileged),
          `privileged page of ${p.items.length}`,
        );
        return `${p.items.length} of ${fmt(bigX.privileged)}`;
      },
    ),
  );
  reads.push(
    await timed(
      'all items, toxic only: items?toxic=true (ISM)',
      () => reviews.items(ism, review.id, { toxic: true, limit: PAGE }),
      (p) => {
        expect(
          p.items.length === Math.min(PAGE, X.toxicItems) && p.items.every((i) => i.toxic),
          `toxic page of ${p.items.length}`,
        );
        return `${p.items.length} of ${fmt(X.toxicItems)}`;
      },
    ),
  );
  reads.push(
    await timed(
      'all items, privileged only: items?privileged=true (ISM)',
      () => reviews.items(ism, review.id, { privileged: true, limit: PAGE }),
      (p) => {
        expect(p.items.length === PAGE && p.items.every((i) => i.privileged), `privileged page of ${p.items.length}`);
        return `${p.items.length} of ${fmt(X.privileged)}`;
      },
    ),
  );
  reads.push(
    await timed(
      `reviewer progress, first page (limit ${PAGE})`,
      () => reviews.reviewers(ism, review.id, { limit: PAGE }),
      (p) => {
        const wrong = p.items.filter((i) => i.total !== X.reviewers[indexOf.get(i.reviewer?.id ?? '') ?? -2]?.total);
        expect(
          p.items.length === Math.min(PAGE, reviewerIndexes.length) && wrong.length === 0,
          `reviewers page: ${p.items.length}, ${wrong.length} totals wrong`,
        );
        return `${p.items.length} of ${reviewerIndexes.length} reviewers`;
      },
    ),
  );
  // Every reviewer's total, page by page (not timed).
  let seen = 0;
  for (let cursor: string | undefined; ;) {
    const p = await reviews.reviewers(ism, review.id, { limit: 200, cursor });
    for (const i of p.items) {
      const want = X.reviewers[indexOf.get(i.reviewer?.id ?? '') ?? -2];
      expect(want !== undefined && want.total === i.total, `reviewer ${i.reviewer?.fullName}: ${i.total} items`);
      seen += 1;
    }
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  expect(seen === reviewerIndexes.length, `${seen} reviewers (expected ${reviewerIndexes.length})`);

  // 5. Decisions: one reviewer keeps all their matched accounts; then every reviewer revokes the
  //    accounts matched to nobody and keeps the rest.
  const keepOne = bigX.total - bigX.orphaned;
  await step(
    `bulk keep by one reviewer: every matched account of ${bigName}`,
    keepOne,
    () =>
      reviews.bulkDecide(
        bigActor,
        review.id,
        { decision: 'keep', comment: '', filter: { orphaned: false } },
        { requestId: 'bench-bulk' },
      ),
    (r) => {
      expect(r.decided === keepOne, `bulk keep decided ${r.decided} (expected ${keepOne})`);
      return `${fmt(r.decided)} kept`;
    },
  );
  const actors = new Map<number, Actor>();
  for (const i of reviewerIndexes) actors.set(i, await accountActor(deps, org.people[i]!.employeeId));
  await step(
    `every reviewer (${reviewerIndexes.length}): revoke the orphaned accounts, keep the rest (2 bulk decisions each)`,
    X.rows - keepOne,
    async () => {
      let revoked = 0;
      let kept = 0;
      for (const i of reviewerIndexes) {
        const actor = actors.get(i)!;
        const filter = { orphaned: true };
        revoked += (
          await reviews.bulkDecide(actor, review.id, { decision: 'revoke', comment: 'Nobody holds it', filter }, meta)
        ).decided;
        kept += (await reviews.bulkDecide(actor, review.id, { decision: 'keep', comment: '', filter: {} }, meta))
          .decided;
      }
      return { revoked, kept };
    },
    (r) => {
      expect(
        r.revoked === X.matched.none && r.kept + keepOne === X.rows - X.matched.none,
        `decisions: ${r.revoked} revoked, ${r.kept} kept (expected ${X.matched.none} and ${X.rows - X.matched.none - keepOne})`,
      );
      return `${fmt(r.revoked)} revoked, ${fmt(r.kept)} kept`;
    },
  );
  reads.push(
    await timed(
      'revocation list (CSV of every revoke decision)',
      () => reviews.revocationList(ism, review.id),
      (f) => {
        const lines = f.body.toString('utf8').trimEnd().split('\n').length - 1;
        expect(lines === X.matched.none, `revocation list of ${lines} rows (expected ${X.matched.none})`);
        return `${fmt(lines)} rows, ${(f.body.length / 1_048_576).toFixed(1)} MB`;
      },
      { runs: 1, seconds: 0 },
    ),
  );
  if (flag('evidence'))
    reads.push(
      await timed(
        'evidence XLSX of every item',
        () => reviews.evidence(ism, review.id, 'xlsx'),
        (f) => `${(f.body.length / 1_048_576).toFixed(0)} MB`,
        { runs: 1, seconds: 0 },
      ),
    );
  const summary = await reviews.get(ism, review.id);
  await step(
    'close the campaign (every kept entitlement certified)',
    X.rows - X.matched.none,
    () => reviews.close(ism, review.id, { version: summary.version }, meta),
    (r) => {
      expect(r.status === 'closed' && r.counts.decided === X.rows, `close: ${r.status}, ${r.counts.decided} decided`);
      return `${fmt(r.counts.keep)} certified, ${fmt(r.counts.revoke)} to revoke`;
    },
  );
  const certified = await n('select count(*) as n from entitlement where last_certified_at is not null');
  expect(certified === X.rows - X.matched.none, `${certified} certified (expected ${X.rows - X.matched.none})`);

  // 6. A quarter later: the export with 1 % changed and the revoked accounts gone, and a differential campaign.
  if (x.churn) {
    const C = x.churn;
    const removed = C.churn.dropped + C.churn.renamed;
    const later = await importMeasured(deps, ism, files.churn, C.rows, 'Import (1 % changed)');
    checkImport(later.result, C, removed, 'import with changes');
    steps.push({
      label: `import of the export a quarter later (${(CHURN * 100).toFixed(0)} % changed, revoked accounts gone)`,
      returns: `${fmt(C.churn.flipped)} privileged flag changed, ${fmt(C.churn.renamed)} new, ${fmt(removed)} removed`,
      ms: later.mem.ms,
      rows: C.rows,
      top: later.top,
    });
    await settle('after the import with changes');
    const diff = C.churn.flipped + C.churn.renamed;
    await step(
      'differential campaign: create (new or changed since certified)',
      diff,
      () => reviews.create(ism, { title: 'Differential access review', assetIds: [], differential: true, dueOn }, meta),
      (r) => {
        expect(r.counts.total === diff, `differential campaign of ${r.counts.total} items (expected ${diff})`);
        return `${fmt(r.counts.total)} items (${((100 * r.counts.total) / C.rows).toFixed(2)} % of ${fmt(C.rows)})`;
      },
    );
  }

  // The floor for a read: one point read by primary key.
  const someone = idOf(plan.ism);
  const pointRead = await timed(
    'baseline: one point read by primary key',
    () => db.selectFrom('person').select(['id', 'full_name']).where('id', '=', someone).executeTakeFirstOrThrow(),
    (p) => p.full_name,
    { runs: 500, seconds: 1 },
  );

  const rows: Record<string, number> = {};
  for (const t of ['entitlement', 'system_account', 'access_review_item', 'trail_event', 'notification'] as const)
    rows[t] = await n(`select count(*) as n from ${t}`);
  let dbBytes: number;
  if (handle.sqlite) {
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    dbBytes = fs.statSync(path.join(dir, 'remit.db')).size;
  } else dbBytes = await n('select pg_database_size(current_database()) as n');
  if (flag('keep') && handle.sqlite) log(`keeping the data: ${path.join(dir, 'remit.db')}`);
  await handle.close();
  return { mem, steps, reads, pointRead, analyze, rows, dbMb: mb(dbBytes), reviewers: reviewerIndexes.length };
}

// ---------------------------------------------------------------------------------------------
// Parent

async function child<T>(role: string, dir: string, env: NodeJS.ProcessEnv): Promise<T> {
  const proc = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      path.join(root, 'bench/access-reviews.ts'),
      '--child',
      role,
      '--dir',
      dir,
      ...process.argv.slice(2),
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  proc.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const line = /^RESULT (.*)$/m.exec(out)?.[1];
  if (code !== 0 || !line) throw new Error(`${role} child failed (${code}):\n${out.slice(-2000)}`);
  return JSON.parse(line) as T;
}

async function parent(): Promise<void> {
  const large = arg('entitlements', 2_000_000);
  const smallRows = Math.round(large / 10);
  const differential = flag('differential');
  if (option('try') && flag('write')) throw new Error('--try changes the database; it cannot --write');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-access-'));
  const pgDb = flag('pg') ? await temporaryPostgres() : null;
  if (pgDb) process.once('SIGINT', () => void pgDb.drop().finally(() => process.exit(130)));
  const env: NodeJS.ProcessEnv = { [DB_URL_ENV]: pgDb?.url ?? '' };
  try {
    const { org, plan } = world();
    const files: Files = {
      small: path.join(dir, 'entitlements-small.csv'),
      large: path.join(dir, 'entitlements.csv'),
      churn: path.join(dir, 'entitlements-later.csv'),
    };
    const t0 = performance.now();
    log(`generating the entitlement exports (${fmt(smallRows)} and ${fmt(large)} rows)…`);
    const x: Expected = {
      small: await writeEntitlementCsv(files.small, org, plan, smallRows, { seed: CSV_SEED }),
      large: await writeEntitlementCsv(files.large, org, plan, large, { seed: CSV_SEED }),
      churn: differential
        ? await writeEntitlementCsv(files.churn, org, plan, large, { seed: CSV_SEED, churn: CHURN })
        : null,
    };
    const size = (f: string) => fs.statSync(f).size / 1e6;
    log(`generated in ${sec(performance.now() - t0)}: ${size(files.large).toFixed(0)} MB`);
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(x));
    log(`building the organisation and the inventory on ${pgDb ? 'PostgreSQL' : 'SQLite'}…`);
    const b = await child<BuildResult>('build', dir, env);
    const s = await child<SmallResult>('small', dir, env);
    const m = await child<MainResult>('main', dir, env);
    report(b, s, m, x, { small: size(files.small), large: size(files.large) });
  } finally {
    if (flag('keep')) log(`keeping the data: ${pgDb ? pgDb.url : dir}`);
    else {
      fs.rmSync(dir, { recursive: true, force: true });
      await pgDb?.drop();
    }
  }
}

function report(b: BuildResult, s: SmallResult, m: MainResult, x: Expected, fileMb: { small: number; large: number }) {
  const X = x.large;
  const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 1000 ? n.toFixed(1) : fmt(Math.round(n)));
  const time = (n: number) => (n >= 1000 ? sec(n) : `${ms(n)} ms`);
  const ratio = (r: number) => (r >= 100 ? fmt(Math.round(r)) : r >= 10 ? r.toFixed(1) : r.toFixed(2));
  const perRow = s.baseline.ms / s.baseline.rows;
  const pct = (n: number) => `${((100 * n) / X.rows).toFixed(1)} %`;
  const data = [
    `| Data | ${runStamp(b.dialect)} |`,
    '|---|---|',
    `| people · org units · systems | ${fmt(b.people)} · ${fmt(b.units)} · ${fmt(b.systems)} |`,
    `| Asset Owners: of units · of single systems · systems owned by nobody (the ISM reviews) | ${b.owners.units} · ${b.owners.direct} · ${b.owners.none} |`,
    `| **entitlements** (CSV ${fileMb.large.toFixed(0)} MB) · accounts (matched to nobody) | **${fmt(X.rows)}** · ${fmt(X.accounts)} (${fmt(X.unmatchedAccounts)}) |`,
    `| rows matched by email · by employee id · by account name · to nobody | ${pct(X.matched.email)} · ${pct(X.matched.employeeId)} · ${pct(X.matched.accountName)} · ${pct(X.matched.none)} |`,
    `| privileged rows · toxic combinations: people holding both sides (items) | ${fmt(X.privileged)} (${pct(X.privileged)}) · ${X.conflicts.join(' + ')} (${X.toxicItems}) |`,
    `| campaign: reviewers · items routed to the holder's manager (SOD-04) · to the ISM (no owner) | ${m.reviewers} · ${fmt(X.routed.ownAccount)} · ${fmt(X.routed.noOwner)} |`,
    `| rows at the end: entitlements · accounts · review items · trail events | ${fmt(m.rows.entitlement!)} · ${fmt(m.rows.system_account!)} · ${fmt(m.rows.access_review_item!)} · ${fmt(m.rows.trail_event!)} |`,
    `| build: HR import · inventory and owners · database size at the end | ${sec(b.hrMs)} · ${sec(b.inventoryMs)} · ${fmt(Math.round(m.dbMb))} MB |`,
  ];
  const steps = [
    '| Bulk step | result | time | rows/s | time per row / plain INSERT |',
    '|---|---|---|---|---|',
    `| baseline: plain INSERT of ${fmt(s.baseline.rows)} rows into a scratch table (1,000 a statement and a transaction) | | ${sec(s.baseline.ms)} | ${fmt(Math.round(s.baseline.rows / (s.baseline.ms / 1000)))} | 1.00 |`,
    ...m.steps.map(
      (t) =>
        `| ${t.label} | ${t.returns} | **${time(t.ms)}** | ${t.rows > 0 ? fmt(Math.round(t.rows / (t.ms / 1000))) : ''} | ${t.rows > 0 ? ratio(t.ms / t.rows / perRow) : ''} |`,
    ),
    ...m.analyze.map((a) => `| PostgreSQL: ANALYZE ${a.label} | | ${time(a.ms)} | | |`),
  ];
  const readRows = [
    '| Read (as the ISM unless said) | returns | ms: median (runs) · first | ratio / point read |',
    '|---|---|---|---|',
    `| baseline: one point read by primary key | \`person\` | ${ms(m.pointRead.ms)} (${m.pointRead.runs}) | 1 |`,
    ...m.reads.map(
      (r) =>
        `| ${r.label} | ${r.returns} | **${ms(r.ms)}** (${r.runs}) · ${ms(r.firstMs)} | ${ratio(r.ms / m.pointRead.ms)} |`,
    ),
  ];
  const a = s.mem;
  const tenths = (x: Mem) => x.peakByTenthMb.map((v) => (v > 0 ? v.toFixed(0) : '–')).join(' · ');
  const z = m.mem;
  const memory = [
    `| Memory while importing (own process each) | ${fmt(a.rows)} rows | ${fmt(z.rows)} rows | ratio |`,
    '|---|---|---|---|',
    `| time · rows/s | ${sec(a.ms)} · ${fmt(Math.round(a.rows / (a.ms / 1000)))} | ${sec(z.ms)} · ${fmt(Math.round(z.rows / (z.ms / 1000)))} | time per row ${(z.ms / z.rows / (a.ms / a.rows)).toFixed(2)} |`,
    `| **peak heapUsed** (sampled every 250 ms: ${a.samples} · ${z.samples} samples) | ${a.peakHeapMb.toFixed(0)} MB | ${z.peakHeapMb.toFixed(0)} MB | **${(z.peakHeapMb / a.peakHeapMb).toFixed(2)}** |`,
    `| peak heapUsed in each tenth of the rows | ${tenths(a)} | ${tenths(z)} | |`,
    `| live heap: heapUsed after a forced collection every ${fmt(z.liveEvery)} rows, largest (samples) | ${a.liveHeapMb.toFixed(0)} MB (${a.liveSamples}) | ${z.liveHeapMb.toFixed(0)} MB (${z.liveSamples}) | ${(z.liveHeapMb / a.liveHeapMb).toFixed(2)} |`,
    `| heap kept after the import (forced collection) | ${a.endHeapMb.toFixed(0)} MB | ${z.endHeapMb.toFixed(0)} MB | ${(z.endHeapMb / a.endHeapMb).toFixed(2)} |`,
    `| peak RSS | ${a.peakRssMb.toFixed(0)} MB | ${z.peakRssMb.toFixed(0)} MB | ${(z.peakRssMb / a.peakRssMb).toFixed(2)} |`,
    `| at the start: heap after GC · RSS | ${a.startHeapMb.toFixed(0)} · ${a.startRssMb.toFixed(0)} MB | ${z.startHeapMb.toFixed(0)} · ${z.startRssMb.toFixed(0)} MB | |`,
  ];
  const summary = `${data.join('\n')}\n\n${memory.join('\n')}\n\n${steps.join('\n')}\n\n${readRows.join('\n')}`;
  process.stdout.write(`${summary}\n`);
  if (flag('write')) writeSection(`access-reviews${b.dialect === 'postgres' ? '-pg' : ''}`, summary);
}

// ---------------------------------------------------------------------------------------------

const role = option('child');
if (role) {
  const dir = option('dir')!;
  const files: Files = {
    small: path.join(dir, 'entitlements-small.csv'),
    large: path.join(dir, 'entitlements.csv'),
    churn: path.join(dir, 'entitlements-later.csv'),
  };
  const expected = () => JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  const result =
    role === 'build'
      ? await build(dir)
      : role === 'small'
        ? await small(dir, files, expected())
        : await main(dir, files, expected());
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  process.exit(0);
} else await parent();
