import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { AppError } from '../core/app-error.js';
import type { DatabaseHandle } from './database.js';

const PG_BACKUP_HELP =
  'On PostgreSQL use its own tools, which keep transactions consistent:\n' +
  '  pg_dump --format=custom --file remit.dump "$DATABASE_URL"\n' +
  'and to restore into an empty database:\n' +
  '  pg_restore --clean --if-exists --no-owner --dbname "$DATABASE_URL" remit.dump';

/** SQLite online backup: consistent while the server keeps running. */
export async function backupSqlite(
  handle: DatabaseHandle,
  outFile: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ bytes: number }> {
  if (handle.dialect !== 'sqlite' || !handle.sqlite)
    throw new AppError('unsupported_dialect', `remit backup works on SQLite only.\n${PG_BACKUP_HELP}`);
  const target = path.resolve(outFile);
  if (fs.existsSync(target)) throw new AppError('conflict', `${target} exists; choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await handle.sqlite.backup(target, {
    progress: ({ totalPages, remainingPages }) => {
      onProgress?.(totalPages - remainingPages, totalPages);
      return 200;
    },
  });
  return { bytes: fs.statSync(target).size };
}

/** Checks a backup file is an intact Remit database before anything is replaced. */
export function inspectBackup(file: string): { migrations: number; trailEvents: number } {
  if (!fs.existsSync(file)) throw new AppError('not_found', `${file} does not exist`);
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('validation_failed', `${file} is damaged: ${String(integrity)}`);
    const hasMigrations = db
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'remit_migration'")
      .get() as { n: number };
    if (hasMigrations.n !== 1) throw new AppError('validation_failed', `${file} is not a Remit database`);
    const m = db.prepare('select count(*) as n from remit_migration').get() as { n: number };
    const t = db.prepare('select count(*) as n from trail_event').get() as { n: number };
    return { migrations: m.n, trailEvents: t.n };
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('validation_failed', `${file} is not a readable SQLite database: ${(e as Error).message}`);
  } finally {
    db?.close();
  }
}

/** Replaces the SQLite database with a backup; the server must be stopped. */
export function restoreSqlite(dbFile: string, backupFile: string): void {
  const tmp = `${dbFile}.restore-${process.pid}`;
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  fs.copyFileSync(backupFile, tmp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(dbFile + suffix, { force: true });
  fs.renameSync(tmp, dbFile);
}

export { PG_BACKUP_HELP };
