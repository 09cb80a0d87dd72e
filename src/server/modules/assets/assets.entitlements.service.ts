import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TEntitlementImport,
  TEntitlementListQuery,
  ZEntitlement,
  ZMatchAccountRequest,
  ZUnmatchedAccount,
  ZUnmatchedAccountQuery,
} from '../../../contracts/assets.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { HeldRole } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import { renderTabular, type Column } from '../../core/tabular.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import { personNames } from './assets.access.repository.js';
import * as repo from './assets.entitlements.repository.js';
import {
  parseEntitlementHeader,
  parseEntitlementRow,
  type EntitlementHeader,
  type EntitlementLookups,
} from './assets.entitlements.rules.js';
import {
  ASSET_OWNER,
  adminFor,
  assetsOwnedDirectly,
  loadAssetFacts,
  SYSADMIN,
  unitsOwnedBy,
  type AssetFacts,
} from './assets.owners.js';
import { assetIdsInUnits, assetRefs } from './assets.repository.js';

/** Rows written per transaction. */
export const IMPORT_BATCH = 1000;
/** Refused rows kept with an import (the count is exact). */
export const MAX_IMPORT_ERRORS = 200;
const UNMATCHED_COLUMNS: Column<Awaited<ReturnType<typeof repo.listUnmatched>>[number]>[] = [
  { header: 'System', value: (r) => r.asset_reference },
  { header: 'System name', value: (r) => r.asset_name },
  { header: 'Account', value: (r) => r.name },
  { header: 'Entitlements', value: (r) => Number(r.entitlements) },
  { header: 'Privileged', value: (r) => Number(r.privileged) === 1 },
  { header: 'First seen', value: (r) => r.first_seen_at },
  { header: 'Last seen', value: (r) => r.last_seen_at },
];
const ISMS_READERS = ['isms_manager', 'internal_auditor', 'top_management'];

type Entitlement = z.infer<typeof ZEntitlement>;

/**
 * The systems a person may see entitlements of: all of them for the ISM, auditors and Top
 * Management; otherwise the assets they own or administer (directly or through org units).
 */
export async function visibleAssetIds(
  db: Db,
  held: HeldRole[],
  personId: string,
  facts: AssetFacts,
): Promise<'all' | string[]> {
  if (held.some((h) => h.scopeType === 'isms' && (ISMS_READERS.includes(h.roleKey) || h.roleKey === SYSADMIN)))
    return 'all';
  const units = new Set(unitsOwnedBy(personId, facts));
  for (const h of held)
    if (h.scopeType === 'org_unit' && h.scopeId && (h.roleKey === ASSET_OWNER || h.roleKey === SYSADMIN))
      for (const u of facts.unitIds)
        if (adminFor([{ ...h, roleKey: SYSADMIN }], { id: '', org_unit_id: u }, facts.parentOf)) units.add(u);
  const direct = [
    ...assetsOwnedDirectly(personId, facts),
    ...held
      .filter((h) => h.scopeType === 'asset' && h.scopeId && (h.roleKey === ASSET_OWNER || h.roleKey === SYSADMIN))
      .map((h) => h.scopeId!),
  ];
  return [...new Set([...direct, ...(await assetIdsInUnits(db, [...units]))])];
}

