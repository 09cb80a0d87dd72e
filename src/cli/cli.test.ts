import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

/**
 * Every remit call starts a process: about 0.5 s for help, 1.5-2 s for a command that opens the
 * database (it loads the server) on an idle 2-core machine, a few times that while other test files
 * run beside it; a test's limit allows for its calls.
 */
const SPAWN_TIMEOUT = { timeout: 120_000 };

function remit(args: string[], input?: string, env: Record<string, string> = {}) {
  const res = spawnSync(process.execPath, [path.join(root, 'bin/remit.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', REMIT_DATA_DIR: dir, LOG_LEVEL: 'warn', ...env },
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe('[CLI] remit', SPAWN_TIMEOUT, () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--help lists every command, and each command has its own help', () => {
    const help = remit(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of ['serve', 'migrate', 'user', 'trail', 'backup', 'restore', 'demo', 'role'])
      expect(help.out).toContain(cmd);
    const sub = remit(['trail', 'verify', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.out).toContain('first broken sequence number');
  });

  it('an unknown command and bad configuration exit non-zero with a readable message', () => {
    expect(remit(['frobnicate']).code).not.toBe(0);
    const bad = remit(['migrate'], undefined, { DATABASE_URL: 'mysql://nope', PORT: 'eighty' });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('DATABASE_URL');
    expect(bad.err).toContain('PORT');
    expect(bad.err).not.toContain('    at ');
  });

  it('migrates, creates a user from stdin, refuses a weak password, and verifies the trail', () => {
    expect(remit(['migrate']).code).toBe(0);
    const created = remit(
      ['user', 'create', '--email', 'ops@example.org', '--name', 'Ops Person', '--admin'],
      'a long enough password\n',
    );
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain('ops@example.org');
    const weak = remit(['user', 'create', '--email', 'weak@example.org', '--name', 'Weak'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('password');
    const dup = remit(['user', 'create', '--email', 'OPS@example.org', '--name', 'Again'], 'a long enough password\n');
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('already exists');
    const ok = remit(['trail', 'verify']);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Trail intact: 2 events verified/);
  });

  it('role assign appoints from the command line and role list shows it; a bad role is a readable error', () => {
    expect(remit(['migrate']).code).toBe(0);
    remit(['user', 'create', '--email', 'founder@example.org', '--name', 'Fay Founder'], 'a long enough password\n');
    const ok = remit([
      'role',
      'assign',
      '--email',
      'founder@example.org',
      '--role',
      'top_management',
      '--reason',
      'Founder',
    ]);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Fay Founder now holds top_management');
    const list = remit(['role', 'list']);
    expect(list.code).toBe(0);
    expect(list.out).toMatch(/top_management\s+Top Management: Fay Founder \(Whole ISMS\)/);
    expect(list.out).toMatch(/isms_manager\s+.*vacant/);
    const bad = remit(['role', 'assign', '--email', 'founder@example.org', '--role', 'emperor', '--reason', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('No role emperor');
    expect(bad.err).not.toContain('    at ');
    const nobody = remit(['role', 'assign', '--email', 'ghost@example.org', '--role', 'sysadmin', '--reason', 'x']);
    expect(nobody.code).toBe(1);
    expect(nobody.err).toContain('No person with the email ghost@example.org');
  });

  it('loads demo data with progress lines when not on a terminal', () => {
    const demo = remit(['demo', '--size', 'small']);
    expect(demo.code).toBe(0);
    expect(demo.out).toContain('60 people created');
    expect(demo.err).toContain('People: 60/60');
    expect(remit(['demo', '--size', 'small']).out).toContain('0 people created');
  });

  it('backs up online, refuses to overwrite, restores over a damaged database, and catches tampering', () => {
    const backup = path.join(dir, 'backups', 'remit-1.db');
    const made = remit(['backup', '--out', backup]);
    expect(made.code).toBe(0);
    expect(made.out).toContain('integrity ok');
    expect(remit(['backup', '--out', backup]).code).toBe(1);

    // Tamper with the live database: verification names the event.
    const live = new SqliteDatabase(path.join(dir, 'remit.db'));
    live.prepare('update trail_event set changes = \'{"email":"evil@example.org"}\' where seq = 2').run();
    live.close();
    const broken = remit(['trail', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('BROKEN at sequence 2');
    const json = remit(['trail', 'verify', '--json']);
    expect(JSON.parse(json.out)).toMatchObject({ ok: false, firstBrokenSeq: 2 });

    expect(remit(['restore', backup]).code).toBe(1);
    const notRemit = path.join(dir, 'not-remit.db');
    fs.writeFileSync(notRemit, 'hello');
    expect(remit(['restore', notRemit, '--force']).err).toContain('not a readable SQLite database');
    const restored = remit(['restore', backup, '--force']);
    expect(restored.code).toBe(0);
    expect(remit(['trail', 'verify']).code).toBe(0);
  });

  it('serve stops cleanly on SIGTERM', async () => {
    const port = 20000 + Math.floor(Math.random() * 20000);
    const proc = spawn(process.execPath, [path.join(root, 'bin/remit.js'), 'serve', '--no-build'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: '',
        REMIT_DATA_DIR: dir,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        REMIT_WEB_DIR: path.join(dir, 'no-web'),
      },
      stdio: 'ignore',
    });
    let ready = false;
    for (let i = 0; i < 300 && !ready; i += 1) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.ok)
        .catch(() => false);
      if (!ready) await new Promise((r) => setTimeout(r, 100));
    }
    expect(ready).toBe(true);
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('backup on PostgreSQL explains pg_dump instead', () => {
    const res = remit(['backup', '--out', path.join(dir, 'x.db')], undefined, {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    });
    expect(res.code).toBe(1);
    expect(res.err).toContain('pg_dump --format=custom');
  });
});
