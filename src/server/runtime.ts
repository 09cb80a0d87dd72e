import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createAuthorizer, emptyAssignmentSource, type AssignmentSource } from './core/authorize.js';
import type { Deps } from './core/deps.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';

/**
 * Opens and migrates the database and wires the services' dependencies.
 * The assignment source is the ledger seam: [responsibilities] passes the real one.
 */
export async function openRuntime(
  config: Config,
  log: Logger,
  opts: { handle?: DatabaseHandle; assignments?: AssignmentSource; migrate?: boolean } = {},
): Promise<{ deps: Deps; handle: DatabaseHandle }> {
  const handle = opts.handle ?? openDatabase(config);
  if (opts.migrate !== false) {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) log.info({ applied }, 'database migrated');
  }
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    authz: createAuthorizer(opts.assignments ?? emptyAssignmentSource),
    log,
  };
  return { deps, handle };
}
