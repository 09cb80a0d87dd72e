import { v7 as uuidv7 } from 'uuid';
import type {
  TAssignment,
  TAssignmentListQuery,
  TAssignRequest,
  TEndAssignmentRequest,
  TMyResponsibilities,
  TStandInRequest,
} from '../../../contracts/responsibilities.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import type { Grant } from '../../core/authorize.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { fromJson, nowIso } from '../../db/json.js';
import { notify } from '../inbox/inbox.notifications.service.js';
import { appendTrail } from '../trail/trail.service.js';
import { EMPLOYEE_ROLE, LEADERSHIP_ROLES } from './data/role-catalogue.js';
import { currentScopeHolders, scopeKeyOf } from './responsibilities.ledger.js';
import * as repo from './responsibilities.ledger.repository.js';
import { presentAssignment, presentRole, type AssignmentAbilities } from './responsibilities.presenters.js';
import * as roles from './responsibilities.roles.repository.js';
import { asOfInstant, overlaps } from './responsibilities.rules.js';
import { ISMS_SCOPE, type ScopeRegistry } from './responsibilities.scopes.js';
import { enforceSod } from './responsibilities.sod.service.js';

type Who = { actor: Actor; grant: Grant; requestId?: string };

/** The responsibility ledger's use cases: assign, end, stand in, acknowledge, and read as of any date. */
export function createAssignmentService(deps: Deps, scopes: ScopeRegistry) {
  const { db } = deps;
  const personOf = (actor: Actor) => (actor.kind === 'account' ? actor.personId : null);

  /**
   * Which decision right assigning or ending this role needs (DECISIONS.md), and the actor's grant
   * for it. Reads the ledger through the authorizer, so call it before opening a transaction.
   */
  async function authority(actor: Actor, roleKey: string): Promise<Grant> {
    if (!LEADERSHIP_ROLES.includes(roleKey)) return deps.authz.authorize(actor, 'assignments.manage');
    if (await deps.authz.can(actor, 'assignments.manage_leadership'))
      return deps.authz.authorize(actor, 'assignments.manage_leadership');
    // First appointment: while nobody holds Top Management, the platform admin may appoint it,
    // so that a new installation gets its first decision-maker. open() checks the vacancy again
    // inside its transaction; the trail records platform:admin.
    if (roleKey === 'top_management' && actor.kind === 'account' && actor.isAdmin) {
      if ((await repo.countCurrentHolders(db, 'top_management', nowIso())) === 0)
        return { kind: 'platform', permission: 'admin' };
    }
    throw leadershipOnly();
  }

  async function abilities(actor: Actor): Promise<AssignmentAbilities> {
    const [manage, leadership] = await deps.authz.canEach(actor, [
      'assignments.manage',
      'assignments.manage_leadership',
    ]);
    return {
      personId: personOf(actor),
      mayManage: (key) =>
        (LEADERSHIP_ROLES.includes(key) ? leadership === true : manage === true) && key !== EMPLOYEE_ROLE,
    };
  }

  async function present(rows: repo.AssignmentView[], at: string, actor: Actor): Promise<TAssignment[]> {
    const [label, who] = await Promise.all([scopes.labelAll(db, rows), abilities(actor)]);
    return rows.map((r) => presentAssignment(r, at, label, who));
  }

  async function view(trx: Db, id: string): Promise<repo.AssignmentView> {
    const row = await repo.findAssignmentView(trx, id);
    if (!row) throw new AppError('not_found', 'No such assignment');
    return row;
  }

  async function checkScope(trx: Db, scopeTypes: string[], roleName: string, type: string, id: string | null) {
    if (!scopeTypes.includes(type))
      throw new AppError('validation_failed', `${roleName} cannot be assigned for the scope ${type}`, {
        errors: [{ field: 'scopeType', message: `Use one of: ${scopeTypes.join(', ')}` }],
      });
    if (type === ISMS_SCOPE) {
      if (id !== null)
        throw new AppError('validation_failed', 'The whole-ISMS scope has no id', {
          errors: [{ field: 'scopeId', message: 'Leave empty for the whole ISMS' }],
        });
      return;
    }
    const kind = scopes.get(type);
    if (!kind || id === null || !(await kind.labels(trx, [id])).has(id))
      throw new AppError('validation_failed', `No ${type.replace('_', ' ')} with that id`, {
        errors: [{ field: 'scopeId', message: 'Choose an existing object for this scope' }],
      });
  }

  /** Closes an assignment at `at` (never deletes: history is the point of the ledger). */
  async function close(trx: Db, row: repo.AssignmentView, at: string, reason: string, who: Who, action: string) {
    const endedBy = personOf(who.actor);
    if (
      !(await repo.updateAssignment(trx, row.id, row.version, {
        valid_to: at,
        ended_by: endedBy,
        end_reason: reason,
        updated_at: nowIso(),
      }))
    )
      throw stale();
    await notify(trx, {
      personIds: [row.person_id],
      kind: action,
      title: `Your assignment as ${row.role_name} ends`,
      body: reason,
      link: '/my/responsibilities',
      objectType: 'assignment',
      objectId: row.id,
      exceptPersonId: endedBy,
    });
    await appendTrail(trx, {
      ...who,
      action,
      objectType: 'assignment',
      objectId: row.id,
      changes: {
        personId: row.person_id,
        roleKey: row.role_key,
        scope: row.scope_key,
        kind: row.kind,
        validTo: at,
        reason,
      },
    });
  }

  /**
   * Opens an assignment after every check; callers hold the transaction and the grant. Shared by
   * the assign route, the handover and the CLI.
   */
  async function open(trx: Db, input: TAssignRequest, who: Who): Promise<string> {
    const now = nowIso();
    const role = await roles.findRole(trx, input.roleKey);
    if (!role)
      throw new AppError('validation_failed', `No role ${input.roleKey}`, {
        errors: [{ field: 'roleKey', message: 'Unknown role' }],
      });
    if (role.retired_at) throw new AppError('conflict', `${role.name} is retired`);
    if (role.key === EMPLOYEE_ROLE)
      throw new AppError(
        'conflict',
        'Every person holds the Employee role from their start; it is not assigned by hand',
      );
    const person = await repo.findPersonBrief(trx, input.personId);
    if (!person)
      throw new AppError('validation_failed', 'No such person', {
        errors: [{ field: 'personId', message: 'Unknown person' }],
      });
    if (person.status !== 'active')
      throw new AppError('conflict', `${person.full_name} has left; choose someone active`);
    await checkScope(trx, fromJson<string[]>(role.scope_types, []), role.name, input.scopeType, input.scopeId);
    const decider = personOf(who.actor);
    if (decider) await enforceSod(trx, { rule: 'SOD-00', deciderPersonId: decider, subjectPersonId: person.id });
    if (who.grant.kind === 'platform' && (await repo.countCurrentHolders(trx, 'top_management', now)) > 0)
      throw leadershipOnly();

    const validFrom = input.validFrom ? new Date(input.validFrom).toISOString() : now;
    const scopeKey = scopeKeyOf(input.scopeType, input.scopeId);
    const period = { valid_from: validFrom, valid_to: null };
    const open = (await repo.openRowsForScope(trx, role.key, scopeKey, validFrom)).filter((r) => overlaps(r, period));
    if (open.some((r) => r.person_id === person.id && r.kind === input.kind))
      throw new AppError('conflict', `${person.full_name} already has this role for this scope as ${input.kind}`);
    if (open.some((r) => r.person_id === person.id))
      throw new AppError(
        'conflict',
        `${person.full_name} is already ${open.find((r) => r.person_id === person.id)?.kind} for this role and scope; end that first`,
      );
    if (input.kind === 'holder' && role.exclusive === 1) {
      const holders = open.filter((r) => r.kind === 'holder');
      if (holders.length > 0) {
        const later = holders.find((h) => h.valid_from >= validFrom);
        if (!input.replaceCurrent || later)
          throw new AppError(
            'conflict',
            `${role.name} has one holder per scope and ${holders.map((h) => h.person_name).join(', ')} holds it; ` +
              (later
                ? 'an appointment already starts on or after that date'
                : 'choose "replace the current holder" to hand it over'),
          );
        for (const h of holders)
          await close(trx, h, validFrom, `Replaced by ${person.full_name}`, who, 'assignment.replaced');
      }
    }
    const id = uuidv7();
    try {
      await repo.insertAssignment(trx, {
        id,
        person_id: person.id,
        role_key: role.key,
        scope_type: input.scopeType,
        scope_id: input.scopeId,
        scope_key: scopeKey,
        kind: input.kind,
        exclusive: role.exclusive,
        valid_from: validFrom,
        valid_to: null,
        stand_in_from: null,
        stand_in_until: null,
        acknowledged_at: null,
        acknowledged_version: null,
        assigned_by: decider,
        reason: input.reason,
        ended_by: null,
        end_reason: null,
        created_at: now,
        updated_at: now,
        version: 1,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('conflict', `${role.name} already has a holder for this scope`);
      throw e;
    }
    await appendTrail(trx, {
      ...who,
      action: 'assignment.created',
      objectType: 'assignment',
      objectId: id,
      changes: {
        personId: person.id,
        roleKey: role.key,
        scopeType: input.scopeType,
        scopeId: input.scopeId,
        kind: input.kind,
        validFrom,
        reason: input.reason,
        textVersion: role.text_version,
      },
    });
    await notify(trx, {
      personIds: [person.id],
      kind: 'assignment.created',
      title: `You are now ${input.kind === 'deputy' ? 'deputy ' : ''}${role.name}`,
      body: `${input.reason} — read what the role asks of you and acknowledge it.`,
      link: '/my/responsibilities',
      objectType: 'assignment',
      objectId: id,
    });
    return id;
  }

  /**
   * Makes `personId` the one current holder of a role for an object (an asset's, control's or
   * nonconformity's owner), closing whoever else holds it, or ends the holding with null. Returns
   * the holders before and after, or null when nothing changed. Callers hold the transaction.
   */
  async function setSoleHolder(
    trx: Db,
    input: {
      roleKey: string;
      scopeType: string;
      scopeId: string;
      personId: string | null;
      /** Why the old holding ends and the new one starts (the caller's words, or its default). */
      endReason: string;
      openReason: string;
    },
    who: Who,
  ): Promise<{ before: string[]; after: string | null } | null> {
    const now = nowIso();
    const current = await currentScopeHolders(trx, input.roleKey, input.scopeType, input.scopeId, now);
    const { personId } = input;
    if (personId !== null && current.length === 1 && current[0]!.person_id === personId) return null;
    if (personId === null && current.length === 0) return null;
    for (const row of current)
      if (row.person_id !== personId)
        await close(
          trx,
          row,
          now,
          input.endReason,
          who,
          personId === null ? 'assignment.ended' : 'assignment.replaced',
        );
    if (personId !== null && !current.some((r) => r.person_id === personId))
      await open(
        trx,
        {
          personId,
          roleKey: input.roleKey,
          scopeType: input.scopeType,
          scopeId: input.scopeId,
          kind: 'holder',
          reason: input.openReason.slice(0, 1000),
          replaceCurrent: false,
        },
        who,
      );
    return { before: current.map((r) => r.person_id), after: personId };
  }

  return {
    open,
    close,
    setSoleHolder,
    authority,

    async list(actor: Actor, q: TAssignmentListQuery) {
      await deps.authz.authorize(actor, 'assignments.read');
      const at = asOfInstant(q.asOf, nowIso());
      const after = decodeCursor<{ f: string; id: string }>(q.cursor, { f: 'string', id: 'string' });
      const rows = await repo.listAssignments(
        db,
        {
          personId: q.personId,
          roleKey: q.roleKey,
          scopeType: q.scopeType,
          scopeId: q.scopeId,
          kind: q.kind,
          at: q.history ? undefined : at,
        },
        after,
        q.limit + 1,
      );
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: await present(page, at, actor),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ f: last.valid_from, id: last.id }) : null,
      };
    },

    async get(actor: Actor, id: string, q: { asOf?: string } = {}): Promise<TAssignment> {
      await deps.authz.authorize(actor, 'assignments.read');
      const [item] = await present([await view(db, id)], asOfInstant(q.asOf, nowIso()), actor);
      return item!;
    },

    async assign(actor: Actor, input: TAssignRequest, meta: CallMeta): Promise<TAssignment> {
      const grant = await authority(actor, input.roleKey);
      const id = await db.transaction().execute((trx) => open(trx, input, { actor, grant, requestId: meta.requestId }));
      return this.get(actor, id);
    },

    async end(actor: Actor, id: string, input: TEndAssignmentRequest, meta: CallMeta): Promise<TAssignment> {
      const [manage, leadership] = await deps.authz.canEach(actor, [
        'assignments.manage',
        'assignments.manage_leadership',
      ]);
      if (!manage && !leadership) throw new AppError('forbidden', 'You may not assign or end ISMS roles');
      const grant = await authority(actor, (await view(db, id)).role_key);
      await db.transaction().execute(async (trx) => {
        const row = await view(trx, id);
        if (row.role_key === EMPLOYEE_ROLE)
          throw new AppError('conflict', 'The Employee role ends when the person leaves (mark them a leaver)');
        const decider = personOf(actor);
        if (decider)
          await enforceSod(trx, { rule: 'SOD-00', deciderPersonId: decider, subjectPersonId: row.person_id });
        if (row.version !== input.version) throw stale();
        if (row.valid_to !== null) throw new AppError('conflict', 'This assignment has already ended');
        const at = input.validTo ? new Date(input.validTo).toISOString() : nowIso();
        if (at < row.valid_from)
          throw new AppError('validation_failed', 'An assignment cannot end before it starts', {
            errors: [{ field: 'validTo', message: `On or after ${row.valid_from}` }],
          });
        await close(trx, row, at, input.reason, { actor, grant, requestId: meta.requestId }, 'assignment.ended');
      });
      return this.get(actor, id);
    },

    abilities,

    /** For the CLI: a person by sign-in or HR email. */
    /** Demo data and imports: the assignments a person holds now, as rows to acknowledge. */
    currentOf: (trx: Db, personId: string) => repo.currentAndUpcomingOf(trx, personId, nowIso()),
    personByEmail: (email: string) => repo.findPersonByEmail(db, email.trim().toLowerCase()),

    async setStandIn(actor: Actor, id: string, input: TStandInRequest, meta: CallMeta): Promise<TAssignment> {
      const target = await view(db, id);
      const grant: Grant =
        personOf(actor) === target.person_id ? { kind: 'self' } : await authority(actor, target.role_key);
      await db.transaction().execute(async (trx) => {
        const row = await view(trx, id);
        if (row.kind !== 'holder')
          throw new AppError('conflict', "Deputies stand in for a holder; set it on the holder's assignment");
        if (row.version !== input.version) throw stale();
        const from = input.from ? new Date(input.from).toISOString() : null;
        const until = input.until ? new Date(input.until).toISOString() : null;
        if ((from === null) !== (until === null) || (from && until && from >= until))
          throw new AppError('validation_failed', 'Give both dates, the end after the start, or neither to clear', {
            errors: [{ field: 'until', message: 'After the start' }],
          });
        if (
          !(await repo.updateAssignment(trx, id, row.version, {
            stand_in_from: from,
            stand_in_until: until,
            updated_at: nowIso(),
          }))
        )
          throw stale();
        await appendTrail(trx, {
          actor,
          grant,
          action: 'assignment.stand_in_set',
          objectType: 'assignment',
          objectId: id,
          changes: {
            from: { before: row.stand_in_from, after: from },
            until: { before: row.stand_in_until, after: until },
          },
          requestId: meta.requestId,
        });
      });
      return this.get(actor, id);
    },

    async acknowledge(actor: Actor, id: string, textVersion: number, meta: CallMeta): Promise<TAssignment> {
      await db.transaction().execute(async (trx) => {
        const row = await view(trx, id);
        if (personOf(actor) !== row.person_id)
          throw new AppError('forbidden', 'Only the person it is assigned to can acknowledge a responsibility');
        const now = nowIso();
        if (row.valid_to !== null && row.valid_to <= now) throw new AppError('conflict', 'This assignment has ended');
        if (textVersion !== row.text_version)
          throw new AppError(
            'conflict',
            'The role description changed since you opened it; read the new text and acknowledge again',
          );
        await recordAcknowledgement(trx, row, now, { actor, grant: { kind: 'self' }, requestId: meta.requestId });
      });
      return this.get(actor, id);
    },

    async mine(actor: Actor): Promise<TMyResponsibilities> {
      const personId = personOf(actor);
      if (!personId) throw new AppError('forbidden', 'This needs a signed-in person');
      const now = nowIso();
      const rows = await repo.currentAndUpcomingOf(db, personId, now);
      const items = await present(rows, now, actor);
      const roleRows = new Map((await roles.listRoles(db)).map((r) => [r.key, r]));
      const withRole = items.map((a) => ({
        assignment: a,
        role: presentRole(roleRows.get(a.roleKey)!, { holders: 0, deputies: 0 }),
      }));
      return {
        current: withRole.filter((x) => x.assignment.state === 'current'),
        upcoming: withRole.filter((x) => x.assignment.state === 'upcoming'),
        pendingAcknowledgements: items.filter((a) => a.acknowledgement !== 'acknowledged').length,
      };
    },
  };
}

/**
 * Records that the assignee acknowledged the role's current text (idempotent per text version).
 * The acknowledge route checks who may; demo data calls it with a system grant.
 */
export async function recordAcknowledgement(
  trx: Db,
  row: Pick<repo.AssignmentView, 'id' | 'person_id' | 'role_key' | 'text_version' | 'acknowledged_version'>,
  at: string,
  who: Who,
): Promise<void> {
  if (row.acknowledged_version === row.text_version) return;
  await repo.recordAcknowledgement(trx, {
    id: uuidv7(),
    assignment_id: row.id,
    person_id: row.person_id,
    role_key: row.role_key,
    text_version: row.text_version,
    at,
  });
  await appendTrail(trx, {
    ...who,
    action: 'assignment.acknowledged',
    objectType: 'assignment',
    objectId: row.id,
    changes: { roleKey: row.role_key, textVersion: row.text_version },
  });
}

const leadershipOnly = () =>
  new AppError(
    'forbidden',
    'Only Top Management assigns or ends the Top Management and Information Security Manager roles',
  );
const stale = () =>
  new AppError('version_conflict', 'The assignment changed since you loaded it; reload and try again');

export type AssignmentService = ReturnType<typeof createAssignmentService>;
