import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';

/** A calendar day, YYYY-MM-DD (start and leave dates are days, not instants). */
export const ZDay = z.iso.date();

export const ZPersonStatus = z.enum(['active', 'leaver']);
export const ZPersonSource = z
  .enum(['manual', 'account', 'hr_import', 'demo', 'scim'])
  .describe('Where the record came from; the HR import owns hr_import people');

/** A person as other modules show them next to something they own or hold. */
export const ZPersonRef = z
  .object({
    id: z.string(),
    fullName: z.string(),
    email: z.string(),
    status: ZPersonStatus,
    jobTitle: z.string().nullable(),
    orgUnitId: z.string().nullable(),
  })
  .meta({ id: 'PersonRef' });
export type TPersonRef = z.infer<typeof ZPersonRef>;

export const ZOrgUnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() }).meta({ id: 'OrgUnitRef' });
export type TOrgUnitRef = z.infer<typeof ZOrgUnitRef>;

export const ZPerson = z
  .object({
    id: z.string(),
    employeeId: z.string().nullable(),
    fullName: z.string(),
    email: z.string(),
    jobTitle: z.string().nullable(),
    orgUnitId: z.string().nullable(),
    orgUnit: ZOrgUnitRef.nullable(),
    managerId: z.string().nullable(),
    manager: ZPersonRef.nullable(),
    status: ZPersonStatus,
    startDate: ZDay.nullable(),
    leaveDate: ZDay.nullable(),
    absentFrom: ZIsoDateTime.nullable().describe('While absent, deputies stand in for this person’s roles'),
    absentUntil: ZIsoDateTime.nullable(),
    source: ZPersonSource,
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'Person' });
export type TPerson = z.infer<typeof ZPerson>;

export const ZPersonDetail = ZPerson.extend({
  directReportsCount: z.number().int().describe('Active and leaver people whose manager this person is'),
}).meta({ id: 'PersonDetail' });
export type TPersonDetail = z.infer<typeof ZPersonDetail>;

export const ZPersonPage = ZPage(ZPerson).meta({ id: 'PersonPage' });
export type TPersonPage = z.infer<typeof ZPersonPage>;

const ZPersonFilters = {
  q: z.string().trim().max(200).optional().describe('Search in name, email and employee id'),
  orgUnitId: z.uuid().optional(),
  includeDescendants: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('With orgUnitId: also people in units below it'),
  status: ZPersonStatus.optional(),
  managerId: z.uuid().optional().describe('Direct reports of this person'),
};

export const ZPersonListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  ...ZPersonFilters,
});
export type TPersonListQuery = z.infer<typeof ZPersonListQuery>;

export const ZPersonExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  ...ZPersonFilters,
});
export type TPersonExportQuery = z.infer<typeof ZPersonExportQuery>;

const ZEmployeeId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, 'Use letters, digits and . _ - /');
const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZCreatePersonRequest = z.strictObject({
  employeeId: ZEmployeeId.nullable().optional(),
  fullName: ZText(200),
  email: z.email().max(254),
  jobTitle: ZText(200).nullable().optional(),
  orgUnitId: z.uuid().nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  startDate: ZDay.nullable().optional(),
});
export type TCreatePersonRequest = z.infer<typeof ZCreatePersonRequest>;

export const ZUpdatePersonRequest = z.strictObject({
  version: z.number().int().min(1).describe('The version you edit; a stale one is refused with 409'),
  employeeId: ZEmployeeId.nullable().optional(),
  fullName: ZText(200).optional(),
  email: z.email().max(254).optional(),
  jobTitle: ZText(200).nullable().optional(),
  orgUnitId: z.uuid().nullable().optional(),
  managerId: z.uuid().nullable().optional(),
  startDate: ZDay.nullable().optional(),
  status: ZPersonStatus.optional().describe('leaver: marks the person a leaver and opens their handover'),
  leaveDate: ZDay.nullable().optional().describe('With status leaver; defaults to today'),
});
export type TUpdatePersonRequest = z.infer<typeof ZUpdatePersonRequest>;

export const ZSetAbsenceRequest = z.strictObject({
  version: z.number().int().min(1),
  from: ZIsoDateTime.nullable().describe('null with until null: not absent'),
  until: ZIsoDateTime.nullable(),
});
export type TSetAbsenceRequest = z.infer<typeof ZSetAbsenceRequest>;

