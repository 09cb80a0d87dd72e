import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import {
  APPLICABILITIES,
  CONTROL_THEMES,
  HEALTH_LEVELS,
  IMPLEMENTATION_STATUSES,
  type TControl,
  type TControlListQuery,
  type TControlProgress,
  type TControlSummary,
  type TCreateControlRequest,
  type TSetApplicabilityRequest,
  type TSetControlLinksRequest,
  type TUpdateControlRequest,
  type ZAddImplementerRequest,
  type ZClauseList,
  type ZControlPage,
  type ZSetControlOwnerRequest,
} from '../../../contracts/controls.js';
import type { Actor } from '../../core/actor.js';
import { AppError, type FieldError } from '../../core/app-error.js';
import { allowedWith, type Grant, type HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import type { ControlRow } from '../../db/schema.js';
import { nowIso, toJson } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { currentScopeHolders } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { EMPTY_COUNTS, loadHealthCounts } from './controls.health.js';
import {
  CONTROL_OWNER,
  implementerAs,
  implementersOf,
  loadControlFacts,
  ownerOfControl,
  SYSADMIN,
} from './controls.owners.js';
import {
  healthOf,
  peopleOf,
  personRef,
  presentClause,
  presentCatalogue,
  presentSummary,
  reasonsOf,
} from './controls.presenters.js';
import * as repo from './controls.repository.js';
import { applicabilityOf, checkApplicability, dayOf, sortKeyOf } from './controls.rules.js';
import { CUSTOM_CATALOGUE } from './controls.seed.js';

export type Who = { actor: Actor; grant: Grant; requestId?: string };
type Access = { actor: Actor; held: HeldRole[]; personId: string | null };

export const staleControl = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);

export async function loadControl(db: Db, id: string): Promise<ControlRow> {
  const row = await repo.findControl(db, id);
  if (!row) throw new AppError('not_found', 'No such control');
  return row;
}

const STATUS_ORDER = new Map<string, number>(IMPLEMENTATION_STATUSES.map((s, i) => [s, i]));
type SortKey = { v: string | number; k: string; i: string };
const order = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const compareKeys = (a: SortKey, b: SortKey) => order(a.v, b.v) || order(a.k, b.k) || order(a.i, b.i);

/**
 * Controls (Annex A and custom): the list with owners and health, progress, one control, its
 * Statement of Applicability decision, owner and implementers in the ledger, and links to risks.
 * Reads authorize before anything touches the database; writes authorize before opening their
 * transaction (the ledger is read through the authorizer, which on SQLite would wait forever on
 * the connection a transaction holds).
 */
