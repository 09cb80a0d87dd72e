import { AppError } from '../../core/app-error.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import * as repo from './responsibilities.sod.repository.js';
import { sodRule, violation, type SodCheck } from './responsibilities.sod.rules.js';

/**
 * The check other modules call inside the transaction that takes a decision: throws 409
 * `sod_violation` with the rule id unless Top Management approved an exception that is in force
 * for the deciding person and this rule (then the exception's reference is returned for the trail).
 */
export async function enforceSod(trx: Db, check: SodCheck): Promise<{ exception: string | null }> {
  const why = violation(check);
  if (why === null) return { exception: null };
  const covering = await repo.findCoveringException(trx, check.deciderPersonId, check.rule, nowIso());
  if (covering) return { exception: covering.reference };
  const rule = sodRule(check.rule);
  throw new AppError('sod_violation', `${rule.id} ${rule.name}: ${why}`, { rule: rule.id });
}
