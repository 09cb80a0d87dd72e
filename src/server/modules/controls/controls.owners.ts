import type { HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { currentHoldersOfRole } from '../responsibilities/responsibilities.ledger.js';

export const CONTROL_OWNER = 'control_owner';
export const SYSADMIN = 'sysadmin';
export const ISM = 'isms_manager';

export type Holding = { personId: string; assignmentId: string };
export type ControlHolder = Holding & { via: 'control' | 'isms' };

/**
 * Who owns and implements which controls, read from the ledger once: Control Owner holders per
 * control and for the whole ISMS, System Administrators held for a control (its implementers),
 * and the administrators of the whole ISMS (who carry tasks of controls without implementers).
 */
export type ControlFacts = {
  owners: Map<string, Holding>;
  ismsOwner: Holding | null;
  implementers: Map<string, Holding[]>;
  ismsAdmins: Holding[];
};

export async function loadControlFacts(db: Db, at: string): Promise<ControlFacts> {
  const [owners, admins] = await Promise.all([
    currentHoldersOfRole(db, CONTROL_OWNER, at),
    currentHoldersOfRole(db, SYSADMIN, at),
  ]);
  const direct = new Map<string, Holding>();
  let ismsOwner: Holding | null = null;
  for (const h of owners) {
    const holding = { personId: h.person_id, assignmentId: h.id };
    if (h.scope_type === 'control' && h.scope_id && !direct.has(h.scope_id)) direct.set(h.scope_id, holding);
    else if (h.scope_type === 'isms' && !ismsOwner) ismsOwner = holding;
  }
  const implementers = new Map<string, Holding[]>();
  for (const h of admins) {
    if (h.scope_type !== 'control' || !h.scope_id) continue;
    const list = implementers.get(h.scope_id) ?? [];
    if (!list.some((x) => x.personId === h.person_id)) list.push({ personId: h.person_id, assignmentId: h.id });
    implementers.set(h.scope_id, list);
  }
  return {
    owners: direct,
    ismsOwner,
    implementers,
    ismsAdmins: admins
      .filter((h) => h.scope_type === 'isms')
      .map((h) => ({ personId: h.person_id, assignmentId: h.id })),
  };
}

/** The control's owner: the Control Owner held for it, else the Control Owner of the whole ISMS. */
export function ownerOfControl(controlId: string, f: ControlFacts): ControlHolder | null {
  const direct = f.owners.get(controlId);
  if (direct) return { ...direct, via: 'control' };
  return f.ismsOwner ? { ...f.ismsOwner, via: 'isms' } : null;
}

/** System Administrators held for the control itself. */
export const implementersOf = (controlId: string, f: ControlFacts): Holding[] => f.implementers.get(controlId) ?? [];

/** The caller's assignment through which they act as the control's owner (own, or deputy standing in). */
export function actingAsOwner(
  held: HeldRole[],
  controlId: string,
  owner: ControlHolder | null,
): { assignmentId: string } | null {
  if (!owner) return null;
  const scopeId = owner.via === 'control' ? controlId : null;
  const mine = held.filter(
    (h) => h.roleKey === CONTROL_OWNER && h.scopeType === owner.via && (owner.via === 'isms' || h.scopeId === scopeId),
  );
  const found = mine.find((h) => h.kind === 'holder') ?? mine[0];
  return found ? { assignmentId: found.assignmentId } : null;
}

/** The System Administrator assignment through which the caller implements the control: held for it, or ISMS-wide. */
export function implementerAs(held: HeldRole[], controlId: string): { assignmentId: string } | null {
  const found = [...held]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'holder' ? -1 : 1))
    .find(
      (h) =>
        h.roleKey === SYSADMIN && (h.scopeType === 'isms' || (h.scopeType === 'control' && h.scopeId === controlId)),
    );
  return found ? { assignmentId: found.assignmentId } : null;
}