export function createEntitlementService(deps: Deps) {
  const { db } = deps;

  async function scope(actor: Actor): Promise<'all' | string[]> {
    await deps.authz.authorize(actor, 'entitlements.read');
    if (actor.kind !== 'account') return 'all';
    const [held, facts] = await Promise.all([deps.authz.rolesOf(actor), loadAssetFacts(db, nowIso())]);
    return visibleAssetIds(db, held, actor.personId, facts);
  }

  async function presentImport(
    row: NonNullable<Awaited<ReturnType<typeof repo.findImport>>>,
  ): Promise<TEntitlementImport> {
    const systems = fromJson<string[]>(row.systems, []);
    const [refs, names] = await Promise.all([
      assetRefs(db, systems.slice(0, 200)),
      personNames(db, row.started_by ? [row.started_by] : []),
    ]);
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status as TEntitlementImport['status'],
      rowsRead: row.rows_read,
      rowsImported: row.rows_imported,
      rowsFailed: row.rows_failed,
      accountsUnmatched: row.accounts_unmatched,
      removed: row.removed,
      systems: refs,
      errors: fromJson(row.errors, []),
      startedBy: row.started_by
        ? { id: row.started_by, fullName: names.get(row.started_by) ?? 'Unknown person' }
        : null,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    };
  }

  return {
    async mayImport(actor: Actor): Promise<void> {
      await deps.authz.authorize(actor, 'entitlements.import');
    },

    /**
     * Streams an entitlement CSV into the database in batches: accounts are matched to people
     * by email or employee id, refused rows are counted (the first 200 kept with why), and the
     * imported entitlements of each system in the file that it no longer lists are marked removed.
     */
    async importCsv(
      actor: Actor,
      input: { stream: Readable; fileName: string; maxBytes?: number },
      meta: CallMeta,
      onProgress?: (rows: number) => void,
    ): Promise<TEntitlementImport> {
      const grant = await deps.authz.authorize(actor, 'entitlements.import');
      const lookups: EntitlementLookups = buildLookups(await repo.importLookups(db));
      const id = uuidv7();
      const at = nowIso();
      await repo.insertImport(db, {
        id,
        file_name: input.fileName.slice(0, 200),
        status: 'running',
        started_by: actor.kind === 'account' ? actor.personId : null,
        started_at: at,
        finished_at: null,
      });
      const errors: { line: number; message: string }[] = [];
      const systems = new Set<string>();
      let read = 0;
      let imported = 0;
      let failed = 0;
      let bytes = 0;
      let header: EntitlementHeader | null = null;
      let batch: repo.ParsedRow[] = [];
      const refuse = (line: number, message: string) => {
        failed++;
        if (errors.length < MAX_IMPORT_ERRORS) errors.push({ line, message });
      };
      const flush = async () => {
        if (batch.length === 0) return;
        const rows = batch;
        batch = [];
        await db.transaction().execute((trx) => repo.upsertBatch(trx, id, at, rows));
        imported += rows.length;
        onProgress?.(read);
      };
      const limit = input.maxBytes;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          if (limit !== undefined && bytes > limit)
            return done(new AppError('payload_too_large', `The file is larger than ${limit} bytes`));
          done(null, chunk);
        },
      });
      const parser = parse({
        bom: true,
        info: true,
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
        max_record_size: 65_536,
      });
      try {
        const consume = async (source: AsyncIterable<{ record: string[]; info: { lines: number } }>) => {
          for await (const { record, info } of source) {
            if (header === null) {
              const found = parseEntitlementHeader(record);
              if ('error' in found) throw new AppError('validation_failed', found.error);
              header = found;
              continue;
            }
            read++;
            const parsed = parseEntitlementRow(record, header, lookups);
            if ('error' in parsed) {
              refuse(info.lines, parsed.error);
              continue;
            }
            systems.add(parsed.assetId);
            batch.push(parsed);
            if (batch.length >= IMPORT_BATCH) await flush();
          }
          await flush();
        };
        await pipeline(input.stream, counter, parser, consume);
        if (header === null) throw new AppError('validation_failed', 'The file is empty: expected a header row');
      } catch (e) {
        const message =
          e instanceof AppError ? e.message : e instanceof CsvError ? `${csvLine(e)}${e.message}` : 'The import failed';
        await repo.updateImport(db, id, {
          status: 'failed',
          rows_read: read,
          rows_imported: imported,
          rows_failed: failed,
          systems: toJson([...systems]),
          errors: toJson([...errors, { line: 0, message }].slice(-MAX_IMPORT_ERRORS)),
          finished_at: nowIso(),
        });
        if (e instanceof AppError) throw e;
        if (e instanceof CsvError) throw new AppError('validation_failed', message);
        throw e;
      }
      const systemIds = [...systems];
      let removed = 0;
      await db.transaction().execute(async (trx) => {
        removed = await repo.markRemoved(trx, id, systemIds, at);
        const unmatched = await repo.countUnmatchedSeen(trx, systemIds, at);
        await repo.updateImport(trx, id, {
          status: 'done',
          rows_read: read,
          rows_imported: imported,
          rows_failed: failed,
          accounts_unmatched: unmatched,
          removed,
          systems: toJson(systemIds),
          errors: toJson(errors),
          finished_at: nowIso(),
        });
        await appendTrail(trx, {
          actor,
          grant,
          action: 'entitlements.imported',
          objectType: 'entitlement_import',
          objectId: id,
          changes: {
            fileName: input.fileName,
            rows: read,
            imported,
            failed,
            removed,
            unmatched,
            systems: systemIds.length,
          },
          requestId: meta.requestId,
        });
      });
      return presentImport((await repo.findImport(db, id))!);
    },

    async imports(actor: Actor, q: { limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'entitlements.read');
      const after = decodeCursor<{ s: string; id: string }>(q.cursor, { s: 'string', id: 'string' });
      const rows = await repo.listImports(db, after, q.limit);
      const last = rows.at(-1);
      return {
        items: await Promise.all(rows.map(presentImport)),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ s: last.started_at, id: last.id }) : null,
      };
    },

    async importById(actor: Actor, id: string) {
      await deps.authz.authorize(actor, 'entitlements.read');
      const row = await repo.findImport(db, id);
      if (!row) throw new AppError('not_found', 'No such import');
      return presentImport(row);
    },

    async list(actor: Actor, q: TEntitlementListQuery): Promise<{ items: Entitlement[]; nextCursor: string | null }> {
      const visible = await scope(actor);
      const after = decodeCursor<{ id: string }>(q.cursor, { id: 'string' });
      const rows = await repo.listEntitlements(
        db,
        { ...q, assetIds: visible === 'all' ? undefined : visible },
        after?.id,
        q.limit,
      );
      const last = rows.at(-1);
      return {
        items: rows.map((r) => ({
          id: r.id,
          asset: { id: r.asset_id, reference: r.asset_reference, name: r.asset_name },
          account: { id: r.account_id, name: r.account_name },
          person: r.person_id ? { id: r.person_id, fullName: r.person_name ?? 'Unknown person' } : null,
          name: r.name,
          privileged: r.privileged === 1,
          source: r.source as Entitlement['source'],
          firstSeenAt: r.first_seen_at,
          changedAt: r.changed_at,
          removedAt: r.removed_at,
          lastCertifiedAt: r.last_certified_at,
        })),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ id: last.id }) : null,
      };
    },

    async unmatched(actor: Actor, q: z.infer<typeof ZUnmatchedAccountQuery>) {
      const visible = await scope(actor);
      const after = decodeCursor<{ id: string }>(q.cursor, { id: 'string' });
      const rows = await repo.listUnmatched(
        db,
        { assetId: q.assetId, assetIds: visible === 'all' ? undefined : visible },
        after?.id,
        q.limit,
      );
      const last = rows.at(-1);
      return {
        items: rows.map(presentAccount),
        nextCursor: rows.length === q.limit && last ? encodeCursor({ id: last.id }) : null,
      };
    },

    async exportUnmatched(actor: Actor, q: { assetId?: string }): Promise<Buffer> {
      const visible = await scope(actor);
      const rows: Awaited<ReturnType<typeof repo.listUnmatched>> = [];
      let after: string | undefined;
      for (;;) {
        const page = await repo.listUnmatched(
          db,
          { assetId: q.assetId, assetIds: visible === 'all' ? undefined : visible },
          after,
          1000,
        );
        rows.push(...page);
        if (page.length < 1000) break;
        after = page.at(-1)!.id;
      }
      return renderTabular('csv', 'Orphaned accounts', UNMATCHED_COLUMNS, rows);
    },

    async matchAccount(actor: Actor, id: string, body: z.infer<typeof ZMatchAccountRequest>, meta: CallMeta) {
      const account = await repo.findAccount(db, id);
      if (!account) throw new AppError('not_found', 'No such account');
      const asset = await db
        .selectFrom('asset')
        .select(['id', 'org_unit_id'])
        .where('id', '=', account.asset_id)
        .executeTakeFirstOrThrow();
      const held = await deps.authz.rolesOf(actor);
      const facts = await loadAssetFacts(db, nowIso());
      const ism = held.find((h) => h.roleKey === 'isms_manager' && h.scopeType === 'isms');
      const admin = adminFor(held, asset, facts.parentOf);
      const via = ism ?? (admin ? { roleKey: SYSADMIN, assignmentId: admin.assignmentId } : null);
      if (!via)
        throw new AppError('forbidden', 'Only the ISM or an administrator of the system may match its accounts');
      const person = await db.selectFrom('person').select(['id']).where('id', '=', body.personId).executeTakeFirst();
      if (!person)
        throw new AppError('validation_failed', 'No such person', {
          errors: [{ field: 'personId', message: 'Choose a person' }],
        });
      await db.transaction().execute(async (trx) => {
        await repo.matchAccount(trx, id, body.personId);
        await appendTrail(trx, {
          actor,
          grant: { kind: 'role', roleKey: via.roleKey, assignmentId: via.assignmentId },
          action: 'entitlements.account_matched',
          objectType: 'system_account',
          objectId: id,
          changes: {
            account: account.name,
            assetId: account.asset_id,
            personId: { before: account.person_id, after: body.personId },
          },
          requestId: meta.requestId,
        });
      });
      const rows = await db
        .selectFrom('system_account as a')
        .innerJoin('asset as s', 's.id', 'a.asset_id')
        .leftJoin('entitlement as e', (j) => j.onRef('e.account_id', '=', 'a.id').on('e.removed_at', 'is', null))
        .select((eb) => [
          'a.id',
          'a.name',
          'a.first_seen_at',
          'a.last_seen_at',
          's.id as asset_id',
          's.reference as asset_reference',
          's.name as asset_name',
          eb.fn.count<number>('e.id').as('entitlements'),
          eb.fn.max<number>('e.privileged').as('privileged'),
        ])
        .where('a.id', '=', id)
        .groupBy(['a.id', 'a.name', 'a.first_seen_at', 'a.last_seen_at', 's.id', 's.reference', 's.name'])
        .execute();
      return presentAccount(rows[0]!);
    },
  };
}

