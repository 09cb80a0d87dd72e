/**
 * HTTP benchmark: requests/s of an authenticated API read (GET /api/settings with a Bearer token,
 * which resolves the token, the account and the policy on every request) against a bare Fastify
 * hello-world measured in the same run on the same machine. The ratio is what we track.
 *
 *   npm run bench -- [--duration 8] [--connections 32] [--write]
 * BENCH_DATABASE_URL=postgres://… runs Remit on PostgreSQL instead of SQLite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const duration = arg('duration', 8);
const connections = arg('connections', 32);

async function start(kind: 'hello' | 'remit'): Promise<{ proc: ChildProcess; port: number; token: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/http-server.ts'), kind], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: proc.stdout });
  for await (const line of lines) {
    const m = /^READY (\d+) (\S+)$/.exec(line);
    if (m) return { proc, port: Number(m[1]), token: m[2] ?? '' };
  }
  throw new Error(`${kind} server did not start`);
}

async function measure(kind: 'hello' | 'remit') {
  const { proc, port, token } = await start(kind);
  try {
    const url = kind === 'hello' ? `http://127.0.0.1:${port}/hello` : `http://127.0.0.1:${port}/api/settings`;
    const headers = kind === 'remit' ? { authorization: `Bearer ${token}` } : undefined;
    await autocannon({ url, connections, duration: 2, headers }); // warm-up
    const r = await autocannon({ url, connections, duration, headers });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${kind}: ${r.non2xx} non-2xx and ${r.errors} errors`);
    return { rps: r.requests.average, p99: r.latency.p99, total: r.requests.total };
  } finally {
    proc.kill('SIGTERM');
  }
}

const hello = await measure('hello');
const remit = await measure('remit');
const ratio = remit.rps / hello.rps;
const dialect = process.env.BENCH_DATABASE_URL ? 'postgres' : 'sqlite';
const summary = [
  `| Run | ${new Date().toISOString().slice(0, 16)}Z · ${os.cpus().length} cores · Node ${process.version} · ${dialect} · ${connections} connections × ${duration}s |`,
  '|---|---|',
  `| bare Fastify hello-world | ${hello.rps.toFixed(0)} req/s, p99 ${hello.p99} ms |`,
  `| Remit authenticated read (GET /api/settings, Bearer) | ${remit.rps.toFixed(0)} req/s, p99 ${remit.p99} ms |`,
  `| **ratio Remit / hello-world** | **${ratio.toFixed(3)}** |`,
].join('\n');
process.stdout.write(`${summary}\n`);

if (process.argv.includes('--write')) {
  const file = path.join(root, 'docs/PERFORMANCE.md');
  const doc = fs.readFileSync(file, 'utf8');
  const begin = '<!-- bench:http -->';
  const end = '<!-- /bench:http -->';
  const next = doc.replace(new RegExp(`${begin}[\\s\\S]*?${end}`), `${begin}\n${summary}\n${end}`);
  fs.writeFileSync(file, next);
  process.stdout.write(`Updated ${path.relative(root, file)}\n`);
}
