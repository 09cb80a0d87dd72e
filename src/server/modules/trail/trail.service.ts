import { v7 as uuidv7 } from 'uuid';
import type { TTrailEvent, TTrailQuery, TTrailVerification } from '../../../contracts/trail.js';
import type { Actor } from '../../core/actor.js';
import type { Authorizer, Grant } from '../../core/authorize.js';
import { grantLabel } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { checkLink, GENESIS_HASH, hashEvent } from './trail.rules.js';
import * as repo from './trail.repository.js';

export type TrailEntry = {
  actor: Actor;
  grant: Grant;
  action: string;
  objectType: string;
  objectId: string | null;
  changes?: Record<string, unknown>;
  requestId?: string | null;
};

/** What other modules see of an event just appended (webhooks subscribe to these). */
export type AppendedEvent = {
  id: string;
  seq: number;
  occurredAt: string;
  action: string;
  objectType: string;
  objectId: string | null;
  actorPersonId: string | null;
  changes: Record<string, unknown>;
};
export type TrailHook = (trx: Db, event: AppendedEvent) => Promise<void>;

const hooks = new Set<TrailHook>();

/**
 * Runs `hook` inside the transaction of every append, after the event is written. Registered
 * once at composition (runtime.ts), so the trail depends on no module that listens to it.
 */
export function onTrailAppended(hook: TrailHook): void {
  hooks.add(hook);
}

/** Appends one event; call inside the transaction that makes the change it records. */
export async function appendTrail(trx: Db, entry: TrailEntry): Promise<{ seq: number; hash: string }> {
  const { seq, prevHash } = await repo.claimHead(trx);
  const { authorizedAs, authorizedBy } = grantLabel(entry.grant);
  const changes = entry.changes ?? {};
  const hashed = {
    seq,
    id: uuidv7(),
    occurred_at: nowIso(),
    actor_person_id: entry.actor.kind === 'account' ? entry.actor.personId : null,
    actor_account_id: entry.actor.kind === 'account' ? entry.actor.accountId : null,
    authorized_by: authorizedBy,
    authorized_as: authorizedAs,
    action: entry.action,
    object_type: entry.objectType,
    object_id: entry.objectId,
    changes,
    request_id: entry.requestId ?? null,
    prev_hash: prevHash,
  };
  const hash = hashEvent(hashed);
  await repo.insertEvent(trx, { ...hashed, changes: toJson(changes), hash });
  for (const hook of hooks) {
    await hook(trx, {
      id: hashed.id,
      seq,
      occurredAt: hashed.occurred_at,
      action: hashed.action,
      objectType: hashed.object_type,
      objectId: hashed.object_id,
      actorPersonId: hashed.actor_person_id,
      changes,
    });
  }
  return { seq, hash };
}

/** Recomputes the whole chain in batches; names the first broken sequence number. */
export async function verifyChain(
  db: Db,
  onProgress?: (checked: number, total: number) => void,
): Promise<TTrailVerification> {
  const head = await repo.readHead(db);
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const batch = await repo.eventsFrom(db, expectedSeq - 1, 2000);
    if (batch.length === 0) break;
    for (const row of batch) {
      let changes: unknown;
      try {
        changes = fromJson(row.changes, {});
      } catch {
        return broken(checked, head.lastSeq, Number(row.seq), 'changes are not valid JSON (the event was altered)');
      }
      const result = checkLink({ ...row, seq: Number(row.seq), changes }, expectedSeq, prev);
      if (!result.ok) return broken(checked, head.lastSeq, expectedSeq, result.reason);
      prev = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked, head.lastSeq);
  }
  if (checked !== head.lastSeq) {
    return broken(
      checked,
      head.lastSeq,
      checked + 1,
      `the chain ends at ${checked} but ${head.lastSeq} events were written (events were deleted)`,
    );
  }
  if (checked > 0 && prev !== head.lastHash) {
    return broken(checked, head.lastSeq, checked, 'the last event does not match the recorded chain head');
  }
  return { ok: true, checked, lastSeq: head.lastSeq, firstBrokenSeq: null, reason: null };
}

function broken(checked: number, lastSeq: number, seq: number, reason: string): TTrailVerification {
  return { ok: false, checked, lastSeq, firstBrokenSeq: seq, reason };
}

export function createTrailService(deps: { db: Db; authz: Authorizer }) {
  return {
    async list(actor: Actor, query: TTrailQuery): Promise<{ items: TTrailEvent[]; nextCursor: string | null }> {
      await deps.authz.authorize(actor, 'trail.read');
      const after = decodeCursor<{ seq: number }>(query.cursor, { seq: 'number' });
      const rows = await repo.listEvents(deps.db, { ...query, beforeSeq: after?.seq }, query.limit + 1);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const seesConfidential = (await deps.authz.holding(actor, 'isms_manager')) !== null;
      const me = actor.kind === 'account' ? actor.personId : null;
      return {
        items: page
          .map(presentEvent)
          // Asking for one actor's events must not reveal a confidential report by its presence.
          .filter(
            (e) =>
              seesConfidential ||
              !query.actorPersonId ||
              e.actorPersonId === me ||
              e.changes.actorConfidential !== true,
          )
          .map((e) => (seesConfidential || e.actorPersonId === me ? e : withoutConfidentialActor(e))),
        nextCursor: rows.length > query.limit && last ? encodeCursor({ seq: Number(last.seq) }) : null,
      };
    },
    async verify(actor: Actor): Promise<TTrailVerification> {
      await deps.authz.authorize(actor, 'trail.verify');
      return verifyChain(deps.db);
    },
  };
}

export type TrailService = ReturnType<typeof createTrailService>;

/**
 * An event whose actor asked not to be named (a confidential incident report) names nobody to
 * readers other than the ISM and the actor; the stored event and its hash are unchanged.
 */
export function withoutConfidentialActor<
  T extends { actorPersonId: string | null; changes: Record<string, unknown> } & Record<string, unknown>,
>(e: T): T {
  if (e.changes.actorConfidential !== true) return e;
  return { ...e, actorPersonId: null, actorName: null, actorAccountId: null, authorizedBy: null };
}

function presentEvent(row: Awaited<ReturnType<typeof repo.listEvents>>[number]): TTrailEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    actorPersonId: row.actor_person_id,
    actorName: row.actor_name,
    actorAccountId: row.actor_account_id,
    authorizedBy: row.authorized_by,
    authorizedAs: row.authorized_as,
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    changes: safeChanges(row.changes),
    requestId: row.request_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function safeChanges(text: string): Record<string, unknown> {
  try {
    const v = fromJson<unknown>(text, {});
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { unreadable: text };
  }
}
