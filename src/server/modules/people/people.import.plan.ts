import { v7 as uuidv7 } from 'uuid';
import type { TImportRowError } from '../../../contracts/people.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { OrgUnitTable } from '../../db/schema.js';
import { MAX_ERRORS, type Scan } from './people.import.scan.js';
import { hasColumn } from './people.import.rules.js';
import * as units from './people.org-units.repository.js';
import * as people from './people.persons.repository.js';

/** How the file maps onto the database, decided before anything is written. */
export type Plan = {
  unitIdByCode: Map<string, string>;
  unitCodeById: Map<string, string>;
  /** Units to create, parents before children. */
  newUnits: (OrgUnitTable & { parentCode: string | null })[];
  /** email in the file → the person it updates, or the id the import gives a new person. */
  targetByEmail: Map<string, { id: string; existing: boolean }>;
  /** email in the file → the manager's person id (null: none; undefined: column absent). */
  managerByEmail: Map<string, string | null>;
  /** People whose current email another row takes; they move to their own new email first. */
  displaced: Map<string, string>;
  errors: TImportRowError[];
  errorCount: number;
};

/** Second step: resolves units, people and managers against the database; writes nothing. */
export async function planImport(db: Db, scan: Scan): Promise<Plan> {
  const plan: Plan = {
    unitIdByCode: new Map(),
    unitCodeById: new Map(),
    newUnits: [],
    targetByEmail: new Map(),
    managerByEmail: new Map(),
    displaced: new Map(),
    errors: [],
    errorCount: 0,
  };
  const error = (e: TImportRowError) => {
    plan.errorCount += 1;
    if (plan.errors.length < MAX_ERRORS) plan.errors.push(e);
  };
  await planUnits(db, scan, plan, error);
  await planPeople(db, scan, plan, error);
  if (plan.errorCount === 0) await planManagers(db, scan, plan, error);
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}

type OnError = (e: TImportRowError) => void;

