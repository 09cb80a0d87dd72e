import { v7 as uuidv7 } from 'uuid';
import { generatePeople, PEOPLE_PER_SIZE, type DemoSize } from '../../../../bench/generator/people.js';
import type { Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import { findPersonByEmail, insertPerson } from '../identity/identity.repository.js';
import { assignEmployeeRole } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';

export type DemoOptions = { size: DemoSize; seed: number; onProgress?: (done: number, total: number) => void };

const BATCH = 500;

/**
 * Loads a deterministic demo organisation. Today that is its people; each later module adds its
 * own objects here. Re-running with the same seed adds nothing twice (people are keyed by email).
 */
export async function loadDemoData(deps: Pick<Deps, 'db'>, opts: DemoOptions): Promise<{ peopleCreated: number }> {
  const total = PEOPLE_PER_SIZE[opts.size];
  const actor = { kind: 'system' as const, label: 'demo' };
  const grant = { kind: 'system' as const, label: 'demo' };
  const people = [...generatePeople(total, opts.seed)];
  let created = 0;
  for (let i = 0; i < people.length; i += BATCH) {
    const batch = people.slice(i, i + BATCH);
    await deps.db.transaction().execute(async (trx) => {
      for (const p of batch) {
        if (await findPersonByEmail(trx, p.email)) continue;
        const now = nowIso();
        const id = uuidv7();
        await insertPerson(trx, {
          id,
          full_name: p.fullName,
          email: p.email,
          status: 'active',
          source: 'demo',
          created_at: now,
          updated_at: now,
          version: 1,
        });
        const employeeAssignmentId = await assignEmployeeRole(trx, { personId: id });
        await appendTrail(trx, {
          actor,
          grant,
          action: 'person.created',
          objectType: 'person',
          objectId: id,
          changes: { fullName: p.fullName, email: p.email, source: 'demo', employeeAssignmentId },
        });
        created += 1;
      }
    });
    opts.onProgress?.(Math.min(i + BATCH, total), total);
  }
  return { peopleCreated: created };
}
