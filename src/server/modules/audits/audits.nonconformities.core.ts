import { v7 as uuidv7 } from 'uuid';
import type { TNcStatus } from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { CorrectiveActionRow, NcVerificationRow, NonconformityRow } from '../../db/schema.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { currentIsmsHolders } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { ncStatusFromActions } from './audits.rules.js';
import * as repo from './audits.nonconformities.repository.js';

// What the nonconformity use cases share: references, refusals, the trail, the status life
// cycle (10.2) and who counts as having implemented the corrective actions (SOD-10).

export const ISM = 'isms_manager';
export const INTERNAL_AUDITOR = 'internal_auditor';

type ActionStatus = 'open' | 'done' | 'cancelled';

export type Who = { actor: Actor; grant: Grant; requestId?: string };

const pad = (n: number) => String(n).padStart(4, '0');
export const ncReference = (n: number) => `NC-${pad(n)}`;
export const actionReference = (n: number) => `CA-${pad(n)}`;
export const ncLink = (id: string) => `/nonconformities/${id}`;

export const dayOf = (iso: string) => iso.slice(0, 10);
/** Whether a YYYY-MM-DD string is a day of the calendar (2026-02-30 is not). */
export const isRealDay = (day: string): boolean => {
  const t = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
};

export const personOf = (actor: Actor): string | null => (actor.kind === 'account' ? actor.personId : null);

export const staleNc = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);
export const closedNc = (reference: string) =>
  new AppError('conflict', `${reference} is closed; reopen it by a verification that finds it not effective`);

/** The NC, or 404. */
export async function loadNc(db: Db, id: string): Promise<repo.NcView> {
  const r = await repo.findNc(db, id);
  if (!r) throw new AppError('not_found', 'No such nonconformity');
  return r;
}

/** The root cause is recorded once there is free text or at least one of the five whys. */
export const hasRootCause = (r: Pick<NonconformityRow, 'root_cause' | 'whys'>, whys: string[]) =>
  r.root_cause.trim() !== '' || whys.some((w) => w.trim() !== '');

/** When the NC was last found not effective: only actions planned since count. */
export function reopenedAtOf(verifications: NcVerificationRow[]): string | null {
  let at: string | null = null;
  for (const v of verifications) if (v.effective === 0 && (at === null || v.verified_at > at)) at = v.verified_at;
  return at;
}

export const liveActions = (actions: CorrectiveActionRow[], reopenedAt: string | null) =>
  reopenedAt ? actions.filter((a) => a.created_at > reopenedAt) : actions;

/**
 * Who implemented the corrective actions a verification judges (SOD-10): whoever completed one
 * of the live done actions, and their current owners.
 */
export function implementerIds(live: CorrectiveActionRow[], ownerOf: (actionId: string) => string | undefined) {
  const ids = new Set<string>();
  for (const a of live.filter((x) => x.status === 'done')) {
    if (a.done_by) ids.add(a.done_by);
    const owner = ownerOf(a.id);
    if (owner) ids.add(owner);
  }
  return [...ids];
}

/** The implementers of a nonconformity's live done actions, read inside `trx`. */
export async function implementersOfNc(trx: Db, ncId: string, at: string): Promise<string[]> {
  const actions = await repo.actionsOf(trx, [ncId]);
  const live = liveActions(actions, reopenedAtOf(await repo.verificationsOf(trx, [ncId])));
  const done = live.filter((a) => a.status === 'done').map((a) => a.id);
  const owners = new Map(
    (await repo.holdersOf(trx, repo.ACTION_OWNER, 'corrective_action', done, at)).map((h) => [h.scope_id, h.person_id]),
  );
  return implementerIds(live, (id) => owners.get(id));
}

export async function ncTrail(
  trx: Db,
  who: Who,
  action: string,
  nc: Pick<NonconformityRow, 'id' | 'reference'>,
  changes: Record<string, unknown>,
) {
  await appendTrail(trx, {
    ...who,
    action,
    objectType: 'nonconformity',
    objectId: nc.id,
    changes: { reference: nc.reference, ...changes },
  });
}

