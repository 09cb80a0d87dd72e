import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { secretKeyOf } from '../../core/secret-key.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { AppendedEvent } from '../trail/trail.service.js';
import { v7 as uuidv7 } from 'uuid';
import { enqueueJob, JobSkipped } from './inbox.jobs.service.js';
import * as repo from './inbox.webhooks.repository.js';
import { decryptSecret, eventMatches, isPrivateAddress, signPayload, urlProblem } from './inbox.webhooks.rules.js';

export const WEBHOOK_DELIVERY_JOB = 'webhook.deliver';
/** Attempts per delivery; with the runner's backoff (30 s doubling) they span about a quarter of an hour. */
export const WEBHOOK_MAX_ATTEMPTS = 6;
export const ZWebhookDeliveryJob = z.object({ deliveryId: z.string() });

// Active subscriptions, read once per transaction: the trail calls the hook on every append (an
// HR import appends thousands in one transaction), and a transaction sees its own changes anyway.
const perTransaction = new WeakMap<Db, { id: string; events: string[] }[]>();

async function subscriptions(trx: Db) {
  const known = perTransaction.get(trx);
  if (known) return known;
  const hooks = (await repo.activeWebhooks(trx)).map((w) => ({ id: w.id, events: fromJson<string[]>(w.events, []) }));
  if (trx.isTransaction) perTransaction.set(trx, hooks);
  return hooks;
}

/** The body receivers get: the event, never a secret. */
export function webhookPayload(
  e: Pick<AppendedEvent, 'id' | 'action' | 'occurredAt' | 'objectType' | 'objectId' | 'actorPersonId' | 'changes'>,
) {
  return {
    id: e.id,
    type: e.action,
    occurredAt: e.occurredAt,
    object: { type: e.objectType, id: e.objectId },
    actor: { personId: e.actorPersonId },
    changes: e.changes,
  };
}

/** Records a pending delivery and queues its job, in the caller's transaction. */
export async function queueDelivery(trx: Db, webhookId: string, eventId: string, type: string, payload: unknown) {
  const id = uuidv7();
  const created = await repo.insertDelivery(trx, {
    id,
    webhook_id: webhookId,
    event_id: eventId,
    event_type: type,
    payload: toJson(payload),
    status: 'pending',
    attempts: 0,
    response_status: null,
    response_ms: null,
    error: null,
    created_at: nowIso(),
    last_attempt_at: null,
    delivered_at: null,
  });
  if (created)
    await enqueueJob(trx, {
      type: WEBHOOK_DELIVERY_JOB,
      payload: { deliveryId: id },
      dedupeKey: `webhook:${id}`,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    });
  return created ? id : null;
}

/**
 * The trail hook: every event a subscription matches becomes a delivery in the same
 * transaction, so an event that is rolled back is never sent.
 */
export const webhookTrailHook = async (trx: Db, event: AppendedEvent): Promise<void> => {
  for (const h of await subscriptions(trx)) {
    if (eventMatches(h.events, event.action))
      await queueDelivery(trx, h.id, event.id, event.action, webhookPayload(event));
  }
};

/** Refuses hosts that resolve to private addresses (checked at send time: DNS can change). */
async function checkTarget(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.length === 0 || addresses.some(isPrivateAddress))
    throw new Error(`${host} resolves to a private or local address`);
}

type DeliverDeps = { db: Db; config: Pick<Config, 'secretKey' | 'database' | 'dataDir' | 'webhooks'> };

/**
 * The `webhook.deliver` job: signs and POSTs once, records the attempt, and throws on failure so
 * the runner retries with backoff. Runs only in the job runner, with a timeout, never in a request.
 */
export async function deliverWebhook(deps: DeliverDeps, payload: unknown, ctx: { attempt: number }): Promise<void> {
  const { deliveryId } = ZWebhookDeliveryJob.parse(payload);
  const delivery = await repo.findDelivery(deps.db, deliveryId);
  if (!delivery) throw new JobSkipped('the delivery no longer exists');
  const hook = await repo.findWebhook(deps.db, delivery.webhook_id);
  if (!hook || hook.active !== 1) {
    await repo.updateDelivery(deps.db, deliveryId, { status: 'failed', error: 'The webhook is inactive or deleted' });
    throw new JobSkipped('the webhook is inactive or deleted');
  }
  const started = Date.now();
  const at = nowIso();
  const last = ctx.attempt >= WEBHOOK_MAX_ATTEMPTS;
  const fail = async (error: string, status: number | null) => {
    await repo.updateDelivery(deps.db, deliveryId, {
      status: last ? 'failed' : 'pending',
      attempts: ctx.attempt,
      response_status: status,
      response_ms: Date.now() - started,
      error: error.slice(0, 200),
      last_attempt_at: at,
    });
    throw new Error(`webhook delivery failed: ${error.slice(0, 200)}`);
  };
  const problem = urlProblem(hook.url, deps.config.webhooks.allowPrivate);
  if (problem) return fail(problem, null);
  const url = new URL(hook.url);
  try {
    await checkTarget(url, deps.config.webhooks.allowPrivate);
  } catch (e) {
    return fail((e as Error).message, null);
  }
  const secret = decryptSecret(secretKeyOf(deps.config), hook.secret_enc);
  const timestamp = Math.floor(started / 1000);
  const body = delivery.payload;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.config.webhooks.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Remit-Webhooks/1',
        'x-remit-event': delivery.event_type,
        'x-remit-delivery': delivery.id,
        'x-remit-timestamp': String(timestamp),
        'x-remit-signature': signPayload(secret, timestamp, body),
      },
      body,
    });
  } catch (e) {
    const err = e as Error;
    return fail(
      err.name === 'TimeoutError' ? `No answer within ${deps.config.webhooks.timeoutMs} ms` : err.message,
      null,
    );
  }
  await res.body?.cancel().catch(() => undefined);
  if (res.status < 200 || res.status >= 300) return fail(`The receiver answered ${res.status}`, res.status);
  await repo.updateDelivery(deps.db, deliveryId, {
    status: 'delivered',
    attempts: ctx.attempt,
    response_status: res.status,
    response_ms: Date.now() - started,
    error: null,
    last_attempt_at: at,
    delivered_at: nowIso(),
  });
}
