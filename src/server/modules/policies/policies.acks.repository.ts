import { sql, type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database, PolicyAckTable } from '../../db/schema.js';

/**
 * Acknowledgements and audiences. A version's campaign is computed, not stored: the people in its
 * audience now (active, started, not left) left-joined to their acknowledgement of that version.
 * At 20,000 people this is one indexed pass over `person` with a primary-key probe per person.
 */

/** An audience resolved to what SQL needs: every unit id (the units below included) and role holders. */
export type ResolvedAudience = { everyone: boolean; unitIds: string[]; personIds: string[] };

type PersonEb = ExpressionBuilder<Database & { p: Database['person'] }, 'p'>;

function inAudience(eb: PersonEb, a: ResolvedAudience, today: string): Expression<SqlBool> {
  const base = [
    eb('p.status', '=', 'active'),
    eb.or([eb('p.start_date', 'is', null), eb('p.start_date', '<=', today)]),
    eb.or([eb('p.leave_date', 'is', null), eb('p.leave_date', '>', today)]),
  ];
  if (a.everyone) return eb.and(base);
  const who: Expression<SqlBool>[] = [];
  if (a.unitIds.length > 0) who.push(eb('p.org_unit_id', 'in', a.unitIds));
  if (a.personIds.length > 0) who.push(eb('p.id', 'in', a.personIds));
  if (who.length === 0) return sql<SqlBool>`1 = 0`;
  return eb.and([...base, eb.or(who)]);
}

export async function campaignTotals(
  db: Db,
  versionId: string,
  a: ResolvedAudience,
  today: string,
  overdueStartCutoff: string | null,
): Promise<{ audience: number; acknowledged: number; overdue: number }> {
  const row = await db
    .selectFrom('person as p')
    .leftJoin('policy_ack as k', (j) => j.onRef('k.person_id', '=', 'p.id').on('k.version_id', '=', versionId))
    .select((eb) => [
      eb.fn.countAll<number>().as('audience'),
      eb.fn.count<number>('k.person_id').as('acknowledged'),
      overdueStartCutoff === null
        ? sql<number>`0`.as('overdue')
        : sql<number>`sum(case when k.person_id is null and (p.start_date is null or p.start_date <= ${overdueStartCutoff}) then 1 else 0 end)`.as(
            'overdue',
          ),
    ])
    .where((eb) => inAudience(eb, a, today))
    .executeTakeFirst();
  return {
    audience: Number(row?.audience ?? 0),
    acknowledged: Number(row?.acknowledged ?? 0),
    overdue: Number(row?.overdue ?? 0),
  };
}

export async function campaignUnits(
  db: Db,
  versionId: string,
  a: ResolvedAudience,
  today: string,
): Promise<{ org_unit_id: string | null; name: string | null; audience: number; acknowledged: number }[]> {
  // Grouped by unit first, then named: the unit table is joined to the hundred-odd groups, not to
  // every person, and the scan needs no unit order.
  const rows = await db
    .selectFrom((qb) =>
      qb
        .selectFrom('person as p')
        .leftJoin('policy_ack as k', (j) => j.onRef('k.person_id', '=', 'p.id').on('k.version_id', '=', versionId))
        .select((eb) => [
          'p.org_unit_id',
          eb.fn.countAll<number>().as('audience'),
          eb.fn.count<number>('k.person_id').as('acknowledged'),
        ])
        .where((eb) => inAudience(eb, a, today))
        .groupBy('p.org_unit_id')
        .as('g'),
    )
    .leftJoin('org_unit as u', 'u.id', 'g.org_unit_id')
    .select(['g.org_unit_id', 'u.name', 'g.audience', 'g.acknowledged'])
    .execute();
  return rows.map((r) => ({ ...r, audience: Number(r.audience), acknowledged: Number(r.acknowledged) }));
}

export type CampaignPersonRow = {
  id: string;
  full_name: string;
  email: string;
  status: 'active' | 'leaver';
  employee_id: string | null;
  start_date: string | null;
  org_unit_id: string | null;
  unit_name: string | null;
  acknowledged_at: string | null;
  quiz_score: number | null;
};

