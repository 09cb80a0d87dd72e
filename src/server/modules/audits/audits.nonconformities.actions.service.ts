import { v7 as uuidv7 } from 'uuid';
import type {
  TAddCorrectiveActionRequest,
  TNonconformity,
  TUpdateCorrectiveActionRequest,
  ZCancelCorrectiveActionRequest,
  ZCompleteCorrectiveActionRequest,
} from '../../../contracts/audits.js';
import type { z } from 'zod';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { grantLabel, type Grant } from '../../core/authorize.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { withNextNumber, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { CorrectiveActionRow } from '../../db/schema.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { currentScopeHolders } from '../responsibilities/responsibilities.ledger.js';
import {
  actionReference,
  actionTrail,
  closedNc,
  dayOf,
  hasRootCause,
  isRealDay,
  loadNc,
  personOf,
  staleNc,
  syncStatus,
  type Who,
} from './audits.nonconformities.core.js';
import { whysOf, type Access } from './audits.nonconformities.presenters.js';
import * as repo from './audits.nonconformities.repository.js';

type Helpers = {
  accessOf: (actor: Actor) => Promise<Access>;
  present: (x: Access, id: string) => Promise<TNonconformity>;
  manageGrant: (actor: Actor, ncId: string) => Promise<Grant>;
};

async function loadAction(db: Db, ncId: string, actionId: string): Promise<CorrectiveActionRow> {
  const a = await repo.findAction(db, actionId);
  if (!a || a.nc_id !== ncId) throw new AppError('not_found', 'No such corrective action');
  return a;
}

/** A due date must be a real day, today or later. */
function checkDue(day: string) {
  const message = !isRealDay(day)
    ? 'Not a day of the calendar'
    : day < dayOf(nowIso())
      ? 'The due date is in the past'
      : null;
  if (message)
    throw new AppError('validation_failed', 'The due date is not valid', { errors: [{ field: 'dueDate', message }] });
}

const notOpen = (a: CorrectiveActionRow) =>
  new AppError('conflict', `${a.reference} is ${a.status === 'done' ? 'done' : 'cancelled'}; only open actions change`);

const ownerReason = (a: { reference: string; title: string }, ncRef: string) =>
  `Owner of ${a.reference} ${a.title} (${ncRef})`;

/**
 * Corrective actions (10.2 c, e): planned by the ISM or the NC's owner once the root cause is
 * known, each with an owner in the ledger and a due date; completed by that owner (or a deputy
 * standing in), or cancelled. Each change moves the NC along its life cycle (syncStatus).
 */
