import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { loadExcel } from '../../core/heavy-libs.js';
import { stringify } from 'csv-stringify/sync';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { addMonths } from '../../core/dates.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { nowIso } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { RISK_OWNER } from './risks.owners.js';
import * as repo from './risks.repository.js';
import { riskReference, type Method } from './risks.rules.js';
import { loadMethod } from './risks.service.js';

/** The import's columns; the template writes exactly these. */
export const RISK_IMPORT_COLUMNS = [
  'title',
  'description',
  'category',
  'org_unit_code',
  'threat',
  'vulnerability',
  'owner_email',
  'inherent_likelihood',
  'inherent_impact',
  'residual_likelihood',
  'residual_impact',
  'treatment',
  'rationale',
] as const;
type Column = (typeof RISK_IMPORT_COLUMNS)[number];

/** Header spellings spreadsheet registers use, after normalising (lower case, other characters → _). */
const SYNONYMS: Partial<Record<Column, string[]>> = {
  title: ['risk', 'risk_title', 'name', 'risk_name'],
  description: ['details', 'risk_description'],
  org_unit_code: ['org_unit', 'department_code', 'unit_code', 'department'],
  owner_email: ['owner', 'risk_owner', 'risk_owner_email'],
  inherent_likelihood: ['likelihood', 'inherent_probability', 'probability'],
  inherent_impact: ['impact', 'consequence', 'inherent_consequence'],
  residual_likelihood: ['residual_probability'],
  residual_impact: ['residual_consequence'],
  treatment: ['treatment_option', 'response'],
  rationale: ['assessment_rationale', 'comments', 'notes'],
};
const MAX_ROWS = 20_000;
const MAX_ERRORS = 500;
const TREATMENTS = ['modify', 'retain', 'avoid', 'share'] as const;

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

function headerMap(headers: string[]): { map: Map<number, Column>; missing: Column[] } {
  const map = new Map<number, Column>();
  headers.forEach((h, i) => {
    const n = norm(h);
    const col = RISK_IMPORT_COLUMNS.find((c) => c === n || SYNONYMS[c]?.includes(n));
    if (col && ![...map.values()].includes(col)) map.set(i, col);
  });
  const found = new Set(map.values());
  return { map, missing: (['title', 'category'] as Column[]).filter((c) => !found.has(c)) };
}

async function readTable(data: Buffer, kind: 'csv' | 'xlsx'): Promise<string[][]> {
  if (kind === 'csv') {
    const text = data.toString('utf8').replace(/^\uFEFF/, '');
    try {
      const rows: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true });
      return rows;
    } catch (e) {
      throw new AppError('validation_failed', `The CSV cannot be read: ${(e as Error).message}`, {
        errors: [{ field: 'body', message: 'Send a comma-separated file with a header row' }],
      });
    }
  }
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation_failed', 'The spreadsheet cannot be read', {
      errors: [{ field: 'body', message: 'Send an .xlsx workbook whose first sheet has a header row' }],
    });
  }
  const sheet = book.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // The text a spreadsheet shows for the cell (formulas by their result, rich text flattened).
      cells[col - 1] = cell.text;
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

type Planned = {
  line: number;
  title: string;
  description: string;
  category: string;
  orgUnitId: string | null;
  threat: string;
  vulnerability: string;
  ownerPersonId: string | null;
  scores: { il: number; ii: number; rl: number; ri: number } | null;
  treatment: (typeof TREATMENTS)[number] | null;
  rationale: string;
};

