import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import type { DialectName } from '../db/database.js';
import { AppError } from './app-error.js';

const cache = new Map<string, Buffer>();

export const SECRET_KEY_FILE = 'secret.key';

/** True when secrets can be sealed and opened here: REMIT_SECRET_KEY is set, or the database is SQLite. */
export const secretKeyAvailable = (config: Pick<Config, 'secretKey'>, dialect: DialectName): boolean =>
  config.secretKey !== null || dialect === 'sqlite';

/**
 * The key that encrypts secrets at rest. REMIT_SECRET_KEY when set; on SQLite otherwise a key file
 * created once in the data folder (mode 0600; `remit backup` copies the database only, so keep the
 * file with the backups). Instances sharing a PostgreSQL database share no folder, so there the
 * environment variable is required.
 */
export function secretKeyOf(config: Pick<Config, 'secretKey' | 'dataDir'>, dialect: DialectName): Buffer {
  if (config.secretKey) return config.secretKey;
  if (dialect === 'postgres')
    throw new AppError(
      'conflict',
      'Set REMIT_SECRET_KEY (32 random bytes, base64) on every instance before storing secrets on PostgreSQL',
    );
  const file = path.join(config.dataDir, SECRET_KEY_FILE);
  const known = cache.get(file);
  if (known) return known;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  cache.set(file, key);
  return key;
}
