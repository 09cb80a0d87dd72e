import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, createTestApp, signIn, type Client, type TestApp } from '../testing/test-app.js';
import { DIALECTS } from '../testing/test-db.js';

/**
 * Who may call each route. A route missing here fails the suite: a new route must say who may use it.
 * public: no credentials; self: any signed-in person (on their own things); admin: platform admin;
 * trail: admin, ISM or internal auditor; ism: the ISM only; tm: Top Management only; sod: ISM, Top
 * Management or internal auditor; ism_tm: the ISM or Top Management; people: admin or ISM
 * (people.manage); people_export: admin, ISM or internal auditor (people.export); risk: the risk
 * register's readers (ISM, Top Management, internal auditors, risk owners); entitlements: readers of
 * accounts and entitlements (ISM, Top Management, auditors, asset owners, administrators; the import
 * also refuses an employee); controls: readers of the controls and the SoA (ISM, Top Management,
 * auditors, control owners, system administrators); nonconformities: readers and raisers of
 * nonconformities (ISM, Top Management, internal auditors; owners of NCs and actions read); audits: readers
 * of the audit programme and audits (ISM, Top Management, internal auditors, audit teams); incidents: the
 * incident register's readers and managers (ISM, incident managers, Top Management, auditors; a handler
 * for their own incident; everyone reports and reads their own reports); object: decided
 * on the object itself (a policy's owner, approver role, reviewers, audience), so a signed-in
 * employee gets 403 or 404 here and nothing is written; the module's tests show the 403 on real
 * objects (policies.test.ts "refuses an employee every policy decision").
 */
const ACCESS: Record<
  string,
  | 'public'
  | 'self'
  | 'admin'
  | 'trail'
  | 'ism'
  | 'tm'
  | 'sod'
  | 'ism_tm'
  | 'people'
  | 'people_export'
  | 'risk'
  | 'entitlements'
  | 'controls'
  | 'nonconformities'
  | 'audits'
  | 'incidents'
  | 'object'
> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'self',
  'POST /api/auth/logout-everywhere': 'self',
  'GET /api/auth/session': 'self',
  'POST /api/account/password': 'self',
  'GET /api/account/sessions': 'self',
  'DELETE /api/account/sessions/{id}': 'self',
  'GET /api/account/tokens': 'self',
  'POST /api/account/tokens': 'self',
  'DELETE /api/account/tokens/{id}': 'self',
  'GET /api/admin/accounts': 'admin',
  'POST /api/admin/accounts': 'admin',
  'GET /api/admin/accounts/{id}': 'admin',
  'PATCH /api/admin/accounts/{id}': 'admin',
  'GET /api/settings': 'self',
  'PATCH /api/settings': 'admin',
  'GET /api/settings/inbox': 'self',
  'PATCH /api/settings/inbox': 'admin',
  'GET /api/account/notifications': 'self',
  'PUT /api/account/notifications': 'self',
  'POST /api/admin/jobs/run-scan': 'admin',
  'GET /api/admin/jobs/{id}': 'admin',
  'GET /api/trail': 'trail',
  'GET /api/trail/verify': 'trail',
  'GET /api/roles': 'self',
  'POST /api/roles': 'ism',
  'GET /api/roles/{key}': 'self',
  'PATCH /api/roles/{key}': 'ism',
  'GET /api/assignments': 'self',
  'POST /api/assignments': 'ism_tm',
  'GET /api/assignments/{id}': 'self',
  'POST /api/assignments/{id}/end': 'ism_tm',
  'POST /api/assignments/{id}/stand-in': 'self',
  'POST /api/assignments/{id}/acknowledge': 'self',
  'GET /api/my/responsibilities': 'self',
  'GET /api/coverage': 'sod',
  'GET /api/coverage/items': 'sod',
  'GET /api/handovers': 'sod',
  'GET /api/handovers/{id}': 'sod',
  'POST /api/handovers/{id}/confirm': 'ism',
  'GET /api/admin/webhooks': 'admin',
  'POST /api/admin/webhooks': 'admin',
  'GET /api/admin/webhooks/{id}': 'admin',
  'PATCH /api/admin/webhooks/{id}': 'admin',
  'DELETE /api/admin/webhooks/{id}': 'admin',
  'POST /api/admin/webhooks/{id}/rotate-secret': 'admin',
  'POST /api/admin/webhooks/{id}/test': 'admin',
  'GET /api/admin/webhooks/{id}/deliveries': 'admin',
  'GET /api/inbox': 'self',
  'GET /api/inbox/summary': 'self',
  'GET /api/notifications': 'self',
  'POST /api/notifications/{id}/read': 'self',
  'POST /api/notifications/read-all': 'self',
  'PUT /api/people/{id}/absence': 'self',
  'GET /api/org-units': 'self',
  'GET /api/org-units/tree': 'self',
  'GET /api/org-units/{id}': 'self',
  'POST /api/org-units': 'people',
  'PATCH /api/org-units/{id}': 'people',
  'DELETE /api/org-units/{id}': 'people',
  'GET /api/people': 'self',
  'GET /api/people/{id}': 'self',
  'GET /api/people/export': 'people_export',
  'POST /api/people': 'people',
  'PATCH /api/people/{id}': 'people',
  'POST /api/people/import': 'people',
  'GET /api/raci': 'self',
  'GET /api/raci/export': 'self',
  'POST /api/raci/processes': 'ism',
  'PUT /api/raci/processes/{id}': 'ism',
  'DELETE /api/raci/processes/{id}': 'ism',
  'GET /api/sod/rules': 'self',
  'GET /api/sod/conflicts': 'sod',
  'GET /api/sod/exceptions': 'sod',
  'POST /api/sod/exceptions': 'ism',
  'GET /api/sod/exceptions/{id}': 'sod',
  'POST /api/sod/exceptions/{id}/approve': 'tm',
  'POST /api/sod/exceptions/{id}/reject': 'tm',
  'POST /api/sod/exceptions/{id}/revoke': 'ism_tm',
  'GET /api/org-chart': 'self',
  'GET /api/roles/{key}/document.pdf': 'self',
  'GET /api/responsibilities/document.pdf': 'sod',
  'GET /api/policies': 'self',
  'POST /api/policies': 'ism',
  'GET /api/policies/export': 'self',
  'GET /api/policies/{id}': 'self',
  'PATCH /api/policies/{id}': 'object',
  'POST /api/policies/{id}/retire': 'object',
  'GET /api/policies/{id}/reviews': 'self',
  'POST /api/policies/{id}/reviews': 'object',
  'POST /api/policies/{id}/reviews/{reviewId}/approve': 'object',
  'POST /api/policies/{id}/reviews/{reviewId}/return': 'object',
  'GET /api/policies/{id}/diff': 'self',
  'GET /api/policies/{id}/versions': 'self',
  'POST /api/policies/{id}/versions': 'object',
  'GET /api/policies/{id}/versions/{versionId}': 'object',
  'PUT /api/policies/{id}/versions/{versionId}': 'object',
  'DELETE /api/policies/{id}/versions/{versionId}': 'object',
  'POST /api/policies/{id}/versions/{versionId}/submit': 'object',
  'POST /api/policies/{id}/versions/{versionId}/approve': 'object',
  'POST /api/policies/{id}/versions/{versionId}/return': 'object',
  'POST /api/policies/{id}/versions/{versionId}/publish': 'object',
  'GET /api/policies/{id}/versions/{versionId}/comments': 'object',
  'POST /api/policies/{id}/versions/{versionId}/comments': 'object',
  'POST /api/policies/{id}/versions/{versionId}/reviewed': 'object',
  'GET /api/policies/{id}/versions/{versionId}/pdf': 'object',
  'POST /api/policies/{id}/versions/{versionId}/attachments': 'object',
  'GET /api/policies/{id}/versions/{versionId}/attachments/{attachmentId}': 'object',
  'DELETE /api/policies/{id}/versions/{versionId}/attachments/{attachmentId}': 'object',
  'GET /api/policies/{id}/versions/{versionId}/campaign': 'object',
  'GET /api/policies/{id}/versions/{versionId}/campaign/units': 'object',
  'GET /api/policies/{id}/versions/{versionId}/campaign/people': 'object',
  'GET /api/policies/{id}/versions/{versionId}/acknowledgements/export': 'object',
  'POST /api/policies/{id}/versions/{versionId}/acknowledge': 'object',
  'GET /api/my/policies': 'self',
  'GET /api/people/{id}/policy-acknowledgements': 'self',
  'GET /api/risks/method': 'risk',
  'GET /api/risks/method/versions': 'risk',
  'PUT /api/risks/method': 'ism',
  'GET /api/risks': 'risk',
  'POST /api/risks': 'risk',
  'GET /api/risks/export': 'risk',
  'GET /api/risks/report.pdf': 'risk',
  'GET /api/risks/heatmap': 'risk',
  'GET /api/risks/breakdown': 'risk',
  'GET /api/risks/actions': 'risk',
  'GET /api/risks/updates': 'sod',
  'GET /api/risks/views': 'risk',
  'POST /api/risks/views': 'risk',
  'DELETE /api/risks/views/{id}': 'risk',
  'GET /api/risks/import/template': 'ism',
  'POST /api/risks/import': 'ism',
  'GET /api/risks/{id}': 'object',
  'PATCH /api/risks/{id}': 'object',
  'POST /api/risks/{id}/close': 'object',
  'POST /api/risks/{id}/reopen': 'object',
  'POST /api/risks/{id}/assess': 'object',
  'GET /api/risks/{id}/assessments': 'object',
  'PUT /api/risks/{id}/treatment': 'object',
  'POST /api/risks/{id}/actions': 'object',
  'PATCH /api/risks/{id}/actions/{actionId}': 'object',
  'DELETE /api/risks/{id}/actions/{actionId}': 'object',
  'POST /api/risks/{id}/plan/approve': 'object',
  'POST /api/risks/{id}/accept': 'object',
  'GET /api/risks/{id}/updates': 'object',
  'POST /api/risks/{id}/updates': 'object',
  'GET /api/risks/{id}/treatment-plan.pdf': 'object',
  'GET /api/assets': 'self',
  'POST /api/assets': 'ism',
  'GET /api/assets/export': 'self',
  'GET /api/assets/{id}': 'object',
  'PATCH /api/assets/{id}': 'object',
  'PUT /api/assets/{id}/links': 'object',
  'GET /api/assets/import/template': 'ism',
  'POST /api/assets/import': 'ism',
  'GET /api/access-requests': 'self',
  'POST /api/access-requests': 'self',
  'GET /api/access-requests/{id}': 'object',
  'POST /api/access-requests/{id}/decision': 'object',
  'POST /api/access-requests/{id}/provision': 'object',
  'POST /api/access-requests/{id}/revoke': 'object',
  'POST /api/access-requests/{id}/cancel': 'object',
  'POST /api/entitlements/imports': 'entitlements',
  'GET /api/entitlements/imports': 'entitlements',
  'GET /api/entitlements/imports/{id}': 'entitlements',
  'GET /api/entitlements': 'entitlements',
  'GET /api/entitlements/unmatched-accounts': 'entitlements',
  'GET /api/entitlements/unmatched-accounts/export': 'entitlements',
  'POST /api/entitlements/accounts/{id}/match': 'object',
  'GET /api/toxic-rules': 'entitlements',
  'POST /api/toxic-rules': 'ism',
  'PUT /api/toxic-rules/{id}': 'ism',
  'GET /api/toxic-rules/conflicts': 'entitlements',
  'GET /api/toxic-rules/conflicts/export': 'entitlements',
  'GET /api/access-reviews': 'self',
  'POST /api/access-reviews': 'ism',
  'GET /api/access-reviews/{id}': 'object',
  'GET /api/access-reviews/{id}/reviewers': 'object',
  'GET /api/access-reviews/{id}/items': 'object',
  'POST /api/access-reviews/{id}/items/{entitlementId}/decision': 'object',
  'POST /api/access-reviews/{id}/items/decisions': 'object',
  'POST /api/access-reviews/{id}/items/reassign': 'ism',
  'POST /api/access-reviews/{id}/close': 'ism',
  'GET /api/access-reviews/{id}/revocations': 'object',
  'POST /api/access-reviews/{id}/revocations/done': 'object',
  'GET /api/access-reviews/{id}/evidence': 'object',
  'GET /api/control-tasks': 'controls',
  'POST /api/controls/{id}/tasks': 'object',
  'GET /api/control-tasks/{id}': 'controls',
  'PATCH /api/control-tasks/{id}': 'object',
  'POST /api/control-tasks/{id}/end': 'object',
  'POST /api/control-tasks/{id}/occurrences/{dueDate}/complete': 'object',
  'GET /api/controls/{id}/evidence': 'controls',
  'POST /api/controls/{id}/evidence': 'object',
  'POST /api/controls/{id}/evidence/links': 'object',
  'GET /api/controls/{id}/evidence/{evidenceId}/file': 'controls',
  'POST /api/controls/{id}/evidence/{evidenceId}/archive': 'object',
  'GET /api/controls': 'controls',
  'GET /api/controls/progress': 'controls',
  'GET /api/controls/clauses': 'controls',
  'POST /api/controls': 'ism',
  'GET /api/controls/{id}': 'controls',
  'PATCH /api/controls/{id}': 'object',
  'PUT /api/controls/{id}/applicability': 'ism',
  'PUT /api/controls/{id}/owner': 'ism',
  'POST /api/controls/{id}/implementers': 'ism',
  'DELETE /api/controls/{id}/implementers/{assignmentId}': 'ism',
  'PUT /api/controls/{id}/links': 'ism',
  'GET /api/soa': 'controls',
  'GET /api/soa/export': 'controls',
  'POST /api/soa/versions': 'ism',
  'GET /api/soa/versions': 'controls',
  'GET /api/soa/versions/{number}': 'controls',
  'GET /api/soa/versions/{number}/export': 'controls',
  'GET /api/audits/programme': 'audits',
  'PUT /api/audits/programme': 'ism',
  'PUT /api/audits/programme/frequencies': 'ism',
  'GET /api/audits/programme/coverage': 'audits',
  'GET /api/audits/programme/coverage/export': 'audits',
  'GET /api/audits/scope-options': 'audits',
  'GET /api/audits': 'audits',
  'POST /api/audits': 'ism',
  'GET /api/audits/{id}': 'audits',
  'PATCH /api/audits/{id}': 'ism',
  'GET /api/audits/{id}/independence': 'ism',
  'POST /api/audits/{id}/auditors': 'ism',
  'DELETE /api/audits/{id}/auditors/{assignmentId}': 'ism',
  'POST /api/audits/{id}/start': 'object',
  'POST /api/audits/{id}/sign-off': 'object',
  'POST /api/audits/{id}/cancel': 'ism',
  'GET /api/audits/{id}/report': 'audits',
  'GET /api/audits/{id}/items': 'audits',
  'PUT /api/audits/{id}/items/{itemId}': 'object',
  'POST /api/audits/{id}/items/{itemId}/evidence': 'object',
  'POST /api/audits/{id}/items/{itemId}/evidence/links': 'object',
  'GET /api/audits/{id}/evidence/{evidenceId}/file': 'audits',
  'GET /api/nonconformities': 'nonconformities',
  'GET /api/corrective-actions/{id}': 'nonconformities',
  'POST /api/nonconformities': 'nonconformities',
  'GET /api/nonconformities/ageing': 'nonconformities',
  'GET /api/nonconformities/export': 'nonconformities',
  'GET /api/nonconformities/{id}': 'nonconformities',
  'PATCH /api/nonconformities/{id}': 'object',
  'PUT /api/nonconformities/{id}/owner': 'object',
  'POST /api/nonconformities/{id}/actions': 'object',
  'PATCH /api/nonconformities/{id}/actions/{actionId}': 'object',
  'POST /api/nonconformities/{id}/actions/{actionId}/complete': 'object',
  'POST /api/nonconformities/{id}/actions/{actionId}/cancel': 'object',
  'POST /api/nonconformities/{id}/verify': 'nonconformities',
  'POST /api/incidents': 'self',
  'GET /api/incidents/mine': 'self',
  'GET /api/incidents/mine/{id}': 'object',
  'GET /api/incidents': 'incidents',
  'GET /api/incidents/export': 'incidents',
  'GET /api/incidents/metrics': 'incidents',
  'GET /api/incidents/settings': 'incidents',
  'PUT /api/incidents/settings': 'incidents',
  'GET /api/incidents/handler-options': 'incidents',
  'GET /api/incidents/{id}': 'incidents',
  'PATCH /api/incidents/{id}': 'incidents',
  'POST /api/incidents/{id}/triage': 'incidents',
  'PUT /api/incidents/{id}/handler': 'incidents',
  'POST /api/incidents/{id}/timeline': 'incidents',
  'POST /api/incidents/{id}/phases': 'incidents',
  'POST /api/incidents/{id}/communications': 'incidents',
  'POST /api/incidents/{id}/links': 'incidents',
  'DELETE /api/incidents/{id}/links/{type}/{targetId}': 'incidents',
  'POST /api/incidents/{id}/close': 'incidents',
  'GET /api/incidents/{id}/report': 'incidents',
  'GET /api/incidents/{id}/attachments/{attachmentId}': 'object',
  'POST /api/incidents/{id}/attachments': 'object',
};

