import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Dialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  dialect: DialectName;
  /** Where the data lives, for logs and backup; never includes a password. */
  describe: string;
  /** The raw SQLite handle (online backup needs it); undefined on PostgreSQL. */
  sqlite?: SqliteDatabase.Database;
  close: () => Promise<void>;
};

// pg returns int8/numeric as strings; counts and sequence numbers fit in a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** Opens SQLite with the pragmas an embedded server needs. */
export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('synchronous = NORMAL');
  return raw;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable url)';
  }
}

/**
 * better-sqlite3 compiles a statement on every prepare(); Kysely prepares per query. Caching the
 * prepared statements by SQL text (bounded) removes that cost from every request.
 */
export function withStatementCache(raw: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => raw.close(),
    prepare: (sqlText: string) => {
      const hit = cache.get(sqlText);
      // A statement being iterated (streaming) cannot be reused; give that caller a fresh one.
      if (hit && !hit.busy) return hit;
      const stmt = raw.prepare(sqlText);
      if (!hit) {
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

/** Opens the database the configuration names; does not migrate. */
export function openDatabase(config: Pick<Config, 'database'>): DatabaseHandle {
  if (config.database.kind === 'sqlite') {
    const raw = openSqlite(config.database.file);
    return fromSqlite(raw, config.database.file);
  }
  const pool = new pg.Pool({ connectionString: config.database.url, max: config.database.poolSize });
  // An idle client losing its connection (server restart, failover) must not crash the process;
  // the pool replaces it and the next query reports any lasting problem.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle client error: ${err.message}`));
  return fromDialect(new PostgresDialect({ pool }), 'postgres', redactUrl(config.database.url));
}

/** A handle over an open SQLite database, with the statement cache. */
export const fromSqlite = (raw: SqliteDatabase.Database, describe: string): DatabaseHandle =>
  fromDialect(new SqliteDialect({ database: withStatementCache(raw) }), 'sqlite', describe, raw);

export function fromDialect(
  dialect: Dialect,
  name: DialectName,
  describe: string,
  sqlite?: SqliteDatabase.Database,
): DatabaseHandle {
  const db = new Kysely<Database>({ dialect });
  return { db, dialect: name, describe, sqlite, close: () => db.destroy() };
}

export type MigrationOutcome = { applied: string[] };

/** Brings the schema up to date; safe to run from several instances at once (Kysely locks). */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'remit_migration',
    migrationLockTableName: 'remit_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** True when the database answers a trivial query. */
export async function ping(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** True when a driver error is a unique-constraint violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown };
  return e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Runs a transaction that takes the next reference number (NC-0001, INC-0001), again from the
 * start when another writer took the same number meanwhile (the unique index refuses the second).
 */
export async function withNextNumber<T>(db: Db, work: (trx: Db) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= attempts) throw e;
    }
  }
}
