import { z } from 'zod';
import { ZIsoDateTime } from './common.js';
import { ZAsOf, ZRoleKey } from './responsibilities.js';

/** The org chart: reporting lines (manager → reports) of active people, with their ISMS roles. */
export const ZOrgChartQuery = z.object({
  orgUnitId: z.uuid().optional().describe('Only people in this org unit and the units below it'),
  rootPersonId: z
    .uuid()
    .optional()
    .describe('Start the tree at this person (to expand a collapsed branch); default the top of the selection'),
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(6)
    .default(3)
    .describe('Levels returned, counting the top: 1 = the top only, 2 = the top and their direct reports'),
  limit: z.coerce
    .number()
    .int()
    .min(10)
    .max(1000)
    .default(300)
    .describe('At most this many people; deeper branches stay collapsed (childCount tells what is there)'),
  asOf: ZAsOf.optional(),
});
export type TOrgChartQuery = z.infer<typeof ZOrgChartQuery>;

export const ZOrgChartBadge = z
  .object({
    roleKey: z.string(),
    roleName: z.string(),
    kind: z.enum(['holder', 'deputy']),
    scopeType: z.string(),
    scopeId: z.string().nullable().describe('null for the whole ISMS and for counted object scopes'),
    scopeLabel: z.string().describe('"Whole ISMS", the org unit name, or "12 assets" for object scopes'),
    count: z.number().int().describe('Assignments this badge stands for (object scopes are counted, not listed)'),
  })
  .meta({ id: 'OrgChartBadge' });
export type TOrgChartBadge = z.infer<typeof ZOrgChartBadge>;

export const ZOrgChartNode = z
  .object({
    id: z.string(),
    fullName: z.string(),
    jobTitle: z.string().nullable(),
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
    managerId: z.string().nullable().describe('The manager on the chart; null at the top of this chart'),
    childCount: z.number().int().describe('Direct reports within the selection'),
    childrenShown: z.number().int().describe('How many of them this answer includes (0: collapsed)'),
    badges: z.array(ZOrgChartBadge).describe('Current ISMS roles other than Employee, holder before deputy'),
  })
  .meta({ id: 'OrgChartNode' });
export type TOrgChartNode = z.infer<typeof ZOrgChartNode>;

export const ZOrgChart = z
  .object({
    asOf: ZIsoDateTime,
    orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
    rootIds: z.array(z.string()).describe('The people at the top of this chart, by name'),
    rootCount: z.number().int().describe('People at the top of the selection; more than rootIds when cut at the limit'),
    nodes: z.array(ZOrgChartNode).describe('Flat: each node names its managerId; roots first, then level by level'),
    truncated: z.boolean().describe('Some branches were left collapsed to stay within the limit'),
  })
  .meta({ id: 'OrgChart' });
export type TOrgChart = z.infer<typeof ZOrgChart>;

export const ZRoleDocumentParams = z.object({ key: ZRoleKey });

export const ZDocumentQuery = z.object({ asOf: ZAsOf.optional() });
export type TDocumentQuery = z.infer<typeof ZDocumentQuery>;

/** A generated file; the body is the file itself. */
export const ZPdfFile = z.string().meta({ description: 'The PDF document', format: 'binary' });