/** Checks every row against the method, the org units and the people; nothing is written here. */
async function plan(
  deps: Deps,
  table: string[][],
  m: Method,
): Promise<{ rows: Planned[]; errors: { line: number; field: string; message: string }[] }> {
  const errors: { line: number; field: string; message: string }[] = [];
  const [header, ...body] = table;
  if (!header) return { rows: [], errors: [{ line: 1, field: 'header', message: 'The file is empty' }] };
  const { map, missing } = headerMap(header);
  if (missing.length > 0)
    return { rows: [], errors: missing.map((c) => ({ line: 1, field: c, message: `No ${c} column` })) };
  if (body.length > MAX_ROWS)
    return { rows: [], errors: [{ line: 1, field: 'body', message: `At most ${MAX_ROWS} rows per file` }] };
  const units = new Map((await repo.orgUnits(deps.db)).map((u) => [u.code.toLowerCase(), u.id]));
  const emails = new Set<string>();
  const cellsOf = (row: string[]) => {
    const out: Partial<Record<Column, string>> = {};
    map.forEach((col, i) => (out[col] = (row[i] ?? '').trim()));
    return out;
  };
  for (const row of body) {
    const e = cellsOf(row).owner_email;
    if (e) emails.add(e.toLowerCase());
  }
  const people = await repo.personIdsByEmail(deps.db, [...emails]);
  const rows: Planned[] = [];
  body.forEach((row, i) => {
    if (errors.length >= MAX_ERRORS) return;
    const line = i + 2;
    const c = cellsOf(row);
    const err = (field: string, message: string) => errors.push({ line, field, message });
    const title = c.title ?? '';
    if (!title) err('title', 'A risk needs a title');
    else if (title.length > 200) err('title', 'At most 200 characters');
    const category = c.category ?? '';
    if (!category) err('category', 'A risk needs a category');
    else if (category.length > 80) err('category', 'At most 80 characters');
    let orgUnitId: string | null = null;
    if (c.org_unit_code) {
      orgUnitId = units.get(c.org_unit_code.toLowerCase()) ?? null;
      if (!orgUnitId) err('org_unit_code', `No org unit with code ${c.org_unit_code}`);
    }
    let ownerPersonId: string | null = null;
    if (c.owner_email) {
      const p = people.get(c.owner_email.toLowerCase());
      if (!p) err('owner_email', `No person with email ${c.owner_email}`);
      else if (p.status !== 'active') err('owner_email', `${c.owner_email} is not an active person`);
      else ownerPersonId = p.id;
    }
    const nums = (['inherent_likelihood', 'inherent_impact', 'residual_likelihood', 'residual_impact'] as const).map(
      (k) => c[k] ?? '',
    );
    let scores: Planned['scores'] = null;
    if (nums.some((v) => v !== '')) {
      const parsed = nums.map((v, j) => {
        const n = Number(v);
        const max = j % 2 === 0 ? m.likelihood.length : m.impact.length;
        const field = ['inherent_likelihood', 'inherent_impact', 'residual_likelihood', 'residual_impact'][j]!;
        if (v === '') err(field, 'Give all four scores, or none');
        else if (!Number.isInteger(n) || n < 1 || n > max) err(field, `A whole number from 1 to ${max}`);
        return n;
      });
      scores = { il: parsed[0]!, ii: parsed[1]!, rl: parsed[2]!, ri: parsed[3]! };
    }
    const t = (c.treatment ?? '').toLowerCase();
    const treatment = t === '' ? null : (TREATMENTS.find((x) => x === t) ?? null);
    if (t !== '' && !treatment) err('treatment', `Use one of: ${TREATMENTS.join(', ')}`);
    if (treatment && !scores) err('treatment', 'A treatment needs the scores of an assessment');
    for (const k of ['description', 'threat', 'vulnerability', 'rationale'] as const)
      if ((c[k] ?? '').length > 5000) err(k, 'At most 5,000 characters');
    rows.push({
      line,
      title,
      description: c.description ?? '',
      category,
      orgUnitId,
      threat: c.threat ?? '',
      vulnerability: c.vulnerability ?? '',
      ownerPersonId,
      scores,
      treatment,
      rationale: c.rationale || 'Imported from the previous risk register',
    });
  });
  return { rows, errors };
}

/**
 * Risks from an existing spreadsheet register (CSV or XLSX): every row checked first and every
 * problem reported by line and column; applying writes all rows or none, bound to the previewed file.
 */
