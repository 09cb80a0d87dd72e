import type { TApplicability, TImplementationStatus } from '../../../contracts/controls.js';
import type { Deps } from '../../core/deps.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { createControlService } from './controls.service.js';
import { createEvidenceService } from './controls.evidence.service.js';
import { clauses, controlsOfRisk, liveControls } from './controls.repository.js';
import { tasksForHealth } from './controls.tasks.repository.js';
import { applicabilityOf } from './controls.rules.js';
import { createSoaService } from './controls.soa.service.js';
import { createControlTaskService } from './controls.tasks.service.js';

/** The module's services wired together once, for the HTTP app, the CLI and the demo. */
export function createControlServices(deps: Deps, assignments: AssignmentService) {
  return {
    controls: createControlService(deps, assignments),
    soa: createSoaService(deps),
    tasks: createControlTaskService(deps),
    evidence: createEvidenceService(deps),
  };
}

export type ControlServices = ReturnType<typeof createControlServices>;

/**
 * The controls that treat a risk (linked to it, or to one of its treatment actions), for the
 * risk page; each once, in catalogue order.
 */
export async function controlsTreatingRisk(
  db: Deps['db'],
  riskId: string,
): Promise<
  { id: string; reference: string; title: string; applicability: TApplicability; status: TImplementationStatus }[]
> {
  const rows = (await controlsOfRisk(db, riskId)).sort((a, b) => a.sort_key.localeCompare(b.sort_key));
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r) => ({
      id: r.id,
      reference: r.reference,
      title: r.title,
      applicability: applicabilityOf(r.applicable),
      status: r.status as TImplementationStatus,
    }));
}

/** Clauses 4-10 as other modules read them (audit scopes and checklists). */
export async function clauseBriefs(
  db: Deps['db'],
): Promise<{ id: string; parentId: string | null; title: string; evidence: string; sortKey: string }[]> {
  return (await clauses(db)).map((c) => ({
    id: c.id,
    parentId: c.parent_id,
    title: c.title,
    evidence: c.evidence,
    sortKey: c.sort_key,
  }));
}

export type ControlBrief = {
  id: string;
  reference: string;
  title: string;
  description: string;
  sortKey: string;
  applicability: TApplicability;
};

/** Controls in use (not retired), in catalogue order; only the given ids when `ids` is set. */
export async function controlBriefs(db: Deps['db'], ids?: string[]): Promise<ControlBrief[]> {
  if (ids && ids.length === 0) return [];
  const wanted = ids ? new Set(ids) : null;
  return (await liveControls(db))
    .filter((c) => wanted === null || wanted.has(c.id))
    .map((c) => ({
      id: c.id,
      reference: c.reference,
      title: c.title,
      description: c.description,
      sortKey: c.sort_key,
      applicability: applicabilityOf(c.applicable),
    }));
}

/** Active operational tasks of the controls with a named assignee: who carries out what. */
export async function namedTaskAssignees(
  db: Deps['db'],
  controlIds: string[],
  at: string,
): Promise<{ controlId: string; reference: string; personId: string }[]> {
  if (controlIds.length === 0) return [];
  return (await tasksForHealth(db, at, controlIds))
    .filter((t) => t.ended_at === null && t.assignee_person_id !== null)
    .map((t) => ({ controlId: t.control_id, reference: t.reference, personId: t.assignee_person_id as string }));
}
