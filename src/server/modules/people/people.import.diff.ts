import type { TImportPersonChange, TImportSummary } from '../../../contracts/people.js';
import { AppError } from '../../core/app-error.js';
import type { Db } from '../../db/database.js';
import type { PersonInsert, PersonRow } from '../../db/schema.js';
import { openHandover } from '../responsibilities/responsibilities.handover.service.js';
import { assignEmployeeRole } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { hasColumn, type HeaderMap, type ImportRow } from './people.import.rules.js';
import type { Plan } from './people.import.plan.js';
import type { Actor } from '../../core/actor.js';
import type { Grant } from '../../core/authorize.js';
import * as people from './people.persons.repository.js';
import { dayStartIso } from './people.rules.js';

/** Lists in a summary are capped; counts never are. */
export const LIST_MAX = 500;
/** Rows diffed (and written) together: one read of the existing people per chunk. */
export const CHUNK = 500;

type Change = TImportPersonChange['changes'][number];

/** Who runs the import: the trail names them and the grant they hold. */
export type Who = { actor: Actor; grant: Grant; requestId?: string };

/** What diffing a chunk needs; `write` false is the dry run. */
export type ChunkContext = {
  trx: Db;
  write: boolean;
  plan: Plan;
  map: HeaderMap;
  who: Who;
  summary: TImportSummary;
  now: string;
  day: string;
  source: 'hr_import' | 'demo';
};

const push = <T>(list: T[], item: T, summary: TImportSummary) => {
  if (list.length < LIST_MAX) list.push(item);
  else summary.truncated = true;
};

/** Diffs a chunk of rows against the database and, when writing, applies it. */
export async function diffChunk(ctx: ChunkContext, rows: ImportRow[]): Promise<void> {
  const { trx, plan, summary } = ctx;
  const existingIds = rows.map((r) => plan.targetByEmail.get(r.email)).filter((t) => t?.existing);
  const byId = new Map(
    (
      await people.findPeopleByIds(
        trx,
        existingIds.map((t) => t!.id),
      )
    ).map((p) => [p.id, p]),
  );
  const managerIds = [...byId.values()].map((p) => p.manager_id).filter((v): v is string => v !== null);
  const labels = await people.labelsOf(trx, [...new Set(managerIds)]);
  const fresh: { row: ImportRow; record: PersonInsert }[] = [];
  for (const row of rows) {
    const target = plan.targetByEmail.get(row.email);
    if (!target) continue;
    const before = target.existing ? byId.get(target.id) : undefined;
    if (!before) {
      fresh.push({ row, record: newPerson(ctx, row, target.id) });
      continue;
    }
    const { set, changes, becomesLeaver } = compare(ctx, row, before, labels);
    if (changes.length === 0) {
      summary.counts.unchanged += 1;
      continue;
    }
    summary.counts.updated += 1;
    const item = {
      line: row.line,
      personId: before.id,
      employeeId: row.employeeId ?? before.employee_id,
      fullName: row.fullName,
      email: row.email,
      changes,
    };
    push(summary.updated, item, summary);
    if (becomesLeaver) {
      summary.counts.leavers += 1;
      push(summary.leavers, item, summary);
    }
    if (ctx.write) await writeUpdate(ctx, before, set, changes, becomesLeaver);
  }
  summary.counts.created += fresh.length;
  for (const f of fresh) {
    push(
      summary.created,
      {
        line: f.row.line,
        personId: null,
        employeeId: f.row.employeeId,
        fullName: f.row.fullName,
        email: f.row.email,
        changes: createdFields(f.row, f.record),
      },
      summary,
    );
  }
  if (ctx.write && fresh.length > 0) await writeCreates(ctx, fresh);
}

function newPerson(ctx: ChunkContext, row: ImportRow, id: string): PersonInsert {
  const managerId = ctx.plan.managerByEmail.get(row.email) ?? null;
  return {
    id,
    employee_id: row.employeeId,
    full_name: row.fullName,
    email: row.email,
    job_title: row.jobTitle,
    org_unit_id: row.orgUnitCode === null ? null : (ctx.plan.unitIdByCode.get(row.orgUnitCode) ?? null),
    manager_id: managerId,
    status: row.status,
    start_date: row.startDate,
    leave_date: row.status === 'leaver' ? (row.leaveDate ?? ctx.day) : row.leaveDate,
    source: ctx.source,
    created_at: ctx.now,
    updated_at: ctx.now,
    version: 1,
  };
}

function createdFields(row: ImportRow, rec: PersonInsert): Change[] {
  const out: Change[] = [];
  const add = (field: string, after: string | null | undefined) =>
    after != null && out.push({ field, before: null, after });
  add('job_title', rec.job_title);
  add('org_unit_code', row.orgUnitCode);
  add('manager', row.managerEmployeeId ?? row.managerEmail);
  add('start_date', rec.start_date);
  if (rec.status === 'leaver') add('status', 'leaver');
  add('leave_date', rec.leave_date);
  return out;
}

