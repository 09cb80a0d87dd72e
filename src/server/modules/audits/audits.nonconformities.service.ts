import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TNcAgeing,
  TNcExportQuery,
  TNcListQuery,
  TCorrectiveAction,
  TNonconformity,
  TRaiseNonconformityRequest,
  TUpdateNonconformityRequest,
  TVerifyNonconformityRequest,
  ZNcFilterQuery,
  ZNcPage,
  ZSetNcOwnerRequest,
} from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { AppError, isAppError, type FieldError } from '../../core/app-error.js';
import { grantLabel } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { withNextNumber, type Db } from '../../db/database.js';
import { nowIso, toJson } from '../../db/json.js';
import type { NonconformityRow } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { currentScopeHolders } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { createCorrectiveActionOps } from './audits.nonconformities.actions.service.js';
import {
  closedNc,
  implementersOfNc,
  insertRaised,
  loadNc,
  ncLink,
  ncTrail,
  personOf,
  staleNc,
  type Who,
} from './audits.nonconformities.core.js';
import { citedBriefs, loadFacts } from './audits.nonconformities.facts.js';
import { ageingOf, presentNc, presentSummary, whysOf, type Access } from './audits.nonconformities.presenters.js';
import { renderNcLog } from './audits.nonconformities.reports.js';
import * as repo from './audits.nonconformities.repository.js';

export { nonconformitiesOfAudit, nonconformitiesOfItems, raiseFromFinding } from './audits.nonconformities.findings.js';

/**
 * Nonconformities and corrective actions (10.2): raised from audits, incidents or anywhere, given
 * an owner in the ledger, corrected, their root cause found, corrective actions planned and done
 * by their owners, and their effectiveness verified by someone who did not implement them
 * (SOD-10). Every decision authorizes before its transaction opens: the authorizer reads the
 * ledger on its own connection, which SQLite would hold up behind an open transaction.
 */
