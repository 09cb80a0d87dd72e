import { v7 as uuidv7 } from 'uuid';
import type { TAccount, TCreateAccountRequest, TUpdateAccountRequest } from '../../../contracts/identity.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AccountUpdate } from '../../db/schema.js';
import { assignEmployeeRole } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { hashPassword } from './identity.passwords.js';
import { presentAccount } from './identity.presenters.js';
import * as repo from './identity.repository.js';
import { normalizeEmail } from './identity.rules.js';

export type NewAccount = { email: string; fullName: string; password: string; isAdmin: boolean };

/**
 * Creates an account (and its person, unless a person with that email exists) with a trail event.
 * Callers authorize first; setup, bootstrap and the CLI pass a system grant.
 */
export async function createAccountRecord(
  trx: Db,
  input: NewAccount,
  who: { actor: Actor; grant: Grant; requestId?: string },
): Promise<TAccount> {
  const email = normalizeEmail(input.email);
  if (await repo.findAccountByEmail(trx, email)) {
    throw new AppError('conflict', `An account for ${email} already exists`, {
      errors: [{ field: 'email', message: 'Already in use' }],
    });
  }
  const now = nowIso();
  let person: { id: string; full_name: string } | undefined = await repo.findPersonByEmail(trx, email);
  if (!person) {
    person = { id: uuidv7(), full_name: input.fullName };
    await repo.insertPerson(trx, {
      ...person,
      email,
      status: 'active',
      source: 'account',
      created_at: now,
      updated_at: now,
      version: 1,
    });
    const employeeAssignmentId = await assignEmployeeRole(trx, { personId: person.id });
    await appendTrail(trx, {
      ...who,
      action: 'person.created',
      objectType: 'person',
      objectId: person.id,
      changes: { fullName: input.fullName, email, employeeAssignmentId },
    });
  }
  const account = {
    id: uuidv7(),
    person_id: person.id,
    email,
    password_hash: await hashPassword(input.password),
    is_admin: input.isAdmin ? 1 : 0,
    status: 'active' as const,
    failed_logins: 0,
    locked_until: null,
    password_changed_at: now,
    last_login_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  try {
    await repo.insertAccount(trx, account);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('conflict', `An account for ${email} already exists`);
    throw e;
  }
  await appendTrail(trx, {
    ...who,
    action: 'account.created',
    objectType: 'account',
    objectId: account.id,
    changes: { email, isAdmin: input.isAdmin, personId: person.id },
  });
  return presentAccount({ ...account, full_name: person.full_name });
}

export function createAccountService(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor, q: { limit: number; cursor?: string; q?: string; status?: 'active' | 'disabled' }) {
      await deps.authz.authorize(actor, 'accounts.manage');
      const after = decodeCursor<{ email: string; id: string }>(q.cursor, { email: 'string', id: 'string' });
      const rows = await repo.listAccounts(db, { q: q.q, status: q.status, after }, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(presentAccount),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ email: last.email, id: last.id }) : null,
      };
    },
    async get(actor: Actor, id: string): Promise<TAccount> {
      await deps.authz.authorize(actor, 'accounts.manage');
      const row = await repo.findAccountById(db, id);
      if (!row) throw new AppError('not_found', 'No such account');
      return presentAccount(row);
    },
    async create(actor: Actor, input: TCreateAccountRequest, meta: CallMeta): Promise<TAccount> {
      const grant = await deps.authz.authorize(actor, 'accounts.manage');
      return db
        .transaction()
        .execute((trx) => createAccountRecord(trx, input, { actor, grant, requestId: meta.requestId }));
    },
    async update(actor: Actor, id: string, input: TUpdateAccountRequest, meta: CallMeta): Promise<TAccount> {
      const grant = await deps.authz.authorize(actor, 'accounts.manage');
      return db.transaction().execute(async (trx) => {
        const before = await repo.findAccountById(trx, id);
        if (!before) throw new AppError('not_found', 'No such account');
        if (before.version !== input.version)
          throw new AppError('version_conflict', 'The account changed since you loaded it; reload and try again');
        const set: AccountUpdate = { updated_at: nowIso() };
        const changes: Record<string, unknown> = {};
        if (input.status !== undefined && input.status !== before.status) {
          set.status = input.status;
          changes.status = { before: before.status, after: input.status };
        }
        if (input.isAdmin !== undefined && input.isAdmin !== (before.is_admin === 1)) {
          set.is_admin = input.isAdmin ? 1 : 0;
          changes.isAdmin = { before: before.is_admin === 1, after: input.isAdmin };
        }
        if (input.unlock) {
          set.locked_until = null;
          set.failed_logins = 0;
          changes.unlocked = { before: before.locked_until, after: null };
        }
        const losesAdmin =
          before.is_admin === 1 && before.status === 'active' && (set.status === 'disabled' || set.is_admin === 0);
        if (losesAdmin && (await repo.countActiveAdmins(trx)) <= 1) {
          throw new AppError('conflict', 'This is the last active administrator; make another one first');
        }
        if (!(await repo.updateAccount(trx, id, before.version, set))) {
          throw new AppError('version_conflict', 'The account changed since you loaded it; reload and try again');
        }
        if (set.status === 'disabled') {
          const at = nowIso();
          changes.sessionsRevoked = await repo.revokeSessions(trx, id, at);
          changes.tokensRevoked = await repo.revokeApiTokens(trx, id, at);
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'account.updated',
          objectType: 'account',
          objectId: id,
          changes,
          requestId: meta.requestId,
        });
        const after = await repo.findAccountById(trx, id);
        if (!after) throw new AppError('not_found', 'No such account');
        return presentAccount(after);
      });
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
