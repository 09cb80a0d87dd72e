import type { TSetupRequest } from '../../../contracts/identity.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { loadDemoData } from '../demo/demo.service.js';
import { deleteSettingsLike, getSetting, insertSetting } from '../settings/settings.repository.js';
import { readSettings, writeSettings } from '../settings/settings.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { createAccountRecord } from './identity.accounts.service.js';
import * as repo from './identity.repository.js';
import { hashSecret, newSecret } from './identity.rules.js';
import type { SessionService } from './identity.sessions.service.js';

const SETUP_PREFIX = 'setup_token:';
const SETUP_TTL_MS = 7 * 86_400_000;

export type BootstrapOutcome =
  { kind: 'ready' } | { kind: 'admin_created'; email: string } | { kind: 'setup_required'; setupUrl: string };

/** First start, exactly as DESIGN.md fixes it: env admin, or a one-time setup URL. */
export async function bootstrap(deps: Deps): Promise<BootstrapOutcome> {
  const { db, config } = deps;
  if ((await repo.countAccounts(db)) > 0) return { kind: 'ready' };
  const grant: Grant = { kind: 'system', label: 'bootstrap' };
  const actor = { kind: 'system' as const, label: 'bootstrap' };
  if (config.admin) {
    const admin = config.admin;
    try {
      await db
        .transaction()
        .execute((trx) =>
          createAccountRecord(
            trx,
            { email: admin.email, password: admin.password, fullName: admin.name, isAdmin: true },
            { actor, grant },
          ),
        );
      return { kind: 'admin_created', email: admin.email };
    } catch (e) {
      // Another instance starting at the same moment created it first.
      if ((e instanceof AppError && e.code === 'conflict') || isUniqueViolation(e)) return { kind: 'ready' };
      throw e;
    }
  }
  // Each instance adds its own token, so every URL printed by any instance works.
  const token = newSecret();
  await insertSetting(
    db,
    SETUP_PREFIX + hashSecret(token),
    toJson({ expiresAt: new Date(Date.now() + SETUP_TTL_MS).toISOString() }),
    nowIso(),
  );
  return { kind: 'setup_required', setupUrl: `${config.baseUrl}/setup?token=${token}` };
}

export function createSetupService(deps: Deps, sessions: SessionService) {
  const { db } = deps;
  return {
    async status() {
      const [n, settings] = await Promise.all([repo.countAccounts(db), readSettings(db)]);
      return {
        needsSetup: n === 0,
        organisationName: settings.organisationName,
        sessionBanner: settings.sessionBanner,
      };
    },
    /** Creates the organisation and its first admin, then signs the admin in. */
    async complete(input: TSetupRequest, meta: CallMeta) {
      const actor = { kind: 'system' as const, label: 'setup' };
      const grant: Grant = { kind: 'system', label: 'setup' };
      const result = await db.transaction().execute(async (trx) => {
        if ((await repo.countAccounts(trx)) > 0)
          throw new AppError('setup_closed', 'Remit is already set up; sign in instead');
        const stored = await getSetting(trx, SETUP_PREFIX + hashSecret(input.token));
        const expiresAt = fromJson<{ expiresAt?: string }>(stored?.value, {}).expiresAt;
        if (!stored || !expiresAt || expiresAt <= nowIso()) {
          throw new AppError(
            'forbidden',
            'The setup link is not valid; use the one printed in the server log at start',
          );
        }
        const { before } = await writeSettings(
          trx,
          { organisationName: input.organisationName },
          (await readSettings(trx)).version,
        );
        const account = await createAccountRecord(
          trx,
          { email: input.email, fullName: input.fullName, password: input.password, isAdmin: true },
          { actor, grant, requestId: meta.requestId },
        );
        await deleteSettingsLike(trx, SETUP_PREFIX);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'setup.completed',
          objectType: 'settings',
          objectId: 'organisation',
          changes: {
            organisationName: { before: before.organisationName, after: input.organisationName },
            adminAccountId: account.id,
            loadDemo: input.loadDemo,
          },
          requestId: meta.requestId,
        });
        const session = await sessions.openSession(trx, account.id, meta);
        return { account, session };
      });
      if (input.loadDemo) await loadDemoData(deps, { size: 'small', seed: 1 });
      return result;
    },
  };
}

export type SetupService = ReturnType<typeof createSetupService>;
