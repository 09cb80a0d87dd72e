import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { AppError } from './app-error.js';

const cache = new Map<string, Buffer>();

/**
 * The key that encrypts secrets at rest. REMIT_SECRET_KEY when set; on SQLite otherwise a key file
 * created once in the data folder (mode 0600, backed up with it). On PostgreSQL several instances
 * must share it, so there the environment variable is required.
 */
export function secretKeyOf(config: Pick<Config, 'secretKey' | 'database' | 'dataDir'>): Buffer {
  if (config.secretKey) return config.secretKey;
  if (config.database.kind === 'postgres')
    throw new AppError(
      'conflict',
      'Set REMIT_SECRET_KEY (32 random bytes, base64) on every instance before storing secrets on PostgreSQL',
    );
  const file = path.join(config.dataDir, 'secret.key');
  const known = cache.get(file);
  if (known) return known;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte key`);
  cache.set(file, key);
  return key;
}
