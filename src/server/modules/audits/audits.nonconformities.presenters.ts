import {
  NC_AGE_BUCKETS,
  type TCorrectiveAction,
  type TNcAgeing,
  type TNcSeverity,
  type TNcSource,
  type TNcStatus,
  type TNonconformity,
  type TNonconformitySummary,
} from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { allowedWith, type HeldRole } from '../../core/authorize.js';
import { fromJson } from '../../db/json.js';
import type { CorrectiveActionRow } from '../../db/schema.js';
import { implementerIds, liveActions, reopenedAtOf } from './audits.nonconformities.core.js';
import type { NcFacts } from './audits.nonconformities.facts.js';
import type { NcView } from './audits.nonconformities.repository.js';
import { ageBucket, daysBetween } from './audits.rules.js';

/** The caller and the roles they exercise now, read once per request for every `can` flag. */
export type Access = { actor: Actor; held: HeldRole[]; personId: string | null };

export const personRef = (names: Map<string, string>, id: string) => ({
  id,
  fullName: names.get(id) ?? 'Unknown person',
});

export const whysOf = (r: { whys: string }) => fromJson<string[]>(r.whys, []);

/** Days since raised, until closed. */
export const ageDaysOf = (r: { raised_at: string; closed_at: string | null }, now: string) =>
  daysBetween(r.raised_at, r.closed_at ?? now);

export const isOverdue = (a: Pick<CorrectiveActionRow, 'status' | 'due_date'>, today: string) =>
  a.status === 'open' && a.due_date < today;

/** The ISM, or the NC's owner (or a deputy standing in), while it is not closed. */
export const mayManage = (x: Access, r: { id: string; status: string }) =>
  r.status !== 'closed' &&
  allowedWith(x.actor, x.held, 'nonconformities.manage', { scope: { type: 'nonconformity', id: r.id } }) !== null;

/** Who implemented the live done actions (SOD-10 refuses them as verifiers). */
export function implementersFrom(r: { id: string }, f: NcFacts): string[] {
  const live = liveActions(f.actions.get(r.id) ?? [], reopenedAtOf(f.verifications.get(r.id) ?? []));
  return implementerIds(live, (id) => f.actionOwners.get(id)?.personId);
}

export function presentSummary(r: NcView, f: NcFacts): TNonconformitySummary {
  const actions = f.actions.get(r.id) ?? [];
  const owner = f.ncOwners.get(r.id);
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    severity: r.severity as TNcSeverity,
    source: r.source as TNcSource,
    status: r.status as TNcStatus,
    audit: r.audit_id ? { id: r.audit_id, reference: r.audit_reference ?? '?' } : null,
    owner: owner ? personRef(f.names, owner.personId) : null,
    raisedAt: r.raised_at,
    ageDays: ageDaysOf(r, f.now),
    actions: {
      total: actions.length,
      open: actions.filter((a) => a.status === 'open').length,
      overdue: actions.filter((a) => isOverdue(a, f.today)).length,
    },
    closedAt: r.closed_at,
  };
}

export function presentAction(
  a: CorrectiveActionRow,
  f: NcFacts,
  x: Access,
  nc: { id: string; status: string },
): TCorrectiveAction {
  const owner = f.actionOwners.get(a.id);
  const open = a.status === 'open' && nc.status !== 'closed';
  return {
    id: a.id,
    reference: a.reference,
    ncId: a.nc_id,
    title: a.title,
    description: a.description,
    dueDate: a.due_date,
    status: a.status as TCorrectiveAction['status'],
    overdue: isOverdue(a, f.today),
    owner: owner ? { person: personRef(f.names, owner.personId), assignmentId: owner.assignmentId } : null,
    done: a.done_by && a.done_at ? { by: personRef(f.names, a.done_by), at: a.done_at, note: a.done_note } : null,
    version: a.version,
    can: {
      complete:
        open &&
        allowedWith(x.actor, x.held, 'nonconformities.act', { scope: { type: 'corrective_action', id: a.id } }) !==
          null,
      edit: open && mayManage(x, nc),
    },
  };
}

export function presentNc(r: NcView, f: NcFacts, x: Access): TNonconformity {
  const owner = f.ncOwners.get(r.id);
  const manage = mayManage(x, r);
  const control = r.control_id ? f.controls.get(r.control_id) : undefined;
  const clause = r.clause_id ? f.clauses.get(r.clause_id) : undefined;
  return {
    ...presentSummary(r, f),
    description: r.description,
    sourceNote: r.source_note,
    incidents: f.incidents.get(r.id) ?? [],
    auditItem: r.audit_item_id ? { id: r.audit_item_id, code: r.item_code ?? '?', title: r.item_title ?? '?' } : null,
    clause: r.clause_id ? { id: r.clause_id, title: clause?.title ?? '?' } : null,
    control: control ? { id: control.id, reference: control.reference, title: control.title } : null,
    ownerAssignmentId: owner?.assignmentId ?? null,
    correction: r.correction,
    correctedAt: r.corrected_at,
    rootCause: {
      method: r.root_cause_method as TNonconformity['rootCause']['method'],
      text: r.root_cause,
      whys: whysOf(r),
    },
    raisedBy: personRef(f.names, r.raised_by),
    correctiveActions: (f.actions.get(r.id) ?? []).map((a) => presentAction(a, f, x, r)),
    verifications: (f.verifications.get(r.id) ?? []).map((v) => ({
      effective: v.effective === 1,
      note: v.note,
      by: personRef(f.names, v.verified_by),
      roleKey: v.verified_role_key,
      at: v.verified_at,
    })),
    reopenedCount: r.reopened_count,
    version: r.version,
    can: {
      manage,
      setOwner: manage && allowedWith(x.actor, x.held, 'assignments.manage') !== null,
      verify:
        r.status === 'verification' &&
        allowedWith(x.actor, x.held, 'nonconformities.verify') !== null &&
        (x.personId === null || !implementersFrom(r, f).includes(x.personId)),
    },
  };
}

type Bucket = (typeof NC_AGE_BUCKETS)[number];
const zero = (): Record<Bucket, number> => ({ '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 });

/** Unclosed NCs by age bucket: in total, per owner (oldest first) and by severity. */
export function ageingOf(rows: NcView[], f: NcFacts): TNcAgeing {
  const total = zero();
  const bySeverity: Record<TNcSeverity, number> = { minor: 0, major: 0 };
  const owners = new Map<
    string,
    { ownerId: string | null; counts: Record<Bucket, number>; open: number; oldest: number }
  >();
  for (const r of rows) {
    const days = ageDaysOf(r, f.now);
    const bucket = ageBucket(days);
    total[bucket]++;
    bySeverity[r.severity as TNcSeverity]++;
    const ownerId = f.ncOwners.get(r.id)?.personId ?? null;
    const key = ownerId ?? '';
    const line = owners.get(key) ?? { ownerId, counts: zero(), open: 0, oldest: 0 };
    line.counts[bucket]++;
    line.open++;
    line.oldest = Math.max(line.oldest, days);
    owners.set(key, line);
  }
  const byOwner = [...owners.values()]
    .sort((a, b) => b.oldest - a.oldest || b.open - a.open || (a.ownerId ?? '').localeCompare(b.ownerId ?? ''))
    .map((l) => ({
      owner: l.ownerId ? personRef(f.names, l.ownerId) : null,
      counts: l.counts,
      open: l.open,
      oldestDays: l.oldest,
    }));
  return { buckets: [...NC_AGE_BUCKETS], total, byOwner, bySeverity, asOf: f.now };
}
