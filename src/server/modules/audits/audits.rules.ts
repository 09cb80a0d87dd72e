import type { TAuditResult, TCoverageState, TNcStatus } from '../../../contracts/audits.js';

/**
 * Pure rules of internal audit and corrective action: which clauses a scope covers, auditor
 * independence (SOD-01), programme coverage and the nonconformity life cycle. No I/O.
 */

// Clauses ---------------------------------------------------------------------------------------

export type ClauseBrief = { id: string; parentId: string | null; title: string; evidence: string; sortKey: string };

/** The clauses a scope entry stands for: a clause with sub-clauses means all its leaves (6 → 6.1.1 … 6.3). */
export function leafClausesUnder(id: string, clauses: ClauseBrief[]): ClauseBrief[] {
  const children = new Map<string, ClauseBrief[]>();
  for (const c of clauses) if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const start = clauses.find((c) => c.id === id);
  if (!start) return [];
  const out: ClauseBrief[] = [];
  const walk = (c: ClauseBrief) => {
    const kids = children.get(c.id) ?? [];
    if (kids.length === 0) out.push(c);
    else kids.forEach(walk);
  };
  walk(start);
  return out.sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}

/** Clauses an audit programme covers: every clause 4-10 without sub-clauses. */
export const leafClauses = (clauses: ClauseBrief[]): ClauseBrief[] => {
  const parents = new Set(clauses.map((c) => c.parentId).filter((p): p is string => p !== null));
  return clauses.filter((c) => !parents.has(c.id)).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
};

/**
 * Whether a RACI process reference ("6.1.3 f", "A.5.15", "9.2.1") concerns a clause or control
 * code: the same item, one inside the other (6.1 and 6.1.3), never a mere prefix (5.1 and 5.10).
 */
export function refConcerns(ref: string, code: string): boolean {
  const r = ref.trim().split(/\s+/)[0] ?? '';
  if (r === '' || code === '') return false;
  return r === code || r.startsWith(`${code}.`) || code.startsWith(`${r}.`);
}

// Independence (SOD-01) -------------------------------------------------------------------------

export type HeldAssignment = { roleKey: string; roleName: string; scopeType: string; scopeId: string | null };
export type RaciProcessFacts = {
  key: string;
  name: string;
  isoRefs: string[];
  /** role key → RACI value (A, R, A/R, C, I) */
  cells: Record<string, string>;
};
export type ScopeEntry =
  | { type: 'clause'; id: string; code: string; label: string }
  | { type: 'control'; id: string; code: string; label: string }
  | { type: 'org_unit'; id: string; code: string; label: string }
  | { type: 'process'; id: string; code: string; label: string };

export type IndependenceFacts = {
  /** The candidate's current assignments (holder or deputy), with role names. */
  held: HeldAssignment[];
  /** Control id → the candidate's part in it: owner / implementer / task references. */
  controlParts: Map<string, { owner: boolean; implementer: boolean; tasks: string[] }>;
  processes: RaciProcessFacts[];
  /** Org unit id → its parent (for units above and below one in scope). */
  parentOf: (unitId: string) => string | null;
  unitName: (unitId: string) => string;
};

/** Roles that never make a person "responsible" for what is audited. */
const NEUTRAL_ROLES = new Set(['employee']);
const doesWork = (v: string | undefined) => v !== undefined && (v.includes('A') || v.includes('R'));

function onLine(a: string, b: string, parentOf: (id: string) => string | null): boolean {
  const up = (from: string, to: string) => {
    const seen = new Set<string>();
    for (let cur: string | null = from; cur !== null && !seen.has(cur); cur = parentOf(cur)) {
      if (cur === to) return true;
      seen.add(cur);
    }
    return false;
  };
  return up(a, b) || up(b, a);
}

const raciWord = (v: string) =>
  v === 'A/R' ? 'Accountable and Responsible' : v.includes('A') ? 'Accountable' : 'Responsible';

/**
 * What makes the candidate not independent of an audit's scope (SOD-01; 27001 9.2.2 b): owning or
 * implementing a control in scope, carrying out its tasks, being Accountable or Responsible (RACI)
 * for a process in scope or for one that concerns a clause or control in scope, or holding a role
 * for an org unit in scope (or one above or below it). An Internal Auditor assignment for an audit
 * is the audit itself, not a conflict. One line per conflict, in words a user reads.
 */
