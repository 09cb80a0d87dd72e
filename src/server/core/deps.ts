import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Db, DialectName } from '../db/database.js';
import type { Authorizer } from './authorize.js';

/** What every service is built from; the composition root makes one. */
export type Deps = {
  db: Db;
  dialect: DialectName;
  config: Config;
  authz: Authorizer;
  log: Logger;
};

/** Per-call context a route passes to a service. */
export type CallMeta = { requestId?: string; ip?: string | null; userAgent?: string | null };
