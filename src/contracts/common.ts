import { z } from 'zod';

/** RFC 9457 problem details with Remit's stable `code`. */
export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per invalid field, for validation errors'),
    rule: z.string().optional().describe('Segregation-of-duties rule id, for sod_violation'),
  })
  .meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;

/** A page of a server-paginated list; `nextCursor` is null on the last page. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const ZOk = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });

export const ZIsoDateTime = z.iso.datetime({ offset: true });
