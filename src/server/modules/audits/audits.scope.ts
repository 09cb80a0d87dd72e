import type { TAuditScopeRef, TAuditScopeType } from '../../../contracts/audits.js';
import { AppError } from '../../core/app-error.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AuditItemTable } from '../../db/schema.js';
import { implementersOf, loadControlFacts, ownerOfControl } from '../controls/controls.owners.js';
import { clauseBriefs, controlBriefs, namedTaskAssignees, type ControlBrief } from '../controls/controls.services.js';
import { assignmentsInForce } from '../responsibilities/responsibilities.ledger.js';
import { raciFacts } from '../responsibilities/responsibilities.raci.service.js';
import { orgUnitTree } from '../responsibilities/responsibilities.scopes.js';
import {
  leafClausesUnder,
  type ClauseBrief,
  type IndependenceFacts,
  type RaciProcessFacts,
  type ScopeEntry,
} from './audits.rules.js';

/**
 * What an audit can cover — clauses 4-10, controls of the SoA, org units and RACI processes —
 * read from the modules that own them, turned into scope entries, checklist items and the facts
 * an independence check (SOD-01) needs.
 */
export type ScopeCatalogue = {
  clauses: ClauseBrief[];
  controls: ControlBrief[];
  units: { id: string; name: string; parent_id: string | null }[];
  processes: (RaciProcessFacts & { rationale?: string })[];
};

export async function loadScopeCatalogue(db: Db): Promise<ScopeCatalogue> {
  const [clauses, controls, units, processes] = await Promise.all([
    clauseBriefs(db),
    controlBriefs(db),
    orgUnitTree(db),
    raciFacts(db),
  ]);
  return { clauses, controls, units, processes };
}

const TYPE_ORDER: Record<TAuditScopeType, string> = { clause: '1', control: '2', process: '3', org_unit: '4' };

/** Every entry of a type an audit may cover, labelled; excluded controls are not audited. */
export function scopeOptions(cat: ScopeCatalogue, type: TAuditScopeType): ScopeEntry[] {
  switch (type) {
    case 'clause':
      return cat.clauses
        .slice()
        .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
        .map((c) => ({ type, id: c.id, code: c.id, label: `${c.id} ${c.title}` }));
    case 'control':
      return cat.controls
        .filter((c) => c.applicability !== 'not_applicable')
        .map((c) => ({ type, id: c.id, code: c.reference, label: `${c.reference} ${c.title}` }));
    case 'org_unit':
      return cat.units
        .slice()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((u) => ({ type, id: u.id, code: '', label: u.name }));
    case 'process':
      return cat.processes.map((p) => ({ type, id: p.key, code: p.isoRefs.join(', '), label: p.name }));
  }
}