/** A body that passes validation, so a refusal can only come from authentication or authorization. */
const VALID_BODY: Record<string, object> = {
  'POST /api/account/password': { currentPassword: 'x', newPassword: 'a long enough password' },
  'POST /api/account/tokens': { name: 'n' },
  'POST /api/admin/accounts': { email: 'deny@example.org', fullName: 'Deny', password: 'a long enough password' },
  'PATCH /api/admin/accounts/{id}': { version: 1, isAdmin: true },
  'PATCH /api/settings': { version: 1, organisationName: 'Denied' },
  'PATCH /api/settings/inbox': { version: 1, reminderLeadDays: 9 },
  'PUT /api/account/notifications': { version: 1, emailMode: 'off' },
  'POST /api/roles': { key: 'denied', name: 'D', summary: 'D', responsibilities: ['d'], scopeTypes: ['isms'] },
  'PATCH /api/roles/{key}': { version: 1, name: 'Denied' },
  'POST /api/assignments': {
    personId: '01900000-0000-7000-8000-000000000000',
    roleKey: 'sysadmin',
    reason: 'Denied',
  },
  'POST /api/assignments/{id}/end': { version: 1, reason: 'Denied' },
  'POST /api/assignments/{id}/stand-in': { version: 1, from: null, until: null },
  'POST /api/assignments/{id}/acknowledge': { textVersion: 1 },
  'POST /api/handovers/{id}/confirm': { version: 1 },
  'PUT /api/people/{id}/absence': { version: 1, from: null, until: null },
  'POST /api/admin/webhooks': { name: 'Denied', url: 'https://hooks.example.org/x', events: ['*'] },
  'PATCH /api/admin/webhooks/{id}': { version: 1, active: false },
  'POST /api/admin/webhooks/{id}/rotate-secret': { version: 1 },
  'POST /api/org-units': { code: 'DENY', name: 'Denied' },
  'PATCH /api/org-units/{id}': { version: 1, name: 'Denied' },
  'POST /api/people': { fullName: 'Denied', email: 'denied@example.org' },
  'PATCH /api/people/{id}': { version: 1, status: 'leaver' },
  'POST /api/raci/processes': { name: 'Denied', cells: { isms_manager: 'A' } },
  'PUT /api/raci/processes/{id}': { version: 1, name: 'Denied', cells: { isms_manager: 'A' } },
  'POST /api/sod/exceptions': {
    ruleId: 'SOD-01',
    personId: '01900000-0000-7000-8000-000000000000',
    justification: 'j',
    compensatingControl: 'c',
    validFrom: '2030-01-01T00:00:00Z',
    validTo: '2030-02-01T00:00:00Z',
  },
  'POST /api/sod/exceptions/{id}/approve': { version: 1, note: 'n' },
  'POST /api/sod/exceptions/{id}/reject': { version: 1, note: 'n' },
  'POST /api/sod/exceptions/{id}/revoke': { version: 1, note: 'n' },
  'POST /api/policies': { title: 'Denied' },
  'PATCH /api/policies/{id}': { version: 1, title: 'Denied' },
  'POST /api/policies/{id}/retire': { version: 1, reason: 'Denied' },
  'POST /api/policies/{id}/reviews': { version: 1, note: 'Denied' },
  'POST /api/policies/{id}/reviews/{reviewId}/approve': { version: 1 },
  'POST /api/policies/{id}/reviews/{reviewId}/return': { version: 1, note: 'Denied' },
  'PUT /api/policies/{id}/versions/{versionId}': { version: 1, title: 'Denied', body: 'Denied' },
  'POST /api/policies/{id}/versions/{versionId}/submit': { version: 1 },
  'POST /api/policies/{id}/versions/{versionId}/approve': { version: 1 },
  'POST /api/policies/{id}/versions/{versionId}/return': { version: 1, note: 'Denied' },
  'POST /api/policies/{id}/versions/{versionId}/publish': { version: 1 },
  'POST /api/policies/{id}/versions/{versionId}/comments': { body: 'Denied' },
  'POST /api/policies/{id}/versions/{versionId}/reviewed': {},
  'POST /api/policies/{id}/versions/{versionId}/acknowledge': { answers: [] },
  'PUT /api/risks/method': {
    basedOnVersion: 1,
    likelihood: [1, 2, 3].map((value) => ({ value, label: `L${value}`, description: '' })),
    impact: [1, 2, 3].map((value) => ({ value, label: `I${value}`, description: '' })),
    levels: [
      { key: 'low', label: 'Low', color: '#00aa00', minScore: 1 },
      { key: 'high', label: 'High', color: '#aa0000', minScore: 5 },
    ],
    appetiteScore: 4,
    assessmentIntervalMonths: 12,
    acceptanceMaxMonths: 12,
    note: 'Denied',
  },
  'POST /api/risks': { title: 'Denied', category: 'Denied' },
  'POST /api/risks/views': { name: 'Denied', query: {} },
  'POST /api/risks/import': {},
  'PATCH /api/risks/{id}': { version: 1, title: 'Denied' },
  'POST /api/risks/{id}/close': { version: 1, reason: 'Denied' },
  'POST /api/risks/{id}/reopen': { version: 1, reason: 'Denied' },
  'POST /api/risks/{id}/assess': {
    version: 1,
    inherentLikelihood: 1,
    inherentImpact: 1,
    residualLikelihood: 1,
    residualImpact: 1,
    rationale: 'Denied',
  },
  'PUT /api/risks/{id}/treatment': { version: 1, option: 'retain' },
  'POST /api/risks/{id}/actions': { title: 'Denied' },
  'PATCH /api/risks/{id}/actions/{actionId}': { version: 1, status: 'done' },
  'POST /api/risks/{id}/plan/approve': { planVersion: 1 },
  'POST /api/risks/{id}/accept': { version: 1, justification: 'Denied', expiresOn: '2030-01-01' },
  'POST /api/risks/{id}/updates': { kind: 'status', body: 'Denied' },
  'POST /api/assets': {
    name: 'Denied',
    type: 'system',
    confidentiality: 1,
    integrity: 1,
    availability: 1,
    label: 'internal',
  },
  'PATCH /api/assets/{id}': { version: 1 },
  'PUT /api/assets/{id}/links': { version: 1, riskIds: [], controlIds: [] },
  'POST /api/access-requests': {
    assetId: '01900000-0000-7000-8000-000000000000',
    entitlement: 'Denied',
    reason: 'Denied',
  },
  'POST /api/access-requests/{id}/decision': { version: 1, decision: 'approve' },
  'POST /api/access-requests/{id}/provision': { version: 1 },
  'POST /api/access-requests/{id}/revoke': { version: 1 },
  'POST /api/access-requests/{id}/cancel': { version: 1 },
  'POST /api/entitlements/accounts/{id}/match': { personId: '01900000-0000-7000-8000-000000000000' },
  'POST /api/toxic-rules': {
    name: 'Denied',
    leftAssetId: '01900000-0000-7000-8000-000000000000',
    leftEntitlement: 'a',
    rightAssetId: '01900000-0000-7000-8000-000000000000',
    rightEntitlement: 'b',
  },
  'PUT /api/toxic-rules/{id}': {
    name: 'Denied',
    leftAssetId: '01900000-0000-7000-8000-000000000000',
    leftEntitlement: 'a',
    rightAssetId: '01900000-0000-7000-8000-000000000000',
    rightEntitlement: 'b',
    version: 1,
  },
  'POST /api/access-reviews': { title: 'Denied', assetIds: [], dueOn: '2030-01-01' },
  'POST /api/access-reviews/{id}/items/{entitlementId}/decision': { decision: 'keep' },
  'POST /api/access-reviews/{id}/items/decisions': { decision: 'keep' },
  'POST /api/access-reviews/{id}/items/reassign': {
    entitlementIds: ['x'],
    reviewerId: '01900000-0000-7000-8000-000000000000',
  },
  'POST /api/access-reviews/{id}/close': { version: 1 },
  'POST /api/access-reviews/{id}/revocations/done': { entitlementIds: ['x'] },
  'POST /api/controls/{id}/tasks': { title: 'Denied', frequency: 'monthly', firstDue: '2030-01-01' },
  'PATCH /api/control-tasks/{id}': { version: 1, title: 'Denied' },
  'POST /api/control-tasks/{id}/occurrences/{dueDate}/complete': { note: 'Denied' },
  'POST /api/controls/{id}/evidence/links': { title: 'Denied', url: 'https://denied.example.org/' },
  'POST /api/controls': { code: 'DENIED-1', title: 'Denied', theme: 'people' },
  'PATCH /api/controls/{id}': { version: 1, status: 'implemented' },
  'PUT /api/controls/{id}/applicability': { version: 1, applicable: true, reasons: ['legal'] },
  'PUT /api/controls/{id}/owner': { personId: null },
  'POST /api/controls/{id}/implementers': { personId: '01900000-0000-7000-8000-000000000000' },
  'PUT /api/controls/{id}/links': { version: 1, riskIds: [], riskActionIds: [] },
  'POST /api/soa/versions': { note: 'Denied' },
  'PUT /api/audits/programme': {
    title: 'Denied',
    cycleStart: '2030-01-01',
    cycleEnd: '2032-12-31',
    clauseFrequencyMonths: 12,
    controlFrequencyMonths: 36,
    version: 0,
  },
  'PUT /api/audits/programme/frequencies': { itemType: 'clause', itemId: '4.1', frequencyMonths: 6 },
  'POST /api/audits': {
    title: 'Denied',
    plannedStart: '2030-01-01',
    plannedEnd: '2030-01-02',
    scope: [{ type: 'clause', id: '4.1' }],
  },
  'PATCH /api/audits/{id}': { version: 1, title: 'Denied' },
  'POST /api/audits/{id}/auditors': { personId: '01900000-0000-7000-8000-000000000000' },
  'POST /api/audits/{id}/start': { version: 1 },
  'POST /api/audits/{id}/sign-off': { version: 1, conclusion: 'Denied' },
  'POST /api/audits/{id}/cancel': { version: 1, reason: 'Denied' },
  'PUT /api/audits/{id}/items/{itemId}': { version: 1, result: 'conforming' },
  'POST /api/audits/{id}/items/{itemId}/evidence/links': { title: 'Denied', url: 'https://denied.example.org/' },
  'POST /api/nonconformities': { title: 'Denied', description: 'Denied', severity: 'minor', source: 'other' },
  'PATCH /api/nonconformities/{id}': { version: 1, title: 'Denied' },
  'PUT /api/nonconformities/{id}/owner': { personId: null },
  'POST /api/nonconformities/{id}/actions': {
    title: 'Denied',
    dueDate: '2030-01-01',
    ownerPersonId: '01900000-0000-7000-8000-000000000000',
  },
  'PATCH /api/nonconformities/{id}/actions/{actionId}': { version: 1, title: 'Denied' },
  'POST /api/nonconformities/{id}/actions/{actionId}/complete': { version: 1, note: 'Denied' },
  'POST /api/nonconformities/{id}/actions/{actionId}/cancel': { version: 1, reason: 'Denied' },
  'POST /api/nonconformities/{id}/verify': { version: 1, effective: true, note: 'Denied' },
  'POST /api/incidents': { title: 'Allowed', occurredAt: '2026-01-01T00:00:00.000Z' },
  'PUT /api/incidents/settings': {
    triageHours: 24,
    closeDays: 14,
    severities: Object.fromEntries(
      ['low', 'medium', 'high', 'critical'].map((k) => [k, { containHours: 1, resolveHours: 2 }]),
    ),
    version: 0,
  },
  'PATCH /api/incidents/{id}': { version: 1, title: 'Denied' },
  'POST /api/incidents/{id}/triage': { version: 1, classification: 'event', outcome: 'Denied' },
  'PUT /api/incidents/{id}/handler': { personId: null },
  'POST /api/incidents/{id}/timeline': { kind: 'note', text: 'Denied' },
  'POST /api/incidents/{id}/phases': { phase: 'contain', note: 'Denied', version: 1 },
  'POST /api/incidents/{id}/communications': {
    partyKind: 'authority',
    party: 'Denied',
    summary: 'Denied',
    communicatedAt: '2026-01-01T00:00:00.000Z',
  },
  'POST /api/incidents/{id}/links': { type: 'asset', id: '01900000-0000-7000-8000-000000000000' },
  'POST /api/incidents/{id}/close': { version: 1, lessonsLearned: 'Denied', outcome: 'Denied' },
};

