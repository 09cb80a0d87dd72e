import type { Db } from '../../db/database.js';
import * as repo from './responsibilities.scopes.repository.js';

/** An object the ledger can scope an assignment to, and how to find its name. */
export type ScopeKind = {
  type: string;
  label: string;
  /** Labels of the ids that exist; an id missing from the map does not exist. */
  labels: (db: Db, ids: string[]) => Promise<Map<string, string>>;
  /**
   * When objects of this kind must have an owner: the role that owns them, and the objects
   * without a current owner at `at` (count and a keyset page ordered by label then id).
   */
  ownership?: {
    roleKey: string;
    count: (db: Db, at: string) => Promise<{ total: number; unowned: number }>;
    unowned: (
      db: Db,
      at: string,
      after: { label: string; id: string } | undefined,
      limit: number,
    ) => Promise<{ id: string; label: string }[]>;
    /** Where the web app shows one object, for "fix it" links. */
    link: (id: string) => string;
    /**
     * A holder for the whole ISMS owns every object of this kind (the Control Owner), so an
     * empty ISMS-wide scope shows as unowned objects, not as a vacant role as well.
     */
    ismsWide?: boolean;
  };
};

/** One keyset page of objects sorted by label then id (the "unowned" lists of every scope kind). */
export function pageByLabel(
  items: { id: string; label: string }[],
  after: { label: string; id: string } | undefined,
  limit: number,
): { id: string; label: string }[] {
  const sorted = [...items].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  const start = after
    ? sorted.findIndex((u) => u.label.localeCompare(after.label) > 0 || (u.label === after.label && u.id > after.id))
    : 0;
  return start < 0 ? [] : sorted.slice(start, start + limit);
}

/** The whole ISMS: the scope of leadership and organisation-wide roles. */
export const ISMS_SCOPE = 'isms';

/**
 * Org units: a unit is owned when a Risk Owner holds it, one of its parent units, or the whole
 * ISMS (risk ownership is inherited down the tree).
 */
export const orgUnitScopeKind: ScopeKind = {
  type: 'org_unit',
  label: 'Org units',
  labels: async (db, ids) => new Map((await repo.orgUnitLabels(db, ids)).map((u) => [u.id, u.name])),
  ownership: {
    roleKey: 'risk_owner',
    count: async (db, at) => {
      const { units, unowned } = await unownedOrgUnits(db, at);
      return { total: units, unowned: unowned.length };
    },
    unowned: async (db, at, after, limit) => pageByLabel((await unownedOrgUnits(db, at)).unowned, after, limit),
    link: (id) => `/org-units/${id}`,
  },
};

async function unownedOrgUnits(db: Db, at: string) {
  const [units, owned, ismsOwner] = await Promise.all([
    repo.allOrgUnits(db),
    repo.heldScopeIds(db, 'risk_owner', 'org_unit', at),
    repo.hasIsmsHolder(db, 'risk_owner', at),
  ]);
  if (ismsOwner) return { units: units.length, unowned: [] as { id: string; label: string }[] };
  const parent = new Map(units.map((u) => [u.id, u.parent_id]));
  const ownedSet = new Set(owned);
  const covered = (id: string): boolean => {
    const seen = new Set<string>();
    for (let cur: string | null | undefined = id; cur && !seen.has(cur); cur = parent.get(cur)) {
      if (ownedSet.has(cur)) return true;
      seen.add(cur);
    }
    return false;
  };
  return {
    units: units.length,
    unowned: units.filter((u) => !covered(u.id)).map((u) => ({ id: u.id, label: u.name })),
  };
}

export type ScopeRegistry = {
  kinds: ScopeKind[];
  get: (type: string) => ScopeKind | undefined;
  /** A display label per (type, id); the whole ISMS and unknown ids get readable fallbacks. */
  labelAll: (
    db: Db,
    scopes: { scope_type: string; scope_id: string | null }[],
  ) => Promise<(s: { scope_type: string; scope_id: string | null }) => string>;
};

/** Built from the kinds every module declares (src/server/modules/scope-kinds.ts). */
export function createScopeRegistry(kinds: ScopeKind[]): ScopeRegistry {
  const byType = new Map(kinds.map((k) => [k.type, k]));
  return {
    kinds,
    get: (type) => byType.get(type),
    async labelAll(db, scopes) {
      const idsByType = new Map<string, Set<string>>();
      for (const s of scopes) {
        if (s.scope_id === null) continue;
        const set = idsByType.get(s.scope_type) ?? new Set<string>();
        set.add(s.scope_id);
        idsByType.set(s.scope_type, set);
      }
      const labels = new Map<string, string>();
      for (const [type, ids] of idsByType) {
        const kind = byType.get(type);
        if (!kind) continue;
        for (const [id, label] of await kind.labels(db, [...ids])) labels.set(`${type}:${id}`, label);
      }
      return (s) => {
        if (s.scope_id === null) return s.scope_type === ISMS_SCOPE ? 'Whole ISMS' : s.scope_type;
        const found = labels.get(`${s.scope_type}:${s.scope_id}`);
        const kind = byType.get(s.scope_type);
        return found ?? `${kind?.label ?? s.scope_type} ${s.scope_id} (not found)`;
      };
    },
  };
}

/** Every org unit with its parent: the tree other modules walk (audit scopes, independence). */
export async function orgUnitTree(db: Db): Promise<{ id: string; name: string; parent_id: string | null }[]> {
  return repo.allOrgUnits(db);
}
