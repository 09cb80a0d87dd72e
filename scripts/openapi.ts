/**
 * Writes openapi/openapi.json (sorted keys) and the web client's types from the live route table.
 * `--check` fails when either committed file is stale (CI runs it).
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/server/config.js';
import { openSqlite, fromSqlite } from '../src/server/db/database.js';
import { buildApp } from '../src/server/http/app.js';
import { createLogger } from '../src/server/logger.js';
import { openRuntime } from '../src/server/runtime.js';

const root = path.resolve(import.meta.dirname, '..');
const SPEC = path.join(root, 'openapi/openapi.json');
const TYPES = path.join(root, 'src/web/api/schema.d.ts');

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
  );
}

export async function generate(): Promise<{ spec: string; types: string }> {
  const config = { ...loadConfig({ REMIT_DATA_DIR: '.tmp/openapi' }), webDir: path.join(root, '.tmp/no-web') };
  const raw = openSqlite(':memory:');
  const handle = fromSqlite(raw, ':memory:');
  const { deps } = await openRuntime(config, createLogger('silent'), { handle });
  const app = await buildApp(deps);
  await app.ready();
  const doc = sortKeys(app.swagger()) as Record<string, unknown>;
  await app.close();
  await handle.close();
  const spec = `${JSON.stringify(doc, null, 2)}\n`;
  const ast = await openapiTS(doc as never, { alphabetize: true });
  const types = `// Generated from openapi/openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
  return { spec, types };
}

const { spec, types } = await generate();
if (process.argv.includes('--check')) {
  const stale = [
    [SPEC, spec],
    [TYPES, types],
  ].filter(([file, want]) => !fs.existsSync(file as string) || fs.readFileSync(file as string, 'utf8') !== want);
  if (stale.length > 0) {
    process.stderr.write(
      `Stale generated files: ${stale.map(([f]) => path.relative(root, f as string)).join(', ')}. Run \`npm run openapi\` and commit.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('openapi.json and web API types are current\n');
} else {
  fs.mkdirSync(path.dirname(SPEC), { recursive: true });
  fs.mkdirSync(path.dirname(TYPES), { recursive: true });
  fs.writeFileSync(SPEC, spec);
  fs.writeFileSync(TYPES, types);
  process.stdout.write(`Wrote ${path.relative(root, SPEC)} and ${path.relative(root, TYPES)}\n`);
}