/** A query string that passes validation, for routes that need one. */
const VALID_QUERY: Record<string, string> = {
  'GET /api/coverage/items': '?check=vacant_roles',
  'DELETE /api/raci/processes/{id}': '?version=1',
  'GET /api/policies/{id}/diff': `?from=01900000-0000-7000-8000-000000000000&to=01900000-0000-7000-8000-000000000000`,
  'POST /api/policies/{id}/versions/{versionId}/attachments': '?fileName=denied.txt',
  'DELETE /api/risks/{id}/actions/{actionId}': '?version=1',
  'POST /api/controls/{id}/evidence': '?fileName=denied.txt',
  'GET /api/audits/scope-options': '?type=clause',
  'GET /api/audits/{id}/independence': '?personId=01900000-0000-7000-8000-000000000000',
  'POST /api/audits/{id}/items/{itemId}/evidence': '?fileName=denied.txt',
  'POST /api/incidents/{id}/attachments': '?fileName=denied.txt',
};

const ID = '01900000-0000-7000-8000-000000000000';

for (const dialect of DIALECTS) {
  describe(`[HARDENING] every route's access on ${dialect}`, () => {
    let t: TestApp;
    let employee: Client;
    let ops: { key: string; method: string; url: string }[];
    beforeAll(async () => {
      t = await createTestApp(dialect);
      employee = await signIn(t, buildAccount());
      const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      ops = Object.entries(spec.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => ({
          key: `${m.toUpperCase()} ${path}`,
          method: m.toUpperCase(),
          url:
            path
              .replace('{id}', employee.accountId)
              .replace('{key}', 'sysadmin')
              .replace('{number}', '1')
              .replace('{dueDate}', '2026-01-01')
              .replace('{type}', 'asset')
              .replace(/\{[A-Za-z]+\}/g, ID) + (VALID_QUERY[`${m.toUpperCase()} ${path}`] ?? ''),
        })),
      );
    });
    afterAll(async () => t.close());

    const trailCount = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('trail_event')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('every route in the OpenAPI document has an access row, and every row a route', () => {
      const keys = ops.map((o) => o.key).sort();
      expect(keys.filter((k) => !(k in ACCESS))).toEqual([]);
      expect(Object.keys(ACCESS).filter((k) => !keys.includes(k))).toEqual([]);
    });

    it('every non-public route answers 401 problem+json without credentials', async () => {
      for (const op of ops.filter((o) => ACCESS[o.key] !== 'public')) {
        const res = await t.app.inject({
          method: op.method as 'GET',
          url: op.url.replace(employee.accountId, ID),
          payload: VALID_BODY[op.key],
        });
        expect(res.statusCode, op.key).toBe(401);
        expect(res.headers['content-type'], op.key).toContain('application/problem+json');
        expect(res.json().code, op.key).toBe('unauthenticated');
      }
    });

    it('every route beyond self answers 403 to a signed-in employee and writes nothing', async () => {
      const before = await trailCount();
      const denied = [
        'admin',
        'trail',
        'ism',
        'tm',
        'sod',
        'ism_tm',
        'people',
        'people_export',
        'risk',
        'entitlements',
        'controls',
        'nonconformities',
        'audits',
        'incidents',
      ];
      for (const op of ops.filter((o) => denied.includes(ACCESS[o.key] ?? 'unlisted'))) {
        const res = await employee.request(op.method, op.url, VALID_BODY[op.key]);
        expect(res.statusCode, op.key).toBe(403);
        expect(res.json().code, op.key).toBe('forbidden');
      }
      expect(await trailCount()).toBe(before);
    });

    it('every object-decided route answers a signed-in employee 403 or 404 and writes nothing', async () => {
      const before = await trailCount();
      for (const op of ops.filter((o) => ACCESS[o.key] === 'object')) {
        const res = await employee.request(op.method, op.url, VALID_BODY[op.key]);
        expect([403, 404], `${op.key} ${res.body}`).toContain(res.statusCode);
      }
      expect(await trailCount()).toBe(before);
    });

    it('every mutation refuses a read-only API token', async () => {
      const { token } = (await employee.request('POST', '/api/account/tokens', { name: 'ro', scope: 'read' })).json<{
        token: string;
      }>();
      const before = await trailCount();
      for (const op of ops.filter((o) => ACCESS[o.key] !== 'public' && o.method !== 'GET')) {
        const res = await t.app.inject({
          method: op.method as 'POST',
          url: op.url,
          headers: { authorization: `Bearer ${token}` },
          payload: VALID_BODY[op.key],
        });
        expect(res.statusCode, op.key).toBe(403);
        expect(res.json().code, op.key).toBe('token_scope');
      }
      expect(await trailCount()).toBe(before);
    });

    it('the OpenAPI document and its docs UI are public', async () => {
      const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
      expect(doc.statusCode).toBe(200);
      expect(doc.json()).toMatchObject({ openapi: '3.1.0' });
      const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(ui.statusCode).toBe(200);
      expect(ui.headers['content-type']).toContain('text/html');
      const cfg = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(cfg.statusCode).toBe(200);
    });

    it('a garbled session cookie is treated as no session', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: 'remit_session=%%%garbage' },
      });
      expect(res.statusCode).toBe(401);
    });
  });
}
