import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types. Timestamps are ISO 8601 UTC strings, booleans 0/1, JSON as text (see db/json.ts). */
export type PersonTable = {
  id: string;
  full_name: string;
  email: string;
  status: 'active' | 'leaver';
  employee_id: string | null;
  job_title: string | null;
  org_unit_id: string | null;
  manager_id: string | null;
  /** YYYY-MM-DD */
  start_date: string | null;
  /** YYYY-MM-DD */
  leave_date: string | null;
  source: Generated<'manual' | 'account' | 'hr_import' | 'demo' | 'scim'>;
  /** While absent (ISO instants, [from, until)), deputies stand in for the person's roles. */
  absent_from: string | null;
  absent_until: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type OrgUnitTable = {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type RoleTable = {
  key: string;
  name: string;
  summary: string;
  /** JSON: { id: string; text: string }[] — one item per duty. */
  responsibilities: string;
  /** JSON string[]: the decisions the role takes, as its job description states them. */
  authorities: string;
  /** JSON: Action keys (core/authorize.ts DELEGABLE_ACTIONS) a custom role grants. */
  grants: string;
  /** JSON: scope types the role may be assigned for ('isms', 'org_unit', ...). */
  scope_types: string;
  /** 1: at most one holder per scope at any time. */
  exclusive: number;
  builtin: number;
  position: number;
  /** Bumped whenever summary or responsibilities change: acknowledgements are per text version. */
  text_version: number;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type AssignmentTable = {
  id: string;
  person_id: string;
  role_key: string;
  scope_type: string;
  scope_id: string | null;
  scope_key: string;
  kind: 'holder' | 'deputy';
  exclusive: number;
  valid_from: string;
  valid_to: string | null;
  stand_in_from: string | null;
  stand_in_until: string | null;
  acknowledged_at: string | null;
  acknowledged_version: number | null;
  assigned_by: string | null;
  reason: string;
  ended_by: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type AssignmentAckTable = {
  id: string;
  assignment_id: string;
  person_id: string;
  role_key: string;
  text_version: number;
  acknowledged_at: string;
};

export type RaciProcessTable = {
  id: string;
  key: string;
  name: string;
  /** JSON string[] */
  iso_refs: string;
  rationale: string;
  position: number;
  created_at: string;
  updated_at: string;
  version: number;
};

export type RaciCellTable = {
  process_id: string;
  role_key: string;
  value: 'R' | 'A' | 'A/R' | 'C' | 'I';
};

export type SodExceptionTable = {
  id: string;
  reference: string;
  rule_id: string;
  person_id: string;
  justification: string;
  compensating_control: string;
  valid_from: string;
  valid_to: string;
  status: 'requested' | 'approved' | 'rejected' | 'revoked';
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  version: number;
};

export type HandoverTable = {
  id: string;
  person_id: string;
  status: 'open' | 'confirmed';
  source: 'manual' | 'hr_import' | 'scim';
  opened_at: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
  /** JSON: what the confirmation moved, per assignment. */
  result: string | null;
  version: number;
};

export type AccountTable = {
  id: string;
  person_id: string;
  email: string;
  password_hash: string | null;
  is_admin: number;
  status: 'active' | 'disabled';
  failed_logins: number;
  locked_until: string | null;
  password_changed_at: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type SessionTable = {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  revoked_at: string | null;
};

export type ApiTokenTable = {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  scope: 'read' | 'write';
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
};

export type SettingTable = {
  key: string;
  value: string;
  updated_at: string;
  version: number;
};

export type TrailEventTable = {
  seq: number;
  id: string;
  occurred_at: string;
  actor_person_id: string | null;
  actor_account_id: string | null;
  authorized_by: string | null;
  authorized_as: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  changes: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
};

export type TrailLockTable = {
  id: number;
  last_seq: number;
  last_hash: string;
};

export type Database = {
  person: PersonTable;
  account: AccountTable;
  session: SessionTable;
  api_token: ApiTokenTable;
  setting: SettingTable;
  trail_event: TrailEventTable;
  trail_head: TrailLockTable;
  org_unit: OrgUnitTable;
  role: RoleTable;
  assignment: AssignmentTable;
  assignment_ack: AssignmentAckTable;
  raci_process: RaciProcessTable;
  raci_cell: RaciCellTable;
  sod_exception: SodExceptionTable;
  handover: HandoverTable;
  notification: NotificationTable;
  notification_pref: NotificationPrefTable;
  job: JobTable;
  reminder_sent: ReminderSentTable;
  webhook: WebhookTable;
  webhook_delivery: WebhookDeliveryTable;
  blob: BlobTable;
  policy: PolicyTable;
  policy_audience: PolicyAudienceTable;
  policy_version: PolicyVersionTable;
  policy_reviewer: PolicyReviewerTable;
  policy_comment: PolicyCommentTable;
  policy_attachment: PolicyAttachmentTable;
  policy_ack: PolicyAckTable;
  policy_review: PolicyReviewTable;
  risk_method: RiskMethodTable;
  risk: RiskTable;
  risk_assessment: RiskAssessmentTable;
  risk_action: RiskActionTable;
  risk_acceptance: RiskAcceptanceTable;
  risk_update: RiskUpdateTable;
  risk_view: RiskViewTable;
  asset: AssetTable;
  asset_link: AssetLinkTable;
  access_request: AccessRequestTable;
  system_account: SystemAccountTable;
  entitlement: EntitlementTable;
  entitlement_import: EntitlementImportTable;
  toxic_rule: ToxicRuleTable;
  access_review: AccessReviewTable;
  access_review_asset: AccessReviewAssetTable;
  access_review_item: AccessReviewItemTable;
  catalogue: CatalogueTable;
  control: ControlTable;
  isms_clause: IsmsClauseTable;
  control_link: ControlLinkTable;
  control_task: ControlTaskTable;
  control_task_occurrence: ControlTaskOccurrenceTable;
  control_evidence: ControlEvidenceTable;
  soa_version: SoaVersionTable;
  audit_programme: AuditProgrammeTable;
  audit_programme_frequency: AuditProgrammeFrequencyTable;
  audit: AuditTable;
  audit_scope: AuditScopeTable;
  audit_item: AuditItemTable;
  audit_evidence: AuditEvidenceTable;
  nonconformity: NonconformityTable;
  corrective_action: CorrectiveActionTable;
  nc_verification: NcVerificationTable;
  incident_settings: IncidentSettingsTable;
  incident: IncidentTable;
  incident_entry: IncidentEntryTable;
  incident_communication: IncidentCommunicationTable;
  incident_attachment: IncidentAttachmentTable;
  incident_link: IncidentLinkTable;
};

export type PersonRow = Selectable<PersonTable>;
export type AccountRow = Selectable<AccountTable>;
export type SessionRow = Selectable<SessionTable>;
export type ApiTokenRow = Selectable<ApiTokenTable>;
export type TrailEventRow = Selectable<TrailEventTable>;
export type AccountUpdate = Updateable<AccountTable>;
export type OrgUnitRow = Selectable<OrgUnitTable>;
export type RoleRow = Selectable<RoleTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
export type RaciProcessRow = Selectable<RaciProcessTable>;
export type SodExceptionRow = Selectable<SodExceptionTable>;
export type HandoverRow = Selectable<HandoverTable>;
export type PersonInsert = Insertable<PersonTable>;

export type NotificationTable = {
  id: string;
  person_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  object_type: string | null;
  object_id: string | null;
  created_at: string;
  read_at: string | null;
};

export type NotificationPrefTable = {
  person_id: string;
  email_mode: 'immediate' | 'digest' | 'off';
  updated_at: string;
  version: number;
};

export type JobTable = {
  id: string;
  type: string;
  /** JSON */
  payload: string;
  /** skipped: ended unrun because it could not apply (mail disabled); last_error says why. */
  status: 'queued' | 'running' | 'done' | 'skipped' | 'dead';
  run_at: string;
  attempts: number;
  max_attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
};

export type ReminderSentTable = {
  key: string;
  person_id: string;
  duty_key: string;
  stage: string;
  sent_at: string;
};

export type WebhookTable = {
  id: string;
  name: string;
  url: string;
  /** JSON string[] of event types (trail actions or prefixes like "assignment.*"). */
  events: string;
  /** The signing secret, encrypted at rest. */
  secret_enc: string;
  /** Last four characters, to recognise it. */
  secret_hint: string;
  active: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type WebhookDeliveryTable = {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  response_status: number | null;
  response_ms: number | null;
  error: string | null;
  created_at: string;
  last_attempt_at: string | null;
  /** When the next attempt is queued for, while the delivery is pending after a failure. */
  next_attempt_at: string | null;
  delivered_at: string | null;
};

/** An uploaded file's content, stored once per SHA-256. */
export type BlobTable = {
  sha256: string;
  size: number;
  data: Buffer;
  created_at: string;
};

export type PolicyTable = {
  id: string;
  number: number;
  /** POL-001 */
  reference: string;
  kind: 'isms' | 'topic';
  title: string;
  summary: string;
  approver_role_key: string;
  review_interval_months: number;
  ack_within_days: number;
  audience_everyone: number;
  current_version_id: string | null;
  next_review_at: string | null;
  retired_at: string | null;
  retired_by: string | null;
  retire_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type PolicyAudienceTable = { policy_id: string; kind: 'org_unit' | 'role'; ref: string };

export type PolicyVersionStatus = 'draft' | 'in_review' | 'approved' | 'published' | 'superseded' | 'retired';

export type PolicyVersionTable = {
  id: string;
  policy_id: string;
  number: number;
  status: PolicyVersionStatus;
  title: string;
  body: string;
  change_summary: string;
  /** JSON: { passMark: number; questions: { id, question, options, answer }[] } or null. */
  quiz: string | null;
  /** JSON: person ids of everyone who wrote this version (none of them may approve it). */
  authors: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  submitted_by: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approved_role_key: string | null;
  approved_assignment_id: string | null;
  approval_note: string | null;
  /** SHA-256 of the approved title and body: what was approved is what is published. */
  content_sha256: string | null;
  returned_at: string | null;
  returned_by: string | null;
  return_note: string | null;
  published_at: string | null;
  published_by: string | null;
  version: number;
};

export type PolicyReviewerTable = {
  version_id: string;
  person_id: string;
  requested_at: string;
  reviewed_at: string | null;
};

export type PolicyCommentTable = {
  id: string;
  version_id: string;
  person_id: string;
  body: string;
  created_at: string;
};

export type PolicyAttachmentTable = {
  id: string;
  version_id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: string;
};

export type PolicyAckTable = {
  version_id: string;
  person_id: string;
  acknowledged_at: string;
  quiz_score: number | null;
  account_id: string | null;
};

export type PolicyReviewTable = {
  id: string;
  policy_id: string;
  version_id: string;
  outcome: 'no_change' | 'revised';
  status: 'requested' | 'approved' | 'returned' | 'recorded';
  note: string;
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decided_role_key: string | null;
  decision_note: string | null;
  version: number;
};

export type RiskMethodTable = {
  version: number;
  /** JSON: { value, label, description }[] from 1 upwards. */
  likelihood: string;
  impact: string;
  /** JSON: { key, label, color, minScore }[] by minScore. */
  levels: string;
  appetite_score: number;
  assessment_interval_months: number;
  acceptance_max_months: number;
  note: string;
  created_by: string | null;
  created_at: string;
};

export type RiskTable = {
  id: string;
  number: number;
  /** RSK-0001 */
  reference: string;
  title: string;
  description: string;
  category: string;
  org_unit_id: string | null;
  threat: string;
  vulnerability: string;
  inherent_likelihood: number | null;
  inherent_impact: number | null;
  inherent_score: number | null;
  residual_likelihood: number | null;
  residual_impact: number | null;
  residual_score: number | null;
  method_version: number | null;
  assessed_at: string | null;
  next_assessment_at: string | null;
  treatment_option: 'modify' | 'retain' | 'avoid' | 'share' | null;
  treatment_note: string;
  plan_version: number;
  plan_approved_version: number | null;
  plan_approved_at: string | null;
  plan_approved_by: string | null;
  plan_approved_role_key: string | null;
  accepted_until: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type RiskAssessmentTable = {
  id: string;
  risk_id: string;
  method_version: number;
  inherent_likelihood: number;
  inherent_impact: number;
  inherent_score: number;
  residual_likelihood: number;
  residual_impact: number;
  residual_score: number;
  rationale: string;
  assessed_by: string | null;
  assessed_role_key: string | null;
  assessed_at: string;
};

export type RiskActionTable = {
  id: string;
  risk_id: string;
  title: string;
  description: string;
  owner_person_id: string | null;
  /** YYYY-MM-DD */
  due_date: string | null;
  status: 'planned' | 'in_progress' | 'done' | 'cancelled';
  completed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type RiskAcceptanceTable = {
  id: string;
  risk_id: string;
  residual_score: number;
  level_key: string;
  above_appetite: number;
  method_version: number;
  justification: string;
  accepted_by: string;
  accepted_role_key: string;
  accepted_assignment_id: string | null;
  accepted_at: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
};

export type RiskUpdateTable = {
  id: string;
  risk_id: string;
  person_id: string;
  kind: 'status' | 'concern';
  body: string;
  created_at: string;
};

export type RiskViewTable = { id: string; person_id: string; name: string; query: string; created_at: string };

export type AssetTable = {
  id: string;
  number: number;
  reference: string;
  name: string;
  description: string;
  type: string;
  status: string;
  org_unit_id: string | null;
  parent_id: string | null;
  confidentiality: number;
  integrity: number;
  availability: number;
  label: string;
  location: string;
  external_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type AssetRow = Selectable<AssetTable>;

export type AssetLinkTable = {
  asset_id: string;
  object_type: string;
  object_ref: string;
  created_by: string | null;
  created_at: string;
};

export type AccessRequestTable = {
  id: string;
  number: number;
  reference: string;
  asset_id: string;
  requester_id: string;
  beneficiary_id: string;
  entitlement: string;
  privileged: number;
  reason: string;
  until: string | null;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  decided_role_key: string | null;
  decided_assignment_id: string | null;
  decision_note: string | null;
  provisioned_by: string | null;
  provisioned_at: string | null;
  entitlement_id: string | null;
  revoked_by: string | null;
  revoked_at: string | null;
  revoke_note: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type AccessRequestRow = Selectable<AccessRequestTable>;

export type SystemAccountTable = {
  id: string;
  asset_id: string;
  name: string;
  person_id: string | null;
  matched_by: string | null;
  first_seen_at: string;
  last_seen_at: string;
};

export type EntitlementTable = {
  id: string;
  asset_id: string;
  account_id: string;
  person_id: string | null;
  name: string;
  privileged: number;
  source: string;
  first_seen_at: string;
  changed_at: string;
  last_import_id: string | null;
  removed_at: string | null;
  last_certified_at: string | null;
};
export type EntitlementRow = Selectable<EntitlementTable>;

export type EntitlementImportTable = {
  id: string;
  file_name: string;
  status: string;
  rows_read: Generated<number>;
  rows_imported: Generated<number>;
  rows_failed: Generated<number>;
  accounts_unmatched: Generated<number>;
  removed: Generated<number>;
  systems: Generated<string>;
  errors: Generated<string>;
  started_by: string | null;
  started_at: string;
  finished_at: string | null;
};

export type ToxicRuleTable = {
  id: string;
  number: number;
  reference: string;
  name: string;
  description: string;
  left_asset_id: string;
  left_entitlement: string;
  right_asset_id: string;
  right_entitlement: string;
  active: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type ToxicRuleRow = Selectable<ToxicRuleTable>;

export type AccessReviewTable = {
  id: string;
  number: number;
  reference: string;
  title: string;
  differential: number;
  status: string;
  due_at: string;
  item_count: Generated<number>;
  created_by: string | null;
  created_at: string;
  closed_by: string | null;
  closed_at: string | null;
  closed_role_key: string | null;
  version: Generated<number>;
};
export type AccessReviewRow = Selectable<AccessReviewTable>;

export type AccessReviewAssetTable = { review_id: string; asset_id: string };

export type AccessReviewItemTable = {
  review_id: string;
  entitlement_id: string;
  asset_id: string;
  account_id: string;
  account_name: string;
  person_id: string | null;
  name: string;
  privileged: number;
  reviewer_id: string | null;
  routed: string | null;
  toxic: Generated<number>;
  decision: string | null;
  modify_to: string | null;
  comment: string | null;
  decided_by: string | null;
  decided_at: string | null;
  revoked_by: string | null;
  revoked_at: string | null;
};
export type AccessReviewItemRow = Selectable<AccessReviewItemTable>;

export type CatalogueTable = {
  id: string;
  kind: string;
  name: string;
  version: string;
  source: string;
  item_count: number;
  loaded_at: string;
};

export type ControlTable = {
  id: string;
  catalogue_id: string;
  code: string;
  reference: string;
  title: string;
  description: string;
  theme: string;
  custom: number;
  sort_key: string;
  applicable: number | null;
  /** JSON array of justification reasons. */
  reasons: Generated<string>;
  justification: Generated<string>;
  decided_at: string | null;
  decided_by: string | null;
  status: Generated<string>;
  implementation_note: Generated<string>;
  retired_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type ControlRow = Selectable<ControlTable>;

export type IsmsClauseTable = {
  id: string;
  catalogue_id: string;
  parent_id: string | null;
  title: string;
  mandatory_documented_information: number;
  evidence: string;
  sort_key: string;
};

export type ControlLinkTable = {
  control_id: string;
  target_type: string;
  target_id: string;
  created_by: string | null;
  created_at: string;
};

export type ControlTaskTable = {
  id: string;
  number: number;
  reference: string;
  control_id: string;
  title: string;
  instructions: string;
  frequency: string;
  interval: number;
  first_due: string;
  grace_days: number;
  lead_days: number;
  evidence_rule: string;
  assignee_person_id: string | null;
  ended_at: string | null;
  ended_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type ControlTaskRow = Selectable<ControlTaskTable>;

export type ControlTaskOccurrenceTable = {
  task_id: string;
  due_date: string;
  completed_at: string;
  completed_by: string;
  completed_role_key: string | null;
  completed_assignment_id: string | null;
  note: string;
  late: Generated<number>;
};
export type ControlTaskOccurrenceRow = Selectable<ControlTaskOccurrenceTable>;

export type ControlEvidenceTable = {
  id: string;
  number: number;
  reference: string;
  control_id: string;
  kind: string;
  title: string;
  description: string;
  sha256: string | null;
  file_name: string | null;
  content_type: string | null;
  size: number | null;
  url: string | null;
  evidence_date: string;
  valid_until: string | null;
  task_id: string | null;
  occurrence_due: string | null;
  added_by: string;
  created_at: string;
  archived_at: string | null;
  archived_by: string | null;
};
export type ControlEvidenceRow = Selectable<ControlEvidenceTable>;

export type SoaVersionTable = {
  number: number;
  note: string;
  snapshot: string;
  sha256: string;
  control_count: number;
  applicable_count: number;
  approved_by: string;
  approved_role_key: string;
  approved_assignment_id: string | null;
  approved_at: string;
};

export type AuditProgrammeTable = {
  id: string;
  title: string;
  cycle_start: string;
  cycle_end: string;
  clause_frequency_months: number;
  control_frequency_months: number;
  notes: string;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type AuditProgrammeRow = Selectable<AuditProgrammeTable>;

export type AuditProgrammeFrequencyTable = {
  item_type: string;
  item_id: string;
  frequency_months: number;
  updated_by: string | null;
  updated_at: string;
};

export type AuditTable = {
  id: string;
  number: number;
  reference: string;
  title: string;
  objective: string;
  criteria: string;
  /** planned | in_progress | completed | cancelled */
  status: string;
  planned_start: string;
  planned_end: string;
  lead_person_id: string | null;
  started_at: string | null;
  conclusion: Generated<string>;
  signed_off_by: string | null;
  signed_off_role_key: string | null;
  signed_off_assignment_id: string | null;
  signed_off_at: string | null;
  cancelled_at: string | null;
  cancel_reason: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type AuditRow = Selectable<AuditTable>;

export type AuditScopeTable = {
  audit_id: string;
  /** clause | control | org_unit | process */
  item_type: string;
  item_id: string;
};

export type AuditItemTable = {
  id: string;
  audit_id: string;
  item_type: string;
  item_id: string;
  code: string;
  title: string;
  guidance: string;
  sort_key: string;
  /** null until recorded; conforming | minor_nc | major_nc | observation | improvement */
  result: string | null;
  notes: Generated<string>;
  recorded_by: string | null;
  recorded_role_key: string | null;
  recorded_assignment_id: string | null;
  recorded_at: string | null;
  version: Generated<number>;
};
export type AuditItemRow = Selectable<AuditItemTable>;

export type AuditEvidenceTable = {
  id: string;
  audit_id: string;
  item_id: string;
  /** file | link */
  kind: string;
  title: string;
  sha256: string | null;
  file_name: string | null;
  content_type: string | null;
  size: number | null;
  url: string | null;
  added_by: string;
  created_at: string;
};
export type AuditEvidenceRow = Selectable<AuditEvidenceTable>;

export type NonconformityTable = {
  id: string;
  number: number;
  reference: string;
  title: string;
  description: string;
  /** minor | major */
  severity: string;
  /** audit | incident | other */
  source: string;
  source_note: Generated<string>;
  audit_id: string | null;
  audit_item_id: string | null;
  clause_id: string | null;
  control_id: string | null;
  /** open | action | verification | closed */
  status: string;
  correction: Generated<string>;
  corrected_at: string | null;
  /** five_whys | free_text | null */
  root_cause_method: string | null;
  root_cause: Generated<string>;
  /** JSON array of strings (the five whys). */
  whys: Generated<string>;
  raised_by: string;
  raised_role_key: string | null;
  raised_at: string;
  closed_at: string | null;
  closed_by: string | null;
  reopened_count: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type NonconformityRow = Selectable<NonconformityTable>;

export type CorrectiveActionTable = {
  id: string;
  number: number;
  reference: string;
  nc_id: string;
  title: string;
  description: string;
  due_date: string;
  /** open | done | cancelled */
  status: string;
  done_at: string | null;
  done_by: string | null;
  done_role_key: string | null;
  done_assignment_id: string | null;
  done_note: Generated<string>;
  cancelled_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type CorrectiveActionRow = Selectable<CorrectiveActionTable>;

export type NcVerificationTable = {
  id: string;
  nc_id: string;
  effective: number;
  note: string;
  verified_by: string;
  verified_role_key: string;
  verified_assignment_id: string | null;
  sod_exception: string | null;
  verified_at: string;
};
export type NcVerificationRow = Selectable<NcVerificationTable>;

export type IncidentSettingsTable = {
  /** Always 'settings': one row, absent until the ISM first saves (defaults apply). */
  id: string;
  triage_hours: number;
  close_days: number;
  /** JSON: { low|medium|high|critical: { containHours, resolveHours } } */
  severities: string;
  updated_by: string | null;
  updated_at: string;
  version: Generated<number>;
};

export type IncidentTable = {
  id: string;
  number: number;
  reference: string;
  title: string;
  description: string;
  affected: string;
  asset_id: string | null;
  occurred_at: string;
  reported_at: string;
  reporter_person_id: string;
  confidential: number;
  /** reported | open | resolved | closed */
  status: string;
  /** event | incident, null until triaged */
  classification: string | null;
  severity: string | null;
  category: string | null;
  /** contain | eradicate | recover while open */
  phase: string | null;
  triage_note: Generated<string>;
  triaged_at: string | null;
  triaged_by: string | null;
  contained_at: string | null;
  eradicated_at: string | null;
  resolved_at: string | null;
  triage_due_at: string;
  contain_due_at: string | null;
  resolve_due_at: string | null;
  close_due_at: string | null;
  /** The deadline that applies now (null once closed): for the overdue filter and reminders. */
  next_due_at: string | null;
  lessons_learned: Generated<string>;
  outcome: Generated<string>;
  closed_at: string | null;
  closed_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
};
export type IncidentRow = Selectable<IncidentTable>;

export type IncidentEntryTable = {
  id: string;
  incident_id: string;
  /** report | triage | handler | note | action | phase | communication | close */
  kind: string;
  phase: string | null;
  text: string;
  occurred_at: string;
  person_id: string | null;
  created_at: string;
};
export type IncidentEntryRow = Selectable<IncidentEntryTable>;

export type IncidentCommunicationTable = {
  id: string;
  incident_id: string;
  party_kind: string;
  party: string;
  channel: string;
  summary: string;
  reference: string;
  communicated_at: string;
  recorded_by: string;
  created_at: string;
};
export type IncidentCommunicationRow = Selectable<IncidentCommunicationTable>;

export type IncidentAttachmentTable = {
  id: string;
  incident_id: string;
  sha256: string;
  file_name: string;
  content_type: string;
  size: number;
  added_by: string;
  created_at: string;
};
export type IncidentAttachmentRow = Selectable<IncidentAttachmentTable>;

export type IncidentLinkTable = {
  incident_id: string;
  /** asset | risk | nonconformity */
  target_type: string;
  target_id: string;
  added_by: string;
  created_at: string;
};
export type IncidentLinkRow = Selectable<IncidentLinkTable>;
