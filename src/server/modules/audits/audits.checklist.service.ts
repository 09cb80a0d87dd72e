import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type {
  TAddAuditEvidenceLinkRequest,
  TAuditItem,
  TAuditItemListQuery,
  TAuditResult,
  TRecordAuditResultRequest,
  ZAuditItemPage,
} from '../../../contracts/audits.js';
import { AUDIT_RESULT_LABELS } from '../../../contracts/audits.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { AuditEvidenceTable, AuditItemRow, AuditRow } from '../../db/schema.js';
import { describeRefused } from '../controls/controls.evidence.service.js';
import { servedContentType, sniffContentType } from '../controls/controls.rules.js';
import { cleanFileName, readFile, sha256Hex, storeFile } from '../files/files.service.js';
import { enforceSod } from '../responsibilities/responsibilities.sod.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { nonconformitiesOfItems, raiseFromFinding } from './audits.nonconformities.service.js';
import { presentItem } from './audits.presenters.js';
import * as repo from './audits.repository.js';
import { raisesNonconformity, severityOf, type ScopeEntry } from './audits.rules.js';
import { loadIndependenceFacts, loadScopeCatalogue, scopeOptions } from './audits.scope.js';
import { independenceConflicts } from './audits.rules.js';

/**
 * The checklist of a running audit: its auditors record a result, notes and evidence per item;
 * a nonconformity result raises a nonconformity. Each recording re-checks the auditor's
 * independence (SOD-01), so nobody audits what they came to own or run since being assigned.
 */
