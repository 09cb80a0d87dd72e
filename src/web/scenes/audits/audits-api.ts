import { api, call, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type Query<T> = T extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type AuditListQuery = Omit<Query<paths['/api/audits']['get']>, 'limit' | 'cursor'>;
export type CoverageQuery = Omit<Query<paths['/api/audits/programme/coverage']['get']>, 'limit' | 'cursor'>;
export type NcListQuery = Omit<Query<paths['/api/nonconformities']['get']>, 'limit' | 'cursor'>;
export type ItemResultFilter = Query<paths['/api/audits/{id}/items']['get']>['result'];
export type ExportFormat = 'csv' | 'xlsx';
type ProgrammeBody = Body<paths['/api/audits/programme']['put']>;
type FrequencyBody = Body<paths['/api/audits/programme/frequencies']['put']>;
type CreateAuditBody = Body<paths['/api/audits']['post']>;
type UpdateAuditBody = Body<paths['/api/audits/{id}']['patch']>;
type RecordBody = Body<paths['/api/audits/{id}/items/{itemId}']['put']>;
type RaiseBody = Body<paths['/api/nonconformities']['post']>;
type UpdateNcBody = Body<paths['/api/nonconformities/{id}']['patch']>;
type AddActionBody = Body<paths['/api/nonconformities/{id}/actions']['post']>;
type UpdateActionBody = Body<paths['/api/nonconformities/{id}/actions/{actionId}']['patch']>;
export type ScopeType = Schemas['AuditScopeType'];

const byId = (id: string) => ({ params: { path: { id } } });
const action = (id: string, actionId: string) => ({ params: { path: { id, actionId } } });

/** Every call the audit and nonconformity pages make, in one place. */
export const auditsApi = {
  programme: () => call(api.GET('/api/audits/programme')),
  saveProgramme: (body: ProgrammeBody) => call(api.PUT('/api/audits/programme', { body })),
  setFrequency: (body: FrequencyBody) => call(api.PUT('/api/audits/programme/frequencies', { body })),
  coverage: (query: CoverageQuery, cursor: string | undefined) =>
    call(api.GET('/api/audits/programme/coverage', { params: { query: { ...query, limit: 50, cursor } } })),
  scopeOptions: (type: ScopeType, q: string | undefined) =>
    call(api.GET('/api/audits/scope-options', { params: { query: { type, q } } })),

  list: (query: AuditListQuery, cursor: string | undefined) =>
    call(api.GET('/api/audits', { params: { query: { ...query, limit: 25, cursor } } })),
  create: (body: CreateAuditBody) => call(api.POST('/api/audits', { body })),
  get: (id: string) => call(api.GET('/api/audits/{id}', byId(id))),
  update: (id: string, body: UpdateAuditBody) => call(api.PATCH('/api/audits/{id}', { ...byId(id), body })),
  independence: (id: string, personId: string) =>
    call(api.GET('/api/audits/{id}/independence', { params: { path: { id }, query: { personId } } })),
  addAuditor: (id: string, personId: string, lead: boolean) =>
    call(api.POST('/api/audits/{id}/auditors', { ...byId(id), body: { personId, lead } })),
  removeAuditor: (id: string, assignmentId: string) =>
    call(api.DELETE('/api/audits/{id}/auditors/{assignmentId}', { params: { path: { id, assignmentId } } })),
  start: (id: string, version: number) => call(api.POST('/api/audits/{id}/start', { ...byId(id), body: { version } })),
  signOff: (id: string, conclusion: string, version: number) =>
    call(api.POST('/api/audits/{id}/sign-off', { ...byId(id), body: { conclusion, version } })),
  cancel: (id: string, reason: string, version: number) =>
    call(api.POST('/api/audits/{id}/cancel', { ...byId(id), body: { reason, version } })),

  items: (id: string, result: ItemResultFilter, cursor: string | undefined) =>
    call(api.GET('/api/audits/{id}/items', { params: { path: { id }, query: { result, limit: 50, cursor } } })),
  record: (id: string, itemId: string, body: RecordBody) =>
    call(api.PUT('/api/audits/{id}/items/{itemId}', { params: { path: { id, itemId } }, body })),
  /** Uploads one file as the raw request body, like control evidence. */
  uploadEvidence: (id: string, itemId: string, file: File, title: string) =>
    call(
      api.POST('/api/audits/{id}/items/{itemId}/evidence', {
        params: { path: { id, itemId }, query: { fileName: file.name, title: title || undefined } },
        body: file as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      }),
    ),
  addEvidenceLink: (id: string, itemId: string, body: { title: string; url: string }) =>
    call(api.POST('/api/audits/{id}/items/{itemId}/evidence/links', { params: { path: { id, itemId } }, body })),

  ncs: (query: NcListQuery, cursor: string | undefined) =>
    call(api.GET('/api/nonconformities', { params: { query: { ...query, limit: 25, cursor } } })),
  ageing: () => call(api.GET('/api/nonconformities/ageing')),
  raise: (body: RaiseBody) => call(api.POST('/api/nonconformities', { body })),
  nc: (id: string) => call(api.GET('/api/nonconformities/{id}', byId(id))),
  updateNc: (id: string, body: UpdateNcBody) => call(api.PATCH('/api/nonconformities/{id}', { ...byId(id), body })),
  setNcOwner: (id: string, personId: string | null) =>
    call(api.PUT('/api/nonconformities/{id}/owner', { ...byId(id), body: { personId } })),
  addAction: (id: string, body: AddActionBody) =>
    call(api.POST('/api/nonconformities/{id}/actions', { ...byId(id), body })),
  updateAction: (id: string, actionId: string, body: UpdateActionBody) =>
    call(api.PATCH('/api/nonconformities/{id}/actions/{actionId}', { ...action(id, actionId), body })),
  completeAction: (id: string, actionId: string, note: string, version: number) =>
    call(
      api.POST('/api/nonconformities/{id}/actions/{actionId}/complete', {
        ...action(id, actionId),
        body: { note, version },
      }),
    ),
  cancelAction: (id: string, actionId: string, reason: string, version: number) =>
    call(
      api.POST('/api/nonconformities/{id}/actions/{actionId}/cancel', {
        ...action(id, actionId),
        body: { reason, version },
      }),
    ),
  verify: (id: string, body: { effective: boolean; note: string; version: number }) =>
    call(api.POST('/api/nonconformities/{id}/verify', { ...byId(id), body })),
  correctiveAction: (id: string) => call(api.GET('/api/corrective-actions/{id}', byId(id))),
};

const qs = (query: Record<string, string | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v) p.set(k, v);
  return p.toString();
};

export const coverageExportHref = (format: ExportFormat) => `/api/audits/programme/coverage/export?format=${format}`;
export const ncExportHref = (format: ExportFormat, filters: Record<string, string | undefined>) =>
  `/api/nonconformities/export?${qs({ ...filters, format })}`;
export const auditReportHref = (id: string) => `/api/audits/${id}/report`;
export const auditEvidenceHref = (id: string, evidenceId: string) => `/api/audits/${id}/evidence/${evidenceId}/file`;
