import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  CorrectiveActionRow,
  CorrectiveActionTable,
  Database,
  NcVerificationRow,
  NcVerificationTable,
  NonconformityRow,
  NonconformityTable,
} from '../../db/schema.js';

// Nonconformities, their corrective actions and verifications (10.2). Owners are not columns:
// they are ledger assignments (nonconformity_owner, action_owner), read here only as subqueries
// so that lists filter and page in SQL.

export const NC_OWNER = 'nonconformity_owner';
export const ACTION_OWNER = 'action_owner';

const chunks = <T>(xs: T[], n = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/** A nonconformity with the audit and checklist item it was raised from. */
export type NcView = NonconformityRow & {
  audit_reference: string | null;
  item_code: string | null;
  item_title: string | null;
};

const views = (db: Db) =>
  db
    .selectFrom('nonconformity as n')
    .leftJoin('audit as au', 'au.id', 'n.audit_id')
    .leftJoin('audit_item as it', 'it.id', 'n.audit_item_id')
    .selectAll('n')
    .select(['au.reference as audit_reference', 'it.code as item_code', 'it.title as item_title']);

// Numbers ----------------------------------------------------------------------------------------

export async function nextNcNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('nonconformity')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function nextActionNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('corrective_action')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

// Nonconformities --------------------------------------------------------------------------------

export async function insertNc(db: Db, row: Insertable<NonconformityTable>): Promise<void> {
  await db.insertInto('nonconformity').values(row).execute();
}

export async function findNc(db: Db, id: string): Promise<NcView | undefined> {
  return views(db).where('n.id', '=', id).executeTakeFirst();
}

export async function findNcOfItem(db: Db, itemId: string): Promise<NonconformityRow | undefined> {
  return db.selectFrom('nonconformity').selectAll().where('audit_item_id', '=', itemId).executeTakeFirst();
}

/** Optimistic update: false when the version moved on. */
export async function updateNc(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<NonconformityRow, 'id' | 'number' | 'reference' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('nonconformity')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type NcStatusFilter = 'open' | 'action' | 'verification' | 'closed' | 'unclosed';

/** A list filter with owners already resolved: a person id, or 'none' for NCs nobody owns. */
export type NcFilter = {
  now: string;
  status?: NcStatusFilter;
  severity?: string;
  source?: string;
  owner?: string;
  auditId?: string;
  q?: string;
  ids?: string[];
};
export type NcSort = 'raised' | 'age' | 'reference' | 'severity';
/** Keyset position: `n` a rank or the number, `v` raised_at, `i` the id (see orderOf). */
export type NcCursor = { n: number; v: string; i: string };

type Eb = ExpressionBuilder<Database & { n: Database['nonconformity'] }, 'n'>;

/** Ids of objects of `scopeType` with a current holder of `roleKey` (optionally one person). */
const heldScopes = (eb: Eb, roleKey: string, scopeType: string, now: string, personId?: string) => {
  let q = eb
    .selectFrom('assignment as x')
    .select('x.scope_id')
    .where('x.role_key', '=', roleKey)
    .where('x.scope_type', '=', scopeType)
    .where('x.kind', '=', 'holder')
    .where('x.scope_id', 'is not', null)
    .where('x.valid_from', '<=', now)
    .where((w) => w.or([w('x.valid_to', 'is', null), w('x.valid_to', '>', now)]));
  if (personId !== undefined) q = q.where('x.person_id', '=', personId);
  return q;
};

function where(eb: Eb, f: NcFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.status === 'unclosed') all.push(eb('n.status', '!=', 'closed'));
  else if (f.status) all.push(eb('n.status', '=', f.status));
  if (f.severity) all.push(eb('n.severity', '=', f.severity));
  if (f.source) all.push(eb('n.source', '=', f.source));
  if (f.auditId) all.push(eb('n.audit_id', '=', f.auditId));
  if (f.ids) all.push(f.ids.length > 0 ? eb('n.id', 'in', f.ids) : sql<SqlBool>`1 = 0`);
  if (f.owner === 'none') all.push(eb('n.id', 'not in', heldScopes(eb, NC_OWNER, 'nonconformity', f.now)));
  else if (f.owner !== undefined) all.push(eb('n.id', 'in', heldScopes(eb, NC_OWNER, 'nonconformity', f.now, f.owner)));
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    all.push(
      eb.or(['n.reference', 'n.title'].map((c) => eb(sql`lower(${sql.ref(c)})`, 'like', sql`${like} escape '\\'`))),
    );
  }
  return all.length > 0 ? eb.and(all) : sql<SqlBool>`1 = 1`;
}

