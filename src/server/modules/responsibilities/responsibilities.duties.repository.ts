import type { Db } from '../../db/database.js';

export type AckRow = {
  id: string;
  person_id: string;
  role_key: string;
  role_name: string;
  kind: 'holder' | 'deputy';
  scope_type: string;
  valid_from: string;
  acknowledged_version: number | null;
  text_version: number;
  role_updated_at: string;
};

function unacknowledged(db: Db, at: string) {
  return db
    .selectFrom('assignment')
    .innerJoin('role', 'role.key', 'assignment.role_key')
    .select([
      'assignment.id',
      'assignment.person_id',
      'assignment.role_key',
      'role.name as role_name',
      'assignment.kind',
      'assignment.scope_type',
      'assignment.valid_from',
      'assignment.acknowledged_version',
      'role.text_version',
      'role.updated_at as role_updated_at',
    ])
    .where('assignment.valid_from', '<=', at)
    .where((eb) => eb.or([eb('assignment.valid_to', 'is', null), eb('assignment.valid_to', '>', at)]))
    .where((eb) =>
      eb.or([
        eb('assignment.acknowledged_version', 'is', null),
        eb('assignment.acknowledged_version', '<', eb.ref('role.text_version')),
      ]),
    );
}

/** A person's current assignments whose role text they have not acknowledged. */
export async function unacknowledgedOf(db: Db, personId: string, at: string): Promise<AckRow[]> {
  return unacknowledged(db, at).where('assignment.person_id', '=', personId).orderBy('assignment.id').execute();
}

/**
 * Unacknowledged current assignments that started (or whose role text changed) on or before
 * `startedBefore`, keyset by assignment id.
 */
export async function unacknowledgedStartedBefore(
  db: Db,
  at: string,
  startedBefore: string,
  afterId: string | undefined,
  limit: number,
): Promise<AckRow[]> {
  let q = unacknowledged(db, at).where((eb) =>
    eb.or([
      eb.and([eb('assignment.acknowledged_version', 'is', null), eb('assignment.valid_from', '<=', startedBefore)]),
      eb.and([eb('assignment.acknowledged_version', 'is not', null), eb('role.updated_at', '<=', startedBefore)]),
    ]),
  );
  if (afterId) q = q.where('assignment.id', '>', afterId);
  return q.orderBy('assignment.id').limit(limit).execute();
}

export async function openHandovers(
  db: Db,
  openedBefore: string | null,
): Promise<{ id: string; person_id: string; full_name: string; opened_at: string }[]> {
  let q = db
    .selectFrom('handover')
    .innerJoin('person', 'person.id', 'handover.person_id')
    .select(['handover.id', 'handover.person_id', 'person.full_name', 'handover.opened_at'])
    .where('handover.status', '=', 'open');
  if (openedBefore) q = q.where('handover.opened_at', '<=', openedBefore);
  return q.orderBy('handover.id').limit(5000).execute();
}

export async function requestedExceptions(
  db: Db,
  requestedBefore: string | null,
): Promise<
  { id: string; reference: string; rule_id: string; person_id: string; full_name: string; requested_at: string }[]
> {
  let q = db
    .selectFrom('sod_exception')
    .innerJoin('person', 'person.id', 'sod_exception.person_id')
    .select([
      'sod_exception.id',
      'sod_exception.reference',
      'sod_exception.rule_id',
      'sod_exception.person_id',
      'person.full_name',
      'sod_exception.requested_at',
    ])
    .where('sod_exception.status', '=', 'requested');
  if (requestedBefore) q = q.where('sod_exception.requested_at', '<=', requestedBefore);
  return q.orderBy('sod_exception.id').limit(5000).execute();
}
