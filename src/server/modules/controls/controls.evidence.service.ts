import { v7 as uuidv7 } from 'uuid';
import type { TAddEvidenceLinkRequest, TEvidence } from '../../../contracts/controls.js';
import type { Actor } from '../../core/actor.js';
import { AppError, type FieldError } from '../../core/app-error.js';
import { allowedWith, type Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { cleanFileName, readFile, sha256Hex, storeFile } from '../files/files.service.js';
import { appendTrail } from '../trail/trail.service.js';
import * as evidence from './controls.evidence.repository.js';
import { implementerAs, SYSADMIN } from './controls.owners.js';
import { dayOf, evidenceReference, evidenceState, servedContentType, sniffContentType } from './controls.rules.js';
import { controlRefs, personNames } from './controls.tasks.repository.js';

/** Whether a YYYY-MM-DD string is a day of the calendar (2026-02-30 is not). */
export const isRealDay = (day: string): boolean => {
  const t = Date.parse(`${day}T00:00:00.000Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === day;
};

export type UploadQuery = { fileName: string; title?: string; evidenceDate?: string; validUntil?: string };
export type EvidenceListQuery = { state: evidence.EvidenceStateFilter; limit: number; cursor?: string };

/** What an evidence row looks like through the API; `today` decides whether it has expired. */
export function presentEvidence(e: evidence.EvidenceWithTask, names: Map<string, string>, today: string): TEvidence {
  return {
    id: e.id,
    reference: e.reference,
    controlId: e.control_id,
    kind: e.kind as TEvidence['kind'],
    title: e.title,
    description: e.description,
    sha256: e.sha256,
    fileName: e.file_name,
    contentType: e.content_type,
    size: e.size,
    url: e.url,
    evidenceDate: e.evidence_date,
    validUntil: e.valid_until,
    state: evidenceState(e, today),
    task:
      e.task_id && e.occurrence_due
        ? { id: e.task_id, reference: e.task_reference ?? '', dueDate: e.occurrence_due }
        : null,
    addedBy: { id: e.added_by, fullName: names.get(e.added_by) ?? 'Unknown person' },
    createdAt: e.created_at,
  };
}

/** What a first-bytes check says a refused file looks like, for the message. */
export function describeRefused(data: Buffer): string {
  const starts = (sig: number[]) => sig.every((b, i) => data[i] === b);
  if (starts([0x7f, 0x45, 0x4c, 0x46])) return 'an executable (ELF)';
  if (starts([0x4d, 0x5a])) return 'an executable (Windows)';
  if (starts([0xcf, 0xfa, 0xed, 0xfe]) || starts([0xfe, 0xed, 0xfa, 0xcf]) || starts([0xca, 0xfe, 0xba, 0xbe]))
    return 'an executable (macOS)';
  return 'binary data of an unknown type';
}

/**
 * Evidence of controls (7.5, 9.1): files (stored once per SHA-256, the hash shown so an auditor
 * can check a copy) and links, each dated and optionally valid until a day, archived rather
 * than deleted. The ISM, the control's owner and its system administrators add it; those who
 * read controls read it.
 */
export function createEvidenceService(deps: Deps) {
  const { db } = deps;

  async function loadControl(controlId: string, forAdding = false) {
    const [c] = await controlRefs(db, [controlId]);
    if (!c) throw new AppError('not_found', 'No such control');
    if (forAdding && c.retired_at)
      throw new AppError('conflict', `${c.reference} is retired; it takes no new evidence`);
    return c;
  }

  /** Adding evidence: controls.edit on the control, or one of its administrators (implementerAs). */
  async function addGrant(actor: Actor, controlId: string): Promise<Grant> {
    const held = await deps.authz.rolesOf(actor);
    const edit = allowedWith(actor, held, 'controls.edit', { scope: { type: 'control', id: controlId } });
    if (edit) return edit;
    const impl = implementerAs(held, controlId);
    if (impl) return { kind: 'role', roleKey: SYSADMIN, assignmentId: impl.assignmentId };
    throw new AppError(
      'forbidden',
      "You may not add evidence to this control: the ISM, the control's owner and its system administrators may",
    );
  }

  function checkDates(evidenceDate: string, validUntil: string | null, fieldPrefix = '') {
    const errors: FieldError[] = [];
    if (!isRealDay(evidenceDate))
      errors.push({ field: `${fieldPrefix}evidenceDate`, message: 'Not a day of the calendar' });
    if (validUntil !== null && !isRealDay(validUntil))
      errors.push({ field: `${fieldPrefix}validUntil`, message: 'Not a day of the calendar' });
    else if (validUntil !== null && validUntil < evidenceDate)
      errors.push({ field: `${fieldPrefix}validUntil`, message: 'Valid until must be on or after the evidence date' });
    if (errors.length) throw new AppError('validation_failed', 'The evidence dates are not valid', { errors });
  }

  /** Inserts the row under the next EVD number (retried if another insert took it) with its trail event. */
  async function insert(
    actor: Actor,
    grant: Grant,
    row: Omit<evidence.EvidenceWithTask, 'number' | 'reference' | 'task_reference'>,
    data: Buffer | null,
    meta: CallMeta,
  ): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await db.transaction().execute(async (trx: Db) => {
          if (data) await storeFile(trx, data);
          const number = await evidence.nextEvidenceNumber(trx);
          const reference = evidenceReference(number);
          await evidence.insertEvidence(trx, { ...row, number, reference });
          await appendTrail(trx, {
            actor,
            grant,
            action: 'control_evidence.add',
            objectType: 'control_evidence',
            objectId: row.id,
            changes: {
              reference,
              controlId: row.control_id,
              kind: row.kind,
              title: row.title,
              fileName: row.file_name,
              contentType: row.content_type,
              size: row.size,
              sha256: row.sha256,
              url: row.url,
              evidenceDate: row.evidence_date,
              validUntil: row.valid_until,
            },
            requestId: meta.requestId,
          });
        });
        return;
      } catch (e) {
        if (!isUniqueViolation(e) || attempt >= 2) throw e;
      }
    }
  }

  async function presentOne(controlId: string, id: string): Promise<TEvidence> {
    const row = await evidence.findEvidence(db, controlId, id);
    if (!row) throw new AppError('not_found', 'No such evidence');
    return presentEvidence(row, await personNames(db, [row.added_by]), dayOf(nowIso()));
  }

  const personOf = (actor: Actor) => {
    if (actor.kind !== 'account') throw new AppError('forbidden', 'Evidence is added by a person');
    return actor.personId;
  };

  return {
    /** Stores an uploaded file as evidence; its type is read from its first bytes, never the name. */
    async upload(
      actor: Actor,
      controlId: string,
      file: { data: Buffer; mediaType?: string },
      q: UploadQuery,
      meta: CallMeta,
    ): Promise<TEvidence> {
      const grant = await addGrant(actor, controlId);
      const personId = personOf(actor);
      await loadControl(controlId, true);
      const fileName = cleanFileName(q.fileName);
      if (file.data.length === 0)
        throw new AppError('validation_failed', 'The file is empty', {
          errors: [{ field: 'body', message: 'Choose a file with content' }],
        });
      const sniffed = sniffContentType(file.data);
      if (!sniffed) {
        const sentAs = /^[\w.+-]{1,100}\/[\w.+-]{1,100}$/.test(file.mediaType ?? '')
          ? ` (sent as ${file.mediaType})`
          : '';
        throw new AppError(
          'unsupported_media_type',
          `${fileName} looks like ${describeRefused(file.data)}${sentAs}; evidence may be PDF, PNG, JPEG, GIF, WebP, Office documents or zip archives, or plain text`,
        );
      }
      const at = nowIso();
      const evidenceDate = q.evidenceDate ?? dayOf(at);
      const validUntil = q.validUntil ?? null;
      checkDates(evidenceDate, validUntil, 'query.');
      const id = uuidv7();
      await insert(
        actor,
        grant,
        {
          id,
          control_id: controlId,
          kind: 'file',
          title: q.title?.trim() || fileName,
          description: '',
          sha256: sha256Hex(file.data),
          file_name: fileName,
          content_type: servedContentType(sniffed, fileName),
          size: file.data.length,
          url: null,
          evidence_date: evidenceDate,
          valid_until: validUntil,
          task_id: null,
          occurrence_due: null,
          added_by: personId,
          created_at: at,
          archived_at: null,
          archived_by: null,
        },
        file.data,
        meta,
      );
      return presentOne(controlId, id);
    },

    async addLink(actor: Actor, controlId: string, body: TAddEvidenceLinkRequest, meta: CallMeta): Promise<TEvidence> {
      const grant = await addGrant(actor, controlId);
      const personId = personOf(actor);
      await loadControl(controlId, true);
      const at = nowIso();
      const evidenceDate = body.evidenceDate ?? dayOf(at);
      checkDates(evidenceDate, body.validUntil);
      const id = uuidv7();
      await insert(
        actor,
        grant,
        {
          id,
          control_id: controlId,
          kind: 'link',
          title: body.title,
          description: body.description,
          sha256: null,
          file_name: null,
          content_type: null,
          size: null,
          url: body.url,
          evidence_date: evidenceDate,
          valid_until: body.validUntil,
          task_id: null,
          occurrence_due: null,
          added_by: personId,
          created_at: at,
          archived_at: null,
          archived_by: null,
        },
        null,
        meta,
      );
      return presentOne(controlId, id);
    },

    async list(actor: Actor, controlId: string, q: EvidenceListQuery) {
      await deps.authz.authorize(actor, 'controls.read');
      await loadControl(controlId);
      const cursor = decodeCursor<{ n: number }>(q.cursor, { n: 'number' });
      const today = dayOf(nowIso());
      const rows = await evidence.listEvidence(db, controlId, q.state, today, cursor?.n, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const names = await personNames(
        db,
        page.map((r) => r.added_by),
      );
      return {
        items: page.map((r) => presentEvidence(r, names, today)),
        nextCursor: rows.length > q.limit ? encodeCursor({ n: page.at(-1)!.number }) : null,
      };
    },

    /** The file's bytes, refused if they no longer hash to the SHA-256 recorded when it was added. */
    async download(actor: Actor, controlId: string, evidenceId: string) {
      await deps.authz.authorize(actor, 'controls.read');
      const row = await evidence.findEvidence(db, controlId, evidenceId);
      if (!row) throw new AppError('not_found', 'No such evidence');
      if (row.kind !== 'file' || !row.sha256) throw new AppError('not_found', `${row.reference} is a link, not a file`);
      const body = await readFile(db, row.sha256);
      if (sha256Hex(body) !== row.sha256) {
        deps.log.error({ evidenceId, sha256: row.sha256 }, 'stored evidence no longer matches its hash');
        throw new AppError('internal_error', `The stored content of ${row.reference} no longer matches its SHA-256`);
      }
      return {
        body,
        contentType: row.content_type ?? 'application/octet-stream',
        fileName: row.file_name ?? `${row.reference}.bin`,
      };
    },

    /** Takes evidence out of the current set; the row, its file and its history stay. */
    async archive(actor: Actor, controlId: string, evidenceId: string, meta: CallMeta): Promise<TEvidence> {
      const grant = await deps.authz.authorize(actor, 'controls.edit', {
        scope: { type: 'control', id: controlId },
      });
      const row = await evidence.findEvidence(db, controlId, evidenceId);
      if (!row) throw new AppError('not_found', 'No such evidence');
      if (row.archived_at) throw new AppError('conflict', `${row.reference} is already archived`);
      const at = nowIso();
      await db.transaction().execute(async (trx) => {
        if (!(await evidence.archiveEvidence(trx, row.id, actor.kind === 'account' ? actor.personId : null, at)))
          throw new AppError('conflict', `${row.reference} is already archived`);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'control_evidence.archive',
          objectType: 'control_evidence',
          objectId: row.id,
          changes: {
            reference: row.reference,
            controlId,
            sha256: row.sha256,
            url: row.url,
            archivedAt: { before: null, after: at },
          },
          requestId: meta.requestId,
        });
      });
      return presentOne(controlId, row.id);
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
