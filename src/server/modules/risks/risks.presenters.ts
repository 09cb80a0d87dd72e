import type { z } from 'zod';
import type { ZRiskMethod, ZRiskScore, ZRiskSummary } from '../../../contracts/risks.js';
import { fromJson } from '../../db/json.js';
import type { RiskMethodTable } from '../../db/schema.js';
import type { RiskRow } from './risks.repository.js';
import {
  aboveAppetite,
  levelOf,
  type Level,
  type Method,
  type Owner,
  type ScaleStep,
  statusOf,
} from './risks.rules.js';

export type Names = Map<string, string>;
export const personRef = (names: Names, id: string | null | undefined) =>
  id ? { id, fullName: names.get(id) ?? 'Unknown person' } : null;

export function methodOf(row: RiskMethodTable): Method {
  return {
    version: row.version,
    likelihood: fromJson<ScaleStep[]>(row.likelihood, []),
    impact: fromJson<ScaleStep[]>(row.impact, []),
    levels: fromJson<Level[]>(row.levels, []),
    appetiteScore: row.appetite_score,
    assessmentIntervalMonths: row.assessment_interval_months,
    acceptanceMaxMonths: row.acceptance_max_months,
  };
}

export function presentMethod(row: RiskMethodTable, names: Names, canChange: boolean): z.infer<typeof ZRiskMethod> {
  const m = methodOf(row);
  return {
    ...m,
    note: row.note,
    createdAt: row.created_at,
    createdBy: personRef(names, row.created_by),
    can: { change: canChange },
  };
}

export function scoreOf(
  m: Method,
  likelihood: number | null,
  impact: number | null,
): z.infer<typeof ZRiskScore> | null {
  if (likelihood === null || impact === null) return null;
  const s = likelihood * impact;
  const level = levelOf(m, s);
  return { likelihood, impact, score: s, level: { key: level.key, label: level.label, color: level.color } };
}

export function presentSummary(
  r: RiskRow & { unit_name: string | null },
  m: Method,
  owner: Owner | null,
  names: Names,
  now: string,
): z.infer<typeof ZRiskSummary> {
  const closed = r.closed_at !== null;
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    category: r.category,
    orgUnit: r.org_unit_id ? { id: r.org_unit_id, name: r.unit_name ?? 'Unknown unit' } : null,
    status: statusOf(r, now),
    owner: owner ? { person: personRef(names, owner.personId)!, via: owner.via } : null,
    inherent: scoreOf(m, r.inherent_likelihood, r.inherent_impact),
    residual: scoreOf(m, r.residual_likelihood, r.residual_impact),
    aboveAppetite: !closed && aboveAppetite(m, r.residual_score),
    treatmentOption: r.treatment_option,
    nextAssessmentAt: r.next_assessment_at,
    assessmentOverdue: !closed && r.next_assessment_at !== null && r.next_assessment_at < now,
    acceptedUntil: r.accepted_until,
    updatedAt: r.updated_at,
  };
}
