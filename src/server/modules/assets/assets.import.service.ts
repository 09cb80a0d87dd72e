import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { loadExcel } from '../../core/heavy-libs.js';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import type { AssetRow } from '../../db/schema.js';
import { nowIso } from '../../db/json.js';
import type { AssignmentService } from '../responsibilities/responsibilities.assignments.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { ASSET_OWNER, SYSADMIN } from './assets.owners.js';
import * as repo from './assets.repository.js';
import {
  ASSET_IMPORT_COLUMNS,
  assetReference,
  IMPORT_DEFAULTS,
  isBlankRow,
  makesCycle,
  mapImportHeader,
  readImportRow,
  type ImportColumn,
  type ImportRow,
  type RowError,
} from './assets.rules.js';
import { setAssetHolder } from './assets.service.js';

/** The file to import; opened as a stream so a large CMDB export is never held as text. */
export type AssetImportFile = { kind: 'csv' | 'xlsx'; open: () => Readable; size?: number };
export const bufferFile = (data: Buffer, kind: 'csv' | 'xlsx'): AssetImportFile => ({
  kind,
  open: () => Readable.from([data]),
  size: data.length,
});
export type ImportProgress = (phase: 'read' | 'apply', done: number, total: number) => void;

const MAX_ROWS = 50_000;
const MAX_ERRORS = 500;

type Sink = { header: (cells: string[]) => boolean; row: (cells: string[], line: number) => void };

/** Streams the file, hashing it, and hands the header and each row (with its line) to `sink`. */
async function readFile(file: AssetImportFile, sink: Sink, errors: RowError[], onBytes?: (n: number) => void) {
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      onBytes?.(bytes);
      done(null, chunk);
    },
  });
  const input = file.open();
  input.on('error', (e) => tap.destroy(e));
  let seenHeader = false;
  if (file.kind === 'csv') {
    const parser = parse({
      bom: true,
      info: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: 65_536,
    });
    tap.on('error', (e) => parser.destroy(e));
    input.pipe(tap).pipe(parser);
    let prevEnd = 0;
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const line = prevEnd + 1;
        prevEnd = item.info.lines;
        if (isBlankRow(item.record)) continue;
        if (!seenHeader) {
          seenHeader = true;
          if (!sink.header(item.record)) break;
          continue;
        }
        sink.row(item.record, line);
      }
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      errors.push({ line: prevEnd + 1, field: 'row', message: `The file is not valid CSV here: ${e.message}` });
    } finally {
      input.unpipe();
      input.destroy();
    }
  } else {
    const chunks: Buffer[] = [];
    for await (const chunk of input.pipe(tap)) chunks.push(chunk as Buffer);
    const ExcelJS = await loadExcel();
    const book = new ExcelJS.Workbook();
    try {
      await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    } catch {
      throw new AppError('validation_failed', 'The spreadsheet cannot be read', {
        errors: [{ field: 'body', message: 'Send an .xlsx workbook whose first sheet has a header row' }],
      });
    }
    const rows: { cells: string[]; line: number }[] = [];
    book.worksheets[0]?.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      // The text a spreadsheet shows for the cell (formulas by their result, rich text flattened).
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cell.text));
      rows.push({ cells: Array.from(cells, (c) => c ?? ''), line: row.number });
    });
    for (const r of rows) {
      if (isBlankRow(r.cells)) continue;
      if (!seenHeader) {
        seenHeader = true;
        if (!sink.header(r.cells)) break;
        continue;
      }
      sink.row(r.cells, r.line);
    }
  }
  if (!seenHeader) errors.push({ line: 1, field: 'header', message: 'The file is empty: it needs a header row' });
  return hash.digest('hex');
}

/** A checked row and what it resolved to: the asset it updates (if any), people, unit and parent. */
type Planned = ImportRow & {
  key: string;
  existing: AssetRow | null;
  ownerId: string | null;
  custodianId: string | null;
  orgUnitId: string | null;
  /** The parent's key: an asset id, or the key of a row of this file. */
  parentKey: string | null;
};