export function createCorrectiveActionOps(deps: Deps, assignments: AssignmentService, h: Helpers) {
  const { db } = deps;

  async function openOwner(
    trx: Db,
    who: Who,
    a: { id: string; reference: string; title: string },
    ncRef: string,
    personId: string,
  ) {
    await assignments.open(
      trx,
      {
        personId,
        roleKey: repo.ACTION_OWNER,
        scopeType: 'corrective_action',
        scopeId: a.id,
        kind: 'holder',
        reason: ownerReason(a, ncRef).slice(0, 1000),
        replaceCurrent: false,
      },
      who,
    );
  }

  return {
    async addAction(actor: Actor, ncId: string, input: TAddCorrectiveActionRequest, meta: CallMeta) {
      const grant = await h.manageGrant(actor, ncId);
      const x = await h.accessOf(actor);
      await loadNc(db, ncId);
      checkDue(input.dueDate);
      const who = { actor, grant, requestId: meta.requestId };
      await withNextNumber(db, async (trx) => {
        const nc = await loadNc(trx, ncId);
        if (nc.status === 'closed') throw closedNc(nc.reference);
        if (!hasRootCause(nc, whysOf(nc)))
          throw new AppError(
            'conflict',
            `Record the root cause of ${nc.reference} first: corrective action deals with the causes of a nonconformity (10.2 b)`,
          );
        const now = nowIso();
        const number = await repo.nextActionNumber(trx);
        const a = { id: uuidv7(), number, reference: actionReference(number), nc_id: nc.id, title: input.title };
        await repo.insertAction(trx, {
          ...a,
          description: input.description,
          due_date: input.dueDate,
          status: 'open',
          done_at: null,
          done_by: null,
          done_role_key: null,
          done_assignment_id: null,
          cancelled_at: null,
          created_by: personOf(actor),
          created_at: now,
          updated_at: now,
        });
        await actionTrail(trx, who, 'corrective_action.add', a, {
          title: input.title,
          description: input.description,
          dueDate: input.dueDate,
          ownerPersonId: input.ownerPersonId,
        });
        await openOwner(trx, who, a, nc.reference, input.ownerPersonId);
        await syncStatus(trx, nc, who);
      });
      return h.present(x, ncId);
    },

    /** Title, description, due date and owner of an open action (a new owner replaces the current one). */
    async updateAction(
      actor: Actor,
      ncId: string,
      actionId: string,
      input: TUpdateCorrectiveActionRequest,
      meta: CallMeta,
    ) {
      const grant = await h.manageGrant(actor, ncId);
      const x = await h.accessOf(actor);
      const a0 = await loadAction(db, ncId, actionId);
      if (input.dueDate !== undefined && input.dueDate !== a0.due_date) checkDue(input.dueDate);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const nc = await loadNc(trx, ncId);
        if (nc.status === 'closed') throw closedNc(nc.reference);
        const a = await loadAction(trx, ncId, actionId);
        if (a.status !== 'open') throw notOpen(a);
        if (a.version !== input.version) throw staleNc(a.reference);
        const next = { title: input.title, description: input.description, due_date: input.dueDate };
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        for (const [k, v] of Object.entries(next) as [keyof typeof next, string | undefined][])
          if (v !== undefined && v !== a[k]) changes[k] = { before: a[k], after: v };
        const now = nowIso();
        const current = await currentScopeHolders(trx, repo.ACTION_OWNER, 'corrective_action', a.id, now);
        const newOwner =
          input.ownerPersonId !== undefined && !(current.length === 1 && current[0]!.person_id === input.ownerPersonId)
            ? input.ownerPersonId
            : null;
        if (Object.keys(changes).length === 0 && newOwner === null) return;
        if (!(await repo.updateAction(trx, a.id, a.version, { ...next, updated_at: now }))) throw staleNc(a.reference);
        if (newOwner !== null) {
          changes.owner = { before: current.map((c) => c.person_id)[0] ?? null, after: newOwner };
          await assignments.setSoleHolder(
            trx,
            {
              roleKey: repo.ACTION_OWNER,
              scopeType: 'corrective_action',
              scopeId: a.id,
              personId: newOwner,
              endReason: `Owner of ${a.reference} changed`,
              openReason: ownerReason({ ...a, title: input.title ?? a.title }, nc.reference),
            },
            who,
          );
        }
        await actionTrail(trx, who, 'corrective_action.update', a, changes);
      });
      return h.present(x, ncId);
    },

    /** The action's owner (or a deputy standing in) records it done, saying what was done. */
    async completeAction(
      actor: Actor,
      ncId: string,
      actionId: string,
      input: z.infer<typeof ZCompleteCorrectiveActionRequest>,
      meta: CallMeta,
    ) {
      const grant = await deps.authz.authorize(actor, 'nonconformities.act', {
        scope: { type: 'corrective_action', id: actionId },
      });
      const person = personOf(actor);
      if (!person) throw new AppError('forbidden', 'Corrective actions are carried out by people');
      const x = await h.accessOf(actor);
      await loadAction(db, ncId, actionId);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const nc = await loadNc(trx, ncId);
        if (nc.status === 'closed') throw closedNc(nc.reference);
        const a = await loadAction(trx, ncId, actionId);
        if (a.status !== 'open') throw notOpen(a);
        if (a.version !== input.version) throw staleNc(a.reference);
        const now = nowIso();
        const label = grantLabel(grant);
        const roleKey = grant.kind === 'role' ? grant.roleKey : label.authorizedAs;
        const patch = {
          status: 'done',
          done_at: now,
          done_by: person,
          done_role_key: roleKey,
          done_assignment_id: label.authorizedBy,
          done_note: input.note,
          updated_at: now,
        };
        if (!(await repo.updateAction(trx, a.id, a.version, patch))) throw staleNc(a.reference);
        const owners = await currentScopeHolders(trx, repo.ACTION_OWNER, 'corrective_action', a.id, now);
        await actionTrail(trx, who, 'corrective_action.complete', a, {
          status: { before: 'open', after: 'done' },
          note: input.note,
          standingIn: !owners.some((o) => o.person_id === person),
        });
        await syncStatus(trx, nc, who);
      });
      return h.present(x, ncId);
    },

    /** The ISM or the NC's owner drops an open action that is no longer the way to remove the cause. */
    async cancelAction(
      actor: Actor,
      ncId: string,
      actionId: string,
      input: z.infer<typeof ZCancelCorrectiveActionRequest>,
      meta: CallMeta,
    ) {
      const grant = await h.manageGrant(actor, ncId);
      const x = await h.accessOf(actor);
      await loadAction(db, ncId, actionId);
      const who = { actor, grant, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const nc = await loadNc(trx, ncId);
        if (nc.status === 'closed') throw closedNc(nc.reference);
        const a = await loadAction(trx, ncId, actionId);
        if (a.status !== 'open') throw notOpen(a);
        if (a.version !== input.version) throw staleNc(a.reference);
        const now = nowIso();
        if (
          !(await repo.updateAction(trx, a.id, a.version, { status: 'cancelled', cancelled_at: now, updated_at: now }))
        )
          throw staleNc(a.reference);
        await actionTrail(trx, who, 'corrective_action.cancel', a, {
          status: { before: 'open', after: 'cancelled' },
          reason: input.reason,
        });
        await syncStatus(trx, nc, who);
      });
      return h.present(x, ncId);
    },
  };
}
