import { v7 as uuidv7 } from 'uuid';
import {
  COMMUNICATION_PARTY_LABELS,
  INCIDENT_PHASE_LABELS,
  type TAddCommunicationRequest,
  type TAddIncidentLinkRequest,
  type TAddTimelineEntryRequest,
  type TCompletePhaseRequest,
  type TIncident,
  type TIncidentAttachment,
  type TIncidentPhase,
} from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { IncidentRow } from '../../db/schema.js';
import { describeRefused } from '../controls/controls.evidence.service.js';
import { servedContentType, sniffContentType } from '../controls/controls.rules.js';
import { cleanFileName, readFile, sha256Hex, storeFile } from '../files/files.service.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import {
  closedIncident,
  incidentLink,
  incidentTrail,
  inFuture,
  loadIncident,
  nextDueAfter,
  personOf,
  readDeadlines,
  staleIncident,
  type Who,
} from './incidents.core.js';
import { presentIncident } from './incidents.presenters.js';
import * as repo from './incidents.repository.js';
import { closeDueAt, nextPhase } from './incidents.rules.js';
import { addEntry, incidentManagers } from './incidents.service.js';

const LINK_LABEL = { asset: 'asset', risk: 'risk', nonconformity: 'nonconformity' } as const;

/**
 * The response to an incident (A.5.26): its handler, the ISM or an incident manager keep the
 * timeline, complete the phases (contain, eradicate, recover), log communications with
 * authorities and others, link what it touches and keep evidence (A.5.28).
 */