function compare(ctx: ChunkContext, row: ImportRow, p: PersonRow, labels: Map<string, string>) {
  const { plan, map } = ctx;
  const set: people.PersonSet = {};
  const changes: Change[] = [];
  const diff = <K extends keyof people.PersonSet>(
    key: K,
    field: string,
    before: PersonRow[K & keyof PersonRow] | null,
    after: people.PersonSet[K] | null,
    show: (v: string | null) => string | null = (v) => v,
  ) => {
    if ((before ?? null) === (after ?? null)) return;
    (set as Record<string, unknown>)[key] = after;
    changes.push({
      field,
      before: show(before ?? null),
      after: show((after as string | null) ?? null),
    });
  };
  if (row.employeeId !== null) diff('employee_id', 'employee_id', p.employee_id, row.employeeId);
  diff('full_name', 'full_name', p.full_name, row.fullName);
  const currentEmail = plan.displaced.get(p.id) ?? p.email;
  if (currentEmail !== row.email) {
    set.email = row.email;
    changes.push({ field: 'email', before: currentEmail, after: row.email });
  }
  if (hasColumn(map, 'job_title')) diff('job_title', 'job_title', p.job_title, row.jobTitle);
  if (hasColumn(map, 'org_unit_code')) {
    const unitId = row.orgUnitCode === null ? null : (plan.unitIdByCode.get(row.orgUnitCode) ?? null);
    diff('org_unit_id', 'org_unit_code', p.org_unit_id, unitId, (v) => (v ? (plan.unitCodeById.get(v) ?? v) : null));
  }
  if (plan.managerByEmail.has(row.email)) {
    const managerId = plan.managerByEmail.get(row.email) ?? null;
    if (managerId !== p.manager_id) {
      set.manager_id = managerId;
      changes.push({
        field: 'manager',
        before: p.manager_id ? (labels.get(p.manager_id) ?? p.manager_id) : null,
        after: row.managerEmployeeId ?? row.managerEmail,
      });
    }
  }
  if (hasColumn(map, 'start_date')) diff('start_date', 'start_date', p.start_date, row.startDate);
  let becomesLeaver = false;
  if (hasColumn(map, 'status') || hasColumn(map, 'leave_date')) {
    let leaveDate: string | null;
    if (row.status === 'leaver')
      leaveDate = row.leaveDate ?? (p.status === 'leaver' ? (p.leave_date ?? ctx.day) : ctx.day);
    else leaveDate = hasColumn(map, 'leave_date') ? row.leaveDate : p.status === 'leaver' ? null : p.leave_date;
    becomesLeaver = row.status === 'leaver' && p.status === 'active';
    diff('status', 'status', p.status, row.status);
    diff('leave_date', 'leave_date', p.leave_date, leaveDate);
  }
  return { set, changes, becomesLeaver };
}

async function writeUpdate(
  ctx: ChunkContext,
  before: PersonRow,
  set: people.PersonSet,
  changes: Change[],
  becomesLeaver: boolean,
): Promise<void> {
  const { trx, who } = ctx;
  if (!(await people.updatePerson(trx, before.id, before.version, { ...set, updated_at: ctx.now }))) {
    throw new AppError('version_conflict', `${before.full_name} was changed while the import ran; run it again`);
  }
  await appendTrail(trx, {
    ...who,
    action: 'person.updated',
    objectType: 'person',
    objectId: before.id,
    changes: {
      ...Object.fromEntries(changes.map((c) => [c.field, { before: c.before, after: c.after }])),
      via: 'hr_import',
    },
  });
  if (becomesLeaver) await openHandover(trx, before.id, 'hr_import', who);
}

async function writeCreates(ctx: ChunkContext, fresh: { row: ImportRow; record: PersonInsert }[]): Promise<void> {
  const { trx, who } = ctx;
  await people.insertPeople(
    trx,
    fresh.map((f) => f.record),
  );
  for (const { row, record } of fresh) {
    // People who arrive as leavers are history: they hold nothing, so no Employee role and no handover.
    const employeeAssignmentId =
      record.status === 'active'
        ? await assignEmployeeRole(trx, {
            personId: record.id,
            validFrom: record.start_date ? dayStartIso(record.start_date) : ctx.now,
          })
        : null;
    await appendTrail(trx, {
      ...who,
      action: 'person.created',
      objectType: 'person',
      objectId: record.id,
      changes: {
        employeeId: record.employee_id,
        fullName: record.full_name,
        email: record.email,
        jobTitle: record.job_title,
        orgUnitCode: row.orgUnitCode,
        managerId: record.manager_id,
        status: record.status,
        startDate: record.start_date,
        leaveDate: record.leave_date,
        source: ctx.source,
        employeeAssignmentId,
      },
    });
  }
}

/** missingAreLeavers: earlier imports' people who are not in this file leave today. */
export async function missingBecomeLeavers(ctx: ChunkContext): Promise<void> {
  const { trx, plan, summary } = ctx;
  const inFile = new Set([...plan.targetByEmail.values()].map((t) => t.id));
  let after = '';
  for (;;) {
    const page = await people.activeBySource(trx, 'hr_import', after, CHUNK);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    for (const p of page) {
      if (inFile.has(p.id)) continue;
      summary.counts.leavers += 1;
      const changes: Change[] = [
        { field: 'status', before: 'active', after: 'leaver' },
        { field: 'leave_date', before: p.leave_date, after: ctx.day },
      ];
      push(
        summary.leavers,
        { line: null, personId: p.id, employeeId: p.employee_id, fullName: p.full_name, email: p.email, changes },
        summary,
      );
      if (ctx.write) {
        await writeUpdate(ctx, p, { status: 'leaver', leave_date: ctx.day }, changes, true);
      }
    }
  }
}
