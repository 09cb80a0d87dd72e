import type { TOrgUnit, TPerson, TPersonRef } from '../../../contracts/people.js';
import type { PersonRow } from '../../db/schema.js';
import type { OrgUnitWithCounts } from './people.org-units.repository.js';
import type { PersonJoined } from './people.persons.repository.js';

export const presentPersonRef = (
  p: Pick<PersonRow, 'id' | 'full_name' | 'email' | 'status' | 'job_title' | 'org_unit_id'>,
): TPersonRef => ({
  id: p.id,
  fullName: p.full_name,
  email: p.email,
  status: p.status,
  jobTitle: p.job_title,
  orgUnitId: p.org_unit_id,
});

export const presentPerson = (p: PersonJoined): TPerson => ({
  id: p.id,
  employeeId: p.employee_id,
  fullName: p.full_name,
  email: p.email,
  jobTitle: p.job_title,
  orgUnitId: p.org_unit_id,
  orgUnit: p.org_unit_id && p.ou_code !== null ? { id: p.org_unit_id, code: p.ou_code, name: p.ou_name ?? '' } : null,
  managerId: p.manager_id,
  manager:
    p.manager_id && p.m_full_name !== null
      ? {
          id: p.manager_id,
          fullName: p.m_full_name,
          email: p.m_email ?? '',
          status: p.m_status ?? 'active',
          jobTitle: p.m_job_title,
          orgUnitId: p.m_org_unit_id,
        }
      : null,
  status: p.status,
  startDate: p.start_date,
  leaveDate: p.leave_date,
  absentFrom: p.absent_from,
  absentUntil: p.absent_until,
  source: p.source,
  createdAt: p.created_at,
  updatedAt: p.updated_at,
  version: p.version,
});

export const presentOrgUnit = (u: OrgUnitWithCounts): TOrgUnit => ({
  id: u.id,
  code: u.code,
  name: u.name,
  parentId: u.parent_id,
  parent:
    u.parent_id && u.parent_code !== null ? { id: u.parent_id, code: u.parent_code, name: u.parent_name ?? '' } : null,
  peopleCount: Number(u.people_count ?? 0),
  childCount: Number(u.child_count ?? 0),
  createdAt: u.created_at,
  updatedAt: u.updated_at,
  version: u.version,
});
