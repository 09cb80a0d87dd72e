import { v7 as uuidv7 } from 'uuid';
import type {
  TCreatePersonRequest,
  TPerson,
  TPersonDetail,
  TPersonExportQuery,
  TPersonListQuery,
  TSetAbsenceRequest,
  TUpdatePersonRequest,
} from '../../../contracts/people.js';
import type { Actor } from '../../core/actor.js';
import type { Grant } from '../../core/authorize.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { renderTabular, type Column } from '../../core/tabular.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { openHandover } from '../responsibilities/responsibilities.handover.service.js';
import { assignEmployeeRole } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { normalizeEmail } from '../identity/identity.rules.js';
import { IMPORT_COLUMNS } from './people.import.rules.js';
import { presentPerson } from './people.presenters.js';
import * as units from './people.org-units.repository.js';
import * as repo from './people.persons.repository.js';
import { dayStartIso, descendantsOf, findReportingLoop, today } from './people.rules.js';

const emailTaken = (email: string, name: string) =>
  new AppError('conflict', `${email} is already the email of ${name}`, {
    errors: [{ field: 'email', message: 'Already used by another person' }],
  });
const employeeIdTaken = (id: string, name: string) =>
  new AppError('conflict', `Employee id ${id} already belongs to ${name}`, {
    errors: [{ field: 'employeeId', message: 'Already used by another person' }],
  });

async function presentOne(db: Db, id: string): Promise<TPersonDetail> {
  const row = await repo.findPersonJoined(db, id);
  if (!row) throw new AppError('not_found', 'No such person');
  return { ...presentPerson(row), directReportsCount: await repo.countDirectReports(db, id) };
}

/** Refuses a manager who does not exist, or under whom the person would end up managing themselves. */
async function checkManager(db: Db, personId: string, managerId: string | null | undefined): Promise<void> {
  if (!managerId) return;
  const manager = await repo.findPerson(db, managerId);
  if (!manager)
    throw new AppError('validation_failed', 'The manager does not exist', {
      errors: [{ field: 'managerId', message: 'No such person' }],
    });
  if (managerId === personId)
    throw new AppError('conflict', 'A person cannot be their own manager', {
      errors: [{ field: 'managerId', message: 'Would make a reporting-line loop' }],
    });
  // Walk up from the new manager: meeting the person means they would manage themselves.
  const chain = new Map<string, string | null>();
  let cursor: string | null | undefined = managerId;
  for (let hops = 0; cursor && hops < 10_000 && !chain.has(cursor); hops += 1) {
    const next = await repo.managerOf(db, cursor);
    chain.set(cursor, next ?? null);
    if (next === personId) break;
    cursor = next;
  }
  chain.set(personId, managerId);
  const loop = findReportingLoop(personId, (id) => chain.get(id));
  if (loop) {
    throw new AppError(
      'conflict',
      `${manager.full_name} reports (directly or through others) to this person; that would make a reporting-line loop`,
      { errors: [{ field: 'managerId', message: 'Would make a reporting-line loop' }] },
    );
  }
}

async function checkOrgUnit(db: Db, orgUnitId: string | null | undefined): Promise<void> {
  if (orgUnitId && !(await units.findOrgUnit(db, orgUnitId)))
    throw new AppError('validation_failed', 'The org unit does not exist', {
      errors: [{ field: 'orgUnitId', message: 'No such org unit' }],
    });
}

async function checkUnique(db: Db, personId: string, email?: string, employeeId?: string | null): Promise<void> {
  if (email !== undefined) {
    const other = await repo.findPersonByEmail(db, email);
    if (other && other.id !== personId) throw emailTaken(email, other.full_name);
  }
  if (employeeId) {
    const other = await repo.findPersonByEmployeeId(db, employeeId);
    if (other && other.id !== personId) throw employeeIdTaken(employeeId, other.full_name);
  }
}

/** The org units a list filter covers: the unit, and with includeDescendants the units below it. */
async function unitScope(db: Db, orgUnitId?: string, includeDescendants?: boolean): Promise<string[] | undefined> {
  if (!orgUnitId) return undefined;
  if (!includeDescendants) return [orgUnitId];
  return descendantsOf(await units.allOrgUnitLinks(db), orgUnitId);
}

