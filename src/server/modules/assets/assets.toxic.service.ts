import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import type { TToxicConflictQuery, TToxicRuleRequest, ZToxicConflict, ZToxicRule } from '../../../contracts/assets.js';
import type { Actor } from '../../core/actor.js';
import { AppError } from '../../core/app-error.js';
import { decodeCursor, encodeCursor } from '../../core/cursor.js';
import { renderTabular, type Column } from '../../core/tabular.js';
import type { CallMeta, Deps } from '../../core/deps.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import type { ToxicRuleRow } from '../../db/schema.js';
import { appendTrail } from '../trail/trail.service.js';
import { visibleAssetIds } from './assets.entitlements.service.js';
import { loadAssetFacts } from './assets.owners.js';
import { assetRefs } from './assets.repository.js';
import * as repo from './assets.toxic.repository.js';

type Rule = z.infer<typeof ZToxicRule>;

/** One subquery per active rule returning the entitlement ids on either side held by someone holding both. */
export async function toxicEntitlementQueries(db: Db) {
  return (await repo.rules(db, true)).map((rule) => repo.toxicEntitlementIds(db, rule));
}
type Conflict = z.infer<typeof ZToxicConflict>;
type Cursor = { n: number; p: string; l: string; r: string };

/**
 * Toxic combinations (A.5.3, 27002 5.3): pairs of entitlements one person must not hold
 * together, defined by the ISM and detected over every current entitlement. Reading them
 * follows entitlements.read; the report shows every person holding both sides.
 */
