import type { Duty, DutyKind } from '../inbox/inbox.duties.js';
import { administratorsOf } from '../assets/assets.duties.js';
import { loadAssetFacts } from '../assets/assets.owners.js';
import * as repo from './access-reviews.repository.js';

const DAY = 86_400_000;
/** Days after closure by which the administrators carry out the revocations. */
export const REVOCATION_DAYS = 5;

/** Reviewers decide their items in an open campaign by its due date. */
export const reviewAccessDutyKind: DutyKind = {
  kind: 'access_reviews.review',
  module: 'access',
  label: 'Review access',
  openFor: async (db, who) =>
    (await repo.undecidedByReviewer(db, { reviewerId: who.personId, limit: 200 })).map(toDuty),
  dueBefore: async (db, _at, dueBefore, afterKey, limit) =>
    (
      await repo.undecidedByReviewer(db, {
        dueBefore,
        afterKey: afterKey?.replace(/^access_reviews\.review:/, ''),
        limit,
      })
    ).map(toDuty),
};

function toDuty(r: Awaited<ReturnType<typeof repo.undecidedByReviewer>>[number]): Duty {
  const n = Number(r.n);
  return {
    kind: 'access_reviews.review',
    key: `access_reviews.review:${r.key}`,
    personId: r.reviewer_id!,
    title: `Review access: ${r.reference} ${r.title}`,
    detail: `${n} entitlement${n === 1 ? '' : 's'} to keep, revoke or modify.`,
    dueAt: r.due_at,
    link: `/access-reviews/${r.review_id}`,
    objectType: 'access_review',
    objectId: r.review_id,
    since: r.created_at,
    via: null,
  };
}

/** After closure, the administrators of each system carry out its revoke and modify decisions. */
export const reviewRevocationsDutyKind: DutyKind = {
  kind: 'access_reviews.revocations',
  module: 'access',
  label: 'Carry out access review revocations',
  openFor: async (db, who, at) => (await all(db, at)).filter((d) => d.personId === who.personId),
  dueBefore: async (db, at, dueBefore, afterKey, limit) =>
    (await all(db, at))
      .filter((d) => d.dueAt !== null && d.dueAt < dueBefore && (afterKey === undefined || d.key > afterKey))
      .slice(0, limit),
};

async function all(db: Parameters<DutyKind['openFor']>[0], at: string): Promise<Duty[]> {
  const [rows, facts] = await Promise.all([repo.pendingRevocations(db), loadAssetFacts(db, at)]);
  const byKey = new Map<string, Duty & { n: number }>();
  for (const r of rows)
    for (const a of await administratorsOf(db, { id: r.asset_id, org_unit_id: r.org_unit_id }, facts)) {
      const key = `access_reviews.revocations:${r.review_id}:${a.personId}`;
      const prev = byKey.get(key);
      const n = (prev?.n ?? 0) + Number(r.n);
      byKey.set(key, {
        kind: 'access_reviews.revocations',
        key,
        personId: a.personId,
        title: `Carry out revocations: ${r.reference} ${r.title}`,
        detail: `${n} entitlement${n === 1 ? '' : 's'} to revoke or change on your systems; download the revocation list.`,
        dueAt: new Date(Date.parse(r.closed_at!) + REVOCATION_DAYS * DAY).toISOString(),
        link: `/access-reviews/${r.review_id}`,
        objectType: 'access_review',
        objectId: r.review_id,
        since: r.closed_at!,
        via: a.via,
        n,
      });
    }
  return [...byKey.values()].map(({ n: _n, ...d }) => d).sort((x, y) => (x.key < y.key ? -1 : 1));
}
