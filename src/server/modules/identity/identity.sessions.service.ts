import { v7 as uuidv7 } from 'uuid';
import type { TLoginRequest, TPermissions, TSessionInfo } from '../../../contracts/identity.js';
import type { Actor } from '../../core/actor.js';
import type { Action } from '../../core/authorize.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import { readSettings } from '../settings/settings.service.js';
import { hashPassword, verifyPassword } from './identity.passwords.js';
import { presentSession } from './identity.presenters.js';
import * as repo from './identity.repository.js';
import {
  afterFailedLogin,
  API_TOKEN_PREFIX,
  csrfFor,
  hashSecret,
  isLocked,
  needsTouch,
  newSecret,
  normalizeEmail,
  sessionUsable,
} from './identity.rules.js';

export type Authenticated = { actor: Extract<Actor, { kind: 'account' }>; csrfToken: string | null };

export function createSessionService(deps: Deps) {
  const { db, config } = deps;

  /** Opens a session for an account; used by login and by setup. Caller runs it in a transaction. */
  async function openSession(trx: typeof db, accountId: string, meta: CallMeta) {
    const token = newSecret();
    const now = new Date();
    await repo.insertSession(trx, {
      id: uuidv7(),
      account_id: accountId,
      token_hash: hashSecret(token),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + config.sessionTtlMs).toISOString(),
      ip: meta.ip ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      revoked_at: null,
    });
    return { token, expiresAt: new Date(now.getTime() + config.sessionTtlMs) };
  }

  async function login(input: TLoginRequest, meta: CallMeta) {
    const email = normalizeEmail(input.email);
    const account = await repo.findAccountByEmail(db, email);
    const ok = await verifyPassword(account?.password_hash ?? null, input.password);
    const now = new Date();
    if (!account || account.status !== 'active') {
      throw new AppError('invalid_credentials', 'Email or password is wrong');
    }
    if (isLocked(account.locked_until, now)) {
      throw new AppError('account_locked', `Too many failed sign-ins; try again after ${account.locked_until}`);
    }
    const actor: Actor = accountActor(account, 'session');
    if (!ok) {
      const next = afterFailedLogin(account.failed_logins, config.login.maxFailures, config.login.lockMs, now);
      await db.transaction().execute(async (trx) => {
        await repo.setLoginState(trx, account.id, { failed_logins: next.failedLogins, locked_until: next.lockedUntil });
        if (next.lockedUntil) {
          await appendTrail(trx, {
            actor: { kind: 'system', label: 'login-throttle' },
            grant: { kind: 'system', label: 'login-throttle' },
            action: 'account.locked',
            objectType: 'account',
            objectId: account.id,
            changes: { lockedUntil: { before: null, after: next.lockedUntil }, ip: meta.ip ?? null },
            requestId: meta.requestId,
          });
        }
      });
      deps.log.warn({ accountId: account.id, ip: meta.ip, locked: Boolean(next.lockedUntil) }, 'failed sign-in');
      throw new AppError('invalid_credentials', 'Email or password is wrong');
    }
    return db.transaction().execute(async (trx) => {
      await repo.setLoginState(trx, account.id, {
        failed_logins: 0,
        locked_until: null,
        last_login_at: now.toISOString(),
      });
      const session = await openSession(trx, account.id, meta);
      await appendTrail(trx, {
        actor,
        grant: { kind: 'self' },
        action: 'auth.login',
        objectType: 'account',
        objectId: account.id,
        changes: { ip: meta.ip ?? null },
        requestId: meta.requestId,
      });
      return session;
    });
  }

  /** Resolves a session cookie to an actor, or null when it is not usable. */
  async function fromSessionToken(token: string): Promise<Authenticated | null> {
    const row = await repo.findSessionPrincipal(db, hashSecret(token));
    const now = new Date();
    if (!row || row.status !== 'active') return null;
    const session = {
      revoked_at: row.session_revoked_at,
      expires_at: row.session_expires_at,
      last_seen_at: row.session_last_seen_at,
    };
    if (!sessionUsable(session, config.sessionIdleMs, now)) return null;
    if (needsTouch(session.last_seen_at, now)) await repo.touchSession(db, row.session_id, now.toISOString());
    return { actor: { ...accountActor(row, 'session'), sessionId: row.session_id }, csrfToken: csrfFor(token) };
  }

  /** Resolves a bearer API token to an actor, or null. */
  async function fromApiToken(token: string): Promise<Authenticated | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const row = await repo.findTokenPrincipal(db, hashSecret(token));
    const now = nowIso();
    if (
      !row ||
      row.status !== 'active' ||
      row.token_revoked_at ||
      (row.token_expires_at !== null && row.token_expires_at <= now)
    )
      return null;
    if (!row.token_last_used_at || needsTouch(row.token_last_used_at, new Date()))
      await repo.touchApiToken(db, row.token_id, now);
    return {
      actor: { ...accountActor(row, 'token'), tokenId: row.token_id, tokenScope: row.token_scope },
      csrfToken: null,
    };
  }

  async function logout(actor: Actor, meta: CallMeta): Promise<void> {
    if (actor.kind !== 'account' || !actor.sessionId) return;
    const sessionId = actor.sessionId;
    await db.transaction().execute(async (trx) => {
      if (await repo.revokeSession(trx, sessionId, actor.accountId, nowIso())) {
        await appendTrail(trx, {
          actor,
          grant: { kind: 'self' },
          action: 'auth.logout',
          objectType: 'session',
          objectId: sessionId,
          requestId: meta.requestId,
        });
      }
    });
  }

  async function logoutEverywhere(actor: Actor, meta: CallMeta): Promise<number> {
    const me = requireAccount(actor);
    const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
    return db.transaction().execute(async (trx) => {
      const n = await repo.revokeSessions(trx, me.accountId, nowIso());
      await appendTrail(trx, {
        actor,
        grant,
        action: 'auth.logout_everywhere',
        objectType: 'account',
        objectId: me.accountId,
        changes: { sessionsRevoked: n },
        requestId: meta.requestId,
      });
      return n;
    });
  }

  async function changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    meta: CallMeta,
  ): Promise<void> {
    const me = requireAccount(actor);
    const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
    const account = await repo.findAccountById(db, me.accountId);
    if (!account || !(await verifyPassword(account.password_hash, currentPassword))) {
      throw new AppError('validation_failed', 'The current password is wrong', {
        errors: [{ field: 'currentPassword', message: 'Wrong password' }],
      });
    }
    if (currentPassword === newPassword) {
      throw new AppError('validation_failed', 'Choose a password you have not used here', {
        errors: [{ field: 'newPassword', message: 'Same as the current password' }],
      });
    }
    const hashed = await hashPassword(newPassword);
    await db.transaction().execute(async (trx) => {
      const now = nowIso();
      await repo.updateAccount(trx, account.id, account.version, {
        password_hash: hashed,
        password_changed_at: now,
        updated_at: now,
      });
      const revoked = await repo.revokeSessions(trx, account.id, now, me.sessionId);
      await appendTrail(trx, {
        actor,
        grant,
        action: 'account.password_changed',
        objectType: 'account',
        objectId: account.id,
        changes: { otherSessionsRevoked: revoked },
        requestId: meta.requestId,
      });
    });
  }

  async function listSessions(actor: Actor) {
    const me = requireAccount(actor);
    await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
    const rows = await repo.listLiveSessions(db, me.accountId, nowIso());
    return rows
      .filter((s) => sessionUsable(s, config.sessionIdleMs, new Date()))
      .map((s) => presentSession(s, me.sessionId));
  }

  async function revokeOwnSession(actor: Actor, sessionId: string, meta: CallMeta): Promise<void> {
    const me = requireAccount(actor);
    const grant = await deps.authz.authorize(actor, 'self.manage', { accountId: me.accountId });
    await db.transaction().execute(async (trx) => {
      if (!(await repo.revokeSession(trx, sessionId, me.accountId, nowIso()))) {
        throw new AppError('not_found', 'No such session of yours');
      }
      await appendTrail(trx, {
        actor,
        grant,
        action: 'session.revoked',
        objectType: 'session',
        objectId: sessionId,
        requestId: meta.requestId,
      });
    });
  }

  async function sessionInfo(auth: Authenticated): Promise<TSessionInfo> {
    const { actor } = auth;
    const [account, settings, roles, perms] = await Promise.all([
      repo.findAccountById(db, actor.accountId),
      readSettings(db),
      deps.authz.rolesOf(actor),
      deps.authz.canEach(
        actor,
        PERMISSION_ACTIONS.map(([, action]) => action),
      ),
    ]);
    if (!account) throw new AppError('unauthenticated', 'The account no longer exists');
    return {
      account: { id: account.id, email: account.email, isAdmin: account.is_admin === 1 },
      person: { id: account.person_id, fullName: account.full_name },
      organisationName: settings.organisationName,
      via: actor.via,
      csrfToken: auth.csrfToken,
      permissions: Object.fromEntries(PERMISSION_ACTIONS.map(([name], i) => [name, perms[i]])) as TPermissions,
      roles,
    };
  }

  return {
    login,
    openSession,
    fromSessionToken,
    fromApiToken,
    logout,
    logoutEverywhere,
    changePassword,
    listSessions,
    revokeOwnSession,
    sessionInfo,
  };
}

