import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import { heldScopeIds } from '../responsibilities/responsibilities.ledger.js';
import { OWNER_ROLE } from './policies.presenters.js';
import * as repo from './policies.repository.js';

const label = (p: { reference: string; title: string }) => `${p.reference} ${p.title}`;

async function unowned(db: Parameters<ScopeKind['labels']>[0], at: string) {
  const [policies, owned] = await Promise.all([
    repo.activePolicyLabels(db),
    heldScopeIds(db, OWNER_ROLE, 'policy', at),
  ]);
  const ownedSet = new Set(owned);
  return {
    total: policies.length,
    unowned: policies.filter((p) => !ownedSet.has(p.id)).map((p) => ({ id: p.id, label: label(p) })),
  };
}

/** Policies can be scoped in the ledger; every policy in force or in preparation needs a Policy Owner. */
export const policyScopeKind: ScopeKind = {
  type: 'policy',
  label: 'Policies',
  labels: async (db, ids) => new Map((await repo.policyLabels(db, ids)).map((p) => [p.id, label(p)])),
  ownership: {
    roleKey: OWNER_ROLE,
    count: async (db, at) => {
      const u = await unowned(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unowned(db, at)).unowned, after, limit),
    link: (id) => `/policies/${id}`,
  },
};
