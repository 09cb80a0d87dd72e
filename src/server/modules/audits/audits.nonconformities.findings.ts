import type { Actor } from '../../core/actor.js';
import type { Grant } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { insertRaised } from './audits.nonconformities.core.js';
import * as repo from './audits.nonconformities.repository.js';

// What the audits themselves need of nonconformities: raising one from a finding inside the
// audit's own transaction, and reading those raised for a checklist or a report.

/**
 * Inside the caller's transaction: raises the NC for an audit finding (minor_nc/major_nc), owner
 * none yet; trail 'nonconformity.raise'; tells the ISM. Returns id+reference. Idempotent per
 * auditItemId (returns the existing one). The number is taken inside the caller's transaction:
 * on PostgreSQL a concurrent raise can make it fail with a unique violation, which the caller retries.
 */
export async function raiseFromFinding(
  trx: Db,
  input: {
    auditId: string;
    auditReference: string;
    auditItemId: string;
    title: string;
    description: string;
    severity: 'minor' | 'major';
    clauseId: string | null;
    controlId: string | null;
    raisedByPersonId: string;
    raisedRoleKey: string;
  },
  who: { actor: Actor; grant: Grant; requestId?: string },
): Promise<{ id: string; reference: string }> {
  const existing = await repo.findNcOfItem(trx, input.auditItemId);
  if (existing) return { id: existing.id, reference: existing.reference };
  return insertRaised(
    trx,
    {
      title: input.title,
      description: input.description,
      severity: input.severity,
      source: 'audit',
      sourceNote: `Finding of ${input.auditReference}`,
      auditId: input.auditId,
      auditItemId: input.auditItemId,
      clauseId: input.clauseId,
      controlId: input.controlId,
      raisedByPersonId: input.raisedByPersonId,
      raisedRoleKey: input.raisedRoleKey,
    },
    who,
  );
}

/** NC per audit checklist item, for the checklist presenter. */
export async function nonconformitiesOfItems(
  db: Db,
  itemIds: string[],
): Promise<Map<string, { id: string; reference: string; status: string }>> {
  const out = new Map<string, { id: string; reference: string; status: string }>();
  for (const r of await repo.ncsOfItems(db, itemIds))
    if (r.audit_item_id) out.set(r.audit_item_id, { id: r.id, reference: r.reference, status: r.status });
  return out;
}

/** Counts for the audit report: every NC raised from one audit, in reference order, with its actions. */
export async function nonconformitiesOfAudit(
  db: Db,
  auditId: string,
): Promise<
  {
    reference: string;
    title: string;
    severity: string;
    status: string;
    correctiveActions: { reference: string; title: string; status: string; dueDate: string }[];
  }[]
> {
  const ncs = await repo.ncsOfAudit(db, auditId);
  const actions = await repo.actionsOf(
    db,
    ncs.map((n) => n.id),
  );
  return ncs.map((n) => ({
    reference: n.reference,
    title: n.title,
    severity: n.severity,
    status: n.status,
    correctiveActions: actions
      .filter((a) => a.nc_id === n.id)
      .map((a) => ({ reference: a.reference, title: a.title, status: a.status, dueDate: a.due_date })),
  }));
}