export function createPersonService(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor, q: TPersonListQuery): Promise<{ items: TPerson[]; nextCursor: string | null }> {
      await deps.authz.authorize(actor, 'people.read');
      const after = decodeCursor<{ fullName: string; id: string }>(q.cursor, { fullName: 'string', id: 'string' });
      const orgUnitIds = await unitScope(db, q.orgUnitId, q.includeDescendants);
      const rows = await repo.listPeople(
        db,
        { q: q.q, orgUnitIds, status: q.status, managerId: q.managerId, after },
        q.limit + 1,
      );
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(presentPerson),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ fullName: last.full_name, id: last.id }) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TPersonDetail> {
      await deps.authz.authorize(actor, 'people.read');
      return presentOne(db, id);
    },

    async create(actor: Actor, input: TCreatePersonRequest, meta: CallMeta): Promise<TPersonDetail> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      const email = normalizeEmail(input.email);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await checkUnique(trx, id, email, input.employeeId);
        await checkOrgUnit(trx, input.orgUnitId);
        await checkManager(trx, id, input.managerId);
        const now = nowIso();
        const row = {
          id,
          employee_id: input.employeeId ?? null,
          full_name: input.fullName,
          email,
          job_title: input.jobTitle ?? null,
          org_unit_id: input.orgUnitId ?? null,
          manager_id: input.managerId ?? null,
          status: 'active' as const,
          start_date: input.startDate ?? null,
          leave_date: null,
          source: 'manual' as const,
          created_at: now,
          updated_at: now,
          version: 1,
        };
        try {
          await repo.insertPerson(trx, row);
        } catch (e) {
          if (isUniqueViolation(e)) throw emailTaken(email, 'another person');
          throw e;
        }
        const employeeAssignmentId = await assignEmployeeRole(trx, {
          personId: id,
          validFrom: row.start_date ? dayStartIso(row.start_date) : now,
          assignedBy: actor.kind === 'account' ? actor.personId : null,
        });
        await appendTrail(trx, {
          actor,
          grant,
          action: 'person.created',
          objectType: 'person',
          objectId: id,
          changes: {
            employeeId: row.employee_id,
            fullName: row.full_name,
            email,
            jobTitle: row.job_title,
            orgUnitId: row.org_unit_id,
            managerId: row.manager_id,
            startDate: row.start_date,
            employeeAssignmentId,
          },
          requestId: meta.requestId,
        });
        return presentOne(trx, id);
      });
    },

    async update(actor: Actor, id: string, input: TUpdatePersonRequest, meta: CallMeta): Promise<TPersonDetail> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      return db.transaction().execute(async (trx) => {
        const before = await repo.findPerson(trx, id);
        if (!before) throw new AppError('not_found', 'No such person');
        if (before.version !== input.version)
          throw new AppError('version_conflict', 'The person changed since you loaded them; reload and try again');
        const email = input.email === undefined ? undefined : normalizeEmail(input.email);
        const next = {
          employee_id: input.employeeId === undefined ? before.employee_id : input.employeeId,
          full_name: input.fullName ?? before.full_name,
          email: email ?? before.email,
          job_title: input.jobTitle === undefined ? before.job_title : input.jobTitle,
          org_unit_id: input.orgUnitId === undefined ? before.org_unit_id : input.orgUnitId,
          manager_id: input.managerId === undefined ? before.manager_id : input.managerId,
          start_date: input.startDate === undefined ? before.start_date : input.startDate,
          status: input.status ?? before.status,
          leave_date: input.leaveDate === undefined ? before.leave_date : input.leaveDate,
        };
        if (next.status === 'leaver' && before.status === 'active') next.leave_date ??= today();
        if (next.status === 'active' && before.status === 'leaver' && input.leaveDate === undefined)
          next.leave_date = null;
        if (next.leave_date && next.start_date && next.leave_date < next.start_date)
          throw new AppError('validation_failed', 'The leave date is before the start date', {
            errors: [{ field: 'leaveDate', message: 'Is before the start date' }],
          });
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        const set: repo.PersonSet = {};
        for (const key of Object.keys(next) as (keyof typeof next)[]) {
          if (next[key] !== before[key]) {
            (set as Record<string, unknown>)[key] = next[key];
            changes[camel(key)] = { before: before[key], after: next[key] };
          }
        }
        if (Object.keys(changes).length === 0) return presentOne(trx, id);
        await checkUnique(trx, id, set.email, set.employee_id);
        if (set.org_unit_id !== undefined) await checkOrgUnit(trx, set.org_unit_id);
        if (set.manager_id !== undefined) await checkManager(trx, id, set.manager_id);
        try {
          if (!(await repo.updatePerson(trx, id, before.version, { ...set, updated_at: nowIso() })))
            throw new AppError('version_conflict', 'The person changed since you loaded them; reload and try again');
        } catch (e) {
          if (isUniqueViolation(e)) throw emailTaken(next.email, 'another person');
          throw e;
        }
        const becameLeaver = next.status === 'leaver' && before.status === 'active';
        await appendTrail(trx, {
          actor,
          grant,
          action: becameLeaver ? 'person.left' : 'person.updated',
          objectType: 'person',
          objectId: id,
          changes,
          requestId: meta.requestId,
        });
        if (becameLeaver) await openHandover(trx, id, 'manual', { actor, grant, requestId: meta.requestId });
        return presentOne(trx, id);
      });
    },

    /**
     * Records that a person is away (or clears it). Their deputies then see their role duties and
     * take their role decisions. The person sets it for themselves; people managers for anyone.
     */
    async setAbsence(actor: Actor, id: string, input: TSetAbsenceRequest, meta: CallMeta): Promise<TPersonDetail> {
      const own = actor.kind === 'account' && actor.personId === id;
      const grant: Grant = own ? { kind: 'self' } : await deps.authz.authorize(actor, 'people.manage');
      const from = input.from ? new Date(input.from).toISOString() : null;
      const until = input.until ? new Date(input.until).toISOString() : null;
      if ((from === null) !== (until === null) || (from !== null && until !== null && from >= until))
        throw new AppError('validation_failed', 'Give both dates with the end after the start, or neither to clear', {
          errors: [{ field: 'until', message: 'After the start' }],
        });
      return db.transaction().execute(async (trx) => {
        const before = await repo.findPerson(trx, id);
        if (!before) throw new AppError('not_found', 'No such person');
        if (before.version !== input.version)
          throw new AppError('version_conflict', 'The person changed since you loaded them; reload and try again');
        if (before.status !== 'active' && from !== null)
          throw new AppError('conflict', 'A leaver cannot be marked absent');
        if (
          !(await repo.updatePerson(trx, id, before.version, {
            absent_from: from,
            absent_until: until,
            updated_at: nowIso(),
          }))
        )
          throw new AppError('version_conflict', 'The person changed since you loaded them; reload and try again');
        await appendTrail(trx, {
          actor,
          grant,
          action: 'person.absence_set',
          objectType: 'person',
          objectId: id,
          changes: {
            absentFrom: { before: before.absent_from, after: from },
            absentUntil: { before: before.absent_until, after: until },
          },
          requestId: meta.requestId,
        });
        return presentOne(trx, id);
      });
    },

    /** Every person the filters match, in the import's columns, so a CSV export re-imports cleanly. */
    async export(actor: Actor, q: TPersonExportQuery): Promise<Buffer> {
      await deps.authz.authorize(actor, 'people.export');
      const orgUnitIds = await unitScope(db, q.orgUnitId, q.includeDescendants);
      const rows: ExportRow[] = [];
      let after: { fullName: string; id: string } | undefined;
      for (;;) {
        const page = await repo.exportPage(
          db,
          { q: q.q, orgUnitIds, status: q.status, managerId: q.managerId, after },
          1000,
        );
        const managers = new Map(page.managers.map((m) => [m.id, m]));
        const parents = new Map(page.parents.map((p) => [p.id, p.parent_code]));
        for (const p of page.rows) {
          const m = p.manager_id ? managers.get(p.manager_id) : undefined;
          rows.push({
            employee_id: p.employee_id,
            full_name: p.full_name,
            email: p.email,
            job_title: p.job_title,
            org_unit_code: p.ou_code,
            org_unit_name: p.ou_name,
            parent_org_unit_code: p.org_unit_id ? (parents.get(p.org_unit_id) ?? null) : null,
            manager_employee_id: m?.employee_id ?? null,
            manager_email: m && !m.employee_id ? m.email : null,
            status: p.status,
            start_date: p.start_date,
            leave_date: p.leave_date,
          });
        }
        const last = page.rows.at(-1);
        if (page.rows.length < 1000 || !last) break;
        after = { fullName: last.full_name, id: last.id };
      }
      const columns: Column<ExportRow>[] = IMPORT_COLUMNS.map((c) => ({ header: c, value: (r) => r[c], width: 22 }));
      return renderTabular(q.format, 'People', columns, rows);
    },
  };
}

type ExportRow = Record<(typeof IMPORT_COLUMNS)[number], string | null>;

const camel = (k: string) => k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export type PersonService = ReturnType<typeof createPersonService>;
