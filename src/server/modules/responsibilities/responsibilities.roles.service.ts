import type { TCreateRoleRequest, TRole, TRoleList, TUpdateRoleRequest } from '../../../contracts/responsibilities.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { DELEGABLE_ACTIONS, POLICY } from '../../core/authorize.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import { isUniqueViolation } from '../../db/database.js';
import { fromJson, nowIso, toJson } from '../../db/json.js';
import type { RoleRow } from '../../db/schema.js';
import { appendTrail } from '../trail/trail.service.js';
import * as ledger from './responsibilities.ledger.repository.js';
import { presentRole } from './responsibilities.presenters.js';
import * as repo from './responsibilities.roles.repository.js';
import { asOfInstant } from './responsibilities.rules.js';
import { ISMS_SCOPE, type ScopeRegistry } from './responsibilities.scopes.js';

/** The role catalogue: the seven seeded roles, custom roles, their texts and their versions. */
export function createRoleService(deps: Deps, scopes: ScopeRegistry) {
  const { db } = deps;

  async function counts(at: string) {
    const map = new Map<string, { holders: number; deputies: number }>();
    for (const r of await ledger.countsByRole(db, at)) {
      const c = map.get(r.role_key) ?? { holders: 0, deputies: 0 };
      if (r.kind === 'holder') c.holders += r.n;
      else c.deputies += r.n;
      map.set(r.role_key, c);
    }
    return (key: string) => map.get(key) ?? { holders: 0, deputies: 0 };
  }

  function checkScopeTypes(types: string[]) {
    const known = new Set([ISMS_SCOPE, ...scopes.kinds.map((k) => k.type)]);
    const bad = types.filter((t) => !known.has(t));
    if (bad.length > 0)
      throw new AppError('validation_failed', `Unknown scope type ${bad.join(', ')}`, {
        errors: [{ field: 'scopeTypes', message: `Use one of: ${[...known].join(', ')}` }],
      });
  }

  function checkGrants(grants: string[]) {
    const bad = grants.filter((g) => !(DELEGABLE_ACTIONS as string[]).includes(g));
    if (bad.length > 0)
      throw new AppError('validation_failed', `A custom role cannot grant ${bad.join(', ')}`, {
        errors: [{ field: 'grants', message: `Delegable: ${DELEGABLE_ACTIONS.join(', ')}` }],
      });
  }

  return {
    async list(actor: Actor, q: { asOf?: string }): Promise<TRoleList> {
      await deps.authz.authorize(actor, 'roles.read');
      const countOf = await counts(asOfInstant(q.asOf, nowIso()));
      return {
        items: (await repo.listRoles(db)).map((r) => presentRole(r, countOf(r.key))),
        delegable: DELEGABLE_ACTIONS.map((action) => ({ action, describe: POLICY[action].describe })),
        scopeKinds: [
          { type: ISMS_SCOPE, label: 'Whole ISMS' },
          ...scopes.kinds.map((k) => ({ type: k.type, label: k.label })),
        ],
      };
    },

    async get(actor: Actor, key: string, q: { asOf?: string } = {}): Promise<TRole> {
      await deps.authz.authorize(actor, 'roles.read');
      const row = await loadRole(db, key);
      return presentRole(row, (await counts(asOfInstant(q.asOf, nowIso())))(key));
    },

    async create(actor: Actor, input: TCreateRoleRequest, meta: CallMeta): Promise<TRole> {
      const grant = await deps.authz.authorize(actor, 'roles.manage');
      checkScopeTypes(input.scopeTypes);
      checkGrants(input.grants);
      const now = nowIso();
      const row: RoleRow = {
        key: input.key,
        name: input.name,
        summary: input.summary,
        responsibilities: toJson(input.responsibilities.map((text, i) => ({ id: `${input.key}.${i + 1}`, text }))),
        authorities: toJson(input.decisions),
        grants: toJson(input.grants),
        scope_types: toJson(input.scopeTypes),
        exclusive: input.exclusive ? 1 : 0,
        builtin: 0,
        position: 1000,
        text_version: 1,
        retired_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      return db.transaction().execute(async (trx) => {
        if (await repo.findRole(trx, input.key)) throw duplicate(input.key);
        try {
          await repo.insertRole(trx, row);
        } catch (e) {
          if (isUniqueViolation(e)) throw duplicate(input.key);
          throw e;
        }
        await appendTrail(trx, {
          actor,
          grant,
          action: 'role.created',
          objectType: 'role',
          objectId: input.key,
          changes: { ...input },
          requestId: meta.requestId,
        });
        return presentRole(row, { holders: 0, deputies: 0 });
      });
    },

    async update(actor: Actor, key: string, input: TUpdateRoleRequest, meta: CallMeta): Promise<TRole> {
      const grant = await deps.authz.authorize(actor, 'roles.manage');
      return db.transaction().execute(async (trx) => {
        const before = await repo.findRole(trx, key);
        if (!before) throw new AppError('not_found', `No role ${key}`);
        if (before.version !== input.version) throw stale();
        const now = nowIso();
        const set: Parameters<typeof repo.updateRole>[3] = { updated_at: now };
        const changes: Record<string, { before: unknown; after: unknown }> = {};
        const change = <K extends keyof typeof set>(
          col: K,
          field: string,
          old: unknown,
          next: unknown,
          value: (typeof set)[K],
        ) => {
          if (JSON.stringify(old) === JSON.stringify(next)) return;
          set[col] = value;
          changes[field] = { before: old, after: next };
        };
        if (input.name !== undefined) change('name', 'name', before.name, input.name, input.name);
        if (input.summary !== undefined) change('summary', 'summary', before.summary, input.summary, input.summary);
        if (input.responsibilities !== undefined) {
          const old = fromJson<{ id: string; text: string }[]>(before.responsibilities, []);
          const next = input.responsibilities.map((text, i) => ({ id: old[i]?.id ?? `${key}.${i + 1}`, text }));
          change(
            'responsibilities',
            'responsibilities',
            old.map((r) => r.text),
            input.responsibilities,
            toJson(next),
          );
        }
        if (input.decisions !== undefined)
          change(
            'authorities',
            'decisions',
            fromJson(before.authorities, []),
            input.decisions,
            toJson(input.decisions),
          );
        if (input.scopeTypes !== undefined) {
          checkScopeTypes(input.scopeTypes);
          change(
            'scope_types',
            'scopeTypes',
            fromJson(before.scope_types, []),
            input.scopeTypes,
            toJson(input.scopeTypes),
          );
        }
        if (input.exclusive !== undefined)
          change('exclusive', 'exclusive', before.exclusive === 1, input.exclusive, input.exclusive ? 1 : 0);
        if (input.grants !== undefined) {
          if (before.builtin === 1)
            throw new AppError('conflict', 'The rights of a built-in role are set by DECISIONS.md, not edited here');
          checkGrants(input.grants);
          change('grants', 'grants', fromJson(before.grants, []), input.grants, toJson(input.grants));
        }
        if (input.retired !== undefined && input.retired !== (before.retired_at !== null)) {
          if (input.retired) {
            if (before.builtin === 1) throw new AppError('conflict', 'A built-in role cannot be retired');
            const holders = await ledger.countCurrentHolders(trx, key, now);
            if (holders > 0)
              throw new AppError('conflict', `${before.name} still has ${holders} current holder(s); end them first`);
          }
          set.retired_at = input.retired ? now : null;
          changes.retired = { before: before.retired_at !== null, after: input.retired };
        }
        // Holders acknowledge a role's text; a changed text asks them again (clause 5.3 "communicated").
        const textChanged = ['summary', 'responsibilities', 'decisions'].some((f) => f in changes);
        if (textChanged) {
          set.text_version = before.text_version + 1;
          changes.textVersion = { before: before.text_version, after: before.text_version + 1 };
        }
        if (Object.keys(changes).length === 0) return presentRole(before, await countsIn(trx, key, now));
        if (!(await repo.updateRole(trx, key, before.version, set))) throw stale();
        await appendTrail(trx, {
          actor,
          grant,
          action: 'role.updated',
          objectType: 'role',
          objectId: key,
          changes,
          requestId: meta.requestId,
        });
        return presentRole(await loadRole(trx, key), await countsIn(trx, key, now));
      });
    },
  };
}

async function countsIn(db: Deps['db'], key: string, at: string) {
  const rows = await ledger.countsByRole(db, at);
  const of = (kind: string) => rows.find((r) => r.role_key === key && r.kind === kind)?.n ?? 0;
  return { holders: of('holder'), deputies: of('deputy') };
}

async function loadRole(db: Deps['db'], key: string): Promise<RoleRow> {
  const row = await repo.findRole(db, key);
  if (!row) throw new AppError('not_found', `No role ${key}`);
  return row;
}

const duplicate = (key: string) =>
  new AppError('conflict', `A role with the key ${key} already exists`, {
    errors: [{ field: 'key', message: 'Already in use' }],
  });
const stale = () => new AppError('version_conflict', 'The role changed since you loaded it; reload and try again');

export type RoleService = ReturnType<typeof createRoleService>;
