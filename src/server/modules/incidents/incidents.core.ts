import type { TIncidentSeverity } from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { IncidentRow } from '../../db/schema.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './incidents.repository.js';
import { DEFAULT_DEADLINES, nextDueAt, type Clocks, type DeadlineSettings } from './incidents.rules.js';

// What the incident use cases share: references, refusals, the trail and the deadline settings.

export const ISM = 'isms_manager';
export const INCIDENT_MANAGER = 'incident_manager';
export const SYSADMIN = 'sysadmin';

export type Who = { actor: Actor; grant: Grant; requestId?: string };

export const incidentReference = (n: number) => `INC-${String(n).padStart(4, '0')}`;
export const incidentLink = (id: string) => `/incidents/${id}`;
export const myReportLink = (id: string) => `/incidents/mine/${id}`;

export const personOf = (actor: Actor): string | null => (actor.kind === 'account' ? actor.personId : null);

export const staleIncident = (reference: string) =>
  new AppError('version_conflict', `${reference} was changed by someone else; reload and try again`);
export const closedIncident = (reference: string) => new AppError('conflict', `${reference} is closed`);

/** The incident, or 404. */
export async function loadIncident(db: Db, id: string): Promise<IncidentRow> {
  const r = await repo.findIncident(db, id);
  if (!r) throw new AppError('not_found', 'No such incident');
  return r;
}

export const clocksOf = (r: IncidentRow): Clocks => r as unknown as Clocks;

/** The next deadline of a row after a patch, for `next_due_at`. */
export const nextDueAfter = (r: IncidentRow, patch: Partial<IncidentRow>) => nextDueAt(clocksOf({ ...r, ...patch }));

/** The deadlines in force: the ISM's, or the defaults until first saved. */
export async function readDeadlines(
  db: Db,
): Promise<DeadlineSettings & { row: Awaited<ReturnType<typeof repo.findSettings>> }> {
  const row = await repo.findSettings(db);
  if (!row) return { ...DEFAULT_DEADLINES, row };
  return {
    triageHours: row.triage_hours,
    closeDays: row.close_days,
    severities: {
      ...DEFAULT_DEADLINES.severities,
      ...fromJson<Partial<Record<TIncidentSeverity, { containHours: number; resolveHours: number }>>>(
        row.severities,
        {},
      ),
    },
    row,
  };
}

/**
 * Records an incident event on the trail. A confidential report marks the event so that the
 * trail, read by anyone but the ISM, and webhooks do not name who made it.
 */
export async function incidentTrail(
  trx: Db,
  who: Who,
  action: string,
  r: Pick<IncidentRow, 'id' | 'reference'>,
  changes: Record<string, unknown>,
  opts: { confidentialActor?: boolean } = {},
) {
  await appendTrail(trx, {
    ...who,
    action,
    objectType: 'incident',
    objectId: r.id,
    changes: { reference: r.reference, ...changes, ...(opts.confidentialActor ? { actorConfidential: true } : {}) },
  });
}

/** Whether an instant lies more than a minute ahead of now (clocks of browsers drift a little). */
export const inFuture = (iso: string, now: string) => Date.parse(iso) > Date.parse(now) + 60_000;