export function createRiskImportService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;
  return {
    /** The template is for those who may import. */
    async templateFor(actor: Actor): Promise<void> {
      await deps.authz.authorize(actor, 'risks.manage');
    },

    template(): string {
      return (
        '\uFEFF' +
        stringify([
          [...RISK_IMPORT_COLUMNS],
          [
            'Ransomware encrypts file servers',
            'Loss of shared drives for days',
            'Malware',
            'IT',
            'Ransomware gang',
            'Unpatched servers',
            '',
            '4',
            '5',
            '2',
            '4',
            'modify',
            'Backups are tested monthly',
          ],
        ])
      );
    },

    async run(
      actor: Actor,
      file: { data: Buffer; kind: 'csv' | 'xlsx' },
      q: { mode: 'preview' | 'apply'; sha256?: string },
      meta: CallMeta,
    ) {
      const g = await deps.authz.authorize(actor, 'risks.manage');
      const sha256 = createHash('sha256').update(file.data).digest('hex');
      if (q.mode === 'apply' && q.sha256 !== sha256)
        throw new AppError('conflict', 'Apply the file you previewed: its content differs (or no sha256 was given)');
      const m = await loadMethod(db);
      const { rows, errors } = await plan(deps, await readTable(file.data, file.kind), m);
      const owners = rows.filter((r) => r.ownerPersonId !== null).length;
      const ownerGrant =
        owners > 0 && errors.length === 0 && q.mode === 'apply' ? await assignments.authority(actor, RISK_OWNER) : null;
      const result = {
        mode: q.mode,
        applied: false,
        rows: rows.length,
        created: rows.length,
        assessed: rows.filter((r) => r.scores !== null).length,
        errors,
        sha256,
      };
      if (q.mode === 'preview' || errors.length > 0) return result;
      await db.transaction().execute(async (trx) => {
        let number = await repo.nextRiskNumber(trx);
        const now = nowIso();
        for (const r of rows) {
          const id = uuidv7();
          const reference = riskReference(number++);
          const s = r.scores;
          await repo.insertRisk(trx, {
            id,
            number: number - 1,
            reference,
            title: r.title,
            description: r.description,
            category: r.category,
            org_unit_id: r.orgUnitId,
            threat: r.threat,
            vulnerability: r.vulnerability,
            inherent_likelihood: s?.il ?? null,
            inherent_impact: s?.ii ?? null,
            inherent_score: s ? s.il * s.ii : null,
            residual_likelihood: s?.rl ?? null,
            residual_impact: s?.ri ?? null,
            residual_score: s ? s.rl * s.ri : null,
            method_version: s ? m.version : null,
            assessed_at: s ? now : null,
            next_assessment_at: s ? addMonths(now, m.assessmentIntervalMonths) : null,
            treatment_option: r.treatment,
            treatment_note: '',
            plan_version: r.treatment ? 1 : 0,
            plan_approved_version: null,
            plan_approved_at: null,
            plan_approved_by: null,
            plan_approved_role_key: null,
            accepted_until: null,
            closed_at: null,
            closed_by: null,
            close_reason: null,
            created_by: actor.kind === 'account' ? actor.personId : null,
            created_at: now,
            updated_at: now,
            version: 1,
          });
          if (s)
            await repo.insertAssessment(trx, {
              id: uuidv7(),
              risk_id: id,
              method_version: m.version,
              inherent_likelihood: s.il,
              inherent_impact: s.ii,
              inherent_score: s.il * s.ii,
              residual_likelihood: s.rl,
              residual_impact: s.ri,
              residual_score: s.rl * s.ri,
              rationale: r.rationale,
              assessed_by: actor.kind === 'account' ? actor.personId : null,
              assessed_role_key: g.kind === 'role' ? g.roleKey : null,
              assessed_at: now,
            });
          await appendTrail(trx, {
            actor,
            grant: g,
            action: 'risk.imported',
            objectType: 'risk',
            objectId: id,
            changes: { reference, title: r.title, line: r.line, file: sha256, scores: s },
            requestId: meta.requestId,
          });
          if (r.ownerPersonId && ownerGrant)
            await assignments.open(
              trx,
              {
                personId: r.ownerPersonId,
                roleKey: RISK_OWNER,
                scopeType: 'risk',
                scopeId: id,
                kind: 'holder',
                reason: `Owner of ${reference} (imported)`,
                replaceCurrent: false,
              },
              { actor, grant: ownerGrant, requestId: meta.requestId },
            );
        }
      });
      return { ...result, applied: true };
    },
  };
}

export type RiskImportService = ReturnType<typeof createRiskImportService>;