export function createControlService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function accessOf(actor: Actor): Promise<Access> {
    return { actor, held: await deps.authz.rolesOf(actor), personId: actor.kind === 'account' ? actor.personId : null };
  }
  const manageGrant = (a: Access) => allowedWith(a.actor, a.held, 'controls.manage');
  /** The ISM, the control's owner (held for it, or Control Owner of the whole ISMS), or a deputy standing in. */
  const editGrant = (a: Access, id: string) =>
    allowedWith(a.actor, a.held, 'controls.edit', { scope: { type: 'control', id } });

  async function names(ids: (string | null | undefined)[]) {
    const rows = await repo.personNames(
      db,
      ids.filter((x): x is string => typeof x === 'string'),
    );
    return new Map(rows.map((r) => [r.id, r.full_name]));
  }

  async function trail(trx: Db, who: Who, action: string, id: string, changes: object) {
    await appendTrail(trx, {
      ...who,
      action,
      objectType: 'control',
      objectId: id,
      changes: changes as Record<string, unknown>,
    });
  }

  /** Controls in use matching the SQL filters, with the ledger facts and health counts read once. */
  async function loadAll(f: repo.ControlFilter = {}) {
    const now = nowIso();
    const [rows, facts, counts] = await Promise.all([
      repo.liveControls(db, f),
      loadControlFacts(db, now),
      loadHealthCounts(db, dayOf(now)),
    ]);
    return { rows, facts, counts };
  }

  async function present(a: Access, id: string): Promise<TControl> {
    const now = nowIso();
    const [r, facts, counts, risks, actions] = await Promise.all([
      loadControl(db, id),
      loadControlFacts(db, now),
      loadHealthCounts(db, dayOf(now), [id]),
      repo.linkedRisks(db, id),
      repo.linkedRiskActions(db, id),
    ]);
    const people = await names([...peopleOf([r], facts), r.decided_by]);
    const edit = editGrant(a, id) !== null;
    return {
      ...presentSummary(r, facts, counts.get(id), people),
      description: r.description,
      implementationNote: r.implementation_note,
      decidedAt: r.decided_at,
      decidedBy: r.decided_by ? personRef(people, r.decided_by) : null,
      risks,
      riskActions: actions.map((x) => ({
        id: x.id,
        reference: x.risk_reference,
        title: x.title,
        riskId: x.risk_id,
        status: x.status,
      })),
      implementerAssignments: implementersOf(id, facts).map((h) => ({
        assignmentId: h.assignmentId,
        person: personRef(people, h.personId),
      })),
      createdAt: r.created_at,
      version: r.version,
      can: {
        decide: manageGrant(a) !== null,
        edit,
        addEvidence: edit || implementerAs(a.held, id) !== null,
      },
    };
  }

  /** Opens a holder assignment of `roleKey` (owner or implementer) scoped to the control. */
  async function openHolder(trx: Db, who: Who, r: ControlRow, personId: string, roleKey: string, reason: string) {
    await assignments.open(
      trx,
      {
        personId,
        roleKey,
        scopeType: 'control',
        scopeId: r.id,
        kind: 'holder',
        reason: reason || `${roleKey === CONTROL_OWNER ? 'Owner' : 'Implementer'} of ${r.reference} ${r.title}`,
        replaceCurrent: false,
      },
      who,
    );
  }

  return {
    present: async (actor: Actor, id: string) => present(await accessOf(actor), id),

    /**
     * The catalogue is bounded (93 Annex A controls plus the organisation's custom ones, a few
     * hundred at most), so the list loads the rows SQL can filter, works out owners (the ledger
     * read once) and health (task and evidence counts read once for all controls) in memory,
     * filters by owner and health, sorts, and pages with an opaque cursor keyed on
     * (sort value, sort_key, id): stable across pages like a keyset cursor, without pushing
     * ledger and schedule logic into SQL.
     */
    async list(actor: Actor, q: TControlListQuery): Promise<z.infer<typeof ZControlPage>> {
      await deps.authz.authorize(actor, 'controls.read');
      const { rows, facts, counts } = await loadAll({
        q: q.q,
        theme: q.theme,
        status: q.status,
        custom: q.custom,
        applicable:
          q.applicability === undefined
            ? undefined
            : q.applicability === 'undecided'
              ? null
              : q.applicability === 'applicable'
                ? 1
                : 0,
      });
      const me = actor.kind === 'account' ? actor.personId : null;
      const ownerWanted = q.owner === undefined ? undefined : q.owner === 'me' ? (me ?? '-') : q.owner;
      const numeric = q.sort === 'status' || q.sort === 'health';
      const lines = rows
        .map((r) => ({ r, health: healthOf(r, facts, counts.get(r.id) ?? EMPTY_COUNTS) }))
        .filter(({ r, health }) => {
          if (q.health && health.level !== q.health) return false;
          if (ownerWanted === undefined) return true;
          const owner = ownerOfControl(r.id, facts);
          return ownerWanted === 'none' ? owner === null : owner?.personId === ownerWanted;
        })
        .map((x) => {
          const v =
            q.sort === 'title'
              ? x.r.title.toLowerCase()
              : q.sort === 'status'
                ? (STATUS_ORDER.get(x.r.status) ?? 0)
                : q.sort === 'health'
                  ? // Scored controls from worst to best, then those without a score (undecided, excluded).
                    (x.health.score ?? 101)
                  : x.r.sort_key;
          return { ...x, key: { v, k: x.r.sort_key, i: x.r.id } satisfies SortKey };
        });
      const sign = q.dir === 'desc' ? -1 : 1;
      lines.sort((a, b) => sign * compareKeys(a.key, b.key));
      const after = decodeCursor<SortKey>(q.cursor, { v: numeric ? 'number' : 'string', k: 'string', i: 'string' });
      const start = after ? lines.findIndex((l) => sign * compareKeys(l.key, after) > 0) : 0;
      const page = start < 0 ? [] : lines.slice(start, start + q.limit);
      const people = await names(
        peopleOf(
          page.map((l) => l.r),
          facts,
        ),
      );
      const last = page[page.length - 1];
      const more = start >= 0 && start + q.limit < lines.length;
      return {
        items: page.map((l) => presentSummary(l.r, facts, counts.get(l.r.id), people, l.health)),
        nextCursor: more && last ? encodeCursor(last.key) : null,
        total: lines.length,
      };
    },

    /** How far the SoA and the implementation are: by applicability, status, health and theme. */
    async progress(actor: Actor): Promise<TControlProgress> {
      await deps.authz.authorize(actor, 'controls.read');
      const { rows, facts, counts } = await loadAll();
      const zero = <K extends string>(keys: readonly K[]) =>
        Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
      const out: TControlProgress = {
        total: rows.length,
        byApplicability: zero(APPLICABILITIES),
        byStatus: zero(IMPLEMENTATION_STATUSES),
        byHealth: zero(HEALTH_LEVELS),
        byTheme: CONTROL_THEMES.map((theme) => ({ theme, total: 0, applicable: 0, implemented: 0, partially: 0 })),
        unowned: 0,
        missedOccurrences: 0,
        expiredEvidence: 0,
      };
      for (const r of rows) {
        const c = counts.get(r.id) ?? EMPTY_COUNTS;
        const applicability = applicabilityOf(r.applicable);
        const status = r.status as TControlSummary['status'];
        out.byApplicability[applicability]++;
        out.byHealth[healthOf(r, facts, c).level]++;
        out.missedOccurrences += c.missed;
        out.expiredEvidence += c.expiredEvidence;
        const theme = out.byTheme.find((t) => t.theme === r.theme);
        if (theme) theme.total++;
        if (applicability !== 'applicable') continue;
        out.byStatus[status]++;
        if (ownerOfControl(r.id, facts) === null) out.unowned++;
        if (theme) {
          theme.applicable++;
          if (status === 'implemented') theme.implemented++;
          if (status === 'partially') theme.partially++;
        }
      }
      return out;
    },

    /** Clauses 4-10 with what an auditor expects to see for each. */
    async clauses(actor: Actor): Promise<z.infer<typeof ZClauseList>> {
      await deps.authz.authorize(actor, 'controls.read');
      const [cats, items] = await Promise.all([repo.catalogues(db), repo.clauses(db)]);
      const catalogue = cats.find((c) => c.kind === 'clauses');
      if (!catalogue) throw new AppError('not_found', 'The clause catalogue is not loaded');
      return {
        catalogue: presentCatalogue(catalogue),
        items: items.sort((a, b) => order(a.sort_key, b.sort_key)).map(presentClause),
      };
    },

    async get(actor: Actor, id: string): Promise<TControl> {
      await deps.authz.authorize(actor, 'controls.read');
      return present(await accessOf(actor), id);
    },

    /** A custom control (the organisation's own, beside Annex A), undecided in the SoA. */
    async create(actor: Actor, input: TCreateControlRequest, meta: CallMeta): Promise<TControl> {
      const g = await deps.authz.authorize(actor, 'controls.manage');
      const a = await accessOf(actor);
      const reference = input.code.toUpperCase();
      const duplicate = () =>
        new AppError('conflict', `A control ${reference} already exists`, {
          errors: [{ field: 'code', message: 'Choose a code no other control has' }],
        });
      if (await repo.controlIdByReference(db, reference)) throw duplicate();
      const id = uuidv7();
      const now = nowIso();
      try {
        await db.transaction().execute(async (trx) => {
          await repo.insertControl(trx, {
            id,
            catalogue_id: CUSTOM_CATALOGUE,
            code: input.code,
            reference,
            title: input.title,
            description: input.description,
            theme: input.theme,
            custom: 1,
            sort_key: sortKeyOf(input.code),
            applicable: null,
            decided_at: null,
            decided_by: null,
            retired_at: null,
            created_by: a.personId,
            created_at: now,
            updated_at: now,
          });
          await repo.bumpCatalogueCount(trx, CUSTOM_CATALOGUE);
          await trail(trx, { actor, grant: g, requestId: meta.requestId }, 'control.created', id, {
            reference,
            title: input.title,
            theme: input.theme,
            description: input.description,
          });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw duplicate();
        throw e;
      }
      return present(a, id);
    },

    /**
     * Implementation status and note: the ISM or the control's owner. Title, theme and
     * description: custom controls only (Annex A wording comes from the standard), by the ISM.
     */
    async update(actor: Actor, id: string, input: TUpdateControlRequest, meta: CallMeta): Promise<TControl> {
      await deps.authz.authorize(actor, 'controls.read');
      const a = await accessOf(actor);
      const r0 = await loadControl(db, id);
      const definition = (['title', 'theme', 'description'] as const).filter((k) => input[k] !== undefined);
      const work = input.status !== undefined || input.implementationNote !== undefined;
      if (definition.length > 0 && r0.custom !== 1)
        throw new AppError(
          'validation_failed',
          `${r0.reference} is an Annex A control; its wording is the standard's`,
          {
            errors: definition.map((field) => ({ field, message: 'Only custom controls can change this' })),
          },
        );
      let g: Grant | null = null;
      if (definition.length > 0) {
        g = manageGrant(a);
        if (!g) throw new AppError('forbidden', `Only the Information Security Manager may redefine ${r0.reference}`);
      }
      if (work || g === null) {
        const e = editGrant(a, id);
        if (!e)
          throw new AppError(
            'forbidden',
            `Only the owner of ${r0.reference} or the Information Security Manager may change its implementation`,
          );
        g ??= e;
      }
      const who = { actor, grant: g, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        if (r.version !== input.version) throw staleControl(r.reference);
        const patch = {
          title: input.title,
          theme: input.theme,
          description: input.description,
          status: input.status,
          implementation_note: input.implementationNote,
        };
        const changes: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(patch))
          if (v !== undefined && v !== r[k as keyof ControlRow])
            changes[k] = { before: r[k as keyof ControlRow], after: v };
        if (Object.keys(changes).length === 0) return;
        if (!(await repo.updateControl(trx, id, r.version, { ...patch, updated_at: nowIso() })))
          throw staleControl(r.reference);
        await trail(trx, who, 'control.updated', id, { reference: r.reference, ...changes });
      });
      return present(a, id);
    },

    /** The SoA decision (6.1.3 d): included with reasons, or excluded with a justification (the ISM). */
    async setApplicability(
      actor: Actor,
      id: string,
      input: TSetApplicabilityRequest,
      meta: CallMeta,
    ): Promise<TControl> {
      const g = await deps.authz.authorize(actor, 'controls.manage');
      const a = await accessOf(actor);
      const reasons = [...new Set(input.reasons)];
      const errors = checkApplicability({ applicable: input.applicable, reasons, justification: input.justification });
      if (errors.length > 0)
        throw new AppError(
          'validation_failed',
          input.applicable
            ? 'Say why the control is included'
            : 'An excluded control needs a justification in the Statement of Applicability',
          { errors },
        );
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        if (r.version !== input.version) throw staleControl(r.reference);
        const now = nowIso();
        const before = {
          applicability: applicabilityOf(r.applicable),
          reasons: reasonsOf(r),
          justification: r.justification,
        };
        const after = {
          applicability: applicabilityOf(input.applicable ? 1 : 0),
          reasons,
          justification: input.justification,
        };
        if (
          !(await repo.updateControl(trx, id, r.version, {
            applicable: input.applicable ? 1 : 0,
            reasons: toJson(reasons),
            justification: input.justification,
            decided_at: now,
            decided_by: a.personId,
            updated_at: now,
          }))
        )
          throw staleControl(r.reference);
        await trail(trx, { actor, grant: g, requestId: meta.requestId }, 'control.applicability', id, {
          reference: r.reference,
          before,
          after,
        });
      });
      return present(a, id);
    },

    /**
     * The control's owner in the ledger (Control Owner scoped to it; one holder): replaces the
     * current one, or ends it with `personId: null`. The ledger's own events record the change.
     */
    async setOwner(
      actor: Actor,
      id: string,
      input: z.infer<typeof ZSetControlOwnerRequest>,
      meta: CallMeta,
    ): Promise<TControl> {
      await deps.authz.authorize(actor, 'controls.manage');
      const ledger = await assignments.authority(actor, CONTROL_OWNER);
      const a = await accessOf(actor);
      await loadControl(db, id);
      const who = { actor, grant: ledger, requestId: meta.requestId };
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        await assignments.setSoleHolder(
          trx,
          {
            roleKey: CONTROL_OWNER,
            scopeType: 'control',
            scopeId: id,
            personId: input.personId,
            endReason: input.reason || `Owner of ${r.reference} changed`,
            openReason: input.reason || `Owner of ${r.reference} ${r.title}`,
          },
          who,
        );
      });
      return present(a, id);
    },

    /** Adds a System Administrator for the control (its implementers; several may hold it). */
    async addImplementer(
      actor: Actor,
      id: string,
      input: z.infer<typeof ZAddImplementerRequest>,
      meta: CallMeta,
    ): Promise<TControl> {
      await deps.authz.authorize(actor, 'controls.manage');
      const ledger = await assignments.authority(actor, SYSADMIN);
      const a = await accessOf(actor);
      await loadControl(db, id);
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        await openHolder(
          trx,
          { actor, grant: ledger, requestId: meta.requestId },
          r,
          input.personId,
          SYSADMIN,
          input.reason,
        );
      });
      return present(a, id);
    },

    /** Ends one implementer's assignment for the control. */
    async removeImplementer(actor: Actor, id: string, assignmentId: string, meta: CallMeta): Promise<TControl> {
      await deps.authz.authorize(actor, 'controls.manage');
      const ledger = await assignments.authority(actor, SYSADMIN);
      const a = await accessOf(actor);
      await loadControl(db, id);
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        const now = nowIso();
        const row = (await currentScopeHolders(trx, SYSADMIN, 'control', id, now)).find((x) => x.id === assignmentId);
        if (!row) throw new AppError('not_found', `No such implementer of ${r.reference}`);
        await assignments.close(
          trx,
          row,
          now,
          `No longer implements ${r.reference}`,
          { actor, grant: ledger, requestId: meta.requestId },
          'assignment.ended',
        );
      });
      return present(a, id);
    },

    /** Replaces the risks the control treats and the treatment actions that implement it (the ISM). */
    async setLinks(actor: Actor, id: string, input: TSetControlLinksRequest, meta: CallMeta): Promise<TControl> {
      const g = await deps.authz.authorize(actor, 'controls.manage');
      const a = await accessOf(actor);
      const riskIds = [...new Set(input.riskIds)];
      const actionIds = [...new Set(input.riskActionIds)];
      const [risks, actions] = await Promise.all([
        repo.existingRiskIds(db, riskIds),
        repo.existingRiskActionIds(db, actionIds),
      ]);
      const errors: FieldError[] = [
        ...riskIds.filter((x) => !risks.has(x)).map((x) => ({ field: 'riskIds', message: `No risk with id ${x}` })),
        ...actionIds
          .filter((x) => !actions.has(x))
          .map((x) => ({ field: 'riskActionIds', message: `No risk treatment action with id ${x}` })),
      ];
      if (errors.length > 0) throw new AppError('validation_failed', 'Some links point to nothing', { errors });
      await db.transaction().execute(async (trx) => {
        const r = await loadControl(trx, id);
        if (r.version !== input.version) throw staleControl(r.reference);
        const now = nowIso();
        const current = await repo.linksOf(trx, id);
        const diff = (type: string, wanted: string[]) => {
          const have = current.filter((l) => l.target_type === type).map((l) => l.target_id);
          return { added: wanted.filter((x) => !have.includes(x)), removed: have.filter((x) => !wanted.includes(x)) };
        };
        const rd = diff(repo.RISK, riskIds);
        const ad = diff(repo.RISK_ACTION, actionIds);
        if (rd.added.length + rd.removed.length + ad.added.length + ad.removed.length === 0) return;
        await repo.deleteLinks(trx, id, repo.RISK, rd.removed);
        await repo.deleteLinks(trx, id, repo.RISK_ACTION, ad.removed);
        const row = (type: string) => (target: string) => ({
          control_id: id,
          target_type: type,
          target_id: target,
          created_by: a.personId,
          created_at: now,
        });
        await repo.insertLinks(trx, [...rd.added.map(row(repo.RISK)), ...ad.added.map(row(repo.RISK_ACTION))]);
        if (!(await repo.updateControl(trx, id, r.version, { updated_at: now }))) throw staleControl(r.reference);
        await trail(trx, { actor, grant: g, requestId: meta.requestId }, 'control.links_changed', id, {
          reference: r.reference,
          risks: rd,
          riskActions: ad,
        });
      });
      return present(a, id);
    },
  };
}

export type ControlService = ReturnType<typeof createControlService>;
