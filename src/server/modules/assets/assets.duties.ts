import type { Db } from '../../db/database.js';
import type { Duty, DutyKind, DutyWho } from '../inbox/inbox.duties.js';
import { currentIsmsHolderAssignments } from '../responsibilities/responsibilities.ledger.js';
import * as access from './assets.access.repository.js';
import { dayOf } from './assets.access.rules.js';
import {
  ASSET_OWNER,
  actingAs,
  custodianOfAsset,
  loadAssetFacts,
  ownerOfAsset,
  SYSADMIN,
  type AssetFacts,
} from './assets.owners.js';

const DAY = 86_400_000;
/** Days the owner has to decide a request, and the administrator to provision it. */
export const DECIDE_DAYS = 3;
export const PROVISION_DAYS = 2;
const SCAN = 1000;

const plus = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
type Assignee = { personId: string; via: Duty['via'] };
type Row = Awaited<ReturnType<typeof access.requestsInStatus>>[number];

/** Who carries out access on an asset: its custodian, else the administrators of the whole ISMS. */
export async function administratorsOf(
  db: Db,
  asset: { id: string; org_unit_id: string | null },
  f: AssetFacts,
): Promise<Assignee[]> {
  const custodian = custodianOfAsset(asset, f);
  if (custodian)
    return [
      {
        personId: custodian.personId,
        via: { roleKey: SYSADMIN, assignmentId: custodian.assignmentId, standingIn: false },
      },
    ];
  return f.ismsAdmins.map((h) => ({
    personId: h.personId,
    via: { roleKey: SYSADMIN, assignmentId: h.assignmentId, standingIn: false },
  }));
}

async function ismsManagers(db: Db, at: string): Promise<Assignee[]> {
  return (await currentIsmsHolderAssignments(db, 'isms_manager', at)).map((h) => ({
    personId: h.person_id,
    via: { roleKey: 'isms_manager', assignmentId: h.id, standingIn: false },
  }));
}

type Source = {
  kind: string;
  label: string;
  statuses: string[];
  expiredOnly?: boolean;
  assignees: (db: Db, r: Row, f: AssetFacts, at: string) => Promise<Assignee[]>;
  /** Whether `who` (with their roles, deputies standing in included) has this duty for the request. */
  mine: (who: DutyWho, r: Row, f: AssetFacts) => boolean;
  duty: (r: Row) => Pick<Duty, 'title' | 'detail' | 'dueAt' | 'since'>;
};

function requestDutyKind(src: Source): DutyKind {
  const toDuty = (r: Row, a: Assignee): Duty => ({
    kind: src.kind,
    key: `${src.kind}:${r.id}:${a.personId}`,
    personId: a.personId,
    ...src.duty(r),
    link: `/access/${r.id}`,
    objectType: 'access_request',
    objectId: r.id,
    via: a.via,
  });
  async function* rows(db: Db, at: string) {
    let after: string | undefined;
    for (;;) {
      const batch = await access.requestsInStatus(db, src.statuses, {
        untilBefore: src.expiredOnly ? dayOf(at) : undefined,
        afterId: after,
        limit: SCAN,
      });
      yield* batch;
      if (batch.length < SCAN) return;
      after = batch.at(-1)!.id;
    }
  }
  return {
    kind: src.kind,
    module: 'access',
    label: src.label,
    openFor: async (db, who, at) => {
      const f = await loadAssetFacts(db, at);
      const out: Duty[] = [];
      for await (const r of rows(db, at)) {
        if (!src.mine(who, r, f)) continue;
        const assignees = await src.assignees(db, r, f, at);
        const a = assignees.find((x) => x.personId === who.personId) ?? {
          personId: who.personId,
          via: assignees[0]?.via ?? null,
        };
        out.push(
          toDuty(r, {
            personId: who.personId,
            via: a.via && { ...a.via, standingIn: !assignees.some((x) => x.personId === who.personId) },
          }),
        );
      }
      return out;
    },
    dueBefore: async (db, at, dueBefore, afterKey, limit) => {
      const f = await loadAssetFacts(db, at);
      const out: Duty[] = [];
      for await (const r of rows(db, at)) {
        const d = src.duty(r);
        if (d.dueAt === null || d.dueAt >= dueBefore) continue;
        for (const a of await src.assignees(db, r, f, at)) {
          const duty = toDuty(r, a);
          if (afterKey === undefined || duty.key > afterKey) out.push(duty);
        }
      }
      return out.sort((x, y) => (x.key < y.key ? -1 : 1)).slice(0, limit);
    },
  };
}

const assetOf = (r: Row) => ({ id: r.asset_id, org_unit_id: r.asset_org_unit_id });
const label = (r: Row) => `${r.reference} ${r.entitlement} on ${r.asset_reference} ${r.asset_name}`;
const isIsm = (who: DutyWho) => who.roles.some((h) => h.roleKey === 'isms_manager' && h.scopeType === 'isms');
const administers = (who: DutyWho, r: Row, f: AssetFacts) => {
  const custodian = custodianOfAsset(assetOf(r), f);
  if (custodian) return actingAs(who.roles, SYSADMIN, custodian) !== null;
  return who.roles.some((h) => h.roleKey === SYSADMIN && h.scopeType === 'isms');
};

/** The asset owner decides access requests (A.5.18); requests on assets without an owner wait for the ISM to assign one. */
export const approveAccessDutyKind = requestDutyKind({
  kind: 'access.approve',
  label: 'Decide an access request',
  statuses: ['pending'],
  assignees: async (db, r, f, at) => {
    const owner = ownerOfAsset(assetOf(r), f);
    if (!owner) return ismsManagers(db, at);
    return [
      { personId: owner.personId, via: { roleKey: ASSET_OWNER, assignmentId: owner.assignmentId, standingIn: false } },
    ];
  },
  mine: (who, r, f) => {
    const owner = ownerOfAsset(assetOf(r), f);
    if (!owner) return isIsm(who);
    return (
      actingAs(who.roles, ASSET_OWNER, owner) !== null &&
      who.personId !== r.requester_id &&
      who.personId !== r.beneficiary_id
    );
  },
  duty: (r) => ({
    title: `Decide access: ${label(r)}`,
    detail: `${r.privileged ? 'Privileged access' : 'Access'} requested: ${r.reason}`,
    dueAt: plus(r.created_at, DECIDE_DAYS),
    since: r.created_at,
  }),
});

/** Approved access is given by the system's custodian (or an ISMS-wide administrator). */
export const provisionAccessDutyKind = requestDutyKind({
  kind: 'access.provision',
  label: 'Provision approved access',
  statuses: ['approved'],
  assignees: (db, r, f) => administratorsOf(db, assetOf(r), f),
  mine: administers,
  duty: (r) => ({
    title: `Provision: ${label(r)}`,
    detail: 'Approved by the asset owner; give the access and mark it provisioned.',
    dueAt: plus(r.decided_at ?? r.updated_at, PROVISION_DAYS),
    since: r.decided_at ?? r.updated_at,
  }),
});

/** Access past its last day is revoked (A.5.18 c). */
export const revokeAccessDutyKind = requestDutyKind({
  kind: 'access.revoke',
  label: 'Revoke expired access',
  statuses: ['provisioned'],
  expiredOnly: true,
  assignees: (db, r, f) => administratorsOf(db, assetOf(r), f),
  mine: administers,
  duty: (r) => {
    const due = `${r.until!}T23:59:59.999Z`;
    return {
      title: `Revoke expired access: ${label(r)}`,
      detail: `The access ended on ${r.until!}; take it away and mark it revoked.`,
      dueAt: plus(due, 1),
      since: due,
    };
  },
});
