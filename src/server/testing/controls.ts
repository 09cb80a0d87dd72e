import type { Deps } from '../core/deps.js';

/** The id of a control by its reference (A.5.1, CUS-001). */
export async function controlIdOf(deps: Deps, reference: string): Promise<string> {
  const row = await deps.db
    .selectFrom('control')
    .select('id')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Decides every undecided control at once, straight in the database (the applicability API has
 * its own tests): included for risk treatment unless `applicable` is false.
 */
export async function decideAllControls(
  deps: Deps,
  opts: { applicable?: boolean; decidedBy?: string | null } = {},
): Promise<number> {
  const applicable = opts.applicable ?? true;
  const now = new Date().toISOString();
  const res = await deps.db
    .updateTable('control')
    .set((eb) => ({
      applicable: applicable ? 1 : 0,
      reasons: applicable ? '["risk_treatment"]' : '[]',
      justification: applicable ? '' : 'Not relevant to this organisation (test)',
      decided_at: now,
      decided_by: opts.decidedBy ?? null,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('applicable', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