/** What the web app is told the person may use: one flag per action, so menus hide the rest. */
const PERMISSION_ACTIONS: [keyof TPermissions, Action][] = [
  ['manageAccounts', 'accounts.manage'],
  ['manageSettings', 'settings.manage'],
  ['readTrail', 'trail.read'],
  ['verifyTrail', 'trail.verify'],
  ['managePeople', 'people.manage'],
  ['exportPeople', 'people.export'],
  ['manageRoles', 'roles.manage'],
  ['manageAssignments', 'assignments.manage'],
  ['manageLeadership', 'assignments.manage_leadership'],
  ['manageRaci', 'raci.manage'],
  ['readCoverage', 'coverage.read'],
  ['confirmHandover', 'handover.confirm'],
  ['readSod', 'sod.read'],
  ['requestSodException', 'sod.exception.request'],
  ['decideSodException', 'sod.exception.decide'],
  ['manageWebhooks', 'webhooks.manage'],
  ['managePolicies', 'policies.manage'],
  ['readRisks', 'risks.read'],
  ['createRisks', 'risks.create'],
  ['manageRisks', 'risks.manage'],
  ['readRiskFeed', 'risks.feed'],
  ['manageAssets', 'assets.manage'],
  ['readAllAccessRequests', 'access.read_all'],
  ['readEntitlements', 'entitlements.read'],
  ['importEntitlements', 'entitlements.import'],
  ['manageToxicRules', 'toxic.manage'],
  ['readAllAccessReviews', 'access_reviews.read'],
  ['manageAccessReviews', 'access_reviews.manage'],
  ['readControls', 'controls.read'],
  ['manageControls', 'controls.manage'],
  ['editControls', 'controls.edit'],
  ['approveSoa', 'soa.approve'],
  ['readAudits', 'audits.read'],
  ['manageAudits', 'audits.manage'],
  ['readNonconformities', 'nonconformities.read'],
  ['raiseNonconformities', 'nonconformities.raise'],
  ['readIncidents', 'incidents.read'],
  ['manageIncidents', 'incidents.manage'],
];

export type SessionService = ReturnType<typeof createSessionService>;

export function accountActor(a: repo.AccountWithPerson, via: 'session' | 'token'): Extract<Actor, { kind: 'account' }> {
  return { kind: 'account', accountId: a.id, personId: a.person_id, email: a.email, isAdmin: a.is_admin === 1, via };
}

export function requireAccount(actor: Actor): Extract<Actor, { kind: 'account' }> {
  if (actor.kind !== 'account') throw new AppError('forbidden', 'This needs a signed-in account');
  return actor;
}