/** The scope refs as entries; an unknown or excluded entry is a 400 naming it. */
export function resolveScope(cat: ScopeCatalogue, refs: TAuditScopeRef[]): ScopeEntry[] {
  const out: ScopeEntry[] = [];
  const seen = new Set<string>();
  refs.forEach((ref, i) => {
    const key = `${ref.type}:${ref.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const found = scopeOptions(cat, ref.type).find((e) => e.id === ref.id);
    if (!found) {
      const excluded = ref.type === 'control' && cat.controls.some((c) => c.id === ref.id);
      throw new AppError(
        'validation_failed',
        excluded ? 'An excluded control is not audited' : `No ${ref.type.replace('_', ' ')} ${ref.id}`,
        {
          errors: [
            {
              field: `body.scope.${i}`,
              message: excluded
                ? 'The SoA excludes this control; include it first or leave it out of the audit'
                : `Unknown ${ref.type.replace('_', ' ')}`,
            },
          ],
        },
      );
    }
    out.push(found);
  });
  return sortScope(out);
}

/** Clauses, then controls, processes and org units, each in code then label order. */
export function sortScope(entries: ScopeEntry[]): ScopeEntry[] {
  return entries.sort((a, b) =>
    (TYPE_ORDER[a.type] + pad(a.code) + a.label).localeCompare(TYPE_ORDER[b.type] + pad(b.code) + b.label),
  );
}

const pad = (code: string) => code.replace(/\d+/g, (n) => n.padStart(3, '0'));

/** The checklist an audit's scope generates: one item per clause (leaves), control, process and org unit. */
export function checklistOf(
  cat: ScopeCatalogue,
  scope: ScopeEntry[],
  auditId: string,
  newId: () => string,
): Omit<AuditItemTable, 'version' | 'notes'>[] {
  const items: Omit<AuditItemTable, 'version' | 'notes'>[] = [];
  const seen = new Set<string>();
  const push = (type: TAuditScopeType, itemId: string, code: string, title: string, guidance: string, sort: string) => {
    const key = `${type}:${itemId}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({
      id: newId(),
      audit_id: auditId,
      item_type: type,
      item_id: itemId,
      code,
      title,
      guidance,
      sort_key: `${TYPE_ORDER[type]}:${sort}`,
      result: null,
      recorded_by: null,
      recorded_role_key: null,
      recorded_assignment_id: null,
      recorded_at: null,
    });
  };
  for (const s of scope) {
    if (s.type === 'clause') {
      for (const c of leafClausesUnder(s.id, cat.clauses)) push('clause', c.id, c.id, c.title, c.evidence, c.sortKey);
    } else if (s.type === 'control') {
      const c = cat.controls.find((x) => x.id === s.id);
      if (!c) continue;
      const what = c.description ? `${c.description}\n\n` : '';
      push(
        'control',
        c.id,
        c.reference,
        c.title,
        `${what}Check that the control is implemented as the Statement of Applicability says and that it operates: its owner and implementers are assigned, its operational tasks are done on time, and its evidence is current.`,
        c.sortKey,
      );
    } else if (s.type === 'process') {
      const p = cat.processes.find((x) => x.key === s.id);
      if (!p) continue;
      const who = Object.entries(p.cells)
        .filter(([, v]) => v.includes('A') || v.includes('R'))
        .map(([k, v]) => `${k.replace(/_/g, ' ')} (${v})`)
        .join(', ');
      push(
        'process',
        p.key,
        p.isoRefs.join(', '),
        p.name,
        `Check that the process runs as the RACI matrix says — ${who} — and that its records (${p.isoRefs.join(', ')}) exist and are current.`,
        p.name.toLowerCase(),
      );
    } else {
      push(
        'org_unit',
        s.id,
        '',
        s.label,
        `Check in ${s.label} that ISMS roles are assigned and acknowledged, risks and assets have owners and are reviewed, people have acknowledged the policies that apply to them, and access is reviewed.`,
        s.label.toLowerCase(),
      );
    }
  }
  return items.map((i) => ({ ...i, sort_key: i.sort_key.replace(/:(.*)$/, (_, k: string) => `:${pad(k)}`) }));
}

/** What the candidate holds and does, for SOD-01 against a scope (read at `at`). */
export async function loadIndependenceFacts(
  db: Db,
  cat: ScopeCatalogue,
  personId: string,
  scope: ScopeEntry[],
  at = nowIso(),
): Promise<IndependenceFacts> {
  const controlIds = scope.filter((s) => s.type === 'control').map((s) => s.id);
  const [held, facts, tasks] = await Promise.all([
    assignmentsInForce(db, personId, at),
    loadControlFacts(db, at),
    namedTaskAssignees(db, controlIds, at),
  ]);
  const controlParts: IndependenceFacts['controlParts'] = new Map();
  for (const id of controlIds) {
    controlParts.set(id, {
      owner: ownerOfControl(id, facts)?.personId === personId,
      implementer: implementersOf(id, facts).some((h) => h.personId === personId),
      tasks: tasks.filter((t) => t.controlId === id && t.personId === personId).map((t) => t.reference),
    });
  }
  const parent = new Map(cat.units.map((u) => [u.id, u.parent_id]));
  const name = new Map(cat.units.map((u) => [u.id, u.name]));
  return {
    held: held.map((h) => ({
      roleKey: h.role_key,
      roleName: h.role_name,
      scopeType: h.scope_type,
      scopeId: h.scope_id,
    })),
    controlParts,
    processes: cat.processes,
    parentOf: (id) => parent.get(id) ?? null,
    unitName: (id) => name.get(id) ?? id,
  };
}
