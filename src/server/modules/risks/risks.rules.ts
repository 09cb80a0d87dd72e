import type { TRiskStatus } from '../../../contracts/risks.js';

/**
 * Pure rules of risk management: the method (scales, levels, appetite), scoring, the status a
 * risk is in, and who owns it through the ledger. No I/O.
 */

export type ScaleStep = { value: number; label: string; description: string };
export type Level = { key: string; label: string; color: string; minScore: number };
export type Method = {
  version: number;
  likelihood: ScaleStep[];
  impact: ScaleStep[];
  levels: Level[];
  appetiteScore: number;
  assessmentIntervalMonths: number;
  acceptanceMaxMonths: number;
};

export const riskReference = (n: number): string => `RSK-${String(n).padStart(4, '0')}`;

/** The method a new installation starts with: 5 × 5, four levels, medium risks acceptable. */
export const DEFAULT_METHOD: Omit<Method, 'version'> & { note: string } = {
  likelihood: [
    {
      value: 1,
      label: 'Rare',
      description: 'May happen only in exceptional circumstances (less than once in 10 years)',
    },
    { value: 2, label: 'Unlikely', description: 'Could happen, but is not expected (once in 3 to 10 years)' },
    { value: 3, label: 'Possible', description: 'Might happen at some time (once in 1 to 3 years)' },
    { value: 4, label: 'Likely', description: 'Will probably happen (about once a year)' },
    { value: 5, label: 'Almost certain', description: 'Is expected to happen (several times a year)' },
  ],
  impact: [
    { value: 1, label: 'Negligible', description: 'No noticeable effect on operations, customers or obligations' },
    { value: 2, label: 'Minor', description: 'Limited disruption or cost, handled in normal operations' },
    {
      value: 3,
      label: 'Moderate',
      description: 'Noticeable disruption, cost or customer impact; reportable internally',
    },
    {
      value: 4,
      label: 'Major',
      description: 'Serious disruption, significant loss, or a regulatory or contractual breach',
    },
    {
      value: 5,
      label: 'Severe',
      description: 'Threatens the organisation: prolonged outage, large loss, legal action',
    },
  ],
  levels: [
    { key: 'low', label: 'Low', color: '#2f9e44', minScore: 1 },
    { key: 'medium', label: 'Medium', color: '#f08c00', minScore: 5 },
    { key: 'high', label: 'High', color: '#e8590c', minScore: 10 },
    { key: 'critical', label: 'Critical', color: '#c92a2a', minScore: 17 },
  ],
  appetiteScore: 9,
  assessmentIntervalMonths: 12,
  acceptanceMaxMonths: 12,
  note: 'Default method: likelihood × impact on 5-point scales',
};

/** What is wrong with a method a user sends, field by field (empty when it is sound). */
export function methodProblems(m: Omit<Method, 'version'>): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  for (const axis of ['likelihood', 'impact'] as const) {
    const values = m[axis].map((s) => s.value);
    if (values.some((v, i) => v !== i + 1))
      out.push({ field: axis, message: `Number the ${axis} steps 1, 2, 3… in order` });
  }
  const max = m.likelihood.length * m.impact.length;
  const mins = m.levels.map((l) => l.minScore);
  if (mins[0] !== 1) out.push({ field: 'levels', message: 'The lowest level must start at score 1' });
  if (mins.some((v, i) => i > 0 && v <= mins[i - 1]!))
    out.push({ field: 'levels', message: 'Order the levels by rising minimum score' });
  if (mins.some((v) => v > max))
    out.push({ field: 'levels', message: `A level starts above the highest score (${max})` });
  if (new Set(m.levels.map((l) => l.key)).size !== m.levels.length)
    out.push({ field: 'levels', message: 'Give each level its own key' });
  if (m.appetiteScore > max) out.push({ field: 'appetiteScore', message: `The highest score is ${max}` });
  return out;
}

export const score = (likelihood: number, impact: number): number => likelihood * impact;

export function levelOf(m: Pick<Method, 'levels'>, s: number): Level {
  let found = m.levels[0]!;
  for (const l of m.levels) if (s >= l.minScore) found = l;
  return found;
}

