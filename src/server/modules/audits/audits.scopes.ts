import type { ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import * as repo from './audits.repository.js';

/**
 * An audit in the ledger: its team are Internal Auditors scoped to it, for as long as it runs.
 * An audit has no owner of its own (the ISM plans it), so coverage does not ask for one.
 */
export const auditScopeKind: ScopeKind = {
  type: 'audit',
  label: 'Audits',
  labels: async (db, ids) => new Map((await repo.auditLabels(db, ids)).map((a) => [a.id, `${a.reference} ${a.title}`])),
};
