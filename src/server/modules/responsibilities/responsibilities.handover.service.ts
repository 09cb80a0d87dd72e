import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../core/actor.js';
import type { Grant } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './responsibilities.handover.repository.js';

export type HandoverSource = 'manual' | 'hr_import' | 'scim';

/**
 * Opens a leaver's handover (once; a second call while one is open does nothing). Whoever marks
 * a person a leaver calls this in the same transaction; the ISM confirms it later.
 */
export async function openHandover(
  trx: Db,
  personId: string,
  source: HandoverSource,
  who: { actor: Actor; grant: Grant; requestId?: string },
): Promise<{ id: string; created: boolean }> {
  const open = await repo.findOpenHandover(trx, personId);
  if (open) return { id: open.id, created: false };
  const row = {
    id: uuidv7(),
    person_id: personId,
    status: 'open' as const,
    source,
    opened_at: nowIso(),
    confirmed_at: null,
    confirmed_by: null,
    result: null,
    version: 1,
  };
  await repo.insertHandover(trx, row);
  await appendTrail(trx, {
    ...who,
    action: 'handover.opened',
    objectType: 'handover',
    objectId: row.id,
    changes: { personId, source },
  });
  return { id: row.id, created: true };
}
