import type { TRiskFilterQuery } from '../../../contracts/risks.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { createPdf, pdfDate, pdfDateTime, type PdfWriter } from '../../core/pdf.js';
import { downloadName } from '../../core/tabular.js';
import { nowIso } from '../../db/json.js';
import { readSettings } from '../settings/settings.service.js';
import { requireRead, riskAccessOf } from './risks.access.js';
import { loadOwnerFacts } from './risks.owners.js';
import * as repo from './risks.repository.js';
import { levelOf, ownerOf, statusOf, type Method } from './risks.rules.js';
import { loadMethod, loadRisk, resolveFilter, type RiskService } from './risks.service.js';

/** The most risks the assessment report lists; beyond it the report says so and asks for filters. */
export const REPORT_MAX_RISKS = 5000;

const OPTION: Record<string, string> = {
  modify: 'Modify (reduce the risk with controls)',
  retain: 'Retain (accept it as it is)',
  avoid: 'Avoid (stop the activity that causes it)',
  share: 'Share (insurance, contracts, outsourcing)',
};

function heatTable(w: PdfWriter, m: Method, cells: Map<string, number>, title: string) {
  w.heading(title, 3);
  const rows = [...m.likelihood].reverse();
  w.table(
    [
      {
        header: 'Likelihood \\ Impact',
        width: 2,
        value: (l: (typeof rows)[number]) => `${l.value} ${l.label}`,
        bold: true,
      },
      ...m.impact.map((i) => ({
        header: `${i.value} ${i.label}`,
        width: 1,
        align: 'center' as const,
        value: (l: (typeof rows)[number]) => {
          const n = cells.get(`${l.value}:${i.value}`) ?? 0;
          return `${n > 0 ? n : '·'} (${levelOf(m, l.value * i.value).label})`;
        },
      })),
    ],
    rows,
  );
}