export function createNonconformityService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function accessOf(actor: Actor): Promise<Access> {
    return { actor, held: await deps.authz.rolesOf(actor), personId: personOf(actor) };
  }

  async function present(x: Access, id: string): Promise<TNonconformity> {
    const r = await loadNc(db, id);
    return presentNc(r, await loadFacts(db, [r], true), x);
  }

  const manageGrant = (actor: Actor, id: string) =>
    deps.authz.authorize(actor, 'nonconformities.manage', { scope: { type: 'nonconformity', id } });

  /** Naming an NC's owner assigns a ledger role: the ISM's decision (DECISIONS.md). */
  async function ownerAuthority(actor: Actor) {
    try {
      return await assignments.authority(actor, repo.NC_OWNER);
    } catch (e) {
      if (isAppError(e) && e.code === 'forbidden')
        throw new AppError('forbidden', "Only the Information Security Manager assigns a nonconformity's owner");
      throw e;
    }
  }

  async function openOwner(
    trx: Db,
    who: Who,
    r: Pick<NonconformityRow, 'id' | 'reference' | 'title'>,
    personId: string,
  ) {
    await assignments.open(
      trx,
      {
        personId,
        roleKey: repo.NC_OWNER,
        scopeType: 'nonconformity',
        scopeId: r.id,
        kind: 'holder',
        reason: `Owner of ${r.reference} ${r.title}`.slice(0, 1000),
        replaceCurrent: false,
      },
      who,
    );
  }

  function filterOf(actor: Actor, q: z.infer<typeof ZNcFilterQuery>): repo.NcFilter {
    const me = personOf(actor);
    return {
      now: nowIso(),
      status: q.status,
      severity: q.severity,
      source: q.source,
      auditId: q.auditId,
      q: q.q,
      // 'me' for a caller who is no person matches nobody.
      owner: q.owner === undefined ? undefined : q.owner === 'me' ? (me ?? '-') : q.owner,
    };
  }

  const actionOps = createCorrectiveActionOps(deps, assignments, { accessOf, present, manageGrant });

  return {
    ...actionOps,

    async list(actor: Actor, q: TNcListQuery): Promise<z.infer<typeof ZNcPage>> {
      await deps.authz.authorize(actor, 'nonconformities.read');
      const cursor = decodeCursor<repo.NcCursor>(q.cursor, { n: 'number', v: 'string', i: 'string' });
      const rows = await repo.listNcs(db, filterOf(actor, q), q.sort, cursor, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const facts = await loadFacts(db, page, false);
      const last = page.at(-1);
      return {
        items: page.map((r) => presentSummary(r, facts)),
        nextCursor: rows.length > q.limit && last ? encodeCursor(repo.cursorOf(last, q.sort)) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TNonconformity> {
      await deps.authz.authorize(actor, 'nonconformities.read');
      return present(await accessOf(actor), id);
    },

    /** One corrective action (with its NC's id), for links that name only the action. */
    async getAction(actor: Actor, actionId: string): Promise<TCorrectiveAction> {
      await deps.authz.authorize(actor, 'nonconformities.read');
      const row = await repo.findAction(db, actionId);
      const found =
        row && (await present(await accessOf(actor), row.nc_id)).correctiveActions.find((a) => a.id === actionId);
      if (!found) throw new AppError('not_found', 'No such corrective action');
      return found;
    },

    /** How long unclosed NCs have been open: buckets in total, per owner and by severity. */
    async ageing(actor: Actor): Promise<TNcAgeing> {
      await deps.authz.authorize(actor, 'nonconformities.read');
      const rows = await repo.allNcs(db, { now: nowIso(), status: 'unclosed' });
      return ageingOf(rows, await loadFacts(db, rows, false));
    },

    /** The NC and corrective action log: one row per action, as auditors ask for it. */
    async export(actor: Actor, q: TNcExportQuery) {
      await deps.authz.authorize(actor, 'nonconformities.read');
      const rows = await repo.allNcs(db, filterOf(actor, q));
      return renderNcLog(q.format, rows, await loadFacts(db, rows, true));
    },

    async raise(actor: Actor, input: TRaiseNonconformityRequest, meta: CallMeta): Promise<TNonconformity> {
      const grant = await deps.authz.authorize(actor, 'nonconformities.raise');
      const raiser = personOf(actor);
      if (!raiser) throw new AppError('forbidden', 'Nonconformities are raised by a person');
      const ledger = input.ownerPersonId ? await ownerAuthority(actor) : null;
      const x = await accessOf(actor);
      const briefs = await citedBriefs(db, {
        clauseIds: input.clauseId ? [input.clauseId] : [],
        controlIds: input.controlId ? [input.controlId] : [],
      });
      const errors: FieldError[] = [];
      if (input.clauseId && !briefs.clauses.has(input.clauseId))
        errors.push({ field: 'clauseId', message: 'No clause of ISO/IEC 27001 with that id' });
      if (input.controlId && !briefs.controls.has(input.controlId))
        errors.push({ field: 'controlId', message: 'No control with that id' });
      if (errors.length)
        throw new AppError('validation_failed', 'The nonconformity cites what does not exist', { errors });
      const { id } = await withNextNumber(db, async (trx) => {
        const nc = await insertRaised(
          trx,
          {
            title: input.title,
            description: input.description,
            severity: input.severity,
            source: input.source,
            sourceNote: input.sourceNote,
            auditId: null,
            auditItemId: null,
            clauseId: input.clauseId ?? null,
            controlId: input.controlId ?? null,
            raisedByPersonId: raiser,
            raisedRoleKey: grant.kind === 'role' ? grant.roleKey : null,
          },
          { actor, grant, requestId: meta.requestId },
        );
        if (input.ownerPersonId && ledger)
          await openOwner(
            trx,
            { actor, grant: ledger, requestId: meta.requestId },
            { ...nc, title: input.title },
            input.ownerPersonId,
          );
        return nc;
      });
      return present(x, id);
    },

    /** Title, description, severity, the correction (10.2 a) and the root cause (10.2 b). */
    async update(
      actor: Actor,
      id: string,
      input: TUpdateNonconformityRequest,
      meta: CallMeta,
    ): Promise<TNonconformity> {
      const grant = await manageGrant(actor, id);
      const x = await accessOf(actor);
      await db.transaction().execute(async (trx) => {
        const r = await loadNc(trx, id);
        if (r.status === 'closed') throw closedNc(r.reference);
        if (r.version !== input.version) throw staleNc(r.reference);
        const now = nowIso();
        const next = {
          title: input.title,
          description: input.description,
          severity: input.severity,
          correction: input.correction,
          root_cause_method: input.rootCauseMethod,
          root_cause: input.rootCause,
        };
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        for (const [k, v] of Object.entries(next) as [keyof typeof next, string | undefined][])
          if (v !== undefined && v !== r[k]) changes[k] = { before: r[k], after: v };
        const whys = input.whys;
        if (whys !== undefined && toJson(whys) !== toJson(whysOf(r))) changes.whys = { before: whysOf(r), after: whys };
        if (Object.keys(changes).length === 0) return;
        const correctedAt = r.corrected_at ?? (input.correction?.trim() ? now : null);
        const patch = {
          ...next,
          whys: whys === undefined ? undefined : toJson(whys),
          corrected_at: correctedAt,
          updated_at: now,
        };
        if (!(await repo.updateNc(trx, id, r.version, patch))) throw staleNc(r.reference);
        if (correctedAt !== r.corrected_at) changes.correctedAt = { before: null, after: correctedAt };
        await ncTrail(trx, { actor, grant, requestId: meta.requestId }, 'nonconformity.update', r, changes);
      });
      return present(x, id);
    },

    /** Sets, replaces or ends (personId null) the NC's owner in the ledger; the ledger's events record it. */
    async setOwner(
      actor: Actor,
      id: string,
      input: z.infer<typeof ZSetNcOwnerRequest>,
      meta: CallMeta,
    ): Promise<TNonconformity> {
      await manageGrant(actor, id);
      const ledger = await ownerAuthority(actor);
      const x = await accessOf(actor);
      await loadNc(db, id);
      const who = { actor, grant: ledger, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const r = await loadNc(trx, id);
        if (r.status === 'closed') throw closedNc(r.reference);
        await assignments.setSoleHolder(
          trx,
          {
            roleKey: repo.NC_OWNER,
            scopeType: 'nonconformity',
            scopeId: id,
            personId: input.personId,
            endReason: `Owner of ${r.reference} changed`,
            openReason: `Owner of ${r.reference} ${r.title}`,
          },
          who,
        );
      });
      return present(x, id);
    },

    /**
     * Whether the corrective actions worked (10.2 d), by an internal auditor or the ISM who did not
     * implement them (SOD-10): effective closes the NC; not effective reopens it for new actions.
     */
    async verify(
      actor: Actor,
      id: string,
      input: TVerifyNonconformityRequest,
      meta: CallMeta,
    ): Promise<TNonconformity> {
      const grant = await deps.authz.authorize(actor, 'nonconformities.verify');
      const verifier = personOf(actor);
      if (!verifier) throw new AppError('forbidden', 'Effectiveness is verified by a person');
      const x = await accessOf(actor);
      await loadNc(db, id);
      await db.transaction().execute(async (trx) => {
        const r = await loadNc(trx, id);
        if (r.status !== 'verification')
          throw new AppError(
            'conflict',
            r.status === 'closed'
              ? `${r.reference} is already closed`
              : `${r.reference} is not awaiting verification: its corrective actions must be done (or cancelled) first`,
          );
        if (r.version !== input.version) throw staleNc(r.reference);
        const now = nowIso();
        const implementers = await implementersOfNc(trx, id, now);
        const { exception } = await enforceSod(trx, {
          rule: 'SOD-10',
          deciderPersonId: verifier,
          implementerPersonIds: implementers,
        });
        const label = grantLabel(grant);
        await repo.insertVerification(trx, {
          id: uuidv7(),
          nc_id: id,
          effective: input.effective ? 1 : 0,
          note: input.note,
          verified_by: verifier,
          verified_role_key: grant.kind === 'role' ? grant.roleKey : label.authorizedAs,
          verified_assignment_id: label.authorizedBy,
          sod_exception: exception,
          verified_at: now,
        });
        const after = input.effective ? 'closed' : 'open';
        const patch = input.effective
          ? { status: after, closed_at: now, closed_by: verifier, updated_at: now }
          : { status: after, reopened_count: r.reopened_count + 1, updated_at: now };
        if (!(await repo.updateNc(trx, id, r.version, patch))) throw staleNc(r.reference);
        const who = { actor, grant, requestId: meta.requestId };
        await ncTrail(trx, who, 'nonconformity.verify', r, {
          result: input.effective ? 'effective' : 'not_effective',
          note: input.note,
          status: { before: r.status, after },
          sodException: exception,
          ...(input.effective ? {} : { reopenedCount: { before: r.reopened_count, after: r.reopened_count + 1 } }),
        });
        const owners = await currentScopeHolders(trx, repo.NC_OWNER, 'nonconformity', id, now);
        await notify(trx, {
          personIds: owners.map((o) => o.person_id),
          kind: 'nonconformity.verified',
          title: input.effective
            ? `${r.reference} was verified effective and is closed`
            : `${r.reference} was found not effective: plan new corrective actions`,
          body: input.note,
          link: ncLink(id),
          objectType: 'nonconformity',
          objectId: id,
          exceptPersonId: verifier,
        });
      });
      return present(x, id);
    },
  };
}

export type NonconformityService = ReturnType<typeof createNonconformityService>;