export async function campaignPeople(
  db: Db,
  versionId: string,
  a: ResolvedAudience,
  today: string,
  f: { state: 'pending' | 'acknowledged' | 'all'; orgUnitId?: string; q?: string },
  after: { name: string; id: string } | undefined,
  limit: number,
): Promise<CampaignPersonRow[]> {
  let q = db
    .selectFrom('person as p')
    .leftJoin('policy_ack as k', (j) => j.onRef('k.person_id', '=', 'p.id').on('k.version_id', '=', versionId))
    .leftJoin('org_unit as u', 'u.id', 'p.org_unit_id')
    .select([
      'p.id',
      'p.full_name',
      'p.email',
      'p.status',
      'p.employee_id',
      'p.start_date',
      'p.org_unit_id',
      'u.name as unit_name',
      'k.acknowledged_at',
      'k.quiz_score',
    ])
    .where((eb) => inAudience(eb, a, today));
  if (f.state === 'pending') q = q.where('k.person_id', 'is', null);
  if (f.state === 'acknowledged') q = q.where('k.person_id', 'is not', null);
  if (f.orgUnitId) q = q.where('p.org_unit_id', '=', f.orgUnitId);
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(p.full_name)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(p.email)`, 'like', sql`${like} escape '\\'`),
        eb(sql`lower(p.employee_id)`, 'like', sql`${like} escape '\\'`),
      ]),
    );
  }
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('p.full_name', '>', after.name),
        eb.and([eb('p.full_name', '=', after.name), eb('p.id', '>', after.id)]),
      ]),
    );
  return q.orderBy('p.full_name').orderBy('p.id').limit(limit).execute();
}

/**
 * People in the audience who have not acknowledged, by id after `afterId`, whose start date is on
 * or before `startedBy` (the reminder scan narrows by due date this way).
 */
export async function pendingByPersonId(
  db: Db,
  versionId: string,
  a: ResolvedAudience,
  today: string,
  startedBy: string,
  afterId: string | undefined,
  limit: number,
): Promise<{ id: string; start_date: string | null }[]> {
  let q = db
    .selectFrom('person as p')
    .leftJoin('policy_ack as k', (j) => j.onRef('k.person_id', '=', 'p.id').on('k.version_id', '=', versionId))
    .select(['p.id', 'p.start_date'])
    .where((eb) => inAudience(eb, a, today))
    .where('k.person_id', 'is', null)
    .where((eb) => eb.or([eb('p.start_date', 'is', null), eb('p.start_date', '<=', startedBy)]));
  if (afterId) q = q.where('p.id', '>', afterId);
  return q.orderBy('p.id').limit(limit).execute();
}

export type PersonFacts = {
  id: string;
  status: 'active' | 'leaver';
  org_unit_id: string | null;
  start_date: string | null;
  leave_date: string | null;
};

export async function personFacts(db: Db, personId: string): Promise<PersonFacts | undefined> {
  return db
    .selectFrom('person')
    .select(['id', 'status', 'org_unit_id', 'start_date', 'leave_date'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** A person's acknowledgements of versions of the given policies (for "Policies to read"). */
export async function acksOfPersonForPolicies(
  db: Db,
  personId: string,
  policyIds: string[],
): Promise<{ version_id: string; policy_id: string; number: number; acknowledged_at: string }[]> {
  if (policyIds.length === 0) return [];
  return db
    .selectFrom('policy_ack as k')
    .innerJoin('policy_version as v', 'v.id', 'k.version_id')
    .select(['k.version_id', 'v.policy_id', 'v.number', 'k.acknowledged_at'])
    .where('k.person_id', '=', personId)
    .where('v.policy_id', 'in', policyIds)
    .execute();
}

export async function findAck(db: Db, versionId: string, personId: string): Promise<PolicyAckTable | undefined> {
  return db
    .selectFrom('policy_ack')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function insertAck(db: Db, row: PolicyAckTable): Promise<void> {
  await db.insertInto('policy_ack').values(row).execute();
}

/** One person's acknowledgements, newest first (the person page, and evidence of who read what). */
export async function listPersonAcks(
  db: Db,
  personId: string,
  after: { at: string; v: string } | undefined,
  limit: number,
): Promise<
  {
    version_id: string;
    acknowledged_at: string;
    quiz_score: number | null;
    number: number;
    policy_id: string;
    reference: string;
    title: string;
  }[]
> {
  let q = db
    .selectFrom('policy_ack as k')
    .innerJoin('policy_version as v', 'v.id', 'k.version_id')
    .innerJoin('policy as pol', 'pol.id', 'v.policy_id')
    .select([
      'k.version_id',
      'k.acknowledged_at',
      'k.quiz_score',
      'v.number',
      'v.policy_id',
      'pol.reference',
      'v.title',
    ])
    .where('k.person_id', '=', personId);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('k.acknowledged_at', '<', after.at),
        eb.and([eb('k.acknowledged_at', '=', after.at), eb('k.version_id', '<', after.v)]),
      ]),
    );
  return q.orderBy('k.acknowledged_at', 'desc').orderBy('k.version_id', 'desc').limit(limit).execute();
}
