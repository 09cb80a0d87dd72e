import { v7 as uuidv7 } from 'uuid';
import type { TCreateWebhookRequest, TUpdateWebhookRequest, TWebhook } from '../../../contracts/webhooks.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import { ConfigError, type Config } from '../../config.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { secretKeyAvailable, secretKeyOf } from '../../core/secret-key.js';
import type { Db, DialectName } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { WebhookDeliveryTable, WebhookTable } from '../../db/schema.js';
import { appendTrail } from '../trail/trail.service.js';
import {
  privateAddressOf,
  queueDelivery,
  systemResolver,
  webhookPayload,
  type Resolver,
} from './inbox.webhooks.delivery.js';
import * as repo from './inbox.webhooks.repository.js';
import { encryptSecret, newWebhookSecret, urlForTrail, urlProblem } from './inbox.webhooks.rules.js';

const present = (w: WebhookTable, last?: { status: WebhookDeliveryTable['status']; created_at: string }): TWebhook => ({
  id: w.id,
  name: w.name,
  url: w.url,
  events: fromJson<string[]>(w.events, []),
  active: w.active === 1,
  secretHint: `…${w.secret_hint}`,
  createdAt: w.created_at,
  updatedAt: w.updated_at,
  version: w.version,
  lastDelivery: last ? { status: last.status, at: last.created_at } : null,
});

const presentDelivery = (d: WebhookDeliveryTable) => ({
  id: d.id,
  eventId: d.event_id,
  eventType: d.event_type,
  status: d.status,
  attempts: d.attempts,
  responseStatus: d.response_status,
  responseMs: d.response_ms,
  error: d.error,
  createdAt: d.created_at,
  lastAttemptAt: d.last_attempt_at,
  nextAttemptAt: d.next_attempt_at,
  deliveredAt: d.delivered_at,
});

