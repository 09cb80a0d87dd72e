import { createHash } from 'node:crypto';
import { AppError } from '../../core/app-error.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import * as repo from './files.repository.js';

/**
 * Uploaded files are content-addressed: stored once per SHA-256, referenced by hash from the
 * objects they belong to (policy attachments, later evidence), kept in the database so backups
 * and every instance see them.
 */
export const sha256Hex = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** A file name as given, reduced to something safe to store and to send back in a header. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters and the characters file systems and headers reject are dropped.
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && !'"<>|:*?'.includes(ch))
    .join('')
    .trim()
    .slice(0, 200);
  if (cleaned === '' || cleaned === '.' || cleaned === '..')
    throw new AppError('validation_failed', 'The file needs a name', {
      errors: [{ field: 'fileName', message: 'Give the file a name' }],
    });
  return cleaned;
}

/** Stores the bytes (inside the caller's transaction) and returns their hash. */
export async function storeFile(trx: Db, data: Buffer): Promise<{ sha256: string; size: number }> {
  if (data.length === 0)
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ field: 'body', message: 'Choose a file with content' }],
    });
  const sha256 = sha256Hex(data);
  await repo.putBlob(trx, { sha256, size: data.length, data, created_at: nowIso() });
  return { sha256, size: data.length };
}

export async function readFile(db: Db, sha256: string): Promise<Buffer> {
  const data = await repo.readBlob(db, sha256);
  if (!data) throw new AppError('not_found', 'The file content is missing');
  return data;
}
