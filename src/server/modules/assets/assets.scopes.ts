import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import { ASSET_OWNER, loadAssetFacts, ownerOfAsset } from './assets.owners.js';
import * as repo from './assets.repository.js';

const label = (a: { reference: string; name: string }) => `${a.reference} ${a.name}`;

async function unowned(db: Parameters<ScopeKind['labels']>[0], at: string) {
  const [assets, facts] = await Promise.all([repo.liveAssetLabels(db), loadAssetFacts(db, at)]);
  return {
    total: assets.length,
    unowned: assets.filter((a) => ownerOfAsset(a, facts) === null).map((a) => ({ id: a.id, label: label(a) })),
  };
}

/**
 * Assets can be scoped in the ledger (an Asset Owner or System Administrator for one asset).
 * Every asset not disposed needs an owner (A.5.9): its own, or its org unit's (up the tree);
 * coverage lists those without.
 */
export const assetScopeKind: ScopeKind = {
  type: 'asset',
  label: 'Assets',
  labels: async (db, ids) => new Map((await repo.assetRefs(db, ids)).map((a) => [a.id, label(a)])),
  ownership: {
    roleKey: ASSET_OWNER,
    count: async (db, at) => {
      const u = await unowned(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unowned(db, at)).unowned, after, limit),
    link: (id) => `/assets/${id}`,
  },
};
