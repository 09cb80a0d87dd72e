import { z } from 'zod';
import { ZIsoDateTime } from './common.js';

/** R responsible, A accountable, A/R both, C consulted, I informed; a missing cell: not involved. */
export const RACI_VALUES = ['R', 'A', 'A/R', 'C', 'I'] as const;
export const ZRaciValue = z.enum(RACI_VALUES).meta({ id: 'RaciValue' });
export type TRaciValue = z.infer<typeof ZRaciValue>;

export const RACI_LEGEND: { value: TRaciValue; label: string }[] = [
  { value: 'R', label: 'Responsible: does the work' },
  { value: 'A', label: 'Accountable: approves and answers for the outcome (exactly one per process)' },
  { value: 'A/R', label: 'Accountable and Responsible' },
  { value: 'C', label: 'Consulted: asked before (two-way)' },
  { value: 'I', label: 'Informed: told after (one-way)' },
];

export const ZRaciRole = z
  .object({
    key: z.string(),
    name: z.string(),
    builtin: z.boolean(),
    retired: z.boolean().describe('Retired roles appear only while a process still names them'),
  })
  .meta({ id: 'RaciRole' });

export const ZRaciProcess = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    isoRefs: z.array(z.string()).describe('ISO/IEC 27001:2022 clauses and Annex A controls'),
    rationale: z.string(),
    position: z.number().int(),
    cells: z.record(z.string(), ZRaciValue).describe('Role key → value; roles not named are not involved'),
    updatedAt: ZIsoDateTime,
    version: z.number().int(),
  })
  .meta({ id: 'RaciProcess' });
export type TRaciProcess = z.infer<typeof ZRaciProcess>;

export const ZRaciMatrix = z
  .object({
    roles: z.array(ZRaciRole).describe('The columns, in role catalogue order'),
    processes: z.array(ZRaciProcess).describe('The rows, in matrix order'),
    legend: z.array(z.object({ value: ZRaciValue, label: z.string() })),
    can: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'RaciMatrix' });
export type TRaciMatrix = z.infer<typeof ZRaciMatrix>;

const ZCells = z
  .record(z.string().max(40), ZRaciValue.nullable())
  .describe('Role key → value, or null for not involved; the whole row is replaced');

export const ZCreateRaciProcessRequest = z.strictObject({
  name: z.string().trim().min(1).max(200),
  isoRefs: z.array(z.string().trim().min(1).max(30)).max(30).default([]),
  rationale: z.string().trim().max(2000).default(''),
  cells: ZCells,
});
export type TCreateRaciProcessRequest = z.infer<typeof ZCreateRaciProcessRequest>;

export const ZUpdateRaciProcessRequest = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  isoRefs: z.array(z.string().trim().min(1).max(30)).max(30).optional(),
  rationale: z.string().trim().max(2000).optional(),
  cells: ZCells,
});
export type TUpdateRaciProcessRequest = z.infer<typeof ZUpdateRaciProcessRequest>;

export const ZDeleteRaciProcessQuery = z.object({
  version: z.coerce.number().int().min(1).describe('The version you are deleting; a stale one gets 409'),
});

export const ZRaciExportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
