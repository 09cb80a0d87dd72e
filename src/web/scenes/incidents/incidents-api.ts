import { api, call } from '../../api/client';
import type { paths } from '../../api/schema';

type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<T> = T extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type IncidentListQuery = Omit<Query<paths['/api/incidents']['get']>, 'limit' | 'cursor'>;
export type IncidentFilters = Omit<IncidentListQuery, 'sort'>;
export type ExportFormat = 'csv' | 'xlsx';
type ReportBody = Body<paths['/api/incidents']['post']>;
type SettingsBody = Body<paths['/api/incidents/settings']['put']>;
type UpdateBody = Body<paths['/api/incidents/{id}']['patch']>;
type TriageBody = Body<paths['/api/incidents/{id}/triage']['post']>;
type TimelineBody = Body<paths['/api/incidents/{id}/timeline']['post']>;
type PhaseBody = Body<paths['/api/incidents/{id}/phases']['post']>;
type CommunicationBody = Body<paths['/api/incidents/{id}/communications']['post']>;
type LinkBody = Body<paths['/api/incidents/{id}/links']['post']>;
type CloseBody = Body<paths['/api/incidents/{id}/close']['post']>;
type RaiseNcBody = Body<paths['/api/nonconformities']['post']>;
export type LinkType = LinkBody['type'];

const byId = (id: string) => ({ params: { path: { id } } });
const PICK = 20;

/** Every call the incident pages make, in one place. */
export const incidentsApi = {
  report: (body: ReportBody) => call(api.POST('/api/incidents', { body })),
  mine: (cursor: string | undefined) =>
    call(api.GET('/api/incidents/mine', { params: { query: { limit: 25, cursor } } })),
  myReport: (id: string) => call(api.GET('/api/incidents/mine/{id}', byId(id))),
  /** Uploads one file as the raw request body (the reporter while it awaits triage, responders until closed). */
  upload: (id: string, file: File) =>
    call(
      api.POST('/api/incidents/{id}/attachments', {
        params: { path: { id }, query: { fileName: file.name } },
        body: file as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      }),
    ),

  list: (query: IncidentListQuery, cursor: string | undefined) =>
    call(api.GET('/api/incidents', { params: { query: { ...query, limit: 25, cursor } } })),
  metrics: (months: number) => call(api.GET('/api/incidents/metrics', { params: { query: { months } } })),
  settings: () => call(api.GET('/api/incidents/settings')),
  saveSettings: (body: SettingsBody) => call(api.PUT('/api/incidents/settings', { body })),
  handlerOptions: (incidentId: string, q: string | undefined) =>
    call(api.GET('/api/incidents/handler-options', { params: { query: { incidentId, q } } })),

  get: (id: string) => call(api.GET('/api/incidents/{id}', byId(id))),
  update: (id: string, body: UpdateBody) => call(api.PATCH('/api/incidents/{id}', { ...byId(id), body })),
  triage: (id: string, body: TriageBody) => call(api.POST('/api/incidents/{id}/triage', { ...byId(id), body })),
  setHandler: (id: string, personId: string | null) =>
    call(api.PUT('/api/incidents/{id}/handler', { ...byId(id), body: { personId } })),
  addTimeline: (id: string, body: TimelineBody) =>
    call(api.POST('/api/incidents/{id}/timeline', { ...byId(id), body })),
  completePhase: (id: string, body: PhaseBody) => call(api.POST('/api/incidents/{id}/phases', { ...byId(id), body })),
  addCommunication: (id: string, body: CommunicationBody) =>
    call(api.POST('/api/incidents/{id}/communications', { ...byId(id), body })),
  addLink: (id: string, body: LinkBody) => call(api.POST('/api/incidents/{id}/links', { ...byId(id), body })),
  removeLink: (id: string, type: LinkType, targetId: string) =>
    call(api.DELETE('/api/incidents/{id}/links/{type}/{targetId}', { params: { path: { id, type, targetId } } })),
  close: (id: string, body: CloseBody) => call(api.POST('/api/incidents/{id}/close', { ...byId(id), body })),

  /** Pickers for links: the registers' own searches. */
  findAssets: (q: string | undefined) => call(api.GET('/api/assets', { params: { query: { q, limit: PICK } } })),
  findRisks: (q: string | undefined) => call(api.GET('/api/risks', { params: { query: { q, limit: PICK } } })),
  findNonconformities: (q: string | undefined) =>
    call(api.GET('/api/nonconformities', { params: { query: { q, limit: PICK, sort: 'raised' } } })),
  raiseNonconformity: (body: RaiseNcBody) => call(api.POST('/api/nonconformities', { body })),
};

const qs = (query: Record<string, string | boolean | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
};

export const incidentExportHref = (format: ExportFormat, filters: IncidentFilters) =>
  `/api/incidents/export?${qs({ ...filters, format })}`;
export const incidentReportHref = (id: string) => `/api/incidents/${id}/report`;
export const attachmentHref = (id: string, attachmentId: string) => `/api/incidents/${id}/attachments/${attachmentId}`;