export function createToxicService(deps: Deps) {
  const { db } = deps;

  async function present(rows: ToxicRuleRow[]): Promise<Rule[]> {
    const refs = new Map(
      (
        await assetRefs(
          db,
          rows.flatMap((r) => [r.left_asset_id, r.right_asset_id]),
        )
      ).map((a) => [a.id, a]),
    );
    const ref = (id: string) => refs.get(id) ?? { id, reference: '?', name: '?' };
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        reference: r.reference,
        name: r.name,
        description: r.description,
        left: { asset: ref(r.left_asset_id), entitlement: r.left_entitlement },
        right: { asset: ref(r.right_asset_id), entitlement: r.right_entitlement },
        active: r.active === 1,
        conflicts: r.active === 1 ? await repo.conflictCount(db, r) : 0,
        version: r.version,
      })),
    );
  }

  async function checkAssets(body: TToxicRuleRequest) {
    const found = await assetRefs(db, [body.leftAssetId, body.rightAssetId]);
    for (const [field, id] of [
      ['leftAssetId', body.leftAssetId],
      ['rightAssetId', body.rightAssetId],
    ] as const)
      if (!found.some((a) => a.id === id))
        throw new AppError('validation_failed', 'No such asset', {
          errors: [{ field, message: 'Choose a system from the inventory' }],
        });
    if (body.leftAssetId === body.rightAssetId && body.leftEntitlement === body.rightEntitlement)
      throw new AppError('validation_failed', 'A combination needs two different entitlements', {
        errors: [{ field: 'rightEntitlement', message: 'Name a different entitlement' }],
      });
  }

  /**
   * The rules whose conflicts the caller may see: all for the ISM, auditors, Top Management and
   * ISMS-wide administrators; for an asset owner or administrator, those touching their systems.
   */
  async function visibleRules(actor: Actor, activeOnly: boolean): Promise<ToxicRuleRow[]> {
    await deps.authz.authorize(actor, 'entitlements.read');
    const rules = await repo.rules(db, activeOnly);
    if (actor.kind !== 'account') return rules;
    const [held, facts] = await Promise.all([deps.authz.rolesOf(actor), loadAssetFacts(db, nowIso())]);
    const visible = await visibleAssetIds(db, held, actor.personId, facts);
    if (visible === 'all') return rules;
    const mine = new Set(visible);
    return rules.filter((r) => mine.has(r.left_asset_id) || mine.has(r.right_asset_id));
  }

  async function page(
    rules: ToxicRuleRow[],
    q: TToxicConflictQuery,
  ): Promise<{ items: Conflict[]; nextCursor: string | null }> {
    const after = decodeCursor<Cursor>(q.cursor, { n: 'number', p: 'string', l: 'string', r: 'string' });
    const all = rules.filter(
      (r) => r.active === 1 && (q.ruleId ? r.id === q.ruleId : true) && (!after || r.number >= after.n),
    );
    const refs = new Map(
      (
        await assetRefs(
          db,
          all.flatMap((r) => [r.left_asset_id, r.right_asset_id]),
        )
      ).map((a) => [a.id, a]),
    );
    const ref = (id: string) => refs.get(id) ?? { id, reference: '?', name: '?' };
    const items: Conflict[] = [];
    let last: Cursor | null = null;
    for (const rule of all) {
      const rows = await repo.conflicts(db, rule, {
        personId: q.personId,
        after: after && after.n === rule.number ? after : undefined,
        limit: q.limit - items.length,
      });
      for (const c of rows) {
        items.push({
          rule: { id: rule.id, reference: rule.reference, name: rule.name },
          person: { id: c.person_id, fullName: c.person_name },
          left: { asset: ref(rule.left_asset_id), entitlement: c.left_name, account: c.left_account },
          right: { asset: ref(rule.right_asset_id), entitlement: c.right_name, account: c.right_account },
        });
        last = { n: rule.number, p: c.person_id, l: c.left_id, r: c.right_id };
      }
      if (items.length >= q.limit) break;
    }
    return { items, nextCursor: items.length >= q.limit && last ? encodeCursor(last) : null };
  }

  async function save(actor: Actor, id: string | null, body: TToxicRuleRequest, meta: CallMeta): Promise<Rule> {
    const grant = await deps.authz.authorize(actor, 'toxic.manage');
    await checkAssets(body);
    const at = nowIso();
    const fields = {
      name: body.name,
      description: body.description,
      left_asset_id: body.leftAssetId,
      left_entitlement: body.leftEntitlement,
      right_asset_id: body.rightAssetId,
      right_entitlement: body.rightEntitlement,
      active: body.active ? 1 : 0,
      updated_at: at,
    };
    const ruleId = id ?? uuidv7();
    await db.transaction().execute(async (trx) => {
      let reference: string;
      if (id) {
        const before = await repo.findRule(trx, id);
        if (!before) throw new AppError('not_found', 'No such toxic combination');
        if (body.version === undefined)
          throw new AppError('validation_failed', 'Say which version you edited', {
            errors: [{ field: 'version', message: 'Required when changing a rule' }],
          });
        if (!(await repo.updateRule(trx, id, body.version, fields)))
          throw new AppError('version_conflict', 'The rule changed since you loaded it; reload and try again');
        reference = before.reference;
      } else {
        const number = await repo.nextRuleNumber(trx);
        reference = `TOX-${String(number).padStart(2, '0')}`;
        await repo.insertRule(trx, {
          id: ruleId,
          number,
          reference,
          ...fields,
          created_by: actor.kind === 'account' ? actor.personId : null,
          created_at: at,
        });
      }
      await appendTrail(trx, {
        actor,
        grant,
        action: id ? 'toxic.rule_changed' : 'toxic.rule_created',
        objectType: 'toxic_rule',
        objectId: ruleId,
        changes: { reference, ...body },
        requestId: meta.requestId,
      });
    });
    return (await present([(await repo.findRule(db, ruleId))!]))[0]!;
  }

  return {
    async rules(actor: Actor) {
      return { items: await present(await visibleRules(actor, false)) };
    },
    create: (actor: Actor, body: TToxicRuleRequest, meta: CallMeta) => save(actor, null, body, meta),
    update: (actor: Actor, id: string, body: TToxicRuleRequest, meta: CallMeta) => save(actor, id, body, meta),
    async conflicts(actor: Actor, q: TToxicConflictQuery) {
      return page(await visibleRules(actor, true), q);
    },
    async exportConflicts(actor: Actor, q: { ruleId?: string; personId?: string }): Promise<Buffer> {
      const rules = await visibleRules(actor, true);
      const rows: Conflict[] = [];
      let cursor: string | undefined;
      do {
        const p = await page(rules, { ...q, limit: 500, cursor });
        rows.push(...p.items);
        cursor = p.nextCursor ?? undefined;
      } while (cursor);
      const columns: Column<Conflict>[] = [
        { header: 'Rule', value: (c) => c.rule.reference },
        { header: 'Rule name', value: (c) => c.rule.name, width: 30 },
        { header: 'Person', value: (c) => c.person.fullName, width: 24 },
        { header: 'System A', value: (c) => c.left.asset.reference },
        { header: 'Account A', value: (c) => c.left.account },
        { header: 'Entitlement A', value: (c) => c.left.entitlement },
        { header: 'System B', value: (c) => c.right.asset.reference },
        { header: 'Account B', value: (c) => c.right.account },
        { header: 'Entitlement B', value: (c) => c.right.entitlement },
      ];
      return renderTabular('csv', 'Toxic combinations', columns, rows);
    },
  };
}
export type ToxicService = ReturnType<typeof createToxicService>;
