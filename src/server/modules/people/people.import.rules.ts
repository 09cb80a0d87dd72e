import { z } from 'zod';
import type { TImportRowError } from '../../../contracts/people.js';
import { today } from './people.rules.js';

/** The import's fields; the CSV export writes exactly these headers. */
export const IMPORT_COLUMNS = [
  'employee_id',
  'full_name',
  'email',
  'job_title',
  'org_unit_code',
  'org_unit_name',
  'parent_org_unit_code',
  'manager_employee_id',
  'manager_email',
  'status',
  'start_date',
  'leave_date',
] as const;

type Field = (typeof IMPORT_COLUMNS)[number] | 'first_name' | 'last_name';

/** Header spellings HR systems use, after normalising (lower case, runs of other characters → _). */
const SYNONYMS: Record<Field, string[]> = {
  employee_id: [
    'employee_id',
    'employeeid',
    'employee_number',
    'employee_no',
    'emp_id',
    'emp_no',
    'staff_id',
    'staff_number',
    'personnel_number',
    'worker_id',
  ],
  full_name: ['full_name', 'fullname', 'name', 'display_name', 'employee_name'],
  first_name: ['first_name', 'firstname', 'given_name', 'forename'],
  last_name: ['last_name', 'lastname', 'surname', 'family_name'],
  email: ['email', 'e_mail', 'email_address', 'e_mail_address', 'work_email', 'work_e_mail', 'mail'],
  job_title: ['job_title', 'jobtitle', 'title', 'position', 'job'],
  org_unit_code: [
    'org_unit_code',
    'department_code',
    'dept_code',
    'unit_code',
    'org_code',
    'cost_center',
    'cost_centre',
  ],
  org_unit_name: ['org_unit_name', 'org_unit', 'department', 'department_name', 'dept', 'unit', 'unit_name'],
  parent_org_unit_code: ['parent_org_unit_code', 'parent_unit_code', 'parent_department_code', 'parent_code'],
  manager_employee_id: [
    'manager_employee_id',
    'manager_id',
    'manager_employee_number',
    'manager_emp_id',
    'supervisor_id',
    'line_manager_id',
    'reports_to',
  ],
  manager_email: ['manager_email', 'supervisor_email', 'line_manager_email'],
  status: ['status', 'employment_status', 'employee_status'],
  start_date: ['start_date', 'startdate', 'hire_date', 'hiredate', 'date_of_hire', 'join_date', 'joined'],
  leave_date: ['leave_date', 'termination_date', 'terminationdate', 'end_date', 'exit_date', 'leaving_date'],
};

const LOOKUP = new Map<string, Field>(
  Object.entries(SYNONYMS).flatMap(([field, names]) => names.map((n) => [n, field as Field] as const)),
);

export const normaliseHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export type HeaderMap = { index: Partial<Record<Field, number>>; columns: number };

/** Whether the file says anything about a field: an absent column leaves that field as it is. */
export const hasColumn = (map: HeaderMap, f: Field): boolean => map.index[f] !== undefined;

/** Maps the header row to fields; errors name line 1 and the column. Unknown columns are ignored. */
export function mapHeader(header: string[]): { map: HeaderMap; errors: TImportRowError[] } {
  const index: Partial<Record<Field, number>> = {};
  const errors: TImportRowError[] = [];
  header.forEach((raw, i) => {
    const field = LOOKUP.get(normaliseHeader(raw));
    if (!field) return;
    if (index[field] !== undefined) {
      errors.push({ line: 1, field, message: `Two columns mean ${field} ("${header[index[field]]}" and "${raw}")` });
      return;
    }
    index[field] = i;
  });
  if (index.employee_id === undefined)
    errors.push({ line: 1, field: 'employee_id', message: 'The header has no employee_id column' });
  if (index.email === undefined) errors.push({ line: 1, field: 'email', message: 'The header has no email column' });
  if (index.full_name === undefined && (index.first_name === undefined || index.last_name === undefined))
    errors.push({
      line: 1,
      field: 'full_name',
      message: 'The header needs full_name, or first_name and last_name',
    });
  return { map: { index, columns: header.length }, errors };
}

/** One valid row, normalised. */
export type ImportRow = {
  line: number;
  employeeId: string | null;
  fullName: string;
  email: string;
  jobTitle: string | null;
  orgUnitCode: string | null;
  orgUnitName: string | null;
  parentOrgUnitCode: string | null;
  managerEmployeeId: string | null;
  managerEmail: string | null;
  /** After applying the leave date: a leave date on or before today makes a leaver. */
  status: 'active' | 'leaver';
  startDate: string | null;
  leaveDate: string | null;
};

