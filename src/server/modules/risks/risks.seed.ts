import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../core/actor.js';
import type { Grant } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { appendTrail } from '../trail/trail.service.js';
import { violation } from '../responsibilities/responsibilities.sod.rules.js';
import * as repo from './risks.repository.js';
import { aboveAppetite, levelOf, type Method } from './risks.rules.js';

/**
 * Records an acceptance given in the past (the demo organisation's history). The same rule the
 * live decision enforces (SOD-09) is checked; the caller names who decided and under which
 * assignment, and the trail says the record was loaded.
 */
export async function recordPastAcceptance(
  trx: Db,
  m: Method,
  input: {
    riskId: string;
    decider: { personId: string; roleKey: 'risk_owner' | 'top_management'; assignmentId: string };
    ownerPersonId: string | null;
    justification: string;
    acceptedAt: string;
    expiresAt: string;
  },
  who: { actor: Actor; grant: Grant },
): Promise<void> {
  const r = await repo.findRisk(trx, input.riskId);
  if (!r || r.residual_score === null) throw new Error('accept an assessed risk');
  const above = aboveAppetite(m, r.residual_score);
  const why = violation({
    rule: 'SOD-09',
    deciderPersonId: input.decider.personId,
    ownerPersonId: input.ownerPersonId,
    aboveAppetite: above,
    deciderIsTopManagement: input.decider.roleKey === 'top_management',
  });
  if (why) throw new Error(`SOD-09: ${why}`);
  await repo.insertAcceptance(trx, {
    id: uuidv7(),
    risk_id: r.id,
    residual_score: r.residual_score,
    level_key: levelOf(m, r.residual_score).key,
    above_appetite: above ? 1 : 0,
    method_version: m.version,
    justification: input.justification,
    accepted_by: input.decider.personId,
    accepted_role_key: input.decider.roleKey,
    accepted_assignment_id: input.decider.assignmentId,
    accepted_at: input.acceptedAt,
    expires_at: input.expiresAt,
    revoked_at: null,
    revoked_by: null,
    revoke_reason: null,
  });
  await repo.updateRisk(trx, r.id, r.version, { accepted_until: input.expiresAt });
  await appendTrail(trx, {
    ...who,
    action: 'risk.acceptance.recorded',
    objectType: 'risk',
    objectId: r.id,
    changes: {
      reference: r.reference,
      acceptedBy: input.decider.personId,
      acceptedAs: input.decider.roleKey,
      acceptedAt: input.acceptedAt,
      expiresAt: input.expiresAt,
      residualScore: r.residual_score,
    },
  });
}
