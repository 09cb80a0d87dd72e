import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import { CONTROL_OWNER, loadControlFacts, ownerOfControl } from './controls.owners.js';
import * as repo from './controls.repository.js';

const label = (c: { reference: string; title: string }) => `${c.reference} ${c.title}`;

async function unowned(db: Parameters<ScopeKind['labels']>[0], at: string) {
  const [controls, facts] = await Promise.all([repo.applicableControlLabels(db), loadControlFacts(db, at)]);
  return {
    total: controls.length,
    unowned: controls.filter((c) => ownerOfControl(c.id, facts) === null).map((c) => ({ id: c.id, label: label(c) })),
  };
}

/**
 * Controls can be scoped in the ledger (a Control Owner or System Administrator for one control).
 * Every control the SoA includes needs an owner: its own, or the Control Owner of the whole ISMS
 * (then none is missing); excluded and undecided controls need none. Coverage lists those without.
 */
export const controlScopeKind: ScopeKind = {
  type: 'control',
  label: 'Controls',
  labels: async (db, ids) => new Map((await repo.controlLabels(db, ids)).map((c) => [c.id, label(c)])),
  ownership: {
    roleKey: CONTROL_OWNER,
    count: async (db, at) => {
      const u = await unowned(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unowned(db, at)).unowned, after, limit),
    link: (id) => `/controls/${id}`,
    ismsWide: true,
  },
};
