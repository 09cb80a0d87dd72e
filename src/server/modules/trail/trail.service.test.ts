import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../testing/test-db.js';
import { appendTrail, verifyChain } from './trail.service.js';

const actor = { kind: 'system' as const, label: 'test' };
const grant = { kind: 'system' as const, label: 'test' };

for (const dialect of DIALECTS) {
  describe(`[TRAIL] hash chain on ${dialect}`, () => {
    let t: TestDatabase;
    beforeEach(async () => {
      t = await createTestDatabase(dialect);
    });
    afterEach(async () => t.dispose());

    const write = (n: number) =>
      t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < n; i += 1) {
          await appendTrail(trx, {
            actor,
            grant,
            action: 'thing.changed',
            objectType: 'thing',
            objectId: `t${i}`,
            changes: { n: { before: i, after: i + 1 }, note: 'ünïcödé ✓' },
          });
        }
      });

    it('an untouched chain verifies', async () => {
      await write(25);
      expect(await verifyChain(t.db)).toEqual({
        ok: true,
        checked: 25,
        lastSeq: 25,
        firstBrokenSeq: null,
        reason: null,
      });
    });

    it('an empty chain verifies', async () => {
      expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 0 });
    });

    it('an edited event is caught and named', async () => {
      await write(10);
      await sql`update trail_event set changes = ${'{"n":{"before":0,"after":999}}'} where seq = 7`.execute(t.db);
      expect(await verifyChain(t.db)).toMatchObject({
        ok: false,
        firstBrokenSeq: 7,
        checked: 6,
        reason: expect.stringContaining('altered'),
      });
    });

    it('an edited actor is caught', async () => {
      await write(5);
      await sql`update trail_event set authorized_as = ${'role:top_management'} where seq = 2`.execute(t.db);
      expect(await verifyChain(t.db)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    });

    it('a deleted event in the middle is caught', async () => {
      await write(6);
      await sql`delete from trail_event where seq = 4`.execute(t.db);
      expect(await verifyChain(t.db)).toMatchObject({
        ok: false,
        firstBrokenSeq: 4,
        reason: expect.stringContaining('missing'),
      });
    });

    it('deleted events at the end are caught', async () => {
      await write(6);
      await sql`delete from trail_event where seq >= 5`.execute(t.db);
      expect(await verifyChain(t.db)).toMatchObject({
        ok: false,
        firstBrokenSeq: 5,
        reason: expect.stringContaining('deleted'),
      });
    });

    it('a rolled-back change leaves no event behind', async () => {
      await write(2);
      await expect(
        t.db.transaction().execute(async (trx) => {
          await appendTrail(trx, { actor, grant, action: 'x', objectType: 'thing', objectId: null });
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await write(1);
      expect(await verifyChain(t.db)).toMatchObject({ ok: true, checked: 3, lastSeq: 3 });
    });

    it('concurrent appends stay one contiguous chain', async () => {
      await Promise.all(Array.from({ length: 12 }, () => write(3)));
      const result = await verifyChain(t.db);
      expect(result).toMatchObject({ ok: true, checked: 36, lastSeq: 36 });
    });
  });
}