export function independenceConflicts(scope: ScopeEntry[], f: IndependenceFacts): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  const held = f.held.filter((h) => !NEUTRAL_ROLES.has(h.roleKey) && h.scopeType !== 'audit');
  const heldKeys = new Map<string, string>();
  for (const h of held) heldKeys.set(h.roleKey, h.roleName);

  const processConflicts = (p: RaciProcessFacts, why: string) => {
    for (const [roleKey, value] of Object.entries(p.cells)) {
      const name = heldKeys.get(roleKey);
      if (!name || !doesWork(value)) continue;
      add(`is ${raciWord(value)} for the process "${p.name}" as ${name}${why}`);
    }
  };

  for (const s of scope) {
    if (s.type === 'control') {
      const part = f.controlParts.get(s.id);
      if (part?.owner) add(`owns the control ${s.label} (Control Owner)`);
      if (part?.implementer) add(`implements the control ${s.label} (System & Network Administrator)`);
      for (const t of part?.tasks ?? []) add(`carries out the task ${t} of the control ${s.label}`);
      for (const p of f.processes)
        if (p.isoRefs.some((r) => refConcerns(r, s.code))) processConflicts(p, `, which concerns ${s.code}`);
    } else if (s.type === 'clause') {
      for (const p of f.processes)
        if (p.isoRefs.some((r) => refConcerns(r, s.code))) processConflicts(p, `, which concerns clause ${s.code}`);
    } else if (s.type === 'process') {
      const p = f.processes.find((x) => x.key === s.id);
      if (p) processConflicts(p, '');
    } else {
      for (const h of held) {
        if (h.scopeType === 'org_unit' && h.scopeId && onLine(h.scopeId, s.id, f.parentOf)) {
          const where = h.scopeId === s.id ? s.label : `${f.unitName(h.scopeId)}, on the same line as ${s.label}`;
          add(`holds ${h.roleName} for ${where}`);
        } else if (h.scopeType === 'isms' && h.roleKey !== 'top_management' && h.roleKey !== 'internal_auditor') {
          add(`holds ${h.roleName} for the whole ISMS, which includes ${s.label}`);
        }
      }
    }
  }
  return out;
}

// Programme coverage ----------------------------------------------------------------------------

/** `day` plus `months` calendar months (clamped to the month's last day): 2026-01-31 + 1 → 2026-02-28. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Where an item stands in the programme on `today`: audited within its frequency (current), due
 * and in an audit not yet completed (planned), not yet due (due: never audited, first due date
 * ahead), or past its due date with nothing planned (overdue). The first due date of an item
 * never audited is the programme's start plus its frequency.
 */
export function coverageState(input: {
  today: string;
  cycleStart: string;
  frequencyMonths: number;
  lastAuditedDay: string | null;
  planned: boolean;
}): { state: TCoverageState; dueBy: string } {
  const base = input.lastAuditedDay ?? input.cycleStart;
  const dueBy = addMonths(base < input.cycleStart ? input.cycleStart : base, input.frequencyMonths);
  if (input.lastAuditedDay !== null && input.lastAuditedDay >= input.cycleStart && input.today < dueBy)
    return { state: 'current', dueBy };
  if (input.planned) return { state: 'planned', dueBy };
  return { state: input.today >= dueBy ? 'overdue' : 'due', dueBy };
}

// Results and nonconformities -------------------------------------------------------------------

export const raisesNonconformity = (r: TAuditResult): boolean => r === 'minor_nc' || r === 'major_nc';
export const severityOf = (r: TAuditResult): 'minor' | 'major' => (r === 'major_nc' ? 'major' : 'minor');

/**
 * A nonconformity's status from its actions: open until a corrective action is planned; action
 * while any is open; verification once every action is done or cancelled and at least one was
 * done; closed only by an effective verification (which the service records, not this function).
 */
export function ncStatusFromActions(
  current: TNcStatus,
  actions: { status: 'open' | 'done' | 'cancelled'; createdAt: string }[],
  reopenedAt: string | null,
): TNcStatus {
  if (current === 'closed') return 'closed';
  // After a reopening, only actions planned since count: the earlier ones did not work.
  const live = reopenedAt ? actions.filter((a) => a.createdAt > reopenedAt) : actions;
  if (live.some((a) => a.status === 'open')) return 'action';
  if (live.some((a) => a.status === 'done')) return 'verification';
  return 'open';
}

export const AGE_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export function ageBucket(days: number): (typeof AGE_BUCKETS)[number] {
  if (days <= 30) return '0-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** Whole days between two instants (floor), never negative. */
export const daysBetween = (from: string, to: string): number =>
  Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000));
