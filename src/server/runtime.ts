import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createAuthorizer, type AssignmentSource } from './core/authorize.js';
import type { Deps } from './core/deps.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './db/database.js';
import { createLedgerSource } from './modules/responsibilities/responsibilities.ledger.js';
import { ensureResponsibilitiesSeeded } from './modules/responsibilities/responsibilities.seed.js';
import { ensureControlsSeeded } from './modules/controls/controls.seed.js';
import { ensureRisksSeeded } from './modules/risks/risks.service.js';
import { webhookTrailHook } from './modules/inbox/inbox.webhooks.delivery.js';
import { checkWebhookKey } from './modules/inbox/inbox.webhooks.service.js';
import { onTrailAppended } from './modules/trail/trail.service.js';

/**
 * Opens and migrates the database and wires the services' dependencies.
 * Authorization reads the responsibility ledger unless a test passes another assignment source.
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
  await ensureResponsibilitiesSeeded(handle.db);
  await ensureRisksSeeded(handle.db);
  await ensureControlsSeeded(handle.db);
  await checkWebhookKey(handle.db, handle.dialect, config);
  // Every trail event a webhook subscribes to becomes a delivery in the same transaction.
  onTrailAppended(webhookTrailHook);
  const deps: Deps = {
    db: handle.db,
    dialect: handle.dialect,
    config,
    authz: createAuthorizer(opts.assignments ?? createLedgerSource(handle.db)),
    log,
  };
  return { deps, handle };
}
