import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import { loadOwnerFacts, RISK_OWNER } from './risks.owners.js';
import * as repo from './risks.repository.js';
import { ownerOf } from './risks.rules.js';

const label = (r: { reference: string; title: string }) => `${r.reference} ${r.title}`;

async function unowned(db: Parameters<ScopeKind['labels']>[0], at: string) {
  const [risks, facts] = await Promise.all([repo.openRiskLabels(db), loadOwnerFacts(db, at)]);
  return {
    total: risks.length,
    unowned: risks.filter((r) => ownerOf(r, facts) === null).map((r) => ({ id: r.id, label: label(r) })),
  };
}

/**
 * Risks can be scoped in the ledger (a Risk Owner for one risk). Every open risk needs an owner:
 * its own, its org unit's (up the tree) or the whole-ISMS risk owner; coverage lists those without.
 */
export const riskScopeKind: ScopeKind = {
  type: 'risk',
  label: 'Risks',
  labels: async (db, ids) => new Map((await repo.riskLabels(db, ids)).map((r) => [r.id, label(r)])),
  ownership: {
    roleKey: RISK_OWNER,
    count: async (db, at) => {
      const u = await unowned(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unowned(db, at)).unowned, after, limit),
    link: (id) => `/risks/${id}`,
  },
};