/** Reads every row and checks it against the inventory, the org units and the people; writes nothing. */
async function plan(db: Db, file: AssetImportFile, onProgress?: ImportProgress) {
  const errors: RowError[] = [];
  const rows: ImportRow[] = [];
  let map: Map<number, ImportColumn> | null = null;
  let count = 0;
  const sha256 = await readFile(
    file,
    {
      header: (cells) => {
        const h = mapImportHeader(cells);
        map = h.map;
        for (const c of h.missing) errors.push({ line: 1, field: c, message: `No ${c} column` });
        return h.missing.length === 0;
      },
      row: (cells, line) => {
        count += 1;
        if (count > MAX_ROWS) {
          if (count === MAX_ROWS + 1) errors.push({ line, field: 'row', message: `At most ${MAX_ROWS} rows per file` });
          return;
        }
        const r = readImportRow(cells, line, map!);
        rows.push(r.row);
        errors.push(...r.errors);
      },
    },
    errors,
    onProgress && file.size ? (n) => onProgress('read', n, file.size!) : undefined,
  );
  if (errors.some((e) => e.line === 1)) return { sha256, rows: [] as Planned[], errors };

  const extIds = [...new Set(rows.map((r) => r.externalId).filter((x): x is string => x !== null))];
  const emails = [
    ...new Set(rows.flatMap((r) => [r.ownerEmail, r.custodianEmail]).filter((x): x is string => x !== null)),
  ];
  const [existing, tree, units, people] = await Promise.all([
    repo.assetsByExternalId(db, extIds),
    repo.assetTree(db),
    repo.orgUnitCodes(db),
    repo.personIdsByEmail(db, emails),
  ]);
  const byExt = new Map(existing.map((a) => [a.external_id!, a]));
  const treeByExt = new Map(tree.filter((t) => t.external_id).map((t) => [t.external_id!, t.id]));
  const dbParent = new Map(tree.map((t) => [t.id, t.parent_id]));
  const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u.id]));
  const seenExt = new Map<string, number>();
  const fileKeyByExt = new Map<string, string>();
  const planned: Planned[] = [];
  const err = (line: number, field: string, message: string) => errors.push({ line, field, message });

  for (const r of rows) {
    const found = r.externalId ? (byExt.get(r.externalId) ?? null) : null;
    if (r.externalId) {
      const first = seenExt.get(r.externalId);
      if (first !== undefined) err(r.line, 'external_id', `${r.externalId} is also on line ${first}`);
      else seenExt.set(r.externalId, r.line);
    }
    if (!found) {
      const flagged = (field: string) => errors.some((e) => e.line === r.line && e.field === field);
      if (!r.name && !flagged('name')) err(r.line, 'name', 'A new asset needs a name');
      if (!r.type && !flagged('type')) err(r.line, 'type', 'A new asset needs a type');
    }
    const person = (email: string | null, field: string) => {
      if (!email) return null;
      const p = people.get(email);
      if (!p) err(r.line, field, `No person with email ${email}`);
      else if (p.status !== 'active') err(r.line, field, `${email} is not an active person`);
      return p?.status === 'active' ? p.id : null;
    };
    let orgUnitId: string | null = null;
    if (r.orgUnitCode) {
      orgUnitId = unitByCode.get(r.orgUnitCode.toLowerCase()) ?? null;
      if (!orgUnitId) err(r.line, 'org_unit_code', `No org unit with code ${r.orgUnitCode}`);
    }
    const key = found?.id ?? `line:${r.line}`;
    if (r.externalId && !fileKeyByExt.has(r.externalId)) fileKeyByExt.set(r.externalId, key);
    planned.push({
      ...r,
      key,
      existing: found,
      ownerId: person(r.ownerEmail, 'owner_email'),
      custodianId: person(r.custodianEmail, 'custodian_email'),
      orgUnitId,
      parentKey: null,
    });
  }
  // Parents: another row of this file, else an asset already in the inventory; never a loop.
  const finalParent = new Map<string, string | null>();
  for (const p of planned) {
    if (p.parentExternalId) {
      p.parentKey = fileKeyByExt.get(p.parentExternalId) ?? treeByExt.get(p.parentExternalId) ?? null;
      if (!p.parentKey)
        err(p.line, 'parent_external_id', `No asset with CMDB id ${p.parentExternalId} in the file or the inventory`);
    }
    if (p.parentKey) finalParent.set(p.key, p.parentKey);
  }
  const parentOf = (k: string) => (finalParent.has(k) ? finalParent.get(k) : dbParent.get(k));
  for (const p of planned)
    if (p.parentKey && makesCycle(p.key, p.parentKey, parentOf))
      err(p.line, 'parent_external_id', `Running on ${p.parentExternalId} would make a loop`);
  errors.sort((a, b) => a.line - b.line);
  return { sha256, rows: planned, errors };
}

/** Rows ordered so that a parent created by the file comes before the rows that run on it. */
function parentsFirst(rows: Planned[]): Planned[] {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: Planned[] = [];
  const done = new Set<string>();
  for (const start of rows) {
    // Walk up to the first ancestor not placed yet, then place the chain top-down (no recursion:
    // a CMDB may nest deeply).
    const chain: Planned[] = [];
    for (
      let r: Planned | undefined = start;
      r && !done.has(r.key);
      r = r.parentKey ? byKey.get(r.parentKey) : undefined
    ) {
      done.add(r.key);
      chain.push(r);
    }
    out.push(...chain.reverse());
  }
  return out;
}

/**
 * Assets from a CMDB export (CSV or XLSX): every row checked first and every problem reported by
 * line and column; applying writes all rows or none, bound to the previewed file. A row whose CMDB
 * id is already in the inventory updates that asset; blank cells keep what the asset has.
 */