export const ZOrgUnit = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    parent: ZOrgUnitRef.nullable(),
    peopleCount: z.number().int().describe('Active people directly in this unit'),
    childCount: z.number().int(),
    createdAt: ZIsoDateTime,
    updatedAt: ZIsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'OrgUnit' });
export type TOrgUnit = z.infer<typeof ZOrgUnit>;

export const ZOrgUnitPage = ZPage(ZOrgUnit).meta({ id: 'OrgUnitPage' });

export const ZOrgUnitListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  q: z.string().trim().max(200).optional().describe('Search in code and name'),
  parentId: z
    .union([z.uuid(), z.literal('root')])
    .optional()
    .describe('Children of this unit; "root" for top-level units'),
});
export type TOrgUnitListQuery = z.infer<typeof ZOrgUnitListQuery>;

export const ZOrgUnitTreeNode = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    peopleCount: z.number().int().describe('Active people directly in this unit'),
    version: z.number().int(),
  })
  .meta({ id: 'OrgUnitTreeNode' });
export type TOrgUnitTreeNode = z.infer<typeof ZOrgUnitTreeNode>;

export const ZOrgUnitTree = z
  .object({
    items: z.array(ZOrgUnitTreeNode),
    truncated: z.boolean().describe('True when there are more units than the tree answers with (5,000)'),
  })
  .meta({ id: 'OrgUnitTree' });
export type TOrgUnitTree = z.infer<typeof ZOrgUnitTree>;

const ZOrgUnitCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, 'Use letters, digits and . _ - /');

export const ZCreateOrgUnitRequest = z.strictObject({
  code: ZOrgUnitCode,
  name: ZText(200),
  parentId: z.uuid().nullable().optional(),
});
export type TCreateOrgUnitRequest = z.infer<typeof ZCreateOrgUnitRequest>;

export const ZUpdateOrgUnitRequest = z.strictObject({
  version: z.number().int().min(1),
  code: ZOrgUnitCode.optional(),
  name: ZText(200).optional(),
  parentId: z.uuid().nullable().optional().describe('Move the unit; null makes it top-level'),
});
export type TUpdateOrgUnitRequest = z.infer<typeof ZUpdateOrgUnitRequest>;

export const ZImportQuery = z.object({
  mode: z.enum(['preview', 'apply']).default('preview').describe('preview: a dry run that changes nothing'),
  expectedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('Required to apply: the sha256 the preview reported, so exactly the previewed file is applied'),
  missingAreLeavers: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false)
    .describe('People imported earlier (source hr_import) who are not in this file become leavers'),
});
export type TImportQuery = z.infer<typeof ZImportQuery>;

export const ZImportRowError = z
  .object({
    line: z.number().int().describe('Line in the file (the header is line 1)'),
    field: z.string().describe('The column, e.g. email, or "row" for the row as a whole'),
    message: z.string(),
  })
  .meta({ id: 'ImportRowError' });
export type TImportRowError = z.infer<typeof ZImportRowError>;

export const ZImportFieldChange = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const ZImportPersonChange = z
  .object({
    line: z.number().int().nullable().describe('null for people absent from the file (missingAreLeavers)'),
    personId: z.string().nullable().describe('null for people the import would create'),
    employeeId: z.string().nullable(),
    fullName: z.string(),
    email: z.string(),
    changes: z.array(ZImportFieldChange),
  })
  .meta({ id: 'ImportPersonChange' });
export type TImportPersonChange = z.infer<typeof ZImportPersonChange>;

export const ZImportSummary = z
  .object({
    mode: z.enum(['preview', 'apply']),
    applied: z.boolean().describe('True only when apply wrote the changes'),
    sha256: z.string().describe('Of the file as received; apply must send it back as expectedSha256'),
    rows: z.number().int().describe('Data rows read (header excluded)'),
    missingAreLeavers: z.boolean(),
    counts: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      leavers: z.number().int().describe('People becoming leavers (also counted as updated when in the file)'),
      orgUnitsCreated: z.number().int(),
      errors: z.number().int(),
    }),
    created: z.array(ZImportPersonChange),
    updated: z.array(ZImportPersonChange),
    leavers: z.array(ZImportPersonChange),
    orgUnitsCreated: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })),
    errors: z.array(ZImportRowError),
    truncated: z.boolean().describe('Lists show at most 500 entries (errors 1,000); counts are always complete'),
  })
  .meta({ id: 'ImportSummary' });
export type TImportSummary = z.infer<typeof ZImportSummary>;
