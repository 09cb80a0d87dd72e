import { v7 as uuidv7 } from 'uuid';
import type { TConfirmHandoverRequest, THandover } from '../../../contracts/responsibilities.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { currentIsmsHolders } from './responsibilities.ledger.js';
import { EMPLOYEE_ROLE, LEADERSHIP_ROLES } from './data/role-catalogue.js';
import type { AssignmentService } from './responsibilities.assignments.service.js';
import * as repo from './responsibilities.handover.repository.js';
import * as ledger from './responsibilities.ledger.repository.js';
import { presentAssignment, type AssignmentAbilities } from './responsibilities.presenters.js';
import { proposeSuccessor } from './responsibilities.rules.js';
import type { ScopeRegistry } from './responsibilities.scopes.js';
import { enforceSod } from './responsibilities.sod.service.js';

export type HandoverSource = 'manual' | 'hr_import' | 'scim';

/**
 * Opens a leaver's handover (once; a second call while one is open does nothing). Whoever marks
 * a person a leaver calls this in the same transaction; the ISM confirms it later.
 */
export async function openHandover(
  trx: Db,
  personId: string,
  source: HandoverSource,
  who: { actor: Actor; grant: Grant; requestId?: string },
): Promise<{ id: string; created: boolean }> {
  const open = await repo.findOpenHandover(trx, personId);
  if (open) return { id: open.id, created: false };
  const row = {
    id: uuidv7(),
    person_id: personId,
    status: 'open' as const,
    source,
    opened_at: nowIso(),
    confirmed_at: null,
    confirmed_by: null,
    result: null,
    version: 1,
  };
  await repo.insertHandover(trx, row);
  await appendTrail(trx, {
    ...who,
    action: 'handover.opened',
    objectType: 'handover',
    objectId: row.id,
    changes: { personId, source },
  });
  const leaver = await ledger.findPersonBrief(trx, personId);
  await notify(trx, {
    personIds: await currentIsmsHolders(trx, 'isms_manager', row.opened_at),
    kind: 'handover.opened',
    title: `${leaver?.full_name ?? 'Someone'} has left: confirm their handover`,
    body: 'Hand over what they still hold so that nothing is left without an owner.',
    link: `/handovers/${row.id}`,
    objectType: 'handover',
    objectId: row.id,
  });
  return { id: row.id, created: true };
}

type HandoverResultItem = NonNullable<THandover['result']>[number];

