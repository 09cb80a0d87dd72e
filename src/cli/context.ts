import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { openRuntime } from '../server/runtime.js';

/** Opens config, a quiet logger and the migrated database for a CLI command; closes afterwards. */
export async function withRuntime<T>(fn: (rt: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL ?? 'warn', process.stderr);
  const rt = await openRuntime(config, log);
  try {
    return await fn(rt);
  } finally {
    await rt.handle.close();
  }
}

export { CliError } from './errors.js';
