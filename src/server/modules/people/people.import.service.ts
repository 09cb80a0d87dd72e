import type { TImportSummary } from '../../../contracts/people.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import type { ImportRow } from './people.import.rules.js';
import { CHUNK, diffChunk, LIST_MAX, missingBecomeLeavers, type ChunkContext, type Who } from './people.import.diff.js';
import { planImport } from './people.import.plan.js';
import { readRows, scanImport, type ImportSource } from './people.import.scan.js';
import * as units from './people.org-units.repository.js';
import { today } from './people.rules.js';

export type { ImportSource } from './people.import.scan.js';
export type { Who } from './people.import.diff.js';

export type ImportOptions = {
  mode: 'preview' | 'apply';
  missingAreLeavers: boolean;
  /** The previewed file's hash; when given (the HTTP route always does), apply refuses any other file. */
  expectedSha256?: string;
  /** What new people are marked as coming from (the demo loader says demo); default hr_import. */
  source?: 'hr_import' | 'demo';
  onProgress?: (phase: 'check' | 'apply', done: number, total: number) => void;
};

/**
 * The HR import. Pass 1 streams the file, validates every row and keeps only what resolving needs;
 * the plan resolves units, people and managers; pass 2 streams the file again and diffs (preview)
 * or writes (apply, all in one transaction) 500 rows at a time. Any bad row: nothing is written.
 */
export async function runPeopleImport(db: Db, who: Who, source: ImportSource, opts: ImportOptions) {
  const scan = await scanImport(source, (bytes) => opts.onProgress?.('check', bytes, source.size ?? bytes));
  if (opts.mode === 'apply' && opts.expectedSha256 !== undefined && opts.expectedSha256 !== scan.sha256) {
    throw new AppError(
      'conflict',
      `This file (sha256 ${scan.sha256.slice(0, 12)}…) is not the one you previewed (${opts.expectedSha256.slice(0, 12)}…); preview it again`,
    );
  }
  const summary: TImportSummary = {
    mode: opts.mode,
    applied: false,
    sha256: scan.sha256,
    rows: scan.rows,
    missingAreLeavers: opts.missingAreLeavers,
    counts: { created: 0, updated: 0, unchanged: 0, leavers: 0, orgUnitsCreated: 0, errors: scan.errorCount },
    created: [],
    updated: [],
    leavers: [],
    orgUnitsCreated: [],
    errors: scan.errors,
    truncated: scan.errorCount > scan.errors.length,
  };
  if (scan.errorCount > 0 || !scan.map) return summary;
  const map = scan.map;

  const work = async (trx: Db, write: boolean) => {
    const plan = await planImport(trx, scan);
    if (plan.errorCount > 0) {
      summary.errors = plan.errors;
      summary.counts.errors = plan.errorCount;
      summary.truncated = plan.errorCount > plan.errors.length;
      return false;
    }
    const now = nowIso();
    summary.counts.orgUnitsCreated = plan.newUnits.length;
    summary.orgUnitsCreated = plan.newUnits
      .slice(0, LIST_MAX)
      .map((u) => ({ code: u.code, name: u.name, parentCode: u.parentCode }));
    if (write) {
      await units.insertOrgUnits(
        trx,
        plan.newUnits.map(({ parentCode: _p, ...u }) => u),
      );
      for (const u of plan.newUnits) {
        await appendTrail(trx, {
          ...who,
          action: 'org_unit.created',
          objectType: 'org_unit',
          objectId: u.id,
          changes: { code: u.code, name: u.name, parentId: u.parent_id, source: opts.source ?? 'hr_import' },
        });
      }
      // People whose email another row takes move to theirs first, so the unique index holds throughout.
      for (const id of plan.displaced.keys()) {
        await trx
          .updateTable('person')
          .set({ email: `moving-${id}@import.invalid` })
          .where('id', '=', id)
          .execute();
      }
    }
    const ctx: ChunkContext = {
      trx,
      write,
      plan,
      map,
      who,
      summary,
      now,
      day: today(),
      source: opts.source ?? 'hr_import',
    };
    let chunk: ImportRow[] = [];
    let done = 0;
    await readRows(source, {
      onHeader: () => undefined,
      onError: () => undefined,
      onRow: async (row) => {
        chunk.push(row);
        if (chunk.length >= CHUNK) {
          await diffChunk(ctx, chunk);
          done += chunk.length;
          chunk = [];
          opts.onProgress?.('apply', done, scan.rows);
        }
      },
    });
    if (chunk.length > 0) await diffChunk(ctx, chunk);
    opts.onProgress?.('apply', scan.rows, scan.rows);
    if (opts.missingAreLeavers) await missingBecomeLeavers(ctx);
    if (write) {
      await appendTrail(trx, {
        ...who,
        action: 'people.imported',
        objectType: 'import',
        objectId: null,
        changes: { sha256: scan.sha256, rows: scan.rows, missingAreLeavers: opts.missingAreLeavers, ...summary.counts },
      });
    }
    return true;
  };

  if (opts.mode === 'preview') {
    await work(db, false);
    return summary;
  }
  const ok = await db.transaction().execute((trx) => work(trx, true));
  summary.applied = ok;
  return summary;
}

export function createImportService(deps: Deps) {
  return {
    /** Authorizes, then previews or applies; a bad row means nothing was written (applied: false). */
    async run(
      actor: Actor,
      source: ImportSource | null,
      opts: ImportOptions & { requireExpectedSha?: boolean },
      meta: CallMeta,
    ): Promise<TImportSummary> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      if (!source)
        throw new AppError('validation_failed', 'Send the CSV file as the request body with Content-Type: text/csv', {
          errors: [{ field: 'body', message: 'Required' }],
        });
      if (opts.mode === 'apply' && opts.requireExpectedSha && !opts.expectedSha256)
        throw new AppError('validation_failed', 'Preview the file first and send its sha256 to apply it', {
          errors: [{ field: 'querystring.expectedSha256', message: 'Required to apply' }],
        });
      return runPeopleImport(deps.db, { actor, grant, requestId: meta.requestId }, source, opts);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