export function createIncidentResponseService(deps: Deps) {
  const { db } = deps;

  const respondGrant = (actor: Actor, id: string) =>
    deps.authz.authorize(actor, 'incidents.respond', { scope: { type: 'incident', id } });

  async function present(actor: Actor, id: string): Promise<TIncident> {
    const x = { actor, held: await deps.authz.rolesOf(actor), personId: personOf(actor) };
    return presentIncident(db, await loadIncident(db, id), x, nowIso());
  }

  /** The incident, which must be one being handled or resolved (not awaiting triage, an event or closed). */
  async function underResponse(trx: Db, id: string): Promise<IncidentRow> {
    const r = await loadIncident(trx, id);
    if (r.status === 'closed') throw closedIncident(r.reference);
    if (r.status === 'reported') throw new AppError('conflict', `${r.reference} awaits triage`);
    return r;
  }

  function notFuture(iso: string | undefined, field: string) {
    if (iso && inFuture(iso, nowIso()))
      throw new AppError('validation_failed', 'A time in the future', {
        errors: [{ field, message: 'Cannot be in the future' }],
      });
  }

  return {
    async addTimelineEntry(
      actor: Actor,
      id: string,
      body: TAddTimelineEntryRequest,
      meta: CallMeta,
    ): Promise<TIncident> {
      const grant = await respondGrant(actor, id);
      notFuture(body.occurredAt, 'occurredAt');
      await db.transaction().execute(async (trx) => {
        const r = await underResponse(trx, id);
        const occurredAt = body.occurredAt ? new Date(Date.parse(body.occurredAt)).toISOString() : undefined;
        await addEntry(trx, r, { kind: body.kind, text: body.text, personId: personOf(actor), occurredAt });
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.timeline', r, {
          kind: body.kind,
          text: body.text,
          occurredAt: occurredAt ?? null,
        });
      });
      return present(actor, id);
    },

    async completePhase(actor: Actor, id: string, body: TCompletePhaseRequest, meta: CallMeta): Promise<TIncident> {
      const grant = await respondGrant(actor, id);
      const settings = await readDeadlines(db);
      await db.transaction().execute(async (trx) => {
        const r = await underResponse(trx, id);
        if (r.status !== 'open' || !r.phase) throw new AppError('conflict', `${r.reference} is already resolved`);
        if (r.version !== body.version) throw staleIncident(r.reference);
        if (r.phase !== body.phase)
          throw new AppError(
            'conflict',
            `${r.reference} is in its ${INCIDENT_PHASE_LABELS[r.phase as TIncidentPhase].toLowerCase()} phase, not ${body.phase}`,
          );
        const now = nowIso();
        const next = nextPhase(body.phase);
        const patch: Partial<IncidentRow> = { updated_at: now };
        if (body.phase === 'contain') patch.contained_at = now;
        if (body.phase === 'eradicate') patch.eradicated_at = now;
        if (next) patch.phase = next;
        else Object.assign(patch, { status: 'resolved', resolved_at: now, close_due_at: closeDueAt(now, settings) });
        patch.next_due_at = nextDueAfter(r, patch);
        if (!(await repo.updateIncident(trx, r.id, r.version, patch))) throw staleIncident(r.reference);
        await addEntry(trx, r, {
          kind: 'phase',
          text: body.note,
          personId: personOf(actor),
        });
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.phase', r, {
          phase: body.phase,
          note: body.note,
          next: next ?? null,
          ...(next ? {} : { status: { before: 'open', after: 'resolved' } }),
        });
        if (!next)
          await notify(trx, {
            personIds: await incidentManagers(trx, now),
            kind: 'incident.resolved',
            title: `${r.reference} is recovered: record its lessons learned and close it`,
            body: `${r.title} — contained, eradicated and recovered. Close it with what the organisation learns from it (A.5.27).`,
            link: incidentLink(r.id),
            objectType: 'incident',
            objectId: r.id,
            exceptPersonId: personOf(actor),
          });
      });
      return present(actor, id);
    },

    async addCommunication(
      actor: Actor,
      id: string,
      body: TAddCommunicationRequest,
      meta: CallMeta,
    ): Promise<TIncident> {
      const grant = await respondGrant(actor, id);
      notFuture(body.communicatedAt, 'communicatedAt');
      const me = personOf(actor);
      if (!me) throw new AppError('forbidden', 'Communications are recorded by a person');
      await db.transaction().execute(async (trx) => {
        const r = await underResponse(trx, id);
        const at = new Date(Date.parse(body.communicatedAt)).toISOString();
        await repo.insertCommunication(trx, {
          id: uuidv7(),
          incident_id: r.id,
          party_kind: body.partyKind,
          party: body.party,
          channel: body.channel,
          summary: body.summary,
          reference: body.reference,
          communicated_at: at,
          recorded_by: me,
          created_at: nowIso(),
        });
        await addEntry(trx, r, {
          kind: 'communication',
          text: `Told ${body.party} (${COMMUNICATION_PARTY_LABELS[body.partyKind].toLowerCase()})${body.channel ? ` by ${body.channel}` : ''}: ${body.summary}`,
          personId: me,
          occurredAt: at,
        });
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.communication', r, {
          partyKind: body.partyKind,
          party: body.party,
          channel: body.channel,
          reference: body.reference,
          summary: body.summary,
          communicatedAt: at,
        });
      });
      return present(actor, id);
    },

    async addLink(actor: Actor, id: string, body: TAddIncidentLinkRequest, meta: CallMeta): Promise<TIncident> {
      const grant = await respondGrant(actor, id);
      const [target] = await repo.linkBriefs(db, body.type, [body.id]);
      if (!target)
        throw new AppError('validation_failed', `No ${LINK_LABEL[body.type]} with that id`, {
          errors: [{ field: 'id', message: `No ${LINK_LABEL[body.type]} with that id` }],
        });
      const me = personOf(actor);
      if (!me) throw new AppError('forbidden', 'Links are added by a person');
      await db.transaction().execute(async (trx) => {
        const r = await underResponse(trx, id);
        const added = await repo.insertLink(trx, {
          incident_id: r.id,
          target_type: body.type,
          target_id: body.id,
          added_by: me,
          created_at: nowIso(),
        });
        if (!added) return;
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.link', r, {
          type: body.type,
          targetId: body.id,
          targetReference: target.reference,
        });
      });
      return present(actor, id);
    },

    async removeLink(actor: Actor, id: string, type: string, targetId: string, meta: CallMeta): Promise<TIncident> {
      const grant = await respondGrant(actor, id);
      await db.transaction().execute(async (trx) => {
        const r = await underResponse(trx, id);
        if (!(await repo.deleteLink(trx, r.id, type, targetId)))
          throw new AppError('not_found', `${r.reference} has no such link`);
        await incidentTrail(trx, { actor, grant, requestId: meta.requestId }, 'incident.unlink', r, { type, targetId });
      });
      return present(actor, id);
    },

    /**
     * A file for the incident: the reporter's own while it awaits triage, or the responders' while
     * it is being handled. Stored content-addressed; the type comes from the content.
     */
    async uploadAttachment(
      actor: Actor,
      id: string,
      file: { data: Buffer },
      q: { fileName: string },
      meta: CallMeta,
    ): Promise<TIncidentAttachment> {
      const me = personOf(actor);
      const r0 = await loadIncident(db, id);
      let grant: Grant;
      const reporterAttaching = me !== null && r0.reporter_person_id === me && r0.status === 'reported';
      if (reporterAttaching) grant = await deps.authz.authorize(actor, 'incidents.report');
      else grant = await respondGrant(actor, id);
      const fileName = cleanFileName(q.fileName);
      if (file.data.length === 0)
        throw new AppError('validation_failed', 'The file is empty', {
          errors: [{ field: 'body', message: 'Choose a file with content' }],
        });
      const sniffed = sniffContentType(file.data);
      if (!sniffed)
        throw new AppError(
          'unsupported_media_type',
          `${fileName} looks like ${describeRefused(file.data)}; attach PDF, PNG, JPEG, GIF, WebP, Office documents, zip archives or plain text`,
        );
      if (!me) throw new AppError('forbidden', 'Files are attached by a person');
      const now = nowIso();
      const row = {
        id: uuidv7(),
        incident_id: id,
        sha256: sha256Hex(file.data),
        file_name: fileName,
        content_type: servedContentType(sniffed, fileName),
        size: file.data.length,
        added_by: me,
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        const r = await loadIncident(trx, id);
        if (r.status === 'closed') throw closedIncident(r.reference);
        if (reporterAttaching && r.status !== 'reported')
          throw new AppError('conflict', `${r.reference} has been triaged; send further files to its handler`);
        await storeFile(trx, file.data);
        await repo.insertAttachment(trx, row);
        await incidentTrail(
          trx,
          { actor, grant, requestId: meta.requestId } satisfies Who,
          'incident.attachment',
          r,
          { fileName, sha256: row.sha256, size: row.size, contentType: row.content_type },
          { confidentialActor: reporterAttaching && r.confidential === 1 },
        );
      });
      return {
        id: row.id,
        fileName,
        contentType: row.content_type,
        size: row.size,
        sha256: row.sha256,
        addedBy: { id: me, fullName: (await repo.personNames(db, [me])).get(me) ?? 'Unknown person' },
        addedAt: now,
      };
    },

    /** A file of the incident (readers of it, or the reporter for their own files); hash checked first. */
    async download(actor: Actor, id: string, attachmentId: string) {
      const me = personOf(actor);
      const r = await loadIncident(db, id);
      const row = await repo.findAttachment(db, id, attachmentId);
      const ownFile = row !== undefined && me !== null && row.added_by === me && r.reporter_person_id === me;
      if (!ownFile) await deps.authz.authorize(actor, 'incidents.read', { scope: { type: 'incident', id } });
      if (!row) throw new AppError('not_found', 'No such file on this incident');
      const body = await readFile(db, row.sha256);
      if (sha256Hex(body) !== row.sha256) {
        deps.log.error({ attachmentId, sha256: row.sha256 }, 'stored incident attachment no longer matches its hash');
        throw new AppError('internal_error', `The stored content of ${row.file_name} no longer matches its SHA-256`);
      }
      return { body, contentType: row.content_type, fileName: row.file_name };
    },
  };
}

export type IncidentResponseService = ReturnType<typeof createIncidentResponseService>;
