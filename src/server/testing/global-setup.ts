import pg from 'pg';
import { PostgresDialect } from 'kysely';
import { fromDialect, migrateToLatest } from '../db/database.js';

/**
 * Global setup of the server tests: with a real PostgreSQL server (TEST_DATABASE_URL), migrate one
 * template database for this run, so each test's fresh database is a copy of it (CREATE DATABASE
 * … TEMPLATE) instead of an empty database migrated again. The copies are the same migrated
 * schema the tests got before; the template is dropped when the run ends.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return undefined; // PGlite already clones a migrated template in each worker
  const name = `remit_template_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  const handle = fromDialect(new PostgresDialect({ pool }), 'postgres', 'template');
  try {
    await migrateToLatest(handle.db);
  } finally {
    // A database is copied only while nobody is connected to it.
    await handle.close();
  }
  process.env.TEST_DATABASE_TEMPLATE = name;
  return async () => {
    delete process.env.TEST_DATABASE_TEMPLATE;
    await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