const CODE = /^[A-Za-z0-9._\-/]+$/;
const ZEmail = z.email();
// Exports prefix an apostrophe to cells a spreadsheet would run as formulas; take it off again.
const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);

const LEAVER = new Set(['leaver', 'left', 'terminated', 'inactive', 'former', 'exited', 'leaving']);
const ACTIVE = new Set(['active', 'employed', 'current', 'ok']);

/** YYYY-MM-DD (or an ISO date-time, of which the day counts) that exists in the calendar. */
export function parseDay(v: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

/** Validates one record; returns the row or the errors that name its line and fields. */
export function validateRow(
  record: string[],
  line: number,
  map: HeaderMap,
  todayDay: string = today(),
): { row: ImportRow | null; errors: TImportRowError[] } {
  const errors: TImportRowError[] = [];
  const err = (field: string, message: string) => errors.push({ line, field, message });
  if (record.length !== map.columns) {
    err('row', `Has ${record.length} fields; the header has ${map.columns}`);
    return { row: null, errors };
  }
  const get = (f: Field): string => {
    const i = map.index[f];
    return i === undefined ? '' : unguard((record[i] ?? '').trim());
  };
  const optional = (f: Field, max: number, pattern?: RegExp): string | null => {
    const v = get(f);
    if (v === '') return null;
    if (v.length > max) err(f, `Longer than ${max} characters`);
    else if (pattern && !pattern.test(v)) err(f, `"${v}" may only use letters, digits and . _ - /`);
    return v;
  };

  const employeeId = optional('employee_id', 64, CODE);
  let fullName = get('full_name');
  if (fullName === '') fullName = [get('first_name'), get('last_name')].filter(Boolean).join(' ');
  if (fullName === '') err(map.index.full_name !== undefined ? 'full_name' : 'last_name', 'A name is required');
  else if (fullName.length > 200) err('full_name', 'Longer than 200 characters');

  const email = get('email').toLowerCase();
  if (email === '') err('email', 'An email is required');
  else if (email.length > 254 || !ZEmail.safeParse(email).success) err('email', `"${email}" is not an email address`);

  const jobTitle = optional('job_title', 200);
  const orgUnitCode = optional('org_unit_code', 64, CODE);
  const orgUnitName = optional('org_unit_name', 200);
  const parentOrgUnitCode = optional('parent_org_unit_code', 64, CODE);
  if (orgUnitCode === null && orgUnitName !== null) err('org_unit_code', 'Needed when org_unit_name is given');
  if (orgUnitCode === null && parentOrgUnitCode !== null) err('org_unit_code', 'Needed when a parent unit is given');
  if (orgUnitCode !== null && orgUnitCode === parentOrgUnitCode)
    err('parent_org_unit_code', 'A unit cannot be its own parent');

  const managerEmployeeId = optional('manager_employee_id', 64, CODE);
  if (managerEmployeeId !== null && managerEmployeeId === employeeId)
    err('manager_employee_id', 'A person cannot be their own manager');
  let managerEmail: string | null = get('manager_email').toLowerCase() || null;
  if (managerEmail !== null && !ZEmail.safeParse(managerEmail).success)
    err('manager_email', `"${managerEmail}" is not an email address`);
  if (managerEmail !== null && managerEmail === email) err('manager_email', 'A person cannot be their own manager');
  if (managerEmployeeId !== null) managerEmail = null; // the employee id wins when both are given

  const dateOf = (f: 'start_date' | 'leave_date'): string | null => {
    const v = get(f);
    if (v === '') return null;
    const d = parseDay(v);
    if (!d) err(f, `"${v}" is not a date (use YYYY-MM-DD)`);
    return d;
  };
  const startDate = dateOf('start_date');
  const leaveDate = dateOf('leave_date');
  if (startDate && leaveDate && leaveDate < startDate) err('leave_date', 'Is before the start date');

  const rawStatus = get('status').toLowerCase();
  let status: 'active' | 'leaver' = 'active';
  if (LEAVER.has(rawStatus)) status = 'leaver';
  else if (rawStatus !== '' && !ACTIVE.has(rawStatus))
    err('status', `"${get('status')}" is not a status (use active or leaver)`);
  // A past leave date makes a leaver whatever the status says; a leaver without one leaves today
  // (the service decides, so an existing leaver keeps the day they left).
  if (leaveDate !== null && leaveDate <= todayDay) status = 'leaver';

  if (errors.length > 0) return { row: null, errors };
  return {
    row: {
      line,
      employeeId,
      fullName,
      email,
      jobTitle,
      orgUnitCode,
      orgUnitName,
      parentOrgUnitCode,
      managerEmployeeId,
      managerEmail,
      status,
      startDate,
      leaveDate,
    },
    errors,
  };
}
