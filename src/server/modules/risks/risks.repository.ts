import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.js';
import type {
  Database,
  RiskAcceptanceTable,
  RiskActionTable,
  RiskAssessmentTable,
  RiskMethodTable,
  RiskTable,
  RiskUpdateTable,
  RiskViewTable,
} from '../../db/schema.js';

export type RiskRow = RiskTable;

// Method ---------------------------------------------------------------------------------------

export async function currentMethod(db: Db): Promise<RiskMethodTable | undefined> {
  return db.selectFrom('risk_method').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function methodVersions(db: Db, versions: number[]): Promise<RiskMethodTable[]> {
  if (versions.length === 0) return [];
  return db.selectFrom('risk_method').selectAll().where('version', 'in', versions).execute();
}

export async function listMethods(
  db: Db,
  beforeVersion: number | undefined,
  limit: number,
): Promise<RiskMethodTable[]> {
  let q = db.selectFrom('risk_method').selectAll();
  if (beforeVersion !== undefined) q = q.where('version', '<', beforeVersion);
  return q.orderBy('version', 'desc').limit(limit).execute();
}

export async function insertMethod(db: Db, row: RiskMethodTable): Promise<void> {
  await db.insertInto('risk_method').values(row).execute();
}

// Register -------------------------------------------------------------------------------------

/** A register filter resolved to what SQL needs (owners and unit subtrees already worked out). */
export type RiskFilter = {
  q?: string;
  status?: 'identified' | 'assessed' | 'treatment' | 'accepted' | 'closed';
  category?: string;
  unitIds?: string[];
  owner?: { personId: string; units: string[]; unownedUnits: string[] | null };
  aboveScore?: number;
  atMostScore?: number;
  assessmentOverdueAt?: string;
  notOverdueAt?: string;
  scoreRange?: { min: number; max: number };
  cell?: { basis: 'inherent' | 'residual'; likelihood: number; impact: number };
  now: string;
};

type Eb = ExpressionBuilder<Database & { r: Database['risk'] }, 'r'>;

/** Risk ids a person holds the risk_owner role for directly (read from the ledger's table). */
const directOwned = (eb: Eb, now: string, personId: string, mine: boolean) =>
  eb
    .selectFrom('assignment as a')
    .select('a.scope_id')
    .where('a.role_key', '=', 'risk_owner')
    .where('a.scope_type', '=', 'risk')
    .where('a.kind', '=', 'holder')
    .where('a.valid_from', '<=', now)
    .where((w) => w.or([w('a.valid_to', 'is', null), w('a.valid_to', '>', now)]))
    .where('a.person_id', mine ? '=' : '!=', personId);

function where(eb: Eb, f: RiskFilter): Expression<SqlBool> {
  const all: Expression<SqlBool>[] = [];
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    all.push(
      eb.or(
        ['r.reference', 'r.title', 'r.threat', 'r.vulnerability'].map((c) =>
          eb(sql`lower(${sql.ref(c)})`, 'like', sql`${like} escape '\\'`),
        ),
      ),
    );
  }
  const open = eb('r.closed_at', 'is', null);
  const accepted = eb.and([open, eb('r.accepted_until', '>', f.now)]);
  const notAccepted = eb.or([eb('r.accepted_until', 'is', null), eb('r.accepted_until', '<=', f.now)]);
  switch (f.status) {
    case 'closed':
      all.push(eb('r.closed_at', 'is not', null));
      break;
    case 'accepted':
      all.push(accepted);
      break;
    case 'treatment':
      all.push(open, notAccepted, eb('r.treatment_option', 'is not', null));
      break;
    case 'assessed':
      all.push(open, notAccepted, eb('r.treatment_option', 'is', null), eb('r.assessed_at', 'is not', null));
      break;
    case 'identified':
      all.push(open, notAccepted, eb('r.treatment_option', 'is', null), eb('r.assessed_at', 'is', null));
      break;
    case undefined:
      break;
  }
  if (f.category) all.push(eb('r.category', '=', f.category));
  if (f.unitIds) all.push(f.unitIds.length > 0 ? eb('r.org_unit_id', 'in', f.unitIds) : sql<SqlBool>`1 = 0`);
  if (f.owner) {
    const o = f.owner;
    const inherited: Expression<SqlBool>[] = [];
    if (o.units.length > 0) inherited.push(eb('r.org_unit_id', 'in', o.units));
    if (o.unownedUnits !== null) {
      inherited.push(eb('r.org_unit_id', 'is', null));
      if (o.unownedUnits.length > 0) inherited.push(eb('r.org_unit_id', 'in', o.unownedUnits));
    }
    const mine = eb('r.id', 'in', directOwned(eb, f.now, o.personId, true));
    all.push(
      inherited.length === 0
        ? mine
        : eb.or([mine, eb.and([eb.or(inherited), eb('r.id', 'not in', directOwned(eb, f.now, o.personId, false))])]),
    );
  }
  if (f.aboveScore !== undefined) all.push(eb('r.residual_score', '>', f.aboveScore));
  if (f.atMostScore !== undefined) all.push(eb('r.residual_score', '<=', f.atMostScore));
  if (f.assessmentOverdueAt) all.push(open, eb('r.next_assessment_at', '<', f.assessmentOverdueAt));
  if (f.notOverdueAt)
    all.push(eb.or([eb('r.next_assessment_at', 'is', null), eb('r.next_assessment_at', '>=', f.notOverdueAt)]));
  if (f.scoreRange)
    all.push(eb('r.residual_score', '>=', f.scoreRange.min), eb('r.residual_score', '<=', f.scoreRange.max));
  if (f.cell) {
    const l = f.cell.basis === 'inherent' ? 'r.inherent_likelihood' : 'r.residual_likelihood';
    const i = f.cell.basis === 'inherent' ? 'r.inherent_impact' : 'r.residual_impact';
    all.push(eb(l, '=', f.cell.likelihood), eb(i, '=', f.cell.impact));
  }
  return all.length > 0 ? eb.and(all) : sql<SqlBool>`1 = 1`;
}

