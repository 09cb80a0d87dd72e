import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { secretKeyOf } from '../../core/secret-key.js';
import type { Db, DialectName } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { AppendedEvent } from '../trail/trail.service.js';
import { enqueueJob, JobSkipped } from './inbox.jobs.service.js';
import * as repo from './inbox.webhooks.repository.js';
import {
  decryptSecret,
  deliveryError,
  eventMatches,
  isPrivateAddress,
  signPayload,
  urlProblem,
  webhookRetryDelayMs,
} from './inbox.webhooks.rules.js';

export const WEBHOOK_DELIVERY_JOB = 'webhook.deliver';
/**
 * Runs of one job, i.e. of one delivery attempt: more than one only when the worker died or the
 * database failed mid-attempt. Failed attempts are retried by new jobs on the webhook schedule.
 */
const JOB_ATTEMPTS = 3;
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

const deliveryJob = (deliveryId: string, attempt: number, runAt?: string) => ({
  type: WEBHOOK_DELIVERY_JOB,
  payload: { deliveryId },
  runAt,
  // One job per attempt: a retry queued twice (two workers finishing the same attempt) runs once.
  dedupeKey: `webhook:${deliveryId}:${attempt}`,
  maxAttempts: JOB_ATTEMPTS,
});

/** Records a pending delivery and queues its job, in the caller's transaction; null when it existed. */
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
    next_attempt_at: null,
    delivered_at: null,
  });
  if (created) await enqueueJob(trx, deliveryJob(id, 1));
  return created ? id : null;
}

/**
 * The trail hook: every event a subscription matches becomes a delivery in the same
 * transaction, so an event that is rolled back is never sent.
 */
export const webhookTrailHook = async (trx: Db, event: AppendedEvent): Promise<void> => {
  for (const h of await subscriptions(trx)) {
    if (eventMatches(h.events, event.action))
      await queueDelivery(
        trx,
        h.id,
        event.id,
        event.action,
        // A confidential incident report never names its reporter outside Remit.
        webhookPayload(event.changes.actorConfidential === true ? { ...event, actorPersonId: null } : event),
      );
  }
};

/** Resolves a host name to every address it has (tests pass their own). */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>;
export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * A private address the URL's host name resolves to now, if any — asked when a webhook is saved,
 * to refuse it early. A name that does not resolve (yet) passes: delivery checks again anyway.
 */
export async function privateAddressOf(resolve: Resolver, rawUrl: string, timeoutMs = 2_000): Promise<string | null> {
  const host = new URL(rawUrl).hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) !== 0) return isPrivateAddress(host) ? host : null;
  let timer: NodeJS.Timeout | undefined;
  const found = await Promise.race([
    resolve(host).catch(() => []),
    new Promise<[]>((r) => (timer = setTimeout(() => r([]), timeoutMs))),
  ]);
  clearTimeout(timer);
  return found.find((a) => isPrivateAddress(a.address))?.address ?? null;
}

/**
 * The lookup the socket connects with. Refusing here, rather than in a check before the request,
 * means the address that is checked is the address connected to: a name that resolves to a public
 * address for a check and to 127.0.0.1 a moment later (DNS rebinding) gets nowhere.
 */
