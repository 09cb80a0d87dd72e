import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Secrets are random 256-bit values; only their SHA-256 is stored (a fast hash suffices for random tokens). */
export const newSecret = (prefix = ''): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const API_TOKEN_PREFIX = 'rmt_';

/** The CSRF token is derived from the session token, so any instance can check it without storage. */
export const csrfFor = (sessionToken: string): string =>
  createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url').slice(0, 43);

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/** After a failed login: the new counter and, when the limit is reached, the lock end. */
export function afterFailedLogin(
  failures: number,
  maxFailures: number,
  lockMs: number,
  now: Date,
): { failedLogins: number; lockedUntil: string | null } {
  const next = failures + 1;
  if (next >= maxFailures) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + lockMs).toISOString() };
  return { failedLogins: next, lockedUntil: null };
}

export const isLocked = (lockedUntil: string | null, now: Date): boolean =>
  lockedUntil !== null && lockedUntil > now.toISOString();

/** A session is usable when not revoked, not past its absolute expiry and not idle too long. */
export function sessionUsable(
  s: { revoked_at: string | null; expires_at: string; last_seen_at: string },
  idleMs: number,
  now: Date,
): boolean {
  if (s.revoked_at) return false;
  const iso = now.toISOString();
  if (s.expires_at <= iso) return false;
  return new Date(s.last_seen_at).getTime() + idleMs > now.getTime();
}

/** Touch last_seen_at at most once a minute so reads do not become writes. */
export const needsTouch = (lastSeenAt: string, now: Date): boolean =>
  now.getTime() - new Date(lastSeenAt).getTime() > 60_000;
