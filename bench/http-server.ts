/**
 * A server for bench/http.ts, in its own process so the load generator does not share its event loop.
 * `hello`: bare Fastify. `remit`: the real app on a fresh database, with a signed-in API token.
 * Prints one line `READY <port> <token>` when it accepts requests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { loadConfig } from '../src/server/config.js';
import { buildApp } from '../src/server/http/app.js';
import { createLogger } from '../src/server/logger.js';
import { createAccountRecord } from '../src/server/modules/identity/identity.accounts.service.js';
import { createTokenService } from '../src/server/modules/identity/identity.tokens.service.js';
import { openRuntime } from '../src/server/runtime.js';

const kind = process.argv[2];

if (kind === 'hello') {
  const app = Fastify();
  app.get('/hello', () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  process.stdout.write(`READY ${port} -\n`);
} else if (kind === 'remit') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-bench-'));
  const env: NodeJS.ProcessEnv = { REMIT_DATA_DIR: dir, LOG_LEVEL: 'silent' };
  if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const config = { ...loadConfig(env), webDir: path.join(dir, 'no-web') };
  const { deps } = await openRuntime(config, createLogger('silent'));
  const account = await deps.db
    .transaction()
    .execute((trx) =>
      createAccountRecord(
        trx,
        { email: 'bench@example.org', fullName: 'Bench', password: 'a long enough password', isAdmin: true },
        { actor: { kind: 'system', label: 'bench' }, grant: { kind: 'system', label: 'bench' } },
      ),
    );
  const actor = {
    kind: 'account' as const,
    accountId: account.id,
    personId: account.personId,
    email: account.email,
    isAdmin: true,
    via: 'session' as const,
  };
  const { token } = await createTokenService(deps).create(
    actor,
    { name: 'bench', scope: 'read', expiresInDays: 1 },
    {},
  );
  const app = await buildApp(deps);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  process.stdout.write(`READY ${port} ${token}\n`);
  process.on('SIGTERM', () => {
    void app.close().then(() => {
      fs.rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
} else {
  process.stderr.write('usage: http-server.ts hello|remit\n');
  process.exit(2);
}
