import type { Db } from '../../db/database.js';
import { holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import * as repo from './incidents.repository.js';

const label = (x: { reference: string; title: string }) => `${x.reference} ${x.title}`;

async function unhandled(db: Db, at: string) {
  const rows = (await repo.allIncidents(db, { now: at, status: 'unclosed', classification: 'incident' })).filter(
    (r) => r.status === 'open' || r.status === 'resolved',
  );
  const handled = await holdersOfScopes(
    db,
    repo.HANDLER,
    'incident',
    rows.map((r) => r.id),
    at,
  );
  return {
    total: rows.length,
    unowned: rows.filter((r) => !handled.has(r.id)).map((r) => ({ id: r.id, label: label(r) })),
  };
}

/**
 * An Incident Handler is held for one incident. Every incident being handled needs one (A.5.26:
 * someone answers for the response); coverage lists those without. The role ends at closure.
 */
export const incidentScopeKind: ScopeKind = {
  type: 'incident',
  label: 'Incidents',
  labels: async (db, ids) => new Map((await repo.incidentLabels(db, ids)).map((r) => [r.id, label(r)])),
  ownership: {
    roleKey: repo.HANDLER,
    count: async (db, at) => {
      const u = await unhandled(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unhandled(db, at)).unowned, after, limit),
    link: (id) => `/incidents/${id}`,
  },
};
