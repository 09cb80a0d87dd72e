import type {
  THandlerOptions,
  TIncidentSettings,
  TUpdateIncidentSettingsRequest,
} from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation } from '../../db/database.js';
import { nowIso, toJson } from '../../db/json.js';
import { administratorsOf } from '../assets/assets.duties.js';
import { loadAssetFacts } from '../assets/assets.owners.js';
import { currentHoldersOfRole } from '../responsibilities/responsibilities.ledger.js';
import { appendTrail } from '../trail/trail.service.js';
import { loadIncident, personOf, readDeadlines, SYSADMIN } from './incidents.core.js';
import * as repo from './incidents.repository.js';

const OPTIONS_MAX = 50;

/** The response deadlines by severity (A.5.26) and the handler picker. */
export function createIncidentSettingsService(deps: Deps) {
  const { db } = deps;

  async function present(actor: Actor): Promise<TIncidentSettings> {
    const s = await readDeadlines(db);
    const names = await repo.personNames(db, [s.row?.updated_by]);
    return {
      triageHours: s.triageHours,
      closeDays: s.closeDays,
      severities: s.severities,
      updatedAt: s.row?.updated_at ?? null,
      updatedBy: s.row?.updated_by
        ? { id: s.row.updated_by, fullName: names.get(s.row.updated_by) ?? 'Unknown person' }
        : null,
      version: s.row?.version ?? 0,
      can: { manage: await deps.authz.can(actor, 'incidents.manage') },
    };
  }

  return {
    async get(actor: Actor): Promise<TIncidentSettings> {
      if (!(await deps.authz.can(actor, 'incidents.manage'))) await deps.authz.authorize(actor, 'incidents.read');
      return present(actor);
    },

    /** New deadlines apply to incidents from their next triage or report; running clocks keep theirs. */
    async update(actor: Actor, body: TUpdateIncidentSettingsRequest, meta: CallMeta): Promise<TIncidentSettings> {
      const grant = await deps.authz.authorize(actor, 'incidents.manage');
      const errors = (['low', 'medium', 'high', 'critical'] as const)
        .filter((k) => body.severities[k].containHours > body.severities[k].resolveHours)
        .map((k) => ({
          field: `severities.${k}.containHours`,
          message: 'Containment cannot be due after resolution',
        }));
      if (errors.length) throw new AppError('validation_failed', 'The deadlines contradict each other', { errors });
      const stale = () =>
        new AppError('version_conflict', 'The deadlines were changed by someone else; reload and try again');
      try {
        await db.transaction().execute(async (trx) => {
          const before = await readDeadlines(trx);
          const current = before.row?.version ?? 0;
          if (current !== body.version) throw stale();
          const now = nowIso();
          const values = {
            triage_hours: body.triageHours,
            close_days: body.closeDays,
            severities: toJson(body.severities),
            updated_by: personOf(actor),
            updated_at: now,
          };
          if (current === 0) await repo.insertSettings(trx, { ...values, version: 1 });
          else if (!(await repo.updateSettings(trx, current, values))) throw stale();
          await appendTrail(trx, {
            actor,
            grant,
            requestId: meta.requestId,
            action: 'incident.settings',
            objectType: 'incident_settings',
            objectId: null,
            changes: {
              before: { triageHours: before.triageHours, closeDays: before.closeDays, severities: before.severities },
              after: { triageHours: body.triageHours, closeDays: body.closeDays, severities: body.severities },
            },
          });
        });
      } catch (e) {
        // Two first saves at once: the second finds the row the first inserted.
        if (isUniqueViolation(e)) throw stale();
        throw e;
      }
      return present(actor);
    },

    /**
     * Whom to make an incident's handler: the system administrators of the assets it affects
     * first (their custodians, else the whole ISMS's), then the other administrators, then
     * anyone whose name matches `q`.
     */
    async handlerOptions(actor: Actor, q: { incidentId?: string; q?: string }): Promise<THandlerOptions> {
      await deps.authz.authorize(actor, 'incidents.manage');
      const now = nowIso();
      const out = new Map<string, string>();
      if (q.incidentId) {
        const r = await loadIncident(db, q.incidentId);
        const linked = (await repo.linksOf(db, [r.id]))
          .filter((l) => l.target_type === 'asset')
          .map((l) => l.target_id);
        const assets = await repo.assetsOf(db, [...(r.asset_id ? [r.asset_id] : []), ...linked]);
        if (assets.length > 0) {
          const facts = await loadAssetFacts(db, now);
          for (const a of assets)
            for (const admin of await administratorsOf(db, a, facts))
              if (!out.has(admin.personId)) out.set(admin.personId, `System Administrator of ${a.reference} ${a.name}`);
        }
      }
      const admins = await currentHoldersOfRole(db, SYSADMIN, now);
      for (const h of admins)
        if (!out.has(h.person_id))
          out.set(
            h.person_id,
            h.scope_type === 'isms' ? 'System Administrator for the whole ISMS' : 'System Administrator',
          );
      const text = q.q?.trim().toLowerCase();
      const names = await repo.personNames(db, [...out.keys()]);
      const items = [...out.entries()]
        .map(([id, reason]) => ({ person: { id, fullName: names.get(id) ?? 'Unknown person' }, reason }))
        .filter((o) => !text || o.person.fullName.toLowerCase().includes(text));
      if (text)
        for (const p of await repo.searchPeople(db, text, OPTIONS_MAX))
          if (!out.has(p.id)) items.push({ person: { id: p.id, fullName: p.full_name }, reason: 'Matches the search' });
      return { items: items.slice(0, OPTIONS_MAX) };
    },
  };
}
