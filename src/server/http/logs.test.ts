import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { bootstrap } from '../modules/identity/identity.setup.service.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

describe('[HARDENING] secrets never reach the logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    t = await createTestApp('sqlite', { log: createLogger('trace', sink) });
  });
  afterAll(async () => t.close());

  it('passwords, session cookies, CSRF, setup and API tokens stay out of request logs', async () => {
    const outcome = await bootstrap(t.deps);
    const setupToken =
      outcome.kind === 'setup_required' ? (new URL(outcome.setupUrl).searchParams.get('token') ?? '') : '';
    const password = 'a very secret passphrase';
    const setup = await t.app.inject({
      method: 'POST',
      url: `/api/setup?token=${setupToken}`,
      payload: {
        token: setupToken,
        organisationName: 'Acme',
        fullName: 'Ada',
        email: 'ada@acme.example',
        password,
        loadDemo: false,
      },
    });
    expect(setup.statusCode).toBe(200);
    await t.app.inject({ method: 'GET', url: `/setup?token=${setupToken}` });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ada@acme.example', password },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ada@acme.example', password: 'wrong but secret' },
    });
    const cookie = login.cookies.find((c) => c.name === 'remit_session')?.value ?? '';
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/account/tokens',
      headers: { cookie: `remit_session=${cookie}`, 'x-csrf-token': csrf },
      payload: { name: 'x' },
    });
    const apiToken = created.json<{ token: string }>().token;
    await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { authorization: `Bearer ${apiToken}` } });

    const all = lines.join('\n');
    expect(all).toContain('incoming request');
    expect(all).toContain('token=[redacted]');
    for (const secret of [password, 'wrong but secret', setupToken, cookie, csrf, apiToken]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(all).not.toContain(secret);
    }
  });
});