/** Printable risk documents: the treatment plan of one risk and the assessment report of the register. */
export function createRiskReportService(deps: Deps, risks: RiskService) {
  const { db } = deps;

  return {
    async treatmentPlan(actor: Actor, id: string) {
      const a = await riskAccessOf(deps, actor);
      const r0 = await loadRisk(db, id);
      await requireRead(db, a, id, ownerOf(r0, await loadOwnerFacts(db, nowIso())));
      const [risk, settings] = await Promise.all([risks.present(a, id), readSettings(db)]);
      const w = await createPdf({
        title: `${risk.reference} treatment plan`,
        organisation: settings.organisationName,
        subject: 'Risk treatment plan (ISO/IEC 27001 6.1.3, 8.3)',
      });
      w.title(`Risk treatment plan: ${risk.title}`, `${risk.reference} · ${settings.organisationName}`);
      w.keyValues([
        [
          'Risk owner',
          risk.owner
            ? `${risk.owner.person.fullName}${risk.owner.via === 'risk' ? '' : risk.owner.via === 'org_unit' ? ' (owner of the org unit)' : ' (whole-ISMS risk owner)'}`
            : 'No owner',
        ],
        ['Org unit', risk.orgUnit?.name ?? '—'],
        ['Category', risk.category],
        ['Status', risk.status],
        [
          'Inherent risk',
          risk.inherent
            ? `${risk.inherent.score} (${risk.inherent.level.label}): likelihood ${risk.inherent.likelihood} × impact ${risk.inherent.impact}`
            : 'Not assessed',
        ],
        [
          'Residual risk',
          risk.residual
            ? `${risk.residual.score} (${risk.residual.level.label}): likelihood ${risk.residual.likelihood} × impact ${risk.residual.impact}`
            : 'Not assessed',
        ],
        ['Above acceptance criteria', risk.aboveAppetite ? 'Yes: Top Management decides on acceptance' : 'No'],
        ['Assessed', risk.assessedAt ? `${pdfDateTime(risk.assessedAt)} (method version ${risk.methodVersion})` : '—'],
      ]);
      w.heading('Risk', 2);
      if (risk.description) w.paragraph(risk.description);
      w.keyValues([
        ['Threat', risk.threat || '—'],
        ['Vulnerability', risk.vulnerability || '—'],
      ]);
      w.heading('Treatment', 2);
      w.keyValues([
        ['Option', risk.treatmentOption ? (OPTION[risk.treatmentOption] ?? risk.treatmentOption) : 'Not chosen'],
        ['Plan version', String(risk.plan.version)],
        [
          'Plan approval',
          risk.plan.approved && risk.plan.approvedBy && risk.plan.approvedAt
            ? `Approved by ${risk.plan.approvedBy.fullName} as ${risk.plan.approvedRoleName ?? 'risk owner'} on ${pdfDateTime(risk.plan.approvedAt)}`
            : 'Not approved in this version',
        ],
      ]);
      if (risk.treatmentNote) w.paragraph(risk.treatmentNote);
      w.heading('Actions', 3);
      w.table(
        [
          {
            header: 'Action',
            width: 4,
            value: (x: (typeof risk.plan.actions)[number]) => x.title + (x.description ? ` — ${x.description}` : ''),
          },
          { header: 'Owner', width: 2, value: (x) => x.owner?.fullName ?? '—' },
          {
            header: 'Due',
            width: 1.4,
            value: (x) => (x.dueDate ? pdfDate(`${x.dueDate}T00:00:00.000Z`, 'short') : '—'),
          },
          {
            header: 'Status',
            width: 1.4,
            value: (x) => (x.overdue ? `${x.status} (overdue)` : x.status.replace('_', ' ')),
          },
        ],
        risk.plan.actions,
        { empty: 'No actions planned.' },
      );
      w.heading('Acceptance of residual risk', 2);
      const k = risk.acceptance;
      if (k)
        w.keyValues([
          ['Accepted by', `${k.acceptedBy.fullName} as ${k.acceptedRoleName}`],
          ['Accepted', pdfDateTime(k.acceptedAt)],
          [
            'Residual score accepted',
            `${k.residualScore} (${k.levelLabel})${k.aboveAppetite ? ', above the acceptance criteria' : ''}`,
          ],
          ['Valid until', pdfDate(k.expiresAt)],
          ['State', k.state.replace('_', ' ')],
          ['Justification', k.justification],
        ]);
      else w.paragraph('The residual risk has not been accepted.', { muted: true });
      return { body: await w.finish(), fileName: downloadName(`${risk.reference}-treatment-plan`, 'pdf') };
    },

    /** 8.2 evidence: the method, heat maps and the list of assessed risks the filters match. */
    async assessmentReport(actor: Actor, q: TRiskFilterQuery) {
      await deps.authz.authorize(actor, 'risks.read');
      const now = nowIso();
      const [m, facts, settings] = await Promise.all([loadMethod(db), loadOwnerFacts(db, now), readSettings(db)]);
      const f = resolveFilter(q, m, facts, now);
      const [total, inherent, residual] = await Promise.all([
        repo.countRisks(db, f),
        repo.heatCells(db, f, 'inherent'),
        repo.heatCells(db, f, 'residual'),
      ]);
      const rows: repo.RiskListRow[] = [];
      let after: { k: string | number; n: number } | undefined;
      while (rows.length < REPORT_MAX_RISKS) {
        const page = await repo.listRisks(db, f, '-residual', after, Math.min(1000, REPORT_MAX_RISKS - rows.length));
        rows.push(...page);
        const last = page[page.length - 1];
        if (page.length < 1000 || !last) break;
        after = { k: last.sort_key, n: last.number };
      }
      const people = new Map(
        (
          await repo.personNames(
            db,
            rows.flatMap((r) => ownerOf(r, facts)?.personId ?? []),
          )
        ).map((p) => [p.id, p.full_name]),
      );
      const w = await createPdf({
        title: 'Risk assessment report',
        organisation: settings.organisationName,
        subject: 'ISO/IEC 27001 6.1.2, 8.2',
        layout: 'landscape',
      });
      w.title('Risk assessment report', `${settings.organisationName} · ${pdfDate(now)}`);
      w.heading('Method', 2);
      w.keyValues([
        ['Method version', String(m.version)],
        ['Scales', `likelihood 1–${m.likelihood.length} × impact 1–${m.impact.length}`],
        ['Levels', m.levels.map((l) => `${l.label} from ${l.minScore}`).join(', ')],
        [
          'Acceptance criteria',
          `a residual score up to ${m.appetiteScore} may be accepted by the risk owner; above it by Top Management`,
        ],
        ['Assessment interval', `${m.assessmentIntervalMonths} months`],
      ]);
      w.list(m.likelihood.map((s) => `Likelihood ${s.value} ${s.label}: ${s.description}`));
      w.list(m.impact.map((s) => `Impact ${s.value} ${s.label}: ${s.description}`));
      const toMap = (cells: typeof inherent) => new Map(cells.map((c) => [`${c.likelihood}:${c.impact}`, c.n]));
      w.heading('Heat maps (open risks)', 2);
      heatTable(w, m, toMap(inherent), 'Inherent risk');
      heatTable(w, m, toMap(residual), 'Residual risk');
      w.heading(
        `Risks (${total}${total > rows.length ? `, the ${rows.length} highest listed; narrow the filters for the rest` : ''})`,
        2,
      );
      w.table(
        [
          { header: 'Ref', width: 1, value: (r: repo.RiskListRow) => r.reference, bold: true },
          { header: 'Risk', width: 4, value: (r) => r.title },
          { header: 'Org unit', width: 1.8, value: (r) => r.unit_name ?? '—' },
          { header: 'Owner', width: 1.8, value: (r) => people.get(ownerOf(r, facts)?.personId ?? '') ?? '—' },
          {
            header: 'Inherent',
            width: 1.2,
            value: (r) =>
              r.inherent_score === null ? '—' : `${r.inherent_score} ${levelOf(m, r.inherent_score).label}`,
          },
          {
            header: 'Residual',
            width: 1.2,
            value: (r) =>
              r.residual_score === null ? '—' : `${r.residual_score} ${levelOf(m, r.residual_score).label}`,
            color: (r) => (r.residual_score === null ? undefined : levelOf(m, r.residual_score).color),
          },
          { header: 'Treatment', width: 1.2, value: (r) => r.treatment_option ?? '—' },
          { header: 'Status', width: 1.2, value: (r) => statusOf(r, now) },
          { header: 'Assessed', width: 1.3, value: (r) => (r.assessed_at ? pdfDate(r.assessed_at, 'short') : '—') },
        ],
        rows,
        { empty: 'No risks match the filters.', fontSize: 8 },
      );
      return { body: await w.finish(), fileName: downloadName('risk-assessment-report', 'pdf') };
    },
  };
}

export type RiskReportService = ReturnType<typeof createRiskReportService>;
