import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/json.js';
import ANNEX_A from './data/iso27001-2022-annex-a.json' with { type: 'json' };
import CLAUSES from './data/iso27001-2022-clauses.json' with { type: 'json' };
import { annexReference, sortKeyOf } from './controls.rules.js';
import * as repo from './controls.repository.js';

/** A catalogue data file: {id, kind, name, version, source, items}. */
type CatalogueData<I> = { id: string; kind: string; name: string; version: string; source: string; items: I[] };
export type AnnexAData = CatalogueData<{ id: string; title: string; theme: string }>;
export type ClauseData = CatalogueData<{
  id: string;
  title: string;
  parent: string | null;
  mandatory_documented_information: boolean;
  evidence: string;
}>;

export const CUSTOM_CATALOGUE = 'custom';
export const DEFAULT_CATALOGUES: { annexA: AnnexAData; clauses: ClauseData } = { annexA: ANNEX_A, clauses: CLAUSES };

/**
 * Loads the Annex A controls and the clauses 4-10 into the database. Idempotent and safe when
 * several instances start at once: rows are inserted only where missing (ON CONFLICT DO NOTHING)
 * and catalogue rows are upserted. A newer data version adds the items that are missing and
 * refreshes titles and themes; the Statement of Applicability kept on each control (applicability,
 * reasons, justification, status, owner) is never touched. Custom controls live in the 'custom'
 * catalogue, created here empty.
 */
export async function ensureControlsSeeded(db: Db, data = DEFAULT_CATALOGUES): Promise<void> {
  const { annexA, clauses } = data;
  const loaded = new Map((await repo.catalogues(db)).map((c) => [c.id, c]));
  const current = (d: CatalogueData<unknown>) =>
    loaded.get(d.id)?.version === d.version && loaded.get(d.id)?.item_count === d.items.length;
  if (current(annexA) && current(clauses) && loaded.has(CUSTOM_CATALOGUE)) return;

  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const catalogue = (d: CatalogueData<unknown>) => ({
      id: d.id,
      kind: d.kind,
      name: d.name,
      version: d.version,
      source: d.source,
      item_count: d.items.length,
      loaded_at: now,
    });
    // Catalogue rows first: controls and clauses reference them.
    await repo.upsertCatalogue(trx, catalogue(annexA));
    await repo.upsertCatalogue(trx, catalogue(clauses));
    if (!loaded.has(CUSTOM_CATALOGUE))
      await trx
        .insertInto('catalogue')
        .values({
          id: CUSTOM_CATALOGUE,
          kind: 'custom',
          name: 'Custom controls',
          version: '1',
          source: "The organisation's own controls (ISO/IEC 27001 6.1.3 c, note 2)",
          item_count: 0,
          loaded_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();

    await repo.insertControlsIfMissing(
      trx,
      annexA.items.map((c) => ({
        id: uuidv7(),
        catalogue_id: annexA.id,
        code: c.id,
        reference: annexReference(c.id),
        title: c.title,
        description: '',
        theme: c.theme,
        custom: 0,
        sort_key: sortKeyOf(c.id),
        applicable: null,
        decided_at: null,
        decided_by: null,
        retired_at: null,
        created_by: null,
        created_at: now,
        updated_at: now,
      })),
    );
    const byCode = new Map(annexA.items.map((c) => [c.id, c]));
    for (const row of await repo.controlsOfCatalogue(trx, annexA.id)) {
      const item = byCode.get(row.code);
      if (item && (item.title !== row.title || item.theme !== row.theme || sortKeyOf(item.id) !== row.sort_key))
        await repo.refreshControlDefinition(trx, row.id, {
          title: item.title,
          theme: item.theme,
          sort_key: sortKeyOf(item.id),
          updated_at: now,
        });
    }

    await repo.upsertClauses(
      trx,
      clauses.items.map((c) => ({
        id: c.id,
        catalogue_id: clauses.id,
        parent_id: c.parent,
        title: c.title,
        mandatory_documented_information: c.mandatory_documented_information ? 1 : 0,
        evidence: c.evidence,
        sort_key: sortKeyOf(c.id),
      })),
    );
  });
}
