import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { CorrectiveActionRow, NcVerificationRow, NonconformityRow } from '../../db/schema.js';
import type { TIncidentStatus } from '../../../contracts/incidents.js';
import { clauseBriefs, controlBriefs } from '../controls/controls.services.js';
import { incidentsLinkedTo } from '../incidents/incidents.service.js';
import { dayOf } from './audits.nonconformities.core.js';
import * as repo from './audits.nonconformities.repository.js';

export type Holding = { personId: string; assignmentId: string };

/** Everything a page of nonconformities is presented from, read once per request. */
export type NcFacts = {
  now: string;
  today: string;
  actions: Map<string, CorrectiveActionRow[]>;
  verifications: Map<string, NcVerificationRow[]>;
  ncOwners: Map<string, Holding>;
  actionOwners: Map<string, Holding>;
  names: Map<string, string>;
  clauses: Map<string, { id: string; title: string }>;
  controls: Map<string, { id: string; reference: string; title: string }>;
  /** The incidents linked to each NC (detail only). */
  incidents: Map<string, { id: string; reference: string; title: string; status: TIncidentStatus }[]>;
};

/** The clauses (4-10) and controls (in use) with the ids given; an id missing from a map does not exist. */
export async function citedBriefs(
  db: Db,
  ids: { clauseIds: string[]; controlIds: string[] },
): Promise<Pick<NcFacts, 'clauses' | 'controls'>> {
  const wanted = new Set(ids.clauseIds);
  const [clauses, controls] = await Promise.all([
    wanted.size > 0 ? clauseBriefs(db) : Promise.resolve([]),
    ids.controlIds.length > 0 ? controlBriefs(db, [...new Set(ids.controlIds)]) : Promise.resolve([]),
  ]);
  return {
    clauses: new Map(clauses.filter((c) => wanted.has(c.id)).map((c) => [c.id, { id: c.id, title: c.title }])),
    controls: new Map(controls.map((c) => [c.id, { id: c.id, reference: c.reference, title: c.title }])),
  };
}

const group = <T extends { nc_id: string }>(rows: T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.nc_id, [...(out.get(r.nc_id) ?? []), r]);
  return out;
};

const holdings = (rows: { id: string; person_id: string; scope_id: string }[]) => {
  const out = new Map<string, Holding>();
  // Owner roles are exclusive; should two rows overlap, the earliest (ordered by valid_from) wins.
  for (const r of rows) if (!out.has(r.scope_id)) out.set(r.scope_id, { personId: r.person_id, assignmentId: r.id });
  return out;
};

/**
 * Reads the actions and owners of the nonconformities; with `detail`, also their verifications,
 * the owners of their actions and the clauses and controls they cite.
 */
export async function loadFacts(db: Db, rows: NonconformityRow[], detail: boolean): Promise<NcFacts> {
  const now = nowIso();
  const ids = rows.map((r) => r.id);
  const [actions, verifications, ncOwners] = await Promise.all([
    repo.actionsOf(db, ids),
    detail ? repo.verificationsOf(db, ids) : Promise.resolve([]),
    repo.holdersOf(db, repo.NC_OWNER, 'nonconformity', ids, now),
  ]);
  const [actionOwners, briefs] = await Promise.all([
    detail
      ? repo.holdersOf(
          db,
          repo.ACTION_OWNER,
          'corrective_action',
          actions.map((a) => a.id),
          now,
        )
      : Promise.resolve([]),
    detail
      ? citedBriefs(db, {
          clauseIds: rows.flatMap((r) => (r.clause_id ? [r.clause_id] : [])),
          controlIds: rows.flatMap((r) => (r.control_id ? [r.control_id] : [])),
        })
      : Promise.resolve({ clauses: new Map<string, never>(), controls: new Map<string, never>() }),
  ]);
  const names = await repo.personNames(db, [
    ...rows.flatMap((r) => [r.raised_by, r.closed_by]),
    ...ncOwners.map((h) => h.person_id),
    ...actionOwners.map((h) => h.person_id),
    ...actions.map((a) => a.done_by),
    ...verifications.map((v) => v.verified_by),
  ]);
  return {
    now,
    today: dayOf(now),
    actions: group(actions),
    verifications: group(verifications),
    ncOwners: holdings(ncOwners),
    actionOwners: holdings(actionOwners),
    names,
    clauses: briefs.clauses,
    controls: briefs.controls,
    incidents: detail ? await incidentsLinkedTo(db, 'nonconformity', ids) : new Map<string, never[]>(),
  };
}