function guardedLookup(resolve: Resolver, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const addresses = options.family ? found.filter((a) => a.family === options.family) : found;
        const first = addresses[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '');
        const bad = addresses.find((a) => isPrivateAddress(a.address));
        if (bad && !allowPrivate)
          return callback(new Error(`${hostname} resolves to a private or local address (${bad.address})`), '');
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

type Answer = { status: number; excerpt: string };

/** One POST with a deadline over everything (lookup, connect, TLS, headers); no redirects, no body kept. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  opts: { timeoutMs: number; lookup: LookupFunction },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: opts.lookup,
      agent: false,
    });
    const timer = setTimeout(
      () => req.destroy(Object.assign(new Error(`No answer within ${opts.timeoutMs} ms`), { code: 'ETIMEDOUT' })),
      opts.timeoutMs,
    );
    timer.unref();
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 200 && status < 300) {
        clearTimeout(timer);
        res.destroy();
        return resolve({ status, excerpt: '' });
      }
      // A failure's first bytes help whoever runs the receiver; nothing beyond them is read.
      let excerpt = '';
      const done = () => {
        clearTimeout(timer);
        res.destroy();
        resolve({ status, excerpt });
      };
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        excerpt += chunk;
        if (excerpt.length >= 200) done();
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(body);
  });
}

export type DeliverDeps = {
  db: Db;
  dialect: DialectName;
  config: Pick<Config, 'secretKey' | 'dataDir' | 'webhooks'>;
  now?: () => string;
  resolve?: Resolver;
};

const plusMs = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

/**
 * The `webhook.deliver` job: one signed POST for one attempt of a delivery. A failure is recorded
 * on the delivery and the next attempt queued as a new job on the webhook schedule (1 min, 5 min,
 * 30 min, 2 h, 6 h), in one transaction; after the sixth the delivery is failed. Runs only in the
 * job runner, with a timeout, never in a request.
 */
export async function deliverWebhook(deps: DeliverDeps, payload: unknown): Promise<void> {
  const now = deps.now ?? nowIso;
  const { deliveryId } = ZWebhookDeliveryJob.parse(payload);
  const delivery = await repo.findDelivery(deps.db, deliveryId);
  if (!delivery) throw new JobSkipped('the delivery no longer exists');
  if (delivery.status !== 'pending') throw new JobSkipped(`the delivery is already ${delivery.status}`);
  const hook = await repo.findWebhook(deps.db, delivery.webhook_id);
  if (!hook || hook.active !== 1) {
    await repo.recordAttempt(deps.db, deliveryId, delivery.attempts, {
      status: 'failed',
      error: 'The webhook was deactivated before this was sent',
      next_attempt_at: null,
    });
    throw new JobSkipped('the webhook is inactive or deleted');
  }
  const attempt = delivery.attempts + 1;
  const at = now();
  const started = Date.now();
  const { allowPrivate, timeoutMs } = deps.config.webhooks;

  let outcome: { ok: true; status: number } | { ok: false; status: number | null; error: string; final?: boolean };
  const problem = urlProblem(hook.url, allowPrivate);
  let secret: string | null = null;
  try {
    secret = decryptSecret(secretKeyOf(deps.config, deps.dialect), hook.secret_enc);
  } catch {
    secret = null;
  }
  if (problem) outcome = { ok: false, status: null, error: problem, final: true };
  else if (secret === null)
    outcome = {
      ok: false,
      status: null,
      error: 'The signing secret cannot be opened with this key (was REMIT_SECRET_KEY changed?); rotate the secret',
      final: true,
    };
  else {
    const timestamp = Math.floor(Date.parse(at) / 1000);
    try {
      const answer = await post(
        new URL(hook.url),
        {
          'content-type': 'application/json',
          'user-agent': 'Remit-Webhooks/1',
          'x-remit-event': delivery.event_type,
          'x-remit-delivery': delivery.id,
          'x-remit-timestamp': String(timestamp),
          'x-remit-signature': signPayload(secret, timestamp, delivery.payload),
        },
        delivery.payload,
        { timeoutMs, lookup: guardedLookup(deps.resolve ?? systemResolver, allowPrivate) },
      );
      outcome =
        answer.status >= 200 && answer.status < 300
          ? { ok: true, status: answer.status }
          : {
              ok: false,
              status: answer.status,
              error: `The receiver answered ${answer.status}${answer.excerpt ? `: ${answer.excerpt}` : ''}`,
            };
    } catch (e) {
      outcome = { ok: false, status: null, error: (e as Error).message || String(e) };
    }
  }

  const took = Date.now() - started;
  if (outcome.ok) {
    await repo.recordAttempt(deps.db, deliveryId, delivery.attempts, {
      status: 'delivered',
      attempts: attempt,
      response_status: outcome.status,
      response_ms: took,
      error: null,
      last_attempt_at: at,
      next_attempt_at: null,
      delivered_at: now(),
    });
    return;
  }
  const delay = outcome.final ? null : webhookRetryDelayMs(attempt);
  const next = delay === null ? null : plusMs(now(), delay);
  const failure = outcome;
  await deps.db.transaction().execute(async (trx) => {
    const recorded = await repo.recordAttempt(trx, deliveryId, delivery.attempts, {
      status: next ? 'pending' : 'failed',
      attempts: attempt,
      response_status: failure.status,
      response_ms: took,
      error: deliveryError(failure.error),
      last_attempt_at: at,
      next_attempt_at: next,
    });
    if (recorded && next) await enqueueJob(trx, deliveryJob(deliveryId, attempt + 1, next));
  });
}
