import { v7 as uuidv7 } from 'uuid';
import type {
  TAsset,
  TAssetListQuery,
  TCreateAssetRequest,
  TSetAssetLinksRequest,
  TUpdateAssetRequest,
} from '../../../contracts/assets.js';
import { CIA_LEVEL_LABELS, type ZAssetFilterQuery } from '../../../contracts/assets.js';
import type { z } from 'zod';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { allowedWith, type Grant, type HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { appendTrail } from '../trail/trail.service.js';
import {
  actingAs,
  ASSET_OWNER,
  custodianOfAsset,
  loadAssetFacts,
  ownerOfAsset,
  SYSADMIN,
  unitsOwnedBy,
  type AssetFacts,
} from './assets.owners.js';
import { peopleOf, personRef, presentSummary } from './assets.presenters.js';
import * as repo from './assets.repository.js';
import { ANNEX_A_CONTROLS, assetReference, compareControlIds, makesCycle } from './assets.rules.js';

export type TAssetFilterQuery = z.infer<typeof ZAssetFilterQuery>;
export type Who = { actor: Actor; grant: Grant; requestId?: string };
type Access = { actor: Actor; held: HeldRole[]; personId: string | null };

export const staleAsset = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);

export async function loadAsset(db: Db, id: string) {
  const row = await repo.findAsset(db, id);
  if (!row) throw new AppError('not_found', 'No such asset');
  return row;
}

/** A unit and every unit below it (cycle-safe). */
function subtree(root: string, parentOf: Map<string, string | null>): string[] {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parentOf) if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), id]);
  const out = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return [...out];
}

/** An inventory query resolved against the org tree and the ledger. */
export function resolveFilter(q: TAssetFilterQuery, facts: AssetFacts, actor: Actor, now: string): repo.AssetFilter {
  const f: repo.AssetFilter = { now, q: q.q, type: q.type, status: q.status, label: q.label, parentId: q.parentId };
  if (q.orgUnitId) f.unitIds = subtree(q.orgUnitId, facts.parentOf);
  if (q.owner) {
    const personId = q.owner === 'me' ? (actor.kind === 'account' ? actor.personId : null) : q.owner;
    // A system actor owns nothing: "mine" matches no asset.
    f.owner = { personId: personId ?? '-', units: personId ? unitsOwnedBy(personId, facts) : [] };
  }
  if (q.unowned === true)
    f.unowned = { ownedUnits: facts.unitIds.filter((u) => ownerOfAsset({ id: '', org_unit_id: u }, facts) !== null) };
  return f;
}

const checkUnit = (facts: AssetFacts, orgUnitId: string | null | undefined) => {
  if (orgUnitId && !facts.parentOf.has(orgUnitId))
    throw new AppError('validation_failed', 'No such org unit', {
      errors: [{ field: 'orgUnitId', message: 'Choose an existing org unit' }],
    });
};

/**
 * Makes `personId` the holder of the role for this asset in the ledger (or nobody), ending the
 * current holders for the asset itself; inherited holders (org unit) are not touched. Returns what
 * changed (null when nothing did), for the trail.
 */
export async function setAssetHolder(
  assignments: AssignmentService,
  trx: Db,
  roleKey: string,
  asset: { id: string; reference: string; name: string },
  personId: string | null,
  reason: string,
  who: Who,
): Promise<{ before: string[]; after: string | null } | null> {
  return assignments.setSoleHolder(
    trx,
    {
      roleKey,
      scopeType: 'asset',
      scopeId: asset.id,
      personId,
      endReason: reason || `Changed on ${asset.reference}`,
      openReason:
        reason || `${roleKey === ASSET_OWNER ? 'Owner' : 'System administrator'} of ${asset.reference} ${asset.name}`,
    },
    who,
  );
}

/**
 * The asset inventory (A.5.9): assets with classification, owner and custodian in the ledger,
 * what runs on what, and links to risks and Annex A controls.
 */
