import type { TIncidentExportQuery, TIncidentMetrics } from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { readSettings } from '../settings/settings.service.js';
import { computeIncidentMetrics } from './incidents.metrics.js';
import { renderIncidentRegister, renderIncidentReport } from './incidents.reports.js';
import * as repo from './incidents.repository.js';
import { createIncidentResponseService } from './incidents.response.service.js';
import { createIncidentService } from './incidents.service.js';
import { createIncidentSettingsService } from './incidents.settings.service.js';

/** First instant of the month `months - 1` months before the month of `now` (the metrics window). */
export function windowStart(now: string, months: number): string {
  const d = new Date(now);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (months - 1), 1)).toISOString();
}

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createIncidentServices(deps: Deps, assignments: AssignmentService) {
  const incidents = createIncidentService(deps, assignments);
  return {
    incidents,
    response: createIncidentResponseService(deps),
    settings: createIncidentSettingsService(deps),

    /** Time to triage, contain and close by severity, and incidents per category and month. */
    async metrics(actor: Actor, months: number): Promise<TIncidentMetrics> {
      await deps.authz.authorize(actor, 'incidents.read');
      const now = nowIso();
      const rows = await repo.allIncidents(deps.db, { now, reportedSinceOrOpen: windowStart(now, months) });
      return computeIncidentMetrics(rows, now, months);
    },

    /** The incident register as CSV or XLSX. */
    async export(actor: Actor, q: TIncidentExportQuery) {
      const rows = await incidents.exportRows(actor, q);
      return renderIncidentRegister(q.format, rows, nowIso());
    },

    /** The incident report as PDF: marked as not final until the incident is closed. */
    async report(actor: Actor, id: string): Promise<{ body: Buffer; fileName: string }> {
      const incident = await incidents.get(actor, id);
      const settings = await readSettings(deps.db);
      const body = await renderIncidentReport(incident, { organisation: settings.organisationName });
      return {
        body,
        fileName: `${incident.reference}-incident-report${incident.status === 'closed' ? '' : '-draft'}.pdf`,
      };
    },
  };
}

export type IncidentServices = ReturnType<typeof createIncidentServices>;
