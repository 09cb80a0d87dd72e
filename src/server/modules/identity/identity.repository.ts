import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { AccountRow, AccountUpdate, ApiTokenRow, PersonInsert, PersonRow, SessionRow } from '../../db/schema.js';

export const accountWithPerson = (db: Db) =>
  db
    .selectFrom('account')
    .innerJoin('person', 'person.id', 'account.person_id')
    .selectAll('account')
    .select('person.full_name');

export type AccountWithPerson = AccountRow & { full_name: string };

export const findAccountByEmail = (db: Db, email: string) =>
  accountWithPerson(db).where('account.email', '=', email).executeTakeFirst();

export const findAccountById = (db: Db, id: string) =>
  accountWithPerson(db).where('account.id', '=', id).executeTakeFirst();

export async function countAccounts(db: Db): Promise<number> {
  const r = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function countActiveAdmins(db: Db): Promise<number> {
  const r = await db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('is_admin', '=', 1)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findPersonByEmail(db: Db, email: string): Promise<PersonRow | undefined> {
  return db.selectFrom('person').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertPerson(db: Db, p: PersonInsert): Promise<void> {
  await db.insertInto('person').values(p).execute();
}

export async function insertAccount(db: Db, a: AccountRow): Promise<void> {
  await db.insertInto('account').values(a).execute();
}

/** Updates an account if `version` is current; returns false on a stale write. */
export async function updateAccount(db: Db, id: string, version: number, set: AccountUpdate): Promise<boolean> {
  const r = await db
    .updateTable('account')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Counter updates that must not bump the edit version (login bookkeeping). */
export async function setLoginState(
  db: Db,
  id: string,
  set: Pick<AccountUpdate, 'failed_logins' | 'locked_until' | 'last_login_at'>,
): Promise<void> {
  await db.updateTable('account').set(set).where('id', '=', id).execute();
}

export async function listAccounts(
  db: Db,
  f: { q?: string; status?: 'active' | 'disabled'; after?: { email: string; id: string } },
  limit: number,
): Promise<AccountWithPerson[]> {
  let q = accountWithPerson(db);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('account.email', 'like', sql<string>`${like} escape '\\'`),
        eb(eb.fn('lower', ['person.full_name']), 'like', sql<string>`${like} escape '\\'`),
      ]),
    );
  }
  if (f.status) q = q.where('account.status', '=', f.status);
  if (f.after) {
    const { email, id } = f.after;
    q = q.where((eb) =>
      eb.or([eb('account.email', '>', email), eb.and([eb('account.email', '=', email), eb('account.id', '>', id)])]),
    );
  }
  return q.orderBy('account.email', 'asc').orderBy('account.id', 'asc').limit(limit).execute();
}

export async function insertSession(db: Db, s: SessionRow): Promise<void> {
  await db.insertInto('session').values(s).execute();
}

export async function touchSession(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function revokeSession(db: Db, id: string, accountId: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Revokes every live session of an account, except one if given; returns how many. */
export async function revokeSessions(db: Db, accountId: string, at: string, exceptId?: string): Promise<number> {
  let q = db
    .updateTable('session')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null);
  if (exceptId) q = q.where('id', '!=', exceptId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export const listLiveSessions = (db: Db, accountId: string, nowIso: string) =>
  db
    .selectFrom('session')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .orderBy('last_seen_at', 'desc')
    .limit(200)
    .execute();

export async function insertApiToken(db: Db, t: ApiTokenRow): Promise<void> {
  await db.insertInto('api_token').values(t).execute();
}

/** Token, account and person in one indexed read: this runs on every Bearer request. */
export const findTokenPrincipal = (db: Db, tokenHash: string) =>
  accountWithPerson(db)
    .innerJoin('api_token', 'api_token.account_id', 'account.id')
    .select([
      'api_token.id as token_id',
      'api_token.scope as token_scope',
      'api_token.expires_at as token_expires_at',
      'api_token.revoked_at as token_revoked_at',
      'api_token.last_used_at as token_last_used_at',
    ])
    .where('api_token.token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Session, account and person in one indexed read: this runs on every cookie request. */
export const findSessionPrincipal = (db: Db, tokenHash: string) =>
  accountWithPerson(db)
    .innerJoin('session', 'session.account_id', 'account.id')
    .select([
      'session.id as session_id',
      'session.expires_at as session_expires_at',
      'session.revoked_at as session_revoked_at',
      'session.last_seen_at as session_last_seen_at',
    ])
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst();

export const listApiTokens = (db: Db, accountId: string) =>
  db
    .selectFrom('api_token')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();

export async function revokeApiToken(
  db: Db,
  id: string,
  accountId: string,
  at: string,
): Promise<ApiTokenRow | undefined> {
  const row = await db
    .selectFrom('api_token')
    .selectAll()
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row || row.revoked_at) return row;
  await db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).execute();
  return { ...row, revoked_at: at };
}

export async function revokeApiTokens(db: Db, accountId: string, at: string): Promise<number> {
  const r = await db
    .updateTable('api_token')
    .set({ revoked_at: at })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function touchApiToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute();
}