export function createAssetImportService(deps: Deps, assignments: AssignmentService) {
  const { db } = deps;
  return {
    /** The template is for those who may import. */
    async templateFor(actor: Actor): Promise<void> {
      await deps.authz.authorize(actor, 'assets.manage');
    },

    template(): string {
      return (
        '\uFEFF' +
        stringify([
          [...ASSET_IMPORT_COLUMNS],
          [
            'CI-1001',
            'Web server 01',
            'system',
            'in_use',
            '',
            '',
            'IT',
            '',
            '2',
            '3',
            '3',
            'internal',
            'Data centre A',
            '',
          ],
          [
            'CI-2001',
            'Customer portal',
            'service',
            'in_use',
            '',
            '',
            'IT',
            'CI-1001',
            '3',
            '3',
            '2',
            'confidential',
            '',
            'Runs on web server 01',
          ],
        ])
      );
    },

    async run(
      actor: Actor,
      file: AssetImportFile,
      q: { mode: 'preview' | 'apply'; sha256?: string },
      meta: CallMeta,
      onProgress?: ImportProgress,
    ) {
      const g = await deps.authz.authorize(actor, 'assets.manage');
      const { sha256, rows, errors } = await plan(db, file, onProgress);
      if (q.mode === 'apply' && q.sha256 !== sha256)
        throw new AppError('conflict', 'Apply the file you previewed: its content differs (or no sha256 was given)');
      const updated = rows.filter((r) => r.existing !== null).length;
      const result = {
        mode: q.mode,
        applied: false,
        rows: rows.length,
        created: rows.length - updated,
        updated,
        errors: errors.slice(0, MAX_ERRORS),
        sha256,
      };
      if (q.mode === 'preview' || errors.length > 0) return result;
      const people = rows.some((r) => r.ownerId || r.custodianId);
      const ledger: Grant = people ? await assignments.authority(actor, ASSET_OWNER) : g;
      const who = { actor, grant: g, requestId: meta.requestId };
      const lw = { actor, grant: ledger, requestId: meta.requestId };
      const by = actor.kind === 'account' ? actor.personId : null;
      await db.transaction().execute(async (trx) => {
        let number = await repo.nextAssetNumber(trx);
        const ids = new Map<string, string>();
        const ordered = parentsFirst(rows);
        let done = 0;
        for (const r of ordered) {
          const now = nowIso();
          const parentId = r.parentKey ? (ids.get(r.parentKey) ?? r.parentKey) : null;
          let asset: { id: string; reference: string; name: string };
          if (!r.existing) {
            const id = uuidv7();
            const reference = assetReference(number);
            await repo.insertAsset(trx, {
              id,
              number: number++,
              reference,
              name: r.name!,
              description: r.description ?? '',
              type: r.type!,
              status: r.status ?? IMPORT_DEFAULTS.status,
              org_unit_id: r.orgUnitId,
              parent_id: parentId,
              confidentiality: r.confidentiality ?? IMPORT_DEFAULTS.level,
              integrity: r.integrity ?? IMPORT_DEFAULTS.level,
              availability: r.availability ?? IMPORT_DEFAULTS.level,
              label: r.label ?? IMPORT_DEFAULTS.label,
              location: r.location ?? '',
              external_id: r.externalId,
              created_by: by,
              created_at: now,
              updated_at: now,
              version: 1,
            });
            asset = { id, reference, name: r.name! };
            await appendTrail(trx, {
              ...who,
              action: 'asset.imported',
              objectType: 'asset',
              objectId: id,
              changes: { reference, name: r.name, type: r.type, externalId: r.externalId, line: r.line, file: sha256 },
            });
          } else {
            const cur = r.existing;
            asset = { id: cur.id, reference: cur.reference, name: r.name ?? cur.name };
            const patch = {
              name: r.name ?? undefined,
              description: r.description ?? undefined,
              type: r.type ?? undefined,
              status: r.status ?? undefined,
              org_unit_id: r.orgUnitCode ? r.orgUnitId : undefined,
              parent_id: r.parentExternalId ? parentId : undefined,
              confidentiality: r.confidentiality ?? undefined,
              integrity: r.integrity ?? undefined,
              availability: r.availability ?? undefined,
              label: r.label ?? undefined,
              location: r.location ?? undefined,
            };
            const changes: Record<string, unknown> = {};
            for (const [k, v] of Object.entries(patch))
              if (v !== undefined && v !== cur[k as keyof typeof cur])
                changes[k] = { before: cur[k as keyof typeof cur], after: v };
            if (Object.keys(changes).length > 0) {
              if (!(await repo.updateAsset(trx, cur.id, cur.version, { ...patch, updated_at: now })))
                throw new AppError('version_conflict', `${cur.reference} changed while importing; preview again`);
              await appendTrail(trx, {
                ...who,
                action: 'asset.updated',
                objectType: 'asset',
                objectId: cur.id,
                changes: { reference: cur.reference, ...changes, line: r.line, file: sha256 },
              });
            }
          }
          ids.set(r.key, asset.id);
          const reason = `Imported from the CMDB (line ${r.line})`;
          if (r.ownerId) await setAssetHolder(assignments, trx, ASSET_OWNER, asset, r.ownerId, reason, lw);
          if (r.custodianId) await setAssetHolder(assignments, trx, SYSADMIN, asset, r.custodianId, reason, lw);
          done += 1;
          if (done % 100 === 0 || done === ordered.length) onProgress?.('apply', done, ordered.length);
        }
      });
      return { ...result, applied: true };
    },
  };
}

export type AssetImportService = ReturnType<typeof createAssetImportService>;
