import type {
  TAuditProgramme,
  TProgrammeCoverage,
  TProgrammeCoverageItem,
  TProgrammeCoverageQuery,
  TSetProgrammeFrequencyRequest,
  TUpdateAuditProgrammeRequest,
} from '../../../contracts/audits.js';
import { COVERAGE_STATE_LABELS, COVERAGE_STATES } from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { CONTENT_TYPES, downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import { isUniqueViolation } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import * as repo from './audits.repository.js';
import { coverageState, leafClauses, leafClausesUnder } from './audits.rules.js';
import { loadScopeCatalogue } from './audits.scope.js';

/** Until the ISM saves one: a three-year certification cycle from this year, clauses yearly, controls over the cycle. */
function defaultProgramme(today: string) {
  const year = Number(today.slice(0, 4));
  return {
    title: 'Internal audit programme',
    cycle_start: `${year}-01-01`,
    cycle_end: `${year + 2}-12-31`,
    clause_frequency_months: 12,
    control_frequency_months: 36,
    notes: '',
    updated_by: null as string | null,
    updated_at: null as string | null,
    version: 0,
  };
}

const COVERAGE_COLUMNS: Column<TProgrammeCoverageItem>[] = [
  { header: 'Type', value: (r) => (r.itemType === 'clause' ? 'Clause' : 'Control') },
  { header: 'Item', value: (r) => r.code },
  { header: 'Title', value: (r) => r.title },
  { header: 'Frequency (months)', value: (r) => r.frequencyMonths },
  { header: 'Last audited', value: (r) => (r.lastAudited ? r.lastAudited.date.slice(0, 10) : '') },
  { header: 'Audit', value: (r) => r.lastAudited?.reference ?? '' },
  { header: 'Result', value: (r) => r.lastAudited?.result ?? '' },
  { header: 'Planned in', value: (r) => (r.planned ? `${r.planned.reference} (${r.planned.plannedStart})` : '') },
  { header: 'Due by', value: (r) => r.dueBy },
  { header: 'State', value: (r) => COVERAGE_STATE_LABELS[r.state] },
];

/**
 * The multi-year audit programme (9.2.2): every clause 4-10 and every applicable control, each at
 * a frequency the ISM sets, and where each stands: audited within its frequency, planned, not
 * yet due, or overdue.
 */
export function createProgrammeService(deps: Deps) {
  const { db } = deps;

  async function programmeRow() {
    return (await repo.findProgramme(db)) ?? defaultProgramme(nowIso().slice(0, 10));
  }

  async function coverageItems(): Promise<{ items: TProgrammeCoverageItem[]; asOf: string }> {
    const today = nowIso().slice(0, 10);
    const [p, overrides, cat, recorded, planned] = await Promise.all([
      programmeRow(),
      repo.frequencies(db),
      loadScopeCatalogue(db),
      repo.recordedResults(db),
      repo.plannedScope(db),
    ]);
    const freq = new Map(overrides.map((o) => [`${o.item_type}:${o.item_id}`, o.frequency_months]));
    const last = new Map<string, (typeof recorded)[number]>();
    for (const r of recorded) {
      const k = `${r.item_type}:${r.item_id}`;
      const cur = last.get(k);
      if (!cur || r.recorded_at > cur.recorded_at) last.set(k, r);
    }
    const plan = new Map<string, (typeof planned)[number]>();
    for (const s of planned) {
      const ids = s.item_type === 'clause' ? leafClausesUnder(s.item_id, cat.clauses).map((c) => c.id) : [s.item_id];
      for (const id of ids) {
        const k = `${s.item_type}:${id}`;
        const cur = plan.get(k);
        if (!cur || s.planned_start < cur.planned_start) plan.set(k, s);
      }
    }
    const entries = [
      ...leafClauses(cat.clauses).map((c) => ({
        itemType: 'clause' as const,
        itemId: c.id,
        code: c.id,
        title: c.title,
      })),
      ...cat.controls
        .filter((c) => c.applicability === 'applicable')
        .map((c) => ({ itemType: 'control' as const, itemId: c.id, code: c.reference, title: c.title })),
    ];
    const items = entries.map((e): TProgrammeCoverageItem => {
      const k = `${e.itemType}:${e.itemId}`;
      const frequencyMonths =
        freq.get(k) ?? (e.itemType === 'clause' ? p.clause_frequency_months : p.control_frequency_months);
      const l = last.get(k);
      const pl = plan.get(k);
      const { state, dueBy } = coverageState({
        today,
        cycleStart: p.cycle_start,
        frequencyMonths,
        lastAuditedDay: l ? l.recorded_at.slice(0, 10) : null,
        planned: pl !== undefined,
      });
      return {
        ...e,
        frequencyMonths,
        lastAudited: l ? { auditId: l.audit_id, reference: l.reference, date: l.recorded_at, result: l.result } : null,
        planned: pl ? { auditId: pl.audit_id, reference: pl.reference, plannedStart: pl.planned_start } : null,
        dueBy,
        state,
      };
    });
    return { items, asOf: today };
  }

  async function present(actor: Actor): Promise<TAuditProgramme> {
    const [p, overrides, cat, manage] = await Promise.all([
      programmeRow(),
      repo.frequencies(db),
      loadScopeCatalogue(db),
      deps.authz.can(actor, 'audits.manage'),
    ]);
    const names = p.updated_by ? await repo.personNames(db, [p.updated_by]) : new Map<string, string>();
    return {
      title: p.title,
      cycleStart: p.cycle_start,
      cycleEnd: p.cycle_end,
      clauseFrequencyMonths: p.clause_frequency_months,
      controlFrequencyMonths: p.control_frequency_months,
      notes: p.notes,
      overrides: overrides.map((o) => {
        const clause = cat.clauses.find((c) => c.id === o.item_id);
        const control = cat.controls.find((c) => c.id === o.item_id);
        return {
          itemType: o.item_type as 'clause' | 'control',
          itemId: o.item_id,
          code: o.item_type === 'clause' ? o.item_id : (control?.reference ?? o.item_id),
          title: (o.item_type === 'clause' ? clause?.title : control?.title) ?? '(no longer exists)',
          frequencyMonths: o.frequency_months,
        };
      }),
      updatedAt: p.updated_at,
      updatedBy: p.updated_by ? { id: p.updated_by, fullName: names.get(p.updated_by) ?? 'Unknown person' } : null,
      version: p.version,
      can: { manage },
    };
  }

  return {
    async get(actor: Actor): Promise<TAuditProgramme> {
      await deps.authz.authorize(actor, 'audits.read');
      return present(actor);
    },

    async update(actor: Actor, input: TUpdateAuditProgrammeRequest, meta: CallMeta): Promise<TAuditProgramme> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      if (input.cycleEnd <= input.cycleStart)
        throw new AppError('validation_failed', 'The programme ends before it starts', {
          errors: [{ field: 'body.cycleEnd', message: 'Must be after cycleStart' }],
        });
      const by = actor.kind === 'account' ? actor.personId : null;
      // Two first saves at once: the second finds the row taken (primary key) and is told to reload.
      try {
        await db.transaction().execute(async (trx) => {
          const before = await repo.findProgramme(trx);
          const now = nowIso();
          const values = {
            title: input.title,
            cycle_start: input.cycleStart,
            cycle_end: input.cycleEnd,
            clause_frequency_months: input.clauseFrequencyMonths,
            control_frequency_months: input.controlFrequencyMonths,
            notes: input.notes,
            updated_by: by,
            updated_at: now,
          };
          if (!before) {
            if (input.version !== 0) throw new AppError('conflict', 'The programme was changed meanwhile; reload it');
            await repo.insertProgramme(trx, { ...values, created_at: now });
          } else if (!(await repo.updateProgramme(trx, input.version, values)))
            throw new AppError('conflict', 'The programme was changed by someone else meanwhile; reload and try again');
          await appendTrail(trx, {
            actor,
            grant,
            requestId: meta.requestId,
            action: 'audit_programme.update',
            objectType: 'audit_programme',
            objectId: 'programme',
            changes: Object.fromEntries(Object.entries(input).filter(([k]) => k !== 'version')),
          });
        });
      } catch (e) {
        if (isUniqueViolation(e))
          throw new AppError('conflict', 'The programme was saved by someone else meanwhile; reload it');
        throw e;
      }
      return present(actor);
    },

    async setFrequency(actor: Actor, input: TSetProgrammeFrequencyRequest, meta: CallMeta): Promise<TAuditProgramme> {
      const grant = await deps.authz.authorize(actor, 'audits.manage');
      const cat = await loadScopeCatalogue(db);
      const known =
        input.itemType === 'clause'
          ? leafClauses(cat.clauses).some((c) => c.id === input.itemId)
          : cat.controls.some((c) => c.id === input.itemId && c.applicability === 'applicable');
      if (!known)
        throw new AppError('validation_failed', `No ${input.itemType} ${input.itemId} in the programme`, {
          errors: [{ field: 'body.itemId', message: 'Use a clause without sub-clauses, or an applicable control' }],
        });
      await db.transaction().execute(async (trx) => {
        await repo.setFrequency(trx, {
          item_type: input.itemType,
          item_id: input.itemId,
          frequency_months: input.frequencyMonths,
          updated_by: actor.kind === 'account' ? actor.personId : null,
          updated_at: nowIso(),
        });
        await appendTrail(trx, {
          actor,
          grant,
          requestId: meta.requestId,
          action: 'audit_programme.frequency',
          objectType: 'audit_programme',
          objectId: 'programme',
          changes: { itemType: input.itemType, itemId: input.itemId, frequencyMonths: input.frequencyMonths },
        });
      });
      return present(actor);
    },

    async coverage(actor: Actor, q: TProgrammeCoverageQuery): Promise<TProgrammeCoverage> {
      await deps.authz.authorize(actor, 'audits.read');
      const { items, asOf } = await coverageItems();
      const totals = Object.fromEntries(
        COVERAGE_STATES.map((s) => [s, items.filter((i) => i.state === s).length]),
      ) as TProgrammeCoverage['totals'];
      const filtered = items.filter(
        (i) => (!q.itemType || i.itemType === q.itemType) && (!q.state || i.state === q.state),
      );
      // The programme is bounded (41 clauses and the SoA's controls): paged by position with an opaque cursor.
      const after = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const start = after?.n ?? 0;
      const page = filtered.slice(start, start + q.limit);
      return {
        items: page,
        nextCursor: start + q.limit < filtered.length ? encodeCursor({ n: start + q.limit }) : null,
        totals,
        asOf,
      };
    },

    async exportCoverage(actor: Actor, format: TabularFormat) {
      await deps.authz.authorize(actor, 'audits.read');
      const { items } = await coverageItems();
      return {
        body: await renderTabular(format, 'Audit programme coverage', COVERAGE_COLUMNS, items),
        contentType: CONTENT_TYPES[format],
        fileName: downloadName('audit-programme-coverage', format),
      };
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
