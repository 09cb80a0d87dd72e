import { v7 as uuidv7 } from 'uuid';
import {
  RACI_LEGEND,
  type TCreateRaciProcessRequest,
  type TRaciMatrix,
  type TRaciProcess,
  type TRaciValue,
  type TUpdateRaciProcessRequest,
} from '../../../contracts/raci.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { CONTENT_TYPES, downloadName, renderTabular, type Column, type TabularFormat } from '../../core/tabular.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { RaciCellTable, RaciProcessRow } from '../../db/schema.js';
import { appendTrail } from '../trail/trail.service.js';
import RACI_DEFAULT from './data/raci-default.json' with { type: 'json' };
import * as repo from './responsibilities.raci.repository.js';
import {
  accountableProblem,
  cellDiff,
  normaliseCells,
  processKeyOf,
  type RaciCells,
} from './responsibilities.raci.rules.js';

type DefaultProcess = {
  id: string;
  name: string;
  iso_refs: string[];
  raci: Record<string, TRaciValue | null>;
  rationale: string;
};

/**
 * Seeds the default RACI (15 ISMS processes) on first start, after the role catalogue. Only an
 * empty matrix is seeded, so processes the ISM deleted do not come back; inserts ignore rows
 * another instance starting at the same time wrote first.
 */
export async function ensureRaciSeeded(db: Db): Promise<void> {
  if ((await repo.countProcesses(db)) > 0) return;
  const defaults = (RACI_DEFAULT as { processes: DefaultProcess[] }).processes;
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    for (const [i, p] of defaults.entries()) {
      await repo.insertProcessIfMissing(trx, {
        id: uuidv7(),
        key: p.id,
        name: p.name,
        iso_refs: toJson(p.iso_refs),
        rationale: p.rationale,
        position: (i + 1) * 10,
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
    const ids = await repo.processIdsByKey(
      trx,
      defaults.map((p) => p.id),
    );
    const roleKeys = new Set(
      (await repo.roleKeysIn(trx, [...new Set(defaults.flatMap((p) => Object.keys(p.raci)))])).map((r) => r.key),
    );
    const cells: RaciCellTable[] = defaults.flatMap((p) =>
      Object.entries(normaliseCells(p.raci))
        .filter(([role]) => roleKeys.has(role))
        .map(([role, value]) => ({ process_id: ids.get(p.id) ?? '', role_key: role, value }))
        .filter((c) => c.process_id !== ''),
    );
    await repo.insertCellsIfMissing(trx, cells);
  });
}

const presentProcess = (row: RaciProcessRow, cells: RaciCells): TRaciProcess => ({
  id: row.id,
  key: row.key,
  name: row.name,
  isoRefs: fromJson<string[]>(row.iso_refs, []),
  rationale: row.rationale,
  position: row.position,
  cells,
  updatedAt: row.updated_at,
  version: row.version,
});

const groupCells = (rows: RaciCellTable[]): Map<string, RaciCells> => {
  const by = new Map<string, RaciCells>();
  for (const c of rows) {
    const cells = by.get(c.process_id) ?? {};
    cells[c.role_key] = c.value;
    by.set(c.process_id, cells);
  }
  return by;
};

/** Refuses unknown roles and a row without exactly one Accountable, naming the process. */
async function checkRow(trx: Db, processName: string, cells: RaciCells): Promise<void> {
  const keys = Object.keys(cells);
  const known = new Map((await repo.roleKeysIn(trx, keys)).map((r) => [r.key, r.name]));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', `No role with key ${unknown.join(', ')}`, {
      errors: unknown.map((k) => ({ field: `body.cells.${k}`, message: 'No such role' })),
    });
  }
  const why = accountableProblem(processName, cells, (k) => known.get(k) ?? k);
  if (why) throw new AppError('validation_failed', why, { errors: [{ field: 'body.cells', message: why }] });
}