export function createChecklistService(deps: Deps) {
  const { db } = deps;

  async function loadAudit(id: string): Promise<AuditRow> {
    const a = await repo.findAudit(db, id);
    if (!a) throw new AppError('not_found', 'No such audit');
    return a;
  }

  async function loadItem(auditId: string, itemId: string): Promise<AuditItemRow> {
    const i = await repo.findItem(db, auditId, itemId);
    if (!i) throw new AppError('not_found', 'No such checklist item on this audit');
    return i;
  }

  async function presentOne(auditId: string, itemId: string): Promise<TAuditItem> {
    const i = await loadItem(auditId, itemId);
    const [evidence, ncs] = await Promise.all([repo.evidenceOfItems(db, [i.id]), nonconformitiesOfItems(db, [i.id])]);
    const names = await repo.personNames(
      db,
      [i.recorded_by, ...evidence.map((e) => e.added_by)].filter((x): x is string => !!x),
    );
    return presentItem(i, names, evidence, ncs.get(i.id));
  }

  /** The auditor's grant for this audit, once it runs and while they stay independent of its scope. */
  async function recorder(actor: Actor, a: AuditRow): Promise<{ grant: Grant; personId: string }> {
    const grant = await deps.authz.authorize(actor, 'audits.record', { scope: { type: 'audit', id: a.id } });
    if (actor.kind !== 'account') throw new AppError('forbidden', 'Audit results are recorded by an auditor');
    if (a.status !== 'in_progress')
      throw new AppError(
        'conflict',
        a.status === 'planned'
          ? `${a.reference} has not started yet`
          : `${a.reference} is ${a.status}; its results are final`,
      );
    const cat = await loadScopeCatalogue(db);
    const scope: ScopeEntry[] = (await repo.scopeOf(db, [a.id])).flatMap((s) => {
      const e = scopeOptions(cat, s.item_type as ScopeEntry['type']).find((x) => x.id === s.item_id);
      return e ? [e] : [];
    });
    const conflicts = independenceConflicts(scope, await loadIndependenceFacts(db, cat, actor.personId, scope));
    if (conflicts.length > 0) await enforceSod(db, { rule: 'SOD-01', deciderPersonId: actor.personId, conflicts });
    return { grant, personId: actor.personId };
  }

  async function addEvidence(
    actor: Actor,
    a: AuditRow,
    item: AuditItemRow,
    row: AuditEvidenceTable,
    data: Buffer | null,
    meta: CallMeta,
    grant: Grant,
  ) {
    await db.transaction().execute(async (trx) => {
      if (data) await storeFile(trx, data);
      await repo.insertEvidence(trx, row);
      await appendTrail(trx, {
        actor,
        grant,
        requestId: meta.requestId,
        action: 'audit.evidence.add',
        objectType: 'audit',
        objectId: a.id,
        changes: { item: item.code || item.title, kind: row.kind, title: row.title, sha256: row.sha256, url: row.url },
      });
    });
  }

  async function presentRows(rows: AuditItemRow[]): Promise<TAuditItem[]> {
    const ids = rows.map((r) => r.id);
    const [evidence, ncs] = await Promise.all([repo.evidenceOfItems(db, ids), nonconformitiesOfItems(db, ids)]);
    const names = await repo.personNames(
      db,
      [...rows.map((r) => r.recorded_by), ...evidence.map((e) => e.added_by)].filter((x): x is string => !!x),
    );
    return rows.map((r) =>
      presentItem(
        r,
        names,
        evidence.filter((e) => e.item_id === r.id),
        ncs.get(r.id),
      ),
    );
  }

  return {
    /** Every item of an audit, presented (for its report). */
    all: async (auditId: string) => presentRows(await repo.allItems(db, auditId)),

    async list(actor: Actor, auditId: string, q: TAuditItemListQuery): Promise<z.infer<typeof ZAuditItemPage>> {
      await deps.authz.authorize(actor, 'audits.read');
      await loadAudit(auditId);
      const after = decodeCursor<{ s: string; id: string }>(q.cursor, { s: 'string', id: 'string' });
      const rows = await repo.listItems(db, auditId, q.result, after, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      return {
        items: await presentRows(page),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ s: last.sort_key, id: last.id }) : null,
      };
    },

    async record(
      actor: Actor,
      auditId: string,
      itemId: string,
      input: TRecordAuditResultRequest,
      meta: CallMeta,
    ): Promise<TAuditItem> {
      const a = await loadAudit(auditId);
      const { grant, personId } = await recorder(actor, a);
      const item = await loadItem(auditId, itemId);
      const existing = (await nonconformitiesOfItems(db, [item.id])).get(item.id);
      if (existing && item.result !== input.result)
        throw new AppError(
          'conflict',
          `${existing.reference} was raised from this finding and is handled on its own; the result stays ${AUDIT_RESULT_LABELS[item.result as TAuditResult]}`,
        );
      const roleKey = grant.kind === 'role' ? grant.roleKey : 'internal_auditor';
      // The nonconformity's number is taken inside the transaction: a concurrent finding may take
      // it first (unique violation), and the whole recording is tried again.
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (trx) => {
            const now = nowIso();
            if (
              !(await repo.updateItem(trx, item.id, input.version, {
                result: input.result,
                notes: input.notes,
                recorded_by: personId,
                recorded_role_key: roleKey,
                recorded_assignment_id: grant.kind === 'role' ? grant.assignmentId : null,
                recorded_at: now,
              }))
            )
              throw new AppError('conflict', 'This item was recorded by someone else meanwhile; reload and try again');
            await appendTrail(trx, {
              actor,
              grant,
              requestId: meta.requestId,
              action: 'audit.item.record',
              objectType: 'audit',
              objectId: a.id,
              changes: {
                item: item.code || item.title,
                result: { before: item.result, after: input.result },
                notes: { before: item.notes, after: input.notes },
              },
            });
            if (raisesNonconformity(input.result) && !existing)
              await raiseFromFinding(
                trx,
                {
                  auditId: a.id,
                  auditReference: a.reference,
                  auditItemId: item.id,
                  title: `${item.code ? `${item.code} ` : ''}${item.title}`.slice(0, 300),
                  description: input.notes.trim() || `${AUDIT_RESULT_LABELS[input.result]} found in ${a.reference}`,
                  severity: severityOf(input.result),
                  clauseId: item.item_type === 'clause' ? item.item_id : null,
                  controlId: item.item_type === 'control' ? item.item_id : null,
                  raisedByPersonId: personId,
                  raisedRoleKey: roleKey,
                },
                { actor, grant, requestId: meta.requestId },
              );
          });
          break;
        } catch (e) {
          if (attempt < 3 && isUniqueViolation(e)) continue;
          throw e;
        }
      }
      return presentOne(auditId, itemId);
    },

    async uploadEvidence(
      actor: Actor,
      auditId: string,
      itemId: string,
      file: { data: Buffer; mediaType?: string },
      q: { fileName: string; title?: string },
      meta: CallMeta,
    ): Promise<TAuditItem> {
      const a = await loadAudit(auditId);
      const { grant, personId } = await recorder(actor, a);
      const item = await loadItem(auditId, itemId);
      const fileName = cleanFileName(q.fileName);
      if (file.data.length === 0)
        throw new AppError('validation_failed', 'The file is empty', {
          errors: [{ field: 'body', message: 'Choose a file with content' }],
        });
      const sniffed = sniffContentType(file.data);
      if (!sniffed)
        throw new AppError(
          'unsupported_media_type',
          `${fileName} looks like ${describeRefused(file.data)}; evidence may be PDF, PNG, JPEG, GIF, WebP, Office documents or zip archives, or plain text`,
        );
      const row: AuditEvidenceTable = {
        id: uuidv7(),
        audit_id: a.id,
        item_id: item.id,
        kind: 'file',
        title: q.title?.trim() || fileName,
        sha256: sha256Hex(file.data),
        file_name: fileName,
        content_type: servedContentType(sniffed, fileName),
        size: file.data.length,
        url: null,
        added_by: personId,
        created_at: nowIso(),
      };
      await addEvidence(actor, a, item, row, file.data, meta, grant);
      return presentOne(auditId, itemId);
    },

    async addLink(
      actor: Actor,
      auditId: string,
      itemId: string,
      body: TAddAuditEvidenceLinkRequest,
      meta: CallMeta,
    ): Promise<TAuditItem> {
      const a = await loadAudit(auditId);
      const { grant, personId } = await recorder(actor, a);
      const item = await loadItem(auditId, itemId);
      const row: AuditEvidenceTable = {
        id: uuidv7(),
        audit_id: a.id,
        item_id: item.id,
        kind: 'link',
        title: body.title,
        sha256: null,
        file_name: null,
        content_type: null,
        size: null,
        url: body.url,
        added_by: personId,
        created_at: nowIso(),
      };
      await addEvidence(actor, a, item, row, null, meta, grant);
      return presentOne(auditId, itemId);
    },

    async download(actor: Actor, auditId: string, evidenceId: string) {
      await deps.authz.authorize(actor, 'audits.read');
      const row = await repo.findEvidence(db, auditId, evidenceId);
      if (!row) throw new AppError('not_found', 'No such evidence on this audit');
      if (row.kind !== 'file' || !row.sha256) throw new AppError('not_found', `${row.title} is a link, not a file`);
      const body = await readFile(db, row.sha256);
      if (sha256Hex(body) !== row.sha256) {
        deps.log.error({ evidenceId, sha256: row.sha256 }, 'stored audit evidence no longer matches its hash');
        throw new AppError('internal_error', `The stored content of ${row.title} no longer matches its SHA-256`);
      }
      return {
        body,
        contentType: row.content_type ?? 'application/octet-stream',
        fileName: row.file_name ?? 'evidence.bin',
      };
    },
  };
}

export type ChecklistService = ReturnType<typeof createChecklistService>;
