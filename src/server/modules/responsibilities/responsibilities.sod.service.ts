import { v7 as uuidv7 } from 'uuid';
import {
  SOD_EXCEPTION_MAX_DAYS,
  type TDecideSodExceptionRequest,
  type TRequestSodExceptionRequest,
  type TSodConflict,
  type TSodConflictQuery,
  type TSodException,
  type TSodExceptionListQuery,
} from '../../../contracts/sod.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { SCOPE_KINDS } from '../scope-kinds.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { currentIsmsHolders } from './responsibilities.ledger.js';
import { asOfInstant } from './responsibilities.rules.js';
import { createScopeRegistry } from './responsibilities.scopes.js';
import { presentConflict, presentException } from './responsibilities.sod.presenters.js';
import * as repo from './responsibilities.sod.repository.js';
import {
  exceptionPeriodProblems,
  exceptionsAllowed,
  exceptionState,
  SOD_RULES,
  sodRule,
  STANDING_RULES,
  standingConflicts,
  violation,
  type SodCheck,
} from './responsibilities.sod.rules.js';

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

type ConflictKey = { name: string; pid: string; rule: string; a: string; b: string };
const keyOf = (c: TSodConflict): ConflictKey => ({
  name: c.person.fullName,
  pid: c.person.id,
  rule: c.ruleId,
  a: c.first.assignmentId,
  b: c.second.assignmentId,
});
const compareKeys = (x: ConflictKey, y: ConflictKey): number => {
  for (const k of ['name', 'pid', 'rule', 'a', 'b'] as const) {
    if (x[k] < y[k]) return -1;
    if (x[k] > y[k]) return 1;
  }
  return 0;
};

const personIdOf = (actor: Actor): string => (actor.kind === 'account' ? actor.personId : `system:${actor.label}`);

const DECISION = 'segregation-of-duties exception';

