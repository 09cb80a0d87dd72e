import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { currentHoldersOfRole } from '../responsibilities/responsibilities.ledger.js';
import * as repo from './assets.repository.js';

export const ASSET_OWNER = 'asset_owner';
export const SYSADMIN = 'sysadmin';

export type Holding = { personId: string; assignmentId: string };
/** The owner (or custodian) of an asset and the scope their role comes from. */
export type AssetHolder = Holding & { via: 'asset' | 'org_unit'; scopeId: string };

/**
 * Who owns and looks after which assets, read from the ledger once: Asset Owner and System
 * Administrator holders per asset and per org unit (inherited down the tree), and the
 * administrators for the whole ISMS.
 */
export type AssetFacts = {
  owners: { direct: Map<string, Holding>; units: Map<string, Holding> };
  custodians: { direct: Map<string, Holding>; units: Map<string, Holding> };
  ismsAdmins: Holding[];
  parentOf: Map<string, string | null>;
  unitIds: string[];
};

export async function loadAssetFacts(db: Db, at: string): Promise<AssetFacts> {
  const [owners, admins, units] = await Promise.all([
    currentHoldersOfRole(db, ASSET_OWNER, at),
    currentHoldersOfRole(db, SYSADMIN, at),
    repo.orgUnits(db),
  ]);
  const split = (rows: typeof owners) => {
    const direct = new Map<string, Holding>();
    const byUnit = new Map<string, Holding>();
    for (const h of rows) {
      const holding = { personId: h.person_id, assignmentId: h.id };
      if (h.scope_type === 'asset' && h.scope_id && !direct.has(h.scope_id)) direct.set(h.scope_id, holding);
      else if (h.scope_type === 'org_unit' && h.scope_id && !byUnit.has(h.scope_id)) byUnit.set(h.scope_id, holding);
    }
    return { direct, units: byUnit };
  };
  return {
    owners: split(owners),
    custodians: split(admins),
    ismsAdmins: admins
      .filter((h) => h.scope_type === 'isms')
      .map((h) => ({ personId: h.person_id, assignmentId: h.id })),
    parentOf: new Map(units.map((u) => [u.id, u.parent_id])),
    unitIds: units.map((u) => u.id),
  };
}

function nearest(
  asset: { id: string; org_unit_id: string | null },
  m: { direct: Map<string, Holding>; units: Map<string, Holding> },
  parentOf: Map<string, string | null>,
): AssetHolder | null {
  const direct = m.direct.get(asset.id);
  if (direct) return { ...direct, via: 'asset', scopeId: asset.id };
  const seen = new Set<string>();
  for (let u = asset.org_unit_id; u && !seen.has(u); u = parentOf.get(u) ?? null) {
    seen.add(u);
    const h = m.units.get(u);
    if (h) return { ...h, via: 'org_unit', scopeId: u };
  }
  return null;
}

/** The asset's owner: the holder for the asset, else the nearest org unit up the tree with one. */
export const ownerOfAsset = (asset: { id: string; org_unit_id: string | null }, f: AssetFacts) =>
  nearest(asset, f.owners, f.parentOf);

/** The asset's custodian: the System Administrator held for it, else for its org unit up the tree. */
export const custodianOfAsset = (asset: { id: string; org_unit_id: string | null }, f: AssetFacts) =>
  nearest(asset, f.custodians, f.parentOf);

/** The caller's assignment through which they act as `holder` (their own, or a deputy's standing in). */
export function actingAs(
  held: HeldRole[],
  roleKey: string,
  holder: AssetHolder | null,
): { assignmentId: string } | null {
  if (!holder) return null;
  const mine = held.filter((h) => h.roleKey === roleKey && h.scopeType === holder.via && h.scopeId === holder.scopeId);
  const found = mine.find((h) => h.kind === 'holder' && h.assignmentId === holder.assignmentId) ?? mine[0];
  return found ? { assignmentId: found.assignmentId } : null;
}

/**
 * The System Administrator assignment through which the caller may provision or revoke access on
 * the asset: held for the asset, for its org unit or one above, or for the whole ISMS.
 */
export function adminFor(
  held: HeldRole[],
  asset: { id: string; org_unit_id: string | null },
  parentOf: Map<string, string | null>,
): { assignmentId: string } | null {
  const units = new Set<string>();
  for (let u = asset.org_unit_id; u && !units.has(u); u = parentOf.get(u) ?? null) units.add(u);
  const found = [...held]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1))
    .find(
      (h) =>
        h.roleKey === SYSADMIN &&
        (h.scopeType === 'isms' ||
          (h.scopeType === 'asset' && h.scopeId === asset.id) ||
          (h.scopeType === 'org_unit' && h.scopeId !== null && units.has(h.scopeId))),
    );
  return found ? { assignmentId: found.assignmentId } : null;
}

/** Org units whose assets a person owns by inheritance (their units and those below, unless owned lower down). */
export function unitsOwnedBy(personId: string, f: AssetFacts): string[] {
  return f.unitIds.filter(
    (u) =>
      nearest({ id: '', org_unit_id: u }, { direct: new Map(), units: f.owners.units }, f.parentOf)?.personId ===
      personId,
  );
}

/** Asset ids a person owns directly. */
export function assetsOwnedDirectly(personId: string, f: AssetFacts): string[] {
  return [...f.owners.direct].filter(([, h]) => h.personId === personId).map(([id]) => id);
}
