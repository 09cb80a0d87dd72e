import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** Canonical JSON: object keys sorted at every depth, no whitespace; same bytes on every platform. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The fields a hash covers: everything in the event except the hash itself. */
export type HashedEvent = {
  seq: number;
  id: string;
  occurred_at: string;
  actor_person_id: string | null;
  actor_account_id: string | null;
  authorized_by: string | null;
  authorized_as: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  changes: unknown;
  request_id: string | null;
  prev_hash: string;
};

/** hash = sha256(prev_hash || canonical JSON of the event). */
export function hashEvent(event: HashedEvent): string {
  return createHash('sha256').update(event.prev_hash).update(canonicalJson(event)).digest('hex');
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

/** Checks one stored event against the one before it. */
export function checkLink(
  event: HashedEvent & { hash: string },
  expectedSeq: number,
  expectedPrev: string,
): ChainCheck {
  if (event.seq !== expectedSeq)
    return { ok: false, reason: `expected sequence ${expectedSeq}, found ${event.seq} (an event is missing)` };
  if (event.prev_hash !== expectedPrev) return { ok: false, reason: 'prev_hash does not match the previous event' };
  const { hash, ...hashed } = event;
  if (hashEvent(hashed) !== hash)
    return { ok: false, reason: 'hash does not match the event contents (the event was altered)' };
  return { ok: true };
}
