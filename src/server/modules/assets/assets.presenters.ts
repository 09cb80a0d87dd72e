import type { TAssetSummary } from '../../../contracts/assets.js';
import type { AssetFacts } from './assets.owners.js';
import { custodianOfAsset, ownerOfAsset } from './assets.owners.js';
import type { AssetDetailRow } from './assets.repository.js';

export type Names = Map<string, string>;
export const personRef = (names: Names, id: string | null | undefined) =>
  id ? { id, fullName: names.get(id) ?? 'Unknown person' } : null;

/** Person ids a page of assets names as owner or custodian (one name lookup per request). */
export function peopleOf(rows: { id: string; org_unit_id: string | null }[], facts: AssetFacts): string[] {
  const ids = new Set<string>();
  for (const r of rows) {
    const o = ownerOfAsset(r, facts);
    const c = custodianOfAsset(r, facts);
    if (o) ids.add(o.personId);
    if (c) ids.add(c.personId);
  }
  return [...ids];
}

/** One line of the inventory: owner and custodian read from the ledger facts loaded for the request. */
export function presentSummary(r: AssetDetailRow, facts: AssetFacts, names: Names): TAssetSummary {
  const owner = ownerOfAsset(r, facts);
  const custodian = custodianOfAsset(r, facts);
  return {
    id: r.id,
    reference: r.reference,
    name: r.name,
    type: r.type as TAssetSummary['type'],
    status: r.status as TAssetSummary['status'],
    label: r.label as TAssetSummary['label'],
    confidentiality: r.confidentiality,
    integrity: r.integrity,
    availability: r.availability,
    orgUnit: r.org_unit_id ? { id: r.org_unit_id, name: r.unit_name ?? 'Unknown unit' } : null,
    owner: owner ? { person: personRef(names, owner.personId)!, via: owner.via } : null,
    custodian: personRef(names, custodian?.personId),
    parent: r.parent_id
      ? { id: r.parent_id, reference: r.parent_reference ?? '', name: r.parent_name ?? 'Unknown asset' }
      : null,
    location: r.location,
    updatedAt: r.updated_at,
  };
}
