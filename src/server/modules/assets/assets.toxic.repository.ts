import { sql, type RawBuilder, type SqlBool, type Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ToxicRuleRow, ToxicRuleTable } from '../../db/schema.js';

// Toxic combinations and the people who hold both sides. Detection joins the entitlement table
// with itself on the person, one rule at a time, through the (asset, name, person) index.

export async function rules(db: Db, activeOnly = false): Promise<ToxicRuleRow[]> {
  let q = db.selectFrom('toxic_rule').selectAll();
  if (activeOnly) q = q.where('active', '=', 1);
  return q.orderBy('number').execute();
}

export async function findRule(db: Db, id: string): Promise<ToxicRuleRow | undefined> {
  return db.selectFrom('toxic_rule').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextRuleNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('toxic_rule')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertRule(db: Db, row: Omit<ToxicRuleTable, 'version' | 'active'> & { active: number }) {
  await db.insertInto('toxic_rule').values(row).execute();
}

export async function updateRule(
  db: Db,
  id: string,
  version: number,
  patch: Omit<Updateable<ToxicRuleTable>, 'id' | 'version'>,
) {
  const r = await db
    .updateTable('toxic_rule')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A side of a rule: an exact name, or a prefix when the pattern ends with '*'. */
function side(alias: 'l' | 'r', assetId: string, pattern: string): RawBuilder<SqlBool> {
  const col = (c: string) => sql.ref(`${alias}.${c}`);
  // A prefix is compared with substr, not LIKE: names may hold % and _, and case matters.
  const prefix = pattern.slice(0, -1);
  const name = pattern.endsWith('*')
    ? sql`substr(${col('name')}, 1, ${prefix.length}) = ${prefix}`
    : sql`${col('name')} = ${pattern}`;
  return sql<SqlBool>`(${col('asset_id')} = ${assetId} and ${name} and ${col('removed_at')} is null)`;
}

function pairs(db: Db, rule: ToxicRuleRow) {
  return db
    .selectFrom('entitlement as l')
    .innerJoin('entitlement as r', (j) => j.onRef('r.person_id', '=', 'l.person_id').onRef('r.id', '<>', 'l.id'))
    .where(side('l', rule.left_asset_id, rule.left_entitlement))
    .where(side('r', rule.right_asset_id, rule.right_entitlement))
    .where('l.person_id', 'is not', null);
}

/** How many people hold both sides of the rule now. */
export async function conflictCount(db: Db, rule: ToxicRuleRow): Promise<number> {
  const row = await pairs(db, rule)
    .select(sql<number>`count(distinct l.person_id)`.as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export type ConflictRow = {
  person_id: string;
  person_name: string;
  left_id: string;
  left_name: string;
  left_account: string;
  right_id: string;
  right_name: string;
  right_account: string;
};

/** Pairs for one rule ordered by (person, left, right), after a key. */
export async function conflicts(
  db: Db,
  rule: ToxicRuleRow,
  opts: { personId?: string; after?: { p: string; l: string; r: string }; limit: number },
): Promise<ConflictRow[]> {
  let q = pairs(db, rule)
    .innerJoin('person as p', 'p.id', 'l.person_id')
    .innerJoin('system_account as la', 'la.id', 'l.account_id')
    .innerJoin('system_account as ra', 'ra.id', 'r.account_id')
    .select([
      'l.person_id as person_id',
      'p.full_name as person_name',
      'l.id as left_id',
      'l.name as left_name',
      'la.name as left_account',
      'r.id as right_id',
      'r.name as right_name',
      'ra.name as right_account',
    ]);
  if (opts.personId) q = q.where('l.person_id', '=', opts.personId);
  const a = opts.after;
  if (a)
    q = q.where((eb) =>
      eb.or([
        eb('l.person_id', '>', a.p),
        eb.and([eb('l.person_id', '=', a.p), eb('l.id', '>', a.l)]),
        eb.and([eb('l.person_id', '=', a.p), eb('l.id', '=', a.l), eb('r.id', '>', a.r)]),
      ]),
    );
  return (await q.orderBy('l.person_id').orderBy('l.id').orderBy('r.id').limit(opts.limit).execute()) as ConflictRow[];
}

/** Entitlement ids on either side of a rule held by someone who holds both (to flag review items). */
export function toxicEntitlementIds(db: Db, rule: ToxicRuleRow) {
  return pairs(db, rule).select('l.id as id').union(pairs(db, rule).select('r.id as id'));
}
