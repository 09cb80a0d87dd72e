import type { Db } from '../../db/database.js';
import { pageByLabel, type ScopeKind } from '../responsibilities/responsibilities.scopes.js';
import * as repo from './audits.nonconformities.repository.js';

const label = (x: { reference: string; title: string }) => `${x.reference} ${x.title}`;

async function unownedNcs(db: Db, at: string) {
  const rows = await repo.allNcs(db, { now: at, status: 'unclosed' });
  const owned = new Set(
    (
      await repo.holdersOf(
        db,
        repo.NC_OWNER,
        'nonconformity',
        rows.map((r) => r.id),
        at,
      )
    ).map((h) => h.scope_id),
  );
  return {
    total: rows.length,
    unowned: rows.filter((r) => !owned.has(r.id)).map((r) => ({ id: r.id, label: label(r) })),
  };
}

async function unownedActions(db: Db, at: string) {
  const rows = await repo.openActions(db);
  const owned = new Set(
    (
      await repo.holdersOf(
        db,
        repo.ACTION_OWNER,
        'corrective_action',
        rows.map((r) => r.id),
        at,
      )
    ).map((h) => h.scope_id),
  );
  return {
    total: rows.length,
    unowned: rows.filter((r) => !owned.has(r.id)).map((r) => ({ id: r.id, label: label(r) })),
  };
}

/**
 * A Nonconformity Owner is held for one nonconformity. Every one not yet closed needs an owner
 * (10.2: someone answers for reacting to it and removing its cause); coverage lists those without.
 */
export const nonconformityScopeKind: ScopeKind = {
  type: 'nonconformity',
  label: 'Nonconformities',
  labels: async (db, ids) => new Map((await repo.ncLabels(db, ids)).map((n) => [n.id, label(n)])),
  ownership: {
    roleKey: repo.NC_OWNER,
    count: async (db, at) => {
      const u = await unownedNcs(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unownedNcs(db, at)).unowned, after, limit),
    link: (id) => `/nonconformities/${id}`,
  },
};

/**
 * A Corrective Action Owner is held for one corrective action; every open one needs an owner.
 * The link names only the action: the web app redirects /corrective-actions/:id to its NC's page.
 */
export const correctiveActionScopeKind: ScopeKind = {
  type: 'corrective_action',
  label: 'Corrective actions',
  labels: async (db, ids) => new Map((await repo.actionLabels(db, ids)).map((a) => [a.id, label(a)])),
  ownership: {
    roleKey: repo.ACTION_OWNER,
    count: async (db, at) => {
      const u = await unownedActions(db, at);
      return { total: u.total, unowned: u.unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unownedActions(db, at)).unowned, after, limit),
    link: (id) => `/corrective-actions/${id}`,
  },
};