/** Leaver handovers: what a leaver still holds, who should take it over, and the ISM's confirmation. */
export function createHandoverService(deps: Deps, scopes: ScopeRegistry, assignments: AssignmentService) {
  const { db } = deps;

  /** `who` is computed before any transaction: the authorizer reads the ledger on its own connection. */
  async function itemsOf(trx: Db, personId: string, managerId: string | null, who: AssignmentAbilities) {
    const now = nowIso();
    const rows = await ledger.currentAndUpcomingOf(trx, personId, now);
    const label = await scopes.labelAll(trx, rows);
    const manager = managerId ? await ledger.findPersonBrief(trx, managerId) : undefined;
    const out: THandover['items'] = [];
    const successorIds = new Set<string>();
    const proposals: {
      row: ledger.AssignmentView;
      personId: string | null;
      proposal: THandover['items'][number]['proposal'];
    }[] = [];
    for (const row of rows) {
      if (row.kind === 'deputy' || row.role_key === EMPLOYEE_ROLE) {
        proposals.push({ row, personId: null, proposal: 'not_needed' });
        continue;
      }
      const deputies = await ledger.currentDeputies(trx, row.role_key, row.scope_key, now);
      const p = proposeSuccessor(
        personId,
        deputies.map((d) => ({ id: d.person_id, status: d.status })),
        manager ? { id: manager.id, status: manager.status } : null,
      );
      if (p.personId) successorIds.add(p.personId);
      proposals.push({ row, ...p });
    }
    const people = new Map((await ledger.findPeopleBrief(trx, [...successorIds])).map((p) => [p.id, p]));
    for (const { row, personId: succ, proposal } of proposals) {
      const s = succ ? people.get(succ) : undefined;
      out.push({
        assignment: presentAssignment(row, now, label, who),
        proposedSuccessor: s ? { id: s.id, fullName: s.full_name, email: s.email, status: s.status } : null,
        proposal,
        needsSuccessor: proposal !== 'not_needed',
      });
    }
    return out;
  }

  async function present(trx: Db, id: string, who: AssignmentAbilities): Promise<THandover> {
    const h = await repo.findHandover(trx, id);
    if (!h) throw new AppError('not_found', 'No such handover');
    const person = await ledger.findPersonBrief(trx, h.person_id);
    if (!person) throw new AppError('not_found', 'The handover’s person no longer exists');
    const confirmer = h.confirmed_by ? await ledger.findPersonBrief(trx, h.confirmed_by) : undefined;
    const items = h.status === 'open' ? await itemsOf(trx, h.person_id, person.manager_id, who) : [];
    return {
      id: h.id,
      person: { id: person.id, fullName: person.full_name, email: person.email, status: person.status },
      status: h.status,
      source: h.source,
      openedAt: h.opened_at,
      confirmedAt: h.confirmed_at,
      confirmedBy: confirmer ? { id: confirmer.id, fullName: confirmer.full_name } : null,
      openItems: items.length,
      items,
      result: h.result ? fromJson<HandoverResultItem[]>(h.result, []) : null,
      version: h.version,
    };
  }

  return {
    async list(actor: Actor, q: { status?: 'open' | 'confirmed'; limit: number; cursor?: string }) {
      await deps.authz.authorize(actor, 'coverage.read');
      const after = decodeCursor<{ id: string }>(q.cursor, { id: 'string' });
      const rows = await repo.listHandovers(db, { status: q.status }, after?.id, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const counts = await Promise.all(
        page.map((h) =>
          h.status === 'open'
            ? ledger.currentAndUpcomingOf(db, h.person_id, nowIso()).then((r) => r.length)
            : Promise.resolve(0),
        ),
      );
      return {
        items: page.map((h, i) => ({
          id: h.id,
          person: { id: h.person_id, fullName: h.person_name, email: h.person_email, status: h.person_status },
          status: h.status,
          source: h.source,
          openedAt: h.opened_at,
          confirmedAt: h.confirmed_at,
          confirmedBy:
            h.confirmed_by && h.confirmed_by_name ? { id: h.confirmed_by, fullName: h.confirmed_by_name } : null,
          openItems: counts[i] ?? 0,
          version: h.version,
        })),
        nextCursor: rows.length > q.limit && page.at(-1) ? encodeCursor({ id: page.at(-1)!.id }) : null,
      };
    },

    async get(actor: Actor, id: string): Promise<THandover> {
      await deps.authz.authorize(actor, 'coverage.read');
      return present(db, id, await assignments.abilities(actor));
    },

    /**
     * Ends everything the leaver holds and opens the successors' assignments in one transaction.
     * Every holder assignment must get a successor, so nothing is left without an owner.
     */
    async confirm(actor: Actor, id: string, input: TConfirmHandoverRequest, meta: CallMeta): Promise<THandover> {
      const grant = await deps.authz.authorize(actor, 'handover.confirm');
      const who0 = await assignments.abilities(actor);
      // Handing over a leadership role needs Top Management's right as well (DECISIONS.md).
      const [leadership] = await deps.authz.canEach(actor, ['assignments.manage_leadership']);
      const leadershipGrant = leadership ? await deps.authz.authorize(actor, 'assignments.manage_leadership') : null;
      await db.transaction().execute(async (trx) => {
        const h = await repo.findHandover(trx, id);
        if (!h) throw new AppError('not_found', 'No such handover');
        if (h.status !== 'open') throw new AppError('conflict', 'This handover is already confirmed');
        if (h.version !== input.version) throw new AppError('version_conflict', 'The handover changed; reload it');
        if (actor.kind === 'account')
          await enforceSod(trx, { rule: 'SOD-00', deciderPersonId: actor.personId, subjectPersonId: h.person_id });
        const person = await ledger.findPersonBrief(trx, h.person_id);
        if (!person) throw new AppError('not_found', 'The handover’s person no longer exists');
        const items = await itemsOf(trx, h.person_id, person.manager_id, who0);
        const chosen = new Map(input.successors.map((s) => [s.assignmentId, s.successorPersonId]));
        const unknown = [...chosen.keys()].filter((a) => !items.some((i) => i.assignment.id === a));
        if (unknown.length > 0)
          throw new AppError('validation_failed', 'A successor was given for an assignment not in this handover', {
            errors: [{ field: 'successors', message: unknown.join(', ') }],
          });
        const missing = items.filter((i) => i.needsSuccessor && !chosen.get(i.assignment.id) && !i.proposedSuccessor);
        if (missing.length > 0)
          throw new AppError(
            'conflict',
            `Choose a successor for: ${missing.map((m) => `${m.assignment.roleName} (${m.assignment.scope.label})`).join('; ')}`,
          );
        const now = nowIso();
        const result: HandoverResultItem[] = [];
        const who = { actor, grant, requestId: meta.requestId };
        for (const item of items) {
          const row = await ledger.findAssignmentView(trx, item.assignment.id);
          if (!row) continue;
          const successorId = item.needsSuccessor ? (chosen.get(row.id) ?? item.proposedSuccessor?.id ?? null) : null;
          let leaderGrant = grant;
          if (successorId && LEADERSHIP_ROLES.includes(row.role_key)) {
            if (!leadershipGrant)
              throw new AppError(
                'forbidden',
                `Only Top Management hands over ${row.role_name}; ask them to confirm this handover`,
              );
            leaderGrant = leadershipGrant;
          }
          const end = row.valid_from > now ? row.valid_from : now;
          await assignments.close(
            trx,
            row,
            end,
            `Handover: ${person.full_name} left`,
            { ...who, grant: leaderGrant },
            'assignment.handed_over',
          );
          let newId: string | null = null;
          let successorName: string | null = null;
          if (successorId) {
            // A deputy who takes over stops being a deputy for the same role and scope.
            for (const d of await ledger.currentDeputies(trx, row.role_key, row.scope_key, now)) {
              if (d.person_id !== successorId) continue;
              const dv = await ledger.findAssignmentView(trx, d.id);
              if (dv)
                await assignments.close(
                  trx,
                  dv,
                  now,
                  'Became the holder in a handover',
                  { ...who, grant: leaderGrant },
                  'assignment.ended',
                );
            }
            newId = await assignments.open(
              trx,
              {
                personId: successorId,
                roleKey: row.role_key,
                scopeType: row.scope_type,
                scopeId: row.scope_id,
                kind: 'holder',
                validFrom: end,
                reason: `Handover from ${person.full_name}`,
                replaceCurrent: false,
              },
              { ...who, grant: leaderGrant },
            );
            successorName = (await ledger.findPersonBrief(trx, successorId))?.full_name ?? null;
          }
          result.push({
            assignmentId: row.id,
            roleKey: row.role_key,
            scope: item.assignment.scope,
            successorId,
            successorName,
            newAssignmentId: newId,
          });
        }
        if (
          !(await repo.confirmHandover(trx, id, h.version, {
            confirmed_at: now,
            confirmed_by: actor.kind === 'account' ? actor.personId : null,
            result: toJson(result),
          }))
        )
          throw new AppError('version_conflict', 'The handover changed; reload it');
        await appendTrail(trx, {
          ...who,
          action: 'handover.confirmed',
          objectType: 'handover',
          objectId: id,
          changes: {
            personId: h.person_id,
            items: result.length,
            successors: result.filter((r) => r.successorId).length,
          },
        });
      });
      return present(db, id, who0);
    },
  };
}

export type HandoverService = ReturnType<typeof createHandoverService>;
