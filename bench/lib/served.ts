/**
 * Helpers shared by the benchmarks that build data in a child process and serve the real app over
 * loopback (bench/policy-acks.ts, bench/risk-register.ts): starting the children, signing in,
 * checking and measuring endpoints against a bare Fastify hello-world measured in the same run,
 * a temporary PostgreSQL database, `--explain` (every SQL statement an endpoint runs, with its
 * time and plan) and recording a section of docs/PERFORMANCE.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Deps } from '../../src/server/core/deps.js';
import type { DatabaseHandle } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
export const flag = (name: string) => process.argv.includes(`--${name}`);
export const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
export const PASSWORD = 'a long enough bench password';
export const fmt = (n: number) => n.toLocaleString('en');

export function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(`unexpected response: ${what}`);
}

/** An endpoint to measure, the account it is called as (a key of the run's accounts; null: none) and what it must answer. */
export type Endpoint<R, Who extends string> = {
  label: string;
  path: string;
  as: Who | null;
  /** Checks the response against the generated data and says what it returned; `fetch` reads another path as the same caller. */
  check: (body: unknown, r: R, fetch: (path: string) => Promise<unknown>) => string | Promise<string>;
};

// ---------------------------------------------------------------------------------------------
// Child processes

export async function start(args: string[], env: NodeJS.ProcessEnv): Promise<{ proc: ChildProcess; line: string }> {
  const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) =>
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it was ready`))),
  );
  exited.catch(() => undefined); // after READY, the exit is expected
  const lines = readline.createInterface({ input: proc.stdout });
  const ready = (async () => {
    for await (const line of lines) {
      if (line.startsWith('READY ')) return line.slice(6);
      process.stdout.write(`${line}\n`);
    }
    throw new Error('no READY line');
  })();
  return { proc, line: await Promise.race([ready, exited]) };
}

// ---------------------------------------------------------------------------------------------
// Requests and measurements

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
export function get(
  port: number,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

export type Stats = { mean: number; p50: number; p99: number; n: number; rps: number };

/** One client, one request at a time: what a person waits for, to the microsecond. */
export async function serial(port: number, url: string, headers: Record<string, string>, seconds: number) {
  const warm = performance.now() + 300;
  while (performance.now() < warm) await get(port, url, headers);
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || times.length < 30) {
    const t0 = performance.now();
    const r = await get(port, url, headers);
    times.push(performance.now() - t0);
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${r.body.slice(0, 200)}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { mean: times.reduce((s, t) => s + t, 0) / times.length, p50: at(0.5), p99: at(0.99), n: times.length };
}

/** Many connections at once: what the server sustains. */
export async function load(
  port: number,
  url: string,
  headers: Record<string, string>,
  duration: number,
  connections: number,
) {
  const u = `http://127.0.0.1:${port}${url}`;
  await autocannon({ url: u, connections, duration: 1, headers });
  const r = await autocannon({ url: u, connections, duration, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx and ${r.errors} errors under load`);
  return r.requests.average;
}

/** Both measurements, with `--seconds` (one client, default 3), `--duration` and `--connections` (load, default 4 and 16). */
export async function measure(port: number, url: string, headers: Record<string, string>): Promise<Stats> {
  const s = await serial(port, url, headers, arg('seconds', 3));
  return { ...s, rps: await load(port, url, headers, arg('duration', 4), arg('connections', 16)) };
}

export async function login(port: number, email: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('remit_session='));
  if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${email} failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

/** A fresh PostgreSQL database for one run, dropped afterwards. */
export async function temporaryPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `remit_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/**
 * The parent's run: the hello-world baseline, then the data server (`script --serve`, which
 * builds the data and prints `READY <json>` with `port` and `accounts`), each endpoint checked
 * once and then measured. `--pg` gives the child a temporary PostgreSQL database in `dbUrlEnv`.
 * With `--explain` the child prints plans and the parent measures nothing (hello is undefined).
 */
export async function runServed<
  R extends { port: number; accounts: Record<Who, { email: string }> },
  Who extends string,
>(
  script: string,
  dbUrlEnv: string,
  endpoints: (r: R) => Endpoint<R, Who>[],
): Promise<{ ready?: R; hello?: Stats; results: { e: Endpoint<R, Who>; returns: string; s: Stats }[] }> {
  // --only measures the endpoints whose label contains one of the comma-separated words (a partial run is never recorded).
  const only = option('only')?.split(',');
  if (only && flag('write')) throw new Error('--only measures some endpoints; it cannot --write');
  const pgDb = flag('pg') ? await temporaryPostgres() : null;
  // Ctrl-C ends the children too; the temporary database must not outlive the run.
  if (pgDb) process.once('SIGINT', () => void pgDb.drop().finally(() => process.exit(130)));
  const results: { e: Endpoint<R, Who>; returns: string; s: Stats }[] = [];
  let ready: R | undefined;
  let hello: Stats | undefined;
  try {
    if (!flag('explain')) {
      const h = await start([path.join(root, 'bench/http-server.ts'), 'hello'], {});
      try {
        process.stderr.write('[bench] measuring the bare Fastify hello-world…\n');
        hello = await measure(Number(h.line.split(' ')[0]), '/hello', {});
      } finally {
        h.proc.kill('SIGTERM');
      }
    }
    process.stderr.write(`[bench] building the data on ${pgDb ? 'PostgreSQL' : 'SQLite'}…\n`);
    const server = await start([path.join(root, script), '--serve', ...process.argv.slice(2)], {
      [dbUrlEnv]: pgDb?.url ?? '',
    });
    try {
      ready = JSON.parse(server.line) as R;
      if (!hello) return { ready, results };
      const port = ready.port;
      const cookies = {} as Record<Who, string>;
      for (const who of Object.keys(ready.accounts) as Who[])
        cookies[who] = await login(port, ready.accounts[who].email);
      for (const e of endpoints(ready)) {
        if (only && !only.some((w) => e.label.includes(w))) continue;
        const headers: Record<string, string> = e.as ? { cookie: cookies[e.as] } : {};
        const fetchAs = async (p: string) => {
          const res = await get(port, p, headers);
          if (res.status !== 200) throw new Error(`${p}: ${res.status} ${res.body.slice(0, 300)}`);
          return JSON.parse(res.body) as unknown;
        };
        const first = await get(port, e.path, headers);
        if (first.status !== 200) throw new Error(`${e.path}: ${first.status} ${first.body.slice(0, 300)}`);
        const returns = await e.check(JSON.parse(first.body), ready, fetchAs);
        process.stderr.write(`[bench] ${e.label}: ${returns}\n`);
        results.push({ e, returns, s: await measure(port, e.path, headers) });
      }
    } finally {
      server.proc.kill('SIGTERM');
      await new Promise((resolve) => server.proc.once('exit', resolve));
    }
  } finally {
    // --keep leaves the database for experiments.
    if (pgDb && flag('keep')) process.stderr.write(`[bench] keeping the data: ${pgDb.url}\n`);
    else await pgDb?.drop();
  }
  return { ready, hello, results };
}

// ---------------------------------------------------------------------------------------------
// --explain

/** Runs each endpoint once through a copy of the app whose queries are logged, and prints every query's time and plan. */
export async function explainEndpoints<Who extends string>(
  deps: Deps,
  handle: DatabaseHandle,
  pgUrl: string | undefined,
  accounts: Record<Who, { email: string }>,
  endpoints: { label: string; path: string; as: Who | null }[],
): Promise<void> {
  const { buildApp } = await import('../../src/server/http/app.js');
  const { createAuthorizer } = await import('../../src/server/core/authorize.js');
  const { createLedgerSource } = await import('../../src/server/modules/responsibilities/responsibilities.ledger.js');
  let captured: CompiledQuery[] | null = null;
  const pool = handle.sqlite ? null : new pg.Pool({ connectionString: pgUrl, max: 2 });
  const logged = new Kysely<Database>({
    dialect: handle.sqlite ? new SqliteDialect({ database: handle.sqlite }) : new PostgresDialect({ pool: pool! }),
    log: (e) => {
      if (e.level === 'query') captured?.push(e.query);
    },
  });
  const app = await buildApp({ ...deps, db: logged, authz: createAuthorizer(createLedgerSource(logged)) });
  const cookies = {} as Record<Who, string>;
  for (const who of Object.keys(accounts) as Who[]) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: accounts[who].email, password: PASSWORD },
    });
    cookies[who] = `remit_session=${res.cookies.find((c) => c.name === 'remit_session')!.value}`;
  }
  const run = async (q: CompiledQuery): Promise<{ ms: number; plan: string[] }> => {
    const params = q.parameters as unknown[];
    // Writes (a session's last-seen time) are not run again.
    if (!/^\s*(select|with)\b/i.test(q.sql)) return { ms: Number.NaN, plan: ['  (a write: not run again)'] };
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      if (handle.sqlite) handle.sqlite.prepare(q.sql).all(...params);
      else await pool!.query(q.sql, params);
      times.push(performance.now() - t0);
    }
    const ms = times.sort((a, b) => a - b)[2]!;
    if (handle.sqlite) {
      const rows = handle.sqlite.prepare(`explain query plan ${q.sql}`).all(...params) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const depth = new Map<number, number>([[0, 0]]);
      return {
        ms,
        plan: rows.map((r) => {
          const d = (depth.get(r.parent) ?? 0) + 1;
          depth.set(r.id, d);
          return `${'  '.repeat(d)}${r.detail}`;
        }),
      };
    }
    const res = await pool!.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${q.sql}`, params);
    return { ms, plan: res.rows.map((r) => `  ${r['QUERY PLAN']}`) };
  };
  const out = (s: string) => process.stdout.write(`${s}\n`);
  for (const e of endpoints) {
    const headers: Record<string, string> = e.as ? { cookie: cookies[e.as] } : {};
    await app.inject({ method: 'GET', url: e.path, headers });
    captured = [];
    const res = await app.inject({ method: 'GET', url: e.path, headers });
    const queries = captured;
    captured = null;
    const timed = [];
    for (const q of queries) timed.push({ q, ...(await run(q)) });
    const total = timed.reduce((s, t) => s + (Number.isNaN(t.ms) ? 0 : t.ms), 0);
    out(`\n=== ${e.label} → ${res.statusCode}, ${queries.length} queries, ${total.toFixed(2)} ms in SQL`);
    for (const t of timed.sort((a, b) => (Number.isNaN(b.ms) ? -1 : b.ms) - (Number.isNaN(a.ms) ? -1 : a.ms))) {
      out(`-- ${Number.isNaN(t.ms) ? 'write' : `${t.ms.toFixed(3)} ms`}: ${t.q.sql.replace(/\s+/g, ' ')}`);
      out(`   params: ${JSON.stringify(t.q.parameters).slice(0, 200)}`);
      if (t.ms >= 0.2) for (const line of t.plan) out(line);
    }
  }
  await app.close();
  await pool?.end();
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** The run's stamp for a table header: when, the machine, Node and the database. */
export function runStamp(dialect: string): string {
  const cpu = os.cpus()[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${new Date().toISOString().slice(0, 16)}Z · ${os.cpus().length} cores (${cpu}) · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · ${dialect}`;
}

/** Replaces the text between `<!-- bench:<name> -->` and `<!-- /bench:<name> -->` in docs/PERFORMANCE.md. */
export function writeSection(name: string, summary: string): void {
  const file = path.join(root, 'docs/PERFORMANCE.md');
  const doc = fs.readFileSync(file, 'utf8');
  const begin = `<!-- bench:${name} -->`;
  const end = begin.replace('<!-- ', '<!-- /');
  if (!doc.includes(begin)) throw new Error(`${file} has no ${begin} section`);
  fs.writeFileSync(file, doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), `${begin}\n${summary}\n${end}`));
  process.stdout.write(`Updated ${path.relative(root, file)}\n`);
}
