import { z } from 'zod';
import { ZIsoDateTime, ZPage } from './common.js';
import { ZAsOf, ZPersonSummary, ZScope } from './responsibilities.js';

export const SOD_RULE_IDS = [
  'SOD-00',
  'SOD-01',
  'SOD-02',
  'SOD-03',
  'SOD-04',
  'SOD-05',
  'SOD-06',
  'SOD-07',
  'SOD-08',
  'SOD-09',
  'SOD-10',
] as const;
export const ZSodRuleId = z.enum(SOD_RULE_IDS).meta({ id: 'SodRuleId' });

/** The longest an exception may run: they are meant to be reviewed, not forgotten. */
export const SOD_EXCEPTION_MAX_DAYS = 365;

export const ZSodRule = z
  .object({
    id: ZSodRuleId,
    name: z.string(),
    rule: z.string(),
    source: z.string(),
    strength: z.string(),
    exceptionsAllowed: z.boolean().describe('SOD-00 admits no exception'),
    standing: z.boolean().describe('Checked against standing assignments in the conflicts report'),
  })
  .meta({ id: 'SodRule' });
export const ZSodRuleList = z.object({ items: z.array(ZSodRule) }).meta({ id: 'SodRuleList' });

const ZPersonRef = z.object({ id: z.string(), fullName: z.string() });

export const ZSodExceptionStatus = z
  .enum(['requested', 'approved', 'rejected', 'revoked', 'expired'])
  .describe('expired: its validity ended (approved or never decided)')
  .meta({ id: 'SodExceptionStatus' });

export const ZSodException = z
  .object({
    id: z.string(),
    reference: z.string().describe('SODX-0001'),
    ruleId: ZSodRuleId,
    ruleName: z.string(),
    person: ZPersonSummary,
    justification: z.string(),
    compensatingControl: z.string(),
    validFrom: ZIsoDateTime,
    validTo: ZIsoDateTime,
    status: ZSodExceptionStatus,
    inForce: z.boolean().describe('Approved and within its validity now'),
    requestedBy: ZPersonRef,
    requestedAt: ZIsoDateTime,
    decidedBy: ZPersonRef.nullable().describe('Who approved, rejected or revoked it'),
    decidedAt: ZIsoDateTime.nullable(),
    decisionNote: z.string().nullable(),
    version: z.number().int(),
    can: z.object({ approve: z.boolean(), reject: z.boolean(), revoke: z.boolean() }),
  })
  .meta({ id: 'SodException' });
export type TSodException = z.infer<typeof ZSodException>;
export const ZSodExceptionPage = ZPage(ZSodException).meta({ id: 'SodExceptionPage' });

export const ZSodExceptionListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  status: ZSodExceptionStatus.optional(),
  personId: z.uuid().optional(),
  ruleId: ZSodRuleId.optional(),
});
export type TSodExceptionListQuery = z.infer<typeof ZSodExceptionListQuery>;

const ZText = (max: number) => z.string().trim().min(1).max(max);

export const ZRequestSodExceptionRequest = z.strictObject({
  ruleId: ZSodRuleId,
  personId: z.uuid().describe('The person whose decisions or roles the exception lets through'),
  justification: ZText(2000).describe('Why the duties cannot be separated'),
  compensatingControl: ZText(2000).describe(
    'What reduces the risk meanwhile (e.g. a monthly review by another person)',
  ),
  validFrom: ZIsoDateTime,
  validTo: ZIsoDateTime.describe(`After validFrom, at most ${SOD_EXCEPTION_MAX_DAYS} days later`),
});
export type TRequestSodExceptionRequest = z.infer<typeof ZRequestSodExceptionRequest>;

export const ZDecideSodExceptionRequest = z.strictObject({
  version: z.number().int().min(1),
  note: ZText(2000).describe('Why: recorded with the decision'),
});
export type TDecideSodExceptionRequest = z.infer<typeof ZDecideSodExceptionRequest>;

export const ZSodConflictAssignment = z
  .object({
    assignmentId: z.string(),
    roleKey: z.string(),
    roleName: z.string(),
    scope: ZScope,
    kind: z.enum(['holder', 'deputy']),
    validFrom: ZIsoDateTime,
    validTo: ZIsoDateTime.nullable(),
  })
  .meta({ id: 'SodConflictAssignment' });

export const ZSodConflict = z
  .object({
    ruleId: ZSodRuleId,
    ruleName: z.string(),
    person: ZPersonSummary,
    first: ZSodConflictAssignment.describe('The role the rule names first (e.g. internal auditor, developer)'),
    second: ZSodConflictAssignment.describe('The role it may not be combined with in an overlapping scope'),
    since: ZIsoDateTime.describe('When both assignments were first held together'),
    status: z.enum(['open', 'excepted']),
    exception: z
      .object({ id: z.string(), reference: z.string(), validTo: ZIsoDateTime })
      .nullable()
      .describe('The approved exception in force at the as-of time, if any'),
  })
  .meta({ id: 'SodConflict' });
export type TSodConflict = z.infer<typeof ZSodConflict>;

export const ZSodConflictPage = ZPage(ZSodConflict).extend({ asOf: ZIsoDateTime }).meta({ id: 'SodConflictPage' });

export const ZSodConflictQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
  asOf: ZAsOf.optional(),
  ruleId: ZSodRuleId.optional(),
  personId: z.uuid().optional(),
});
export type TSodConflictQuery = z.infer<typeof ZSodConflictQuery>;