export type RiskSort =
  'reference' | '-reference' | 'title' | '-residual' | 'residual' | '-inherent' | 'inherent' | 'next_assessment';

/** The sort key of a row: a value (number or text, never null) and the number as tie-breaker. */
const SORTS: Record<RiskSort, { expr: string; dir: 'asc' | 'desc'; kind: 'number' | 'string' }> = {
  reference: { expr: 'r.number', dir: 'asc', kind: 'number' },
  '-reference': { expr: '-r.number', dir: 'asc', kind: 'number' },
  title: { expr: 'r.title', dir: 'asc', kind: 'string' },
  '-residual': { expr: 'coalesce(r.residual_score, -1)', dir: 'desc', kind: 'number' },
  residual: { expr: 'coalesce(r.residual_score, 999)', dir: 'asc', kind: 'number' },
  '-inherent': { expr: 'coalesce(r.inherent_score, -1)', dir: 'desc', kind: 'number' },
  inherent: { expr: 'coalesce(r.inherent_score, 999)', dir: 'asc', kind: 'number' },
  next_assessment: { expr: "coalesce(r.next_assessment_at, '9999')", dir: 'asc', kind: 'string' },
};

export type RiskListRow = RiskRow & { unit_name: string | null; sort_key: string | number };

export async function listRisks(
  db: Db,
  f: RiskFilter,
  sort: RiskSort,
  after: { k: string | number; n: number } | undefined,
  limit: number,
): Promise<RiskListRow[]> {
  const s = SORTS[sort];
  const key = sql.raw(s.expr);
  let q = db
    .selectFrom('risk as r')
    .leftJoin('org_unit as u', 'u.id', 'r.org_unit_id')
    .selectAll('r')
    .select(['u.name as unit_name', sql<string | number>`${key}`.as('sort_key')])
    .where((eb) => where(eb, f));
  if (after) {
    const cmp = s.dir === 'asc' ? '>' : '<';
    q = q.where(
      // Ties go by reference number, always ascending, whichever way the key sorts.
      sql<SqlBool>`(${key} ${sql.raw(cmp)} ${after.k} or (${key} = ${after.k} and r.number > ${after.n}))`,
    );
  }
  return q
    .orderBy(sql`${key} ${sql.raw(s.dir)}`)
    .orderBy('r.number', 'asc')
    .limit(limit)
    .execute();
}

export const sortKind = (sort: RiskSort) => SORTS[sort].kind;

