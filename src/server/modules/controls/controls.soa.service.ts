import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  TSoaRow,
  ZApproveSoaRequest,
  ZSoaExportQuery,
  ZSoaStatus,
  ZSoaVersion,
  ZSoaVersionPage,
  ZSoaVersionSummary,
} from '../../../contracts/controls.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { allowedWith, type Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { fromJson, nowIso } from '../../db/json.js';
import { readSettings } from '../settings/settings.service.js';
import { canonicalJson } from '../trail/trail.rules.js';
import { appendTrail } from '../trail/trail.service.js';
import { implementersOf, loadControlFacts, ownerOfControl } from './controls.owners.js';
import { peopleOf, presentSoaSummary, reasonsOf } from './controls.presenters.js';
import * as repo from './controls.repository.js';
import { applicabilityOf, dayOf } from './controls.rules.js';
import { renderSoa, type SoaFormat } from './controls.soa.reports.js';

export type TSoaVersionListQuery = { limit: number; cursor?: string };

/** SHA-256 of the canonical JSON of the rows: what an approved version is identified by. */
export const soaDigest = (rows: TSoaRow[]): { snapshot: string; sha256: string } => {
  const snapshot = canonicalJson(rows);
  return { snapshot, sha256: createHash('sha256').update(snapshot).digest('hex') };
};

const byKey = <T>(items: { control_id: string; reference: string; number: number }[], f: (x: typeof items) => T) => {
  const out = new Map<string, typeof items>();
  for (const x of items) out.set(x.control_id, [...(out.get(x.control_id) ?? []), x]);
  return new Map([...out].map(([k, v]) => [k, f(v.sort((a, b) => a.number - b.number))]));
};

/**
 * The Statement of Applicability as it stands on `now`: every control in use, in catalogue order,
 * with its decision, implementation, owner and implementers (by name, as an auditor reads them),
 * linked risks and the evidence valid that day.
 */
export async function buildSoaRows(db: Db, now: string): Promise<TSoaRow[]> {
  const today = dayOf(now);
  const [controls, facts, risks, evidence] = await Promise.all([
    repo.liveControls(db),
    loadControlFacts(db, now),
    repo.allRiskReferences(db),
    repo.validEvidenceReferences(db, today),
  ]);
  const names = new Map((await repo.personNames(db, peopleOf(controls, facts))).map((p) => [p.id, p.full_name]));
  const refs = (v: { reference: string }[]) => v.map((x) => x.reference);
  const risksOf = byKey(risks, refs);
  const evidenceOf = byKey(evidence, refs);
  const name = (id: string) => names.get(id) ?? 'Unknown person';
  return controls
    .sort((a, b) => (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : a.reference < b.reference ? -1 : 1))
    .map((c) => {
      const owner = ownerOfControl(c.id, facts);
      return {
        reference: c.reference,
        title: c.title,
        theme: c.theme as TSoaRow['theme'],
        applicability: applicabilityOf(c.applicable),
        reasons: reasonsOf(c),
        justification: c.justification,
        status: c.status as TSoaRow['status'],
        owner: owner ? name(owner.personId) : null,
        implementers: implementersOf(c.id, facts)
          .map((i) => name(i.personId))
          .sort(),
        risks: risksOf.get(c.id) ?? [],
        evidence: evidenceOf.get(c.id) ?? [],
      };
    });
}

const roleKeyOf = (g: Grant) =>
  g.kind === 'role' ? g.roleKey : g.kind === 'system' ? `system:${g.label}` : g.kind === 'platform' ? 'admin' : g.kind;

/**
 * Approved versions of the Statement of Applicability (6.1.3 d): the ISM approves once every
 * control is decided; each version is a frozen snapshot identified by the SHA-256 of its canonical
 * JSON, exportable as auditors read it (CSV, XLSX, PDF).
 */
