import type { TAuditResult } from '../../../contracts/audits.js';
import type { Db } from '../../db/database.js';
import type { AuditRow } from '../../db/schema.js';
import { scopeHistory } from '../responsibilities/responsibilities.ledger.js';
import type { AuditCounts, TeamRow } from './audits.presenters.js';
import * as repo from './audits.repository.js';

/** The role an audit's team holds, scoped to the audit, in the ledger. */
export const AUDITOR = 'internal_auditor';

/** Checklist counts of audits, from one grouped query. */
export async function countsOf(db: Db, ids: string[]): Promise<Map<string, AuditCounts>> {
  const out = new Map<string, AuditCounts>();
  for (const id of ids) out.set(id, { total: 0, recorded: 0, byResult: {} });
  for (const r of await repo.resultCounts(db, ids)) {
    const c = out.get(r.audit_id);
    if (!c) continue;
    c.total += r.n;
    if (r.result) {
      c.recorded += r.n;
      c.byResult[r.result as TAuditResult] = (c.byResult[r.result as TAuditResult] ?? 0) + r.n;
    }
  }
  return out;
}

/** The audit's team: current members while it runs; when it ended, those whose assignment ended with it. */
export async function teamOf(db: Db, a: AuditRow): Promise<TeamRow[]> {
  const rows = await scopeHistory(db, AUDITOR, 'audit', a.id);
  const endedWith = a.signed_off_at ?? a.cancelled_at;
  return rows.filter(
    (r) => r.kind === 'holder' && (r.valid_to === null || (endedWith !== null && r.valid_to === endedWith)),
  );
}