export async function actionTrail(
  trx: Db,
  who: Who,
  action: string,
  a: Pick<CorrectiveActionRow, 'id' | 'reference' | 'nc_id'>,
  changes: Record<string, unknown>,
) {
  await appendTrail(trx, {
    ...who,
    action,
    objectType: 'corrective_action',
    objectId: a.id,
    changes: { reference: a.reference, ncId: a.nc_id, ...changes },
  });
}

/**
 * Moves the NC to the status its actions give (open, action, verification); when it awaits
 * verification, tells the ISM and the internal auditors of the whole ISMS who did not implement it.
 */
export async function syncStatus(trx: Db, nc: NonconformityRow, who: Who): Promise<TNcStatus> {
  const actions = await repo.actionsOf(trx, [nc.id]);
  const reopenedAt = reopenedAtOf(await repo.verificationsOf(trx, [nc.id]));
  const current = nc.status as TNcStatus;
  const next = ncStatusFromActions(
    current,
    actions.map((a) => ({ status: a.status as ActionStatus, createdAt: a.created_at })),
    reopenedAt,
  );
  if (next === current) return current;
  const now = nowIso();
  if (!(await repo.updateNc(trx, nc.id, nc.version, { status: next, updated_at: now }))) throw staleNc(nc.reference);
  await ncTrail(trx, who, 'nonconformity.status', nc, { status: { before: current, after: next } });
  if (next === 'verification') {
    const [isms, auditors, implementers] = [
      await currentIsmsHolders(trx, ISM, now),
      await currentIsmsHolders(trx, INTERNAL_AUDITOR, now),
      await implementersOfNc(trx, nc.id, now),
    ];
    await notify(trx, {
      personIds: [...isms, ...auditors].filter((p) => !implementers.includes(p)),
      kind: 'nonconformity.verification',
      title: `Verify the corrective actions of ${nc.reference}`,
      body: `Every corrective action of ${nc.reference} ${nc.title} is done: check whether they worked (10.2 d).`,
      link: ncLink(nc.id),
      objectType: 'nonconformity',
      objectId: nc.id,
      exceptPersonId: personOf(who.actor),
    });
  }
  return next;
}

export type RaisedNc = {
  title: string;
  description: string;
  severity: 'minor' | 'major';
  source: 'audit' | 'incident' | 'other';
  sourceNote: string;
  auditId: string | null;
  auditItemId: string | null;
  clauseId: string | null;
  controlId: string | null;
  raisedByPersonId: string;
  raisedRoleKey: string | null;
};

/** Inserts a raised NC under the next number with its trail event, and tells the ISM. */
export async function insertRaised(trx: Db, input: RaisedNc, who: Who): Promise<{ id: string; reference: string }> {
  const id = uuidv7();
  const now = nowIso();
  const number = await repo.nextNcNumber(trx);
  const reference = ncReference(number);
  await repo.insertNc(trx, {
    id,
    number,
    reference,
    title: input.title,
    description: input.description,
    severity: input.severity,
    source: input.source,
    source_note: input.sourceNote,
    audit_id: input.auditId,
    audit_item_id: input.auditItemId,
    clause_id: input.clauseId,
    control_id: input.controlId,
    status: 'open',
    corrected_at: null,
    root_cause_method: null,
    raised_by: input.raisedByPersonId,
    raised_role_key: input.raisedRoleKey,
    raised_at: now,
    closed_at: null,
    closed_by: null,
    created_at: now,
    updated_at: now,
  });
  await ncTrail(
    trx,
    who,
    'nonconformity.raise',
    { id, reference },
    {
      title: input.title,
      description: input.description,
      severity: input.severity,
      source: input.source,
      sourceNote: input.sourceNote,
      auditId: input.auditId,
      auditItemId: input.auditItemId,
      clauseId: input.clauseId,
      controlId: input.controlId,
    },
  );
  await notify(trx, {
    personIds: await currentIsmsHolders(trx, ISM, now),
    kind: 'nonconformity.raised',
    title: `${input.severity === 'major' ? 'Major' : 'Minor'} nonconformity ${reference} raised`,
    body: `${input.title}: give it an owner, correct it and find its root cause (10.2).`,
    link: ncLink(id),
    objectType: 'nonconformity',
    objectId: id,
    exceptPersonId: input.raisedByPersonId,
  });
  return { id, reference };
}
