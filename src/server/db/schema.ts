import type { Selectable, Updateable } from 'kysely';

/** Table types. Timestamps are ISO 8601 UTC strings, booleans 0/1, JSON as text (see db/json.ts). */
export type PersonTable = {
  id: string;
  full_name: string;
  email: string;
  status: 'active' | 'leaver';
  created_at: string;
  updated_at: string;
  version: number;
};

export type AccountTable = {
  id: string;
  person_id: string;
  email: string;
  password_hash: string | null;
  is_admin: number;
  status: 'active' | 'disabled';
  failed_logins: number;
  locked_until: string | null;
  password_changed_at: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type SessionTable = {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  revoked_at: string | null;
};

export type ApiTokenTable = {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scope: 'read' | 'write';
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type SettingTable = {
  key: string;
  value: string;
  updated_at: string;
  version: number;
};

export type TrailEventTable = {
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
  changes: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

export type TrailLockTable = {
  id: number;
  last_seq: number;
  last_hash: string;
};

export type Database = {
  person: PersonTable;
  account: AccountTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  setting: SettingTable;
  trail_event: TrailEventTable;
  trail_head: TrailLockTable;
};

export type PersonRow = Selectable<PersonTable>;
export type AccountRow = Selectable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type TrailEventRow = Selectable<TrailEventTable>;
export type AccountUpdate = Updateable<AccountTable>;
