import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import type { AssignmentSource } from '../core/authorize.js';
import type { Deps } from '../core/deps.js';
import type { DialectName } from '../db/database.js';
import { buildApp } from '../http/app.js';
import { createLogger } from '../logger.js';
import { v7 as uuidv7 } from 'uuid';
import { createAccountRecord, type NewAccount } from '../modules/identity/identity.accounts.service.js';
import { scopeKeyOf } from '../modules/responsibilities/responsibilities.ledger.js';
import { insertAssignment } from '../modules/responsibilities/responsibilities.ledger.repository.js';
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

/**
 * Puts a person in an ISMS role directly in the ledger (whole ISMS unless a scope is given), as
 * if the ISM had assigned it; for tests that need a role holder without going through the API.
 */
export async function grantRole(
  deps: Deps,
  personId: string,
  roleKey: string,
  opts: { scopeType?: string; scopeId?: string | null; kind?: 'holder' | 'deputy'; validFrom?: string } = {},
): Promise<string> {
  const scopeType = opts.scopeType ?? 'isms';
  const scopeId = opts.scopeId ?? null;
  const now = new Date().toISOString();
  const id = uuidv7();
  await insertAssignment(deps.db, {
    id,
    person_id: personId,
    role_key: roleKey,
    scope_type: scopeType,
    scope_id: scopeId,
    scope_key: scopeKeyOf(scopeType, scopeId),
    kind: opts.kind ?? 'holder',
    exclusive: 0,
    valid_from: opts.validFrom ?? new Date(Date.now() - 1000).toISOString(),
    valid_to: null,
    stand_in_from: null,
    stand_in_until: null,
    acknowledged_at: null,
    acknowledged_version: null,
    assigned_by: null,
    reason: 'test',
    ended_by: null,
    end_reason: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  return id;
}
