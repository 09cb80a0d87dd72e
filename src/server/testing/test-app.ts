import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import type { AssignmentSource } from '../core/authorize.js';
import type { Deps } from '../core/deps.js';
import type { DialectName } from '../db/database.js';
import { buildApp } from '../http/app.js';
import { createLogger } from '../logger.js';
import { createAccountRecord, type NewAccount } from '../modules/identity/identity.accounts.service.js';
import { openRuntime } from '../runtime.js';
import { createTestDatabase, type TestDatabase } from './test-db.js';

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  database: TestDatabase;
  close: () => Promise<void>;
};

/** A full app on a fresh database of one dialect, for inject()-based integration tests. */
export async function createTestApp(
  dialect: DialectName,
  opts: { env?: Record<string, string>; assignments?: AssignmentSource; config?: Partial<Config>; log?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const config = {
    ...loadConfig({ REMIT_DATA_DIR: '.tmp/test', LOG_LEVEL: 'silent', ...opts.env }),
    webDir: '.tmp/no-web',
    ...opts.config,
  };
  const { deps } = await openRuntime(config, opts.log ?? createLogger('silent'), {
    handle: database,
    assignments: opts.assignments,
    migrate: false,
  });
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    database,
    close: async () => {
      await app.close();
      await database.dispose();
    },
  };
}

let counter = 0;

/** Factory: an account with sensible defaults (and its person). */
export function buildAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  counter += 1;
  return {
    email: `person${counter}@example.org`,
    fullName: `Person ${counter}`,
    password: 'correct horse battery staple',
    isAdmin: false,
    ...overrides,
  };
}

export async function seedAccount(deps: Deps, input: NewAccount) {
  return deps.db.transaction().execute((trx) =>
    createAccountRecord(trx, input, {
      actor: { kind: 'system', label: 'test' },
      grant: { kind: 'system', label: 'test' },
    }),
  );
}

export type Client = {
  cookie: string;
  csrf: string;
  accountId: string;
  personId: string;
  /** inject() with this session's cookie and CSRF header. */
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<LightMyRequestResponse>;
};

/** Creates (if needed) and signs in an account through the real login route. */
export async function signIn(t: Pick<TestApp, 'app' | 'deps'>, input: NewAccount, create = true): Promise<Client> {
  if (create) await seedAccount(t.deps, input);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: input.email, password: input.password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'remit_session');
  if (!cookie) throw new Error('no session cookie');
  const info = res.json<{ csrfToken: string; account: { id: string }; person: { id: string } }>();
  const header = `remit_session=${cookie.value}`;
  return {
    cookie: header,
    csrf: info.csrfToken,
    accountId: info.account.id,
    personId: info.person.id,
    request: (method, url, body, headers = {}) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: header, 'x-csrf-token': info.csrfToken, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}