/**
 * How each sort orders and where its keyset continues. raised: newest first. age: unclosed NCs
 * before closed ones, each oldest first (the age of a closed NC stopped growing; SQL cannot
 * compute days dialect-neutrally, and raising order is the age order among unclosed ones).
 * severity: major first, then newest first. reference: by number.
 */
const rankOf = (sort: NcSort) =>
  sort === 'age'
    ? sql<number>`case when ${sql.ref('n.status')} = 'closed' then 1 else 0 end`
    : sql<number>`case when ${sql.ref('n.severity')} = 'major' then 0 else 1 end`;

function after(eb: Eb, sort: NcSort, c: NcCursor): Expression<SqlBool> {
  if (sort === 'reference') return eb('n.number', '>', c.n);
  const op = sort === 'age' ? '>' : '<';
  const tail = eb.or([eb('n.raised_at', op, c.v), eb.and([eb('n.raised_at', '=', c.v), eb('n.id', op, c.i)])]);
  if (sort === 'raised') return tail;
  const rank = rankOf(sort);
  return eb.or([eb(rank, '>', c.n), eb.and([eb(rank, '=', c.n), tail])]);
}

/** One keyset page of nonconformities (limit + 1 rows tells the caller there are more). */
export async function listNcs(
  db: Db,
  f: NcFilter,
  sort: NcSort,
  cursor: NcCursor | undefined,
  limit: number,
): Promise<NcView[]> {
  let q = views(db).where((eb) => where(eb as unknown as Eb, f));
  if (cursor) q = q.where((eb) => after(eb as unknown as Eb, sort, cursor));
  if (sort === 'reference') q = q.orderBy('n.number');
  else {
    const dir = sort === 'age' ? 'asc' : 'desc';
    if (sort !== 'raised') q = q.orderBy(rankOf(sort));
    q = q.orderBy('n.raised_at', dir).orderBy('n.id', dir);
  }
  return q.limit(limit).execute();
}

/** The cursor that continues after `r` in `sort`. */
export function cursorOf(r: NonconformityRow, sort: NcSort): NcCursor {
  const n =
    sort === 'reference'
      ? r.number
      : sort === 'age'
        ? r.status === 'closed'
          ? 1
          : 0
        : sort === 'severity'
          ? r.severity === 'major'
            ? 0
            : 1
          : 0;
  return { n, v: r.raised_at, i: r.id };
}

/** Every nonconformity matching the filter, in reference order (exports, ageing, duties). */
export async function allNcs(db: Db, f: NcFilter): Promise<NcView[]> {
  return views(db)
    .where((eb) => where(eb as unknown as Eb, f))
    .orderBy('n.number')
    .execute();
}

export async function ncsOfItems(
  db: Db,
  itemIds: string[],
): Promise<{ id: string; reference: string; status: string; audit_item_id: string | null }[]> {
  const out: { id: string; reference: string; status: string; audit_item_id: string | null }[] = [];
  for (const part of chunks([...new Set(itemIds)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('nonconformity')
          .select(['id', 'reference', 'status', 'audit_item_id'])
          .where('audit_item_id', 'in', part)
          .execute()),
      );
  return out;
}

export async function ncsOfAudit(db: Db, auditId: string): Promise<NonconformityRow[]> {
  return db.selectFrom('nonconformity').selectAll().where('audit_id', '=', auditId).orderBy('number').execute();
}

/** "NC-0001 Title" labels for the ledger. */
export async function ncLabels(db: Db, ids: string[]): Promise<{ id: string; reference: string; title: string }[]> {
  const out: { id: string; reference: string; title: string }[] = [];
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('nonconformity')
          .select(['id', 'reference', 'title'])
          .where('id', 'in', part)
          .execute()),
      );
  return out;
}

// Corrective actions -----------------------------------------------------------------------------

