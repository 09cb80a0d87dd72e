import type { TAccount } from '../../../contracts/identity.js';
import type { ApiTokenRow, SessionRow } from '../../db/schema.js';
import type { AccountWithPerson } from './identity.repository.js';

export const presentAccount = (a: AccountWithPerson): TAccount => ({
  id: a.id,
  personId: a.person_id,
  email: a.email,
  fullName: a.full_name,
  isAdmin: a.is_admin === 1,
  status: a.status,
  lockedUntil: a.locked_until && a.locked_until > new Date().toISOString() ? a.locked_until : null,
  lastLoginAt: a.last_login_at,
  createdAt: a.created_at,
  version: a.version,
});

export const presentApiToken = (t: ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scope: t.scope,
  createdAt: t.created_at,
  expiresAt: t.expires_at,
  lastUsedAt: t.last_used_at,
  revokedAt: t.revoked_at,
});

export const presentSession = (s: SessionRow, currentId: string | undefined) => ({
  id: s.id,
  createdAt: s.created_at,
  lastSeenAt: s.last_seen_at,
  expiresAt: s.expires_at,
  ip: s.ip,
  userAgent: s.user_agent,
  current: s.id === currentId,
});
