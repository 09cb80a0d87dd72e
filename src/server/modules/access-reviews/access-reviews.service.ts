import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TAccessReview,
  TBulkDecisionRequest,
  TCreateAccessReviewRequest,
  TDecideReviewItemRequest,
  TReviewItem,
  TReviewItemQuery,
  ZMarkRevokedRequest,
  ZReassignReviewItemsRequest,
} from '../../../contracts/access-reviews.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant, HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AccessReviewRow } from '../../db/schema.js';
import {
  ASSET_OWNER,
  actingAs,
  adminFor,
  loadAssetFacts,
  ownerOfAsset,
  SYSADMIN,
  type AssetFacts,
} from '../assets/assets.owners.js';
import { toxicEntitlementQueries } from '../assets/assets.toxic.service.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { currentIsmsHolders } from '../responsibilities/responsibilities.ledger.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './access-reviews.repository.js';
import { createAccessReviewReports } from './access-reviews.reports.js';

type Ctx = {
  actor: Actor;
  personId: string | null;
  held: HeldRole[];
  facts: AssetFacts;
  at: string;
  readAll: boolean;
  manage: boolean;
};
type ItemRow = Awaited<ReturnType<typeof repo.listItems>>[number];

const endOfDay = (day: string) => `${day}T23:59:59.999Z`;

/**
 * Access review campaigns (A.5.18, A.8.2): the ISM starts one over systems; every current
 * entitlement becomes an item for the asset's owner, except the owner's own accounts, which go
 * to the holder's manager (SOD-04); decisions keep / revoke / modify, one by one or in bulk;
 * closure certifies what was kept and leaves a revocation list for the administrators.
 */
