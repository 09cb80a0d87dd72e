import type { z } from 'zod';
import type {
  TControlSummary,
  TControlTheme,
  TImplementationStatus,
  ZCatalogue,
  ZClause,
  ZSoaVersionSummary,
} from '../../../contracts/controls.js';
import type { CatalogueTable, ControlRow, IsmsClauseTable } from '../../db/schema.js';
import { fromJson } from '../../db/json.js';
import { EMPTY_COUNTS, type HealthCounts } from './controls.health.js';
import { implementersOf, ownerOfControl, type ControlFacts } from './controls.owners.js';
import type { SoaVersionRow } from './controls.repository.js';
import { applicabilityOf, controlHealth } from './controls.rules.js';

export type Names = Map<string, string>;
export const personRef = (names: Names, id: string) => ({ id, fullName: names.get(id) ?? 'Unknown person' });

/** Person ids a set of controls names as owner or implementer (one name lookup per request). */
export function peopleOf(rows: { id: string }[], facts: ControlFacts): string[] {
  const ids = new Set<string>();
  for (const r of rows) {
    const o = ownerOfControl(r.id, facts);
    if (o) ids.add(o.personId);
    for (const i of implementersOf(r.id, facts)) ids.add(i.personId);
  }
  return [...ids];
}

export const reasonsOf = (r: Pick<ControlRow, 'reasons'>) => fromJson<TControlSummary['reasons']>(r.reasons, []);

/** A control's health from its row, the ledger facts and its task and evidence counts. */
export function healthOf(r: ControlRow, facts: ControlFacts, counts: HealthCounts) {
  return controlHealth({
    applicability: applicabilityOf(r.applicable),
    status: r.status as TImplementationStatus,
    hasOwner: ownerOfControl(r.id, facts) !== null,
    missed: counts.missed,
    overdue: counts.overdue,
    expiredEvidence: counts.expiredEvidence,
    validEvidence: counts.validEvidence,
  });
}

/** One line of the controls list; owner and implementers come from the ledger facts of the request. */
export function presentSummary(
  r: ControlRow,
  facts: ControlFacts,
  counts: HealthCounts | undefined,
  names: Names,
  health = healthOf(r, facts, counts ?? EMPTY_COUNTS),
): TControlSummary {
  const owner = ownerOfControl(r.id, facts);
  const c = counts ?? EMPTY_COUNTS;
  return {
    id: r.id,
    reference: r.reference,
    code: r.code,
    title: r.title,
    theme: r.theme as TControlTheme,
    custom: r.custom === 1,
    applicability: applicabilityOf(r.applicable),
    reasons: reasonsOf(r),
    justification: r.justification,
    status: r.status as TImplementationStatus,
    owner: owner
      ? { person: personRef(names, owner.personId), via: owner.via, assignmentId: owner.assignmentId }
      : null,
    implementers: implementersOf(r.id, facts).map((i) => personRef(names, i.personId)),
    health,
    taskCount: c.taskCount,
    evidenceCount: c.evidenceCount,
    updatedAt: r.updated_at,
  };
}

export function presentCatalogue(c: CatalogueTable): z.infer<typeof ZCatalogue> {
  return {
    id: c.id,
    kind: c.kind as 'controls' | 'clauses' | 'custom',
    name: c.name,
    version: c.version,
    itemCount: c.item_count,
    loadedAt: c.loaded_at,
  };
}

export function presentClause(c: IsmsClauseTable): z.infer<typeof ZClause> {
  return {
    id: c.id,
    parentId: c.parent_id,
    title: c.title,
    mandatoryDocumentedInformation: c.mandatory_documented_information === 1,
    evidence: c.evidence,
  };
}

export function presentSoaSummary(
  v: Omit<SoaVersionRow, 'snapshot'>,
  names: Names,
  roles: Names,
): z.infer<typeof ZSoaVersionSummary> {
  return {
    number: v.number,
    note: v.note,
    sha256: v.sha256,
    controlCount: v.control_count,
    applicableCount: v.applicable_count,
    approvedBy: personRef(names, v.approved_by),
    approvedAs: roles.get(v.approved_role_key) ?? v.approved_role_key,
    approvedAt: v.approved_at,
  };
}