export function createSodService(deps: Deps) {
  const { db } = deps;
  const scopes = createScopeRegistry(SCOPE_KINDS);

  async function abilities(actor: Actor) {
    const [request, decide] = await deps.authz.canEach(actor, ['sod.exception.request', 'sod.exception.decide']);
    return { request: request === true, decide: decide === true };
  }

  function canOn(
    row: repo.ExceptionWithNames,
    actor: Actor,
    may: { request: boolean; decide: boolean },
    now: string,
  ): TSodException['can'] {
    const state = exceptionState(row, now);
    const decidable = may.decide && state === 'requested' && row.person_id !== personIdOf(actor);
    return {
      approve: decidable,
      reject: decidable,
      revoke: (may.request || may.decide) && (state === 'requested' || state === 'approved'),
    };
  }

  async function load(trx: Db, id: string): Promise<repo.ExceptionWithNames> {
    const row = await repo.findException(trx, id);
    if (!row) throw new AppError('not_found', 'No such segregation-of-duties exception');
    return row;
  }

  /** The one approve/reject/revoke transition: checks, writes and records it. */
  async function transition(
    actor: Actor,
    grant: Grant,
    id: string,
    input: TDecideSodExceptionRequest,
    meta: CallMeta,
    to: 'approved' | 'rejected' | 'revoked',
  ): Promise<TSodException> {
    const result = await db.transaction().execute(async (trx) => {
      const row = await load(trx, id);
      if (row.version !== input.version) throw stale(row.reference);
      const now = nowIso();
      const state = exceptionState(row, now);
      if (to !== 'revoked') {
        if (actor.kind === 'account')
          await enforceSod(trx, {
            rule: 'SOD-00',
            deciderPersonId: actor.personId,
            subjectPersonId: row.person_id,
            decision: DECISION,
          });
        if (state !== 'requested') throw new AppError('conflict', `${row.reference} is ${state}; nothing to decide`);
      } else if (state !== 'requested' && state !== 'approved') {
        throw new AppError(
          'conflict',
          `${row.reference} is ${state}; only a requested or approved exception is revoked`,
        );
      }
      const from = to === 'revoked' ? (['requested', 'approved'] as const) : (['requested'] as const);
      const ok = await repo.decideException(trx, id, row.version, [...from], {
        status: to,
        decided_by: personIdOf(actor),
        decided_at: now,
        decision_note: input.note,
      });
      if (!ok) throw stale(row.reference);
      await appendTrail(trx, {
        actor,
        grant,
        action: `sod.exception.${to}`,
        objectType: 'sod_exception',
        objectId: id,
        changes: {
          reference: row.reference,
          ruleId: row.rule_id,
          personId: row.person_id,
          status: { before: row.status, after: to },
          note: input.note,
          validFrom: row.valid_from,
          validTo: row.valid_to,
        },
        requestId: meta.requestId,
      });
      await notify(trx, {
        personIds: [row.requested_by, row.person_id],
        kind: `sod.exception.${to}`,
        title: `Exception ${row.reference} (${row.rule_id}) was ${to}`,
        body: input.note,
        link: '/sod',
        objectType: 'sod_exception',
        objectId: id,
        exceptPersonId: personIdOf(actor),
      });
      return load(trx, id);
    });
    return presentException(result, nowIso(), canOn(result, actor, await abilities(actor), nowIso()));
  }

  return {
    async rules(actor: Actor) {
      await deps.authz.authorize(actor, 'roles.read');
      const standing = new Set(STANDING_RULES.map((r) => r.rule));
      return {
        items: SOD_RULES.map((r) => ({
          ...r,
          exceptionsAllowed: exceptionsAllowed(r.id),
          standing: standing.has(r.id),
        })),
      };
    },

    /** Standing conflicts: pairs of current assignments one person holds that a rule forbids together. */
    async conflicts(actor: Actor, q: TSodConflictQuery) {
      await deps.authz.authorize(actor, 'sod.read');
      const at = asOfInstant(q.asOf, nowIso());
      const rules = STANDING_RULES.filter((r) => !q.ruleId || r.rule === q.ruleId);
      const after = decodeCursor<ConflictKey>(q.cursor, {
        name: 'string',
        pid: 'string',
        rule: 'string',
        a: 'string',
        b: 'string',
      });
      if (rules.length === 0) return { items: [], nextCursor: null, asOf: at };
      // The people a rule can catch are few (auditors, developers), so pairs are formed in memory.
      const rows = await repo.standingAssignments(
        db,
        at,
        [...new Set(rules.flatMap((r) => [...r.left, ...r.right]))],
        [...new Set(rules.flatMap((r) => r.left))],
        q.personId,
      );
      const parents = rows.some((r) => r.scope_type === 'org_unit')
        ? await repo.orgUnitParents(db)
        : new Map<string, string | null>();
      const found = standingConflicts(rows, (id) => parents.get(id) ?? null).filter((c) =>
        rules.some((r) => r.rule === c.rule),
      );
      const exceptions = await repo.exceptionsInForce(db, [...new Set(found.map((c) => c.personId))], at);
      const label = await scopes.labelAll(db, rows);
      const all = found
        .map((c) =>
          presentConflict(
            c,
            label,
            exceptions.find((x) => x.person_id === c.personId && x.rule_id === c.rule),
          ),
        )
        .sort((x, y) => compareKeys(keyOf(x), keyOf(y)));
      const rest = after ? all.filter((c) => compareKeys(keyOf(c), after) > 0) : all;
      const page = rest.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page,
        nextCursor: rest.length > q.limit && last ? encodeCursor(keyOf(last)) : null,
        asOf: at,
      };
    },

    async requestException(actor: Actor, input: TRequestSodExceptionRequest, meta: CallMeta): Promise<TSodException> {
      const grant = await deps.authz.authorize(actor, 'sod.exception.request');
      if (!exceptionsAllowed(input.ruleId)) {
        throw new AppError('validation_failed', `${input.ruleId} admits no exception`, {
          errors: [{ field: 'body.ruleId', message: `${sodRule(input.ruleId).name} admits no exception` }],
        });
      }
      const now = nowIso();
      const validFrom = new Date(input.validFrom).toISOString();
      const validTo = new Date(input.validTo).toISOString();
      const problems = exceptionPeriodProblems(validFrom, validTo, now, SOD_EXCEPTION_MAX_DAYS);
      if (problems.length > 0)
        throw new AppError('validation_failed', problems.map((p) => p.message).join('; '), { errors: problems });
      const person = await repo.findPersonSummary(db, input.personId);
      if (!person || person.status !== 'active') {
        const message = person ? `${person.full_name} has left the organisation` : 'No such person';
        throw new AppError('validation_failed', message, { errors: [{ field: 'body.personId', message }] });
      }
      // The reference is the next number; a request committed in between takes it, so try again.
      for (let attempt = 1; ; attempt += 1) {
        try {
          const row = await db.transaction().execute(async (trx) => {
            const id = uuidv7();
            const reference = `SODX-${String((await repo.countExceptions(trx)) + 1).padStart(4, '0')}`;
            await repo.insertException(trx, {
              id,
              reference,
              rule_id: input.ruleId,
              person_id: input.personId,
              justification: input.justification,
              compensating_control: input.compensatingControl,
              valid_from: validFrom,
              valid_to: validTo,
              status: 'requested',
              requested_by: personIdOf(actor),
              requested_at: nowIso(),
              decided_by: null,
              decided_at: null,
              decision_note: null,
              version: 1,
            });
            await appendTrail(trx, {
              actor,
              grant,
              action: 'sod.exception.requested',
              objectType: 'sod_exception',
              objectId: id,
              changes: {
                reference,
                ruleId: input.ruleId,
                personId: input.personId,
                justification: input.justification,
                compensatingControl: input.compensatingControl,
                validFrom,
                validTo,
              },
              requestId: meta.requestId,
            });
            await notify(trx, {
              personIds: await currentIsmsHolders(trx, 'top_management', nowIso()),
              kind: 'sod.exception.requested',
              title: `Exception ${reference} (${input.ruleId}) waits for your decision`,
              body: `${person.full_name}: ${input.justification}`,
              link: '/sod',
              objectType: 'sod_exception',
              objectId: id,
              exceptPersonId: personIdOf(actor),
            });
            return load(trx, id);
          });
          return presentException(row, nowIso(), canOn(row, actor, await abilities(actor), nowIso()));
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 5) throw e;
        }
      }
    },

    async listExceptions(actor: Actor, q: TSodExceptionListQuery) {
      await deps.authz.authorize(actor, 'sod.read');
      const after = decodeCursor<{ at: string; id: string }>(q.cursor, { at: 'string', id: 'string' });
      const now = nowIso();
      const rows = await repo.listExceptions(
        db,
        { status: q.status, personId: q.personId, ruleId: q.ruleId, after },
        now,
        q.limit + 1,
      );
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      const may = await abilities(actor);
      return {
        items: page.map((r) => presentException(r, now, canOn(r, actor, may, now))),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ at: last.requested_at, id: last.id }) : null,
      };
    },

    async getException(actor: Actor, id: string): Promise<TSodException> {
      await deps.authz.authorize(actor, 'sod.read');
      const row = await load(db, id);
      const now = nowIso();
      return presentException(row, now, canOn(row, actor, await abilities(actor), now));
    },

    async approve(actor: Actor, id: string, input: TDecideSodExceptionRequest, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'sod.exception.decide');
      return transition(actor, grant, id, input, meta, 'approved');
    },

    async reject(actor: Actor, id: string, input: TDecideSodExceptionRequest, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'sod.exception.decide');
      return transition(actor, grant, id, input, meta, 'rejected');
    },

    /** The ISM (who requests) or Top Management (who decides) may withdraw an exception early. */
    async revoke(actor: Actor, id: string, input: TDecideSodExceptionRequest, meta: CallMeta) {
      const may = await abilities(actor);
      if (!may.request && !may.decide)
        throw new AppError('forbidden', 'You may not revoke a segregation-of-duties exception');
      const grant = await deps.authz.authorize(actor, may.request ? 'sod.exception.request' : 'sod.exception.decide');
      return transition(actor, grant, id, input, meta, 'revoked');
    },
  };
}

const stale = (reference: string) =>
  new AppError('version_conflict', `${reference} changed since you loaded it; reload and try again`);

export type SodService = ReturnType<typeof createSodService>;