export async function insertAction(db: Db, row: Insertable<CorrectiveActionTable>): Promise<void> {
  await db.insertInto('corrective_action').values(row).execute();
}

export async function findAction(db: Db, id: string): Promise<CorrectiveActionRow | undefined> {
  return db.selectFrom('corrective_action').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAction(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<CorrectiveActionRow, 'id' | 'number' | 'reference' | 'nc_id' | 'version'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('corrective_action')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The actions of the nonconformities, in reference order. */
export async function actionsOf(db: Db, ncIds: string[]): Promise<CorrectiveActionRow[]> {
  const out: CorrectiveActionRow[] = [];
  for (const part of chunks([...new Set(ncIds)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('corrective_action')
          .selectAll()
          .where('nc_id', 'in', part)
          .orderBy('number')
          .execute()),
      );
  return out.sort((a, b) => a.number - b.number);
}

export type OpenAction = CorrectiveActionRow & { nc_reference: string };

/** Open actions: all, those with the ids given (the ones a person owns), or those due by a day. */
export async function openActions(db: Db, opts: { ids?: string[]; dueBy?: string } = {}): Promise<OpenAction[]> {
  if (opts.ids && opts.ids.length === 0) return [];
  const parts = opts.ids ? chunks([...new Set(opts.ids)]) : [undefined];
  const out: OpenAction[] = [];
  for (const part of parts) {
    let q = db
      .selectFrom('corrective_action as a')
      .innerJoin('nonconformity as n', 'n.id', 'a.nc_id')
      .selectAll('a')
      .select('n.reference as nc_reference')
      .where('a.status', '=', 'open');
    if (part) q = q.where('a.id', 'in', part);
    if (opts.dueBy) q = q.where('a.due_date', '<=', opts.dueBy);
    out.push(...(await q.orderBy('a.number').execute()));
  }
  return out;
}

export async function actionLabels(db: Db, ids: string[]): Promise<{ id: string; reference: string; title: string }[]> {
  const out: { id: string; reference: string; title: string }[] = [];
  for (const part of chunks([...new Set(ids)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('corrective_action')
          .select(['id', 'reference', 'title'])
          .where('id', 'in', part)
          .execute()),
      );
  return out;
}

// Verifications ----------------------------------------------------------------------------------

export async function insertVerification(db: Db, row: NcVerificationTable): Promise<void> {
  await db.insertInto('nc_verification').values(row).execute();
}

export async function verificationsOf(db: Db, ncIds: string[]): Promise<NcVerificationRow[]> {
  const out: NcVerificationRow[] = [];
  for (const part of chunks([...new Set(ncIds)]))
    if (part.length)
      out.push(
        ...(await db
          .selectFrom('nc_verification')
          .selectAll()
          .where('nc_id', 'in', part)
          .orderBy('verified_at')
          .orderBy('id')
          .execute()),
      );
  return out;
}

// Ledger and people (read only) ------------------------------------------------------------------

/** Current holders of an owner role for the given objects, with their assignment ids. */
export async function holdersOf(
  db: Db,
  roleKey: string,
  scopeType: string,
  scopeIds: string[],
  at: string,
): Promise<{ id: string; person_id: string; scope_id: string }[]> {
  const out: { id: string; person_id: string; scope_id: string }[] = [];
  for (const part of chunks([...new Set(scopeIds)]))
    if (part.length)
      for (const r of await db
        .selectFrom('assignment')
        .select(['id', 'person_id', 'scope_id'])
        .where('role_key', '=', roleKey)
        .where('scope_type', '=', scopeType)
        .where('scope_id', 'in', part)
        .where('kind', '=', 'holder')
        .where('valid_from', '<=', at)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', at)]))
        .orderBy('valid_from')
        .execute())
        if (r.scope_id !== null) out.push({ id: r.id, person_id: r.person_id, scope_id: r.scope_id });
  return out;
}

export async function personNames(db: Db, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wanted = [...new Set(ids.filter((x): x is string => typeof x === 'string'))];
  for (const part of chunks(wanted))
    if (part.length)
      for (const r of await db.selectFrom('person').select(['id', 'full_name']).where('id', 'in', part).execute())
        out.set(r.id, r.full_name);
  return out;
}