async function planUnits(db: Db, scan: Scan, plan: Plan, error: OnError): Promise<void> {
  for (const u of await units.allOrgUnitLinks(db)) {
    plan.unitIdByCode.set(u.code, u.id);
    plan.unitCodeById.set(u.id, u.code);
  }
  const fresh = new Map<string, { line: number; name: string; parentCode: string | null }>();
  for (const [code, u] of scan.units) {
    if (plan.unitIdByCode.has(code)) continue;
    if (u.name === null) {
      error({
        line: u.line,
        field: 'org_unit_name',
        message: `Org unit ${code} is not in Remit; give its name (org_unit_name) to create it`,
      });
      continue;
    }
    fresh.set(code, { line: u.line, name: u.name, parentCode: u.parentCode });
  }
  for (const c of scan.unitConflicts) if (fresh.has(c.code)) error(c.error);
  for (const [code, line] of scan.parentRefs) {
    if (!plan.unitIdByCode.has(code) && !fresh.has(code) && !scan.units.has(code))
      error({
        line,
        field: 'parent_org_unit_code',
        message: `Parent unit ${code} is neither in Remit nor an org_unit_code in this file`,
      });
  }
  // Parents first; a loop among new units is an error on each unit in it.
  const placed = new Set<string>();
  const now = nowIso();
  const place = (code: string, trail: string[]): boolean => {
    if (placed.has(code) || plan.unitIdByCode.has(code)) return true;
    const u = fresh.get(code);
    if (!u) return false;
    if (trail.includes(code)) {
      error({
        line: u.line,
        field: 'parent_org_unit_code',
        message: `Units loop: ${[...trail.slice(trail.indexOf(code)), code].join(' → ')}`,
      });
      return false;
    }
    if (u.parentCode !== null && !place(u.parentCode, [...trail, code])) return false;
    const id = uuidv7();
    const parentId = u.parentCode === null ? null : (plan.unitIdByCode.get(u.parentCode) ?? null);
    plan.newUnits.push({
      id,
      code,
      name: u.name,
      parent_id: parentId,
      parentCode: u.parentCode,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    plan.unitIdByCode.set(code, id);
    plan.unitCodeById.set(id, code);
    placed.add(code);
    return true;
  };
  for (const code of fresh.keys()) place(code, []);
}

async function planPeople(db: Db, scan: Scan, plan: Plan, error: OnError): Promise<void> {
  const byEmployee = new Map<string, { id: string; email: string }>();
  for (const p of await people.findPeopleByEmployeeIds(db, [...scan.emailByEmployeeId.keys()])) {
    if (p.employee_id !== null) byEmployee.set(p.employee_id, { id: p.id, email: p.email });
  }
  const byEmail = new Map<string, { id: string; employeeId: string | null }>();
  for (const p of await people.findPeopleByEmails(db, [...scan.byEmail.keys()]))
    byEmail.set(p.email, { id: p.id, employeeId: p.employee_id });

  // The email each matched person ends up with, to see who leaves an email free for another row.
  const finalEmailOf = new Map<string, string>();
  for (const [email, row] of scan.byEmail) {
    let target: { id: string; existing: boolean } | undefined;
    const byEmp = row.employeeId !== null ? byEmployee.get(row.employeeId) : undefined;
    if (byEmp) target = { id: byEmp.id, existing: true };
    else {
      const holder = byEmail.get(email);
      // A person without an employee id (made by hand or with an account) is matched by email.
      if (holder && (holder.employeeId === null || row.employeeId === null)) target = { id: holder.id, existing: true };
    }
    target ??= { id: uuidv7(), existing: false };
    plan.targetByEmail.set(email, target);
    if (target.existing) finalEmailOf.set(target.id, email);
  }
  for (const [email, row] of scan.byEmail) {
    const holder = byEmail.get(email);
    const target = plan.targetByEmail.get(email);
    if (!holder || !target || holder.id === target.id) continue;
    const holderNext = finalEmailOf.get(holder.id);
    if (holderNext !== undefined && holderNext !== email) {
      plan.displaced.set(holder.id, email);
      continue;
    }
    error({
      line: row.line,
      field: 'email',
      message: `${email} belongs to ${holder.employeeId ? `employee ${holder.employeeId}` : 'another person'} in Remit`,
    });
  }
}

async function planManagers(db: Db, scan: Scan, plan: Plan, error: OnError): Promise<void> {
  const map = scan.map;
  if (!map || (!hasColumn(map, 'manager_employee_id') && !hasColumn(map, 'manager_email'))) return;
  const wantedIds = new Set<string>();
  const wantedEmails = new Set<string>();
  for (const row of scan.byEmail.values()) {
    if (row.managerEmployeeId !== null && !scan.emailByEmployeeId.has(row.managerEmployeeId))
      wantedIds.add(row.managerEmployeeId);
    if (row.managerEmail !== null && !scan.byEmail.has(row.managerEmail)) wantedEmails.add(row.managerEmail);
  }
  const dbByEmployee = new Map(
    (await people.findPeopleByEmployeeIds(db, [...wantedIds])).map((p) => [p.employee_id as string, p.id]),
  );
  const dbByEmail = new Map((await people.findPeopleByEmails(db, [...wantedEmails])).map((p) => [p.email, p.id]));
  for (const [email, row] of scan.byEmail) {
    let managerId: string | null = null;
    if (row.managerEmployeeId !== null) {
      const inFile = scan.emailByEmployeeId.get(row.managerEmployeeId);
      managerId = inFile
        ? (plan.targetByEmail.get(inFile)?.id ?? null)
        : (dbByEmployee.get(row.managerEmployeeId) ?? null);
      if (managerId === null)
        error({
          line: row.line,
          field: 'manager_employee_id',
          message: `No person with employee id ${row.managerEmployeeId} in this file or in Remit`,
        });
    } else if (row.managerEmail !== null) {
      managerId = scan.byEmail.has(row.managerEmail)
        ? (plan.targetByEmail.get(row.managerEmail)?.id ?? null)
        : (dbByEmail.get(row.managerEmail) ?? null);
      if (managerId === null)
        error({ line: row.line, field: 'manager_email', message: `No person with email ${row.managerEmail}` });
    }
    plan.managerByEmail.set(email, managerId);
  }
  if (plan.errorCount > 0) return;
  // Reporting lines after the import: the file's for its people, the database's for the rest.
  const fileManager = new Map<string, string | null>();
  const lineOf = new Map<string, { line: number; field: string }>();
  for (const [email, managerId] of plan.managerByEmail) {
    const target = plan.targetByEmail.get(email);
    const row = scan.byEmail.get(email);
    if (!target || !row) continue;
    fileManager.set(target.id, managerId);
    lineOf.set(target.id, {
      line: row.line,
      field: row.managerEmployeeId !== null || row.managerEmail === null ? 'manager_employee_id' : 'manager_email',
    });
  }
  const dbManager = new Map((await people.managerEdges(db)).map((e) => [e.id, e.manager_id]));
  const managerOf = (id: string) => (fileManager.has(id) ? fileManager.get(id) : dbManager.get(id));
  const settled = new Set<string>();
  for (const start of fileManager.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let cursor: string | null | undefined = start;
    while (cursor && !settled.has(cursor) && !onPath.has(cursor)) {
      path.push(cursor);
      onPath.add(cursor);
      cursor = managerOf(cursor);
    }
    if (cursor && onPath.has(cursor)) {
      const loop = path.slice(path.indexOf(cursor));
      const names = loop.map((id) => employeeLabel(scan, plan, id));
      for (const id of loop) {
        const where = lineOf.get(id);
        if (where) error({ ...where, message: `Reporting lines loop: ${[...names, names[0]].join(' → ')}` });
      }
    }
    for (const id of path) settled.add(id);
  }
}

function employeeLabel(scan: Scan, plan: Plan, personId: string): string {
  for (const [email, t] of plan.targetByEmail) {
    if (t.id === personId) return scan.byEmail.get(email)?.employeeId ?? email;
  }
  return personId;
}
