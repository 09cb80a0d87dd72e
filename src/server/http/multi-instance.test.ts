import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../modules/trail/trail.service.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-db.js';

const root = path.resolve(import.meta.dirname, '../../..');
const realPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!realPostgres) {
  console.warn(
    '[multi-instance] TEST_DATABASE_URL is not set: the two-process PostgreSQL test is skipped (PGlite cannot be shared by processes).',
  );
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });

async function waitReady(base: string, proc: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (proc.exitCode !== null) throw new Error(`server exited early:\n${log()}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become ready:\n${log()}`);
}

describe.skipIf(!realPostgres)('[SCALE] two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  const procs: ChildProcess[] = [];
  const bases: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('postgres', { migrate: false });
    // Both start at once: migrations and the env admin bootstrap race, as they would in production.
    await Promise.all(
      [0, 1].map(async () => {
        const port = await freePort();
        let out = '';
        const proc = spawn(process.execPath, [path.join(root, 'bin/remit.js'), 'serve', '--no-build'], {
          cwd: root,
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            PORT: String(port),
            HOST: '127.0.0.1',
            LOG_LEVEL: 'warn',
            REMIT_ADMIN_EMAIL: 'admin@example.org',
            REMIT_ADMIN_PASSWORD: 'a long enough password',
            REMIT_WEB_DIR: path.join(root, '.tmp/no-web'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
        proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
        procs.push(proc);
        const base = `http://127.0.0.1:${port}`;
        bases.push(base);
        await waitReady(base, proc, () => out);
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGTERM');
          }),
      ),
    );
    await database?.dispose();
  });

  it('a session opened on one instance works on the other, and logout on either ends it', async () => {
    const [a, b] = bases as [string, string];
    const login = await fetch(`${a}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'a long enough password' }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    const onB = await fetch(`${b}/api/auth/session`, { headers: { cookie } });
    expect(onB.status).toBe(200);
    expect(await onB.json()).toMatchObject({ account: { email: 'admin@example.org', isAdmin: true } });

    // A write on B with the CSRF token issued by A.
    const token = await fetch(`${b}/api/account/tokens`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'from b' }),
    });
    expect(token.status).toBe(201);

    const logout = await fetch(`${b}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(200);
    expect((await fetch(`${a}/api/auth/session`, { headers: { cookie } })).status).toBe(401);
  });

  it('both instances appended to one intact trail, with exactly one admin created', async () => {
    const admins = await database.db.selectFrom('account').select('email').execute();
    expect(admins).toEqual([{ email: 'admin@example.org' }]);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true });
  });
});