export async function countRisks(db: Db, f: RiskFilter): Promise<number> {
  const row = await db
    .selectFrom('risk as r')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => where(eb, f))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function heatCells(
  db: Db,
  f: RiskFilter,
  basis: 'inherent' | 'residual',
): Promise<{ likelihood: number | null; impact: number | null; n: number }[]> {
  const l = basis === 'inherent' ? 'r.inherent_likelihood' : 'r.residual_likelihood';
  const i = basis === 'inherent' ? 'r.inherent_impact' : 'r.residual_impact';
  const rows = await db
    .selectFrom('risk as r')
    .select((eb) => [
      sql.ref<number | null>(l).as('likelihood'),
      sql.ref<number | null>(i).as('impact'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where((eb) => where(eb, f))
    .where('r.closed_at', 'is', null)
    .groupBy([l, i])
    .execute();
  return rows.map((r) => ({ likelihood: r.likelihood, impact: r.impact, n: Number(r.n) }));
}

/** Compact rows of every risk the filter matches, for breakdowns by owner (owners resolve in memory). */
export async function compactRisks(
  db: Db,
  f: RiskFilter,
): Promise<
  {
    id: string;
    org_unit_id: string | null;
    residual_score: number | null;
    assessed_at: string | null;
    next_assessment_at: string | null;
    closed_at: string | null;
  }[]
> {
  return db
    .selectFrom('risk as r')
    .select(['r.id', 'r.org_unit_id', 'r.residual_score', 'r.assessed_at', 'r.next_assessment_at', 'r.closed_at'])
    .where((eb) => where(eb, f))
    .execute();
}

export async function findRisk(db: Db, id: string): Promise<(RiskRow & { unit_name: string | null }) | undefined> {
  return db
    .selectFrom('risk as r')
    .leftJoin('org_unit as u', 'u.id', 'r.org_unit_id')
    .selectAll('r')
    .select('u.name as unit_name')
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function nextRiskNumber(db: Db): Promise<number> {
  const row = await db
    .selectFrom('risk')
    .select((eb) => eb.fn.max('number').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertRisk(db: Db, row: RiskRow): Promise<void> {
  await db.insertInto('risk').values(row).execute();
}

export async function updateRisk(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<RiskRow, 'id' | 'version' | 'number' | 'reference'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('risk')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function riskLabels(db: Db, ids: string[]): Promise<{ id: string; reference: string; title: string }[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('risk').select(['id', 'reference', 'title']).where('id', 'in', ids).execute();
}

export async function openRiskLabels(
  db: Db,
): Promise<{ id: string; reference: string; title: string; org_unit_id: string | null }[]> {
  return db
    .selectFrom('risk')
    .select(['id', 'reference', 'title', 'org_unit_id'])
    .where('closed_at', 'is', null)
    .orderBy('number')
    .execute();
}

export async function categories(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('risk').select('category').distinct().orderBy('category').limit(500).execute();
  return rows.map((r) => r.category);
}

// Assessments ----------------------------------------------------------------------------------

export async function insertAssessment(db: Db, row: RiskAssessmentTable): Promise<void> {
  await db.insertInto('risk_assessment').values(row).execute();
}

export async function listAssessments(
  db: Db,
  riskId: string,
  after: { at: string; id: string } | undefined,
  limit: number,
): Promise<RiskAssessmentTable[]> {
  let q = db.selectFrom('risk_assessment').selectAll().where('risk_id', '=', riskId);
  if (after)
    q = q.where((eb) =>
      eb.or([eb('assessed_at', '<', after.at), eb.and([eb('assessed_at', '=', after.at), eb('id', '<', after.id)])]),
    );
  return q.orderBy('assessed_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

// Actions --------------------------------------------------------------------------------------

export async function actionsOf(db: Db, riskId: string): Promise<RiskActionTable[]> {
  return db
    .selectFrom('risk_action')
    .selectAll()
    .where('risk_id', '=', riskId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findAction(db: Db, riskId: string, id: string): Promise<RiskActionTable | undefined> {
  return db.selectFrom('risk_action').selectAll().where('id', '=', id).where('risk_id', '=', riskId).executeTakeFirst();
}

export async function insertAction(db: Db, row: RiskActionTable): Promise<void> {
  await db.insertInto('risk_action').values(row).execute();
}

export async function updateAction(
  db: Db,
  id: string,
  version: number,
  patch: Partial<Omit<RiskActionTable, 'id' | 'risk_id' | 'version'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('risk_action')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteAction(db: Db, id: string): Promise<void> {
  await db.deleteFrom('risk_action').where('id', '=', id).execute();
}

export type ActionWithRisk = RiskActionTable & { reference: string; risk_title: string };

/** Actions across risks: open ones (optionally overdue before a day, or of one owner), by due date. */
export async function listActions(
  db: Db,
  f: { status: 'open' | 'done' | 'all'; dueBefore?: string; notDueBefore?: string; ownerPersonId?: string },
  after: { d: string; id: string } | undefined,
  limit: number,
): Promise<ActionWithRisk[]> {
  const due = sql<string>`coalesce(x.due_date, '9999-12-31')`;
  let q = db
    .selectFrom('risk_action as x')
    .innerJoin('risk as r', 'r.id', 'x.risk_id')
    .selectAll('x')
    .select(['r.reference', 'r.title as risk_title'])
    .where('r.closed_at', 'is', null);
  if (f.status === 'open') q = q.where('x.status', 'in', ['planned', 'in_progress']);
  if (f.status === 'done') q = q.where('x.status', '=', 'done');
  if (f.dueBefore) q = q.where('x.due_date', '<', f.dueBefore);
  if (f.notDueBefore)
    q = q.where((eb) => eb.or([eb('x.due_date', 'is', null), eb('x.due_date', '>=', f.notDueBefore!)]));
  if (f.ownerPersonId) q = q.where('x.owner_person_id', '=', f.ownerPersonId);
  if (after) q = q.where(sql<SqlBool>`(${due} > ${after.d} or (${due} = ${after.d} and x.id > ${after.id}))`);
  return q.orderBy(due).orderBy('x.id').limit(limit).execute();
}

export async function overdueActionCounts(
  db: Db,
  today: string,
): Promise<{ risk_id: string; owner_person_id: string | null; n: number }[]> {
  const rows = await db
    .selectFrom('risk_action as x')
    .innerJoin('risk as r', 'r.id', 'x.risk_id')
    .select((eb) => ['x.risk_id', 'x.owner_person_id', eb.fn.countAll<number>().as('n')])
    .where('r.closed_at', 'is', null)
    .where('x.status', 'in', ['planned', 'in_progress'])
    .where('x.due_date', '<', today)
    .groupBy(['x.risk_id', 'x.owner_person_id'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

/** Whether the person owns an action on the risk (they may read the risk to do it). */
export async function ownsActionOn(db: Db, riskId: string, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('risk_action')
    .select('id')
    .where('risk_id', '=', riskId)
    .where('owner_person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

// Acceptances ----------------------------------------------------------------------------------

export async function insertAcceptance(db: Db, row: RiskAcceptanceTable): Promise<void> {
  await db.insertInto('risk_acceptance').values(row).execute();
}

export async function latestAcceptance(db: Db, riskId: string): Promise<RiskAcceptanceTable | undefined> {
  return db
    .selectFrom('risk_acceptance')
    .selectAll()
    .where('risk_id', '=', riskId)
    .orderBy('accepted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Acceptances whose expiry comes before a moment and that nothing has replaced (their duty: accept again). */
export async function acceptancesExpiringBefore(
  db: Db,
  before: string,
): Promise<(RiskAcceptanceTable & { reference: string; title: string; org_unit_id: string | null })[]> {
  return db
    .selectFrom('risk_acceptance as k')
    .innerJoin('risk as r', 'r.id', 'k.risk_id')
    .selectAll('k')
    .select(['r.reference', 'r.title', 'r.org_unit_id'])
    .where('r.closed_at', 'is', null)
    .where('k.revoked_at', 'is', null)
    .where('k.expires_at', '<', before)
    .whereRef('k.expires_at', '=', 'r.accepted_until')
    .execute();
}

// Updates and views ----------------------------------------------------------------------------

export async function insertUpdate(db: Db, row: RiskUpdateTable): Promise<void> {
  await db.insertInto('risk_update').values(row).execute();
}

export type UpdateRow = RiskUpdateTable & { full_name: string; reference: string; title: string };

export async function listUpdates(
  db: Db,
  f: { riskId?: string; kind?: 'status' | 'concern' },
  beforeId: string | undefined,
  limit: number,
): Promise<UpdateRow[]> {
  let q = db
    .selectFrom('risk_update as x')
    .innerJoin('person as p', 'p.id', 'x.person_id')
    .innerJoin('risk as r', 'r.id', 'x.risk_id')
    .selectAll('x')
    .select(['p.full_name', 'r.reference', 'r.title']);
  if (f.riskId) q = q.where('x.risk_id', '=', f.riskId);
  if (f.kind) q = q.where('x.kind', '=', f.kind);
  if (beforeId) q = q.where('x.id', '<', beforeId);
  return q.orderBy('x.id', 'desc').limit(limit).execute();
}

export async function findUpdate(db: Db, id: string): Promise<UpdateRow | undefined> {
  return db
    .selectFrom('risk_update as x')
    .innerJoin('person as p', 'p.id', 'x.person_id')
    .innerJoin('risk as r', 'r.id', 'x.risk_id')
    .selectAll('x')
    .select(['p.full_name', 'r.reference', 'r.title'])
    .where('x.id', '=', id)
    .executeTakeFirst();
}

export async function viewsOf(db: Db, personId: string): Promise<RiskViewTable[]> {
  return db.selectFrom('risk_view').selectAll().where('person_id', '=', personId).orderBy('name').execute();
}

export async function insertView(db: Db, row: RiskViewTable): Promise<void> {
  await db.insertInto('risk_view').values(row).execute();
}

export async function deleteView(db: Db, personId: string, id: string): Promise<boolean> {
  const res = await db
    .deleteFrom('risk_view')
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

// Names ----------------------------------------------------------------------------------------

export async function orgUnits(
  db: Db,
): Promise<{ id: string; name: string; code: string; parent_id: string | null }[]> {
  return db.selectFrom('org_unit').select(['id', 'name', 'code', 'parent_id']).execute();
}

export async function personNames(db: Db, ids: string[]): Promise<{ id: string; full_name: string; status: string }[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db.selectFrom('person').select(['id', 'full_name', 'status']).where('id', 'in', unique).execute();
}

export async function roleNames(db: Db, keys: string[]): Promise<{ key: string; name: string }[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('role').select(['key', 'name']).where('key', 'in', keys).execute();
}

export async function personIdsByEmail(db: Db, emails: string[]): Promise<Map<string, { id: string; status: string }>> {
  const out = new Map<string, { id: string; status: string }>();
  for (let i = 0; i < emails.length; i += 500) {
    const rows = await db
      .selectFrom('person')
      .select(['id', 'email', 'status'])
      .where('email', 'in', emails.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.email.toLowerCase(), { id: r.id, status: r.status });
  }
  return out;
}

/** Open risks needing an assessment by `before` (due for reassessment, or never assessed since before `createdBefore`). */
export async function dueForAssessment(
  db: Db,
  f: RiskFilter,
  before: string,
  createdBefore: string,
  afterId: string | undefined,
  limit: number,
): Promise<RiskRow[]> {
  let q = db
    .selectFrom('risk as r')
    .selectAll('r')
    .where((eb) => where(eb, f))
    .where('r.closed_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('r.next_assessment_at', '<', before),
        eb.and([eb('r.assessed_at', 'is', null), eb('r.created_at', '<', createdBefore)]),
      ]),
    );
  if (afterId) q = q.where('r.id', '>', afterId);
  return q.orderBy('r.id').limit(limit).execute();
}

/** Open risks whose treatment plan changed since its last approval (or was never approved). */
export async function plansAwaitingApproval(
  db: Db,
  f: RiskFilter,
  afterId: string | undefined,
  limit: number,
): Promise<RiskRow[]> {
  let q = db
    .selectFrom('risk as r')
    .selectAll('r')
    .where((eb) => where(eb, f))
    .where('r.closed_at', 'is', null)
    .where('r.treatment_option', 'is not', null)
    .where((eb) =>
      eb.or([eb('r.plan_approved_version', 'is', null), eb('r.plan_approved_version', '!=', eb.ref('r.plan_version'))]),
    );
  if (afterId) q = q.where('r.id', '>', afterId);
  return q.orderBy('r.id').limit(limit).execute();
}

/** Open risks whose acceptance in force ends before `before`. */
export async function acceptancesEnding(
  db: Db,
  f: RiskFilter,
  before: string,
  afterId: string | undefined,
  limit: number,
): Promise<RiskRow[]> {
  let q = db
    .selectFrom('risk as r')
    .selectAll('r')
    .where((eb) => where(eb, f))
    .where('r.closed_at', 'is', null)
    .where('r.accepted_until', 'is not', null)
    .where('r.accepted_until', '<', before);
  if (afterId) q = q.where('r.id', '>', afterId);
  return q.orderBy('r.id').limit(limit).execute();
}
