import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { ROLE_CATALOGUE } from './data/role-catalogue.js';
import { ensureRaciSeeded } from './responsibilities.raci.service.js';
import * as roles from './responsibilities.roles.repository.js';

/**
 * Seeds the role catalogue on first start and adds any built-in role a newer release brings.
 * Idempotent: an existing role (and the ISM's edits to it) is left as it is.
 */
export async function ensureResponsibilitiesSeeded(db: Db): Promise<void> {
  const existing = new Set(await roles.listRoleKeys(db));
  const missing = ROLE_CATALOGUE.map((r, i) => ({ r, i })).filter(({ r }) => !existing.has(r.key));
  if (missing.length > 0) await seedRoles(db, missing);
  await widenBuiltinScopes(db);
  // The RACI cells reference role keys, so the matrix is seeded after the roles.
  await ensureRaciSeeded(db);
}

/**
 * A newer release may let a built-in role be held for a new kind of object (a System
 * Administrator for one control); the stored role gains the scope types it lacks, keeping any
 * the ISM added.
 */
async function widenBuiltinScopes(db: Db): Promise<void> {
  const wanted = new Map(ROLE_CATALOGUE.map((r) => [r.key, r.scopeTypes]));
  for (const row of await roles.builtinScopeTypes(db)) {
    const stored = fromJson<string[]>(row.scope_types, []);
    const add = (wanted.get(row.key) ?? []).filter((t) => !stored.includes(t));
    if (add.length > 0) await roles.setScopeTypes(db, row.key, toJson([...stored, ...add]));
  }
}

async function seedRoles(db: Db, missing: { r: (typeof ROLE_CATALOGUE)[number]; i: number }[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const { r, i } of missing) {
      await roles.insertRoleIfMissing(trx, {
        key: r.key,
        name: r.name,
        summary: r.summary,
        responsibilities: toJson(r.responsibilities.map((text, n) => ({ id: `${r.key}.${n + 1}`, text }))),
        authorities: toJson(r.decisions),
        grants: toJson([]),
        scope_types: toJson(r.scopeTypes),
        exclusive: r.exclusive ? 1 : 0,
        builtin: 1,
        position: (i + 1) * 10,
        text_version: 1,
        retired_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
  });
}