/** Webhook subscriptions: the platform admin manages them; secrets are shown once, stored encrypted. */
export function createWebhookService(deps: Deps, opts: { resolve?: Resolver } = {}) {
  const { db, config, dialect } = deps;

  async function checkUrl(url: string) {
    let problem = urlProblem(url, config.webhooks.allowPrivate);
    if (!problem && !config.webhooks.allowPrivate) {
      const found = await privateAddressOf(opts.resolve ?? systemResolver, url);
      if (found) problem = `The URL's host resolves to a private or local address (${found})`;
    }
    if (problem) throw new AppError('validation_failed', problem, { errors: [{ field: 'url', message: problem }] });
  }
  async function load(id: string): Promise<WebhookTable> {
    const w = await repo.findWebhook(db, id);
    if (!w) throw new AppError('not_found', 'No such webhook');
    return w;
  }
  const sealed = (secret: string) => ({
    secret_enc: encryptSecret(secretKeyOf(config, dialect), secret),
    secret_hint: secret.slice(-4),
  });

  return {
    async list(actor: Actor, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'webhooks.manage');
      const after = decodeCursor<{ n: string; id: string }>(q.cursor, { n: 'string', id: 'string' });
      const rows = await repo.listWebhooks(db, after, q.limit + 1);
      const hooks = rows.slice(0, q.limit);
      const ids = hooks.map((h) => h.id);
      const last = new Map((await repo.lastDeliveries(db, ids)).map((d) => [d.webhook_id, d]));
      const end = hooks.at(-1);
      return {
        items: hooks.map((h) => present(h, last.get(h.id))),
        nextCursor: rows.length > q.limit && end ? encodeCursor({ n: end.name, id: end.id }) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<TWebhook> {
      await deps.authz.authorize(actor, 'webhooks.manage');
      const hook = await load(id);
      return present(hook, (await repo.lastDeliveries(db, [id]))[0]);
    },

    async create(actor: Actor, input: TCreateWebhookRequest, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'webhooks.manage');
      await checkUrl(input.url);
      const secret = newWebhookSecret();
      const now = nowIso();
      const row: WebhookTable = {
        id: uuidv7(),
        name: input.name,
        url: input.url,
        events: toJson([...new Set(input.events)]),
        ...sealed(secret),
        active: input.active ? 1 : 0,
        created_by: actor.kind === 'account' ? actor.personId : null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await db.transaction().execute(async (trx) => {
        await repo.insertWebhook(trx, row);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'webhook.created',
          objectType: 'webhook',
          objectId: row.id,
          changes: {
            name: input.name,
            url: urlForTrail(input.url),
            events: [...new Set(input.events)],
            active: input.active,
          },
          requestId: meta.requestId,
        });
      });
      return { ...present(row), secret };
    },

    async update(actor: Actor, id: string, input: TUpdateWebhookRequest, meta: CallMeta): Promise<TWebhook> {
      const grant = await deps.authz.authorize(actor, 'webhooks.manage');
      if (input.url !== undefined) await checkUrl(input.url);
      await db.transaction().execute(async (trx) => {
        const before = await repo.findWebhook(trx, id);
        if (!before) throw new AppError('not_found', 'No such webhook');
        const set: Parameters<typeof repo.updateWebhook>[3] = { updated_at: nowIso() };
        const changes: Record<string, unknown> = {};
        if (input.name !== undefined && input.name !== before.name) {
          set.name = input.name;
          changes.name = { before: before.name, after: input.name };
        }
        if (input.url !== undefined && input.url !== before.url) {
          set.url = input.url;
          changes.url = { before: urlForTrail(before.url), after: urlForTrail(input.url) };
        }
        const events = input.events && [...new Set(input.events)];
        if (events && toJson(events) !== before.events) {
          set.events = toJson(events);
          changes.events = { before: fromJson(before.events, []), after: events };
        }
        if (input.active !== undefined && input.active !== (before.active === 1)) {
          set.active = input.active ? 1 : 0;
          changes.active = { before: before.active === 1, after: input.active };
        }
        const stale = () =>
          new AppError('version_conflict', 'The webhook changed since you loaded it; reload and try again');
        if (before.version !== input.version) throw stale();
        // Saving without a change writes nothing, not even a trail event.
        if (Object.keys(changes).length === 0) return;
        if (!(await repo.updateWebhook(trx, id, input.version, set))) throw stale();
        await appendTrail(trx, {
          actor,
          grant,
          action: 'webhook.updated',
          objectType: 'webhook',
          objectId: id,
          changes,
          requestId: meta.requestId,
        });
      });
      return present(await load(id));
    },

    async remove(actor: Actor, id: string, meta: CallMeta): Promise<void> {
      const grant = await deps.authz.authorize(actor, 'webhooks.manage');
      const before = await load(id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteWebhook(trx, id);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'webhook.deleted',
          objectType: 'webhook',
          objectId: id,
          changes: { name: before.name, url: urlForTrail(before.url) },
          requestId: meta.requestId,
        });
      });
    },

    async rotateSecret(actor: Actor, id: string, version: number, meta: CallMeta) {
      const grant = await deps.authz.authorize(actor, 'webhooks.manage');
      const secret = newWebhookSecret();
      await db.transaction().execute(async (trx) => {
        if (!(await repo.findWebhook(trx, id))) throw new AppError('not_found', 'No such webhook');
        if (!(await repo.updateWebhook(trx, id, version, { ...sealed(secret), updated_at: nowIso() })))
          throw new AppError('version_conflict', 'The webhook changed since you loaded it; reload and try again');
        await appendTrail(trx, {
          actor,
          grant,
          action: 'webhook.secret_rotated',
          objectType: 'webhook',
          objectId: id,
          requestId: meta.requestId,
        });
      });
      return { ...present(await load(id)), secret };
    },

    /** Queues a `webhook.test` event for this webhook now (delivered by the job runner). */
    async sendTest(actor: Actor, id: string): Promise<{ deliveryId: string }> {
      await deps.authz.authorize(actor, 'webhooks.manage');
      const hook = await load(id);
      if (hook.active !== 1) throw new AppError('conflict', 'Activate the webhook before testing it');
      const eventId = uuidv7();
      const deliveryId = await db.transaction().execute((trx) =>
        queueDelivery(
          trx,
          id,
          eventId,
          'webhook.test',
          webhookPayload({
            id: eventId,
            action: 'webhook.test',
            occurredAt: nowIso(),
            objectType: 'webhook',
            objectId: id,
            actorPersonId: actor.kind === 'account' ? actor.personId : null,
            changes: { message: 'A test event from Remit' },
          }),
        ),
      );
      if (!deliveryId) throw new Error('a fresh test event could not be queued');
      return { deliveryId };
    },

    async deliveries(actor: Actor, id: string, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'webhooks.manage');
      await load(id);
      const after = decodeCursor<{ c: string; id: string }>(q.cursor, { c: 'string', id: 'string' });
      const rows = await repo.listDeliveries(db, id, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(presentDelivery),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ c: last.created_at, id: last.id }) : null,
      };
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;

/**
 * Refuses to start when webhooks exist but their secrets could not be opened: on PostgreSQL the
 * key must come from REMIT_SECRET_KEY (instances share no data folder). Without webhooks nothing needs it.
 */
export async function checkWebhookKey(db: Db, dialect: DialectName, config: Pick<Config, 'secretKey'>): Promise<void> {
  if (secretKeyAvailable(config, dialect)) return;
  const n = await repo.countWebhooks(db);
  if (n > 0)
    throw new ConfigError(
      `Invalid configuration:\n  REMIT_SECRET_KEY must be set: ${n} webhook(s) keep their signing secrets encrypted ` +
        'under it, and on PostgreSQL every instance needs the same key (32 random bytes, base64: openssl rand -base64 32)',
    );
}
