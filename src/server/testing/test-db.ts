import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { PostgresDialect } from 'kysely';
import {
  fromDialect,
  fromSqlite,
  migrateToLatest,
  openSqlite,
  redactUrl,
  type DatabaseHandle,
  type DialectName,
} from '../db/database.js';

/** Every integration suite runs once per dialect (kysely's own convention). */
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export type TestDatabase = DatabaseHandle & {
  /** A postgres URL for the fresh database, when one exists (real server only). */
  url?: string;
  dispose: () => Promise<void>;
};

/** A fresh, migrated database of the given dialect; dispose() removes it. */
export async function createTestDatabase(
  dialect: DialectName,
  opts: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = opts.migrate !== false;
  if (dialect === 'postgres' && !process.env.TEST_DATABASE_URL && migrate) return clonePglite();
  // The server tests' global setup migrates a template database once per run; a copy of it is the
  // same migrated schema, made in a fraction of the time migrating takes.
  const template = process.env.TEST_DATABASE_TEMPLATE;
  if (dialect === 'postgres' && template && migrate) return freshPostgres(template);
  const db = dialect === 'sqlite' ? freshSqlite() : await freshPostgres();
  if (migrate) await migrateToLatest(db.db);
  return db;
}

// Starting PGlite and migrating takes seconds; cloning a migrated template takes a fraction.
let template: Promise<PGlite> | undefined;

function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const pglite = new PGlite();
    // Not destroyed on purpose: destroying the Kysely instance would close the template.
    const { db } = fromDialect(new PGliteDialect(pglite), 'postgres', 'pglite template');
    await migrateToLatest(db);
    return pglite;
  })();
  return template;
}

async function clonePglite(): Promise<TestDatabase> {
  const copy = (await (await migratedTemplate()).clone()) as PGlite;
  const handle = fromDialect(new PGliteDialect(copy), 'postgres', 'pglite (in memory)');
  return { ...handle, dispose: () => handle.close() };
}

function freshSqlite(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remit-test-'));
  const file = path.join(dir, 'remit.db');
  const raw = openSqlite(file);
  const handle = fromSqlite(raw, file);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function freshPostgres(template?: string): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = fromDialect(new PGliteDialect(new PGlite()), 'postgres', 'pglite (in memory)');
    return { ...handle, dispose: () => handle.close() };
  }
  const name = `remit_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 5 });
  pool.on('error', () => undefined); // dropping the database ends idle clients on purpose
  const handle = fromDialect(new PostgresDialect({ pool }), 'postgres', redactUrl(url.toString()));
  return {
    ...handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
