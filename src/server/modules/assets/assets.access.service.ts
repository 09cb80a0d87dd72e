import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TAccessRequest,
  TAccessRequestListQuery,
  TCreateAccessRequest,
  ZAccessRequestStep,
  ZDecideAccessRequest,
} from '../../../contracts/assets.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant, HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AccessRequestRow } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './assets.access.repository.js';
import { dayOf, isExpired, requestCan, STEP_FROM } from './assets.access.rules.js';
import {
  ASSET_OWNER,
  actingAs,
  adminFor,
  assetsOwnedDirectly,
  loadAssetFacts,
  ownerOfAsset,
  SYSADMIN,
  unitsOwnedBy,
  type AssetFacts,
} from './assets.owners.js';
import { assetOwnershipRow, assetRefs } from './assets.repository.js';

type Step = z.infer<typeof ZAccessRequestStep>;
type Row = AccessRequestRow & { asset_org_unit_id?: string | null };
type Ctx = { actor: Actor; personId: string; held: HeldRole[]; facts: AssetFacts; at: string };

const noteOf = (changes: object): string => {
  const note = (changes as { note?: unknown }).note;
  return typeof note === 'string' ? note : '';
};

const personOf = (actor: Actor): string => {
  if (actor.kind !== 'account') throw new AppError('forbidden', 'Access requests are made by people');
  return actor.personId;
};

/**
 * Access requests (A.5.15, 5.18): anyone asks for access to an asset; its owner approves or
 * rejects (never the requester or beneficiary: SOD-02); a system administrator of the asset
 * provisions it (not the approver, for privileged access: SOD-03) and revokes it, which is due
 * the day after its last day. Every step is on the trail with the role it was taken under.
 */
