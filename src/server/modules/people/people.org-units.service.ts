import { v7 as uuidv7 } from 'uuid';
import type {
  TCreateOrgUnitRequest,
  TOrgUnit,
  TOrgUnitListQuery,
  TOrgUnitTree,
  TUpdateOrgUnitRequest,
} from '../../../contracts/people.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation, type Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import { appendTrail } from '../trail/trail.service.js';
import { presentOrgUnit } from './people.presenters.js';
import * as repo from './people.org-units.repository.js';
import { wouldBeOwnAncestor } from './people.rules.js';

/** The tree endpoint answers with at most this many units; organisations have hundreds. */
export const TREE_LIMIT = 5000;

const codeTaken = (code: string) =>
  new AppError('conflict', `The code ${code} is already used by another org unit`, {
    errors: [{ field: 'code', message: 'Already in use' }],
  });

async function present(db: Db, id: string): Promise<TOrgUnit> {
  const row = await repo.findOrgUnitWithCounts(db, id);
  if (!row) throw new AppError('not_found', 'No such org unit');
  return presentOrgUnit(row);
}

async function checkParent(db: Db, parentId: string | null | undefined): Promise<void> {
  if (parentId && !(await repo.findOrgUnit(db, parentId)))
    throw new AppError('validation_failed', 'The parent unit does not exist', {
      errors: [{ field: 'parentId', message: 'No such org unit' }],
    });
}

export function createOrgUnitService(deps: Deps) {
  const { db } = deps;
  return {
    async list(actor: Actor, q: TOrgUnitListQuery) {
      await deps.authz.authorize(actor, 'people.read');
      const after = decodeCursor<{ name: string; id: string }>(q.cursor, { name: 'string', id: 'string' });
      const rows = await repo.listOrgUnits(db, { q: q.q, parentId: q.parentId, after }, q.limit + 1);
      const page = rows.slice(0, q.limit);
      const last = page.at(-1);
      return {
        items: page.map(presentOrgUnit),
        nextCursor: rows.length > q.limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
      };
    },
    async tree(actor: Actor): Promise<TOrgUnitTree> {
      await deps.authz.authorize(actor, 'people.read');
      const rows = await repo.orgUnitTree(db, TREE_LIMIT + 1);
      return {
        items: rows.slice(0, TREE_LIMIT).map((r) => ({
          id: r.id,
          code: r.code,
          name: r.name,
          parentId: r.parent_id,
          peopleCount: Number(r.people_count ?? 0),
          version: r.version,
        })),
        truncated: rows.length > TREE_LIMIT,
      };
    },
    async get(actor: Actor, id: string): Promise<TOrgUnit> {
      await deps.authz.authorize(actor, 'people.read');
      return present(db, id);
    },
    async create(actor: Actor, input: TCreateOrgUnitRequest, meta: CallMeta): Promise<TOrgUnit> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      return db.transaction().execute(async (trx) => {
        await checkParent(trx, input.parentId);
        if (await repo.findOrgUnitByCode(trx, input.code)) throw codeTaken(input.code);
        const now = nowIso();
        const id = uuidv7();
        try {
          await repo.insertOrgUnit(trx, {
            id,
            code: input.code,
            name: input.name,
            parent_id: input.parentId ?? null,
            created_at: now,
            updated_at: now,
            version: 1,
          });
        } catch (e) {
          if (isUniqueViolation(e)) throw codeTaken(input.code);
          throw e;
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'org_unit.created',
          objectType: 'org_unit',
          objectId: id,
          changes: { code: input.code, name: input.name, parentId: input.parentId ?? null },
          requestId: meta.requestId,
        });
        return present(trx, id);
      });
    },
    async update(actor: Actor, id: string, input: TUpdateOrgUnitRequest, meta: CallMeta): Promise<TOrgUnit> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      return db.transaction().execute(async (trx) => {
        const before = await repo.findOrgUnit(trx, id);
        if (!before) throw new AppError('not_found', 'No such org unit');
        if (before.version !== input.version)
          throw new AppError('version_conflict', 'The org unit changed since you loaded it; reload and try again');
        const set: Parameters<typeof repo.updateOrgUnit>[3] = {};
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        if (input.code !== undefined && input.code !== before.code) {
          const other = await repo.findOrgUnitByCode(trx, input.code);
          if (other && other.id !== id) throw codeTaken(input.code);
          set.code = input.code;
          changes.code = { before: before.code, after: input.code };
        }
        if (input.name !== undefined && input.name !== before.name) {
          set.name = input.name;
          changes.name = { before: before.name, after: input.name };
        }
        if (input.parentId !== undefined && input.parentId !== before.parent_id) {
          await checkParent(trx, input.parentId);
          const links = await repo.allOrgUnitLinks(trx);
          if (input.parentId === id || wouldBeOwnAncestor(links, id, input.parentId)) {
            const target = links.find((l) => l.id === input.parentId);
            throw new AppError(
              'conflict',
              `${before.name} cannot move under ${target?.name ?? 'itself'}: that unit is ${input.parentId === id ? 'the unit itself' : `inside ${before.name}`}, so ${before.name} would become its own ancestor`,
              { errors: [{ field: 'parentId', message: 'Would make the unit its own ancestor' }] },
            );
          }
          set.parent_id = input.parentId;
          changes.parentId = { before: before.parent_id, after: input.parentId };
        }
        if (Object.keys(changes).length > 0) {
          try {
            if (!(await repo.updateOrgUnit(trx, id, before.version, { ...set, updated_at: nowIso() })))
              throw new AppError('version_conflict', 'The org unit changed since you loaded it; reload and try again');
          } catch (e) {
            if (isUniqueViolation(e)) throw codeTaken(input.code ?? before.code);
            throw e;
          }
          await appendTrail(trx, {
            actor,
            grant,
            action: 'org_unit.updated',
            objectType: 'org_unit',
            objectId: id,
            changes,
            requestId: meta.requestId,
          });
        }
        return present(trx, id);
      });
    },
    async remove(actor: Actor, id: string, meta: CallMeta): Promise<void> {
      const grant = await deps.authz.authorize(actor, 'people.manage');
      await db.transaction().execute(async (trx) => {
        const before = await repo.findOrgUnit(trx, id);
        if (!before) throw new AppError('not_found', 'No such org unit');
        const people = await repo.countPeopleIn(trx, id);
        const children = await repo.countChildren(trx, id);
        if (people > 0 || children > 0) {
          const what = [
            people > 0 ? `${people} ${people === 1 ? 'person' : 'people'} (leavers included)` : null,
            children > 0 ? `${children} unit${children === 1 ? '' : 's'}` : null,
          ]
            .filter(Boolean)
            .join(' and ');
          throw new AppError('conflict', `${before.name} still contains ${what}; move them out first`);
        }
        await repo.deleteOrgUnit(trx, id);
        await appendTrail(trx, {
          actor,
          grant,
          action: 'org_unit.deleted',
          objectType: 'org_unit',
          objectId: id,
          changes: { code: before.code, name: before.name, parentId: before.parent_id },
          requestId: meta.requestId,
        });
      });
    },
  };
}

export type OrgUnitService = ReturnType<typeof createOrgUnitService>;