export function createSoaService(deps: Deps) {
  const { db } = deps;

  async function summaries(rows: Omit<repo.SoaVersionRow, 'snapshot'>[]) {
    const [people, roles] = await Promise.all([
      repo.personNames(
        db,
        rows.map((r) => r.approved_by),
      ),
      repo.roleNames(
        db,
        rows.map((r) => r.approved_role_key),
      ),
    ]);
    const names = new Map(people.map((p) => [p.id, p.full_name]));
    const roleNames = new Map(roles.map((r) => [r.key, r.name]));
    return rows.map((r) => presentSoaSummary(r, names, roleNames));
  }

  async function loadVersion(n: number) {
    const v = await repo.soaVersion(db, n);
    if (!v) throw new AppError('not_found', `No approved SoA version ${n}`);
    return v;
  }

  async function version(actor: Actor, n: number): Promise<z.infer<typeof ZSoaVersion>> {
    await deps.authz.authorize(actor, 'controls.read');
    const v = await loadVersion(n);
    const [summary] = await summaries([v]);
    return { ...(summary as z.infer<typeof ZSoaVersionSummary>), rows: fromJson<TSoaRow[]>(v.snapshot, []) };
  }

  return {
    async status(actor: Actor): Promise<z.infer<typeof ZSoaStatus>> {
      await deps.authz.authorize(actor, 'controls.read');
      const held = await deps.authz.rolesOf(actor);
      const [latest, undecided, rows] = await Promise.all([
        repo.latestSoaVersion(db),
        repo.countUndecided(db),
        buildSoaRows(db, nowIso()),
      ]);
      let changed = rows.length;
      if (latest) {
        const before = new Map(fromJson<TSoaRow[]>(latest.snapshot, []).map((r) => [r.reference, canonicalJson(r)]));
        const now = new Map(rows.map((r) => [r.reference, canonicalJson(r)]));
        changed =
          [...now].filter(([ref, json]) => before.get(ref) !== json).length +
          [...before.keys()].filter((ref) => !now.has(ref)).length;
      }
      return {
        latest: latest ? ((await summaries([latest]))[0] ?? null) : null,
        undecided,
        changedSinceLatest: changed,
        canApprove: actor.kind === 'account' && undecided === 0 && allowedWith(actor, held, 'soa.approve') !== null,
      };
    },

    /** Approves the SoA as it stands now as the next version (the ISM); every control must be decided. */
    async approve(
      actor: Actor,
      input: z.infer<typeof ZApproveSoaRequest>,
      meta: CallMeta,
    ): Promise<z.infer<typeof ZSoaVersion>> {
      const grant = await deps.authz.authorize(actor, 'soa.approve');
      if (actor.kind !== 'account')
        throw new AppError('forbidden', 'A version of the SoA is approved by a signed-in person');
      let number = 0;
      for (let attempt = 0; ; attempt++) {
        try {
          number = await db.transaction().execute(async (trx) => {
            const undecided = await repo.countUndecided(trx);
            if (undecided > 0)
              throw new AppError(
                'conflict',
                `${undecided} control${undecided === 1 ? ' is' : 's are'} still undecided; decide the applicability of every control before approving the Statement of Applicability`,
              );
            const now = nowIso();
            const rows = await buildSoaRows(trx, now);
            const { snapshot, sha256 } = soaDigest(rows);
            const n = await repo.nextSoaNumber(trx);
            const applicable = rows.filter((r) => r.applicability === 'applicable').length;
            await repo.insertSoaVersion(trx, {
              number: n,
              note: input.note,
              snapshot,
              sha256,
              control_count: rows.length,
              applicable_count: applicable,
              approved_by: actor.personId,
              approved_role_key: roleKeyOf(grant),
              approved_assignment_id: grant.kind === 'role' ? grant.assignmentId : null,
              approved_at: now,
            });
            await appendTrail(trx, {
              actor,
              grant,
              action: 'soa.approve',
              objectType: 'soa_version',
              objectId: String(n),
              changes: { number: n, sha256, controlCount: rows.length, applicableCount: applicable, note: input.note },
              requestId: meta.requestId,
            });
            return n;
          });
          break;
        } catch (e) {
          // Two approvals at once: the later one takes the next number.
          if (!isUniqueViolation(e) || attempt >= 2) throw e;
        }
      }
      return version(actor, number);
    },

    async versions(actor: Actor, q: TSoaVersionListQuery): Promise<z.infer<typeof ZSoaVersionPage>> {
      await deps.authz.authorize(actor, 'controls.read');
      const after = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const rows = await repo.listSoaVersions(db, after?.n, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: await summaries(page),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ n: last.number }) : null,
      };
    },

    version,

    /** The current SoA (a working draft) or an approved version, as CSV, XLSX or PDF. */
    async export(actor: Actor, q: z.infer<typeof ZSoaExportQuery>, versionNumber?: number) {
      await deps.authz.authorize(actor, 'controls.read');
      const format: SoaFormat = q.format;
      const settings = await readSettings(db);
      if (versionNumber === undefined) {
        const rows = await buildSoaRows(db, nowIso());
        return renderSoa(format, rows, { organisation: settings.organisationName, version: null });
      }
      const v = await loadVersion(versionNumber);
      const [summary] = await summaries([v]);
      return renderSoa(format, fromJson<TSoaRow[]>(v.snapshot, []), {
        organisation: settings.organisationName,
        version: summary ?? null,
      });
    },
  };
}

export type SoaService = ReturnType<typeof createSoaService>;