/** "Line N: " when csv-parse says where it stopped. */
function csvLine(e: CsvError): string {
  const lines = (e as unknown as { lines?: unknown }).lines;
  return typeof lines === 'number' ? `Line ${lines}: ` : '';
}

function presentAccount(r: {
  id: string;
  name: string;
  first_seen_at: string;
  last_seen_at: string;
  asset_id: string;
  asset_reference: string;
  asset_name: string;
  entitlements: number | string;
  privileged: number | string | null;
}): z.infer<typeof ZUnmatchedAccount> {
  return {
    id: r.id,
    asset: { id: r.asset_id, reference: r.asset_reference, name: r.asset_name },
    name: r.name,
    entitlements: Number(r.entitlements),
    privileged: Number(r.privileged ?? 0) === 1,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
  };
}

function buildLookups(src: Awaited<ReturnType<typeof repo.importLookups>>): EntitlementLookups {
  const systems = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const a of src.assets) {
    if (a.status === 'disposed') continue;
    systems.set(a.reference.toLowerCase(), a.id);
    if (a.external_id) systems.set(`ext:${a.external_id.toLowerCase()}`, a.id);
    const name = `name:${a.name.toLowerCase()}`;
    if (systems.has(name)) ambiguous.add(name);
    else systems.set(name, a.id);
  }
  for (const n of ambiguous) systems.delete(n);
  const byEmail = new Map<string, string>();
  const byEmployeeId = new Map<string, string>();
  for (const p of src.people) {
    byEmail.set(p.email.toLowerCase(), p.id);
    if (p.employee_id) byEmployeeId.set(p.employee_id.toLowerCase(), p.id);
  }
  return { systems, byEmail, byEmployeeId };
}

export type EntitlementService = ReturnType<typeof createEntitlementService>;