export function createAssetService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;

  async function accessOf(actor: Actor): Promise<Access> {
    return { actor, held: await deps.authz.rolesOf(actor), personId: actor.kind === 'account' ? actor.personId : null };
  }
  const ism = (a: Access) => allowedWith(a.actor, a.held, 'assets.manage');

  /** The grant to edit an asset: the ISM's, or its owner's (their own or inherited, or a deputy standing in). */
  function editGrant(a: Access, asset: { id: string; org_unit_id: string | null }, facts: AssetFacts): Grant | null {
    const g = ism(a) ?? allowedWith(a.actor, a.held, 'assets.edit', { scope: { type: 'asset', id: asset.id } });
    if (g) return g;
    const acting = actingAs(a.held, ASSET_OWNER, ownerOfAsset(asset, facts));
    return acting ? { kind: 'role', roleKey: ASSET_OWNER, assignmentId: acting.assignmentId } : null;
  }
  function requireEdit(a: Access, asset: repo.AssetDetailRow, facts: AssetFacts): Grant {
    const g = editGrant(a, asset, facts);
    if (!g)
      throw new AppError(
        'forbidden',
        `Only the asset owner or the Information Security Manager may change ${asset.reference}`,
      );
    return g;
  }

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
      objectType: 'asset',
      objectId: id,
      changes: changes as Record<string, unknown>,
    });
  }

  async function checkPeople(ids: { field: string; id: string | null | undefined }[]) {
    const wanted = ids.filter((x): x is { field: string; id: string } => typeof x.id === 'string');
    const active = await repo.activePeople(
      db,
      wanted.map((x) => x.id),
    );
    const bad = wanted.filter((x) => !active.has(x.id));
    if (bad.length > 0)
      throw new AppError('validation_failed', 'Choose an active person', {
        errors: bad.map((x) => ({ field: x.field, message: 'No active person with that id' })),
      });
  }

  async function checkParent(trx: Db, id: string, parentId: string | null | undefined) {
    if (!parentId) return;
    if ((await repo.parentIdOf(trx, parentId)) === undefined)
      throw new AppError('validation_failed', 'No such parent asset', {
        errors: [{ field: 'parentId', message: 'Choose an existing asset' }],
      });
    const parents = new Map<string, string | null>();
    const lookup = async (from: string) => {
      for (let p: string | null | undefined = from, depth = 0; p && depth < 10_000; depth++) {
        if (parents.has(p)) break;
        const up: string | null = (await repo.parentIdOf(trx, p)) ?? null;
        parents.set(p, up);
        if (p === id) break;
        p = up;
      }
    };
    await lookup(parentId);
    if (parentId === id || makesCycle(id, parentId, (x) => parents.get(x)))
      throw new AppError('validation_failed', 'An asset cannot run on itself or on something that runs on it', {
        errors: [{ field: 'parentId', message: 'This parent would make a loop' }],
      });
  }

  /** The full view of one asset for the caller, with what they may do with it. */
  async function present(a: Access, id: string): Promise<TAsset> {
    const now = nowIso();
    const [r, facts, children, childCount, links, risks, entitlementCount] = await Promise.all([
      loadAsset(db, id),
      loadAssetFacts(db, now),
      repo.childrenOf(db, id, 100),
      repo.countChildren(db, id),
      repo.linksOf(db, id),
      repo.linkedRisks(db, id),
      repo.currentEntitlementCount(db, id),
    ]);
    const people = await names(peopleOf([r], facts));
    const owner = ownerOfAsset(r, facts);
    const custodian = custodianOfAsset(r, facts);
    const mine = (h: { personId: string } | null) => h !== null && a.personId !== null && h.personId === a.personId;
    const live = r.status !== 'disposed';
    return {
      ...presentSummary(r, facts, people),
      description: r.description,
      externalId: r.external_id,
      children,
      childCount,
      risks,
      controls: links
        .filter((l) => l.object_type === 'control')
        .map((l) => l.object_ref)
        .sort(compareControlIds)
        .map((c) => ({ id: c, title: ANNEX_A_CONTROLS.get(c) ?? 'Unknown control' })),
      entitlementCount,
      createdAt: r.created_at,
      version: r.version,
      can: {
        edit: editGrant(a, r, facts) !== null,
        changeOwner: ism(a) !== null,
        requestAccess: live && r.status !== 'retired' && allowedWith(a.actor, a.held, 'access.request') !== null,
        readEntitlements:
          allowedWith(a.actor, a.held, 'entitlements.read') !== null ||
          mine(owner) ||
          mine(custodian) ||
          a.actor.kind === 'system',
      },
    };
  }

  return {
    present: async (actor: Actor, id: string) => present(await accessOf(actor), id),

    async list(actor: Actor, q: TAssetListQuery) {
      await deps.authz.authorize(actor, 'assets.read');
      const now = nowIso();
      const facts = await loadAssetFacts(db, now);
      const f = resolveFilter(q, facts, actor, now);
      const kind = repo.assetSortKind(q.sort);
      const after = decodeCursor<{ k: string | number; n: number }>(q.cursor, { k: kind, n: 'number' });
      const [rows, total] = await Promise.all([
        repo.listAssets(db, f, q.sort, q.dir, after, q.limit + 1),
        repo.countAssets(db, f),
      ]);
      const page = rows.slice(0, q.limit);
      const people = await names(peopleOf(page, facts));
      const last = page[page.length - 1];
      return {
        items: page.map((r) => presentSummary(r, facts, people)),
        nextCursor:
          rows.length > q.limit && last
            ? encodeCursor({ k: kind === 'number' ? Number(last.sort_key) : String(last.sort_key), n: last.number })
            : null,
        total,
      };
    },

    async get(actor: Actor, id: string): Promise<TAsset> {
      await deps.authz.authorize(actor, 'assets.read');
      return present(await accessOf(actor), id);
    },

    async create(actor: Actor, input: TCreateAssetRequest, meta: CallMeta): Promise<TAsset> {
      const g = await deps.authz.authorize(actor, 'assets.manage');
      const a = await accessOf(actor);
      const now = nowIso();
      const facts = await loadAssetFacts(db, now);
      checkUnit(facts, input.orgUnitId);
      await checkPeople([
        { field: 'ownerPersonId', id: input.ownerPersonId },
        { field: 'custodianPersonId', id: input.custodianPersonId },
      ]);
      if (input.externalId && (await repo.assetIdByExternalId(db, input.externalId)))
        throw new AppError('conflict', `An asset with the CMDB id ${input.externalId} is already in the inventory`);
      const ledger =
        input.ownerPersonId || input.custodianPersonId ? await assignments.authority(actor, ASSET_OWNER) : null;
      const id = uuidv7();
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            await checkParent(trx, id, input.parentId);
            const number = await repo.nextAssetNumber(trx);
            const reference = assetReference(number);
            await repo.insertAsset(trx, {
              id,
              number,
              reference,
              name: input.name,
              description: input.description,
              type: input.type,
              status: input.status,
              org_unit_id: input.orgUnitId,
              parent_id: input.parentId,
              confidentiality: input.confidentiality,
              integrity: input.integrity,
              availability: input.availability,
              label: input.label,
              location: input.location,
              external_id: input.externalId || null,
              created_by: a.personId,
              created_at: now,
              updated_at: now,
              version: 1,
            });
            const who = { actor, grant: g, requestId: meta.requestId };
            await trail(trx, who, 'asset.created', id, {
              reference,
              name: input.name,
              type: input.type,
              status: input.status,
              classification: {
                c: input.confidentiality,
                i: input.integrity,
                a: input.availability,
                label: input.label,
              },
              orgUnitId: input.orgUnitId,
              parentId: input.parentId,
            });
            const asset = { id, reference, name: input.name };
            const lw = { actor, grant: ledger ?? g, requestId: meta.requestId };
            if (input.ownerPersonId)
              await setAssetHolder(assignments, trx, ASSET_OWNER, asset, input.ownerPersonId, '', lw);
            if (input.custodianPersonId)
              await setAssetHolder(assignments, trx, SYSADMIN, asset, input.custodianPersonId, '', lw);
          });
          break;
        } catch (e) {
          if (!isUniqueViolation(e) || attempt >= 2) throw e;
        }
      }
      return present(a, id);
    },

    async update(actor: Actor, id: string, input: TUpdateAssetRequest, meta: CallMeta): Promise<TAsset> {
      await deps.authz.authorize(actor, 'assets.read');
      const a = await accessOf(actor);
      const facts = await loadAssetFacts(db, nowIso());
      const r0 = await loadAsset(db, id);
      const g = requireEdit(a, r0, facts);
      const ownerChange = input.ownerPersonId !== undefined || input.custodianPersonId !== undefined;
      const moves = input.orgUnitId !== undefined && input.orgUnitId !== r0.org_unit_id;
      // Owners edit details and classification; who owns and administers it is the ISM's to decide.
      if ((ownerChange || moves) && !ism(a))
        throw new AppError(
          'forbidden',
          `Only the Information Security Manager may change the owner, custodian or org unit of ${r0.reference}`,
        );
      checkUnit(facts, input.orgUnitId);
      await checkPeople([
        { field: 'ownerPersonId', id: input.ownerPersonId },
        { field: 'custodianPersonId', id: input.custodianPersonId },
      ]);
      if (input.externalId && input.externalId !== r0.external_id) {
        const other = await repo.assetIdByExternalId(db, input.externalId);
        if (other && other !== id)
          throw new AppError('conflict', `An asset with the CMDB id ${input.externalId} is already in the inventory`);
      }
      const ledger = ownerChange ? await assignments.authority(actor, ASSET_OWNER) : null;
      await db.transaction().execute(async (trx) => {
        const r = await loadAsset(trx, id);
        if (r.version !== input.version) throw staleAsset(r.reference);
        if (input.parentId !== undefined && input.parentId !== r.parent_id) await checkParent(trx, id, input.parentId);
        const patch = {
          name: input.name,
          description: input.description,
          type: input.type,
          status: input.status,
          org_unit_id: input.orgUnitId,
          parent_id: input.parentId,
          confidentiality: input.confidentiality,
          integrity: input.integrity,
          availability: input.availability,
          label: input.label,
          location: input.location,
          external_id: input.externalId === undefined ? undefined : input.externalId || null,
        };
        const changes: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(patch))
          if (v !== undefined && v !== r[k as keyof typeof r])
            changes[k] = { before: r[k as keyof typeof r], after: v };
        const who = { actor, grant: g, requestId: meta.requestId };
        const lw = { actor, grant: ledger ?? g, requestId: meta.requestId };
        if (input.ownerPersonId !== undefined) {
          const c = await setAssetHolder(assignments, trx, ASSET_OWNER, r, input.ownerPersonId, input.reason ?? '', lw);
          if (c) changes.owner = c;
        }
        if (input.custodianPersonId !== undefined) {
          const c = await setAssetHolder(
            assignments,
            trx,
            SYSADMIN,
            r,
            input.custodianPersonId,
            input.reason ?? '',
            lw,
          );
          if (c) changes.custodian = c;
        }
        if (Object.keys(changes).length === 0) return;
        if (!(await repo.updateAsset(trx, id, r.version, { ...patch, updated_at: nowIso() })))
          throw staleAsset(r.reference);
        await trail(trx, who, 'asset.updated', id, { reference: r.reference, ...changes });
      });
      return present(a, id);
    },

    /** Replaces the asset's links to risks and Annex A controls with the lists given. */
    async setLinks(actor: Actor, id: string, input: TSetAssetLinksRequest, meta: CallMeta): Promise<TAsset> {
      await deps.authz.authorize(actor, 'assets.read');
      const a = await accessOf(actor);
      const facts = await loadAssetFacts(db, nowIso());
      const g = requireEdit(a, await loadAsset(db, id), facts);
      const riskIds = [...new Set(input.riskIds)];
      const controlIds = [...new Set(input.controlIds)];
      const errors = controlIds
        .filter((c) => !ANNEX_A_CONTROLS.has(c))
        .map((c) => ({ field: 'controlIds', message: `${c} is not an Annex A control of ISO/IEC 27001:2022` }));
      const risks = await repo.existingRiskIds(db, riskIds);
      for (const r of riskIds) if (!risks.has(r)) errors.push({ field: 'riskIds', message: `No risk with id ${r}` });
      if (errors.length > 0) throw new AppError('validation_failed', 'Some links point to nothing', { errors });
      await db.transaction().execute(async (trx) => {
        const r = await loadAsset(trx, id);
        if (r.version !== input.version) throw staleAsset(r.reference);
        const now = nowIso();
        const current = await repo.linksOf(trx, id);
        const diff = (type: string, wanted: string[]) => {
          const have = current.filter((l) => l.object_type === type).map((l) => l.object_ref);
          return { added: wanted.filter((x) => !have.includes(x)), removed: have.filter((x) => !wanted.includes(x)) };
        };
        const rd = diff('risk', riskIds);
        const cd = diff('control', controlIds);
        await repo.deleteLinks(trx, id, 'risk', rd.removed);
        await repo.deleteLinks(trx, id, 'control', cd.removed);
        const row = (type: string) => (ref: string) => ({
          asset_id: id,
          object_type: type,
          object_ref: ref,
          created_by: a.personId,
          created_at: now,
        });
        await repo.insertLinks(trx, [...rd.added.map(row('risk')), ...cd.added.map(row('control'))]);
        if (!(await repo.updateAsset(trx, id, r.version, { updated_at: now }))) throw staleAsset(r.reference);
        await trail(trx, { actor, grant: g, requestId: meta.requestId }, 'asset.links_changed', id, {
          reference: r.reference,
          risks: rd,
          controls: cd,
        });
      });
      return present(a, id);
    },

    async exportInventory(actor: Actor, q: TAssetFilterQuery, format: TabularFormat) {
      await deps.authz.authorize(actor, 'assets.read');
      type Line = repo.AssetListRow & { owner: string; custodian: string };
      const now = nowIso();
      const facts = await loadAssetFacts(db, now);
      const f = resolveFilter(q, facts, actor, now);
      const out: Line[] = [];
      let after: { k: number; n: number } | undefined;
      for (;;) {
        const page = await repo.listAssets(db, f, 'reference', 'asc', after, 2000);
        const people = await names(peopleOf(page, facts));
        for (const r of page)
          out.push({
            ...r,
            owner: personRef(people, ownerOfAsset(r, facts)?.personId)?.fullName ?? '',
            custodian: personRef(people, custodianOfAsset(r, facts)?.personId)?.fullName ?? '',
          });
        const last = page[page.length - 1];
        if (page.length < 2000 || !last) break;
        after = { k: last.number, n: last.number };
      }
      const level = (n: number) => `${n} ${CIA_LEVEL_LABELS[n] ?? ''}`.trim();
      const columns: Column<Line>[] = [
        { header: 'Reference', value: (r) => r.reference },
        { header: 'Name', value: (r) => r.name, width: 36 },
        { header: 'Type', value: (r) => r.type },
        { header: 'Status', value: (r) => r.status },
        { header: 'Label', value: (r) => r.label },
        { header: 'Confidentiality', value: (r) => level(r.confidentiality) },
        { header: 'Integrity', value: (r) => level(r.integrity) },
        { header: 'Availability', value: (r) => level(r.availability) },
        { header: 'Org unit', value: (r) => r.unit_name ?? '', width: 20 },
        { header: 'Owner', value: (r) => r.owner, width: 22 },
        { header: 'Custodian', value: (r) => r.custodian, width: 22 },
        { header: 'Runs on', value: (r) => (r.parent_reference ? `${r.parent_reference} ${r.parent_name}` : '') },
        { header: 'Location', value: (r) => r.location, width: 20 },
        { header: 'CMDB id', value: (r) => r.external_id ?? '' },
        { header: 'Description', value: (r) => r.description, width: 40 },
        { header: 'Updated', value: (r) => r.updated_at, width: 22 },
      ];
      return {
        body: await renderTabular(format, 'Asset inventory', columns, out),
        fileName: downloadName('asset-inventory', format),
      };
    },
  };
}

export type AssetService = ReturnType<typeof createAssetService>;
