import { api, call, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';

type Body<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

export type ControlPage = Schemas['ControlPage'];
export type ControlProgress = Schemas['ControlProgress'];
export type ClauseList = Schemas['ClauseList'];
export type SoaStatus = Schemas['SoaStatus'];
export type SoaVersionSummary = Schemas['SoaVersionSummary'];
export type SoaVersion = Schemas['SoaVersion'];
export type ControlQuery = NonNullable<paths['/api/controls']['get']['parameters']['query']>;
export type EvidenceListState = NonNullable<
  NonNullable<paths['/api/controls/{id}/evidence']['get']['parameters']['query']>['state']
>;
export type TaskListQuery = Omit<
  NonNullable<paths['/api/control-tasks']['get']['parameters']['query']>,
  'limit' | 'cursor'
>;
export type SoaFormat = 'xlsx' | 'csv' | 'pdf';
type UpdateControlBody = Body<paths['/api/controls/{id}']['patch']>;
type ApplicabilityBody = Body<paths['/api/controls/{id}/applicability']['put']>;
type LinksBody = Body<paths['/api/controls/{id}/links']['put']>;
type CreateControlBody = Body<paths['/api/controls']['post']>;
type EvidenceLinkBody = Body<paths['/api/controls/{id}/evidence/links']['post']>;
type TaskBody = Body<paths['/api/controls/{id}/tasks']['post']>;
type UpdateTaskBody = Body<paths['/api/control-tasks/{id}']['patch']>;
type CompleteBody = Body<paths['/api/control-tasks/{id}/occurrences/{dueDate}/complete']['post']>;

const byId = (id: string) => ({ params: { path: { id } } });

/** Every call the controls pages make, in one place. */
export const controlsApi = {
  list: (query: ControlQuery) => call(api.GET('/api/controls', { params: { query } })),
  progress: () => call(api.GET('/api/controls/progress')),
  clauses: () => call(api.GET('/api/controls/clauses')),
  create: (body: CreateControlBody) => call(api.POST('/api/controls', { body })),
  get: (id: string) => call(api.GET('/api/controls/{id}', byId(id))),
  update: (id: string, body: UpdateControlBody) => call(api.PATCH('/api/controls/{id}', { ...byId(id), body })),
  setApplicability: (id: string, body: ApplicabilityBody) =>
    call(api.PUT('/api/controls/{id}/applicability', { ...byId(id), body })),
  setOwner: (id: string, body: { personId: string | null; reason: string }) =>
    call(api.PUT('/api/controls/{id}/owner', { ...byId(id), body })),
  addImplementer: (id: string, body: { personId: string; reason: string }) =>
    call(api.POST('/api/controls/{id}/implementers', { ...byId(id), body })),
  removeImplementer: (id: string, assignmentId: string) =>
    call(
      api.DELETE('/api/controls/{id}/implementers/{assignmentId}', {
        params: { path: { id, assignmentId } },
      }),
    ),
  setLinks: (id: string, body: LinksBody) => call(api.PUT('/api/controls/{id}/links', { ...byId(id), body })),

  evidence: (id: string, state: EvidenceListState, cursor: string | undefined) =>
    call(api.GET('/api/controls/{id}/evidence', { params: { path: { id }, query: { state, limit: 20, cursor } } })),
  /** Uploads one file as the raw request body; the server names it from `fileName` and hashes it. */
  uploadEvidence: (id: string, file: File, meta: { title?: string; evidenceDate?: string; validUntil?: string }) =>
    call(
      api.POST('/api/controls/{id}/evidence', {
        params: {
          path: { id },
          query: {
            fileName: file.name,
            title: meta.title || undefined,
            evidenceDate: meta.evidenceDate || undefined,
            validUntil: meta.validUntil || undefined,
          },
        },
        body: file as never,
        bodySerializer: (b: unknown) => b as BodyInit,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      }),
    ),
  addEvidenceLink: (id: string, body: EvidenceLinkBody) =>
    call(api.POST('/api/controls/{id}/evidence/links', { ...byId(id), body })),
  archiveEvidence: (id: string, evidenceId: string) =>
    call(
      api.POST('/api/controls/{id}/evidence/{evidenceId}/archive', {
        params: { path: { id, evidenceId } },
      }),
    ),

  tasks: (query: TaskListQuery, cursor: string | undefined) =>
    call(api.GET('/api/control-tasks', { params: { query: { ...query, limit: 25, cursor } } })),
  createTask: (id: string, body: TaskBody) => call(api.POST('/api/controls/{id}/tasks', { ...byId(id), body })),
  task: (id: string) => call(api.GET('/api/control-tasks/{id}', byId(id))),
  updateTask: (id: string, body: UpdateTaskBody) => call(api.PATCH('/api/control-tasks/{id}', { ...byId(id), body })),
  endTask: (id: string) => call(api.POST('/api/control-tasks/{id}/end', byId(id))),
  complete: (id: string, dueDate: string, body: CompleteBody) =>
    call(
      api.POST('/api/control-tasks/{id}/occurrences/{dueDate}/complete', {
        params: { path: { id, dueDate } },
        body,
      }),
    ),

  soa: () => call(api.GET('/api/soa')),
  soaVersions: (cursor: string | undefined) =>
    call(api.GET('/api/soa/versions', { params: { query: { limit: 20, cursor } } })),
  soaVersion: (n: number) => call(api.GET('/api/soa/versions/{number}', { params: { path: { number: n } } })),
  approveSoa: (note: string) => call(api.POST('/api/soa/versions', { body: { note } })),
};

export const soaExportHref = (format: SoaFormat) => `/api/soa/export?format=${format}`;
export const soaVersionExportHref = (n: number, format: SoaFormat) => `/api/soa/versions/${n}/export?format=${format}`;