export function createRaciService(deps: Deps) {
  const { db } = deps;

  async function loadProcess(trx: Db, id: string): Promise<TRaciProcess> {
    const row = await repo.findProcess(trx, id);
    if (!row) throw new AppError('not_found', 'No such RACI process');
    return presentProcess(row, groupCells(await repo.listCells(trx, [id])).get(id) ?? {});
  }

  async function readMatrix(): Promise<Omit<TRaciMatrix, 'can'>> {
    const [roles, processes, cells] = await Promise.all([
      repo.listMatrixRoles(db),
      repo.listProcesses(db),
      repo.listCells(db),
    ]);
    const byProcess = groupCells(cells);
    return {
      roles: roles.map((r) => ({ key: r.key, name: r.name, builtin: r.builtin === 1, retired: r.retired_at !== null })),
      processes: processes.map((p) => presentProcess(p, byProcess.get(p.id) ?? {})),
      legend: RACI_LEGEND,
    };
  }

  return {
    async matrix(actor: Actor): Promise<TRaciMatrix> {
      await deps.authz.authorize(actor, 'roles.read');
      const [matrix, manage] = await Promise.all([readMatrix(), deps.authz.can(actor, 'raci.manage')]);
      return { ...matrix, can: { manage } };
    },

    async create(actor: Actor, input: TCreateRaciProcessRequest, meta: CallMeta): Promise<TRaciProcess> {
      const grant = await deps.authz.authorize(actor, 'raci.manage');
      const cells = normaliseCells(input.cells);
      try {
        return await db.transaction().execute(async (trx) => {
          await checkRow(trx, input.name, cells);
          const base = processKeyOf(input.name);
          const taken = new Set(await repo.keysStartingWith(trx, base));
          let key = base;
          for (let n = 2; taken.has(key); n += 1) key = `${base}_${n}`;
          const now = nowIso();
          const id = uuidv7();
          await repo.insertProcess(trx, {
            id,
            key,
            name: input.name,
            iso_refs: toJson(input.isoRefs),
            rationale: input.rationale,
            position: (await repo.maxPosition(trx)) + 10,
            created_at: now,
            updated_at: now,
            version: 1,
          });
          await repo.replaceCells(trx, id, toRows(id, cells));
          await appendTrail(trx, {
            actor,
            grant,
            action: 'raci.process.created',
            objectType: 'raci_process',
            objectId: id,
            changes: { key, name: input.name, isoRefs: input.isoRefs, cells: { before: {}, after: cells } },
            requestId: meta.requestId,
          });
          return loadProcess(trx, id);
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('conflict', 'A process with that name was just added; reload');
        throw e;
      }
    },

    async update(actor: Actor, id: string, input: TUpdateRaciProcessRequest, meta: CallMeta): Promise<TRaciProcess> {
      const grant = await deps.authz.authorize(actor, 'raci.manage');
      const cells = normaliseCells(input.cells);
      return db.transaction().execute(async (trx) => {
        const before = await loadProcess(trx, id);
        if (before.version !== input.version) throw stale();
        await checkRow(trx, input.name, cells);
        const changes: Record<string, unknown> = {};
        if (input.name !== before.name) changes.name = { before: before.name, after: input.name };
        if (input.isoRefs && toJson(input.isoRefs) !== toJson(before.isoRefs))
          changes.isoRefs = { before: before.isoRefs, after: input.isoRefs };
        if (input.rationale !== undefined && input.rationale !== before.rationale)
          changes.rationale = { before: before.rationale, after: input.rationale };
        const diff = cellDiff(before.cells, cells);
        if (Object.keys(diff).length > 0) changes.cells = { before: before.cells, after: cells, changed: diff };
        if (Object.keys(changes).length === 0) return before;
        const updated = await repo.updateProcess(trx, id, before.version, {
          name: input.name,
          iso_refs: input.isoRefs ? toJson(input.isoRefs) : undefined,
          rationale: input.rationale,
          updated_at: nowIso(),
        });
        if (!updated) throw stale();
        await repo.replaceCells(trx, id, toRows(id, cells));
        await appendTrail(trx, {
          actor,
          grant,
          action: 'raci.process.updated',
          objectType: 'raci_process',
          objectId: id,
          changes,
          requestId: meta.requestId,
        });
        return loadProcess(trx, id);
      });
    },

    async remove(actor: Actor, id: string, version: number, meta: CallMeta): Promise<void> {
      const grant = await deps.authz.authorize(actor, 'raci.manage');
      await db.transaction().execute(async (trx) => {
        const before = await loadProcess(trx, id);
        if (before.version !== version || !(await repo.deleteProcess(trx, id, version))) throw stale();
        await appendTrail(trx, {
          actor,
          grant,
          action: 'raci.process.deleted',
          objectType: 'raci_process',
          objectId: id,
          changes: {
            key: before.key,
            name: before.name,
            isoRefs: before.isoRefs,
            cells: { before: before.cells, after: {} },
          },
          requestId: meta.requestId,
        });
      });
    },

    /** The matrix as a file: one row per process, one column per role, with the ISO references. */
    async export(actor: Actor, format: TabularFormat) {
      await deps.authz.authorize(actor, 'roles.read');
      const { roles, processes } = await readMatrix();
      const columns: Column<TRaciProcess>[] = [
        { header: 'Process', value: (p) => p.name, width: 36 },
        { header: 'ISO/IEC 27001 references', value: (p) => p.isoRefs.join('; '), width: 22 },
        ...roles.map((r): Column<TRaciProcess> => ({ header: r.name, value: (p) => p.cells[r.key] ?? '', width: 14 })),
        { header: 'Rationale', value: (p) => p.rationale, width: 60 },
      ];
      return {
        body: await renderTabular(format, 'RACI', columns, processes),
        contentType: CONTENT_TYPES[format],
        fileName: downloadName('raci-matrix', format),
      };
    },
  };
}

const toRows = (processId: string, cells: RaciCells): RaciCellTable[] =>
  Object.entries(cells).map(([role_key, value]) => ({ process_id: processId, role_key, value }));

const stale = () => new AppError('version_conflict', 'This RACI row changed since you loaded it; reload and try again');

export type RaciService = ReturnType<typeof createRaciService>;

/** Every RACI process with its ISO references and its cells (role key → value), for independence checks. */
export async function raciFacts(
  db: Db,
): Promise<{ key: string; name: string; isoRefs: string[]; cells: Record<string, string> }[]> {
  const [processes, cells] = await Promise.all([repo.listProcesses(db), repo.listCells(db)]);
  return processes.map((p) => ({
    key: p.key,
    name: p.name,
    isoRefs: fromJson<string[]>(p.iso_refs, []),
    cells: Object.fromEntries(cells.filter((c) => c.process_id === p.id).map((c) => [c.role_key, c.value])),
  }));
}
