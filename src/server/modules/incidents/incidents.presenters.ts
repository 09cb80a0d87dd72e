import type {
  TCommunicationParty,
  TIncident,
  TIncidentCategory,
  TIncidentClassification,
  TIncidentLink,
  TIncidentLinkType,
  TIncidentPhase,
  TIncidentSeverity,
  TIncidentStatus,
  TIncidentSummary,
  TMyIncidentReport,
  TTimelineKind,
} from '../../../contracts/incidents.js';
import type { Actor } from '../../core/actor.js';
import { allowedWith, holdingWith, type HeldRole } from '../../core/authorize.js';
import type { Db } from '../../db/database.js';
import type { IncidentRow } from '../../db/schema.js';
import { currentScopeHolders, holdersOfScopes } from '../responsibilities/responsibilities.ledger.js';
import { clocksOf, ISM } from './incidents.core.js';
import * as repo from './incidents.repository.js';
import { deadlinesOf, nextDeadlineOf } from './incidents.rules.js';

/** The caller and the roles they exercise now, read once per request for every `can` flag. */
export type Access = { actor: Actor; held: HeldRole[]; personId: string | null };

/**
 * Who a confidential report names: only the ISM (a deputy standing in included) and the reporter
 * themselves see it; handlers, incident managers, Top Management and auditors do not.
 */
export const seesReporter = (x: Access, r: Pick<IncidentRow, 'confidential' | 'reporter_person_id'>) =>
  r.confidential === 0 || x.personId === r.reporter_person_id || holdingWith(x.held, ISM) !== null;

const scopeOf = (id: string) => ({ scope: { type: 'incident', id } });
export const mayManage = (x: Access) => allowedWith(x.actor, x.held, 'incidents.manage') !== null;
export const mayRespond = (x: Access, id: string) =>
  allowedWith(x.actor, x.held, 'incidents.respond', scopeOf(id)) !== null;

type Facts = { now: string; names: Map<string, string>; handlers: Map<string, string> };

const ref = (names: Map<string, string>, id: string) => ({ id, fullName: names.get(id) ?? 'Unknown person' });

/** Names and handlers of a page of incidents, read once. */
export async function loadFacts(db: Db, rows: IncidentRow[], now: string): Promise<Facts> {
  const handlers = await holdersOfScopes(
    db,
    repo.HANDLER,
    'incident',
    rows.map((r) => r.id),
    now,
  );
  const closed = rows.filter((r) => r.status === 'closed' && !handlers.has(r.id)).map((r) => r.id);
  if (closed.length > 0) for (const [id, person] of await repo.lastHandlers(db, closed)) handlers.set(id, person);
  const names = await repo.personNames(db, [...rows.map((r) => r.reporter_person_id), ...handlers.values()]);
  return { now, names, handlers };
}

export function presentSummary(r: IncidentRow, f: Facts, x: Access): TIncidentSummary {
  const handler = f.handlers.get(r.id);
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    status: r.status as TIncidentStatus,
    classification: r.classification as TIncidentClassification | null,
    severity: r.severity as TIncidentSeverity | null,
    category: r.category as TIncidentCategory | null,
    phase: r.status === 'open' ? (r.phase as TIncidentPhase | null) : null,
    confidential: r.confidential === 1,
    reporter: seesReporter(x, r) ? ref(f.names, r.reporter_person_id) : null,
    handler: handler ? ref(f.names, handler) : null,
    occurredAt: r.occurred_at,
    reportedAt: r.reported_at,
    triagedAt: r.triaged_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    nextDeadline: nextDeadlineOf(clocksOf(r), f.now),
  };
}

