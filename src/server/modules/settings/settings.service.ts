import type { TSettings, TUpdateSettingsRequest } from '../../../contracts/settings.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './settings.repository.js';

const KEY = 'organisation';
type Stored = { organisationName: string; sessionBanner: string };
const DEFAULTS: Stored = { organisationName: 'Remit', sessionBanner: '' };

/** Organisation settings; defaults until the first save. */
export async function readSettings(db: Db): Promise<TSettings> {
  const row = await repo.getSetting(db, KEY);
  const value = { ...DEFAULTS, ...fromJson<Partial<Stored>>(row?.value, {}) };
  return { ...value, version: row?.version ?? 1, updatedAt: row?.updated_at ?? null };
}

/** Writes organisation settings without an actor check: setup and the CLI call it. */
export async function writeSettings(
  db: Db,
  patch: Partial<Stored>,
  version: number,
): Promise<{ before: TSettings; after: TSettings }> {
  const before = await readSettings(db);
  const next: Stored = {
    organisationName: patch.organisationName ?? before.organisationName,
    sessionBanner: patch.sessionBanner ?? before.sessionBanner,
  };
  const now = nowIso();
  const exists = before.updatedAt !== null;
  if (!exists) {
    if (version !== 1)
      throw new AppError('version_conflict', 'Settings changed since you loaded them; reload and try again');
    await repo.insertSetting(db, KEY, toJson(next), now);
  } else if (!(await repo.updateSetting(db, KEY, version, toJson(next), now))) {
    throw new AppError('version_conflict', 'Settings changed since you loaded them; reload and try again');
  }
  return { before, after: { ...next, version: exists ? version + 1 : 1, updatedAt: now } };
}

export function createSettingsService(deps: Deps) {
  return {
    async get(actor: Actor): Promise<TSettings> {
      await deps.authz.authorize(actor, 'settings.read');
      return readSettings(deps.db);
    },
    async update(actor: Actor, input: TUpdateSettingsRequest, meta: CallMeta): Promise<TSettings> {
      const grant = await deps.authz.authorize(actor, 'settings.manage');
      return deps.db.transaction().execute(async (trx) => {
        const { before, after } = await writeSettings(trx, input, input.version);
        const changes: Record<string, unknown> = {};
        for (const k of ['organisationName', 'sessionBanner'] as const) {
          if (before[k] !== after[k]) changes[k] = { before: before[k], after: after[k] };
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'settings.updated',
          objectType: 'settings',
          objectId: KEY,
          changes,
          requestId: meta.requestId,
        });
        return after;
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
