import { loadConfig } from './config.js';
import { buildApp } from './http/app.js';
import { createLogger } from './logger.js';
import { bootstrap } from './modules/identity/identity.setup.service.js';
import { createMailer } from './modules/inbox/inbox.mail.service.js';
import { createServerJobRunner } from './modules/job-handlers.js';
import { openRuntime } from './runtime.js';

/** Composition root: config → database → app → listen, and a clean stop on SIGTERM/SIGINT. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const { deps, handle } = await openRuntime(config, log);
  log.info({ database: handle.dialect, at: handle.describe }, 'database ready');

  const outcome = await bootstrap(deps);
  if (outcome.kind === 'admin_created')
    log.info({ email: outcome.email }, 'administrator account created from REMIT_ADMIN_EMAIL');
  if (outcome.kind === 'setup_required') {
    // The one place a secret is printed on purpose: the first user needs it to set Remit up.
    log.warn({ setupUrl: outcome.setupUrl }, 'Remit is not set up yet: open the one-time setup link (setupUrl)');
    if (process.stderr.isTTY) {
      process.stderr.write(
        `\nRemit is not set up yet. Open this one-time link to create the organisation and its administrator:\n\n    ${outcome.setupUrl}\n\n`,
      );
    }
  }

  const app = await buildApp(deps);
  const mailer = createMailer(config, log);
  const jobs = config.jobs.enabled ? createServerJobRunner(deps, mailer) : null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    // Jobs in hand finish (or their leases lapse and another instance takes them) before the DB closes.
    await jobs?.stop();
    mailer.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  if (!config.mail.smtpUrl) log.info('SMTP_URL is not set: mail is off, mail jobs are recorded as skipped');
  if (jobs) jobs.start();
  else log.warn('JOBS_ENABLED is off: this instance runs no reminder scans, mail or webhooks');
}