/** A score on a scale the method no longer has (a 5-point scale shrunk to 3) cannot be placed. */
export const onScale = (m: Pick<Method, 'likelihood' | 'impact'>, likelihood: number, impact: number): boolean =>
  likelihood <= m.likelihood.length && impact <= m.impact.length;

export const aboveAppetite = (m: Pick<Method, 'appetiteScore'>, residualScore: number | null): boolean =>
  residualScore !== null && residualScore > m.appetiteScore;

export function statusOf(
  r: {
    closed_at: string | null;
    accepted_until: string | null;
    treatment_option: string | null;
    assessed_at: string | null;
  },
  now: string,
): TRiskStatus {
  if (r.closed_at) return 'closed';
  if (r.accepted_until && r.accepted_until > now) return 'accepted';
  if (r.treatment_option) return 'treatment';
  if (r.assessed_at) return 'assessed';
  return 'identified';
}

export type Holding = { personId: string; assignmentId: string };

export type OwnerFacts = {
  /** risk id → the holder of risk_owner for that risk */
  direct: Map<string, Holding>;
  /** org unit id → the holder of risk_owner for that unit */
  units: Map<string, Holding>;
  parentOf: Map<string, string | null>;
  /** the whole-ISMS risk owner, if any */
  isms: Holding | null;
};

/** The owner of a risk and the scope their ownership comes from (the risk, an org unit, or the whole ISMS). */
export type Owner = Holding & { via: 'risk' | 'org_unit' | 'isms'; scopeId: string | null };

/**
 * The owner of a risk: the holder for the risk itself, else the nearest org unit up the tree with
 * a holder, else the whole-ISMS holder (DESIGN.md: ownership is inherited from the org unit).
 */
export function ownerOf(risk: { id: string; org_unit_id: string | null }, f: OwnerFacts): Owner | null {
  const direct = f.direct.get(risk.id);
  if (direct) return { ...direct, via: 'risk', scopeId: risk.id };
  const unit = unitOwner(risk.org_unit_id, f);
  if (unit) return { ...unit, via: 'org_unit' };
  return f.isms ? { ...f.isms, via: 'isms', scopeId: null } : null;
}

/** The nearest holder up the org-unit tree from a unit, with the unit that gives it. */
export function unitOwner(unitId: string | null, f: OwnerFacts): (Holding & { scopeId: string }) | null {
  const seen = new Set<string>();
  for (let u = unitId; u && !seen.has(u); u = f.parentOf.get(u) ?? null) {
    seen.add(u);
    const holder = f.units.get(u);
    if (holder) return { ...holder, scopeId: u };
  }
  return null;
}

/**
 * The caller's assignment through which they act as the risk's owner: the owner's own, or a
 * deputy's standing in for that scope (the authorizer lists deputies only while they stand in).
 */
export function actingAsOwner(
  held: { roleKey: string; scopeType: string; scopeId: string | null; assignmentId: string; kind: string }[],
  owner: Owner | null,
): { assignmentId: string } | null {
  if (!owner) return null;
  const scopeType = owner.via === 'risk' ? 'risk' : owner.via === 'org_unit' ? 'org_unit' : 'isms';
  const mine = held.filter(
    (h) => h.roleKey === 'risk_owner' && h.scopeType === scopeType && h.scopeId === owner.scopeId,
  );
  const found = mine.find((h) => h.kind === 'holder' && h.assignmentId === owner.assignmentId) ?? mine[0];
  return found ? { assignmentId: found.assignmentId } : null;
}

/** The org units whose risks a person owns by inheritance: their units and those below, minus units owned by someone else lower down. */
export function unitsOwnedBy(personId: string, f: OwnerFacts, allUnits: string[]): string[] {
  return allUnits.filter((u) => unitOwner(u, f)?.personId === personId);
}

/** Units no holder covers up the tree (their risks fall to the whole-ISMS risk owner). */
export function unitsWithoutOwner(f: OwnerFacts, allUnits: string[]): string[] {
  return allUnits.filter((u) => unitOwner(u, f) === null);
}