/** The whole incident as its page shows it: timeline, communications, links, attachments. */
export async function presentIncident(db: Db, r: IncidentRow, x: Access, now: string): Promise<TIncident> {
  const [entries, comms, attachments, links, holders, asset] = await Promise.all([
    repo.entriesOf(db, r.id),
    repo.communicationsOf(db, r.id),
    repo.attachmentsOf(db, [r.id]),
    repo.linksOf(db, [r.id]),
    currentScopeHolders(db, repo.HANDLER, 'incident', r.id, now),
    r.asset_id ? repo.assetsOf(db, [r.asset_id]) : Promise.resolve([]),
  ]);
  const handler = holders[0] ?? null;
  // Closure ends the handler's role; a closed incident still says who handled it.
  const lastHandler =
    !handler && r.status === 'closed' ? ((await repo.lastHandlers(db, [r.id])).get(r.id) ?? null) : null;
  const seeReporter = seesReporter(x, r);
  const names = await repo.personNames(db, [
    r.reporter_person_id,
    r.triaged_by,
    r.closed_by,
    handler?.person_id,
    lastHandler,
    ...entries.map((e) => e.person_id),
    ...comms.map((c) => c.recorded_by),
    ...attachments.map((a) => a.added_by),
  ]);
  // The reporter's own entries and files are theirs to see; hidden from others when confidential.
  const hide = (personId: string | null) => !seeReporter && personId === r.reporter_person_id;
  const facts: Facts = {
    now,
    names,
    handlers: new Map(handler ? [[r.id, handler.person_id]] : lastHandler ? [[r.id, lastHandler]] : []),
  };
  return {
    ...presentSummary(r, facts, x),
    description: r.description,
    affected: r.affected,
    reportedAsset: asset[0] ? { id: asset[0].id, reference: asset[0].reference, name: asset[0].name } : null,
    triageNote: r.triage_note,
    triagedBy: r.triaged_by ? ref(names, r.triaged_by) : null,
    handlerAssignmentId: handler?.id ?? null,
    deadlines: deadlinesOf(clocksOf(r), now),
    links: await presentLinks(db, links),
    timeline: entries.map((e) => ({
      id: e.id,
      kind: e.kind as TTimelineKind,
      phase: e.phase as TIncidentPhase | null,
      text: e.text,
      occurredAt: e.occurred_at,
      by: e.person_id && !(e.kind === 'report' && hide(e.person_id)) ? ref(names, e.person_id) : null,
      recordedAt: e.created_at,
    })),
    communications: comms.map((c) => ({
      id: c.id,
      partyKind: c.party_kind as TCommunicationParty,
      party: c.party,
      channel: c.channel,
      summary: c.summary,
      reference: c.reference,
      communicatedAt: c.communicated_at,
      by: ref(names, c.recorded_by),
      recordedAt: c.created_at,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      contentType: a.content_type,
      size: a.size,
      sha256: a.sha256,
      addedBy: hide(a.added_by) ? null : ref(names, a.added_by),
      addedAt: a.created_at,
    })),
    lessonsLearned: r.lessons_learned,
    outcome: r.outcome,
    closedBy: r.closed_by ? ref(names, r.closed_by) : null,
    version: r.version,
    can: {
      manage: r.status !== 'closed' && mayManage(x),
      respond: r.status !== 'closed' && r.classification !== 'event' && mayRespond(x, r.id),
      seeReporter,
    },
  };
}

const LINK_ORDER: TIncidentLinkType[] = ['asset', 'risk', 'nonconformity'];

async function presentLinks(db: Db, links: { target_type: string; target_id: string }[]): Promise<TIncidentLink[]> {
  const out: TIncidentLink[] = [];
  for (const type of LINK_ORDER) {
    const ids = links.filter((l) => l.target_type === type).map((l) => l.target_id);
    if (ids.length === 0) continue;
    const briefs = await repo.linkBriefs(db, type, ids);
    out.push(...briefs.sort((a, b) => (a.reference < b.reference ? -1 : 1)).map((b) => ({ type, ...b })));
  }
  return out;
}

/** The reporter's view: what they reported, where it stands, and the outcome once closed. */
export function presentMine(
  r: IncidentRow,
  attachments: { id: string; incident_id: string; file_name: string; size: number; added_by: string }[],
): TMyIncidentReport {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    description: r.description,
    affected: r.affected,
    occurredAt: r.occurred_at,
    reportedAt: r.reported_at,
    confidential: r.confidential === 1,
    status: r.status as TIncidentStatus,
    classification: r.classification as TIncidentClassification | null,
    outcome: r.status === 'closed' ? r.outcome : '',
    closedAt: r.closed_at,
    attachments: attachments
      .filter((a) => a.incident_id === r.id && a.added_by === r.reporter_person_id)
      .map((a) => ({ id: a.id, fileName: a.file_name, size: a.size })),
    can: { attach: r.status === 'reported' },
  };
}