export function createAccessRequestService(deps: Deps) {
  const { db } = deps;

  /** The caller's roles and the ownership facts, read before any transaction. */
  async function context(actor: Actor): Promise<Ctx> {
    const personId = personOf(actor);
    const at = nowIso();
    const [held, facts] = await Promise.all([deps.authz.rolesOf(actor), loadAssetFacts(db, at)]);
    return { actor, personId, held, facts, at };
  }

  function acting(ctx: Ctx, asset: { id: string; org_unit_id: string | null }) {
    const owner = actingAs(ctx.held, ASSET_OWNER, ownerOfAsset(asset, ctx.facts));
    const admin = adminFor(ctx.held, asset, ctx.facts.parentOf);
    return { owner, admin };
  }

  async function present(ctx: Ctx, rows: Row[]): Promise<TAccessRequest[]> {
    const [assets, names] = await Promise.all([
      assetRefs(
        db,
        rows.map((r) => r.asset_id),
      ),
      repo.personNames(
        db,
        rows.flatMap((r) =>
          [r.requester_id, r.beneficiary_id, r.decided_by, r.provisioned_by, r.revoked_by].filter(
            (x): x is string => x !== null,
          ),
        ),
      ),
    ]);
    const assetById = new Map(assets.map((a) => [a.id, a]));
    const ref = (id: string | null) => (id ? { id, fullName: names.get(id) ?? 'Unknown person' } : null);
    return rows.map((r) => {
      const asset = assetById.get(r.asset_id) ?? { id: r.asset_id, reference: '?', name: '?' };
      const a = acting(ctx, { id: r.asset_id, org_unit_id: r.asset_org_unit_id ?? null });
      return {
        id: r.id,
        reference: r.reference,
        asset,
        requester: ref(r.requester_id)!,
        beneficiary: ref(r.beneficiary_id)!,
        entitlement: r.entitlement,
        privileged: r.privileged === 1,
        reason: r.reason,
        until: r.until,
        status: r.status as TAccessRequest['status'],
        expired: isExpired(r, ctx.at),
        decidedBy: ref(r.decided_by),
        decidedAt: r.decided_at,
        decisionNote: r.decision_note,
        provisionedBy: ref(r.provisioned_by),
        provisionedAt: r.provisioned_at,
        revokedBy: ref(r.revoked_by),
        revokedAt: r.revoked_at,
        revokeNote: r.revoke_note,
        createdAt: r.created_at,
        version: r.version,
        can: requestCan(r, ctx.personId, { owner: a.owner !== null, admin: a.admin !== null }),
      };
    });
  }

  async function load(ctx: Ctx, id: string): Promise<Row & { asset_org_unit_id: string | null }> {
    const r = await repo.findRequest(db, id);
    if (!r) throw new AppError('not_found', 'No such access request');
    const asset = await assetOwnershipRow(db, r.asset_id);
    const row = { ...r, asset_org_unit_id: asset?.org_unit_id ?? null };
    const a = acting(ctx, { id: r.asset_id, org_unit_id: row.asset_org_unit_id });
    const mine = r.requester_id === ctx.personId || r.beneficiary_id === ctx.personId;
    if (!mine && !a.owner && !a.admin && !(await deps.authz.can(ctx.actor, 'access.read_all')))
      throw new AppError('not_found', 'No such access request');
    return row;
  }

  async function trail(trx: Db, ctx: Ctx, grant: Grant, action: string, r: Row, changes: object, meta: CallMeta) {
    await appendTrail(trx, {
      actor: ctx.actor,
      grant,
      action,
      objectType: 'access_request',
      objectId: r.id,
      changes: { reference: r.reference, assetId: r.asset_id, ...changes },
      requestId: meta.requestId,
    });
  }

  /** Applies one step: status and version guard, the trail event, and who hears about it. */
  async function step(
    ctx: Ctx,
    r: Row,
    version: number,
    expectedStatus: string,
    patch: Parameters<typeof repo.updateRequest>[3],
    audit: { grant: Grant; action: string; changes: object; meta: CallMeta },
    extra?: (trx: Db) => Promise<Parameters<typeof repo.updateRequest>[3] | void>,
    tellIds: (string | null)[] = [],
  ): Promise<TAccessRequest> {
    if (version !== r.version)
      throw new AppError('version_conflict', 'The request changed since you loaded it; reload and try again');
    await db.transaction().execute(async (trx) => {
      const more = extra ? await extra(trx) : undefined;
      const ok = await repo.updateRequest(
        trx,
        r.id,
        { version, status: expectedStatus },
        { ...patch, ...(more ?? {}) },
      );
      if (!ok) throw new AppError('version_conflict', 'The request changed since you loaded it; reload and try again');
      await trail(trx, ctx, audit.grant, audit.action, r, audit.changes, audit.meta);
      if (tellIds.length > 0)
        await notify(trx, {
          personIds: tellIds.filter((x): x is string => x !== null),
          kind: 'access.changed',
          title: `${r.reference} ${r.entitlement}: ${String(patch.status ?? r.status)}`,
          body: noteOf(audit.changes),
          link: `/access/${r.id}`,
          objectType: 'access_request',
          objectId: r.id,
          exceptPersonId: ctx.personId,
        });
    });
    return (await present(ctx, [await load(ctx, r.id)]))[0]!;
  }

  const requireStatus = (r: Row, kind: keyof typeof STEP_FROM) => {
    if (!STEP_FROM[kind].includes(r.status))
      throw new AppError(
        'conflict',
        `The request is ${r.status}; it cannot be ${kind === 'decide' ? 'decided' : kind + 'd'} now`,
      );
  };

  return {
    async list(actor: Actor, q: TAccessRequestListQuery) {
      const ctx = await context(actor);
      const canReadAll = await deps.authz.can(actor, 'access.read_all');
      const cursor = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const base: repo.RequestFilter = { assetId: q.assetId, status: q.status };
      let filter: repo.RequestFilter;
      let keep: (r: Row) => boolean = () => true;
      const asset = (r: Row) => ({ id: r.asset_id, org_unit_id: r.asset_org_unit_id ?? null });
      const adminIsms = ctx.held.some((h) => h.roleKey === SYSADMIN && h.scopeType === 'isms');
      const adminScope = () => {
        if (adminIsms) return 'all' as const;
        const mine = ctx.held.filter((h) => h.roleKey === SYSADMIN && h.scopeId !== null);
        return {
          assetIds: mine.filter((h) => h.scopeType === 'asset').map((h) => h.scopeId!),
          unitIds: ctx.facts.unitIds.filter((u) =>
            adminFor(
              mine.filter((h) => h.scopeType === 'org_unit'),
              { id: '', org_unit_id: u },
              ctx.facts.parentOf,
            ),
          ),
        };
      };
      switch (q.view) {
        case 'mine':
          filter = { ...base, personId: ctx.personId };
          break;
        case 'to_decide': {
          const owned = {
            assetIds: [
              ...assetsOwnedDirectly(ctx.personId, ctx.facts),
              ...ctx.held.filter((h) => h.roleKey === ASSET_OWNER && h.scopeType === 'asset').map((h) => h.scopeId!),
            ],
            unitIds: [
              ...unitsOwnedBy(ctx.personId, ctx.facts),
              ...ctx.held.filter((h) => h.roleKey === ASSET_OWNER && h.scopeType === 'org_unit').map((h) => h.scopeId!),
            ],
          };
          filter = { ...base, status: 'pending', within: owned };
          keep = (r) =>
            requestCan(r, ctx.personId, { owner: acting(ctx, asset(r)).owner !== null, admin: false }).decide;
          break;
        }
        case 'to_provision':
          filter = { ...base, status: 'approved', within: adminScope() };
          keep = (r) => acting(ctx, asset(r)).admin !== null;
          break;
        case 'to_revoke':
          filter = { ...base, status: 'provisioned', untilBefore: dayOf(ctx.at), within: adminScope() };
          keep = (r) => acting(ctx, asset(r)).admin !== null;
          break;
        case 'all':
          if (!canReadAll) await deps.authz.authorize(actor, 'access.read_all');
          filter = base;
          break;
      }
      // The SQL filter is coarse (units, scopes); ownership is refined here, so read on until a page is full.
      const items: Row[] = [];
      let before = cursor?.n;
      let exhausted = false;
      while (items.length < q.limit && !exhausted) {
        const batch = await repo.listRequests(db, filter, before, q.limit * 2);
        exhausted = batch.length < q.limit * 2;
        for (const r of batch) {
          before = r.number;
          if (!keep(r)) continue;
          items.push(r);
          if (items.length === q.limit) break;
        }
      }
      const last = items.at(-1);
      return {
        items: await present(ctx, items),
        nextCursor: items.length === q.limit && last ? encodeCursor({ n: last.number }) : null,
      };
    },

    async get(actor: Actor, id: string) {
      const ctx = await context(actor);
      return (await present(ctx, [await load(ctx, id)]))[0]!;
    },

    async create(actor: Actor, body: TCreateAccessRequest, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'access.request');
      const ctx = await context(actor);
      const asset = await assetOwnershipRow(db, body.assetId);
      if (!asset) throw new AppError('not_found', 'No such asset');
      if (asset.status === 'disposed' || asset.status === 'retired')
        throw new AppError('conflict', `${asset.reference} is ${asset.status}; access to it cannot be requested`);
      const beneficiaryId = body.beneficiaryId ?? ctx.personId;
      const beneficiary = await repo.personById(db, beneficiaryId);
      if (!beneficiary || beneficiary.status === 'left')
        throw new AppError('validation_failed', 'The person to receive access is not a current member of staff', {
          errors: [{ field: 'beneficiaryId', message: 'Choose a current person' }],
        });
      if (body.until !== null && body.until < dayOf(ctx.at))
        throw new AppError('validation_failed', 'The last day of access is in the past', {
          errors: [{ field: 'until', message: 'Choose today or a later day' }],
        });
      const id = uuidv7();
      const owner = ownerOfAsset(asset, ctx.facts);
      await db.transaction().execute(async (trx) => {
        const number = await repo.nextRequestNumber(trx);
        const row = {
          id,
          number,
          reference: `ACR-${String(number).padStart(4, '0')}`,
          asset_id: asset.id,
          requester_id: ctx.personId,
          beneficiary_id: beneficiaryId,
          entitlement: body.entitlement,
          privileged: body.privileged ? 1 : 0,
          reason: body.reason,
          until: body.until,
          status: 'pending',
          decided_by: null,
          decided_at: null,
          decided_role_key: null,
          decided_assignment_id: null,
          decision_note: null,
          provisioned_by: null,
          provisioned_at: null,
          entitlement_id: null,
          revoked_by: null,
          revoked_at: null,
          revoke_note: null,
          created_at: ctx.at,
          updated_at: ctx.at,
        };
        await repo.insertRequest(trx, row);
        await trail(
          trx,
          ctx,
          grant,
          'access.requested',
          { ...row, version: 1 },
          {
            beneficiaryId,
            entitlement: body.entitlement,
            privileged: body.privileged,
            until: body.until,
          },
          meta,
        );
        if (owner)
          await notify(trx, {
            personIds: [owner.personId],
            kind: 'access.requested',
            title: `${row.reference}: access to ${asset.reference} ${asset.name} requested`,
            body: `${body.entitlement}${body.privileged ? ' (privileged)' : ''} — ${body.reason}`,
            link: `/access/${id}`,
            objectType: 'access_request',
            objectId: id,
            exceptPersonId: ctx.personId,
          });
      });
      return (await present(ctx, [await load(ctx, id)]))[0]!;
    },

    async decide(actor: Actor, id: string, body: z.infer<typeof ZDecideAccessRequest>, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      const asset = { id: r.asset_id, org_unit_id: r.asset_org_unit_id };
      const owner = ownerOfAsset(asset, ctx.facts);
      const as = actingAs(ctx.held, ASSET_OWNER, owner);
      if (!as)
        throw new AppError(
          'forbidden',
          owner
            ? 'Only the owner of the asset may decide access to it'
            : 'The asset has no owner; the ISM must assign one first',
        );
      requireStatus(r, 'decide');
      const approve = body.decision === 'approve';
      return step(
        ctx,
        r,
        body.version,
        'pending',
        {
          status: approve ? 'approved' : 'rejected',
          decided_by: ctx.personId,
          decided_at: nowIso(),
          decided_role_key: ASSET_OWNER,
          decided_assignment_id: as.assignmentId,
          decision_note: body.note || null,
          updated_at: nowIso(),
        },
        {
          grant: { kind: 'role', roleKey: ASSET_OWNER, assignmentId: as.assignmentId },
          action: approve ? 'access.approved' : 'access.rejected',
          changes: { note: body.note },
          meta,
        },
        async (trx) => {
          await enforceSod(trx, {
            rule: 'SOD-02',
            deciderPersonId: ctx.personId,
            requesterPersonId: r.requester_id,
            beneficiaryPersonId: r.beneficiary_id,
          });
        },
        [r.requester_id, r.beneficiary_id],
      );
    },

    async provision(actor: Actor, id: string, body: Step, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      const admin = adminFor(ctx.held, { id: r.asset_id, org_unit_id: r.asset_org_unit_id }, ctx.facts.parentOf);
      if (!admin)
        throw new AppError('forbidden', 'Only a system administrator of the asset may provision access to it');
      requireStatus(r, 'provision');
      const beneficiary = await repo.personById(db, r.beneficiary_id);
      const at = nowIso();
      return step(
        ctx,
        r,
        body.version,
        'approved',
        { status: 'provisioned', provisioned_by: ctx.personId, provisioned_at: at, updated_at: at },
        {
          grant: { kind: 'role', roleKey: SYSADMIN, assignmentId: admin.assignmentId },
          action: 'access.provisioned',
          changes: { note: body.note },
          meta,
        },
        async (trx) => {
          // SOD-03 is mandatory for privileged access, recommended otherwise (sod-rules.json).
          if (r.privileged === 1 && r.decided_by)
            await enforceSod(trx, { rule: 'SOD-03', deciderPersonId: ctx.personId, approverPersonId: r.decided_by });
          const entitlementId = await repo.grantEntitlement(trx, {
            assetId: r.asset_id,
            personId: r.beneficiary_id,
            accountName: beneficiary?.email ?? r.beneficiary_id,
            entitlement: r.entitlement,
            privileged: r.privileged === 1,
            at,
          });
          return { entitlement_id: entitlementId };
        },
        [r.requester_id, r.beneficiary_id],
      );
    },

    async revoke(actor: Actor, id: string, body: Step, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      const admin = adminFor(ctx.held, { id: r.asset_id, org_unit_id: r.asset_org_unit_id }, ctx.facts.parentOf);
      if (!admin) throw new AppError('forbidden', 'Only a system administrator of the asset may revoke access to it');
      requireStatus(r, 'revoke');
      const at = nowIso();
      return step(
        ctx,
        r,
        body.version,
        'provisioned',
        { status: 'revoked', revoked_by: ctx.personId, revoked_at: at, revoke_note: body.note || null, updated_at: at },
        {
          grant: { kind: 'role', roleKey: SYSADMIN, assignmentId: admin.assignmentId },
          action: 'access.revoked',
          changes: { note: body.note, expired: isExpired(r, at) },
          meta,
        },
        async (trx) => {
          if (r.entitlement_id) await repo.removeEntitlement(trx, r.entitlement_id, at);
        },
        [r.requester_id, r.beneficiary_id],
      );
    },

    async cancel(actor: Actor, id: string, body: Step, meta: CallMeta) {
      const ctx = await context(actor);
      const r = await load(ctx, id);
      if (r.requester_id !== ctx.personId && r.beneficiary_id !== ctx.personId)
        throw new AppError(
          'forbidden',
          'Only whoever asked for the access, or would receive it, may withdraw the request',
        );
      requireStatus(r, 'cancel');
      return step(
        ctx,
        r,
        body.version,
        r.status,
        { status: 'cancelled', decision_note: body.note || r.decision_note, updated_at: nowIso() },
        { grant: { kind: 'self' }, action: 'access.cancelled', changes: { note: body.note }, meta },
      );
    },
  };
}
export type AccessRequestService = ReturnType<typeof createAccessRequestService>;