export function createAccessReviewService(deps: Deps) {
  const { db } = deps;
  const reports = createAccessReviewReports(deps);

  async function context(actor: Actor): Promise<Ctx> {
    const at = nowIso();
    const [held, facts, readAll, manage] = await Promise.all([
      deps.authz.rolesOf(actor),
      loadAssetFacts(db, at),
      deps.authz.can(actor, 'access_reviews.read'),
      deps.authz.can(actor, 'access_reviews.manage'),
    ]);
    return { actor, personId: actor.kind === 'account' ? actor.personId : null, held, facts, at, readAll, manage };
  }

  const isAdmin = (ctx: Ctx) => ctx.held.some((h) => h.roleKey === SYSADMIN);

  async function load(ctx: Ctx, id: string): Promise<AccessReviewRow> {
    const r = await repo.findReview(db, id);
    if (!r) throw new AppError('not_found', 'No such access review');
    if (ctx.readAll || isAdmin(ctx)) return r;
    if (ctx.personId && (await repo.countItems(db, id, ctx.personId)).total > 0) return r;
    throw new AppError('not_found', 'No such access review');
  }

  async function present(ctx: Ctx, r: AccessReviewRow): Promise<TAccessReview> {
    const [assets, assetCount, counts, mine, people] = await Promise.all([
      repo.scopeAssets(db, r.id, 100),
      repo.scopeCount(db, r.id),
      repo.countItems(db, r.id),
      ctx.personId ? repo.countItems(db, r.id, ctx.personId) : Promise.resolve(null),
      repo.personRefs(
        db,
        [r.created_by, r.closed_by].filter((x): x is string => x !== null),
      ),
    ]);
    const ref = (id: string | null) => (id ? { id, fullName: people.get(id)?.full_name ?? 'Unknown person' } : null);
    return {
      id: r.id,
      reference: r.reference,
      title: r.title,
      status: r.status as TAccessReview['status'],
      differential: r.differential === 1,
      dueAt: r.due_at,
      assets: assets.map((a) => ({ id: a.id, reference: a.reference, name: a.name })),
      assetCount,
      counts,
      mine: { total: mine?.total ?? 0, decided: mine?.decided ?? 0 },
      createdBy: ref(r.created_by),
      createdAt: r.created_at,
      closedBy: ref(r.closed_by),
      closedAt: r.closed_at,
      version: r.version,
      can: {
        manage: ctx.manage && r.status === 'open',
        decide: r.status === 'open' && (mine ? mine.total - mine.decided > 0 : false),
        revoke: isAdmin(ctx) && counts.revoke + counts.modify > counts.revoked,
        export: ctx.readAll || isAdmin(ctx) || (mine?.total ?? 0) > 0,
      },
    };
  }

  async function presentItems(rows: ItemRow[]): Promise<TReviewItem[]> {
    const people = await repo.personRefs(
      db,
      rows.flatMap((r) => [r.person_id, r.reviewer_id, r.decided_by].filter((x): x is string => x !== null)),
    );
    const ref = (id: string | null) => (id ? { id, fullName: people.get(id)?.full_name ?? 'Unknown person' } : null);
    return rows.map((r) => ({
      entitlementId: r.entitlement_id,
      asset: { id: r.asset_id, reference: r.asset_reference, name: r.asset_name },
      account: r.account_name,
      person: ref(r.person_id),
      entitlement: r.name,
      privileged: r.privileged === 1,
      toxic: r.toxic === 1,
      reviewer: ref(r.reviewer_id),
      routed: r.routed as TReviewItem['routed'],
      decision: r.decision as TReviewItem['decision'],
      modifyTo: r.modify_to,
      comment: r.comment,
      decidedBy: ref(r.decided_by),
      decidedAt: r.decided_at,
      revokedAt: r.revoked_at,
    }));
  }

  /** The role a reviewer decides under: the asset's owner, the ISM for unowned assets, else as the assigned reviewer. */
  function reviewerGrant(
    ctx: Ctx,
    item: { asset_id: string; asset_org_unit_id: string | null; routed: string | null } | null,
  ): Grant {
    if (item && item.routed === null) {
      const as = actingAs(
        ctx.held,
        ASSET_OWNER,
        ownerOfAsset({ id: item.asset_id, org_unit_id: item.asset_org_unit_id }, ctx.facts),
      );
      if (as) return { kind: 'role', roleKey: ASSET_OWNER, assignmentId: as.assignmentId };
    }
    const ism = ctx.held.find((h) => h.roleKey === 'isms_manager' && h.scopeType === 'isms');
    if (item?.routed === 'no_owner' && ism)
      return { kind: 'role', roleKey: 'isms_manager', assignmentId: ism.assignmentId };
    return { kind: 'authenticated' };
  }

  const requireOpen = (r: AccessReviewRow) => {
    if (r.status !== 'open') throw new AppError('conflict', `${r.reference} is closed; its decisions are final`);
  };

  async function trail(
    trx: Db,
    ctx: Ctx,
    grant: Grant,
    action: string,
    r: AccessReviewRow,
    changes: object,
    meta: CallMeta,
  ) {
    await appendTrail(trx, {
      actor: ctx.actor,
      grant,
      action,
      objectType: 'access_review',
      objectId: r.id,
      changes: { reference: r.reference, ...changes },
      requestId: meta.requestId,
    });
  }

  return {
    async list(actor: Actor, q: { status?: 'open' | 'closed'; limit: number; cursor?: string }) {
      const ctx = await context(actor);
      const before = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const all = ctx.readAll || isAdmin(ctx);
      if (!all && !ctx.personId) return { items: [], nextCursor: null };
      const rows = await repo.listReviews(
        db,
        { status: q.status, reviewerId: all ? undefined : ctx.personId! },
        before?.n,
        q.limit,
      );
      const last = rows.at(-1);
      return {
        items: await Promise.all(rows.map((r) => present(ctx, r))),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ n: last.number }) : null,
      };
    },

    async create(actor: Actor, body: TCreateAccessReviewRequest, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'access_reviews.manage');
      const ctx = await context(actor);
      if (body.dueOn < ctx.at.slice(0, 10))
        throw new AppError('validation_failed', 'The due day is in the past', {
          errors: [{ field: 'dueOn', message: 'Choose today or later' }],
        });
      let assetIds = [...new Set(body.assetIds)];
      if (assetIds.length === 0) assetIds = await repo.systemsWithEntitlements(db);
      else {
        const found = await db.selectFrom('asset').select('id').where('id', 'in', assetIds.slice(0, 5000)).execute();
        if (found.length !== assetIds.length)
          throw new AppError('validation_failed', 'Some systems are not in the inventory', {
            errors: [{ field: 'assetIds', message: `${assetIds.length - found.length} unknown` }],
          });
      }
      if (assetIds.length === 0)
        throw new AppError(
          'validation_failed',
          'There is nothing to review: no system has entitlements; import them first',
          {
            errors: [{ field: 'assetIds', message: 'No entitlements in scope' }],
          },
        );
      const orgUnits = new Map(
        (
          await db
            .selectFrom('asset')
            .select(['id', 'org_unit_id'])
            .where('id', 'in', assetIds.slice(0, 5000))
            .execute()
        ).map((a) => [a.id, a.org_unit_id]),
      );
      if (assetIds.length > 5000) {
        const rest = await db.selectFrom('asset').select(['id', 'org_unit_id']).execute();
        for (const a of rest) orgUnits.set(a.id, a.org_unit_id);
      }
      // Reviewers: the owner of each system; the ISM for systems without one.
      const byOwner = new Map<string, string[]>();
      const unowned: string[] = [];
      for (const id of assetIds) {
        const owner = ownerOfAsset({ id, org_unit_id: orgUnits.get(id) ?? null }, ctx.facts);
        if (owner) byOwner.set(owner.personId, [...(byOwner.get(owner.personId) ?? []), id]);
        else unowned.push(id);
      }
      const ism = (await currentIsmsHolders(db, 'isms_manager', ctx.at))[0] ?? null;
      const toxic = await toxicEntitlementQueries(db);
      const id = uuidv7();
      let row!: AccessReviewRow;
      await db.transaction().execute(async (trx) => {
        const number = await repo.nextReviewNumber(trx);
        const base = {
          id,
          number,
          reference: `ARV-${String(number).padStart(4, '0')}`,
          title: body.title,
          differential: body.differential ? 1 : 0,
          status: 'open',
          due_at: endOfDay(body.dueOn),
          created_by: ctx.personId,
          created_at: ctx.at,
          closed_by: null,
          closed_at: null,
          closed_role_key: null,
        };
        await repo.insertReview(trx, base);
        await repo.insertScope(trx, id, assetIds);
        await repo.populateItems(trx, id, assetIds, body.differential);
        for (const [personId, ids] of byOwner) await repo.setReviewer(trx, id, ids, personId, null);
        await repo.setReviewer(trx, id, unowned, null, 'no_owner');
        await repo.routeOwnAccounts(trx, id);
        if (ism) await repo.fallbackReviewer(trx, id, ism);
        for (const q of toxic) await repo.flagToxic(trx, id, q);
        const counts = await repo.countItems(trx, id);
        await trx.updateTable('access_review').set({ item_count: counts.total }).where('id', '=', id).execute();
        row = { ...base, item_count: counts.total, version: 1 };
        await trail(
          trx,
          ctx,
          grant,
          'access_review.started',
          row,
          {
            title: body.title,
            systems: assetIds.length,
            differential: body.differential,
            dueOn: body.dueOn,
            items: counts.total,
            routedAway: counts.routed,
            toxic: counts.toxic,
          },
          meta,
        );
        const reviewers = (await repo.reviewerProgress(trx, id, undefined, 10_000)).flatMap((p) =>
          p.reviewer_id ? [p.reviewer_id] : [],
        );
        await notify(trx, {
          personIds: reviewers,
          kind: 'access_reviews.started',
          title: `${base.reference} ${body.title}: access to review`,
          body: `Decide by ${body.dueOn} whether each account keeps its access.`,
          link: `/access-reviews/${id}`,
          objectType: 'access_review',
          objectId: id,
          exceptPersonId: ctx.personId ?? undefined,
        });
      });
      return present(ctx, row);
    },

    async get(actor: Actor, id: string) {
      const ctx = await context(actor);
      return present(ctx, await load(ctx, id));
    },

    async reviewers(actor: Actor, id: string, q: { limit: number; cursor?: string }) {
      const ctx = await context(actor);
      await load(ctx, id);
      const after = decodeCursor<{ k: string }>(q.cursor, { k: 'string' });
      const rows = await repo.reviewerProgress(db, id, after?.k, q.limit);
      const last = rows.at(-1);
      return {
        items: rows.map((r) => ({
          reviewer: r.reviewer_id ? { id: r.reviewer_id, fullName: String(r.full_name ?? 'Unknown person') } : null,
          total: Number(r.total),
          decided: Number(r.decided),
          revoke: Number(r.revoke ?? 0),
        })),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ k: String(last.reviewer_key) }) : null,
      };
    },

    async items(actor: Actor, id: string, q: TReviewItemQuery) {
      const ctx = await context(actor);
      await load(ctx, id);
      const seesAll = ctx.readAll || isAdmin(ctx);
      let reviewerId: string | null | undefined;
      if (q.reviewer === 'me' || !seesAll) reviewerId = ctx.personId ?? '';
      else if (q.reviewer === 'none') reviewerId = null;
      else reviewerId = q.reviewer;
      if (!seesAll && q.reviewer && q.reviewer !== 'me' && q.reviewer !== ctx.personId)
        throw new AppError('forbidden', 'You may see only the items you review');
      const after = decodeCursor<{ e: string }>(q.cursor, { e: 'string' });
      const rows = await repo.listItems(db, id, { ...q, reviewerId }, after?.e, q.limit);
      const last = rows.at(-1);
      return {
        items: await presentItems(rows),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ e: last.entitlement_id }) : null,
      };
    },

    async decide(actor: Actor, id: string, entitlementId: string, body: TDecideReviewItemRequest, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      requireOpen(r);
      const [item] = await repo.listItems(db, id, { entitlementIds: [entitlementId] }, undefined, 1);
      if (!item) throw new AppError('not_found', 'No such item in this campaign');
      if (body.decision === 'modify' && !body.modifyTo)
        throw new AppError('validation_failed', 'Say what the access becomes', {
          errors: [{ field: 'modifyTo', message: 'Required with modify' }],
        });
      // The holder of the account is refused by name (SOD-04), before anything else is said.
      if (item.person_id !== null && item.person_id === ctx.personId)
        await enforceSod(db, { rule: 'SOD-04', deciderPersonId: ctx.personId, accountHolderPersonId: item.person_id });
      if (item.reviewer_id !== ctx.personId)
        throw new AppError(
          'forbidden',
          item.reviewer_id
            ? 'Another reviewer decides this item'
            : 'This item has no reviewer yet; the ISM assigns one',
        );
      if (item.decision) throw new AppError('conflict', 'This item is already decided');
      const grant = reviewerGrant(ctx, item);
      await db.transaction().execute(async (trx) => {
        if (item.person_id)
          await enforceSod(trx, {
            rule: 'SOD-04',
            deciderPersonId: ctx.personId!,
            accountHolderPersonId: item.person_id,
          });
        const n = await repo.decideItems(
          trx,
          id,
          { entitlementIds: [entitlementId], reviewerId: ctx.personId },
          {
            decision: body.decision,
            modify_to: body.decision === 'modify' ? (body.modifyTo ?? null) : null,
            comment: body.comment || null,
            decided_by: ctx.personId,
            decided_at: nowIso(),
          },
          ctx.personId!,
        );
        if (n !== 1) throw new AppError('conflict', 'This item is already decided');
        await trail(
          trx,
          ctx,
          grant,
          'access_review.decided',
          r,
          {
            entitlementId,
            asset: item.asset_reference,
            account: item.account_name,
            entitlement: item.name,
            decision: body.decision,
            modifyTo: body.modifyTo ?? null,
            comment: body.comment,
          },
          meta,
        );
      });
      const [after] = await repo.listItems(db, id, { entitlementIds: [entitlementId] }, undefined, 1);
      return (await presentItems([after!]))[0]!;
    },

    async bulkDecide(actor: Actor, id: string, body: TBulkDecisionRequest, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      requireOpen(r);
      if (!ctx.personId) throw new AppError('forbidden', 'Reviews are decided by people');
      if (body.decision === 'modify' && !body.modifyTo)
        throw new AppError('validation_failed', 'Say what the access becomes', {
          errors: [{ field: 'modifyTo', message: 'Required with modify' }],
        });
      const filter: repo.ItemFilter = { ...body.filter, reviewerId: ctx.personId, entitlementIds: body.entitlementIds };
      let decided = 0;
      const grant = body.filter.assetId
        ? reviewerGrant(
            ctx,
            (
              await repo.listItems(db, id, { assetId: body.filter.assetId, reviewerId: ctx.personId }, undefined, 1)
            )[0] ?? null,
          )
        : reviewerGrant(ctx, null);
      await db.transaction().execute(async (trx) => {
        decided = await repo.decideItems(
          trx,
          id,
          filter,
          {
            decision: body.decision,
            modify_to: body.decision === 'modify' ? (body.modifyTo ?? null) : null,
            comment: body.comment || null,
            decided_by: ctx.personId,
            decided_at: nowIso(),
          },
          ctx.personId!,
        );
        if (decided > 0)
          await trail(
            trx,
            ctx,
            grant,
            'access_review.decided_in_bulk',
            r,
            {
              decision: body.decision,
              modifyTo: body.modifyTo ?? null,
              comment: body.comment,
              filter: body.filter,
              named: body.entitlementIds?.length ?? null,
              decided,
            },
            meta,
          );
      });
      return { decided, skipped: body.entitlementIds ? body.entitlementIds.length - decided : 0 };
    },

    async reassign(actor: Actor, id: string, body: z.infer<typeof ZReassignReviewItemsRequest>, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'access_reviews.manage');
      const ctx = await context(actor);
      const r = await load(ctx, id);
      requireOpen(r);
      const person = await db
        .selectFrom('person')
        .select(['id', 'full_name', 'status'])
        .where('id', '=', body.reviewerId)
        .executeTakeFirst();
      if (!person || person.status === 'leaver')
        throw new AppError('validation_failed', 'Choose a current person as reviewer', {
          errors: [{ field: 'reviewerId', message: 'Not a current person' }],
        });
      const own = await repo.holdersAmong(db, id, body.entitlementIds, body.reviewerId);
      if (own > 0)
        throw new AppError(
          'sod_violation',
          `SOD-04 No self-certification in access reviews: ${person.full_name} holds ${own} of these accounts; choose another reviewer for them`,
          { rule: 'SOD-04' },
        );
      let count = 0;
      await db.transaction().execute(async (trx) => {
        count = await repo.reassign(trx, id, body.entitlementIds, body.reviewerId);
        await trail(
          trx,
          ctx,
          grant,
          'access_review.reassigned',
          r,
          { reviewerId: body.reviewerId, items: count },
          meta,
        );
        await notify(trx, {
          personIds: [body.reviewerId],
          kind: 'access_reviews.assigned',
          title: `${r.reference} ${r.title}: ${count} item${count === 1 ? '' : 's'} to review`,
          body: 'The ISM gave you access review items to decide.',
          link: `/access-reviews/${id}`,
          objectType: 'access_review',
          objectId: id,
          exceptPersonId: ctx.personId ?? undefined,
        });
      });
      return { count };
    },

    async close(actor: Actor, id: string, body: { version: number }, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'access_reviews.manage');
      const ctx = await context(actor);
      const r = await load(ctx, id);
      requireOpen(r);
      const counts = await repo.countItems(db, id);
      if (counts.decided < counts.total)
        throw new AppError(
          'conflict',
          `${counts.total - counts.decided} item${counts.total - counts.decided === 1 ? ' is' : 's are'} still undecided; every item needs a decision before the campaign closes`,
        );
      const at = nowIso();
      await db.transaction().execute(async (trx) => {
        const ok = await repo.updateReview(trx, id, body.version, {
          status: 'closed',
          closed_at: at,
          closed_by: ctx.personId,
          closed_role_key: grant.kind === 'role' ? grant.roleKey : null,
        });
        if (!ok)
          throw new AppError('version_conflict', 'The campaign changed since you loaded it; reload and try again');
        await repo.certifyKept(trx, id, at);
        await trail(trx, ctx, grant, 'access_review.closed', r, { ...counts }, meta);
      });
      return present(ctx, await load(ctx, id));
    },

    async revocationList(actor: Actor, id: string) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      return reports.revocations(r);
    },

    async markRevoked(actor: Actor, id: string, body: z.infer<typeof ZMarkRevokedRequest>, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      if (!ctx.personId || !isAdmin(ctx))
        throw new AppError('forbidden', 'Only system administrators mark revocations as done');
      const items = await repo.listItems(
        db,
        id,
        { entitlementIds: body.entitlementIds },
        undefined,
        body.entitlementIds.length,
      );
      const mineAssets = [
        ...new Set(
          items
            .filter((i) => adminFor(ctx.held, { id: i.asset_id, org_unit_id: i.asset_org_unit_id }, ctx.facts.parentOf))
            .map((i) => i.asset_id),
        ),
      ];
      const admin = ctx.held.find((h) => h.roleKey === SYSADMIN)!;
      let count = 0;
      await db.transaction().execute(async (trx) => {
        count = await repo.markRevoked(trx, id, body.entitlementIds, mineAssets, ctx.personId!, nowIso());
        if (count > 0)
          await trail(
            trx,
            ctx,
            { kind: 'role', roleKey: SYSADMIN, assignmentId: admin.assignmentId },
            'access_review.revoked',
            r,
            {
              items: count,
              entitlementIds: body.entitlementIds.slice(0, 100),
            },
            meta,
          );
      });
      return { count };
    },

    async evidence(actor: Actor, id: string, format: 'xlsx' | 'pdf') {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      return format === 'pdf' ? reports.pdf(r, await present(ctx, r)) : reports.xlsx(r, await present(ctx, r));
    },
  };
}
export type AccessReviewService = ReturnType<typeof createAccessReviewService>;
