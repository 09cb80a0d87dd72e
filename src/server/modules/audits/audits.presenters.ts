import type {
  TAudit,
  TAuditEvidence,
  TAuditItem,
  TAuditResult,
  TAuditScopeType,
  TAuditStatus,
  TAuditSummary,
} from '../../../contracts/audits.js';
import type { AuditEvidenceRow, AuditItemRow, AuditRow } from '../../db/schema.js';
import type { ScopeEntry } from './audits.rules.js';

type Names = Map<string, string>;
const ref = (id: string | null, names: Names) => (id ? { id, fullName: names.get(id) ?? 'Unknown person' } : null);

export type AuditCounts = { total: number; recorded: number; byResult: Partial<Record<TAuditResult, number>> };

export function presentAuditSummary(r: AuditRow, names: Names, counts: AuditCounts, scopeCount: number): TAuditSummary {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    status: r.status as TAuditStatus,
    plannedStart: r.planned_start,
    plannedEnd: r.planned_end,
    lead: ref(r.lead_person_id, names),
    scopeCount,
    progress: { total: counts.total, recorded: counts.recorded },
    findings: {
      minor_nc: counts.byResult.minor_nc ?? 0,
      major_nc: counts.byResult.major_nc ?? 0,
      observation: counts.byResult.observation ?? 0,
      improvement: counts.byResult.improvement ?? 0,
    },
    signedOffAt: r.signed_off_at,
  };
}

export type TeamRow = {
  id: string;
  person_id: string;
  person_name: string;
  valid_from: string;
  acknowledged_at: string | null;
};

export function presentAudit(
  r: AuditRow,
  names: Names,
  counts: AuditCounts,
  scope: ScopeEntry[],
  team: TeamRow[],
  can: TAudit['can'],
): TAudit {
  return {
    ...presentAuditSummary(r, names, counts, scope.length),
    objective: r.objective,
    criteria: r.criteria,
    scope: scope.map((s) => ({ type: s.type, id: s.id, code: s.code, label: s.label })),
    team: team.map((t) => ({
      assignmentId: t.id,
      person: { id: t.person_id, fullName: t.person_name },
      lead: t.person_id === r.lead_person_id,
      since: t.valid_from,
      acknowledged: t.acknowledged_at !== null,
    })),
    startedAt: r.started_at,
    conclusion: r.conclusion,
    signedOff:
      r.signed_off_by && r.signed_off_at
        ? {
            by: ref(r.signed_off_by, names) ?? { id: r.signed_off_by, fullName: 'Unknown person' },
            roleKey: r.signed_off_role_key ?? '',
            at: r.signed_off_at,
          }
        : null,
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancel_reason ?? '' } : null,
    version: r.version,
    can,
  };
}

export function presentEvidence(e: AuditEvidenceRow, names: Names): TAuditEvidence {
  return {
    id: e.id,
    kind: e.kind as 'file' | 'link',
    title: e.title,
    fileName: e.file_name,
    contentType: e.content_type,
    size: e.size,
    sha256: e.sha256,
    url: e.url,
    addedBy: ref(e.added_by, names) ?? { id: e.added_by, fullName: 'Unknown person' },
    createdAt: e.created_at,
  };
}

export function presentItem(
  i: AuditItemRow,
  names: Names,
  evidence: AuditEvidenceRow[],
  nc: { id: string; reference: string; status: string } | undefined,
): TAuditItem {
  return {
    id: i.id,
    auditId: i.audit_id,
    type: i.item_type as TAuditScopeType,
    itemId: i.item_id,
    code: i.code,
    title: i.title,
    guidance: i.guidance,
    result: i.result as TAuditResult | null,
    notes: i.notes,
    recordedBy: ref(i.recorded_by, names),
    recordedAt: i.recorded_at,
    evidence: evidence.map((e) => presentEvidence(e, names)),
    nonconformity: nc ?? null,
    version: i.version,
  };
}
